"""
Hyphens left behind by line breaks: ``Pakistan- controlled``.

A word broken at a line end keeps its hyphen; when the lines are joined with
a space, a hyphen followed by a space is left in the middle of a compound.
It is joined back, unless it is a *suspended* hyphen, which is correct
English and very common in exactly the same place: ``India- and
Pakistan-controlled``, ``pre- and post-war``, ``first- or second-class``.
A hyphen followed by a function word is also left alone: that is a dash
typed as a hyphen (``home- it was late``), not a broken compound.

Whether the hyphen itself stays is a matter of evidence: a word broken
between syllables (``inter- national``) loses it when the whole word is in
the dictionary and the text never writes it with a hyphen; a compound
(``well- known``, ``Pakistan- controlled``, the old ``to- day`` of a book
that writes ``to-day`` elsewhere) keeps it.
"""

from __future__ import annotations

import re
from typing import Container, Optional

from cleantext._patterns import BROKEN_HYPHEN_RE, LETTER_RE, count_whole_word
from cleantext.edits import Edit, apply_edits

_WORD_BEFORE_RE = re.compile(r"[^\W\d_]+$")

# Words after which a hyphen is suspended ("India- and Pakistan-controlled")
# or is a dash ("home- it was"), in English and the languages we meet most.
KEEP_BEFORE = frozenset(
    """
    and or nor to but than as versus vs und oder bis et ou y o e
    a an the it its is are was were be i he she we they you this that there
    in on at of by for with from so if then not
    """.split()
)


# What may stand right before a word whose hyphen a line break left: a
# space, a line break or an opening bracket or quote (not another hyphen, a
# backslash or an ampersand, as in options and code).
WORD_OPENERS = frozenset(" \t\n([{\"'“‘«¿¡")


def _starts_a_word(text: str, i: int) -> bool:
    """Does a word start at ``i``: after a space or an opening (see
    WORD_OPENERS), or after a hyphen inside a compound (state-of-the- art)?"""
    if not i or text[i - 1] in WORD_OPENERS:
        return True
    return text[i - 1] == "-" and i >= 2 and text[i - 2].isalpha()


def find_broken_hyphens(text: str) -> list[Edit]:
    edits: list[Edit] = []
    if "- " not in text and "-\t" not in text:
        return edits  # the common case, checked at C speed
    hyphenated: Optional[HyphenatedWords] = None
    english: Optional[bool] = None
    for m in BROKEN_HYPHEN_RE.finditer(text):
        if not (m.start() and LETTER_RE.match(text, m.start() - 1)):
            continue  # "2 - 1", " - ": not a word broken at a hyphen
        if not m.group(3).islower():
            continue  # a capital after the hyphen: a new sentence or a name
        if english is None:
            from cleantext.glued import english_enough

            english = english_enough(text.split())
        if not english:
            return edits  # "BSD- wie auch SystemV-": suspended in another language
        after = m.group(3)
        if after in KEEP_BEFORE:
            continue
        before = _WORD_BEFORE_RE.search(text, max(0, m.start(1) - 64), m.start(1))
        if before is not None and not _starts_a_word(text, before.start()):
            continue  # -s- disables, \\M- prefix, &WORD- or, -broken- variants: options and code
        if hyphenated is None:
            hyphenated = HyphenatedWords(text)
        if before is not None and rejoin_without_hyphen(before.group(), after, hyphenated):
            edits.append(Edit(m.start(1), m.end(2), "", f"word broken at a line end: {before.group() + after!r}"))
        else:
            edits.append(Edit(m.start(2), m.end(2), "", f"broken hyphen before {after!r}"))
    return edits


class HyphenatedWords:
    """
    The hyphenated words a text writes (``to-day``): ``"to-day" in words``
    (lower-case) asks whether the text has it, as a whole word, in any case.
    Each question is a substring search at C speed; most texts are asked none.

    >>> "to-day" in HyphenatedWords("Is it To-day? Yes, to-day-ish.")
    True
    >>> "to-day" in HyphenatedWords("into-days")
    False
    """

    def __init__(self, text: str) -> None:
        self._text = text
        self._lower: Optional[str] = None

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str) or not word:
            return False
        if self._lower is None:
            self._lower = self._text.lower()
        return count_whole_word(self._lower, word, 1) == 1


def rejoin_without_hyphen(first: str, second: str, hyphenated: Container[str]) -> bool:
    """
    Was ``first-`` + ``second`` one word broken between syllables?

    Yes when the whole word is in the dictionary and the text does not write
    it with a hyphen elsewhere; a capital before the hyphen (``Pakistan-``)
    always means a compound.
    """
    if not first[:1].islower() or not second.islower():
        return False
    if f"{first}-{second}".lower() in hyphenated:
        return False
    from cleantext.model import FLAG_DICTIONARY, get_model

    whole = (first + second).lower()
    model = get_model()
    if not model.flags(whole) & FLAG_DICTIONARY:
        return False
    # The web counts of the closed word against the two halves as a phrase:
    # "international" is far more common than "inter national"; "wellknown"
    # is rarer than "well known", "antitank" no more common than "anti tank".
    closed = model.logp(whole)
    apart = model.pair_logp(first.lower(), second)
    return closed is not None and (apart is None or closed >= apart + 1.0)


def fix_broken_hyphens(text: str) -> str:
    """
    >>> fix_broken_hyphens("India- and Pakistan- controlled areas")
    'India- and Pakistan-controlled areas'
    >>> fix_broken_hyphens("pre- and post-war, first- or second-class")
    'pre- and post-war, first- or second-class'
    >>> fix_broken_hyphens("an inter- national team and a well- known one")
    'an international team and a well-known one'
    """
    return apply_edits(text, find_broken_hyphens(text))
