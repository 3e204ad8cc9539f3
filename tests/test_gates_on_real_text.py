"""The glued-word fixer's shortcuts agree with the slow path on real text
(benchmarks/gates.py, the dev half of the sources about code that this
machine has installed: nothing is fetched): a chunk remembered as quiet must hold no candidate in any text,
line or neighbourhood. Random text rarely builds the chunks that broke this
(as--keep-old-files, where a line shows code; character':'; EOFErrorwhen met
first in prose); real text does."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import corpora  # noqa: E402
import gates  # noqa: E402

SOURCES = [name for name in ("technical", "perldoc", "gnuinfo", "readmes") if corpora.SOURCES[name]("dev")]


@pytest.mark.skipif(not SOURCES, reason="none of the sources is available here")
def test_fast_path_equals_slow_path_on_real_text(capsys: pytest.CaptureFixture[str]) -> None:
    status = gates.main(["--part", "dev", "--sources", ",".join(SOURCES)])
    assert status == 0, capsys.readouterr().out
