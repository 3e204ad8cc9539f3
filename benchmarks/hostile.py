"""
Hostile inputs, shared by the speed suite (speed.py, at a million characters)
and the regression tests (tests/test_worst_cases.py, at a fifth of that).

Each once made a naive implementation quadratic or worse: a trailing-space
regex (``[ \\t]+(?=\\n)`` takes seconds on 50k spaces), wordsegment on a long
glued run (RecursionError from ~490 letters, 2 GB for 100k), a URL or e-mail
pattern that backtracks. Each maker takes n and returns about n characters.
"""

from __future__ import annotations

import gc
import random
import textwrap
import time
from typing import Callable

WORDS = "the seed article on Pakistan and Russia talks withRussia inan interview rise.Russia".split()
PLAIN_WORDS = "the of and to in that was said with for on his her they which government country".split()
CODE_NOUNS = "value table number string object result list file line data name item page node path".split()
CODE_VERBS = "Return Raise Update Pass See Note Delete Create Check Read Write Open Close Add Remove Find".split()
CAPITAL_WORDS = "THE SOFTWARE IS PROVIDED AS IS WITHOUT WARRANTY ORIMPLIED IMPLIEDWARRANTIES INAN".split()



def _random(alphabet: str, n: int, seed: int) -> list[str]:
    """``n`` characters (or words) drawn from ``alphabet`` by one seeded
    generator. (A generator expression calling ``random.Random(n).choice``
    seeds a new generator for every character: slow, and the same character
    every time.)"""
    return random.Random(seed).choices(alphabet, k=n)


