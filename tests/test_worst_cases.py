"""Hostile inputs stay linear: time(2n) / time(n) <= 2.5, no RecursionError.

Each of these once made a naive implementation quadratic or worse: a
trailing-space regex (`[ \\t]+(?=\\n)` takes seconds on 50k spaces), wordsegment
on a long glued run (RecursionError from ~490 letters, 2 GB for 100k), a
URL or e-mail pattern that backtracks. Timings are the best of several runs,
on sizes where one run takes tens of milliseconds.
"""

from __future__ import annotations

import gc
import random
import sys
import time
from typing import Callable

import pytest

import cleantext

WORDS = "the seed article on Pakistan and Russia talks withRussia inan interview rise.Russia".split()

CASES: dict[str, Callable[[int], str]] = {
    "one long line of prose": lambda n: " ".join(random.Random(1).choice(WORDS) for _ in range(n // 6)),
    "random letters, no space": lambda n: "".join(random.Random(n).choice("abcdefghij") for _ in range(n)),
    "hex digits": lambda n: "".join(random.Random(n).choice("0123456789abcdef") for _ in range(n)),
    "glued English": lambda n: ("withRussiainaninterviewontherise" * (n // 32 + 1))[:n],
    "spaces then x": lambda n: " " * n + "x",
    "tabs before a newline": lambda n: "x" + "\t" * n + "\n",
    "a. repeated": lambda n: "a." * (n // 2),
    "a@ then a- repeated": lambda n: "a@" + "a-" * (n // 2),
    "a URL that never ends": lambda n: "http://" + "a" * n + "!",
    "punctuation": lambda n: "".join(random.Random(n).choice(".,;:!?-–—…“”'\"()") for _ in range(n)),
    "empty lines": lambda n: "\n" * n,
}
SIZES = {"one long line of prose": 60_000, "empty lines": 60_000}


def best_times(small: str, big: str, runs: int = 7) -> tuple[float, float]:
    """Best of several runs of each, interleaved so that a slow moment of a
    shared machine hits both, with the cyclic garbage collector paused (its
    pauses depend on what earlier tests left behind, not on this input)."""
    best_small = best_big = float("inf")
    gc.collect()
    gc.disable()
    try:
        for _ in range(runs):
            start = time.perf_counter()
            cleantext.fix(small)
            best_small = min(best_small, time.perf_counter() - start)
            start = time.perf_counter()
            cleantext.fix(big)
            best_big = min(best_big, time.perf_counter() - start)
    finally:
        gc.enable()
    return best_small, best_big


@pytest.mark.parametrize("name", list(CASES))
def test_linear(name: str) -> None:
    n = SIZES.get(name, 200_000)
    make = CASES[name]
    small, big = make(n), make(2 * n)
    cleantext.fix(small)  # warm the model and the caches
    t_small, t_big = best_times(small, big)
    ratio = t_big / t_small
    assert ratio <= 2.5, f"{name}: time(2n)/time(n) = {ratio:.2f}"


def test_no_recursion_error_from_a_deep_stack() -> None:
    text = CASES["glued English"](20_000) + " " + CASES["random letters, no space"](5_000) + " inan"

    def deep(depth: int) -> str:
        return deep(depth - 1) if depth else cleantext.fix(text)

    assert deep(sys.getrecursionlimit() - 80).endswith("in an\n")
