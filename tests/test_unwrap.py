"""The opt-in unwrap fixer, on the real hard-wrapped Gutenberg text."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import cleantext
from cleantext.unwrap import is_wrapped, unwrap

SHARED = Path(os.environ.get("CLEANTEXT_SHARED", Path(__file__).resolve().parents[2] / "shared"))
ALICE = SHARED / "corpora" / "alice.txt"


def test_structure_is_left_alone() -> None:
    text = (
        "Shopping list, wrapped by nobody at all and long enough to be a line\n"
        "- apples and pears and a great many other things to buy today\n"
        "- bread\n\n"
        "| a | b |\n| c | d |\n\n"
        "    def f(x):\n        return x\n\n"
        "  Twinkle, twinkle, little bat!\n  How I wonder what you're at!\n"
    )
    assert unwrap(text) == text


def test_short_lines_are_not_a_wrapped_paragraph() -> None:
    assert not is_wrapped(["Dear Sir,", "Thank you."], 72)
    assert is_wrapped(["x" * 70, "y" * 66, "end"], 72)


@pytest.mark.skipif(not ALICE.exists(), reason="shared corpora not present")
def test_alice_paragraphs_become_one_line() -> None:
    text = ALICE.read_text(encoding="utf-8")[:20_000]
    out = cleantext.fix(text, unwrap=True)
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    fixed = [p for p in out.split("\n\n") if p.strip()]
    assert len(fixed) == len(paragraphs)
    for before, after in zip(paragraphs, fixed):
        lines = before.strip("\n").split("\n")
        if all(not line.startswith(" ") for line in lines) and len(lines) > 2:
            assert "\n" not in after.strip("\n"), before[:80]
            assert after.replace(" ", "").replace("\n", "") == before.replace(" ", "").replace("\n", "")
    from cleantext.whitespace import normalize_whitespace

    verse = [p for p in paragraphs if p.startswith("  ")]
    assert verse and all(normalize_whitespace(v).strip("\n") in out for v in verse)
    assert cleantext.fix(out, unwrap=True) == out


def test_cli_flag(tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    from cleantext.cli import main

    path = tmp_path / "wrapped.txt"
    path.write_text("A paragraph that a tool wrapped at sixty columns has an inter-\n"
                    "national word in it, and a compound that is very well-\nknown.\n")
    assert main(["fix", "--unwrap", str(path)]) == 0
    assert capsysbinary.readouterr().out == (
        b"A paragraph that a tool wrapped at sixty columns has an international word in it, "
        b"and a compound that is very well-known.\n"
    )
