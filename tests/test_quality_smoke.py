"""A small run of the quality benchmark (benchmarks/quality.py) with floors:
the build fails if glued-word repair regresses on real text.

The floors sit a little under what the full benchmark measures (see
benchmarks/README.md), so that only a real regression trips them.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"
sys.path.insert(0, str(BENCH))

import corpora  # noqa: E402
import quality  # noqa: E402

FICTION = corpora.fiction("dev")[:250]


@pytest.mark.skipif(not FICTION, reason="shared corpora not present")
def test_glued_word_repair_on_real_text() -> None:
    score = quality.evaluate(FICTION, {"cleantext": quality.cleantext_fixer})["cleantext"]
    assert score.altered == 0
    # (measured 2026-12-01, sixth session: P 1.000, R 0.9965, sentences
    # 0.993, 1 change in 6.6k words of clean paragraphs among damaged ones)
    assert score.split_precision >= 0.995
    assert score.split_recall >= 0.992
    assert score.ratio(score.sentences_ok, score.sentences) >= 0.985
    assert score.clean_changes * 10_000 / score.clean_words <= 1.0
    assert score.wrapped_changes == 0
    assert score.mixed_changes * 10_000 / score.mixed_words <= 3.0


TECHNICAL = corpora.technical("dev")[:400]


@pytest.mark.skipif(not TECHNICAL, reason="the standard library's sources are not present")
def test_glued_word_repair_in_prose_about_code() -> None:
    # (measured 2026-12-07, fourteenth session: P 0.9986, R 0.830, sentences
    # 0.783, no change to the clean paragraphs, unwrapped or as wrapped)
    score = quality.evaluate(TECHNICAL, {"cleantext": quality.cleantext_fixer})["cleantext"]
    assert score.altered == 0
    assert score.split_precision >= 0.99
    assert score.split_recall >= 0.82
    assert score.ratio(score.sentences_ok, score.sentences) >= 0.77
    assert score.clean_changes * 10_000 / score.clean_words <= 1.0
    assert score.wrapped_changes == 0


GNU_MANUALS = corpora.gnuinfo("dev")[:300]


@pytest.mark.skipif(not GNU_MANUALS, reason="no GNU manuals in /usr/share/info")
def test_glued_word_repair_in_the_gnu_manuals() -> None:
    # Names quoted as code (the‘ngettext’, 'POSIXLY_CORRECT'environment).
    # (measured 2026-12-07, fourteenth session: P 0.9956, R 0.909, sentences
    # 0.865, no change to the clean paragraphs, unwrapped or as wrapped)
    score = quality.evaluate(GNU_MANUALS, {"cleantext": quality.cleantext_fixer})["cleantext"]
    assert score.altered == 0
    assert score.split_precision >= 0.99
    assert score.split_recall >= 0.90
    assert score.ratio(score.sentences_ok, score.sentences) >= 0.85
    assert score.clean_changes * 10_000 / score.clean_words <= 1.0
    assert score.wrapped_changes == 0


def test_seed_damage_is_found() -> None:
    seed = (Path(__file__).resolve().parents[1] / "seeds" / "000_c0d05a08d663e731.expected.txt").read_text()
    paragraphs = []
    for line in seed.splitlines():
        import textwrap

        paragraphs.append(textwrap.wrap(line, width=random.Random(line).randint(60, 79)))
    score = quality.evaluate([p for p in paragraphs if len(p) > 1], {"c": quality.cleantext_fixer})["c"]
    assert score.split_precision >= 0.99 and score.split_recall >= 0.9
    assert score.clean_changes == 0


@pytest.mark.skipif(not FICTION, reason="shared corpora not present")
def test_unwrap_on_the_real_book() -> None:
    scores = quality.unwrap_scores("dev")
    assert scores["unwrapped as written"] >= 0.99 and scores["left alone"] >= 0.99


@pytest.mark.skipif(not FICTION, reason="shared corpora not present")
def test_repair_of_real_damage_is_a_fixed_point() -> None:
    import cleantext

    rng = random.Random(3)
    damaged = "\n\n".join(quality.make_case(p, rng).damaged for p in FICTION)
    once = cleantext.fix(damaged)
    assert cleantext.fix(once) == once
