"""
Whitespace inside lines: zero-width spaces and trailing space; runs of
spaces and exotic spaces only when asked to collapse them (a restyling:
clean text writes two spaces after a full stop, columns, aligned code).

What happens *between* lines (blank-line runs, blank lines at the start and
at the end) needs to see the whole document, so the streaming
driver in :mod:`cleantext.pipeline` does it; :func:`normalize_whitespace`
below does both for a complete string.
"""

from __future__ import annotations

from cleantext._patterns import EXOTIC_SPACE_RE, EXOTIC_TO_SPACE, ZERO_WIDTH_RE, bad_space_run_re
from cleantext.edits import Edit, apply_edits


def find_zero_width(text: str) -> list[Edit]:
    """Zero-width spaces and stray byte-order marks, to be deleted (with a
    space beside them, where they stand between two: ``a \\u200b b``)."""
    if "\u200b" not in text and "\ufeff" not in text:
        return []
    edits = []
    for m in ZERO_WIDTH_RE.finditer(text):
        start, end = m.span()
        if start and text[start - 1] == " " and text[end:end + 1] == " ":
            end += 1
        edits.append(Edit(start, end, "", "zero-width space"))
    return edits


def find_space_runs(text: str, collapse: bool = False) -> list[Edit]:
    """
    Edits for horizontal space inside lines: trailing space is removed.

    With ``collapse`` (opt-in restyling), also: any run of two or more
    becomes one space, and an exotic space a plain one. Kept even then: a
    line's indentation (exotic spaces in it become plain spaces), and a run
    of tabs alone: tabs separate fields in TSV data, where an empty field is
    ``\\t\\t``.
    """
    if not may_need_space_edits(text, collapse):
        return []  # the common case, checked at C speed
    return space_run_edits(text, collapse)


def may_need_space_edits(text: str, collapse: bool = False) -> bool:
    """False only when :func:`space_run_edits` would find nothing (a gate of
    C-speed checks: every exotic space is beyond ASCII)."""
    if not collapse:
        plain = " \n" in text or "\t\n" in text or text.endswith((" ", "\t"))
    else:
        plain = "  " in text or "\t" in text or " \n" in text or text.endswith(" ")
    return plain or (not text.isascii() and EXOTIC_SPACE_RE.search(text) is not None)


def space_run_edits(text: str, collapse: bool = False) -> list[Edit]:
    """:func:`find_space_runs` without its gate."""
    edits = []
    for m in bad_space_run_re().finditer(text):
        start, end = m.span()
        run = m.group()
        if end == len(text) or text[end] == "\n":
            new, note = "", "trailing whitespace"
        elif not collapse:
            continue
        elif start == 0 or text[start - 1] == "\n":
            new, note = run.translate(EXOTIC_TO_SPACE), "exotic space in indentation"
        elif run.strip("\t") == "":
            continue
        else:
            new, note = " ", "space run" if len(run) > 1 else "exotic space"
        if new != run:
            edits.append(Edit(start, end, new, note))
    return edits


def normalize_line_whitespace(text: str, collapse: bool = False) -> str:
    """
    The in-line part of :func:`normalize_whitespace`.

    >>> normalize_line_whitespace("a\\u00a0 b \\u200b\\n\\tc\\td  ")
    'a\\xa0 b\\n\\tc\\td'
    >>> normalize_line_whitespace("a\\u00a0 b \\u200b\\n\\tc\\td  ", collapse=True)
    'a b\\n\\tc\\td'
    """
    text = apply_edits(text, find_zero_width(text))
    return apply_edits(text, find_space_runs(text, collapse))


def normalize_whitespace(text: str, collapse: bool = False) -> str:
    """
    Whitespace of a complete text: the in-line fixes, no blank line at the
    start or at the end (and with ``collapse``, blank-line runs collapsed to
    one); a text that ends with a line break keeps one, and one that ends
    mid-line is not given one (the streaming driver does the part between
    lines; this runs it with every other fixer off).

    >>> normalize_whitespace("\\n\\n  Title  \\n\\n\\n\\nBody  text\\n\\n\\n")
    '  Title\\n\\n\\n\\nBody  text\\n'
    >>> normalize_whitespace("\\n\\n  Title  \\n\\n\\n\\nBody\\u3000text\\n\\n\\n", collapse=True)
    '  Title\\n\\nBody text\\n'
    >>> normalize_whitespace(" \\n\\t\\n")
    ''
    """
    from cleantext.config import PIPELINE, Config
    from cleantext.pipeline import Fixer

    config = Config(**{name: name == "normalize_whitespace" for name in PIPELINE}, collapse_whitespace=collapse)
    fixer = Fixer(config)
    return fixer.feed(text) + fixer.close()
