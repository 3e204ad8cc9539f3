"""Shared helpers: the data-driven cases and the seed."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SEEDS = ROOT / "seeds"


def load_cases(name: str, with_name: bool = False) -> list[Any]:
    """The cases of tests/cases/NAME.json as pytest params (xfail where
    marked); with ``with_name``, each param is ``(name, case)``."""
    cases = json.loads((HERE / "cases" / f"{name}.json").read_text(encoding="utf-8"))
    params = []
    for case in cases:
        marks = [pytest.mark.xfail(reason=case["xfail"], strict=True)] if case.get("xfail") else []
        values = (name, case) if with_name else (case,)
        label = f"{name}: {case['label']}" if with_name else case["label"]
        params.append(pytest.param(*values, id=label, marks=marks))
    return params


def seed_pairs() -> list[tuple[Path, Path]]:
    pairs = []
    for expected in sorted(SEEDS.glob("*.expected.txt")):
        source = expected.with_name(expected.name.replace(".expected.txt", ".txt"))
        pairs.append((source, expected))
    return pairs
