"""
Every compiled regular expression and character table of cleantext, built once.

Most patterns use the standard library's engine, which starts faster and scans
simple classes faster; the one that needs possessive quantifiers on every
Python version uses the third-party ``regex`` module. Each pattern that scans runs of
characters is anchored at the *start* of a run (a negative look-behind for
the same class) and consumes it possessively, so that no input makes it
quadratic: the innocent-looking ``[ \\t]+(?=\\n)`` takes seconds on 50,000
spaces because it retries the run from every position.
"""

from __future__ import annotations

import re
from typing import Any

# -- line breaks --------------------------------------------------------------

# U+0085 (NEL) is a line break only when it is not a byte of mojibake: in
# UTF-8 decoded as Latin-1 it follows a lead byte (``Ä\x85`` is ``ą``) or
# another continuation byte, and in Windows-1252 decoded as Latin-1 it is an
# ellipsis, usually beside another such character (``\x85\x94`` is ``…”``).
# ftfy must see those intact.
LINE_BREAK_RE = re.compile("\r\n|\r|\u2028|\u2029|(?<![\x80-\xff])\x85(?![\x80-\xff])")

# -- mojibake gate ------------------------------------------------------------

# What ftfy can act on in a line that is pure ASCII: control characters
# (including ESC of terminal escapes) and, when entities are decoded, '&'.
# The rest, printable ASCII, tab and line feed, as bytes: what is left of a
# line's bytes when these are deleted is its control characters.
PLAIN_ASCII = bytes(range(0x20, 0x7F)) + b"\t\n"

# -- whitespace -----------------------------------------------------------------

# Spaces that are not U+0020 or TAB: no-break, en/em, thin, hair, narrow,
# medium mathematical and ideographic spaces, and the Ogham space mark.
EXOTIC_SPACES = "\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"
EXOTIC_SPACE_RE = re.compile(f"[{EXOTIC_SPACES}]")  # the stdlib engine scans a class faster
# Invisible characters that only get in the way of search and tokenizers. The
# joiners U+200C and U+200D are not here: emoji sequences and Indic and Arabic
# scripts need them. U+2060 (word joiner) is kept as deliberate markup.
ZERO_WIDTH_RE = re.compile("[\u200b\ufeff]+")
# A run of horizontal space that needs attention: one touching the end of a
# line, one of two or more characters, or one with an exotic space in it.
# Anchored at the start of a run and possessive, so linear on any input.
HSPACE = f"[ \t{EXOTIC_SPACES}]"
_BAD_SPACE_RUN = rf"(?<!{HSPACE})(?:{HSPACE}++(?=\n|\Z)|{HSPACE}{{2,}}+|[ \t]*+[{EXOTIC_SPACES}]{HSPACE}*+)"


def bad_space_run_re() -> Any:
    """The run-of-space pattern, compiled on first use (most text never
    needs it, and the regex module costs 20 ms to import)."""
    if not _LAZY:
        import regex

        _LAZY.append(regex.compile(_BAD_SPACE_RUN))
    return _LAZY[0]


_LAZY: list[Any] = []
EXOTIC_TO_SPACE = {ord(c): " " for c in "\u00a0\u1680\u202f\u205f\u3000"}
EXOTIC_TO_SPACE.update({cp: " " for cp in range(0x2000, 0x200B)})

# -- broken hyphens -------------------------------------------------------------

# A hyphen, spaces, and a word: ``Pakistan- controlled``. The fixer also
# requires a letter before the hyphen (checked there: a pattern that starts
# with the literal hyphen is found at C speed, one that starts with a
# look-behind is tried at every character) and the word after (group 3) to
# be all lower-case.
BROKEN_HYPHEN_RE = re.compile(r"(-)([ \t]+)(?=([^\W\d_]+))")
LETTER_RE = re.compile(r"[^\W\d_]")


def count_whole_word(text: str, word: str, enough: int) -> int:
    """
    How often ``word`` occurs in ``text`` with no letter just before or just
    after it, counting no further than ``enough``: each occurrence found as a
    substring, at C speed (most words occur once, and most questions need
    one or two answers).

    >>> count_whole_word("to-day, into-days and to-day", "to-day", 5)
    2
    """
    seen = 0
    pos = text.find(word)
    while pos >= 0 and seen < enough:
        end = pos + len(word)
        if not (pos and LETTER_RE.match(text, pos - 1)) and not LETTER_RE.match(text, end):
            seen += 1
        pos = text.find(word, pos + 1)
    return seen

# -- glued words ----------------------------------------------------------------

# The two hottest patterns use the standard library's engine, which is
# several times faster than the regex module on simple classes.
CHUNK_RE = re.compile(r"\S+")
LETTER_RUN_RE = re.compile(r"[^\W\d_]+")
# Characters that make a chunk code, a URL, an e-mail, a path, a number or
# markup: no space is ever inserted in such a chunk.
PROTECTED_CHUNK_RE = re.compile(r"[\d_/\\@#$%^&*=+<>{}\[\]|~`]|::|\(|\)")
# Punctuation and quotes stripped from the ends of a chunk before it is read.
EDGE_PUNCT_OPEN = "\"'“‘«‹([¿¡„‚"
EDGE_PUNCT_CLOSE = "\"'”’»›)].,;:!?…"
# A space missing after a dash that has a space before it (``issue –the``),
# or before a dash that has one after it (``issue– the``: the old line ended
# after the word). The space goes at m.end() after a space, else at m.start().
DASH_JOIN_RE = re.compile(r"\s[–—](?=[^\W\d_])|(?<=[^\W\d_])[–—](?=\s)")
# Only ever applied to runs of ASCII letters (the word model is a-z).
CAMEL_RE = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")
