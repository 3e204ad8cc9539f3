"""
The glued-word fixer's shortcuts against real text: every text of every
source (damaged, clean, clean as wrapped, and damaged paragraph by paragraph
as records are) fixed once through the fast
path (the caches and gates that skip the chunks known to hold no candidate)
and once through the slow path (every chunk judged in context), one source
after the other in one process, so that each meets caches warmed by all the
others. The outputs must be identical: a rule whose verdict reads its text,
its line or its neighbours, where a shortcut remembers a chunk as quiet,
shows here (and, in the fourteenth session, depended on the hash seed: run
it under a few, ``PYTHONHASHSEED=1 python benchmarks/gates.py``).

    python benchmarks/gates.py                  # dev and test, every source
    python benchmarks/gates.py --part dev --sources technical,readmes

Where the outputs differ it prints the source and the kind of text, and on the
dev half the places (the test half is only counted: it is not read).
"""

from __future__ import annotations

import argparse
import difflib
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import corpora  # noqa: E402
import quality  # noqa: E402

import cleantext  # noqa: E402
from cleantext import glued  # noqa: E402

SOURCES = ("fiction", "news", "wikipedia", "email", "technical", "perldoc", "legal", "fortunes", "copyrights", "gnuinfo", "readmes", "vimdoc", "manpages")


def both_paths(text: str) -> tuple[str, str]:
    fast = cleantext.fix(text)
    with glued.slow_path():
        slow = cleantext.fix(text)
    return fast, slow


def places(fast: str, slow: str) -> list[str]:
    """Where two outputs differ, a little context each side."""
    found = []
    for a, b in zip(fast.split("\n"), slow.split("\n")):
        if a != b:
            for op, i, j, k, m in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
                if op != "equal":
                    found.append(f"{a[max(0, i - 40):j + 30]!r} | {b[max(0, k - 40):m + 30]!r}")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--part", choices=("dev", "test", "both"), default="both")
    parser.add_argument("--sources", default=",".join(SOURCES))
    args = parser.parse_args(argv)
    start = time.perf_counter()
    parts = ("dev", "test") if args.part == "both" else (args.part,)
    texts = differing = 0
    for part in parts:
        for name in args.sources.split(","):
            paragraphs = corpora.SOURCES[name](part)
            if not paragraphs:
                print(f"{name} ({part}): not available here, skipped")
                continue
            rng = random.Random(0)
            cases = [quality.make_case(p, rng) for p in paragraphs]
            for kind in ("damaged", "gold", "wrapped", "damaged, each alone"):
                texts += 1
                if kind == "damaged, each alone":
                    # (as records of a corpus are fixed, and quality.py --alone:
                    # each paragraph meets the caches that all the rest warmed)
                    pairs = [both_paths(case.damaged) for case in cases]
                    fast, slow = "\n\n".join(f for f, _ in pairs), "\n\n".join(s for _, s in pairs)
                else:
                    fast, slow = both_paths("\n\n".join(getattr(case, kind) for case in cases))
                if fast != slow:
                    differing += 1
                    print(f"{name} ({part}, {kind}): the fast and the slow path differ")
                    if part == "dev":
                        for place in places(fast, slow):
                            print(f"    {place}")
    print(f"{texts} texts, {differing} where the paths differ ({time.perf_counter() - start:.0f} s)")
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(corpora.run(main))
