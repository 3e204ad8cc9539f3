"""
Micro-benchmarks of the hot paths (pytest-benchmark), each checking its result:

    pip install '.[bench]' && python -m pytest benchmarks/test_speed.py --benchmark-columns=mean,ops

Not part of the test suite (timings on shared machines are noise); the
comparison with ftfy and wordsegment is benchmarks/speed.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import cleantext
from cleantext._patterns import CHUNK_RE, LETTER_RUN_RE, bad_space_run_re
from cleantext.glued import find_splits
from cleantext.hyphens import find_broken_hyphens
from cleantext.mojibake import find_mojibake

ROOT = Path(__file__).resolve().parent.parent
SEED = (ROOT / "seeds" / "000_c0d05a08d663e731.txt").read_text(encoding="utf-8")
EXPECTED = (ROOT / "seeds" / "000_c0d05a08d663e731.expected.txt").read_text(encoding="utf-8")
CLEAN = EXPECTED * 20


pytest.importorskip("pytest_benchmark")


def test_chunk_tokenizer(benchmark) -> None:  # type: ignore[no-untyped-def]
    count = benchmark(lambda: sum(1 for _ in CHUNK_RE.finditer(CLEAN)))
    assert count == len(CLEAN.split())


def test_letter_runs(benchmark) -> None:  # type: ignore[no-untyped-def]
    runs = benchmark(lambda: LETTER_RUN_RE.findall(CLEAN))
    assert "reconciliation" in runs


def test_space_runs_on_clean_text(benchmark) -> None:  # type: ignore[no-untyped-def]
    assert benchmark(lambda: bad_space_run_re().search(CLEAN)) is None


def test_glued_candidates_on_clean_text(benchmark) -> None:  # type: ignore[no-untyped-def]
    assert benchmark(find_splits, CLEAN) == []


def test_name_gate_on_clean_text(benchmark) -> None:  # type: ignore[no-untyped-def]
    # Clean prose whose loud chunks are names the counts do not know: the
    # gate judges each place of each name without reading its line.
    from cleantext.glued import _loud_beyond_weak_names, _Scorer
    from cleantext.model import get_model

    text = ("Mr. Bingley came to Netherfield, and Mrs. Bennet to Longbourn. " * 200).strip()
    scorer = _Scorer.of(get_model())
    others = benchmark(_loud_beyond_weak_names, text, {"Netherfield,", "Longbourn."}, lambda: scorer)
    assert others == set()
    assert find_splits(text) == []


def test_glued_on_seed(benchmark) -> None:  # type: ignore[no-untyped-def]
    # 36 in the first pass; the 37th (Sputnik|link) needs the second pass,
    # where the next word is no longer "inan" but "in".
    assert len(benchmark(find_splits, SEED)) == 36


def test_hyphens(benchmark) -> None:  # type: ignore[no-untyped-def]
    assert len(benchmark(find_broken_hyphens, SEED)) == 1


def test_mojibake_gate_on_clean_text(benchmark) -> None:  # type: ignore[no-untyped-def]
    assert benchmark(find_mojibake, CLEAN) == []


def test_fix_clean(benchmark) -> None:  # type: ignore[no-untyped-def]
    assert benchmark(cleantext.fix, CLEAN) == CLEAN


def test_fix_seed(benchmark) -> None:  # type: ignore[no-untyped-def]
    assert benchmark(cleantext.fix, SEED) == EXPECTED
