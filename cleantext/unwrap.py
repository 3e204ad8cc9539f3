"""
Unwrapping: hard-wrapped paragraphs become one line each (opt-in).

Text wrapped at a fixed width (e-mail, Project Gutenberg, PDF extraction,
RFCs) breaks paragraphs into lines; search, segmentation and language models
want a paragraph a line. ``unwrap`` joins the lines of a paragraph with a
space, or, after a line-end hyphen, with nothing: keeping the hyphen of a
compound (``well-\\nknown``) and dropping the one that broke a word between
syllables (``inter-\\nnational``), with the same evidence as
:mod:`cleantext.hyphens`.

Only what reads as wrapped prose is joined. A paragraph is wrapped when it
has two lines or more, none of them indented, a list item, a table row or a
heading, and every line but the last reaches close to the width of the
longest line of its block (a wrapping tool fills each line before it
breaks). Verse, lists, tables, code and headings fail that test and are left
exactly as they are.
"""

from __future__ import annotations

import re

from cleantext.edits import Edit, apply_edits
from cleantext.hyphens import HyphenatedWords, rejoin_without_hyphen

# Lines that are structure, not wrapped prose.
_STRUCTURE_RE = re.compile(
    r"""^(?:[ \t]                     # indented: verse, code, quotations
       | [-*+•–—]\s                   # a list item
       | \d{1,3}[.)]\s                # a numbered item
       | \#{1,6}\s                    # a Markdown heading
       | .*\|.*\|                     # a table row
       | .*\S[ ]{3,}\S                # columns aligned with spaces
       )""",
    re.VERBOSE,
)
# How far below the widest line a wrapped line may end: the longest word
# that did not fit on it.
_SLACK = 20
_MIN_WIDTH = 40


def _paragraphs(lines: list[str]) -> list[tuple[int, int]]:
    """(first, last) line indexes of each run of non-blank lines."""
    runs = []
    start = None
    for i, line in enumerate(lines):
        if line.strip():
            if start is None:
                start = i
        elif start is not None:
            runs.append((start, i - 1))
            start = None
    if start is not None:
        runs.append((start, len(lines) - 1))
    return runs


def is_wrapped(lines: list[str], width: int) -> bool:
    """Do ``lines`` read as one paragraph wrapped at about ``width``?"""
    if len(lines) < 2 or width < _MIN_WIDTH:
        return False
    if any(_STRUCTURE_RE.match(line) for line in lines):
        return False
    return all(width - _SLACK <= len(line.rstrip()) <= width + 2 for line in lines[:-1])


def _width(lines: list[str]) -> int:
    """The width the block was wrapped at: its longest lines, ignoring the
    few outliers (a URL, a long heading) that no wrapping produced."""
    lengths = sorted(len(line.rstrip()) for line in lines if line.strip())
    if not lengths:
        return 0
    if len(lengths) < 10:
        return lengths[-1]
    return lengths[int(0.95 * (len(lengths) - 1))]


def find_unwrap(text: str) -> list[Edit]:
    lines = text.split("\n")
    width = _width(lines)
    hyphenated = None
    edits = []
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    for first, last in _paragraphs(lines):
        block = lines[first:last + 1]
        if not is_wrapped(block, width):
            continue
        for i in range(first, last):
            line, following = lines[i], lines[i + 1]
            end = starts[i] + len(line.rstrip())
            begin = starts[i + 1] + (len(following) - len(following.lstrip()))
            joiner, note = " ", "wrapped line"
            stem = re.search(r"([^\W\d_]+)-$", line.rstrip())
            if line.rstrip().endswith("--"):
                joiner, note = "", "wrapped line after a dash"
            elif stem is not None and following.lstrip()[:1].isalpha():
                if hyphenated is None:
                    hyphenated = HyphenatedWords(text)
                word = re.match(r"[^\W\d_]+", following.lstrip())
                if word is not None and rejoin_without_hyphen(stem.group(1), word.group(), hyphenated):
                    edits.append(Edit(end - 1, begin, "", f"word broken at a line end: {stem.group(1) + word.group()!r}"))
                    continue
                joiner, note = "", "wrapped line after a hyphen"
            edits.append(Edit(end, begin, joiner, note))
    return edits


def unwrap(text: str) -> str:
    """
    >>> print(unwrap("A paragraph that a tool wrapped at sixty columns has an inter-\\n"
    ...              "national word in it, and a compound that is very well-\\n"
    ...              "known.\\n\\n  Verse stays\\n  as it is\\n"))
    A paragraph that a tool wrapped at sixty columns has an international word in it, and a compound that is very well-known.
    <BLANKLINE>
      Verse stays
      as it is
    <BLANKLINE>
    """
    return apply_edits(text, find_unwrap(text))
