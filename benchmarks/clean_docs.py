"""
False changes on clean text at scale: every document of /usr/share/doc
(READMEs, NEWS, copyright files, Debian and upstream changelogs, manuals in
plain text) run through ``cleantext.fix`` as it is, counting what the
glued-word fixer changes. None of it was damaged, so every change is false
(or the repair of a typo in the source): the figure is changes per 10,000
words, with the changes listed by rule and context. A second line says how
many documents came back byte-identical from the whole default pipeline,
and what each fixer changed in the others (trailing spaces, the mojibake
and the broken hyphens of the documents themselves).

The upstream changelogs that the quality benchmark holds out (its
``changelogs`` source, test part) are left out, so this can be used while
tuning; ``--part test`` reads only those.

    python benchmarks/clean_docs.py [--part dev|test] [--list N]

Whatever is installed: the figures depend on the machine.
"""

from __future__ import annotations

import argparse
import collections
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpora  # noqa: E402

import cleantext  # noqa: E402

DOCS = Path("/usr/share/doc")
# Larger files are logs and tables, not prose.
MAX_CHARS = 2_000_000


def held_out() -> set[Path]:
    """The changelogs of quality.py's held-out part (see corpora.changelogs)."""
    return set(corpora.changelog_paths("test"))


def documents(part: str) -> list[Path]:
    test = held_out()
    if part == "test":
        return sorted(test)
    names = ("README", "NEWS", "copyright", "changelog")
    return [
        path
        for path in sorted(DOCS.glob("*/*"))
        if path.is_file() and path not in test and (path.suffix in (".gz", ".txt") or path.name.startswith(names))
    ]


def read(path: Path) -> str | None:
    text = corpora.read_text(path)
    return text if text is not None and "\x00" not in text and len(text) <= MAX_CHARS else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--part", choices=("dev", "test"), default="dev")
    parser.add_argument("--list", type=int, default=20, metavar="N", help="contexts shown per rule")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    files = words = identical = 0
    changes: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    by_fixer: collections.Counter[str] = collections.Counter()
    for path in documents(args.part):
        text = read(path)
        if text is None:
            continue
        files += 1
        words += len(text.split())
        found = cleantext.fix_and_explain(text).changes
        identical += not found
        for change in found:
            by_fixer[change.fixer] += 1
            if change.fixer == "split_glued_words":
                context = text[max(0, change.start - 25):change.start] + "|" + text[change.start:change.start + 25]
                changes[change.note.split(":")[0]][context.replace("\n", "\\n")] += 1
    total = sum(sum(c.values()) for c in changes.values())
    if not words:
        print(f"no readable documents under {DOCS}", file=sys.stderr)
        return 2
    print(
        f"{files} documents, {words} words of clean text ({args.part}): {total} glued-word changes, "
        f"{10000 * total / words:.2f} per 10k words ({time.perf_counter() - start:.0f} s)"
    )
    print(
        f"whole pipeline: {identical} of {files} documents byte-identical; changes by fixer: "
        + ", ".join(f"{name} {n}" for name, n in by_fixer.most_common())
    )
    for rule, contexts in sorted(changes.items(), key=lambda item: -sum(item[1].values())):
        print(f"- {rule}: {sum(contexts.values())}")
        for context, n in contexts.most_common(args.list):
            print(f"    {context!r}" + (f" x{n}" if n > 1 else ""))
    return 0


if __name__ == "__main__":
    sys.exit(corpora.run(main))
