"""
Whitespace inside lines: exotic and zero-width spaces, runs, trailing space.

What happens *between* lines (blank-line runs, blank lines at the start and
at the end) needs to see the whole document, so the streaming
driver in :mod:`cleantext.pipeline` does it; :func:`normalize_whitespace`
below does both for a complete string.
"""

from __future__ import annotations

from cleantext._patterns import EXOTIC_SPACE_RE, EXOTIC_TO_SPACE, ZERO_WIDTH_RE, bad_space_run_re
from cleantext.edits import Edit, apply_edits


def find_zero_width(text: str) -> list[Edit]:
    """Zero-width spaces and stray byte-order marks, to be deleted."""
    if "\u200b" not in text and "\ufeff" not in text:
        return []
    return [Edit(m.start(), m.end(), "", "zero-width space") for m in ZERO_WIDTH_RE.finditer(text)]


def find_space_runs(text: str) -> list[Edit]:
    """
    Edits for runs of horizontal space inside lines.

    Kept: a single space or tab between words, and a line's indentation
    (exotic spaces in it become plain spaces). A run of tabs alone is kept
    too: tabs separate fields in TSV data, where an empty field is ``\\t\\t``.
    Changed: any other run of two or more becomes one space; trailing space
    is removed; an exotic space becomes a plain one.
    """
    if (
        "  " not in text
        and "\t" not in text
        and " \n" not in text
        and not text.endswith(" ")
        and (text.isascii() or EXOTIC_SPACE_RE.search(text) is None)  # (every exotic space is beyond ASCII)
    ):
        return []  # the common case, checked at C speed: nothing the regex below would find
    edits = []
    for m in bad_space_run_re().finditer(text):
        start, end = m.span()
        run = m.group()
        if end == len(text) or text[end] == "\n":
            new, note = "", "trailing whitespace"
        elif start == 0 or text[start - 1] == "\n":
            new, note = run.translate(EXOTIC_TO_SPACE), "exotic space in indentation"
        elif run.strip("\t") == "":
            continue
        else:
            new, note = " ", "space run" if len(run) > 1 else "exotic space"
        if new != run:
            edits.append(Edit(start, end, new, note))
    return edits


def normalize_line_whitespace(text: str) -> str:
    """
    The in-line part of :func:`normalize_whitespace`.

    >>> normalize_line_whitespace("a\\u00a0 b \\u200b\\n\\tc\\td  ")
    'a b\\n\\tc\\td'
    """
    text = apply_edits(text, find_zero_width(text))
    return apply_edits(text, find_space_runs(text))


def normalize_whitespace(text: str) -> str:
    """
    Whitespace of a complete text: the in-line fixes, then blank-line runs
    collapsed to one, no blank line at the start or at the end; a text that
    ends with a line break keeps one, and one that ends mid-line is not given
    one (the streaming driver does the part between lines; this runs it with
    every other fixer off).

    >>> normalize_whitespace("\\n\\n  Title  \\n\\n\\n\\nBody\\u3000text\\n\\n\\n")
    '  Title\\n\\nBody text\\n'
    >>> normalize_whitespace(" \\n\\t\\n")
    ''
    """
    from cleantext.config import PIPELINE, Config
    from cleantext.pipeline import Fixer

    fixer = Fixer(Config(**{name: name == "normalize_whitespace" for name in PIPELINE}))
    return fixer.feed(text) + fixer.close()
