"""
Glued-word repair across wrap widths: the news articles (see corpora.py),
each wrapped with ``textwrap`` at one width for all, then damaged and scored
as in quality.py. Checks that the layout evidence (the wrap width read off
the joins) holds from narrow columns to long lines.

    python benchmarks/widths.py               # dev half
    python benchmarks/widths.py --part test
"""

from __future__ import annotations

import argparse
import sys
import textwrap
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import corpora  # noqa: E402
import quality  # noqa: E402

WIDTHS = (30, 40, 50, 60, 70, 80, 90, 100, 120, 150)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--part", choices=["dev", "test"], default="dev")
    args = parser.parse_args(argv)
    articles = [quality.as_written(p) for p in corpora.news(args.part)]
    if not articles:
        print("the news source is not available here", file=sys.stderr)
        return 1
    print("| width | split P | split R | sentences | false /10k clean | (clean among damaged) |")
    print("|---|---|---|---|---|---|")
    for width in WIDTHS:
        paragraphs = [textwrap.wrap(a, width=width, break_on_hyphens=False) for a in articles]
        s = quality.evaluate(paragraphs, {"cleantext": quality.cleantext_fixer})["cleantext"]
        print(
            f"| {width} | {s.split_precision:.4f} | {s.split_recall:.4f} | {s.ratio(s.sentences_ok, s.sentences):.3f} "
            f"| {10_000 * s.clean_changes / s.clean_words:.2f} | {10_000 * s.mixed_changes / max(1, s.mixed_words):.2f} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(corpora.run(main))
