"""
Mojibake and invisible junk, through ftfy with an explicit configuration.

ftfy's defaults restyle text (they straighten curly quotes, apply NFC and, in
``auto`` mode, decode HTML entities depending on whether an earlier line had
a ``<``). cleantext passes a configuration of its own in which every
restyling is off unless asked for, and runs ftfy one line at a time so that
no decision carries from one line to the next.

Most lines need nothing: a line of pure ASCII without control characters
cannot hold mojibake, so it never reaches ftfy.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import re

from cleantext._patterns import PLAIN_ASCII
from cleantext.config import Config
from cleantext.edits import Edit, apply_edits


@lru_cache(maxsize=16)
def ftfy_config(
    unescape_html: bool = False,
    uncurl_quotes: bool = False,
    fix_character_width: bool = False,
    fix_latin_ligatures: bool = False,
    normalization: Any = None,
) -> Any:
    """The ftfy TextFixerConfig for these options (every field explicit);
    typed loosely so that ftfy is not imported to annotate it."""
    import ftfy

    return ftfy.TextFixerConfig(
        unescape_html=unescape_html,
        remove_terminal_escapes=True,
        fix_encoding=True,
        restore_byte_a0=True,
        replace_lossy_sequences=True,
        decode_inconsistent_utf8=True,
        fix_c1_controls=True,
        fix_latin_ligatures=fix_latin_ligatures,
        fix_character_width=fix_character_width,
        uncurl_quotes=uncurl_quotes,
        fix_line_breaks=False,
        fix_surrogates=True,
        remove_control_chars=True,
        normalization=normalization,
        max_decode_length=1_000_000,
        explain=False,
    )


def _options(config: Config) -> tuple[bool, bool, bool, bool, str | None]:
    return (
        config.unescape_html,
        config.uncurl_quotes,
        config.fix_character_width,
        config.fix_latin_ligatures,
        config.normalization,
    )


def line_needs_ftfy(line: str, unescape_html: bool = False, restyle: bool = False) -> bool:
    """
    The cheap gate: False only when ftfy provably leaves ``line`` alone.

    >>> line_needs_ftfy("plain ASCII, tabs\tand all")
    False
    >>> line_needs_ftfy("“Curly” quotes – dashes… and café")
    False
    >>> line_needs_ftfy("Caf\u00c3\u00a9"), line_needs_ftfy("\x1b[31mred")
    (True, True)
    """
    if line.isascii():
        if unescape_html and "&" in line:
            return True
        # (Its control characters found at C speed: three times faster than
        # a pattern.)
        return bool(line.encode("ascii").translate(None, PLAIN_ASCII))
    if restyle or (unescape_html and "&" in line):
        return True
    return _suspect_re().search(line) is not None


_SUSPECT: list[Any] = []


def _suspect_re() -> Any:
    """
    A regex that matches every line ftfy could change (with cleantext's
    configuration), and few others. Built once from ftfy's own tables.

    ftfy acts on a line only if: its badness regex matches (then it tries to
    re-decode), or the line has C1 controls, surrogates, control characters
    or terminal escapes. Every branch of the badness regex needs either a C1
    character, an ``œ``, or two *adjacent* characters from the ones the
    regex names; clean text with curly quotes, dashes and accents almost
    never has such a pair (``“é`` does, and then ftfy decides).
    """
    if not _SUSPECT:
        from ftfy.badness import BADNESS_RE, MOJIBAKE_CATEGORIES
        from ftfy.chardata import CONTROL_CHARS

        named = {ch for ch in BADNESS_RE.pattern if ord(ch) > 127}
        for members in MOJIBAKE_CATEGORIES.values():
            named.update(_expand_class(members))
        named = {ch for ch in named if ord(ch) > 127}
        # The few branches that need only one such character beside ASCII
        # (``lÃ `` for a lost no-break space, ``œ`` before a non-letter):
        # found by trying each named character between ASCII neighbours.
        ascii_sample = " aA0.'\""
        alone = {
            ch for ch in named
            if any(BADNESS_RE.search(f"{a}{ch}{b}") for a in ascii_sample for b in ascii_sample)
        }
        pair = _class_body(named)
        single = _class_body(alone | {chr(c) for c in CONTROL_CHARS})
        # The standard library's engine scans a large class several times
        # faster than the regex module does.
        _SUSPECT.append(re.compile(f"[\\x80-\\x9f\\ud800-\\udfff\\x1b{single}]|[{pair}][{pair}]"))
    return _SUSPECT[0]


def _class_body(chars: set[str]) -> str:
    return "".join(re.escape(ch) for ch in sorted(chars))


def _expand_class(members: str) -> set[str]:
    """The characters of a regex class body such as ``"\\x80-\\x9fÀÁ"``."""
    out: set[str] = set()
    i = 0
    while i < len(members):
        if i + 2 < len(members) and members[i + 1] == "-":
            out.update(chr(c) for c in range(ord(members[i]), ord(members[i + 2]) + 1))
            i += 3
        else:
            out.add(members[i])
            i += 1
    return out


def find_mojibake(text: str, config: Config | None = None) -> list[Edit]:
    """One edit per line that ftfy changes, trimmed to the part that differs.

    ftfy itself is imported only when a line needs it (importing it costs
    more than fixing a short text)."""
    options = _options(config or Config())
    restyle = any(options[1:])
    if not line_needs_ftfy(text, options[0], restyle):
        return []  # no line does: the gate looks at characters and adjacent pairs, never across "\n"
    fix_text = None
    edits = []
    pos = 0
    for line in text.split("\n"):
        if line_needs_ftfy(line, options[0], restyle):
            if fix_text is None:
                import ftfy

                fix_text, ftfy_cfg = ftfy.fix_text, ftfy_config(*options)
            fixed = fix_text(line, ftfy_cfg)
            if fixed != line:
                edits.append(_trimmed_edit(pos, line, fixed))
        pos += len(line) + 1
    return edits


def _trimmed_edit(offset: int, old: str, new: str) -> Edit:
    """An edit replacing only the middle where ``old`` and ``new`` differ."""
    head = 0
    limit = min(len(old), len(new))
    while head < limit and old[head] == new[head]:
        head += 1
    tail = 0
    while tail < limit - head and old[-1 - tail] == new[-1 - tail]:
        tail += 1
    return Edit(offset + head, offset + len(old) - tail, new[head:len(new) - tail], "ftfy")


def fix_mojibake(text: str, config: Config | None = None) -> str:
    """
    >>> fix_mojibake("CafÃ© â€œquotedâ€\\x9d")
    'Café “quoted”'

    Curly quotes, CJK punctuation and HTML entities are left alone:

    >>> fix_mojibake("“AT&amp;T”，好")
    '“AT&amp;T”，好'
    """
    return apply_edits(text, find_mojibake(text, config))
