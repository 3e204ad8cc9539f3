"""
The pipeline: named steps in a fixed order, run to a fixed point, streamed.

:class:`Fixer` takes text in pieces of any size and gives back the fixed
text in pieces, holding at most one block (a group of paragraphs, bounded in
size) in memory. ``fix(text)`` is the same machine fed one string, so the
library and the command line cannot disagree.

Each block goes through the steps of :data:`cleantext.config.PIPELINE`; each
step finds a list of :class:`~cleantext.edits.Edit` and applies it. The steps
run again on their own output until nothing changes (at most ``MAX_PASSES``
times, ``LONG_BLOCK_PASSES`` for a long block), which is what makes
``fix(fix(t)) == fix(t)``. What needs the whole
document is done here, between blocks: the byte-order mark, the line-break
style, blank lines at the start and end, and runs of blank lines. (A text
that ends mid-line is not given a newline: clean text comes back as it was.)
"""

from __future__ import annotations

import re
from collections import deque
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, NamedTuple, Optional

if TYPE_CHECKING:  # concurrent.futures costs 15 ms to import; only --jobs needs it
    from concurrent.futures import Executor, Future

from cleantext.config import Config
from cleantext.edits import Change, Edit, OffsetMap, apply_edits
from cleantext.glued import find_glued_words
from cleantext.hyphens import find_broken_hyphens
from cleantext.linebreaks import find_line_breaks
from cleantext.mojibake import find_mojibake
from cleantext.unwrap import find_unwrap
from cleantext.whitespace import find_space_runs, find_zero_width

# (Real text needs one pass, two at most: a split that makes another place
# readable. Text built of nothing but joins, each revealing the next, needs
# more: a fuzzed line of eleven joins in one chunk took five, and stopping at
# four left it for the next call, fix(fix(t)) != fix(t).)
MAX_PASSES = 8
# ... but a block longer than this stops at LONG_BLOCK_PASSES: in a long
# line of nothing but joins the passes it takes grow with its length (a
# hostile line of sentences about code: four at 40,000 characters, seven at
# 80,000), and the time must not.
LONG_BLOCK = 10_000
LONG_BLOCK_PASSES = 4
# A block ends at a blank line once it holds this many non-blank lines, and
# anywhere between lines once it holds this many characters.
BLOCK_LINES = 64
BLOCK_CHARS = 1 << 18
# ... and in any case after this many lines (a million empty lines must not
# pile up in one block).
BLOCK_MAX_LINES = 4096
# A line longer than this is cut into pieces (between two words if it can be).
MAX_PIECE = 1 << 20

# (text, config, and on a later pass what the step saw on the first: None on the first)
StepFinder = Callable[[str, Config, Optional[str]], list[Edit]]


def _find_space_runs(text: str, config: Config, first: Optional[str]) -> list[Edit]:
    return find_space_runs(text, config.collapse_whitespace)


# Steps whose edits may give no other step anything new to find: a pass whose
# only edits were theirs, and only removed spaces and tabs (at the ends of
# lines, or from runs inside them), needs no further pass: else one trailing
# space would make every fixer read its block again (a block of a megabyte
# of glued words, twice). Not an exotic space made plain (mojibake reads
# what stands beside it: '\xa0Â¡'), nor a zero-width character removed (it
# may leave a glued word).
FINAL_STEPS: frozenset[StepFinder] = frozenset({_find_space_runs})


def _only_spaces_removed(text: str, edits: list[Edit]) -> bool:
    """Do ``edits`` only delete spaces and tabs of ``text``?"""
    return all(not edit.new and not text[edit.start:edit.end].strip(" \t") for edit in edits)


#: For each fixer, the edit finders it runs, in order.
STEPS: dict[str, tuple[StepFinder, ...]] = {
    "fix_line_breaks": (lambda text, config, first: find_line_breaks(text),),
    "fix_mojibake": (lambda text, config, first: find_mojibake(text, config),),
    "unwrap": (lambda text, config, first: find_unwrap(text),),
    "fix_broken_hyphens": (lambda text, config, first: find_broken_hyphens(text),),
    "split_glued_words": (
        lambda text, config, first: find_glued_words(
            text, first_look=first is None, seen=() if first is None else frozenset(first.split("\n"))
        ),
    ),
    "normalize_whitespace": (
        lambda text, config, first: find_zero_width(text),
        _find_space_runs,
    ),
}


class Explained(NamedTuple):
    """The fixed text and every change, in input coordinates."""

    text: str
    changes: list[Change]


