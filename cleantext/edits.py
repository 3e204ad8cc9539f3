"""
Edits: what a fixer changed, where, and why.

A fixer finds a list of :class:`Edit` (sorted, non-overlapping spans of the
text it was given, each with its replacement) and :func:`apply_edits` makes
the new text. Keeping the edits, instead of only the result, is what lets
``--explain`` and ``--diff`` show every change with its position in the
*original* input, even after several fixers and passes have run.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import NamedTuple, Sequence


class Edit(NamedTuple):
    """Replace ``text[start:end]`` with ``new``; ``note`` says why."""

    start: int
    end: int
    new: str
    note: str = ""


class Change(NamedTuple):
    """One change, reported in coordinates of the original input.

    ``start``/``end`` are character offsets into the input text, ``line`` and
    ``column`` are 1-based and point at ``start``; ``old`` is the input text
    that was replaced (for a change made by a later pass it is the text that
    pass saw) and ``new`` what replaced it.
    """

    fixer: str
    start: int
    end: int
    old: str
    new: str
    note: str
    line: int = 0
    column: int = 0


def apply_edits(text: str, edits: Sequence[Edit]) -> str:
    """
    >>> apply_edits("withRussia inan", [Edit(4, 4, " "), Edit(13, 13, " ")])
    'with Russia in an'
    """
    if not edits:
        return text
    parts = []
    pos = 0
    for edit in edits:
        if edit.start < pos:
            # Edits come sorted and apart; one that is not would repeat or
            # lose text, so it is dropped (a fixer's bug must never
            # corrupt the text: the tests check the order).
            continue
        parts.append(text[pos:edit.start])
        parts.append(edit.new)
        pos = edit.end
    parts.append(text[pos:])
    return "".join(parts)


class OffsetMap:
    """
    Maps offsets in the text after some edits back to the text before them.

    A position inside replaced text maps to the start of the span it replaced.

    >>> m = OffsetMap([Edit(4, 4, " ")])      # 'withRussia' -> 'with Russia'
    >>> [m.to_source(i) for i in (0, 4, 5, 11)]
    [0, 4, 4, 10]
    """

    __slots__ = ("_out_starts", "_edits", "_out_ends")

    def __init__(self, edits: Sequence[Edit]) -> None:
        self._edits = list(edits)
        self._out_starts: list[int] = []
        self._out_ends: list[int] = []
        delta = 0
        for edit in self._edits:
            out_start = edit.start + delta
            self._out_starts.append(out_start)
            self._out_ends.append(out_start + len(edit.new))
            delta += len(edit.new) - (edit.end - edit.start)

    def to_source(self, pos: int) -> int:
        i = bisect_right(self._out_starts, pos) - 1
        if i < 0:
            return pos
        edit = self._edits[i]
        if pos < self._out_ends[i]:
            return edit.start
        return edit.end + (pos - self._out_ends[i])
