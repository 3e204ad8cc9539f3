"""The data-driven cases of tests/cases/*.json, each through its fixer."""

from __future__ import annotations

from typing import Any

import pytest

import cleantext
from cleantext.glued import find_glued_words, split_glued_words
from cleantext.hyphens import fix_broken_hyphens
from cleantext.linebreaks import fix_line_breaks
from cleantext.mojibake import fix_mojibake
from cleantext.whitespace import normalize_whitespace
from conftest import load_cases

FIXERS = {
    "glued": split_glued_words,
    "hyphens": fix_broken_hyphens,
    "linebreaks": fix_line_breaks,
    "mojibake": fix_mojibake,
    "whitespace": normalize_whitespace,
    "collapse": lambda text: normalize_whitespace(text, collapse=True),
    "pipeline": cleantext.fix,
}
# A case may set an option of the pipeline (pipeline.json only).
OPTIONS = ("collapse_whitespace",)


@pytest.mark.parametrize("name,case", [param for name in FIXERS for param in load_cases(name, with_name=True)])
def test_fixer_case(name: str, case: dict[str, Any]) -> None:
    """Each case of tests/cases/NAME.json through the fixer of that name."""
    options = {key: case[key] for key in OPTIONS if key in case}
    assert FIXERS[name](case["input"], **options) == case["expected"]


@pytest.mark.parametrize("case", load_cases("negative"))
def test_negative_unchanged_by_pipeline(case: dict[str, Any]) -> None:
    text = case["input"] + "\n"
    result = cleantext.fix_and_explain(text)
    assert result.changes == []
    assert result.text == text


@pytest.mark.parametrize("case", load_cases("negative"))
@pytest.mark.parametrize("name", ["glued", "hyphens", "mojibake", "whitespace"])
def test_negative_unchanged_by_each_fixer(case: dict[str, Any], name: str) -> None:
    text = case["input"] + ("\n" if name == "whitespace" else "")
    assert FIXERS[name](text) == text


@pytest.mark.parametrize("case", load_cases("glued"))
def test_glued_edits_sorted_and_apart(case: dict[str, Any]) -> None:
    """The glued-word fixer's edits come in order, each after the last
    (apply_edits drops one that does not, so an unsorted list would lose a
    repair silently rather than show in the output)."""
    starts = [edit.start for edit in find_glued_words(case["input"])]
    assert starts == sorted(set(starts))
