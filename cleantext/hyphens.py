"""
Hyphens left behind by line breaks: ``Pakistan- controlled``.

A word broken at a line end keeps its hyphen; when the lines are joined with
a space, a hyphen followed by a space is left in the middle of a compound.
It is joined back, unless it is a *suspended* hyphen, which is correct
English and very common in exactly the same place: ``India- and
Pakistan-controlled``, ``pre- and post-war``, ``first- or second-class``.
A hyphen followed by a function word is also left alone: that is a dash
typed as a hyphen (``home- it was late``), not a broken compound.
"""

from __future__ import annotations

from cleantext._patterns import BROKEN_HYPHEN_RE
from cleantext.edits import Edit, apply_edits

# Words after which a hyphen is suspended ("India- and Pakistan-controlled")
# or is a dash ("home- it was"), in English and the languages we meet most.
KEEP_BEFORE = frozenset(
    """
    and or nor to but than as versus vs und oder bis et ou y o e
    a an the it its is are was were be i he she we they you this that there
    in on at of by for with from so if then not
    """.split()
)


def find_broken_hyphens(text: str) -> list[Edit]:
    edits = []
    for m in BROKEN_HYPHEN_RE.finditer(text):
        if m.group(3) in KEEP_BEFORE:
            continue
        edits.append(Edit(m.start(2), m.end(2), "", f"broken hyphen before {m.group(3)!r}"))
    return edits


def fix_broken_hyphens(text: str) -> str:
    """
    >>> fix_broken_hyphens("India- and Pakistan- controlled areas")
    'India- and Pakistan-controlled areas'
    >>> fix_broken_hyphens("pre- and post-war, first- or second-class")
    'pre- and post-war, first- or second-class'
    """
    return apply_edits(text, find_broken_hyphens(text))
