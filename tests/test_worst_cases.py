"""Hostile inputs stay linear: time(2n) / time(n) <= 2.5, no RecursionError.

Each of these once made a naive implementation quadratic or worse: a
trailing-space regex (`[ \\t]+(?=\\n)` takes seconds on 50k spaces), wordsegment
on a long glued run (RecursionError from ~490 letters, 2 GB for 100k), a
URL or e-mail pattern that backtracks. Timings are the best of several runs,
on sizes where one run takes tens of milliseconds.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import cleantext

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from hostile import CASES, best_times  # noqa: E402

SIZES = {"one long line of prose": 60_000, "empty lines": 60_000}


@pytest.mark.parametrize("name", list(CASES))
def test_linear(name: str) -> None:
    n = SIZES.get(name, 200_000)
    make = CASES[name]
    small, big = make(n), make(2 * n)
    cleantext.fix(small)  # warm the model and the caches
    t_small, t_big = best_times(cleantext.fix, small, big)
    ratio = t_big / t_small
    assert ratio <= 2.5, f"{name}: time(2n)/time(n) = {ratio:.2f}"


def test_no_recursion_error_from_a_deep_stack() -> None:
    text = CASES["glued English"](20_000) + " " + CASES["random letters, no space"](5_000) + " inan"

    def deep(depth: int) -> str:
        return deep(depth - 1) if depth else cleantext.fix(text)

    assert deep(sys.getrecursionlimit() - 80).endswith("in an\n")