def fix_block(text: str, config: Config, record: Optional[list[tuple[str, list[Edit], str]]] = None) -> str:
    """Run the enabled steps over one block until it stops changing.

    With ``record``, append ``(fixer, edits, text the edits apply to)`` for
    every step that changed something.
    """
    fixers = config.enabled_fixers()
    first: dict[StepFinder, str] = {}  # what each step saw on the first pass
    for index in range(MAX_PASSES if len(text) <= LONG_BLOCK else LONG_BLOCK_PASSES):
        changed = False
        for name in fixers:
            for find in STEPS[name]:
                if index == 0:
                    first[find] = text
                edits = find(text, config, first[find] if index else None)
                if edits:
                    if record is not None:
                        record.append((name, edits, text))
                    changed = changed or find not in FINAL_STEPS or not _only_spaces_removed(text, edits)
                    text = apply_edits(text, edits)
        if not changed:
            break
    return text


class _Line(NamedTuple):
    body: str
    ending: str  # "\n", "\r\n", or "" (end of input, or a piece of a long line)
    start: int  # offset of the body in the input
    number: int  # 1-based line number in the input
    continued: bool = False  # a piece of an over-long line; the line goes on


class Fixer:
    """
    The streaming driver. ``feed()`` pieces of input, then ``close()``; both
    return output text. With ``explain=True`` the changes are collected in
    ``changes`` (input offsets, line and column).

    >>> f = Fixer(Config())
    >>> f.feed("withRus") + f.feed("sia inan\\r\\ninterview  \\r\\n\\r\\n\\r\\n") + f.close()
    'with Russia in an\\r\\ninterview\\r\\n'
    """

    def __init__(
        self, config: Config, explain: bool = False, pool: Optional[Executor] = None, workers: int = 1
    ) -> None:
        self.config = config
        self.explain = explain
        # With a pool, blocks are fixed in worker processes and written back
        # in order; at most a few are in flight, so memory stays flat.
        self._pool = None if explain else pool
        self._inflight: deque[tuple[list[_Line], Future[str]]] = deque()
        self._max_inflight = 2 * workers + 2
        self.changes: list[Change] = []
        self._started = False
        self._closed = False
        self._prefix = ""  # the byte-order mark, written before anything else
        self._pending = ""  # the start of a line whose end has not arrived
        self._offset = 0  # input offset of _pending
        self._line_number = 1
        self._block: list[_Line] = []
        self._block_chars = 0
        self._block_nonblank = 0
        self._eol: Optional[str] = {"lf": "\n", "crlf": "\r\n"}.get(config.eol)
        # Line endings follow the document's style (or --eol); with line-break
        # repair off and eol="keep", each line keeps its own.
        self._restyle_eol = config.fix_line_breaks or config.eol != "keep"
        # Output state: has a line been written, how did it end, was it a
        # piece of a longer line, and which blank lines are held back.
        self._emitted_any = False
        self._last_ending = ""
        self._joined = False
        self._blank_run: list[_Line] = []

    # -- input -------------------------------------------------------------

    def feed(self, text: str) -> str:
        if self._closed:
            raise ValueError("feed() after close()")
        if not self._started and text:
            self._started = True
            if text.startswith("\ufeff"):
                text = text[1:]
                self._offset = 1
                self._prefix = "\ufeff"
        data = self._pending + text if self._pending else text
        out: list[str] = []
        start = 0
        find = data.find
        nl = find("\n")
        while nl >= 0:
            body = data[start:nl]
            ending = "\n"
            if body.endswith("\r"):
                body, ending = body[:-1], "\r\n"
            self._add(_Line(body, ending, self._offset + start, self._line_number), out)
            self._line_number += 1
            start = nl + 1
            nl = find("\n", start)
        while len(data) - start > MAX_PIECE:
            cut = _cut_point(data, start, MAX_PIECE)
            if cut >= len(data):
                break  # no safe cut yet (a run of whitespace): read on
            line = _Line(data[start:cut], "", self._offset + start, self._line_number, continued=True)
            self._add(line, out)
            start = cut
        self._offset += start
        self._pending = data[start:]
        return self._take_prefix() + "".join(out)

    def close(self) -> str:
        if self._closed:
            return ""
        self._closed = True
        out: list[str] = []
        self._end = (self._offset + len(self._pending), self._line_number, len(self._pending) + 1)
        if self._pending:
            self._add(_Line(self._pending, "", self._offset, self._line_number), out)
            self._pending = ""
        self._flush(out)
        self._drain(out, final=True)
        if self.config.normalize_whitespace:
            if self._emitted_any and self._last_ending:
                # Blank lines at the end go (see _blank_run); a text that ends
                # mid-line (a field of a record, a string) is not given a newline.
                final = self._eol_for("\n")
                if self._last_ending != final:
                    self._note_end(self._last_ending, final, "the line break at the end")
                out.append(final)
            for line in self._blank_run:
                self._note_at(line, 0, "normalize_whitespace", line.body + line.ending, "", "blank line at the end")
        elif self._last_ending:
            out.append(self._eol_for(self._last_ending))
        return self._take_prefix() + "".join(out)

    def _take_prefix(self) -> str:
        prefix, self._prefix = self._prefix, ""
        return prefix

    def _add(self, line: _Line, out: list[str]) -> None:
        if self._eol is None and line.ending:
            self._eol = line.ending
        self._block.append(line)
        self._block_chars += len(line.body)
        blank = not line.body.strip()
        if not blank:
            self._block_nonblank += 1
        if (
            line.continued
            or self._block_chars >= BLOCK_CHARS
            or len(self._block) >= BLOCK_MAX_LINES
            or (blank and self._block_nonblank >= BLOCK_LINES)
        ):
            self._flush(out)

    # -- one block ----------------------------------------------------------

    def _flush(self, out: list[str]) -> None:
        lines = self._block
        if not lines:
            return
        self._block = []
        self._block_chars = 0
        self._block_nonblank = 0
        text = "\n".join(line.body for line in lines)
        if self._pool is not None:
            self._inflight.append((lines, self._pool.submit(fix_block, text, self.config)))
            self._drain(out)
            return
        record: Optional[list[tuple[str, list[Edit], str]]] = [] if self.explain else None
        fixed = fix_block(text, self.config, record)
        if record:
            self._record_block(lines, record)
        self._emit_block(lines, fixed, out)

    def _drain(self, out: list[str], final: bool = False) -> None:
        """Write the blocks that are done, in order (all of them if final)."""
        while self._inflight and (
            final or self._inflight[0][1].done() or len(self._inflight) > self._max_inflight
        ):
            lines, future = self._inflight.popleft()
            self._emit_block(lines, future.result(), out)

    def _emit_block(self, lines: list[_Line], fixed: str, out: list[str]) -> None:
        out_lines = fixed.split("\n")
        last = lines[-1]
        if len(out_lines) == len(lines) and not self.config.fix_line_breaks and self.config.eol == "keep":
            endings = [line.ending for line in lines]
        else:
            # Every line break in the block becomes the document's style.
            endings = [self._eol_for("\n")] * (len(out_lines) - 1) + [self._eol_for(last.ending)]
            self._note_endings(lines)
        sources = lines if len(out_lines) == len(lines) else [lines[0]] * len(out_lines)
        for body, ending, source in zip(out_lines, endings, sources):
            self._emit(body, ending, source, out)
        if last.continued:
            self._joined = True

    def _eol_for(self, ending: str) -> str:
        if not ending or not self._restyle_eol:
            return ending
        return self._eol or ending

    def _emit(self, body: str, ending: str, source: _Line, out: list[str]) -> None:
        """Write one output line, holding back blank lines until we know
        whether text follows them (blank lines at the end are dropped)."""
        if not self.config.normalize_whitespace:
            if self._emitted_any and not self._joined:
                out.append(self._eol_for(self._last_ending))
            out.append(body)
        elif not body and not self._joined:
            if self._emitted_any:
                self._blank_run.append(source)  # kept (one of them) only if text follows
            else:
                self._note_at(source, 0, "normalize_whitespace", source.body + source.ending, "", "blank line at the start")
            return
        else:
            if self._emitted_any and not self._joined:
                out.append(self._eol_for(self._last_ending or "\n"))
                if self._blank_run and self.config.collapse_whitespace:
                    out.append(self._eol_for("\n"))
                    for blank in self._blank_run[1:]:
                        self._note_at(blank, 0, "normalize_whitespace", blank.body + blank.ending, "", "run of blank lines")
                else:
                    out.extend(self._eol_for(blank.ending or "\n") for blank in self._blank_run)
            self._blank_run = []
            out.append(body)
        self._emitted_any = True
        self._joined = False
        self._last_ending = ending

    # -- explanations -------------------------------------------------------

    def _record_block(self, lines: list[_Line], record: list[tuple[str, list[Edit], str]]) -> None:
        """Turn the block's edits into Changes in input coordinates."""
        starts = []
        pos = 0
        for line in lines:
            starts.append(pos)
            pos += len(line.body) + 1
        maps: list[OffsetMap] = []
        for fixer, edits, seen in record:
            for edit in edits:
                start, end = edit.start, edit.end
                for m in reversed(maps):
                    start, end = m.to_source(start), m.to_source(end)
                index = _line_index(starts, start)
                line = lines[index]
                column = start - starts[index]
                in_start = line.start + column
                self.changes.append(
                    Change(fixer, in_start, in_start + (end - start), seen[edit.start:edit.end],
                           edit.new, edit.note, line.number, column + 1)
                )
            maps.append(OffsetMap(edits))

    def _note_endings(self, lines: list[_Line]) -> None:
        if not self.explain:
            return
        for line in lines:
            want = self._eol_for(line.ending)
            if line.ending and want != line.ending:
                self._note_at(line, len(line.body), "fix_line_breaks", line.ending, want, "line-break style")

    def _note_at(self, line: _Line, column: int, fixer: str, old: str, new: str, note: str) -> None:
        if self.explain:
            start = line.start + column
            self.changes.append(Change(fixer, start, start + len(old), old, new, note, line.number, column + 1))

    def _note_end(self, old: str, new: str, note: str) -> None:
        if self.explain:
            offset, line, column = self._end
            self.changes.append(Change("normalize_whitespace", offset, offset, old, new, note, line, column))


