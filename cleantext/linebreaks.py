"""
Line breaks: every kind of line break becomes ``\\n`` inside the pipeline.

A lone CR (old Mac files, or a CRLF split by a bad tool), NEL (U+0085, from
EBCDIC conversions), LINE SEPARATOR and PARAGRAPH SEPARATOR all end a line.
CRLF is *not* damage: the streaming driver remembers that a document used
CRLF and writes CRLF back (``eol="keep"``), or converts on request.
"""

from __future__ import annotations

from cleantext._patterns import LINE_BREAK_RE
from cleantext.edits import Edit, apply_edits

_NAMES = {"\r\n": "CRLF", "\r": "CR", "\u2028": "LINE SEPARATOR", "\u2029": "PARAGRAPH SEPARATOR", "\x85": "NEL"}


def find_line_breaks(text: str) -> list[Edit]:
    if "\r" not in text and "\x85" not in text and "\u2028" not in text and "\u2029" not in text:
        return []  # the common case, checked at C speed
    return [
        Edit(m.start(), m.end(), "\n", f"{_NAMES[m.group()]} -> LF") for m in LINE_BREAK_RE.finditer(text)
    ]


def fix_line_breaks(text: str) -> str:
    """
    >>> fix_line_breaks("one\\rtwo\\u2028three\\r\\nfour\\x85five")
    'one\\ntwo\\nthree\\nfour\\nfive'

    NEL after a byte of UTF-8 read as Latin-1 is mojibake, left for ftfy:

    >>> fix_line_breaks("\\xc4\\x85")
    'Ä\\x85'
    """
    return apply_edits(text, find_line_breaks(text))
