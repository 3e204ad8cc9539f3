"""The ftfy adapter, and ftfy's own example cases run through cleantext.fix.

ftfy's examples (tests/test_cases.json in its source distribution) are fetched
with pip at test time into a cache, for the installed ftfy version; they are
not copied into this repository.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tarfile
from pathlib import Path
from typing import Any

import pytest

import cleantext
from cleantext.mojibake import fix_mojibake, line_needs_ftfy
from cleantext.whitespace import normalize_whitespace

CACHE = Path(os.environ.get("CLEANTEXT_TEST_CACHE", Path(__file__).resolve().parent / ".cache"))


def _ftfy_cases() -> list[dict[str, Any]]:
    from importlib.metadata import version

    ftfy_version = version("ftfy")
    target = CACHE / f"ftfy-{ftfy_version}-test_cases.json"
    if not target.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        sdist = CACHE / f"ftfy-{ftfy_version}.tar.gz"
        if not sdist.exists():
            subprocess.run(
                [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--no-binary", ":all:",
                 "-d", str(CACHE), f"ftfy=={ftfy_version}"],
                check=True, capture_output=True,
            )
        with tarfile.open(sdist) as archive:
            member = archive.extractfile(f"ftfy-{ftfy_version}/tests/test_cases.json")
            assert member is not None
            target.write_bytes(member.read())
    return json.loads(target.read_text(encoding="utf-8"))


try:
    FTFY_CASES = [c for c in _ftfy_cases() if c["expect"] == "pass"]
    FTFY_ERROR = ""
except (OSError, subprocess.CalledProcessError, KeyError, tarfile.TarError) as error:
    FTFY_CASES = []
    FTFY_ERROR = f"ftfy's test cases could not be fetched: {error}"

# Where cleantext's explicit configuration deliberately differs from ftfy's
# defaults in a way no "fixed-encoding" value captures.
DIFFERENT_BY_DESIGN = {
    "Synthetic, negative: Romanian word before a trademark sign": "",
}


def _expected(case: dict[str, Any]) -> set[str]:
    """What cleantext may produce: ftfy's full fix, or its encoding-only fix
    (for cases where ftfy's defaults also restyle, e.g. straighten quotes),
    each with cleantext's whitespace rules applied."""
    options = {case["fixed"], case.get("fixed-encoding", case["fixed"])}
    return {normalize_whitespace(text) for text in options}


def test_ftfy_cases_were_fetched() -> None:
    if FTFY_ERROR:
        pytest.skip(FTFY_ERROR)
    assert len(FTFY_CASES) > 100


@pytest.mark.parametrize("case", FTFY_CASES, ids=[c["label"] for c in FTFY_CASES])
def test_ftfy_case_through_cleantext(case: dict[str, Any]) -> None:
    result = cleantext.fix_and_explain(case["original"])
    assert result.text in _expected(case)
    assert not [c for c in result.changes if c.fixer == "split_glued_words"], "nothing may be split"


def test_gate_never_skips_what_ftfy_would_change() -> None:
    import ftfy

    from cleantext.mojibake import ftfy_config

    for case in FTFY_CASES:
        for line in case["original"].split("\n"):
            if not line_needs_ftfy(line):
                assert ftfy.fix_text(line, ftfy_config()) == line


def test_restyling_is_opt_in() -> None:
    text = "“AT&amp;T” ﬁnally ＬＯＵＤ cafe\u0301"
    assert fix_mojibake(text) == text
    assert cleantext.fix(text, uncurl_quotes=True).startswith('"AT&amp;T"')
    assert "AT&T" in cleantext.fix(text, unescape_html=True)
    assert "finally" in cleantext.fix(text, fix_latin_ligatures=True)
    assert "LOUD" in cleantext.fix(text, fix_character_width=True)
    assert "caf\u00e9" in cleantext.fix(text, normalization="NFC")
    assert "AT&T" in cleantext.fix(text, cleantext.WEB)


def test_entity_decision_does_not_carry_across_lines() -> None:
    # ftfy's "auto" mode turns entity decoding off for the rest of the text
    # once a line has '<'; cleantext decides per option, never per line.
    text = "a < b\nAT&amp;T\n"
    assert cleantext.fix(text, unescape_html=True) == "a < b\nAT&T\n"
    assert cleantext.fix(text) == text


@pytest.mark.parametrize("text", ["\x80\r\x9bß", "\x95\r\xb5\xba\xc4"])
def test_ftfy_idempotence_traps(text: str) -> None:
    once = cleantext.fix(text)
    assert cleantext.fix(once) == once