def _line_index(starts: list[int], pos: int) -> int:
    from bisect import bisect_right

    return max(0, bisect_right(starts, pos) - 1)


_BETWEEN_WORDS_RE = re.compile(r"(?<=\w) (?=\w)")
_BETWEEN_MARKS_RE = re.compile(r"(?<=\S)(?=\S)")
_TWO_MARKS_RE = re.compile(r"\S\S")
_SPACES_RE = re.compile(r"\s+")


def _cut_point(text: str, start: int, limit: int) -> int:
    """
    Where to cut an over-long line that starts at ``start``, near
    ``start + limit``: best just before a single space between two letters
    or digits, so that no fixer's pattern spans the cut; else between two
    non-space characters (inside a giant token); never inside or just after
    a run of whitespace, whose meaning depends on what follows it.
    ``len(text)`` means: no cut yet, read on.

    >>> _cut_point("aaaa bbbb cccc", 0, 12)
    9
    >>> _cut_point("   " * 5 + "xy", 0, 4)
    16
    >>> _cut_point("      ", 0, 4)
    6
    """
    end = start + limit
    if text[max(start + 1, end - (1 << 16)):end + 1].isspace():
        # Inside a long run of whitespace (checked at C speed): no cut before
        # the first two marks after it.
        return _after_two_marks(text, end - 1)
    # Most lines have a space near the end: the last spaces are found from
    # the end back at C speed, and each asked whether a word character (the
    # \w of the patterns: isalnum or '_') stands on both sides; past the
    # first few, the pattern looks through the rest of the window.
    window = max(start + 1, end - (1 << 16))
    space = text.rfind(" ", window, end - 1)
    for _ in range(64):
        if space < window:
            break
        before, after = text[space - 1], text[space + 1]
        if (before.isalnum() or before == "_") and (after.isalnum() or after == "_"):
            return space
        space = text.rfind(" ", window, space)
    else:
        last = None
        for last in _BETWEEN_WORDS_RE.finditer(text, window, space + 2):
            pass
        if last is not None:
            return last.start()
    if not text[end - 1].isspace() and not text[end].isspace():
        return end  # inside a giant token
    last = None
    for last in _BETWEEN_MARKS_RE.finditer(text, window, end + 1):
        pass
    if last is not None:
        return last.start()
    return _after_two_marks(text, end - 1)


def _after_two_marks(text: str, pos: int) -> int:
    """Between the first two adjacent non-space characters from ``pos`` on
    (``len(text)`` if there are none). A run of whitespace at ``pos`` is
    skipped in one greedy step first: searching through it for two marks
    is three times slower."""
    run = _SPACES_RE.match(text, pos)
    found = _TWO_MARKS_RE.search(text, run.end() if run is not None else pos)
    return found.start() + 1 if found is not None else len(text)


def fix_stream(pieces: Iterable[str], config: Config, explain: bool = False) -> Iterator[str]:
    """Fix text given as an iterable of pieces (e.g. a file's lines)."""
    fixer = Fixer(config, explain)
    for piece in pieces:
        out = fixer.feed(piece)
        if out:
            yield out
    out = fixer.close()
    if out:
        yield out