CASES: dict[str, Callable[[int], str]] = {
    "one long line of prose": lambda n: " ".join(random.Random(1).choices(WORDS, k=n // 6)),
    # A line in capitals: its words in capitals are judged in context, uncached.
    "one long line in capitals": lambda n: " ".join(random.Random(4).choices(CAPITAL_WORDS, k=n // 8))[:n],
    "random letters, no space": lambda n: "".join(_random("abcdefghij", n, n)),
    "hex digits": lambda n: "".join(_random("0123456789abcdef", n, n)),
    "glued English": lambda n: ("withRussiainaninterviewontherise" * (n // 32 + 1))[:n],
    "spaces then x": lambda n: " " * n + "x",
    "tabs before a newline": lambda n: "x" + "\t" * n + "\n",
    "a. repeated": lambda n: "a." * (n // 2),
    "a@ then a- repeated": lambda n: "a@" + "a-" * (n // 2),
    "a URL that never ends": lambda n: "http://" + "a" * n + "!",
    "punctuation": lambda n: "".join(_random(".,;:!?-–—…“”'\"()", n, n)),
    "empty lines": lambda n: "\n" * n,
    # Wrapped at 70 and joined without spaces, all in one line: a steady
    # rhythm of sure joins, so the layout walk runs over the whole line.
    "wrapped prose joined into one line": lambda n: "".join(
        textwrap.wrap(" ".join(random.Random(3).choices(PLAIN_WORDS, k=n // 5)), 70)
    )[:n],
    # Double quotes whose neighbours leave their role open, each looking
    # ahead for the next clear one (a scan per quote was quadratic).
    "glued quotations in one line": lambda n: ('said."Some ' * (n // 11 + 1))[:n],
    # Wrapped prose joined into one line, then one chunk of quotes between
    # letters and no space: the walk reads the line's quote roles, and a
    # rule that looked from each quote to its chunk's end was quadratic.
    "quotes between letters in one chunk": lambda n: "".join(
        textwrap.wrap(" ".join(random.Random(3).choices(PLAIN_WORDS, k=n // 10)), 70)
    )[: n // 2] + " have 'time" + ("ab'cd" * (n // 10 + 1))[: n // 2] + " y",
    # Sentence joins in prose about code, the next word starting sentences
    # elsewhere too: the document is asked of each (a search per question
    # was quadratic).
    # Names in quotes glued to words, in prose about code: each a sure
    # split, and a rule that looked through the line's sure splits for one
    # at the same place was quadratic.
    "quoted names glued to words about code": lambda n: ("f() gets " + "the'x' " * (n // 7 + 1))[:n],
    "glued sentences about code in one line": lambda n: " ".join(
        f"f() gets the {left}.{right} it. {right} it."
        for left, right in zip(_random(CODE_NOUNS, n // 30 + 1, 5), _random(CODE_VERBS, n // 30 + 1, 6))
    )[:n],
    # Dashes glued on one side, never spaced, some in pairs: whether each is
    # a lost space asks the line for its pairs and the text for a spaced
    # dash (once each, or it was quadratic: 212 s for 240,000 characters).
    "dashes glued on one side": lambda n: ("word –alpha x —a b— " * (n // 20 + 1))[:n],
    # References to manual pages glued in a list, placeholders glued to
    # words, a name of code glued to a word again and again: each asks its
    # neighbours or the text, within a bound or once (all three were
    # quadratic before they were bounded).
    "glued references, placeholders and names": lambda n: (
        "see a(1),b(1) <x>is If pg_dumpall " * (n // 34 + 1)
    )[:n],
    # The nineteenth session's rules: a word glued to a reference (asked of
    # the text's references once), a constant glued to a word, a word glued
    # to a negation or to a name in backticks; and a wrapped paragraph whose
    # lost line ends the width pins between sure joins, in one long line.
    "glued references, constants, negations and pinned line ends": lambda n: (
        "seegitworkflows(7) ingitk(1) gitk(1) DPKG_ROOThas pleasedon't see`x' "
        "the quick brown fox jumps over thelazy dog and some more words fill aline until "
        * (n // 150 + 1)
    )[:n],
    # The twentieth session's places of the walk: a word glued to a path from
    # the root in letters only, a function word glued to an identifier or to
    # a hyphenated name, a name glued to a word, placeholders and references
    # in parentheses, among lost line ends the walk must place; and chunks
    # of code as long as a chunk is read, each place of which is scored.
    "glued paths, identifiers, placeholders and references in parentheses": lambda n: (
        (
            "touch/var/log/wtmp theeval_gettext andlibllvm-ocaml-dev no_proxyis ICU_DATAis named<file> "
            "<start-point>allows DATABASE(CREATE_DATABASE(7)) the quick brown fox jumps over thelazy dog "
            "and some more words fill aline until " + "the" + "x_" * 120 + "is " + "a" * 200 + "(b(1)) "
        )
        * (n // 690 + 1)
    )[:n],
    # The twenty-first session's paragraphs that hold no candidate, in a
    # block damaged around them (a paragraph of the seed, whose own width
    # is 73): one of two old lines read in its window, one of three walked
    # strictly at that width; every block of them reads every line again.
    "paragraphs with no candidate in a damaged block": lambda n: (
        (
            "“We are having the aviation, we are having the air defense, we are havingthe anti-tank domain, "
            "which we are negotiating. And that will be positivenegotiations,” Major General Asif Ghafoor said.\n\n"
            "This command is generally equivalent to the external script c_rehash,except for minor "
            "differences noted below.\n\n"
            "CREATE PUBLICATION (CREATE_PUBLICATION(7)), DROP PUBLICATION(DROP_PUBLICATION(7)), CREATE "
            "SUBSCRIPTION (CREATE_SUBSCRIPTION(7)),ALTER SUBSCRIPTION (ALTER_SUBSCRIPTION(7))\n\n"
        )
        * (n // 490 + 1)
    )[:n],
    # The twenty-second session's places, in prose about code: a paragraph
    # with no sure join whose model joins a line apart start the walk
    # (would|be, overriding|the), and a paragraph of two old lines whose
    # word glued to a name the text writes alone is its line end
    # (invoke|Vim, and the twenty-third session's JSON|object: the text is
    # searched for the name once).
    "words glued to names in paragraphs of two lines": lambda n: (
        (
            "Per default the visitor functions for the nodes are ``'visit_'`` +class name of the node.  So a "
            "`TryFinally` node visit function wouldbe `visit_TryFinally`.  This behavior can be changed by "
            "overridingthe `visit` method.  If no visitor function exists for a node(return value `None`) the "
            "`generic_visit` visitor is used instead.\n\n"
            "Don't use the `NodeVisitor` if you want to apply changes to nodes duringtraversing.  For this a "
            "special visitor exists (`NodeTransformer`) thatallows modifications.\n\n"
            "In order to simplify and streamline things, you can either invokeVim with the command-line option,\n\n"
            "By default Vim starts in Left-to-right mode.\n\n"
            "A list of the available generators, where each generator is a JSONobject with the following keys:\n\n"
            "The output is JSON.\n\n"
        )
        * (n // 760 + 1)
    )[:n],
}


def best_times(fix: Callable[[str], object], small: str, big: str, runs: int = 7) -> tuple[float, float]:
    """Best of several runs of ``fix`` on each input, interleaved so that a
    slow moment of a shared machine hits both, with the cyclic garbage
    collector paused (its pauses depend on what ran before, not on the input)."""
    best_small = best_big = float("inf")
    gc.collect()
    gc.disable()
    try:
        for _ in range(runs):
            start = time.perf_counter()
            fix(small)
            best_small = min(best_small, time.perf_counter() - start)
            start = time.perf_counter()
            fix(big)
            best_big = min(best_big, time.perf_counter() - start)
    finally:
        gc.enable()
    return best_small, best_big
