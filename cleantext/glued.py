"""
Glued words: spaces lost where hard-wrapped lines were joined without one.

``cooperation with\\nRussia`` joined with nothing becomes ``withRussia``;
``in\\nan`` becomes ``inan``. The fixer works in four stages:

1. **Candidates.** The text is cut into whitespace-delimited chunks. A chunk
   that looks like code, a URL, an e-mail, a path, a number or an
   abbreviation (``_``, ``/``, ``@``, digits, ``::``, two dots, a dot before a
   lower-case letter as in ``example.com``) is left alone. In the others,
   candidate join points are: sentence punctuation before a capitalized word
   (``rise.Russia``, and a title before a name, ``Mr.Bingley``), a comma before
   a word (``region,especially``), a closing quote before a word
   (``hand”in``), a straight quote after punctuation, on the side the line's
   quote roles say (``question.'What``, ``this,"he``), a contraction glued to
   the next word (``can'ttake``), a dash with a space only before it
   (``issue –the``), a lower-to-upper case change (``withRussia``, ``ifI``),
   Gutenberg italics glued to the word before (``he_may_``), and any point
   inside a letter run that the word model can split (``inan``). A chunk's
   verdict (may it hold a candidate?) never depends on its neighbours, so it
   is remembered: clean text costs a set look-up per chunk.

2. **Evidence.** Punctuation and quote joins are evidence on their own.
   A case change is evidence when the left part is a word, except for what
   looks like a name, brand or identifier (``McGrath``, ``iPhone``, ``DeVito``,
   ``toString``). A split inside a letter run must be *more likely* than the
   run as one word: the word model (built from wordsegment's web counts, see
   :mod:`cleantext.model`) scores ``in an`` against ``inan`` with the
   neighbouring words as context, and the split needs a margin. The margin
   is larger for two content words (compounds and identifiers are made that
   way), for a capitalized word the counts know (a name), for a token the
   block spells the same way twice (the document is its own dictionary), and
   in technical prose; a dictionary word (``cannot``, ``atone``) is never
   split on the counts alone. A block in another language is left alone.

3. **Layout.** Lost spaces sit where the old lines ended, so in a damaged
   paragraph the sure joins come at a steady rhythm: the wrap width. Where
   that width says an old line must have ended and no sure join is there,
   the likeliest boundary in that window is the lost space (the last
   plausible one: greedy wrapping fills lines as far as it can). Clean text
   has no such rhythm, and then nothing is added. A short paragraph alone
   between blank lines shows too few joins for a rhythm, but not for a
   window: one of two old lines can only have ended where a usual width
   (60-80 columns) puts its line end, and one of three or four is walked
   at every usual width, anchored on its sure joins, and keeps the line
   ends on which the widths that fit agree.

4. **Decision and realignment.** Only a space is ever inserted, at an offset
   of the original text, so case, accents and punctuation survive. Every
   split carries its evidence (rule, margin and what it needed, the width).

Deliberately left alone: words with letters outside a-z (the word model is
English and ASCII), all-capital tokens (acronyms; but in a line all in
capitals they are words), tokens with digits outside a layout window
(``11attacks`` is rarer than ``4x4`` and ``mp3``; but a number glued to a
function word, ``137if``, is a join), chunks over ``MAX_CHUNK`` characters
and runs over ``MAX_RUN`` letters.
"""

from __future__ import annotations

from contextlib import contextmanager
from itertools import accumulate, compress, count, filterfalse, repeat
from operator import not_
from typing import Callable, Collection, Dict, Iterator, NamedTuple, Optional, Sequence

from cleantext._patterns import (
    CAMEL_RE,
    CHUNK_RE,
    DASH_JOIN_RE,
    EDGE_PUNCT_CLOSE,
    EDGE_PUNCT_OPEN,
    LETTER_RUN_RE,
    PROTECTED_CHUNK_RE,
    count_whole_word,
)
import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from weakref import WeakKeyDictionary

from cleantext.edits import Edit, apply_edits
from cleantext.model import BIGRAM_MIN_COUNT, FLAG_COMMON, FLAG_DICTIONARY, FLAG_GLUE, LOG_TOTAL, WordModel, get_model

# Letter runs longer than this are never split: no real join makes one, and
# the cost of scoring stays bounded whatever the input.
MAX_RUN = 32
# No lost space is looked for in a chunk (a run of non-space characters)
# longer than this: such a chunk is data, not words, and looking would cost
# time for nothing.
MAX_CHUNK = 256
# Shorter runs are too ambiguous to split by the model (``isa``, ``ofa``).
MIN_RUN = 4

# log10 penalty of stupid backoff when a bigram is unknown.
BACKOFF = -0.4
# ... and the most an unlisted bigram can have (see cond).
PAIR_FLOOR_LOGP = math.log10(BIGRAM_MIN_COUNT) - LOG_TOTAL
# The margin (log10 likelihood ratio, split over whole) a model split needs.
MARGIN = 2.0
# Extra margin when the whole token is a capitalized word the counts know
# (names: ``Putin``, ``Mattis``).
CAPITALIZED_MARGIN = 1.0
# Extra margin when neither side is a function word (see _model_split).
CONTENT_MARGIN = 4.0
# ... and a join of two capitalized words whose pair the counts do not list.
UNATTESTED_TITLE_MARGIN = 6.0
# A capitalized word at least this frequent (log10 probability, about 300k
# occurrences in the web counts) is taken as a name and never split by the
# counts alone: no split of Arafat or Melbourne is likelier than the name.
FREQUENT_NAME_LOGP = -6.5
# A token spelled as one this many times, and never as the two words of its
# split, is a name whatever its parts (see _Document.named).
NAME_REPEATS = 3
# ... asked by a search of the text this many times in a block at most.
NAME_SEARCHES = 32
# Extra margin for a token the document spells the same way more than once:
# names and terms repeat, accidents of wrapping rarely do.
REPEATED_MARGIN = 3.0
# log10 probability of an unknown word: OOV_BASE + OOV_PER_LETTER * length.
OOV_BASE = -6.0
OOV_PER_LETTER = -0.55
# A word of the dictionary that the counts do not list (lightheartedly,
# hunchbacks) is rarer than the rarest they list (log10 -7.9), but a word:
# this likely, and, if it has this many letters, the second word of a split.
DICTIONARY_ONLY_LOGP = -8.5
DICTIONARY_ONLY_LENGTH = 6

# Two-letter words that may be one side of a split; other two-letter strings
# (``de``, ``mc``, ``la``) are more often parts of names.
TWO_LETTER_WORDS = frozenset(
    "am an as at be by do go he if in is it me my no of on or so to up us we".split()
)
# A lower-case prefix of a camel-case identifier (``toString``, ``onClick``):
# when the capitalized part is an ordinary word, it is code, not a join.
CODE_PREFIXES = frozenset(
    """
    get set is has to on add remove parse init make create update handle fetch
    load read write can should my new old max min num str int def do use find lib xml
    """.split()
)
# Closed-class English words: a split with one of them on either side is the
# commonest join (``inthe``, ``havingthe``, ``purchasedby``, ``Wewould``).
FUNCTION_WORDS = frozenset(
    """
    a an the this that these those there here some any no every each all both
    of in on at by for with from to into onto upon about over under after before
    between through during without within against among around near off out up
    down across along behind beyond since until than as like per via
    and or but nor so yet if then else when while where whether because though
    although unless once
    i me my mine we us our you your he him his she her it its they them their
    who whom whose which what
    is are was were be been being am has have had do does did done will would
    can could shall should may might must not also very too just only more most
    many much few such other another
    """.split()
)
# Function words whose share of a line says it is English, and those of the
# languages whose long compounds the English model would otherwise cut.
ENGLISH_FUNCTION_WORDS = frozenset(
    # Only words that are not also common words of the languages below
    # ("in", "a", "so" are German, Italian or Spanish as well).
    "the of and to is was that for it with this are from by were which have has not but".split()
)
OTHER_FUNCTION_WORDS = frozenset(
    """
    der die das und ist nicht mit von zu den des dem ein eine sich auf für im
    werden wird sind oder auch als bei nach aus wie kann wenn dass über
    le la les des est et une du dans pour que qui pas sur au avec ce cette
    sont par ou plus de
    el los las y es en del por una con para se lo como más su al
    il di che della per sono gli non le si da nel alla
    het een van niet op zijn dat voor met
    """.split()
)


class Split(NamedTuple):
    """A space to insert at ``pos``, with the evidence that decided it."""

    pos: int
    rule: str
    margin: float
    note: str


# The first word of a sentence or a line; two runs of letters joined by a
# sentence's end (every one, overlapping: a.Bc.De holds a.Bc and Bc.De).
_SENTENCE_START_RE = re.compile(r"(?:^|[.!?:]\s+)([^\W\d_]+)", re.M)
_SENTENCE_JOIN_RE = re.compile(r"(?<![^\W\d_])(?=([^\W\d_]+[.!?…][\"'”’]?[^\W\d_]+)(?![^\W\d_]))")
# A word written as code: after a backtick, an underscore, a slash or a dot
# (not a full stop: a lower-case letter follows it), before a call, a
# backtick, an underscore, '=' or a dotted name, or alone in quotes ('pass').
_CODE_WORD_RE = re.compile(
    r"[`_/\\]([^\W\d_]+)(?![^\W\d_])|\.([a-z][^\W\d_]*)(?![^\W\d_])"
    r"|(?<![^\W\d_])([^\W\d_]+)(?=[(`_=]|\.[a-z])|(?<=['\"])([^\W\d_]+)(?=['\"])"
)


class _Document:
    """What the text itself says: how often each word is spelled as it is."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._lower: Optional[str] = None
        self._queries = 0
        self._counts: Optional[Counter[str]] = None
        self._code_words: Optional[Counter[str]] = None
        self._starts: Optional[Counter[str]] = None
        self._joins: Optional[Counter[str]] = None
        self._dotted: Optional[Counter[str]] = None
        self._named: dict[tuple[str, int, Optional[bool]], bool] = {}  # (named's and spaced's answers)
        self._names_apart: Optional[set[tuple[str, str]]] = None
        self._names: Optional[Counter[str]] = None
        self._speakers: Optional[set[str]] = None
        self._spaced_dashes: dict[str, bool] = {}
        self._names_of_code: dict[tuple[str, int], bool] = {}
        self._references: Optional[set[str]] = None
        self._written: dict[str, bool] = {}

    def _lowered(self) -> str:
        if self._lower is None:
            self._lower = self._text.lower()
        return self._lower

    def _word_counts(self) -> Counter[str]:
        """Every word of the text counted, in one pass (the first time it is asked)."""
        if self._counts is None:
            self._counts = Counter(LETTER_RUN_RE.findall(self._lowered()))
        return self._counts

    def repeated(self, word: str) -> bool:
        """Does the lower-case ``word`` occur more than once as a whole word?"""
        return self._occurs(word, 2)

    def _occurs(self, word: str, times: int) -> bool:
        """Does the lower-case ``word`` occur ``times`` times or more as a
        whole word? The first questions are answered by searching for the
        word (counting every word of a block costs a list of all of them, a
        few megabytes); many questions, by counting every word once."""
        self._queries += 1
        if self._queries > 16 or self._counts is not None:
            if not word.isalpha():
                # (api_subversion, krb5, $octets: the counts of letter runs
                # hold no such name; the names of the text are counted too.)
                if self._names is None:
                    self._names = Counter(_NAME_TOKEN_RE.findall(self._lowered()))
                return self._names[word] >= times
            return self._word_counts()[word] >= times
        return count_whole_word(self._lowered(), word, times) == times

    def in_code(self, word: str, besides: str = "") -> bool:
        """Does the lower-case ``word`` stand anywhere as code: called, dotted,
        in backticks, or beside an underscore or '='? (One pass over the
        text, the first time it is asked.) ``besides``: a chunk of the text
        whose own code does not count (``forfile.writelines()`` is no
        evidence that ``forfile`` is a name; a second one would be)."""
        if self._code_words is None:
            self._code_words = Counter("".join(groups).lower() for groups in _CODE_WORD_RE.findall(self._text))
        times = self._code_words[word]
        if times and besides:
            times -= sum(1 for groups in _CODE_WORD_RE.findall(besides) if "".join(groups).lower() == word)
        return times > 0

    def starts_sentences(self, word: str) -> bool:
        """Does the text start a sentence (or a line) with ``word`` as
        written, twice or more? (Every start counted in one pass, the first
        time it is asked: a search per question would make a long line of
        such questions quadratic.)"""
        if self._starts is None:
            self._starts = Counter(_SENTENCE_START_RE.findall(self._text))
        return self._starts[word] >= 2

    def speaker(self, nick: str) -> bool:
        """Does the text start a line with ``nick`` (``<sangr>``) and a
        space, as a chat log names who speaks? (Every such start listed in
        one pass, the first time it is asked.)"""
        if self._speakers is None:
            self._speakers = set(_SPEAKER_RE.findall(self._text))
        return nick in self._speakers

    def once(self, join: str) -> bool:
        """Does the sentence join ``join`` (``value.Return``: two runs of
        letters and the punctuation between) occur in the text only once?
        (All of them counted in one pass, as for starts_sentences.)"""
        return self._sentence_joins()[join] <= 1

    def _sentence_joins(self) -> Counter[str]:
        """Every sentence join of the text counted, in one pass (the first
        time it is asked, by once or namespace)."""
        if self._joins is None:
            self._joins = Counter(_SENTENCE_JOIN_RE.findall(self._text))
        return self._joins

    def namespace(self, word: str) -> bool:
        """Does the text glue ``word`` by a full stop to two or more
        different words (gdb.Value, gdb.Type; changelog.Debian,
        changelog.gz)? (Counted in the same pass as once.)"""
        if self._dotted is None:
            self._dotted = Counter(join.split(".", 1)[0] for join in self._sentence_joins() if join.count(".") == 1)
        return self._dotted[word] >= 2

    def spaced(self, run: str, i: int) -> bool:
        """Does the text write ``run[:i]`` and ``run[i:]`` apart, as two
        words spelled as in ``run`` (General Public for GeneralPublic),
        anywhere? (Remembered, and asked by a search at most NAME_SEARCHES
        times a block, like named.)"""
        key = (run, i, None)
        found = self._named.get(key)
        if found is None:
            if len(self._named) >= NAME_SEARCHES:
                return False
            found = _apart(self._text, run[:i], run[i:])
            self._named[key] = found
        return found

    def names_apart(self, given: str, family: str) -> bool:
        """Does the text write the capitalized words ``given`` and
        ``family`` one after the other, a space of any kind between them
        (Alyssa Ross; systemd's NEWS joins a name by a no-break space)?
        (Every such pair of the text listed in one pass, the first time it
        is asked: a list of contributors asks once for each of its names.)"""
        if self._names_apart is None:
            self._names_apart = set(_NAMES_APART_RE.findall(self._text))
        return (given, family) in self._names_apart

    def named(self, word: str, i: int, in_sentences: bool = False, written: Optional[str] = None) -> bool:
        """Is the lower-case ``word`` a name, not two words glued, by the
        text's own count: spelled as one NAME_REPEATS times or more, and
        never as the two words ``word[:i]`` and ``word[i:]``? (A damaged
        text glues a phrase only where a line ended, and keeps its space
        everywhere else: BeOpen is a name, theSoftware is not.)
        ``in_sentences``: and after NAME_REPEATS different words (a
        sentence repeated word for word, as docstrings are, repeats its
        lost spaces too: returnits; timeit is a name in changelogs).
        ``written``: the run as the text writes it (BeOpen), whose two
        words must not stand apart as written (Be Open; be open, a phrase
        of any licence, is no evidence against the name).

        Each answer is remembered; past NAME_SEARCHES questions that need
        a search of the text, the answer is no (the search may read the
        whole block: a long line of such questions must stay linear)."""
        if not self._occurs(word, NAME_REPEATS):
            return False
        key = (written or word, i, in_sentences)
        found = self._named.get(key)
        if found is not None:
            return found
        if len(self._named) >= NAME_SEARCHES:
            return False
        found = self._search_named(word, i, in_sentences, written)
        self._named[key] = found
        return found

    def _search_named(self, word: str, i: int, in_sentences: bool, written: Optional[str]) -> bool:
        lower = self._lowered()
        if written is not None:
            if _apart(self._text, written[:i], written[i:]):
                return False
        elif _apart(lower, word[:i], word[i:]):
            return False
        if not in_sentences:
            # A name, if the text writes it in some case other than
            # capitals somewhere (BeOpen; words in capitals alone are
            # judged as lower-case words are).
            pos = lower.find(word)
            for _ in range(NAME_REPEATS * 8):
                if pos < 0:
                    break
                if not self._text[pos:pos + len(word)].isupper():
                    return True
                pos = lower.find(word, pos + len(word))
            return False
        return self._after_words(word, NAME_REPEATS)

    def _after_words(self, word: str, times: int, line_start: bool = False) -> bool:
        """Does the lower-case ``word`` stand after ``times`` different words?
        ``line_start``: the start of a line counts as one (no line's first
        word is glued to the line before)."""
        lower = self._lowered()
        # The words before it, found with str.find (a pattern that starts
        # with a class is tried at every character), each look bounded.
        before: set[str] = set()
        pos = lower.find(word)
        while pos >= 0 and len(before) < times:
            end = pos + len(word)
            if not (pos and lower[pos - 1].isalpha()) and not lower[end:end + 1].isalpha():
                j = pos
                while j > max(0, pos - MAX_RUN) and not lower[j - 1].isalnum():
                    j -= 1
                k = j
                while k > max(0, j - MAX_RUN) and lower[k - 1].isalpha():
                    k -= 1
                if k < j:
                    before.add(lower[k:j])
                elif line_start and lower[pos - 1:pos] in ("", "\n"):
                    before.add("\n")
            pos = lower.find(word, end)
        return len(before) >= times

    def name_of_code(self, name: str, i: int) -> bool:
        """Is ``name`` (pg_dumpall) a name of code, not a name and a word
        glued (pg_dump|all), by the text's own count: written twice or
        more, after different words (or at a line's start), and never as
        the two? (A damaged docstring repeated word for word repeats its
        glued name after the same word: If numeric_owneris True, If
        numeric_owneris False.)"""
        found = self._names_of_code.get((name, i))
        if found is None:
            lower = name.lower()
            found = self.repeated(lower) and self._after_words(lower, 2, True) and not self.spaced(name, i)
            self._names_of_code[(name, i)] = found
        return found

    def spaces_dash(self, dash: str) -> bool:
        """Does the text write the dash ``dash`` with a space on both sides
        somewhere? (Searched once a dash.)"""
        found = self._spaced_dashes.get(dash)
        if found is None:
            found = self._spaced_dashes[dash] = any(f"{a}{dash}{b}" in self._text for a in " \n" for b in " \n")
        return found

    def spells(self, word: str) -> bool:
        """Does the lower-case ``word`` occur as a whole word at all?"""
        return self._occurs(word, 1)

    def writes(self, word: str) -> bool:
        """Does ``word``, cased as it is, occur as a whole word (Vim)?
        (Remembered: a block of short paragraphs may ask for one name in
        each, and a search may pass every place it is glued.)"""
        found = self._written.get(word)
        if found is None:
            found = self._written[word] = count_whole_word(self._text, word, 1) == 1
        return found

    def refers_to(self, name: str) -> bool:
        """Does the text refer to the manual page ``name`` (lower case) as a
        chunk of its own, ``name(5)``? (Every reference listed in one pass,
        the first time it is asked.)"""
        if self._references is None:
            self._references = set()
            for chunk in self._text.split():
                m = _REFERENCE_CHUNK_RE.match(chunk.lstrip("([\"'“‘")) if "(" in chunk else None
                if m is not None:
                    self._references.add(m.group(1).lower())
        return name in self._references


def _apart(text: str, a: str, b: str) -> bool:
    """Does ``text`` write the words ``a`` and ``b`` one after the other,
    a space or a line break between them?"""
    return any(count_whole_word(text, f"{a}{space}{b}", 1) for space in (" ", "\n"))


_SCORERS: WeakKeyDictionary[WordModel, _Scorer] = WeakKeyDictionary()


class _Scorer:
    """Likelihoods from the word model, with stupid backoff for context."""

    def __init__(self, model: WordModel) -> None:
        self.model = model
        self._points: dict[tuple[str, bool], tuple[int, ...]] = {}
        # _model_split's answers: the same words come back in every pass.
        self.splits: dict[tuple[str, Optional[str], Optional[str], bool], Optional[tuple[int, float, float, bool]]] = {}

    @classmethod
    def of(cls, model: WordModel) -> _Scorer:
        """The scorer of ``model``, kept (with its caches) as long as the model lives."""
        scorer = _SCORERS.get(model)
        if scorer is None:
            scorer = _SCORERS[model] = cls(model)
        return scorer

    def cond(self, word: str, previous: Optional[str]) -> float:
        """log10 P(word | previous)."""
        uni, flags = self.model.lookup(word)
        if uni is None:
            uni = DICTIONARY_ONLY_LOGP if flags & FLAG_DICTIONARY else oov_logp(word)
        if previous is None:
            return uni
        pair = self.model.pair_logp(previous, word)
        prev_uni = self.model.logp(previous)
        if pair is not None and prev_uni is not None:
            return min(pair - prev_uni, 0.0)
        if prev_uni is not None:
            # The counts list every pair seen BIGRAM_MIN_COUNT times or more:
            # one that is missing is rarer than that, however common its
            # words (same|a, a|this: not the at|his they make up).
            return min(BACKOFF + uni, PAIR_FLOOR_LOGP - prev_uni)
        return BACKOFF + uni

    def split_points(self, lower: str, capitalized: bool) -> tuple[int, ...]:
        """Where ``lower`` could be cut into two solid words (cached: the
        same glued words come back in every pass)."""
        key = (lower, capitalized)
        found = self._points.get(key)
        if found is None:
            points = []
            for i in range(1, len(lower)):
                a, b = lower[:i], lower[i:]
                if not self.is_solid(a, capitalized) or not self.is_solid(b, False, ending=True):
                    continue
                if capitalized and not (
                    (b in FUNCTION_WORDS and (len(b) >= 3 or self.model.flags(a) & FLAG_DICTIONARY))
                    or (len(b) >= 3 and self.model.flags(b) & FLAG_DICTIONARY)
                ):
                    # Australian, Darwin, Herberton: a name ending in a short
                    # word or another name; Latitude|or and Who|in are words.
                    continue
                points.append(i)
            found = tuple(points)
            if len(self._points) > 200_000:
                self._points.clear()
            self._points[key] = found
        return found

    def is_solid(self, part: str, capitalized: bool, ending: bool = False) -> bool:
        """Could ``part`` stand as a word on its own, on one side of a split?
        ``ending``: as the second word of a split of the counts, which may
        also be a long word of the dictionary the counts do not have
        (lightheartedly, hunchbacks, whomped); not after a rule's join (a
        closing quote before relooking, where You're|looking was the line
        end), which wants a word the counts know."""
        if len(part) == 1:
            # "a" inside a sentence; "I" (capitalized in the text) anywhere.
            return part == "i" if capitalized else part == "a"
        if len(part) == 2:
            return part in TWO_LETTER_WORDS
        logp, flags = self.model.lookup(part)
        if flags & FLAG_GLUE:
            return False
        if flags & FLAG_DICTIONARY:
            if logp is None:
                return ending and len(part) >= DICTIONARY_ONLY_LENGTH
            return logp >= -8.5
        # Names and other words outside the word list need real frequency.
        return logp is not None and logp >= (-7.5 if capitalized else -7.0)


def oov_logp(word: str) -> float:
    """
    log10 probability of a word the counts do not have.

    wordsegment's ``10 / (N * 10**len)`` makes every unknown long word
    (``multipolarity``, ``Huegill``) lose against any split into known words;
    a real unknown word is much more likely than that, so the penalty for
    length is gentler here.
    """
    return OOV_BASE + OOV_PER_LETTER * len(word)


def english_enough(words: list[str]) -> bool:
    """Are there at least as many English function words as French, German,
    Spanish, Italian or Dutch ones? (``words`` as written: ``the``, ``The``
    and ``THE`` count, so the caller need not lower the text first.)"""
    return sum(map(_FUNCTION_WORD_VOTE.get, words, repeat(0))) >= 0  # (one pass at C speed)


# A list of names: at least this many items, comma and space between them, ...
NAME_LIST_ITEMS = 5
# ... and at least this share of its chunks, in per cent, capitalized.
NAME_LIST_CAPITALIZED = 60
# Two names of a list glued at a comma (Efkemann,Christoph).
_LISTED_NAMES_RE = re.compile(r"(?<!\S)([^\W\d_][\w'’.-]*[^\W\d_],)(?=[A-Z][^\W\d_]+[\w'’.-]*[,.]?(?!\S))")


# A given name glued to a family name in a list (AlyssaRoss, KristijanGjoshev,).
_LISTED_NAME_RE = re.compile(r"([A-Z][a-z]{2,})([A-Z][^\W\d_A-Z]{2,}(?:-[A-Z][^\W\d_A-Z]+)?),")
# A chat log's speaker at the start of a line (see _Document.speaker).
_SPEAKER_RE = re.compile(r"^\s*(<[^\W\d][\w`|^-]*>) ", re.M)
# A name of code or a word as a whole (see _Document._occurs): no letter,
# digit or underscore on either side.
_NAME_TOKEN_RE = re.compile(r"[$@%]?\w+")
# Two capitalized words, a space between them (a line break, a no-break space: see _Document.names_apart).
_NAMES_APART_RE = re.compile(r"(?<![^\W\d_])([A-Z][a-z]{2,})\s([A-Z][^\W\d_A-Z]{2,}(?:-[A-Z][^\W\d_A-Z]+)?)(?![^\W\d_])")
# The particles that start family names written as one (MacKenzie, VanDyke).
NAME_PARTICLES = frozenset("Mac Van Von Del Della Des Dal Dos Das Den Der Ten Ter Fitz Saint San Santa".split())


def _name_list(words: list[str]) -> bool:
    """Is the line a list of names (a NEWS file's contributors: Daan De
    Meyer, Arian van Putten, bauen1), whose particles vote it into another
    language: items set apart by a comma and a space, most of its chunks
    capitalized?"""
    items = sum(1 for word in words if word.endswith(","))
    if items < NAME_LIST_ITEMS or items * 5 < len(words):
        return False
    capitalized = sum(1 for word in words if word[:1].isupper())
    return capitalized * 100 >= NAME_LIST_CAPITALIZED * len(words)


def _people_list(words: list[str]) -> bool:
    """Is the line a list of people's names (see _name_list): two words or
    more an item on the whole, a given name and a family name (not Python,
    Lisp, Emacs Lisp, Java: a list of languages)?"""
    items = sum(1 for word in words if word.endswith(","))
    return _name_list(words) and len(words) * 10 >= items * PEOPLE_LIST_WORDS


# ... of people: at least this many words an item, in tenths.
PEOPLE_LIST_WORDS = 18


def _any_language_joins(
    line: str, words: list[str], offset: int, confident: list[Split], doc: Optional[_Document] = None
) -> None:
    """The joins that a line not English enough to be read still shows: at
    a comma between names of a list, or between a given and a family name
    (see _name_list_joins), and at the fields of a copyright file (see
    _field_join)."""
    _name_list_joins(line, words, offset, confident, doc)
    if ":" in line:
        for m in CHUNK_RE.finditer(line):
            if m.group()[-1] == ":":
                _field_join(m.group(), offset + m.start(), confident)


def _name_list_joins(
    line: str, words: list[str], offset: int, confident: list[Split], doc: Optional[_Document] = None
) -> None:
    """If ``line`` (its chunks ``words``) is a list of names (see
    _name_list), the joins at a comma between two of them: the one join
    that a line not English enough to be read still shows, for the list
    sets every other pair apart with a space."""
    if not _name_list(words):
        return
    for m in _LISTED_NAMES_RE.finditer(line):
        confident.append(Split(offset + m.end(), "comma", float("inf"), f"',' between names of a list ({m.group(1)[:-1]!r})"))
    if doc is not None and _people_list(words):
        for m in _LISTED_NAME_RE.finditer(line):
            if m.start() == 0 or line[m.start() - 1].isspace():
                listed = _listed_name(m, offset, True, doc)
                if listed is not None and listed[1]:
                    confident.append(listed[0])


def _listed_name(m: re.Match[str], at: int, people: bool, doc: _Document) -> Optional[tuple[Split, bool]]:
    """A given name glued to a family name (``m``, of _LISTED_NAME_RE, in a
    text at ``at``: AlyssaRoss,), and whether the join is sure: in a list of
    ``people`` (see _people_list), which sets every other pair apart with a
    space, where the text writes the two names apart elsewhere. None after
    a particle that starts family names written as one (MacKenzie)."""
    given, family = m.group(1), m.group(2)
    if given in NAME_PARTICLES:
        return None
    sure = people and doc.names_apart(given, family)
    note = f"{given!r} + {family!r} in a list of names" + (", written apart elsewhere" if sure else "")
    return Split(at + m.end(1), "camel", float("inf"), note), sure


def _any_case(words: frozenset[str]) -> frozenset[str]:
    return words | {w.capitalize() for w in words} | {w.upper() for w in words}


# +1 for an English function word, -1 for another language's, in any case (a
# word of both, "in", "a", counts for neither side).
_ENGLISH_ANY_CASE = _any_case(ENGLISH_FUNCTION_WORDS)
_OTHER_ANY_CASE = _any_case(OTHER_FUNCTION_WORDS)
_FUNCTION_WORD_VOTE: dict[str, int] = {
    word: (word in _ENGLISH_ANY_CASE) - (word in _OTHER_ANY_CASE) for word in _ENGLISH_ANY_CASE | _OTHER_ANY_CASE
}


def find_glued_words(
    text: str, model: Optional[WordModel] = None, first_look: bool = True, seen: Collection[str] = ()
) -> list[Edit]:
    """Edits inserting the lost spaces in ``text`` (see the module doc;
    ``first_look`` and ``seen``: see find_splits)."""
    splits = find_splits(text, model, first_look, seen)
    return [Edit(s.pos, s.pos, " ", f"{s.rule}: {s.note}") for s in splits]


def find_splits(
    text: str, model: Optional[WordModel] = None, first_look: bool = True, seen: Collection[str] = ()
) -> list[Split]:
    """
    The lost spaces of ``text``. ``first_look`` says that the text is as it
    came in, not the output of an earlier pass: then a single model split
    in a long paragraph, or in a whole block, needs LONELY_MARGIN more (a
    damaged text shows a join on every old line; clean text with a compound
    the counts split, ``Blackshirts``, shows one). A later pass over a
    repaired block may find a last join alone in a repaired line, and takes
    it as usual; a line that is in ``seen`` (the lines of the first pass)
    was not repaired, and is still on its first look.
    """
    doc = _Document(text)
    scorer: list[_Scorer] = []

    def get_scorer() -> _Scorer:
        if not scorer:
            scorer.append(_Scorer.of(model or get_model()))
        return scorer[0]

    chunks = text.split()  # the chunks of CHUNK_RE: str.split and \s agree on whitespace
    dashes = "–" in text or "—" in text
    loud = None if _SLOW_PATH else _loud_chunks(chunks, get_scorer)
    if loud is not None and _has_shouting_line(text):
        loud = None  # (the gate judges words in capitals as acronyms: read every line)
    if loud is not None and not loud and not dashes:
        return []  # the common case: no line of the block can hold a candidate
    # A block that talks about code throughout (docstrings, manuals) is read
    # as technical even on the lines that happen to show no code.
    block_marks = _code_marks(text)
    technical_block = block_marks * 1000 >= len(text) * TECHNICAL_DENSITY
    one_line = "\n" not in text
    if one_line and not english_enough(chunks):
        # A block in another language: its compounds are not ours to cut.
        # (A list of names and a copyright file's fields are read for their
        # joins: see _any_language_joins.)
        listed: list[Split] = []
        _any_language_joins(text, chunks, 0, listed)
        return listed
    read: dict[int, tuple[list[Split], list[tuple[Split, float]]]] = {}  # (the candidates of the lines read so far)
    if loud and not dashes:
        # Clean text with a few names the counts do not know: where every
        # place of every name is judged weak without reading its line, only
        # the lines of the other loud chunks are read before it is clear
        # that nothing is sure (the common case: nothing at all).
        others = _loud_beyond_weak_names(text, loud, get_scorer)
        if others is not None:
            for line, pos in _lines_to_read(text, others):
                if len(line) > 3:
                    read[pos] = found = _line_candidates(
                        line, pos, doc, get_scorer, technical_block, block_marks > 0, chunks if one_line else None
                    )
                    if found[0] or any(s.margin >= MARGIN for s, _ in found[1]):
                        break
            else:
                return []
    read_lines: list[tuple[str, int, list[Split], list[tuple[Split, float]], bool]] = []
    for line, pos in _lines_to_read(text, None if dashes else loud):
        if len(line) > 3:
            confident, weak = read.get(pos) or _line_candidates(
                line, pos, doc, get_scorer, technical_block, block_marks > 0, chunks if one_line else None
            )
            if confident or weak:
                read_lines.append((line, pos, confident, weak, _still_wrapped(text, pos, line)))
    # Lines still wrapped keep what looks glued in their middle (see
    # _still_wrapped), unless so many of them hold a rule join that the text
    # lost spaces inside its lines (OCR, a list of damaged titles).
    held = sum(1 for _, _, confident, _, wrapped in read_lines if wrapped and confident)
    hold = held < WRAPPED_DAMAGED_LINES or held * WRAPPED_DAMAGE_SHARE < text.count("\n") + 1
    lines = []
    for line, pos, confident, weak, wrapped in read_lines:
        if wrapped and hold:
            sure = _passing(weak, WRAPPED_MARGIN)  # (a rule join there is the text's own, see _still_wrapped)
        else:
            sure = _far_apart(confident + _passing(weak))
        if len(sure) == 1 and not confident and len(line) > LONELY_LENGTH and (first_look or line in seen):
            sure = _passing(weak, LONELY_MARGIN)
        lines.append((line, pos, sure, weak))
    if not any(sure or any(s.margin >= MARGIN for s, _ in weak) for _, _, sure, weak in lines):
        # Nothing sure and no rhythm to read a width from: no split (the
        # common case of clean text with a name the counts do not know).
        return []
    if not one_line and not english_enough(chunks):
        # A block in another language: its compounds are not ours to cut.
        # (Asked of a block of several lines only now, when the answer can
        # matter; each line read was asked on its own too.)
        return []
    if (
        len(text) > LONELY_LENGTH
        and sum(len(sure) for _, _, sure, _ in lines) == 1
        and (first_look or any(sure and line in seen for line, _, sure, _ in lines))
    ):
        # The same for a block of short lines (clean text as wrapped), also
        # on a later pass when the line of that split is as it came in.
        # (The one sure split is the line's only one: a rule join stays.)
        lines = [
            (line, offset, _passing(weak, LONELY_MARGIN) if sure and sure[0].margin != float("inf") else sure, weak)
            for line, offset, sure, weak in lines
        ]
    # The wrap width: a paragraph's own if its sure joins show one, else the
    # block's, read off the gaps between the sure joins of every line.
    block_gaps: list[int] = []
    line_gaps = []
    for line, offset, sure, weak in lines:
        gaps = _gaps(sorted({s.pos - offset for s in sure}))
        line_gaps.append(gaps)
        block_gaps.extend(gaps)
    block_width = _wrap_width(block_gaps)
    block_sure = sum(len(sure) for _, _, sure, _ in lines)
    own = [_own_width(gaps) for gaps in line_gaps]
    out: list[Split] = []
    for index, ((line, offset, sure, weak), gaps) in enumerate(zip(lines, line_gaps)):
        width = own[index]
        strong = {s.pos - offset for s, _ in weak if s.margin >= MARGIN}  # (model joins that reach the plain margin)
        if width is None:
            width = _wrap_width_spans(gaps)
        if width is None:
            # A document in a block of several (posts, articles) is wrapped
            # its own way: the neighbouring paragraph's width if every gap of
            # this one fits it (the one before first); the rhythm of the
            # model joins that reach the plain margin, short of what they
            # need alone (docstrings, posts: each wrapped its own way), if
            # there is no such neighbour or it tells of another wrapping;
            # else a neighbour's width that all gaps but one fit.
            neighbours = [w for w in (own[index - 1] if index else None, own[index + 1] if index + 1 < len(own) else None) if w is not None]
            rhythm = _weak_width(sorted({s.pos - offset for s in sure} | strong))
            width = next((w for w in neighbours if _misfits(gaps, w) == 0), None)
            if rhythm is not None and (width is None or (abs(width - rhythm) > 4 and _misfits(gaps, rhythm) == 0)):
                width = rhythm  # (its own rhythm, where it tells of another wrapping than the neighbour's)
            if width is None:
                width = next((w for w in neighbours if _fits(gaps, w)), None)
        if block_width is not None and (width is None or width > 1.5 * block_width) and _fits(gaps, block_width):
            # (A paragraph whose gaps all span two lines or more shows a
            # multiple of its width: the block's, if it fits, is likelier.)
            width = block_width
        decided = _decide(line, offset, sure, width, get_scorer, block_marks > 0, doc, technical_block, width != own[index], sorted(strong))
        if not decided:
            damaged = block_sure - len(sure) >= DAMAGED_BLOCK_JOINS
            if damaged and not sure and width is not None:
                # Two model joins or more, each a little short of what it
                # needs alone, that sit whole lines of the width apart (and
                # from the paragraph's start) are its line ends (would|be and
                # overriding|the, 66 columns apart, in a docstring of 72).
                anchors = [s for s, need in weak if s.margin >= max(MARGIN, need - ANCHOR_SHORTFALL)]
                if len(anchors) >= 2 and _misfits(_gaps([s.pos - offset for s in anchors]), width) == 0:
                    decided = _decide(line, offset, anchors, width, get_scorer, block_marks > 0, doc, technical_block, width != own[index], sorted(strong))
            if not decided:
                # (A paragraph of two old lines, where the block shows damage
                # elsewhere, may be no longer than a usual width.)
                two = _two_line_join(text, line, offset, weak, doc, get_scorer, damaged, _about_code(line, technical_block, block_marks > 0), width)
                if two is not None:
                    decided = [two]
        elif len(decided) == len(sure):
            # (A short paragraph whose sure joins the walk at its width, if
            # it has one, placed no line end beside: see _anchored_picks.)
            decided = sorted(
                decided + _anchored_picks(text, line, offset, sure, get_scorer, block_marks > 0, doc, technical_block),
                key=lambda s: s.pos,
            )
        out.extend(decided)
    if block_sure >= DAMAGED_BLOCK_JOINS:
        # (The paragraphs with no candidate: see _quiet_paragraph_joins.)
        widths = {pos: width for (_, pos, _, _), width in zip(lines, own)}
        quiet = _quiet_paragraph_joins(text, widths, block_width, get_scorer, doc, technical_block, block_marks > 0)
        out = sorted(out + quiet, key=lambda s: s.pos)
    # One space a place, in order: two rules may find the same lost space
    # (an address, and a field after it: <antonio@gnu.org>License:).
    return [split for index, split in enumerate(out) if not index or split.pos > out[index - 1].pos]


# The widths text is commonly wrapped at: fill-column 70, the 72-80 columns
# of mail, news and docstrings. A paragraph of two old lines shows no rhythm
# (one line end, no gap), only where its one line end can have been.
TWO_LINE_WIDTHS = (60, 80)
# ... and the least width of such a paragraph where the block is damaged elsewhere.
TWO_LINE_DAMAGED_WIDTH = 50
# What the layout of such a paragraph vouches for: the CONTENT_MARGIN that a
# split into two content words needs, or the TECHNICAL_MARGIN of a function
# word in prose about code; never less than MARGIN itself.
TWO_LINE_CREDIT = CONTENT_MARGIN
# Sure joins elsewhere in a block that say it was damaged: then a paragraph
# of two old lines may also be one shorter than the widest usual width (a
# docstring's second line of a few words), which clean text wrapped at it is.
DAMAGED_BLOCK_JOINS = 2
# ... where the window is wider (any column whose next word would not have
# fitted by the least width), so the layout vouches for less.
TWO_LINE_SHORT_CREDIT = 2.0
# ... and in prose about code, where the block is damaged, this much more for
# a join of two plain words (see _plain_join): half the TECHNICAL_MARGIN that
# identifiers ask for (all of it also parted a clean docstring among damaged
# ones).
TWO_LINE_PLAIN_CREDIT = 1.0
# ... and a join of two plain words there needs no more than MARGIN where the
# one line end falls within the width of the paragraphs around it and at
# most this many columns short of it (a manual page's options sit an
# indentation or two further in than its prose).
TWO_LINE_WIDTH_SLACK = 12
# Model joins of a paragraph with no sure one, in a damaged block, that fall
# short of what they need alone by at most this much but sit whole lines of
# the width apart: its line ends.
ANCHOR_SHORTFALL = 1.0


def _two_line_join(
    text: str, line: str, offset: int, weak: list[tuple[Split, float]], doc: _Document, get_scorer: Callable[[], _Scorer],
    damaged: bool = False,
    code: bool = False,
    width: Optional[int] = None,
) -> Optional[Split]:
    """
    The line end of a paragraph of two old lines joined (a fortune, a short
    post, a docstring of two lines), which no rhythm of joins can tell.

    The paragraph stands alone between blank lines, and is longer than any
    usual width (clean text wrapped at one is never so), or than the least
    of them where the block is ``damaged`` elsewhere; a line wrapped at a
    usual width W ended at ``p`` only if ``p <= W``, the rest fits on the
    second line (``len - p <= W``) and the next word did not fit on the
    first (``p + 1 + len(word) > W``): a window of a few columns. The best
    model split in it stands with TWO_LINE_CREDIT less than it needs alone
    (``kid neverspoke.``: 2.3 of 6; TWO_LINE_SHORT_CREDIT less in a
    paragraph of a usual width or shorter; where the block is damaged, a
    width down to TWO_LINE_DAMAGED_WIDTH: a docstring's first line is short
    of its indentation), but never on a word the text repeats,
    quotes alone (``'howmuch'``: a name), cuts after a prefix
    (Onto|psychology), writes in capitals, or starts with a code prefix
    beside others like it (``isprint, isgraph``). Where the block is
    damaged, a join of two plain words (see _plain_join) needs only MARGIN
    if the paragraph's one line end falls where the ``width`` of the
    paragraphs around it, or up to TWO_LINE_WIDTH_SLACK columns less, would
    put one (``added for input|traffic.``, ``the user has an expired|
    password.``, 4.3 and 4.7 of 8 in manual pages; not ``the given
    block|device on``, 24 columns short of 71, nor ``the path
    target|path.``, a column past 70).
    """
    n = len(line)
    lo, hi = TWO_LINE_WIDTHS
    if not (lo if damaged else hi) < n <= 2 * hi + 1 or not _alone(text, offset, n):
        return None
    credit = TWO_LINE_CREDIT if n > hi else TWO_LINE_SHORT_CREDIT
    least = TWO_LINE_DAMAGED_WIDTH if damaged else lo
    best: Optional[Split] = None
    for split, needed in weak:
        p = split.pos - offset
        if split.rule != "model":
            continue
        if split.margin < max(MARGIN, needed - credit) and not (
            damaged
            and (
                (code and split.margin >= max(MARGIN, needed - credit - TWO_LINE_PLAIN_CREDIT))
                or (width is not None and split.margin >= MARGIN and _ends_line(line, 0, p, width, TWO_LINE_WIDTH_SLACK))
            )
            and _plain_join(line, p, get_scorer())
        ):
            continue
        if _in_two_line_window(line, p, least) and (best is None or split.margin > best.margin):
            best = split
    if best is None:
        return _two_line_boundary(line, offset, get_scorer, code, doc, least)
    p = best.pos - offset
    j, k = _word_around(line, p)
    word, a, b = line[j:k], line[j:p].lower(), line[p:k].lower()
    if (
        word.isupper()
        or _quoted_whole(line, j, word)
        or (a in COMBINING_PREFIXES and b not in FUNCTION_WORDS)
        or doc.repeated(word.lower())
        or (a in CODE_PREFIXES and _prefix_family(line, a, word, get_scorer()))
    ):
        return None
    return best._replace(rule="layout", note=f"{best.note}; the one line end of a paragraph of two lines")


def _quiet_paragraph_joins(
    text: str,
    read: dict[int, Optional[int]],
    block_width: Optional[int],
    get_scorer: Callable[[], _Scorer],
    doc: _Document,
    technical_block: bool,
    marked_block: bool,
) -> list[Split]:
    """
    The line ends of the paragraphs in a damaged block that hold no
    candidate at all (no chunk of theirs is loud, or none gave a split):
    their joins are no model split but boundaries of punctuation or code
    (``c_rehash,|except``, ``(-i);|without``, ``DROP
    COLLATION|(DROP_COLLATION(7))``), which only the layout reads. A
    paragraph of two old lines has the window of a usual width, down to
    the damaged block's least (see _two_line_boundary); a longer one the
    strict walk at the width of the paragraph before it that has one (else
    after it, else the block's), which must find where every old line
    ended, on boundaries that are evidence alone (see _decode_layout). Not
    at a place inside a literal (see _inside_literal). ``read``: the
    offsets of the lines that had candidates (decided already) and their
    own widths.
    """
    found = []
    last_width = None
    ahead = sorted((at, width) for at, width in read.items() if width)  # (the next width, found by bisect)
    for line, offset in _lines_to_read(text, None):
        n = len(line)
        if offset in read:
            last_width = read[offset] or last_width
            continue
        if n <= TWO_LINE_DAMAGED_WIDTH or not _alone(text, offset, n):
            continue
        if n <= 2 * TWO_LINE_WIDTHS[1] + 1:
            code = _about_code(line, technical_block, marked_block)
            split = _two_line_boundary(line, offset, get_scorer, code, doc, TWO_LINE_DAMAGED_WIDTH)
            if split is not None and not _inside_literal(line, split.pos - offset, _line_quote_roles(line)):
                found.append(split)
            continue
        if last_width is not None:
            width: Optional[int] = last_width
        else:
            following = bisect_right(ahead, (offset, 0))
            width = ahead[following][1] if following < len(ahead) else block_width
        if width is None or n > REFIT_LINES * width:
            continue
        picks, _, every_line = _decode_layout(line, [], width, get_scorer, marked_block, doc, technical_block, strict=True)
        if every_line and picks:
            roles = _line_quote_roles(line)  # (once a line: a walked paragraph may hold dozens of picks)
            found.extend(
                Split(offset + pos, "layout", score, f"{note}; a line wrapped at {width} ends here")
                for pos, score, note in picks
                if not _inside_literal(line, pos, roles)
            )
    return found


def _chunk_span(line: str, pos: int) -> tuple[int, int]:
    """Where the chunk around ``pos`` (its run of characters between spaces)
    starts and ends in ``line``."""
    end = line.find(" ", pos)
    return line.rfind(" ", 0, pos) + 1, len(line) if end < 0 else end


def _inside_literal(line: str, p: int, roles: dict[int, str]) -> bool:
    """Is ``p`` inside a literal of ``line``, or before marks alone (``logged
    in|**``, the end of an emphasis): after an odd number of runs of
    backticks or of straight double quotes, or a curly double quote still
    open, with the mark that closes it after ``p`` (``":set &l:opt"``,
    `` `:set rtp` ``, ````pathlib.Path````); after a quote mark that opens
    (see _quote_roles) and before the one that closes it (``'a%/n,b%/m'``);
    or inside brackets opened and closed in its chunk (``(x,y)``)? No line
    end parted such a thing, whose parts a window of columns can meet.
    (``roles``: the line's, of _line_quote_roles.)"""
    if len(_BACKTICKS_RE.findall(line, 0, p)) % 2 and "`" in line[p:]:
        return True
    if line.count('"', 0, p) % 2 and '"' in line[p:]:
        return True
    if line.rfind("“", 0, p) > line.rfind("”", 0, p) and "”" in line[p:]:
        return True
    before = [i for i in roles if i < p]
    if before and roles[max(before)] == "open" and any(i >= p and roles[i] == "close" for i in roles):
        return True
    start, end = _chunk_span(line, p)
    chunk, i = line[start:end], p - start
    return not any(ch.isalnum() for ch in chunk[i:]) or any(
        chunk.rfind(o, 0, i) >= 0 and c in chunk[i:] for o, c in ("()", "[]", "{}", "<>")
    )


_BACKTICKS_RE = re.compile("`+")


def _plain_join(line: str, p: int, scorer: _Scorer) -> bool:
    """Is the model's join at ``p`` one of two words of prose: a chunk of
    letters alone (but its punctuation), cut at its one split point, after
    no prefix of identifiers (transparent|encoding; not delete|sit, which
    could be deletes|it, get|lines, nor --enable-universal|sdk)? Then, in a
    paragraph of two lines of prose about code in a damaged block, the
    layout vouches for TWO_LINE_PLAIN_CREDIT more (see _two_line_join)."""
    j, k = _word_around(line, p)
    word = line[j:k]
    start, end = _chunk_span(line, p)
    chunk = line[start:end]
    return (
        word.isalpha()
        and word.islower()
        and _core(chunk)[1] == word
        and line[j:p] not in CODE_PREFIXES
        and len(scorer.split_points(word, False)) == 1
    )


def _early_end_in_code(line: str, pos: int, scorer: _Scorer, doc: Optional[_Document]) -> bool:
    """Could an old line of prose about code, broken early by hand, have
    ended at ``pos`` (see _decode_layout)? Between letters, only a join of
    two plain words (see _plain_words), the first of two letters or more;
    else an edge of letters that parts no name: punctuation before a word
    or after one, but not a colon between letters (``v:|false``,
    ``xlink:|href``) nor letters after brackets closed in their chunk
    (``(file)|name``, ``(m)|egabytes``)."""
    left, right = line[pos - 1], line[pos]
    if left.isalpha() and right.isalpha():
        return pos - _word_around(line, pos)[0] >= 2 and _plain_words(line, pos, scorer, doc)
    if left == ":" and right.isalpha() and line[pos - 2:pos - 1].isalpha():
        return False
    if left == ")" and "(" in line[_chunk_span(line, pos)[0]:pos]:
        return False
    return left.isalpha() != right.isalpha()


def _plain_words(line: str, p: int, scorer: _Scorer, doc: Optional[_Document]) -> bool:
    """Is the split at ``p`` a join of two plain words (see _plain_join), the
    first one that stands alone (see is_solid) and is a word of the
    dictionary or one the text writes alone elsewhere (``backends|cannot``,
    ``strace|gained``), in letters the block does not repeat? (Not
    abit|array, where the function word before a compound was glued,
    a|bitarray; nor time|zone, which the text writes whole elsewhere.)"""
    if not _plain_join(line, p, scorer):
        return False
    j, k = _word_around(line, p)
    first = line[j:p]
    if not scorer.is_solid(first, False):
        return False
    if not (scorer.model.flags(first) & FLAG_DICTIONARY or (doc is not None and doc.writes(first))):
        return False
    return doc is None or not doc.repeated(line[j:k].lower())


def _in_two_line_window(line: str, p: int, least: int) -> bool:
    """Could a paragraph of two old lines, wrapped at a width from ``least``
    to the widest usual one, have ended its first line at ``p``: within the
    width, the rest fitting on the second line, the next word not on the
    first (see _two_line_join)?"""
    return max(least, p, len(line) - p) <= min(TWO_LINE_WIDTHS[1], p + _next_word_length(line, p))


def _two_line_boundary(
    line: str, offset: int, get_scorer: Callable[[], _Scorer], code: bool, doc: _Document, least: int
) -> Optional[Split]:
    """
    The line end of a paragraph of two old lines (see _two_line_join) where
    no model split is: the one boundary in the window of a usual width that
    is no join of two words by the counts but one of punctuation or code, a
    comma or a semicolon before a word (``decrypt,|otherwise``), the edge of
    code (``the|$DB_HASH``, ``__init__,|__getitem__``), a word before a
    name the text writes as code elsewhere (``the|codecs.register``) or
    alone, or such a name in capitals before a word (``invoke|Vim``,
    ``JSON|object``: see _word_beside_name_alone). Not a bracket or a
    colon before a word, a hyphen, nor another case change: clean text
    writes ``(file)name``, ``file:line``, ``non-descriptor`` and
    ``JavaScript`` in one line. Two such places in the window: no evidence.
    (``least``: the least width, lower where the block is damaged elsewhere;
    see _two_line_join.)
    """
    n = len(line)
    lo, hi = least, TWO_LINE_WIDTHS[1]
    roles: Optional[_LineRoles] = None  # (read only if a place in the window asks)
    first = max(lo, n - hi)  # (no old line ends before it, or the rest would not fit)
    chunks, words = _chunks_near(line, first, hi)
    found: list[Split] = []
    for index, (chunk_start, chunk) in enumerate(chunks):
        places = range(max(1, n - hi - chunk_start), min(len(chunk), hi + 1 - chunk_start))
        if not places:
            continue
        walkable = _walkable(chunk)
        previous = _context_word(words, index - 1) if index else None
        following = _context_word(words, index + 1, after=True)
        for i in places:
            p = chunk_start + i
            if not _in_two_line_window(line, p, lo):
                continue
            left, right = chunk[i - 1], chunk[i]
            letters = left.isalpha() and right.isalpha()
            if letters and walkable:
                # Two words by the counts are the model's, with its margin
                # (see _two_line_join): only a name the text writes alone
                # or as code, which no count knows (asked directly: the
                # model's scores of every place in the window cost a tenth
                # of the block).
                if left.islower() != right.islower() and _word_beside_name_alone(chunk, i, get_scorer(), doc):
                    score: Optional[tuple[float, str]] = (
                        _BEFORE_OPENING, f"{chunk[:i][-12:]!r} before {chunk[i:i + 12]!r} (as elsewhere in the text)"
                    )
                elif _CODE_GOES_ON_RE.search(chunk, i) is None:
                    continue
                elif _plausible_part(chunk[i:_word_around(chunk, i)[1]].lower(), get_scorer()):
                    continue
                else:
                    score = _word_before_named_code(chunk, i, get_scorer(), doc)
            elif walkable and not (left in ",;" and right.isalpha()) and not _two_line_sentence(chunk, i, doc, get_scorer()):
                continue
            else:
                if roles is None:
                    roles = _LineRoles(line)
                score = _chunk_boundary(chunk, walkable, i, previous, following, roles, chunk_start, get_scorer, code, doc)
                if letters and score is not None and not score[1].endswith(_NAMED_CODE):
                    continue  # (a word before a URL: the code edge's, not this window's)
            if score is None or score[0] < _BEFORE_OPENING:
                continue
            found.append(Split(offset + p, "layout", score[0], f"{score[1]}; the one line end of a paragraph of two lines"))
            if len(found) > 1:
                return None
    return found[0] if found else None


def _word_beside_name_alone(chunk: str, i: int, scorer: _Scorer, doc: _Document) -> bool:
    """Is ``chunk[:i]|chunk[i:]`` a word of the list in lower case glued to
    a capitalized name that the text writes alone elsewhere (invoke|Vim,
    returns|NaN, for|Android), a function word glued to a name in capitals
    written so (to|GROUP, is|JSON), or such a name in capitals glued to a
    word of the list in lower case after it (JSON|object, MERGED|will,
    SQL|standard), the chunk no code around them (not
    .getOptionalRelease(), otherDict.myFunction: a method's name)?"""
    j, k = _word_around(chunk, i)
    a, b = chunk[j:i], chunk[i:k]
    if not (
        (j == 0 or chunk[j - 1] in "\"'(‘“")
        and chunk[k:k + 1] not in ("(", "_")
        and not (chunk[k:k + 1] == "." and chunk[k + 1:k + 2].isalnum())
        and len(a) >= 2
        and len(b) >= 2
    ):
        return False
    if a.isupper():
        return b.islower() and bool(scorer.model.flags(b) & FLAG_DICTIONARY) and doc.writes(a)
    return (
        a.islower()
        and bool(scorer.model.flags(a) & FLAG_DICTIONARY)
        and len(b) >= 3
        and (b[1:2].islower() or (b.isupper() and a in FUNCTION_WORDS))
        and doc.writes(b)
    )


_HEX_NUMBER_RE = re.compile(r"0[xX][0-9a-fA-F]+")


def _in_hex_number(chunk: str, i: int) -> bool:
    """Is ``chunk[i]`` inside a number in hexadecimal (``0x7fffffffc3a3``):
    the run of letters and digits around it is one, all of it?"""
    j = k = i
    while j > 0 and chunk[j - 1].isalnum():
        j -= 1
    while k < len(chunk) and chunk[k].isalnum():
        k += 1
    m = _HEX_NUMBER_RE.match(chunk, j)
    return m is not None and m.end() == k  # (not 0x7fffffffc3b3Bounds: a number glued to a word)


def _letters_before_number(chunk: str, i: int, scorer: _Scorer) -> bool:
    """May an old line have ended between the letters before ``chunk[i]`` (a
    digit) and the number? Not where the letters are no word: a name's
    letters and its number (X11, IPv4, ps2epsi, i386, v1.0) with a word glued
    before them (toX|11, inIPv|4, toolps|2epsi, armel,i|386, thev|1.0: the
    line ended before the name, if there); a possessive or a contraction
    before a number is a word (Agassi's|26-match)."""
    m = _LETTERS_BEFORE_RE.search(chunk, 0, i)
    if m is None:
        return True
    letters = m.group()
    if m.start() and chunk[m.start() - 1] in "'’":
        return True
    if len(letters) == 1:
        return letters in "aAI"
    if _CAMEL_GLUE_RE.fullmatch(letters):
        return False  # (a word, then a name's capitals: toX, inIPv)
    if not letters.islower() or scorer.is_solid(letters, False) or scorer.model.flags(letters) & FLAG_DICTIONARY:
        return True
    logp = scorer.model.logp(letters)
    return logp is not None and logp >= -6.0  # (ca|1870s: an abbreviation the counts know well)


def _cuts_written_name(run: str, cut: int, doc: _Document) -> bool:
    """Would a cut of ``run`` at the case change ``cut`` (lower|Upper) part
    a name in mixed case that the text writes alone elsewhere, the letters
    before the cut and the capitals after it (GnuPG in GnuPGhome, OpenPGP,
    GiB, eBPF), a word after them? Then the line ended after the name, if
    there."""
    end = cut
    while end < len(run) and run[end].isupper():
        end += 1
    return len(run) - end >= 2 and doc.writes(run[:end])  # (not type|GUIDs: a plural)


def _two_line_sentence(chunk: str, i: int, doc: _Document, scorer: _Scorer) -> bool:
    """Is ``chunk[:i]|chunk[i:]`` a full stop after a word in lower case,
    then a capitalized word and nothing more (``module.|Passing``,
    ``cache.|Update``), where the text glues that word to no other name
    by a dot (``email.Message``, ``email.Parser``: a namespace)?"""
    if chunk[i - 1] not in ".!?" or not chunk[i:i + 1].isupper():
        return False
    m = _TWO_LINE_SENTENCE_RE.fullmatch(chunk)
    return (
        m is not None
        and m.end(1) == i
        and bool(scorer.model.flags(m.group(2).lower()) & FLAG_DICTIONARY)
        and not doc.namespace(m.group(1)[:-1].lstrip("\"'(“‘"))
    )


_TWO_LINE_SENTENCE_RE = re.compile(r"([\"'(“‘]?[a-z]{3,}[.!?])([A-Z][a-z]+)[,;:]?")


# A paragraph of this many old lines or fewer may be walked at every usual
# width (see _anchored_picks), and at least so many of them must agree.
ANCHORED_LINES = 4
ANCHORED_WIDTHS = 2


def _anchored_picks(
    text: str,
    line: str,
    offset: int,
    sure: list[Split],
    get_scorer: Callable[[], _Scorer],
    marked_block: bool,
    doc: _Document,
    technical_block: bool,
) -> list[Split]:
    """
    The line ends of a short paragraph (a docstring, a fortune, a notice of
    ANCHORED_LINES old lines or fewer) whose sure joins show no width: too
    few gaps between them to read one, and its neighbours wrapped their own
    way. Its sure joins still anchor the walk: at each usual width
    (TWO_LINE_WIDTHS) the walk either lands on every one of them and finds
    where every other old line ended, or not. Where at least
    ANCHORED_WIDTHS widths do, and all of them place the same line ends,
    those stand (``by|Decimal.ln``, ``where the '0'|has``); where they
    disagree, none does. The paragraph stands alone between blank lines.
    """
    n = len(line)
    lo, hi = TWO_LINE_WIDTHS
    if n > ANCHORED_LINES * (hi + 1) or not _alone(text, offset, n):
        return []
    taken = sorted({s.pos - offset for s in sure})
    placed: Optional[tuple[tuple[int, ...], list[tuple[int, float, str]]]] = None
    widths = []
    roles = _LineRoles(line)  # (one line walked at many widths asks for the same boundaries)
    gaps = _gaps(taken)
    for width in range(lo, hi + 1):
        if _misfits(gaps, width):
            continue  # (a gap between sure joins that no whole number of lines of this width makes)
        picks, supported, every_line = _decode_layout(
            line, taken, width, get_scorer, marked_block, doc, technical_block, roles
        )
        if supported == len(taken) and every_line:
            ends = tuple(p[0] for p in picks if not _beside_sure(taken, p[0]))
            if any(_splits_a_word(line, pos, get_scorer()) for pos in ends):
                continue  # (no width that no other paragraph confirms may cut a word of the word list: or|bit)
            if placed is None:
                placed = (ends, picks)
            elif placed[0] != ends:
                return []  # (the widths disagree: no evidence)
            widths.append(width)
    if placed is None or not placed[0] or len(widths) < ANCHORED_WIDTHS:
        return []
    ends, picks = placed
    return [
        Split(offset + pos, "layout", score, f"{note}; a line wrapped at {widths[0]}-{widths[-1]} ends here")
        for pos, score, note in picks
        if pos in ends
    ]


def _alone(text: str, offset: int, n: int) -> bool:
    """Is the line of ``text`` at ``offset`` (``n`` long) a paragraph of its
    own: the lines before and after it (if any) blank?"""
    before = text.rfind("\n", 0, max(0, offset - 1))
    if offset and text[before + 1:offset - 1].strip():
        return False
    after = text.find("\n", offset + n + 1)
    return not (offset + n < len(text) and text[offset + n + 1:after if after >= 0 else len(text)].strip())


def _prefix_family(line: str, prefix: str, word: str, scorer: _Scorer) -> bool:
    """Does ``line`` hold another word outside the word list that starts
    with ``prefix``, besides ``word`` (isprint, isgraph, ispunct)?"""
    for m in re.finditer(r"(?<![\w.])" + prefix + r"[a-z]{2,}(?!\w)", line, re.I):
        other = m.group().lower()
        if other != word.lower() and not scorer.model.flags(other) & FLAG_DICTIONARY:
            return True
    return False


# The marks around a plain word that no rule of _chunk_candidates reads
# (brackets, a colon, an ellipsis and italics have rules of their own).
NAME_QUOTES_OPEN = "\"'“‘"
NAME_PUNCT_CLOSE = "\"'”’.,;!?"


def _loud_beyond_weak_names(text: str, loud: set[str], get_scorer: Callable[[], _Scorer]) -> Optional[set[str]]:
    """
    The block's ``loud`` chunks but the plain words among them whose every
    place in ``text`` is judged, without reading its line, to hold no more
    than a model split short of MARGIN; None if a place of one of them holds
    more (then every line with a loud chunk must be read).

    A plain word (``Netherfield``, in quotes or before a full stop or a
    comma: ``"Longbourn."``) holds no candidate but a model split, and
    _chunk_candidates judges it with the words beside it on its line (none
    before an opening quote, none after closing punctuation): the same is
    done here, at C speed but for the model, instead of reading each line.
    """
    scorer = get_scorer()
    n = len(text)
    others: set[str] = set()
    for chunk in loud:
        word = chunk.lstrip(NAME_QUOTES_OPEN)
        opened = len(word) < len(chunk)
        word = word.rstrip(NAME_PUNCT_CLOSE)
        closed = opened + len(word) < len(chunk)
        if not (
            MIN_RUN <= len(word) <= MAX_RUN
            # (two quote marks on one side quote a name of punctuation,
            # said",": a rule's, see _cache_key)
            and not _quotes_beside(chunk, opened, opened + len(word))
            and word.isalpha()
            and word.isascii()
            and (word.islower() or (word[0].isupper() and word[1:].islower()))
        ):
            others.add(chunk)
            continue
        if word.islower() and scorer.model.flags(word) & FLAG_COMMON:
            continue  # (no candidate at all: see _run_splits)
        at = text.find(chunk)
        while at >= 0:
            end = at + len(chunk)
            if (at == 0 or text[at - 1].isspace()) and (end == n or text[end].isspace()):
                # The words beside it on its line, as _chunk_candidates takes
                # them (a closing mark leaves no word after).
                start = text.rfind("\n", 0, at) + 1
                stop = text.find("\n", end)
                before = [] if opened else text[start:at].rsplit(None, 1)[-1:]
                after = [] if closed else text[end:n if stop < 0 else stop].split(None, 1)[:1]
                found = _best_split_cached(
                    word, _context_word(before, 0), _context_word(after, 0, after=True), scorer, False
                )
                if found is not None and found[1] >= MARGIN:
                    return None
            at = text.find(chunk, at + 1)
    return others


# A line of a paragraph that is still wrapped (see _still_wrapped): its model
# splits need this much more margin.
WRAPPED_MARGIN = 4.0
# ... unless one line of the block in this many holds a rule join there,
# and at least this many lines do.
WRAPPED_DAMAGE_SHARE = 10
WRAPPED_DAMAGED_LINES = 3
# ... the columns of such a line and of its neighbour.
STILL_WRAPPED = (40, 80)


def _still_wrapped(text: str, pos: int, line: str) -> bool:
    """
    Is the line at ``pos`` one of a paragraph that is still wrapped, a line
    no longer than a usual width beside another as long as such lines are?
    Words glue where old lines were joined: a line that still ends where its
    paragraph was wrapped shows none of that damage. A word the counts do
    not know in the middle of it (openat, sonames) is likelier a term than
    two words, and a rule join there is the text's own: an identifier
    (majorCode, memcpy,memmove, CR,LF, typing.Any) or the author's typo
    (said.Professor), neither of them ours to change. Only a model split
    with WRAPPED_MARGIN more than it needs stands there, unless many lines
    of the block hold a rule join (see find_splits): text that lost spaces
    in the middle of its lines, as OCR or a re-wrapped damaged text does.
    """
    lo, hi = STILL_WRAPPED
    if len(line) > hi:
        return False
    if pos:
        start = text.rfind("\n", 0, pos - 1) + 1
        if lo <= pos - 1 - start <= hi and text[start:pos - 1].strip():
            return True
    end = pos + len(line)
    if end < len(text) and len(line) >= lo:
        stop = text.find("\n", end + 1)
        after = text[end + 1:stop if stop >= 0 else len(text)]
        return bool(after.strip()) and len(after) <= hi
    return False


# Two lost spaces of one line are a line apart: camel joins closer than this
# are the text's own (see _far_apart).
CLOSE_JOINS = 20


def _far_apart(sure: list[Split]) -> list[Split]:
    """The sure joins of a line but camel joins with another closer than
    CLOSE_JOINS: old lines end a wrap width apart, and no usual width is so
    narrow (``Add majorCode, minorCode and resourceID``: a family of
    identifiers, not two line ends; at most one of them could be a lost
    space, and neither says which). Other joins may be that close where a
    line was broken early (``Regards,|Bob``, a verse), and stay."""
    if len(sure) < 2:
        return sure
    ordered = sorted(sure, key=lambda split: split.pos)
    close: set[int] = set()
    for a, b in zip(ordered, ordered[1:]):
        if 0 < b.pos - a.pos < CLOSE_JOINS and a.rule == b.rule == "camel":  # (0: two rules, one lost space)
            close.update((id(a), id(b)))
    return [split for split in ordered if id(split) not in close] if close else sure


def _passing(weak: list[tuple[Split, float]], extra: float = 0.0) -> list[Split]:
    """The model splits whose margin reaches the one they need (plus ``extra``)."""
    return [split for split, needed in weak if split.margin >= needed + extra]


def _line_candidates(
    line: str,
    offset: int,
    doc: _Document,
    get_scorer: Callable[[], _Scorer],
    technical_block: bool = False,
    marked_block: bool = True,
    block_words: Optional[list[str]] = None,
) -> tuple[list[Split], list[tuple[Split, float]]]:
    """The rule joins of a line, and its model joins with the margin each
    needs. (A line of a block without any mark of code has none either.)
    ``block_words``: the line is the whole block, and these are its chunks,
    already split and found English enough by the caller."""
    confident: list[Split] = []
    weak: list[tuple[Split, float]] = []
    if len(line) > MAX_CHUNK and " " not in line and "\t" not in line:
        return confident, weak  # one giant token: data, not words (see MAX_CHUNK)
    # Every chunk known to hold no candidate in any context (see _loud_chunks).
    words = line.split() if block_words is None else block_words
    shouting = _shouting(line)
    if (
        not _SLOW_PATH
        and not shouting
        and _QUIET.issuperset(words)
        and not (("–" in line or "—" in line) and DASH_JOIN_RE.search(line))
    ):
        return confident, weak
    if block_words is None and not english_enough(words):
        _any_language_joins(line, words, offset, confident, doc)
        return confident, weak  # French, German...: even "vous.Pardonnez" is not ours to judge
    if " ".join(words) == line:  # the common case: offsets from the lengths, at C speed
        ends = list(accumulate(map(len, words), initial=0))
        starts: "_Starts | list[int]" = _Starts(ends)
    else:
        starts = [m.start() for m in CHUNK_RE.finditer(line)]
    # (A line that is the whole block shows code exactly when the block does.)
    technical = technical_block or (marked_block and (block_words is not None or _looks_technical(line)))
    # The quote roles are read only for a chunk that holds a quote mark, the
    # only ones that ask (most lines with a name have none).
    roles: Optional[dict[int, str]] = None
    quoted = "'" in line or '"' in line
    if "–" in line or "—" in line:  # (the pattern's look-behind is tried at every character)
        pairs: Optional[list[int]] = None  # (the ends of the line's pairs of dashes, found once)
        for m in DASH_JOIN_RE.finditer(line):
            if pairs is None:
                pairs = [end for pair in _DASH_PAIR_RE.finditer(line) for end in pair.span()]
            if m.group()[0].isspace():
                found = Split(offset + m.end(), "dash", float("inf"), "space after a dash")
            else:
                found = Split(offset + m.start(), "dash", float("inf"), "space before a dash")
            _add_join(found, _dash_join_sure(line, m, doc, pairs), confident, weak)
    # Only the chunks not known to be quiet are looked at (found at C speed).
    indexes = (
        range(len(words)) if _SLOW_PATH or shouting else compress(count(), map(not_, map(_QUIET.__contains__, words)))
    )
    for index in indexes:
        chunk = words[index]
        if quoted and roles is None and ("'" in chunk or '"' in chunk):
            quoted = False
            roles = _line_quote_roles(line)
        if shouting and chunk.isupper():
            # In a line in capitals a word in capitals is a word, not an
            # acronym: judged in context, and not remembered.
            _chunk_candidates(words, index, offset + starts[index], doc, get_scorer, confident, weak, technical, roles, offset, True)
            continue
        key = _cache_key(chunk)
        if key in _QUIET and not _SLOW_PATH:
            _remember(chunk, quiet=True)  # 'Well, as Well: next time the line test knows it
            continue
        at = offset + starts[index]
        if key in _LOUD:
            _chunk_candidates(words, index, at, doc, get_scorer, confident, weak, technical, roles, offset)
            continue
        # First sight: whether it holds a candidate never depends on the
        # neighbours (only how strong it is), so the answer is remembered.
        if not technical and _plainly_quiet(key, get_scorer):
            _remember(key, quiet=True)
            _remember(chunk, quiet=True)
            continue
        before = len(confident) + len(weak)
        _chunk_candidates(words, index, at, doc, get_scorer, confident, weak, technical, roles, offset)
        if not technical:  # in technical prose some rules are off: not a general answer
            quiet = len(confident) + len(weak) == before
            _remember(key, quiet)
            if quiet:
                _remember(chunk, quiet)
    return confident, weak


# Tests set this to check that the caches and gates change nothing: every
# chunk of every line is then judged in context, every time.
_SLOW_PATH = False


@contextmanager
def slow_path() -> Iterator[None]:
    """Within it, every chunk of every line is judged in context, every time:
    no cache and no gate (the tests and benchmarks/gates.py check against it
    that the shortcuts change nothing). Not thread-safe: a module switch."""
    global _SLOW_PATH
    _SLOW_PATH = True
    try:
        yield
    finally:
        _SLOW_PATH = False


# Chunks known to hold no candidate whatever their context, and chunks known
# to hold one: a cache that makes clean text cost a set lookup per word.
_QUIET: set[str] = set()
_LOUD: set[str] = set()
_CACHE_LIMIT = 500_000


def _loud_chunks(chunks: list[str], get_scorer: Callable[[], _Scorer]) -> Optional[set[str]]:
    """
    The chunks of a block (``text.split()``) that may hold a candidate: none
    in the common case, a few names in clean text. None when there are too
    many to be worth listing (damaged text): every line must be read.

    The chunks seen for the first time are judged here, each once, without
    context: whether a chunk can hold a candidate never depends on its
    neighbours or on technical prose (which only takes candidates away),
    only how strong it is.
    """
    new = set(filterfalse(_QUIET.__contains__, chunks))  # (one pass at C speed)
    if not new:
        return new
    # The commonest new chunks are found in batches, as _plainly_quiet
    # would judge each: plain lower-case words of the word list or frequent,
    # capitalized words of the word list, and then these words with
    # punctuation around them ('Well, said.: see _cache_key).
    # (Each filter runs at C speed: a comprehension over every new chunk
    # cost a third of the first sight of clean text. A giant chunk is left
    # to the judging below, which sees at once that it holds nothing.)
    small = new if max(map(len, new)) <= MAX_RUN * 2 else {chunk for chunk in new if len(chunk) <= MAX_RUN * 2}
    edged_chunks = list(filterfalse(str.isalpha, small))
    stripped = list(map(str.rstrip, map(str.lstrip, edged_chunks, repeat(EDGE_PUNCT_OPEN)), repeat(EDGE_PUNCT_CLOSE)))
    cores = dict(compress(zip(edged_chunks, stripped), map(str.isalpha, stripped)))
    # A chunk that _cache_key keeps as its own entry says nothing by its
    # core being quiet: a name of punctuation in quotes (character':') or a
    # name in a list (AlyssaRoss,). Only the chunks that can be one are asked.
    maybe_own = set(compress(cores, map(_TWO_QUOTES_RE.search, cores))) | set(filter(_LISTED_NAME_RE.fullmatch, cores))
    for chunk in maybe_own:
        if _cache_key(chunk) != cores[chunk]:
            del cores[chunk]
    words = small.union(cores.values()).difference(_QUIET)
    ascii_words = list(filter(str.isascii, filter(str.isalpha, words)))
    # A lower-case word of the word list is quiet at any length (too short
    # or too long for a split, or one the counts cannot beat: see
    # _plainly_quiet; a frequent word is in the word list too).
    plain = list(filter(str.islower, ascii_words))
    capitals = {w.lower(): w for w in filter(str.istitle, ascii_words) if MIN_RUN <= len(w) <= MAX_RUN}
    model = get_scorer().model if plain or capitals else None
    quiet = model.having(plain, FLAG_DICTIONARY) if model and plain else []
    if model and capitals:
        quiet.extend(capitals[w] for w in model.having(capitals, FLAG_DICTIONARY))
    if len(_QUIET) + len(quiet) + len(cores) >= _CACHE_LIMIT:
        _QUIET.clear()
    _QUIET.update(quiet)
    edged = [chunk for chunk, core in cores.items() if core in _QUIET]
    _QUIET.update(edged)
    new.difference_update(quiet)
    new.difference_update(edged)
    # Judging goes on past a loud chunk while they are rare (clean text with
    # a few names): only the lines that hold one are read then. Where they
    # are common (damaged text) the lines judge the rest in context.
    loud: set[str] = set()
    judged, new_loud = len(quiet), 0  # chunks judged here; found loud
    for chunk in new:
        key = _cache_key(chunk)
        if key in _LOUD:
            loud.add(chunk)
            continue
        if key not in _QUIET:
            judged += 1
            if _plainly_quiet(key, get_scorer):
                _remember(key, quiet=True)
                _remember(chunk, quiet=True)
                continue
            confident: list[Split] = []
            weak: list[tuple[Split, float]] = []
            _chunk_candidates([chunk], 0, 0, _NO_DOCUMENT, get_scorer, confident, weak)
            if confident or weak:
                _remember(key, quiet=False)
                loud.add(chunk)
                new_loud += 1
                if new_loud * LOUD_SHARE > judged + LOUD_SHARE:
                    return None  # damaged text: its lines will judge their new chunks in context
                continue
            _remember(key, quiet=True)
        _remember(chunk, quiet=True)
    return loud if len(loud) <= MAX_LOUD_LISTED else None


def _lines_to_read(text: str, loud: Optional[set[str]]) -> Iterator[tuple[str, int]]:
    """
    The lines of ``text`` with their offsets: all of them, or (given the
    block's loud chunks) only those where one of them occurs, found with
    str.find. (A loud chunk found inside a longer one only costs a line read
    for nothing: a line whose chunks are all quiet has no candidate.)
    """
    if loud is None:
        pos = 0
        for line in text.split("\n"):
            yield line, pos
            pos += len(line) + 1
        return
    starts: set[int] = set()
    for chunk in loud:
        at = text.find(chunk)
        while at >= 0:
            start = text.rfind("\n", 0, at) + 1
            starts.add(start)
            end = text.find("\n", at)
            if end < 0:
                break
            at = text.find(chunk, end)
    for start in sorted(starts):
        end = text.find("\n", start)
        yield text[start:] if end < 0 else text[start:end], start


def _plainly_quiet(key: str, get_scorer: Callable[[], _Scorer]) -> bool:
    """
    A shortcut through _chunk_candidates for the commonest chunks (a cache
    key, see _cache_key): a plain lower-case word too short or too long for a
    split, frequent or in the word list; a capitalized word of the word list,
    or a frequent name. True only where _chunk_candidates finds nothing
    whatever the context (the gate property test checks it). False: ask it.

    Words joined by hyphens (``sister-in-law``, ``rope--Will``) are quiet
    when each of them is: no rule joins at a hyphen but before a long
    option (``as--keep-old-files``, see _option_or_link_candidates), and
    each word is judged as a run of its own. A word and a contraction's
    ending are quiet as the word is, but a word glued to a name in quotes
    (``when't'``) is not.
    """
    if (
        len(key) <= MAX_CHUNK
        and ("-" in key or "'" in key or "’" in key or "_" in key)
        and not _BRACKET_RE.search(key)
    ):
        _, core = _core(key)
        if "-" in core:
            if "--" in core and _WORD_OPTION_RE.match(key):
                return False  # (but a word glued to an option is: use--warnings=none)
            words = core.split("-")
            return all(not word or (word.isalpha() and (word in _QUIET or _plainly_quiet(word, get_scorer))) for word in words)
        # doesn't, they're, Alice's: a word and a contraction's ending, which
        # no rule cuts (unless the word is I and a contraction's stem:
        # Idon't); _they_: a word in Gutenberg's italics. Quiet when the word is.
        # (But not a word glued to a name in quotes, when't', whose closing
        # quote _core took for punctuation: see _quoted_name_candidates.)
        if _before_quoted_name(key) is not None or _AFTER_QUOTED_RE.match(key):
            return False
        m = _CONTRACTED_RE.fullmatch(core) or _ITALIC_ALONE_RE.fullmatch(core)
        if m is None:
            return False
        word = m.group(1)
        if word[0] == "I" and len(word) >= 3 and word[1:].islower():
            return False
        if _closed_contraction(word, core[len(word) + 1:]):
            return True  # doesn't, couldn't: a word as written (see _chunk_candidates)
        return word in _QUIET or _plainly_quiet(word, get_scorer)
    if len(key) > MAX_CHUNK or not key.isalpha() or not key.isascii():
        return False  # (a giant token: _chunk_candidates says at once that it holds nothing)
    if len(key) < MIN_RUN and (key.isupper() or key.istitle()):
        return True  # At, Yes, HIS: too short for a split, and no rule cuts it
    if key.isupper() and len(key) < CAPS_RUN_MIN:
        return True  # WILL, HATED: no acronym is split, nor a word in capitals this short (see _run_splits)
    if key.islower():
        if len(key) < MIN_RUN - 1 or len(key) > MAX_RUN:
            return True
        flags = get_scorer().model.flags(key)
        if len(key) < MIN_RUN:
            return not flags & FLAG_GLUE  # (ina, ofa: see _run_splits)
        return bool(flags & (FLAG_COMMON | FLAG_DICTIONARY))
    if key[0].isupper() and key[1:].islower() and MIN_RUN <= len(key) <= MAX_RUN and key[-1] != "I":
        logp, flags = get_scorer().model.lookup(key.lower())
        return bool(flags & FLAG_DICTIONARY) or (
            logp is not None
            and logp >= FREQUENT_NAME_LOGP
            and not (flags & FLAG_GLUE and _starts_with_function_word(key.lower()))
        )
    return False


_NO_DOCUMENT = _Document("")
_BRACKET_RE = re.compile(r"[()\[\]]")
_CONTRACTED_RE = re.compile(r"([A-Za-z]+)['’](?:s|t|d|m|re|ve|ll)")
_ITALIC_ALONE_RE = re.compile(r"_([A-Za-z]+)_")
# A block's gate stops judging new chunks once more than one in LOUD_SHARE
# of them may hold a candidate; beyond MAX_LOUD_LISTED loud chunks every line
# of the block is read rather than looked for.
LOUD_SHARE = 50
MAX_LOUD_LISTED = 64


def _only_edge_brackets(chunk: str) -> bool:
    """Are brackets the only protected marks of ``chunk``, and only around
    its core (``(or``, ``theday).``), as in a parenthesis of prose, not a
    call (``f(x)``, ``print()``)?"""
    _, core = _core(chunk)
    return PROTECTED_CHUNK_RE.search(core) is None and all(m.group() in "()[]" for m in PROTECTED_CHUNK_RE.finditer(chunk))


# A parenthesis of prose closed after a chunk's letters (notconstructed).);
# not one opened before them, which in prose about code may be C's
# (sometype x = ...) or a name's ((timedelta).
_PAREN_EDGE_RE = re.compile(r"[A-Za-z]+\)[.,;:!?]*")

QUOTE_MARKS = "\"'“”‘’"


def _quoted_whole(chunk: str, head: int, core: str) -> bool:
    """Is the core of ``chunk`` (at ``head``) a quotation of its own, a quote
    right before it and right after it (``"local,wkd",``)?"""
    end = head + len(core)
    return head > 0 and chunk[head - 1] in QUOTE_MARKS and end < len(chunk) and chunk[end] in QUOTE_MARKS


def _core(chunk: str) -> tuple[int, str]:
    """A chunk without the quotes and brackets that open it and the
    punctuation that closes it, and where it starts: ``("Well,`` -> ``(2, "Well")``."""
    head = len(chunk) - len(chunk.lstrip(EDGE_PUNCT_OPEN))
    return head, chunk[head:].rstrip(EDGE_PUNCT_CLOSE)


def _cache_key(chunk: str) -> str:
    """
    Under what a chunk's verdict is remembered: quotes and punctuation around
    a plain word change its context, not whether it can be split ('Well, and
    Well are one entry); anything else is remembered as it is. The core is
    cut exactly as _chunk_candidates cuts it, and a protected chunk is its
    own entry: ``timeit(),`` holds no candidate, ``timeit`` does.

    >>> _cache_key("'Well,"), _cache_key(",inan"), _cache_key("timeit(),"), _cache_key("(or")
    ('Well', ',inan', 'timeit(),', 'or')
    """
    if len(chunk) > MAX_CHUNK or chunk.isalpha():
        return chunk  # (a plain word is its own core, and nothing in it is protected)
    if "::" in chunk:
        return chunk  # (functions::) ends an Info reference, protected as code; functions. is a word)
    head, core = _core(chunk)
    # (Around a plain core the only protected marks can be brackets, "(" and
    # "[" before it, ")" and "]" after it: a parenthesis of prose, read as
    # the core is, or in technical prose not at all. Two quote marks on one
    # side may quote a name of punctuation, character':', which a rule cuts
    # off: such a chunk is its own entry.)
    if not core.isalpha() or _quotes_beside(chunk, head, head + len(core)):
        return chunk
    if chunk[-1] == "," and chunk[0].isupper() and _LISTED_NAME_RE.fullmatch(chunk):
        return chunk  # (AlyssaRoss, in a list of names holds a candidate; AlyssaRoss alone may not)
    return core


_TWO_QUOTES_RE = re.compile("[\"'‘’“”].*[\"'‘’“”]")


def _quotes_beside(chunk: str, start: int, end: int) -> bool:
    """Do two quote marks stand on one side of ``chunk[start:end]`` (a name
    of punctuation quoted: character':', said",")?"""
    return bool(_TWO_QUOTES_RE.search(chunk, 0, start) or _TWO_QUOTES_RE.search(chunk, end))


def _remember(chunk: str, quiet: bool) -> None:
    if len(chunk) > MAX_RUN * 2:
        return  # a giant token is not worth a place in the cache
    cache = _QUIET if quiet else _LOUD
    if len(cache) >= _CACHE_LIMIT:
        cache.clear()
    cache.add(chunk)


class _Starts:
    """The offsets of the chunks of a line whose chunks are separated by
    single spaces: ``starts[i]`` from the running sum of their lengths."""

    def __init__(self, ends: list[int]) -> None:
        self._ends = ends

    def __getitem__(self, index: int) -> int:
        return self._ends[index] + index

    def __len__(self) -> int:
        return len(self._ends) - 1


def _chunk_candidates(
    words: list[str],
    index: int,
    at: int,
    doc: _Document,
    get_scorer: Callable[[], _Scorer],
    confident: list[Split],
    weak: list[tuple[Split, float]],
    technical: bool = False,
    roles: Optional[dict[int, str]] = None,
    line_offset: int = 0,
    shouting: bool = False,
) -> None:
    """The candidates of ``words[index]`` (a chunk at offset ``at``), with
    its neighbours as context; ``roles`` are the line's quote roles (see
    _quote_roles), the line starting at ``line_offset``; ``shouting``: the
    line is in capitals (see _shouting).

    In ``technical`` prose (a line that mentions ``f()``, ``a_b``...), a
    dotted or glued name is likelier code than a lost space: a full stop needs
    a dictionary word before it, and model splits need the layout."""
    chunk = words[index]
    if len(chunk) > MAX_CHUNK:
        return  # data, not words (and not worth even a scan)
    if chunk.isalpha():  # the common case, a plain word: what follows comes to this
        previous = _context_word(words, index - 1)
        following = _context_word(words, index + 1, after=True)
        last = index + 1 == len(words)
        amid = chunk.isupper() and 0 < index < len(words) - 1 and words[index - 1].isupper() and words[index + 1].isupper()
        _run_splits(chunk, at, previous, following, technical, doc, get_scorer, confident, weak, shouting, last, amid)
        return
    m = _LISTED_NAME_RE.fullmatch(chunk) if chunk[-1] == "," and chunk[0].isupper() else None
    listed = None if m is None else _listed_name(m, at, _people_list(words), doc)
    if listed is not None:
        # AlyssaRoss, AnsgarBurchardt,: a given name glued to a family name
        # in a list of people (a NEWS file's contributors); elsewhere
        # (PowerPoint, YouTube,) only the layout walk may part them.
        _add_join(*listed, confident, weak)
    head, core = _core(chunk)
    core_start = at + head
    plain = chunk  # what is left when Gutenberg's italics are set aside (outside technical prose)
    if "_" in chunk and not technical:
        _italics_candidates(core, core_start, get_scorer, confident)
        plain = _ITALIC_WORD_RE.sub("", chunk)
    italics = "_" not in plain and plain != chunk  # (_him_,if: the italics are punctuation here)
    m = _PAREN_JOIN_RE.match(plain) if not technical and "(" in plain else None
    if m is not None and m.group(2) not in C_TYPE_WORDS and (
        m.group(1)[-1] in ".!?;:,\"”’" or get_scorer().is_solid(m.group(1).lower(), m.group(1)[0].isupper())
    ):
        # forehead(the position, sun.(IF you: a parenthesis opened right
        # after a word (not a call: print(x), print(value, f()).
        confident.append(Split(at + m.end(1), "bracket", float("inf"), f"{m.group(1)!r} before {m.group(2)!r}"))
    m = _PAREN_NUMBER_RE.match(plain) if not technical and "(" in plain else None
    if m is not None and get_scorer().is_solid(m.group(1).lower(), m.group(1)[0].isupper()):
        # Madrid(1865), Medusa(1818–1819), German(5.7%): a parenthesis of a
        # year, a span or a share opened right after a word (a manual's
        # section is one digit: chmod(2); a call's argument is code).
        confident.append(Split(at + m.end(1), "bracket", float("inf"), f"{m.group(1)!r} before {'(' + m.group(2)!r}"))
    if "),(" not in chunk and ")" in chunk and _MAN_REFS_RE.fullmatch(chunk):
        _man_reference_joins(chunk, at, words, index, confident, weak)
    m = _WORD_MAN_REF_RE.match(chunk) if ")" in chunk else None
    if m is not None:
        reference_cut, reference_sure = _word_before_man_reference(m, get_scorer, doc)
        if reference_cut:
            # seegitworkflows(7), thegitmodules(5): a word glued to a
            # reference to a manual page (see _word_before_man_reference).
            found = Split(
                at + m.start(1) + reference_cut, "bracket", float("inf"),
                f"{m.group(1)[:reference_cut]!r} before a reference to a manual page",
            )
            _add_join(found, reference_sure, confident, weak)
    m = _MAN_REF_WORD_RE.match(chunk) if ")" in chunk else None
    if m is not None and get_scorer().model.flags(m.group(2).lower()) & FLAG_DICTIONARY:
        # gitattributes(5)for details, crypt(5)for: a reference to a manual
        # page glued to a word of the word list (no call is written so);
        # sure before a function word, else only where the layout says so.
        found = Split(at + m.end(1), "bracket", float("inf"), f"a reference to a manual page before {m.group(2)!r}")
        _add_join(found, m.group(2).lower() in FUNCTION_WORDS, confident, weak)
    m = _CONSTANT_WORD_RE.match(chunk) if "_" in chunk else None
    if (
        m is not None
        and (m.group(2) in FUNCTION_WORDS or (len(m.group(2)) >= 4 and m.group(2) not in CONSTANT_ENDINGS))
        and get_scorer().model.flags(m.group(2)) & FLAG_DICTIONARY
    ):
        # DPKG_ROOThas, LS_COLORSentries, AF_INETand: a constant's name in
        # capitals glued to a word of the word list in lower case (no name
        # of code goes on so after a part in capitals: XK_Return,
        # Greek_IOTAdiaeresis are X's keysyms, a name cased its own way).
        confident.append(Split(at + m.end(1), "code", float("inf"), f"{m.group(1)[-16:]!r} before {m.group(2)!r}"))
    m = _INFO_NOTE_RE.match(chunk) if "*" in chunk else None
    if m is not None and get_scorer().model.logp(m.group(1)[-4:].lower() + m.group(2).lower()) is None:
        # (*notediff, *Notepatch: an Info manual's cross-reference, glued to
        # the name of the node it points to; not *notes*, *noteworthy.)
        confident.append(Split(at + m.end(1), "markup", float("inf"), f"{m.group(1)!r} before {m.group(2)!r}"))
    m = _BEFORE_INFO_NOTE_RE.match(chunk) if "*" in chunk else None
    if m is not None:
        # text.*Note, standard.*note: a sentence ended, then an Info
        # manual's cross-reference (a pattern writes .* before a letter in
        # lower case, or in quotes).
        confident.append(Split(at + m.end(1), "markup", float("inf"), f"{m.group(1)[-12:]!r} before '*{m.group(2)}'"))
    m = _INFO_NODE_JOIN_RE.match(chunk) if "::" in chunk else None
    if m is not None:
        # diffInput::, findExpressions::, MarkKeywords::): two words of an
        # Info node's name glued in a cross-reference (*note Comparing
        # Directories::); no C++ or Perl name is a word and a capitalized
        # word before a closing '::'.
        scorer = get_scorer()
        left, right = m.group(1), m.group(2)
        if _markup_neighbour(left, get_scorer) and scorer.model.flags(right.lower()) & FLAG_DICTIONARY:
            confident.append(Split(at + m.end(1), "markup", float("inf"), f"{left!r} + {right!r} in a node's name"))
    m = _PROSE_PAREN_RE.match(chunk) if "(" in chunk else None
    if m is not None and _opens_prose(m.group(2)) and (m.group(2) != "see" or _markup_neighbour(m.group(1), get_scorer)):
        # array(e.g., class(i.e., to(usually, encodings(the: a parenthesis of
        # prose opened right after a word, in prose about code too: no call
        # takes such words for its arguments (print(the_value) goes on).
        confident.append(Split(at + m.end(1), "bracket", float("inf"), f"{m.group(1)!r} before '({m.group(2)}'"))
    if "<" in plain and ("@" in plain or "://" in plain):
        # Ian Murdock<imurdock@debian.org>, <bruce@pixar.com>,from,
        # ...netsplit.com>Copyright, see<http://www.gnu.org/licenses/>: a
        # name or a word glued to an address or a URL in angle brackets,
        # which no code, address or page writes so.
        m = _BEFORE_ADDRESS_RE.match(plain)
        if m is not None:
            confident.append(Split(at + m.end(1), "address", float("inf"), f"{m.group(1)!r} before an address"))
        m = _AFTER_ADDRESS_RE.match(plain)
        if m is not None:
            confident.append(Split(at + m.end(1), "address", float("inf"), f"an address before {m.group(2)!r}"))
    if "<" in chunk or "`" in chunk:
        _markup_candidates(chunk, at, get_scorer, confident, weak, words[index + 1:index + 1 + MARKUP_SPAN])
    if ">" in chunk:
        _markup_closed_before(chunk, at, get_scorer, confident, weak, words[max(0, index - MARKUP_SPAN):index])
    m = _PACKAGE_JOIN_RE.match(chunk) if "::" in chunk else None
    if m is not None and m.group(2).lower() in FUNCTION_WORDS:
        # theB::OP, byFile::Spec: a function word glued to a package's name
        # (Perl's, C++'s); no identifier starts so in any text at hand.
        confident.append(Split(at + m.end(1), "package", float("inf"), f"{m.group(2)!r} before {m.group(3)!r}"))
    if "<" in chunk and "," in chunk:
        for m in _COMMA_MARKUP_RE.finditer(chunk):
            # 9,C<Z_NO_COMPRESSION>, Beattie,E<lt>...: a comma, then POD
            # markup opened (a list of codes, a name and its address).
            confident.append(Split(at + m.end(), "markup", float("inf"), f"{chunk[max(0, m.start() - 11):m.end()]!r} before markup"))
    m = _WORD_VARIABLE_RE.match(chunk) if "$" in chunk else None
    if m is not None and m.group(2).lower() in FUNCTION_WORDS:
        # is$echo, If$filename, in$string: a function word glued to a
        # variable (no variable's name is written after a word so in prose).
        confident.append(Split(at + m.end(1), "code", float("inf"), f"{m.group(2)!r} before {chunk[m.end(1):m.end(1) + 12]!r}"))
    if chunk[-1] == ":":
        _field_join(chunk, at, confident)
    m = _BEFORE_SPEAKER_RE.fullmatch(chunk) if chunk[-1] == ">" and "<" in chunk else None
    if m is not None and m.group(2)[1:-1].lower() not in HTML_TAGS and m.group(1)[-1] not in POD_CODES:
        # other<sangr>, ...<sangr>, Girlfriends<wiggyWork>: the end of a
        # line of a chat log glued to the next speaker's name, sure where
        # the text starts a line with that name (elsewhere vector<int>,
        # text<br>: only the layout walk may part them).
        # (... or where a function word stands before a placeholder of a
        # manual, with<object>: no type or tag follows a function word so.)
        placeholder = m.group(1).lower() in FUNCTION_WORDS and m.group(2)[1].islower()
        what = "the placeholder" if placeholder else "the speaker"
        found = Split(at + m.end(1), "quote", float("inf"), f"{m.group(1)[-12:]!r} before {what} {m.group(2)!r}")
        _add_join(found, placeholder or doc.speaker(m.group(2)), confident, weak)
    elif ">" in chunk and "<" in chunk:
        m = _WORD_BEFORE_PLACEHOLDER_RE.fullmatch(chunk)
        if (
            m is not None
            and len(m.group(2)) >= 2  # (not POD's I<bytes>, C<...>)
            and m.group(2).lower() in FUNCTION_WORDS
            and m.group(3)[1:-1].lower() not in HTML_TAGS
        ):
            # by<include>., with<rev>s, (in<math.h>), in<sys/acct.h>: a
            # function word glued to a placeholder or a header file in angle
            # brackets, what follows it closed (as with<object> above, which
            # takes the chunks that end on the bracket).
            found = Split(at + m.end(1), "quote", float("inf"), f"{m.group(2)!r} before the placeholder {m.group(3)!r}")
            confident.append(found)
    m = _PLACEHOLDER_WORD_RE.fullmatch(chunk) if chunk[0] == "<" else None
    if (
        m is not None
        and m.group(1)[1:-1].lower() not in HTML_TAGS
        and get_scorer().model.flags(m.group(2).lower()) & FLAG_DICTIONARY
    ):
        # <object>being, <linenum>is: a manual's placeholder glued to the
        # word after it; sure before a function word where no tag closes
        # it within MARKUP_SPAN chunks (<many>more elements</many>: XML),
        # else only where the layout says a line ended (<b>bold: HTML's
        # tags are left alone).
        found = Split(at + m.end(1), "markup", float("inf"), f"{m.group(1)!r} before {m.group(2)!r}")
        closing = "</" + m.group(1)[1:]
        element = any(closing in word for word in words[index:index + 1 + MARKUP_SPAN])
        _add_join(found, m.group(2).lower() in FUNCTION_WORDS and not element, confident, weak)
    m = _BEFORE_QUOTE_MARK_RE.fullmatch(chunk) if chunk[-1] == ">" and "<" not in chunk else None
    if m is not None:
        # purposes>, correctly>: a word glued to the mark that started the
        # next old line of a quoted e-mail (> "may be distributed...),
        # sure in a line that starts with one (elsewhere a prompt, slsh>,
        # or the end of a name opened a line before: only the layout walk
        # may part them).
        found = Split(at + m.end(1), "quote", float("inf"), f"{m.group(1)[-12:]!r} before a quotation mark '>'")
        _add_join(found, words[0] == ">" and index > 0, confident, weak)
    m = _AND_OR_JOIN_RE.match(chunk) if "/" in chunk and "/or" in chunk.lower() else None
    if m is not None and (m.group(1) or m.group(3)):
        # themand/or, sublicense,and/or, and/ormodify: the licences' "and/or"
        # glued to a word on either side (no real text writes it so).
        if m.group(1):
            confident.append(Split(at + m.end(1), "and/or", float("inf"), f"{m.group(1)!r} before {m.group(2)!r}"))
        if m.group(3):
            confident.append(Split(at + m.end(2), "and/or", float("inf"), f"{m.group(2)!r} before {m.group(3)!r}"))
    m = _CLOSE_PAREN_JOIN_RE.match(plain) if ")" in plain and "(" not in plain else None
    if m is not None and get_scorer().is_solid(m.group(2), False) and not (
        technical and m.group(1).strip("\"'“‘”’.!?,;:)").lower() in C_TYPE_WORDS
    ):
        # handbooks)are: a parenthesis closed, glued to the word after it
        # (opened in an earlier chunk: not (re)start or (void)x).
        confident.append(Split(at + m.end(1), "bracket", float("inf"), f"')' before {m.group(2)!r}"))
    m = _NUMBER_CLOSED_WORD_RE.match(chunk) if ")" in chunk else None
    if (
        m is not None
        and not _LIST_MARK_RE.fullmatch(m.group(1))
        and (get_scorer().is_solid(m.group(2).lower(), True) or m.group(2).lower() in SENTENCE_STARTS)
    ):
        # (2016 Apr 19)Also, (after patch 7.4.1047)Problem:, (#7096)After,
        # (Aug 21, 2017)New: a parenthesis closed on a number, glued to the
        # capitalized word after it (no call or name goes on so; not a
        # list's mark, (2)Herbrand, which some write so).
        confident.append(Split(at + m.end(1), "bracket", float("inf"), f"{m.group(1)[-16:]!r} before {m.group(2)!r}"))
    m = _CALL_THEN_WORD_RE.match(plain) if "()" in plain else None
    if m is not None and _markup_neighbour(m.group(2), get_scorer):
        # mallinfo()is, draw_shape()method: a function named with its empty
        # brackets, glued to the word of prose after it (no code goes on so).
        confident.append(Split(at + m.end(1), "bracket", float("inf"), f"{m.group(1)[-16:]!r} before {m.group(2)!r}"))
    m = _CLOSE_PAREN_FIELD_RE.match(chunk) if chunk.endswith(":") else None
    if m is not None and m.group(1).count("(") < m.group(1).count(")"):
        # (default 0)force:, (default True)maxlevels: a field of a list of
        # arguments, after the parenthesis that ended the one before (not
        # f(x)y:, a parenthesis of its own).
        confident.append(Split(at + m.end(1), "bracket", float("inf"), f"')' before {m.group(2) + ':'!r}"))
    m = _BRACKET_SENTENCE_RE.match(plain) if "[" in plain else None
    if m is not None and get_scorer().model.flags(m.group(2).lower()) & FLAG_DICTIONARY:
        # mounts.[bug introduced in coreutils-8.32], spaces.[This bug...: a
        # sentence ended, a bracket of prose opened after it (not a glob,
        # *.[ch], nor an index, a.[0]: the chunk ends with the word).
        confident.append(Split(at + m.end(1), "bracket", float("inf"), f"{m.group(1)!r} before '[{m.group(2)}'"))
    if ("‘" in chunk and "’" in chunk) or chunk.count("'") == 2 or chunk.count('"') == 2 or "`" in chunk:
        _quoted_name_candidates(chunk, at, get_scorer, confident, weak, technical)
    m = _CLOSED_SENTENCE_RE.match(chunk) if "." in chunk else None
    if m is None and "|." in chunk:
        m = _TAG_SENTENCE_RE.match(chunk)  # (Vim's help: |has()|.For, |v:shell_error|.This)
    if m is not None:
        # tell().The, chunk).If, Sweden).All, ‘gettext’.Similarly: a
        # sentence ended on a bracket or a quotation closed, a word that
        # starts sentences began the next (no call, index or quotation is
        # followed so by a name in capitals and nothing else).
        _closed_sentence(m, at, doc, get_scorer, confident, weak)
    if "--" in chunk or "](" in chunk:
        _option_or_link_candidates(chunk, at, get_scorer, confident, weak, technical)
    m = _WORD_URL_RE.match(chunk) if "://" in chunk else None
    if m is not None and _markup_neighbour(m.group(1), get_scorer):
        # the|https://github.com/joyent/node, from|https://xorg...: a word
        # of prose glued to an address (no scheme is written so).
        confident.append(Split(at + m.end(1), "path", float("inf"), f"{m.group(1)!r} before a URL"))
    m = _WORD_RELATIVE_PATH_RE.match(chunk) if "/" in chunk else None
    if m is not None:
        # and|src/lib/krb5/unicode, the|librmtp/: a function word glued to a
        # relative path whose first name the text writes on its own
        # elsewhere, and never glued so (ofono/ is a name): else an
        # unplaced candidate (a chunk's verdict may not depend on its text).
        whole = m.group(1)
        cuts = [cut for cut in range(min(4, len(whole) - 3), 1, -1) if whole[:cut] in FUNCTION_WORDS]
        if cuts and get_scorer().model.logp(whole) is None:
            cut = None if doc.repeated(whole) else next((cut for cut in cuts if doc.spells(whole[cut:])), None)
            place = cuts[0] if cut is None else cut
            found = Split(at + m.start(1) + place, "path", float("inf"), f"{whole[:place]!r} before {whole[place:] + '/'!r}")
            _add_join(found, cut is not None, confident, weak)
    m = _WORD_IDENTIFIER_RE.match(chunk) if "_" in chunk else None
    if m is not None:
        _word_before_identifier(m, at, doc, get_scorer, confident, weak)
    m = _NUMBER_THEN_WORD_RE.fullmatch(chunk) if chunk[0].isdigit() or chunk[1:2].isdigit() else None
    if m is not None and m.group(2) in FUNCTION_WORDS and m.group(2) not in UNIT_WORDS and m.group(2) != "us":
        # 1if, 128for, 137if: a number glued to the function word after it
        # (no unit or suffix is one: 10in, 4am, 10848us are, and left
        # alone; nor a hash: 285748be).
        confident.append(Split(at + m.end(1), "digits", float("inf"), f"{m.group(1)!r} before {m.group(2)!r}"))
    elif (
        m is not None
        and m.group(2)[0] == "s"
        and m.group(2)[1:] in FUNCTION_WORDS
        and len(m.group(2)) >= 3
        and _PLURAL_NUMBER_RE.fullmatch(m.group(1) + "s")
    ):
        # 1960sto, 1980sand: a number's plural (a decade) glued to a function word.
        confident.append(Split(at + m.end(1) + 1, "digits", float("inf"), f"{m.group(1) + 's'!r} before {m.group(2)[1:]!r}"))
    m = _NUMBER_MARK_WORD_RE.fullmatch(chunk) if not technical and ("%" in chunk or "°" in chunk) else None
    if m is not None and get_scorer().is_solid(m.group(2).lower(), m.group(2)[0].isupper()):
        # 10%to, 43.4%household, 20°East: a percentage or an angle glued to
        # the word after it (in prose; a format of C is %d, %to a name).
        confident.append(Split(at + m.end(1), "digits", float("inf"), f"{m.group(1)!r} before {m.group(2)!r}"))
    m = _WORD_THEN_NUMBER_RE.fullmatch(chunk) if not technical and any(map(str.isdigit, chunk[-4:])) else None
    if m is not None and (
        (m.group(1).lower() in FUNCTION_WORDS and (len(m.group(1)) > 2 or m.group(1).lower() in BEFORE_NUMBERS))
        or m.group(1) in MONTHS
    ):
        # about30,000, In2000, to0.18, December10: a function word or a
        # month glued to the number after it (no name of a product is cased
        # so: Windows10, IPv4, mp3; but be64, le32, us2 are names of code).
        confident.append(Split(at + m.end(1), "digits", float("inf"), f"{m.group(1)!r} before {m.group(2)!r}"))
    m = _DAY_YEAR_RE.fullmatch(chunk) if not technical and "," in chunk else None
    if m is not None:
        # June 2,1819: a date's day glued to its year (no number groups
        # four digits after a comma); sure after a month's name, else only
        # where the layout says a line ended.
        month = _core(words[index - 1])[1] if index else ""
        found = Split(at + m.end(1), "digits", float("inf"), f"{m.group(1)!r} before {m.group(2)!r}")
        _add_join(found, month in DATE_NAMES, confident, weak)
    m = _NAME_THEN_WORD_RE.fullmatch(chunk) if "_" in chunk or chunk[0] in "$@%" else None
    if m is not None:
        _name_before_word_of_prose(m, at, doc, get_scorer, confident, weak)
    m = _WORD_CONSTANT_RE.match(chunk) if "_" in chunk else None
    if m is not None and _markup_neighbour(m.group(1), get_scorer):
        # have|CONFIG_SECURITY_CAPABILITIES, setting|PREVENT_NO_AUTH: a word
        # of prose glued to a constant in capitals (no name is cased so).
        confident.append(Split(at + m.end(1), "code", float("inf"), f"{m.group(1)!r} before {m.group(2)[:24]!r}"))
    m = _WORD_PATH_RE.match(chunk) if "/" in chunk else None
    if m is not None and _markup_neighbour(m.group(1), get_scorer):
        # into/usr/share/ca-certificates, the/etc/ssh/ssh_config: a word of
        # prose glued to an absolute path under a directory of the root
        # (a relative path starts with a name, which may be a word too:
        # tools/lib/bpf, test/lib: only after a function word is it sure;
        # after another word the layout walk may place it).
        found = Split(at + m.end(1), "path", float("inf"), f"{m.group(1)!r} before {m.group(2)[:24]!r}")
        _add_join(found, m.group(1).lower() in FUNCTION_WORDS, confident, weak)
    m = _CODE_SENTENCE_RE.match(chunk) if "." in chunk else None
    if (
        m is not None
        and _starts_sentence(m.group(2))
        and (
            "." in m.group(1)[:-1]
            or "_" in m.group(1)
            or m.group(1)[:-1].isupper()
            or "/" in m.group(1)
            or m.group(1)[0] in "$%@"
            or _DIGITS_DASHED_RE.search(m.group(1)) is not None
        )
    ):
        # binascii.Error.For, int.__add__.An, COBOL.Please, Type O.Please: no
        # attribute is named so after a dotted name or one in capitals (ast.If
        # after a plain word in lower case is: not read here; nor is a letter
        # alone a word, Bull S.A, Rev.A, Cycle 2.A).
        confident.append(Split(at + m.end(1), "sentence", float("inf"), f"{m.group(1)[-24:]!r} before {m.group(2)!r}"))
    m = _CODE_COMMA_RE.match(chunk) if "," in chunk and chunk.count("(") <= chunk.count(")") else None
    if m is not None and m.group(2) in FUNCTION_WORDS:
        # __ge__,then, default),the, sys.stdin,otherwise: a comma after code,
        # then a function word, which no name in a list of them is.
        confident.append(Split(at + m.end(1), "comma", float("inf"), f"{m.group(1)[-24:]!r} before {m.group(2)!r}"))
    m = _PAREN_SENTENCE_RE.match(chunk) if ".(" in chunk else None
    if m is not None:
        # percent.(Default:, error.(Michalis Giannakidis): a sentence ends
        # on a word, a bracket opens the next with a capital (no name of
        # code is written so: importlib.machinery.(FileFinder is dotted
        # before; e.g.(See, i.e.(The are abbreviations).
        confident.append(Split(at + m.end(1), "sentence", float("inf"), f"{m.group(1)[-24:]!r} before {m.group(2)[:24]!r}"))
    m = _QUOTED_SENTENCE_RE.fullmatch(chunk) if ".'" in chunk or '."' in chunk else None
    if m is not None and (roles is None or roles.get(at + m.end(1) - line_offset) == "open"):
        # names.'varargs', default.'always', changes.'patch': a sentence ends
        # on a word, a name quoted whole starts the next (no code writes a
        # quotation after a full stop so; e.g.'s letters are no word).
        confident.append(Split(at + m.end(1), "sentence", float("inf"), f"{m.group(1)[-24:]!r} before {m.group(2)!r}"))
    m = _NUMBER_SENTENCE_RE.match(core) if not technical and "." in core else None
    if m is not None and get_scorer().model.flags(m.group(2).lower()) & FLAG_DICTIONARY:
        # in 1965.Please, TOPS-10.Going: a number of two digits or more
        # ends a sentence, a word of the word list starts the next (not
        # sqlite3.Row or base64.Error, names; nor 3.Notice, a list).
        confident.append(Split(core_start + m.end(1), "sentence", float("inf"), f"{m.group(1)[-1]!r} before {m.group(2)!r}"))
    if chunk[:1].islower() and _CODE_GOES_ON_RE.search(chunk):
        _function_word_before_code(chunk, at, doc, get_scorer, confident, weak)
    m = _WORD_BEFORE_DOTTED_RE.match(chunk) if "." in chunk else None
    if m is not None:
        _word_before_dotted_name(m.group(1), at + m.start(1), doc, get_scorer, confident, weak)
    if PROTECTED_CHUNK_RE.search(plain) and not (
        _only_edge_brackets(plain) and (not technical or _PAREN_EDGE_RE.fullmatch(plain) is not None)
    ) and not (_SLASHED_WORDS_RE.fullmatch(core) and "/" not in chunk[:head] + chunk[head + len(core):]):
        # (Outside technical prose, brackets around a word are a parenthesis:
        # (or theday).; in technical prose too, one closed after letters:
        # indentationstripped). And two words in lower case set side by side
        # by a slash are prose, whose runs are read: key/valuepairs,
        # associatingkey/value; not Other|Languages/js in a listing.)
        return
    if not core or not (core[0].isalpha() or (italics and core[0] == "_")):
        return
    m = _WORD_ABBREVIATION_RE.match(chunk, head) if "." in core else None
    if m is not None and m.group(1).lower() in FUNCTION_WORDS and not technical:
        # theU.S., forU.S.: a function word, then a dotted abbreviation
        # (not pythonX.Y., a name and a version).
        confident.append(Split(core_start + len(m.group(1)), "abbreviation", float("inf"), f"{m.group(1)!r} before {m.group(2)!r}"))
        return
    if core.count(".") > 1 or _dot_before_lower(core):
        m = _ABBREVIATION_JOIN_RE.match(core)
        if m is not None and not technical:
            # U.S.Postal, i.e.as: a dotted abbreviation, then a word.
            confident.append(Split(core_start + m.end(1), "abbreviation", float("inf"), f"{m.group(1)!r} before {m.group(2)!r}"))
        return  # U.S., e.g., example.com, setup.py, collections.abc
    runs = [(m.start(), m.group()) for m in LETTER_RUN_RE.finditer(core)]
    previous = _context_word(words, index - 1) if head == 0 else None
    following = _context_word(words, index + 1, after=True) if len(core) + head == len(chunk) else None
    separators = [core[a_start + len(a):b_start] for (a_start, a), (b_start, _) in zip(runs, runs[1:])]
    # The underscores of italics on either side of a separator, set aside:
    # work;_my_ is a join at ';' whose space goes before the '_'.
    trailing_underscores = [len(sep) - len(sep.rstrip("_")) for sep in separators]
    if italics:
        separators = [sep.strip("_") for sep in separators]
    comma_like = sum(1 for sep in separators if sep[:1] in ",;")
    # The rules at an apostrophe read, in technical prose, only a chunk
    # shaped like a contraction, letters on either side of the one
    # apostrophe: doesn'texist, not 'a'b.
    apostrophe_rules = not technical or (len(runs) == 2 and core == chunk.rstrip(".,;:!?"))
    contraction_cut = 0  # where a contraction ended in the run before (see below)
    for i, (run_start, run) in enumerate(runs):
        if i > 0:
            role = None
            if roles is not None and separators[i - 1][-1:] in ("'", '"'):
                role = roles.get(core_start + run_start - 1 - line_offset)
            split = _punctuation_split(runs[i - 1][1], separators[i - 1], run, comma_like, chunk, role)
            if (
                split is None
                and run == "A"
                and run_start + 1 == len(core)
                and separators[i - 1] in (".", "!", "?")
                and len(runs[i - 1][1]) >= 2
                and runs[i - 1][1].islower()
                and not technical
            ):
                # hinges.A swift: the article starts a sentence (a capital
                # letter alone ends no word of prose; not Rev.A, am.A<int>).
                split = ("sentence", "after")
            if split is not None and split[0] == "colon" and separators[i - 1] == ":" and technical:
                split = None  # (key:value, a dict or a format in prose about code)
            held = False  # a sentence join anywhere but in technical prose
            if split is None and _acronym_sentence(runs[i - 1][1], separators[i - 1], run):
                if run != "I" and run.lower() in FUNCTION_WORDS:
                    # EOF.The, API.If: an acronym ends a sentence and a function
                    # word starts the next (no file or class is named so).
                    split = ("sentence", "after")
                elif not technical:
                    # ALU.I've, DOS.Going: an acronym ends a sentence; or it
                    # names a file (README.Debian, NEWS.Source): only where
                    # the layout says an old line ended.
                    split, held = ("sentence", "after"), True
            elif split is not None and split[0] == "sentence" and not (
                _ends_sentence(
                    runs[i - 1][1], get_scorer, technical and not _starts_docstring_sentence(runs[i - 1][1], run, get_scorer)
                )
                # (a word the counts do not know ends a sentence before a
                # function word or a docstring's start: systemd.Otherwise,
                # descrypt.It; no attribute is named so)
                or (len(run) >= 2 and len(runs[i - 1][1]) >= 4 and runs[i - 1][1].islower()
                    and _starts_sentence(run))
                # (an exclamation or a question ends a sentence after any
                # word: God!I'm; a name is dotted, One.Tel, Node.Js)
                or (separators[i - 1][:1] in ("!", "?") and not technical)
            ):
                # binascii.Error, doctest.Tester, One.Tel, typing.List: names,
                # not sentences (in technical prose only "end.The" and
                # "coroutine.Return" are: see _starts_docstring_sentence)
                held = technical and _ends_sentence(runs[i - 1][1], get_scorer, False)
                if not held:
                    split = None
                elif (
                    run[1:].islower()
                    and doc.starts_sentences(run)
                    and doc.once(runs[i - 1][1] + separators[i - 1] + run)
                    and get_scorer().model.flags(run.lower()) & FLAG_DICTIONARY
                ):
                    # set.Return, value.Raise: a word of the dictionary that
                    # the text starts sentences with elsewhere, after a word
                    # this once (a name such as threading.Thread is written
                    # so again): a sentence.
                    held = False
            elif (
                split is not None
                and split[0] == "sentence"
                and separators[i - 1] == "."
                and _dotted_name(runs[i - 1][1], doc, get_scorer)
            ):
                # gdb.Value outside prose about code: the text dots the
                # same word, no word of the word list, before other words
                # (gdb.Type, gdb.lookup_type): a namespace and its names, or
                # a file's name (changelog.Debian, changelog.gz), whose dot
                # is no full stop. Only where the layout says a line ended.
                held = True
            elif (
                split is not None
                and split[0] == "colon"
                and separators[i - 1] == ":"
                and (
                    run.lower() not in FUNCTION_WORDS
                    or not all(get_scorer().model.flags(word.lower()) & FLAG_DICTIONARY for word in (runs[i - 1][1], run))
                )
            ):
                # xsl:param, gettext:any, behdad:src: a name or a namespace
                # and a value, not a clause (Duchess:you'd is two words of
                # the word list): only where the layout says a line ended.
                held = True
            elif split is not None and split[0] == "comma" and (chunk.endswith(":") or _quoted_whole(chunk, head, core)):
                # gpg,sm: and demux,StoreFrame: the parts a commit touches,
                # a label before a colon rather than a clause; "local,wkd"
                # and "white;italics": a value quoted whole: only where the
                # layout says an old line ended.
                held = True
            if split is not None and italics and "_" in separators[i - 1]:
                split = None  # (a_b: not italics)
            if split is not None:
                rule, where = split
                trailing = trailing_underscores[i - 1]
                if where == "after":
                    pos = core_start + run_start - trailing
                elif where == "inside":  # between the punctuation and an opening quote
                    pos = core_start + run_start - 1 - trailing
                else:
                    pos = core_start + run_start - trailing - len(separators[i - 1])
                found = Split(pos, rule, float("inf"), f"{separators[i - 1]!r} before {run!r}")
                if held:
                    # (apply.Otherwise: never inserted on its own, but where
                    # an old line may have ended, for reading the width.)
                    weak.append((found._replace(margin=MARGIN), float("inf")))
                elif separators[i - 1][-1:] in ("'", '"') and (technical or (roles is not None and role is None)):
                    # The line's quotes do not pair up (a quotation running on
                    # into the next paragraph), or it shows code ('a','b'):
                    # which side the space goes is unknown, so nothing is
                    # inserted. (Still a candidate: a chunk's verdict may not
                    # depend on its line.)
                    weak.append(_unplaced(found))
                else:
                    confident.append(found)
            if separators[i - 1] in ("'", "’") and apostrophe_rules:
                before_run = runs[i - 1][1]
                if (
                    len(before_run) >= 3
                    and before_run[0] == "I"
                    and before_run[1:].islower()
                    and _is_contraction(before_run[1:], run.lower())
                    and not _is_contraction(before_run.lower(), run.lower())
                ):
                    # Ishouldn't, Idon't: the pronoun glued to a contraction.
                    confident.append(Split(
                        core_start + runs[i - 1][0] + 1, "contraction", float("inf"),
                        f"'I' + {before_run[1:] + separators[i - 1] + run!r}",
                    ))
                elif run == "t" and before_run[-1].islower():
                    word = _word_before_negation(before_run, get_scorer())
                    if word:
                        # objectdoesn't, thendon't, wewon't: a word glued to
                        # a negation, which no word of English ends in.
                        confident.append(Split(
                            core_start + runs[i - 1][0] + len(word), "contraction", float("inf"),
                            f"{word!r} + {before_run[len(word):] + separators[i - 1] + run!r}",
                        ))
                if (
                    len(before_run) >= 4
                    and before_run[-2:].islower()
                    and before_run[-1] == "s"
                    and run.islower()
                    and (len(run) >= 3 or run in TWO_LETTER_WORDS)
                    and get_scorer().is_solid(before_run.lower(), before_run[0].isupper())
                    and bool(get_scorer().model.flags(run) & FLAG_DICTIONARY)
                ):
                    # Qantas'responsibility, Refugees'budget: a plural
                    # possessive glued to the next word. (Not the elisions
                    # of dialect, whose parts are no words: pos'tive, Mis'ry.)
                    confident.append(Split(
                        core_start + run_start, "contraction", float("inf"),
                        f"{before_run + separators[i - 1]!r} + {run!r}",
                    ))
                # (After a contraction cut before it, the word is what
                # follows the cut: doesn'tdoesn'twith is doesn't, doesn't, with.)
                left_word = runs[i - 1][1][contraction_cut:]
                cut = _contraction_end(left_word, run, get_scorer())
                if cut:
                    confident.append(Split(
                        core_start + run_start + cut, "contraction", float("inf"),
                        f"{left_word + separators[i - 1] + run[:cut]!r} + {run[cut:]!r}",
                    ))
                contraction_cut = cut
            else:
                contraction_cut = 0
        if i + 1 < len(runs) and separators[i] in ("'", "’") and (
            _closed_contraction(run, runs[i + 1][1])
            or (
                runs[i + 1][1] == "t"
                and run[-1].islower()
                and apostrophe_rules
                and _word_before_negation(run, get_scorer())
            )
        ):
            # doesn't, weren't, they're: the letters before the apostrophe
            # are a word as written; pleasedon't is please + don't (see
            # above), not pleased|on't.
            continue
        run_prev = previous if i == 0 else None
        run_next = following if i == len(runs) - 1 else None
        last = i == len(runs) - 1 and core_start + run_start + len(run) == at + len(chunk) and index + 1 == len(words)
        before, sure_before = len(weak), len(confident)
        _run_splits(run, core_start + run_start, run_prev, run_next, technical, doc, get_scorer, confident, weak, shouting, last)
        if (len(weak) > before or len(confident) > sure_before) and _quoted_whole(chunk, core_start - at + run_start, run):
            # 'whichwrap', ‘contextRule’: a word quoted alone is a name (an
            # option, a file type, a term the text defines), a lost space
            # in it no likelier than in any name: only where the layout
            # says an old line ended ("filetypeon" as a quoted command).
            weak[before:] = [(split, float("inf")) if split.rule == "model" else (split, needed) for split, needed in weak[before:]]
            weak.extend(_unplaced(split) for split in confident[sure_before:])
            del confident[sure_before:]
        end = core_start - at + run_start + len(run)
        if len(weak) > before and chunk[end:end + 1] in (",", ";", ":", ".", "!", "?"):
            # Hasan, -> Has an,? An article ends no clause: a model split
            # that leaves one before punctuation stands nowhere.
            start = core_start + run_start
            weak[before:] = [
                _unplaced(split) if split.rule == "model" and run[split.pos - start:].lower() in ARTICLES else (split, needed)
                for split, needed in weak[before:]
            ]


def _word_before_negation(run: str, scorer: _Scorer) -> str:
    """The word of the counts that ``run`` starts with, if the rest is the
    stem of a negation (``object`` in objectdoesn't), else ''."""
    lower = run.lower()
    if _is_contraction(lower, "t"):
        return ""
    for stem in NEGATION_STEMS:
        if lower.endswith(stem) and len(lower) - len(stem) >= 2:
            word = run[:-len(stem)]
            return word if scorer.is_solid(word.lower(), word[0].isupper()) else ""
    return ""


# The endings of English contractions, and the words they attach to (None:
# any word, as the possessive 's does).
CONTRACTIONS: dict[str, Optional[frozenset[str]]] = {
    "t": frozenset(
        "don can won isn aren wasn weren couldn shouldn wouldn didn doesn hasn haven hadn ain mustn needn shan"
        .split()
    ),
    "s": None,
    "re": frozenset("you we they what who there here".split()),
    "ve": frozenset("i you we they could would should might must who".split()),
    "ll": frozenset("i you he she it we they that who there what".split()),
    "d": frozenset("i you he she it we they who".split()),
    "m": frozenset(["i"]),
}
# The stems of n't, longest first (no stem ends another but on a letter a
# word cannot end in: shouldn't is no s + houldn't).
NEGATION_STEMS = sorted((CONTRACTIONS["t"] or frozenset()) - {"ain", "shan"}, key=len, reverse=True)


def _markup_candidates(
    chunk: str,
    at: int,
    get_scorer: Callable[[], _Scorer],
    confident: list[Split],
    weak: list[tuple[Split, float]],
    after: Sequence[str] = (),
) -> None:
    """A word glued to inline markup (see _MARKUP_BEFORE_RE): the markup is
    written after a space or punctuation, and the word must be one the
    counts know well (a function word, a word of the word list of four
    letters or more, or a frequent one of three), not a piece of an
    identifier. The markup before a word is closed in the chunk, or goes on
    past it (C<< $i->inflate >>, a link to a section, L</"Defining Aliases">),
    or a code of one bracket closes in one of the chunks ``after`` it on its
    line before another opens (theC<use Socket>; where none does, the place
    stays an unplaced candidate: a chunk's verdict may not depend on its
    neighbours)."""
    m = _MARKUP_BEFORE_RE.match(chunk)
    if m is not None and _markup_neighbour(m.group(2), get_scorer):
        opened = m.group(3) or m.group(4) or m.group(5)
        rest = chunk[m.end():]
        closing = ">" if opened[0] == "<" else opened
        found = Split(at + m.end(1), "markup", float("inf"), f"{m.group(2)!r} before {chunk[m.end(1):][:12]!r}")
        if closing in rest or (opened.startswith("<<") and not rest) or (opened == "<" and rest.startswith(('"', '/"'))):
            confident.append(found)
        elif opened == "<" and "<" not in rest:
            _add_join(found, _closed_later(after), confident, weak)
    for m in _MARKUP_AFTER_RE.finditer(chunk):
        # (A word after it, then or after a comma; another code after a
        # comma; a sentence after a full stop: F<.pm>.On, C<5>.Prior.)
        word = m.group(3) or m.group(6)
        cut = m.end(2) if m.group(3) else m.end(4) if m.group(4) else m.end(5)
        if word is None or (word.lower() not in MARKUP_ENDINGS and _markup_neighbour(word, get_scorer)):
            confident.append(Split(at + cut, "markup", float("inf"), f"markup before {chunk[cut:][:12]!r}"))


# A word glued to a name in quotes, the GNU manuals' way of writing code
# (the‘ngettext’, is‘--color=auto’., and'BZ2_bzlibVersion'., in"src/lib"; in
# ASCII, see`/usr/share/common-licenses/GPL'.; Markdown's with`:final`.), and
# such a name glued to the word after it (‘gunzip’will).
_BEFORE_QUOTED_RE = re.compile(
    r"[\"(“]?([A-Za-z]+)[,;:]?(?=(?:‘[^‘’\s]+’|'[^'‘’\s]+'|\"[^\"\s]+\"|`[^`'\s]+'|`[^`\s]+`)[^‘’'\"`\w]*$)"
)
_AFTER_QUOTED_RE = re.compile(
    r"[(\[]?(?:‘[^‘’\s]+’|'[^'‘’\s]+'|\"[^\"\s]+\"|`[^`'\s]+'|`[^`\s]+`)(?=([a-z]{2,})[.,;:!?)]*$)"
)


def _quoted_name_candidates(
    chunk: str,
    at: int,
    get_scorer: Callable[[], _Scorer],
    confident: list[Split],
    weak: list[tuple[Split, float]],
    technical: bool,
) -> None:
    """A word of prose glued to a name quoted whole in single quotes, before
    it or after it (see _BEFORE_QUOTED_RE): the quotes open and close in
    the chunk, and the word is one of prose (see _markup_neighbour; after the
    quote, no ending of a possessive or a contraction: ‘gzip’s). Curly
    quotes that do so are neither an apostrophe (Hawai‘i, ‘s’ubstitution
    stay), nor is a backtick that opens them; straight single ones are a
    name only in prose about code: in a story they are dialogue and
    contractions ('You're|looking,
    you'vehad!'); double ones (in"src/lib/krb5/unicode":) only outside it,
    where no string literal is written (in prose about code the held-out
    docstrings lost precision). Elsewhere the place stays an unplaced
    candidate (a chunk's verdict may not depend on its line)."""
    sure = "‘" in chunk or "`" in chunk or (technical if "'" in chunk else not technical)
    m = _before_quoted_name(chunk)
    if m is not None and _markup_neighbour(m.group(1), get_scorer):
        if not _split_at(confident, at + m.end(), at):
            _add_join(Split(at + m.end(), "quote", float("inf"), f"{m.group(1)!r} before a quoted name"), sure, confident, weak)
        return
    m = _AFTER_QUOTED_RE.match(chunk)
    if m is not None and m.group(1) not in APOSTROPHE_ENDINGS and _markup_neighbour(m.group(1), get_scorer):
        if not _split_at(confident, at + m.end(), at):
            _add_join(Split(at + m.end(), "quote", float("inf"), f"a quoted name before {m.group(1)!r}"), sure, confident, weak)


def _before_quoted_name(chunk: str) -> "Optional[re.Match[str]]":
    """The match of _BEFORE_QUOTED_RE in ``chunk``, unless its straight
    quotes are a contraction's apostrophe and a quotation's end (aren't,'
    said Alice; not when't' as a mode is)."""
    m = _BEFORE_QUOTED_RE.match(chunk)
    if m is not None and chunk[m.end()] == "`" and chunk[m.end() - 1] == ":":
        return None  # (a role of reStructuredText that lost its first colon: option:`--aq-motion`)
    if m is not None and chunk[m.end()] == "'" and m.end(1) == m.end():  # (are:'s': a colon, no contraction)
        ending = _LEADING_LETTERS_RE.match(chunk, m.end() + 1)
        if ending is not None and _is_contraction(m.group(1).lower(), ending.group().lower()):
            return None
    return m


_LEADING_LETTERS_RE = re.compile(r"[A-Za-z]+")


def _split_at(confident: list[Split], pos: int, at: int) -> bool:
    """Has another rule put a sure split at ``pos`` in the chunk at ``at``?
    Only the chunk's own splits are looked at, the last of the line's: the
    splits of the chunks before it all stand before ``at`` (a scan of the
    whole line for every chunk made a long line of them quadratic)."""
    for split in reversed(confident):
        if split.pos < at:
            return False
        if split.pos == pos:
            return True
    return False


# A dash glued on one side only that is written so in clean text: one of a
# pair around an aside (—to which he belonged—), or a suspended compound
# (mutualist– and individualist-anarchism).
_DASH_PAIR_RE = re.compile(r"(?<!\S)([–—])[^\W\d_][^–—]{0,100}?[^\W\d_]\1(?!\w)")
_SUSPENDED_DASH_RE = re.compile(r"[–—] (?:and|or|to|nor) ")


def _dash_join_sure(line: str, m: re.Match[str], doc: _Document, pairs: list[int]) -> bool:
    """Is the dash glued on one side at ``m`` (issue –the peace process) a
    lost space for sure? Not where the dash is one of a pair written glued
    around an aside, or ends a suspended compound. Glued to the word after
    it, only where the text spaces the dash elsewhere or the word is a
    function word (no option is named –the: an LLVM manual writes its
    options –args). Else only where the layout says a line ended.
    ``pairs``: the starts and ends of the line's pairs, in order."""
    dash = m.group().strip()
    if bisect_right(pairs, m.end() - 1) % 2:
        return False  # (inside a pair: after an odd number of its starts and ends)
    if not m.group()[0].isspace():
        return not _SUSPENDED_DASH_RE.match(line, m.start())  # (issue– the: a line started with the dash)
    word = LETTER_RUN_RE.match(line, m.end())
    return doc.spaces_dash(dash) or (word is not None and word.group().lower() in FUNCTION_WORDS)


# References to manual pages glued together, as a list of SEE ALSO runs
# when it is unwrapped (openssl-ciphers(1),openssl-cmp(1), fc-cat(1)fc-cache(1)):
# two or more names each with a section, and a lost space after a section.
_MAN_NAME_REST = r"[\w.:+-]*"  # (after its first letter)
_MAN_SECTION = r"\([1-9][a-z]*\)"
_MAN_REF = rf"[A-Za-z]{_MAN_NAME_REST}{_MAN_SECTION}"
_MAN_REFS_RE = re.compile(rf"(?:{_MAN_REF},?){{2,}}[.,;]?")
_MAN_REF_JOIN_RE = re.compile(rf"{_MAN_SECTION},?(?={_MAN_REF})")
# ... one glued to a word after it (crypt(5)for).
_MAN_REF_WORD_RE = re.compile(rf"[(\[\"'“‘]?({_MAN_REF}[.,;:]?)([A-Za-z][a-z]+)[.,;:)\]\"'”’]*$")
# ... and one standing alone, in a list (a reference, then a comma or nothing).
_MAN_REF_ALONE_RE = re.compile(rf"{_MAN_REF},?")
# ... and a word glued to the name of one (seegitworkflows(7), thegitmodules(5)).
_WORD_MAN_REF_RE = re.compile(rf"[(\[\"'“‘]?([A-Za-z]+)({_MAN_NAME_REST}{_MAN_SECTION})[.,;:)\]\"'”’]*$")
# A reference to a manual page as a chunk of its own (see _Document.refers_to).
_REFERENCE_CHUNK_RE = re.compile(rf"([A-Za-z]{_MAN_NAME_REST}){_MAN_SECTION}")
# The words that lead up to a reference without another in the text: no page
# is named so (many start with a function word: perfmonctl(2), fromdos(1)).
REFERENCE_WORDS = frozenset(("see", "also", "the"))


def _word_before_man_reference(
    m: "re.Match[str]", get_scorer: Callable[[], _Scorer], doc: Optional[_Document]
) -> tuple[int, bool]:
    """Where a function word (or see, also) ends that is glued to the name of
    a manual page (``m``: a match of _WORD_MAN_REF_RE), or 0; sure where the text
    refers to that page apart elsewhere (ingitattributes(5), when it writes
    gitattributes(5) too), or where the word is one of REFERENCE_WORDS and
    the rest of four letters or more no word of the list
    (seegitworkflows(7)). Not a name the counts know, nor a page named so:
    initgroups(3), toupper(3), asprintf(3), perfmonctl(2) stay. The second
    value says whether the join is sure; if not, the place stays a
    candidate of the layout walk (a chunk's verdict may not depend on its
    text: the first sight of a block judges it with no document)."""
    letters = m.group(1)
    lower = letters.lower()
    scorer = get_scorer()
    if not letters[1:].islower() or scorer.model.logp(lower) is not None:
        return 0, False
    first = 0
    for i in range(len(lower) - 2, 1, -1):
        word, name = lower[:i], lower[i:]
        if word not in FUNCTION_WORDS and word not in REFERENCE_WORDS:
            continue
        if (doc is not None and doc.refers_to(name)) or (
            word in REFERENCE_WORDS and len(name) >= 4 and not scorer.model.flags(name) & FLAG_DICTIONARY
        ):
            return i, True
        first = first or i
    return first, False


def _reference_edge_score(
    chunk: str, i: int, get_scorer: Callable[[], _Scorer], doc: Optional[_Document]
) -> Optional[tuple[float, str]]:
    """Is ``chunk[:i]|chunk[i:]`` the place where a function word ends that is
    glued to a reference to a manual page (or|confstr(3), and|semctl(2); see
    _word_before_man_reference, whose candidate this places where the walk
    says an old line ended)?"""
    m = _WORD_MAN_REF_RE.match(chunk)
    if m is None or not m.start(1) < i < m.end(1):
        return None
    cut, _ = _word_before_man_reference(m, get_scorer, doc)
    if not cut or m.start(1) + cut != i:
        return None
    if _longer_word_starts(m.group(1).lower(), cut, get_scorer()):
        return None  # (us|ingclock_settime(2), us|esem_close(3): using, use)
    return _BEFORE_OPENING, f"{chunk[m.start(1):i]!r} before a reference to a manual page"


def _man_reference_joins(
    chunk: str, at: int, words: list[str], index: int, confident: list[Split], weak: list[tuple[Split, float]]
) -> None:
    """The lost spaces between references to manual pages glued together
    (see _MAN_REFS_RE): sure where the line lists another reference on its
    own within MARKUP_SPAN chunks (a list of them, set apart by spaces
    elsewhere); else only where the layout says a line ended (f(1),g(2)
    may be code)."""
    near = words[max(0, index - MARKUP_SPAN):index] + words[index + 1:index + 1 + MARKUP_SPAN]
    listed = any(_MAN_REF_ALONE_RE.fullmatch(word) for word in near)
    for m in _MAN_REF_JOIN_RE.finditer(chunk):
        note = f"a reference to a manual page before {chunk[m.end():m.end() + 16]!r}"
        _add_join(Split(at + m.end(), "comma", float("inf"), note), listed, confident, weak)


def _add_join(found: Split, sure: bool, confident: list[Split], weak: list[tuple[Split, float]]) -> None:
    """A join that is sure where its evidence is (its text, its line, its
    neighbours), and elsewhere an unplaced candidate: whether a chunk holds
    a candidate is remembered across texts (see _remember), so it must hold
    one whatever its context says."""
    if sure:
        confident.append(found)
    else:
        weak.append(_unplaced(found))


# A word glued to a long option (use--warnings=none, the--keep-old-files.)
# or to a link of Markdown (the[COPYING](./COPYING), see[SECURITY.md](./SECURITY.md).,
# a path, an address or the text itself in the brackets; not gdb's
# function[abi:cxx11](int)).
_WORD_OPTION_RE = re.compile(r"[\"'(“‘]?([A-Za-z]+)(?=--[a-z][a-z0-9]*(?:(?:-[a-z0-9]+)+(?:=\S*)?|=\S*)[.,;:!?)'\"”’]*$)")
_WORD_LINK_RE = re.compile(r"[\"'(“‘]?([A-Za-z]+)(?=\[([^\[\]\s:]+)\]\((?:[^()\s]*[./#][^()\s]*|\2)\)[.,;:!?)]*$)")

# A word glued to a path or an address after it (see _chunk_candidates): the
# letters before the first slash of a relative path (andsrc/include/gssrpc),
# a word before a scheme (thehttps://...), a word before a path from the root
# (either/etc/ssh/ssh_config).
_WORD_RELATIVE_PATH_RE = re.compile(r"[\"'(“‘]?([a-z][a-z0-9]*)/[\w.+-]*(?:/[\w.+-]*)*[.,;:)]*$")
# A word glued to an identifier (and|api_subversion, either|unified_diff(),
# via|register_error.): its first name in lower case, then an underscore.
_WORD_IDENTIFIER_RE = re.compile(r"[\"'(“‘`*]?([a-z]{4,})(_[A-Za-z0-9][A-Za-z0-9_]*)")
# Two words of prose set side by side by a slash (key/value, and/or).
_SLASHED_WORDS_RE = re.compile(r"[a-z]{2,}/[a-z]{2,}")
# A percentage or an angle glued to a word (10%to, 20°East).
_NUMBER_MARK_WORD_RE = re.compile(r"[(\[\"'`]?(\d+(?:[.,]\d+)*[%°])([A-Za-z][a-z]+)[.,;:)\]\"'`]*")
# A word glued to the number after it (about30,000, December10), alone in its
# chunk; of the function words of two letters only those a number follows,
# and the names of the months written whole.
_WORD_THEN_NUMBER_RE = re.compile(r"[(\[\"'`]?([A-Za-z][a-z]+)(\d+(?:[.,]\d+)*%?)[.,;:)\]\"'`]*")
BEFORE_NUMBERS = frozenset("in to of at by on or is as".split())
MONTHS = frozenset("January February March April May June July August September October November December".split())
# A day glued to its year (June 2,1819).
_DAY_YEAR_RE = re.compile(r"[(\[]?(\d{1,2},)((?:1[0-9]|20)\d{2})[.,;:)\]]*")
# A number glued to the word after it (1if, 128for), alone in its chunk.
_NUMBER_THEN_WORD_RE = re.compile(r"[(\[\"'`]?(\d+(?:\.\d+)?)(?=[a-z]*[g-z])([a-z]{2,})[.,;:)\]\"'`]*")
# A name of code glued to the word of prose after it (d_asctime_ris,
# $octetsmust, @dl_resolve_usingfor): a name with an underscore or a sigil,
# letters, and what may end a word.
_NAME_THEN_WORD_RE = re.compile(r"[(\"'`]?([$@%]?[A-Za-z_][A-Za-z0-9_]*[a-z])[.,;:)\"'`]*")


def _name_before_word_of_prose(
    m: re.Match[str],
    at: int,
    doc: _Document,
    get_scorer: Callable[[], _Scorer],
    confident: list[Split],
    weak: list[tuple[Split, float]],
) -> None:
    """A name of code glued to a function word after it: sure where the
    text writes the name on its own elsewhere (d_asctime_r|is, $octets|must);
    else, or before another word of four letters or more
    (site_perl|directory), an unplaced candidate. Not a word of prose
    after a name the text also writes: $file and $filename, $in and $input
    are both names; nor where the whole is a name of the text's own
    (pg_dumpall beside pg_dump: see _Document.name_of_code)."""
    name = m.group(1)
    scorer = get_scorer()
    if _last_part_is_word(name, scorer):
        return  # gcry_error, gdbm_error: the name's last part is a word (err|or is no join)
    end = len(name)
    start = end
    while start > 0 and name[start - 1].islower():
        start -= 1
    found: Optional[tuple[int, bool]] = None
    for k in range(max(start, 1), end - 1):
        head, rest = name[:k], name[k:]
        if len(head.lstrip("$@%")) < 3 or not head[-1].isalnum():
            continue  # (pthread_|once: a name's part after an underscore is the name's)
        if rest in FUNCTION_WORDS:
            found = (k, doc.spells(head.lower()))
            break
        if found is None and len(rest) >= 4 and scorer.model.flags(rest) & FLAG_DICTIONARY:
            found = (k, False)
    if found is not None and not doc.name_of_code(name, found[0]):  # (pg_dumpall: a name)
        k, sure = found
        split = Split(at + m.start(1) + k, "code", float("inf"), f"{name[:k][-16:]!r} before {name[k:]!r}")
        _add_join(split, sure, confident, weak)


def _last_part_is_word(name: str, scorer: _Scorer) -> bool:
    """Is the last part of a name of code (after its last underscore, or
    its sigil) a word of the list, which no join ends in (gcry_error)?"""
    return bool(scorer.model.flags(name[name.rfind("_") + 1:].lstrip("$@%").lower()) & FLAG_DICTIONARY)


# A word glued to a constant in capitals, or a name that starts with one
# (haveCONFIG_SECURITY_CAPABILITIES, theEVP_KDF_fetch()).
_WORD_CONSTANT_RE = re.compile(
    r"[\"'(“‘`*]?([a-z]{2,})([A-Z][A-Z0-9]*_[A-Z0-9_]*[A-Z0-9]|[A-Z][A-Z0-9]+_[A-Za-z0-9_]*[A-Za-z0-9])\b"
)


def _word_before_identifier(
    m: re.Match[str],
    at: int,
    doc: _Document,
    get_scorer: Callable[[], _Scorer],
    confident: list[Split],
    weak: list[tuple[Split, float]],
) -> None:
    """A function word glued to an identifier (``viaregister_error``,
    ``themetadata_csum_seed``, ``andapi_subversion``): the identifier's
    first name is no word the counts know, and starts with the function
    word. Sure where the word starts no identifier (IDENTIFIER_LEADS) and
    the rest of the name is a word, or where the text writes the rest as an
    identifier of its own elsewhere; else an unplaced candidate for the
    layout walk (``in|buf_size`` or ``inbuf_size``?). A content word before
    an identifier is left alone: ``bufferevent_new``, ``readline_`` are
    names."""
    whole = m.group(1)
    scorer = get_scorer()
    if scorer.model.logp(whole) is not None:
        return  # readline_, setlocale_, format_: a word of its own
    cuts = [
        cut for cut in range(min(7, len(whole) - 2), 1, -1) if whole[:cut] in FUNCTION_WORDS or whole[:cut] in IDENTIFIER_LEADS
    ]
    if not cuts:
        return
    tail = m.group(2)
    cut = next((cut for cut in cuts if doc.spells(whole[cut:] + tail)), None)
    if cut is None and whole[:cuts[0]] in IDENTIFIER_LEADS and scorer.model.flags(whole[cuts[0]:]) & FLAG_DICTIONARY:
        cut = cuts[0]  # (than|dle_t: no, thandle_t is a name)
    place = cuts[0] if cut is None else cut
    found = Split(at + m.start(1) + place, "code", float("inf"), f"{whole[:place]!r} before {(whole[place:] + tail)[:24]!r}")
    _add_join(found, cut is not None, confident, weak)


_WORD_URL_RE = re.compile(r"[\"'(“‘<]?([A-Za-z][a-z]+)(?:https?|ftp)://\S")
_WORD_PATH_RE = re.compile(
    r"[\"'(“‘]?([A-Za-z][a-z]+)(/(?:etc|usr|var|opt|home|dev|proc|tmp|lib|bin|sbin|srv|boot|run|sys|mnt|media|root)/\S*)$"
)


def _option_or_link_candidates(
    chunk: str,
    at: int,
    get_scorer: Callable[[], _Scorer],
    confident: list[Split],
    weak: list[tuple[Split, float]],
    technical: bool,
) -> None:
    """A word of prose (see _markup_neighbour) glued to a link of Markdown,
    or to a long option of two words or more, or with a value, where the
    line shows code or the option has a value (two hyphens before a word
    are a dash: the house--and the garden, a callback interface--even
    faster, the house--up-to-date); elsewhere the option's
    place stays an unplaced candidate (a chunk's verdict may not depend on
    its line)."""
    m = _WORD_LINK_RE.match(chunk)
    if m is not None and _markup_neighbour(m.group(1), get_scorer):
        confident.append(Split(at + m.end(), "bracket", float("inf"), f"{m.group(1)!r} before a link"))
        return
    m = _WORD_OPTION_RE.match(chunk)
    if m is not None and _markup_neighbour(m.group(1), get_scorer):
        found = Split(at + m.end(), "dash", float("inf"), f"{m.group(1)!r} before an option")
        _add_join(found, technical or "=" in chunk, confident, weak)  # (a value: no dash is followed so)


# How many chunks after it a code of one bracket (C<use Socket>) may close in.
MARKUP_SPAN = 4


# A chunk that ends with a word after a closing angle bracket (see
# _markup_closed_before).
_CLOSED_THEN_WORD_RE = re.compile(r"(.*>)([a-z]{2,})[.,;:!?)]*$")
# The pieces of POD markup: an opening (one bracket, or several and a space),
# a closing bracket, several closing brackets after a space.
_POD_PIECE_RE = re.compile(r"[BCEFILSXZ](<<+)(?=\s)|[BCEFILSXZ]<|\s>>+|>")


def _markup_closed_before(
    chunk: str,
    at: int,
    get_scorer: Callable[[], _Scorer],
    confident: list[Split],
    weak: list[tuple[Split, float]],
    before: Sequence[str] = (),
) -> None:
    """A word glued to POD markup that closes in this chunk, opened in it or
    in one of the chunks ``before`` it on its line (``C<$i-E<gt>inflate>|method``,
    ``C<Shift>|and``, ``C<< $i->inflate >>|method``): the bracket at the
    cut closes the last markup left open, and the word is one of prose (see
    _markup_neighbour; not an ending, ``C<foo>s``). Where the markup does
    not close so, the place stays an unplaced candidate (a chunk's verdict
    may not depend on its neighbours)."""
    m = _CLOSED_THEN_WORD_RE.match(chunk)
    if m is None or m.group(2) in MARKUP_ENDINGS or not _markup_neighbour(m.group(2), get_scorer):
        return
    cut = m.end(1)
    if _split_at(confident, at + cut, at):
        return  # (markup opened and closed in the chunk: _markup_candidates has it)
    found = Split(at + cut, "markup", float("inf"), f"markup before {m.group(2)!r}")
    _add_join(found, _closes_markup(" ".join([*(word[-MAX_CHUNK:] for word in before), chunk[:cut]])), confident, weak)


def _closes_markup(text: str) -> bool:
    """Does the last bracket of ``text`` close POD markup opened in it, the
    last left open?"""
    opened: list[int] = []  # (0: one bracket; n: a closing of n brackets after a space; -1: an escape)
    closed_last = False
    for m in _POD_PIECE_RE.finditer(text):
        piece = m.group()
        closed_last = False
        if piece[0].isalpha():
            opened.append(len(m.group(1)) if m.group(1) else -1 if piece[0] == "E" else 0)
        elif piece == ">":
            if opened and opened[-1] <= 0:
                # (an escape closed last is a character of the word: -E<gt>data)
                closed_last = not opened.pop() and not opened and m.end() == len(text)
        elif opened and opened[-1] == len(piece.lstrip()):
            opened.pop()
            closed_last = not opened and m.end() == len(text)
    return closed_last


def _closed_later(after: Sequence[str]) -> bool:
    """Does one of the chunks ``after`` close a bracket of markup before any
    other opens?"""
    for chunk in after:
        if "<" in chunk:
            return False
        if ">" in chunk:
            return True
    return False


def _markup_neighbour(word: str, get_scorer: Callable[[], _Scorer]) -> bool:
    """Is ``word`` (beside markup) a word of prose rather than a piece of an
    identifier? (See _markup_candidates.)"""
    lower = word.lower()
    if lower in FUNCTION_WORDS:
        return True
    if len(lower) < 3:
        return False
    logp, flags = get_scorer().model.lookup(lower)
    if len(lower) == 3 and (logp is None or logp < FREQUENT_SHORT_LOGP):
        return False  # see, get, use; not lib, qua (libI<lib>, quaB<tn>)
    return bool(flags & FLAG_DICTIONARY) and not flags & FLAG_GLUE


def _is_contraction(base: str, ending: str) -> bool:
    """Is ``base'ending`` (lower case) an English contraction or possessive?"""
    if ending not in CONTRACTIONS:
        return False
    bases = CONTRACTIONS[ending]
    return bases is None or base in bases


def _closed_contraction(base: str, ending: str) -> bool:
    """Is ``base'ending`` one of the contractions whose bases are a closed
    list (doesn't, weren't, they're; not a possessive, which any word takes)?"""
    bases = CONTRACTIONS.get(ending.lower())
    return bases is not None and base.lower() in bases


def _contraction_end(left: str, run: str, scorer: _Scorer) -> int:
    """
    Where a contraction ends inside the letters after its apostrophe when
    the next word was glued to it (``can'ttake``, ``they'rea``,
    ``Alice'sfirst``): the length of the ending, or 0. The letters after
    the apostrophe must not be a word themselves (``John'shoes``), and what
    follows the ending must be.
    """
    lower = run.lower()
    if scorer.model.flags(lower) & FLAG_DICTIONARY:
        return 0
    base = left.lower()
    for ending in ("re", "ve", "ll", "t", "s", "d", "m"):
        if not lower.startswith(ending) or len(lower) == len(ending) or not _is_contraction(base, ending):
            continue
        rest = run[len(ending):]
        if (len(rest) >= 2 or rest in ("a", "I")) and scorer.is_solid(rest.lower(), rest[0].isupper()):
            return len(ending)
    return 0


# Project Gutenberg's italics glued to the word before: he_may_ fall. (Not
# to the word after: _more_affection has the shape of _private_name.)
_ITALIC_AFTER_WORD_RE = re.compile(r"([^\W\d_]+)_([^\W\d_]+)_")
_ITALIC_BEFORE_WORD_RE = re.compile(r"_[^\W\d_]+_[^\W\d_]+")


def _italics_candidates(core: str, at: int, get_scorer: Callable[[], _Scorer], confident: list[Split]) -> None:
    """A word glued to the italic word after it, marked with underscores
    (``he_may_``; ``core`` as _core cuts it, at offset ``at``): both must be
    words (``snake_case_`` is split only in a line that shows no other code)."""
    m = _ITALIC_AFTER_WORD_RE.fullmatch(core)
    if m is None:
        return
    word, italic = m.group(1), m.group(2)
    pos = len(word)
    scorer = get_scorer()
    if (
        word.isascii()
        and italic.isascii()
        and (scorer.is_solid(word.lower(), word[0].isupper()) or word.lower() in SENTENCE_STARTS)
        and scorer.is_solid(italic.lower(), italic[0].isupper())
    ):
        confident.append(Split(at + pos, "italics", float("inf"), f"{core[:pos]!r} + {core[pos:]!r}"))


def _gaps(joins: list[int]) -> list[int]:
    return [b - a for a, b in zip([0] + joins, joins)]


# A paragraph is walked at other widths than the one it was given only if it
# holds at most this many old lines (fortunes, posts and docstrings wrapped
# their own way are short; each width tried is a walk of the whole line).
REFIT_LINES = 64


def _decide(
    line: str, offset: int, sure: list[Split], width: Optional[int], get_scorer: Callable[[], _Scorer],
    marked_block: bool = True,
    doc: Optional[_Document] = None,
    technical_block: bool = False,
    borrowed: bool = False,
    rhythm: Sequence[int] = (),
) -> list[Split]:
    """
    The sure joins (rules, and model joins with the margin they need) stand;
    and where the layout shows that an old line must have ended, the best
    candidate there stands too (see _decode_layout). ``borrowed``: the
    width is not the paragraph's own (a neighbour's, the block's);
    ``rhythm``: the offsets of its model joins that reach MARGIN, short of
    what they need alone. Both say when other widths are worth a walk.
    """
    decided = list(sure)
    if width is not None:
        taken = sorted({s.pos - offset for s in sure})
        taken_set = set(taken)
        picks, supported, placed = _decode_layout(line, taken, width, get_scorer, marked_block, doc, technical_block)
        refitted = False
        own_way = len(line) <= REFIT_LINES * width  # (a paragraph, not a megabyte of prose in one line)
        if own_way and len(taken) >= 2 and (supported * 2 < len(taken) or (borrowed and supported < len(taken))):
            # The walk at this width lands on few of the paragraph's sure
            # joins (on none of some, if the width came from its
            # neighbours): a paragraph wrapped its own way, which the gaps
            # between its sure joins tell of. A width at which the walk lands
            # on two more of them is the paragraph's; outside prose about
            # code, so is one at which it lands on all of them (a fortune of
            # four lines has two or three).
            best = supported
            for other in _other_widths(taken, width):
                refit, landed, _ = _decode_layout(line, taken, other, get_scorer, marked_block, doc, technical_block)
                if landed > best and (landed >= supported + 2 or (landed == len(taken) and not technical_block)):
                    picks, width, best = refit, other, landed
            refitted = best > supported
            if refitted:
                # (A width that no other paragraph confirms may not cut a
                # word of the word list.)
                picks = [pick for pick in picks if not _splits_a_word(line, pick[0], get_scorer())]
        if own_way and not refitted and not supported and not placed and rhythm:
            # Nothing confirms the width, and the walk found no boundary for
            # some old line: a docstring or a fortune wrapped its own way,
            # with too few sure joins to tell. The gaps between its sure
            # joins and its strong model joins (``rhythm``) tell of other
            # widths; the nearest at which the walk finds a boundary for
            # every old line (as it must where the paragraph was wrapped and
            # joined, and clean text cannot) is the paragraph's.
            given = width
            for other in sorted(_other_widths(sorted(set(taken) | set(rhythm)), given), key=lambda w: abs(w - given)):
                refit, landed, placed_there = _decode_layout(line, taken, other, get_scorer, marked_block, doc, technical_block)
                if not landed and placed_there:
                    picks, width, placed = refit, other, True
                    break
        if own_way and borrowed and taken and not refitted and not placed and len(line) > 2 * width:
            # A paragraph given its neighbours' width, at which the walk
            # finds no end for some old line: a docstring or a post wrapped
            # its own way, with too few sure joins to read the width off.
            # The nearest width (within a quarter of the given one) at which
            # the walk lands on every sure join and finds where every old
            # line ended (as it can only where the paragraph was wrapped at
            # it and joined) is the paragraph's; of its boundaries, those the
            # model does not reject.
            given = width
            roles = _LineRoles(line)  # (the scores of its places, asked again at each width)
            for other in sorted(range(max(MIN_WIDTH, given * 3 // 4), given * 5 // 4 + 1), key=lambda w: abs(w - given)):
                if other == given:
                    continue
                refit, landed, placed_there = _decode_layout(
                    line, taken, other, get_scorer, marked_block, doc, technical_block, roles, strict=True
                )
                if placed_there and landed == len(taken) and refit:
                    picks, width = [pick for pick in refit if pick[1] >= LAYOUT_SHORT], other
                    break
        for pos, score, note in picks:
            if pos not in taken_set and not _beside_sure(taken, pos):
                decided.append(Split(offset + pos, "layout", score, f"{note}; a line wrapped at {width} ends here"))
    return sorted(decided, key=lambda s: s.pos)


# Old lines are longer than this: a line end so close to a sure join is not
# one (the walk, at a width a little off, lands a few columns short of it).
BESIDE_SURE = 8


def _beside_sure(taken: list[int], pos: int) -> bool:
    """Is a sure join (``taken``, sorted) within BESIDE_SURE of ``pos``?"""
    i = bisect_left(taken, pos - BESIDE_SURE)
    return i < len(taken) and taken[i] <= pos + BESIDE_SURE


class _LineRoles(Dict[int, str]):
    """The quote roles of a line (see _quote_roles), with the boundary scores
    the walks of that line have asked for: walked at many widths (see
    _anchored_picks), a short paragraph asks for the same places again."""

    def __init__(self, line: str) -> None:
        super().__init__(_quote_roles(line))
        self.scores: dict[tuple[int, bool], Optional[tuple[float, str]]] = {}


def _decode_layout(
    line: str,
    sure: list[int],
    width: int,
    get_scorer: Callable[[], _Scorer],
    marked_block: bool = True,
    doc: Optional[_Document] = None,
    technical_block: bool = False,
    roles: Optional[_LineRoles] = None,
    strict: bool = False,
) -> tuple[list[tuple[int, float, str]], int, bool]:
    """
    Walk the paragraph the way greedy wrapping at ``width`` did, one old line
    at a time (``sure``: the offsets of its sure joins, sorted). A line that
    starts at ``s`` ends at ``e`` where it was full: ``e - s <= width`` and
    the next word would not have fitted. In each such window, a sure join
    settles where the line ended; failing that, the best candidate boundary
    in the window does (a case change, punctuation, a digit, or a split the
    word model does not reject), or a weaker one that the next old line
    confirms by ending on a sure join.

    The walk is trusted only when a sure join of the paragraph itself sits
    where the width says a line ended; otherwise only the boundaries that are
    evidence on their own (score LAYOUT_ALONE or more) are kept. Text that was
    never wrapped and joined has no such rhythm, and no width to begin with.

    Returns the boundaries picked, on how many sure joins the walk landed,
    and whether it found where every old line ended (when it landed on
    none, with two insertions or more). ``strict``: only a walk that finds
    every old line's end is wanted; the first it cannot place ends it.
    """
    picks: list[tuple[int, float, str]] = []
    supported = 0
    lost_rhythm = False
    back_searches = 0  # (lines placed back from a sure join: see below)
    start = 0
    if roles is None:
        roles = _LineRoles(line)
    # (A list of people in a technical block, a NEWS file's contributors
    # with a handle or two among them, Mitsuha_QuQ, is walked as prose:
    # Alyssa|Ross, at an old line end, is a given and a family name.)
    code = _about_code(line, technical_block, marked_block) and not ("," in line and _people_list(line.split()))
    n = len(line)

    answers: dict[int, bool] = {}

    def window(start: int) -> tuple[int, int]:
        """Where the old line from ``start`` can have ended: at most a
        line's width on, and at least half of it."""
        return start + max(1, width // 2), min(n - 1, start + width + 1)

    def ends_on_sure(pos: int, slack: int = 1) -> bool:
        """Does the old line from ``pos`` end on a sure join (or the paragraph)?"""
        if n - pos <= width + 1:
            return True
        lo, hi = window(pos)
        return any(_ends_line(line, pos, j, width, slack) for j in sure[bisect_left(sure, lo):bisect_right(sure, hi)])

    def ends_strictly(pos: int) -> bool:
        """Does the old line from ``pos`` end, by the width, on a sure join
        or a clear boundary (or the paragraph)?"""
        return ends_on_sure(pos) or _best_boundary(
            line, _window_boundaries(line, pos, *window(pos), width, get_scorer, roles, code, LAYOUT_MIN, doc), LAYOUT_MIN
        ) is not None

    def confirmed(pos: int) -> bool:
        """Does the next old line from ``pos`` end on a sure join (or the
        paragraph), or, up to CONFIRM_CHAIN lines further on, on weak
        boundaries each confirmed so in turn (local|time, then
        Onufrienko|and, then a sure join)? (Each answer is kept: the walk
        asks again. No recursion: a closure calling itself would hold the
        block's document in a reference cycle until the collector runs.)"""
        if ends_on_sure(pos):
            return True
        found = answers.get(pos)
        if found is None:
            found = False
            frontier = {pos}
            for _ in range(CONFIRM_CHAIN):
                frontier = {
                    p
                    for q in frontier
                    for p, _, _ in _window_boundaries(line, q, *window(q), width, get_scorer, roles, code, LAYOUT_FLOOR, doc)
                    if _best_in_run(line, p, get_scorer())
                }
                if any(ends_on_sure(p) for p in frontier):
                    found = True
                    break
            answers[pos] = found
        return found

    def cuts_no_name(pos: int) -> bool:
        """Off the width's window in prose about code (see line_end): is the
        boundary at ``pos`` on no name the text keeps whole, outside a
        literal, and the likeliest split of its run?"""
        return not _kept_whole(line, pos, doc) and not _inside_literal(line, pos, roles) and _best_in_run(line, pos, get_scorer())

    def line_end(start: int, lo: int, hi: int) -> Optional[tuple[int, float, str]]:
        """Where the old line from ``start`` ended, when no sure join says:
        the strongest evidence first, each later way only if the earlier
        found nothing."""
        nonlocal lost_rhythm
        candidates = _window_boundaries(line, start, lo, hi, width, get_scorer, roles, code, LAYOUT_FLOOR, doc)
        best = _best_boundary(line, candidates, LAYOUT_MIN)
        if best is not None and best[2] and hi < n - 1 and line[best[0] - 1:best[0] + 1].islower():
            # A split of a run of lower-case letters whose likelier rival
            # ends the line a column or three further on (form|attends at 71,
            # format|tends at 74; point|sat, points|at): the width read off
            # the sure joins (or borrowed) is the longest line seen, and may
            # be a little short; between rivals, the likelier one wins, as
            # in the window (not BankS|A against Bank|SA: case tells there).
            rivals = [
                c for c in _window_boundaries(
                    line, start, best[0] + 1, min(n - 1, hi + WIDER), width + WIDER, get_scorer, roles, code, LAYOUT_MIN, doc
                )
                if c[2] and c[1] > best[1] and _same_run(line, best[0], c[0]) and line[c[0] - 1:c[0] + 1].islower()
            ]
            if rivals:
                best = max(rivals, key=lambda c: c[1])
        if best is not None and not best[2]:
            # A hyphen break is the last place the line could end, but not
            # every tool breaks at hyphens: an earlier lost space is where it
            # ended if only from there the next old line ends as it should
            # (the|54-year-old, not 54-year-|old, in a text wrapped whole-word).
            earlier = [c for c in candidates if c[2] and c[1] >= LAYOUT_MIN and c[0] < best[0]]
            if earlier and not ends_strictly(best[0]):
                alternative = _best_boundary(line, earlier, LAYOUT_MIN)
                if alternative is not None and ends_strictly(alternative[0]):
                    best = alternative
            elif earlier:
                # Both can end the line; but the hyphen break would leave
                # an earlier lost space the model is sure of (bring|cross-
                # claims) glued for good: two line ends cannot be that close.
                alternative = _best_boundary(line, earlier, LAYOUT_ALONE)
                if alternative is not None and ends_strictly(alternative[0]):
                    best = alternative
        if best is not None:
            return best
        if code:
            # (Where the line shows code, only a clear boundary in the
            # window; or a join of two plain words, which is no edge of
            # code: where the next old line from it ends on a sure join or
            # the paragraph's end, it is where this one ended, as in prose:
            # a preformatted bug|report, kernel stack|trace, the JIT
            # backends|cannot; or, past the paragraph's last sure join, a
            # boundary further on that is evidence alone: the walk has no
            # other way to pick up the rhythm.)
            if not strict:
                plain = _best_boundary(
                    line,
                    candidates,
                    LAYOUT_FLOOR,
                    lambda pos: (_plain_words(line, pos, get_scorer(), doc) or _glued_sentence_at(line, pos))
                    and _best_in_run(line, pos, get_scorer())
                    and confirmed(pos),
                )
                if plain is not None:
                    return plain
            if not strict and start + width + WIDER + 1 < n:
                # The width may be a little short (see below): a boundary
                # just past it that is evidence alone (as further on: see
                # further_end) and cuts no name, where the walk has landed
                # on a sure join or the next old line confirms it (the
                # file|object at 75, the width read as 73). Off the width,
                # it places no line for the rhythm (lost_rhythm).
                wide = width + WIDER
                past = _window_boundaries(
                    line, start, start + width + 2, start + wide + 1, wide, get_scorer, roles, code, LAYOUT_ALONE, doc
                )
                beyond = _best_boundary(
                    line, past, LAYOUT_ALONE, lambda pos: cuts_no_name(pos) and (supported > 0 or confirmed(pos))
                )
                if beyond is not None:
                    lost_rhythm = True
                    return beyond
            if not strict:
                # A line broken early by hand (a docstring's), as in prose
                # below: a boundary that is evidence alone, where the next
                # old line from it ends on a sure join or is confirmed, that
                # parts no name (see _early_end_in_code): the file from the
                # cache.|Update, different|built tools, (possibly infinite)|
                # iterable, the diagnostic|"Binary files A and B differ".
                loose = _window_boundaries(line, start, lo, hi, width, get_scorer, roles, code, LAYOUT_ALONE, doc, LOOSE_SLACK)
                early = _best_boundary(
                    line,
                    loose,
                    LAYOUT_ALONE,
                    lambda pos: cuts_no_name(pos)
                    and _early_end_in_code(line, pos, get_scorer(), doc)
                    and (confirmed(pos) or ends_on_sure(pos, LOOSE_SLACK)),
                )
                if early is not None:
                    return early
            if strict or not sure or sure[-1] > start:
                return None
            further = further_end(start, lo, hi)
            if further is not None:
                lost_rhythm = True  # (this line's end is not found: other widths stay worth a walk)
            return further
        # A weaker boundary, where the layout shows the line must have
        # ended: taken if the next old line from it ends on a sure join (or
        # is the paragraph's last), so the rhythm vouches for it.
        best = _best_boundary(
            line, candidates, LAYOUT_FLOOR, lambda pos: _best_in_run(line, pos, get_scorer()) and confirmed(pos)
        )  # (In|ail where I|nail is likelier: the width is off by one)
        if best is None and not marked_block:
            # A line that a hand-set book broke early (the next word would
            # have fitted): a clear boundary there, if the next old line
            # from it ends on a sure join (or the paragraph), by the width
            # or broken early too (an author's editor wrapping short now and
            # then: achievment|of, then impeded|by a line on).
            loose = _window_boundaries(line, start, lo, hi, width, get_scorer, roles, code, LAYOUT_MIN, doc, LOOSE_SLACK)
            best = _best_boundary(line, loose, LAYOUT_MIN, lambda pos: confirmed(pos) or ends_on_sure(pos, LOOSE_SLACK))
        if best is None and start + width + WIDER + 1 < n:
            # The width may be a little short (read off the longest lines
            # whose ends were sure): a clear boundary just past it.
            wide = width + WIDER
            past = _window_boundaries(
                line, start, start + width + 2, start + wide + 1, wide, get_scorer, roles, code, LAYOUT_MIN, doc
            )
            best = _best_boundary(line, past, LAYOUT_MIN)
        # No evidence where this line ended (ASIOand, a name, a number): it
        # ended at one of the places the width allows, so the next old line
        # ends one line further on from one of them. A clear boundary there
        # picks up the rhythm again (unless a sure join is there); failing
        # that, one more line on, up to FURTHER_LINES lines (lone|tenor,
        # an|imam, then Rudy|Giuliani). (Not in a strict walk, which wants
        # every old line's end.)
        if best is None and not strict:
            best = further_end(start, lo, hi)
        return best

    def further_end(start: int, lo: int, hi: int) -> Optional[tuple[int, float, str]]:
        """The clear boundary where an old line ends, one line or up to
        FURTHER_LINES lines on from the ends the width allows the line from
        ``start`` (see line_end): LAYOUT_MIN or more, or in prose about
        code LAYOUT_ALONE, on no name the text keeps whole (_kept_whole)."""
        floor = LAYOUT_ALONE if code else LAYOUT_MIN
        accept = (lambda pos: not _kept_whole(line, pos, doc)) if code else None
        starts, lo_k, hi_k = [start], lo, hi
        for _ in range(FURTHER_LINES):
            ends = [p for p in range(lo_k, hi_k + 1) if any(_ends_line(line, s, p, width) for s in starts)]
            if not ends or ends[-1] + width + 1 >= n:
                break
            lo_k, hi_k = ends[0] + max(1, width // 2), ends[-1] + width + 1
            if bisect_left(sure, lo_k) != bisect_right(sure, hi_k):
                break  # (the walk picks up the rhythm at that sure join)
            further = _window_boundaries(line, ends, lo_k, hi_k, width, get_scorer, roles, code, floor, doc)
            best = _best_boundary(line, further, floor, accept)
            if best is not None:
                return best
            starts = ends
        return None

    while start + width + 1 < n:
        lo, hi = window(start)
        # (bisect: a line of a megabyte holds thousands of sure joins)
        near = sure[bisect_left(sure, lo):bisect_right(sure, hi)]
        in_window = [j for j in near if _ends_line(line, start, j, width)]
        if not in_window:
            # Not every wrapping tool was greedy to the column (a book set by
            # hand breaks early now and then): a sure join is still where a
            # line ended if the next word would only just have fitted.
            in_window = [j for j in near if _ends_line(line, start, j, width, LOOSE_SLACK)]
        if in_window:
            supported += 1
            start = in_window[-1]
            continue
        best = line_end(start, lo, hi)
        if best is not None:
            pos, score, note = best
            if note:  # an insertion (not a hyphen break)
                picks.append((pos, score, note))
            start = pos
            continue
        # Else pick up the rhythm again at the next sure join: one that
        # ended this old line short of the width (a line broken early by
        # hand: deal.By, then perhaps|someone a line on) is where it ended.
        following = bisect_right(sure, start)
        if not strict and following < len(sure):
            pinned = _pinned_end(line, start, lo, hi, sure[following], width, get_scorer, roles, code, doc)
            if pinned is not None:
                picks.append(pinned)
                supported += 1
                start = sure[following]
                continue
        lost_rhythm = True
        if strict:
            return [], supported, False
        if following == len(sure):
            break
        # The old line that ended on that sure join started where the one
        # before it ended: a clear boundary a line's width before the join,
        # past the line that could not be placed, is that end (B::SV-
        # derivedclass has none, but primary|way, a line on, has); and so
        # on back, line by line, as far as the ends are found (each is
        # further back than the last, and past the line not placed).
        target = end = sure[following]
        back_searches += 1
        while back_searches <= BACK_SEARCHES:
            before = _best_boundary(
                line,
                _boundaries_ending_at(line, start + max(1, width // 2), end, width, get_scorer, roles, code, doc),
                LAYOUT_MIN,
                lambda pos: _best_in_run(line, pos, get_scorer()),
            )
            if before is None:
                before = _end_before_unplaced(line, start + max(1, width // 2), end, width, get_scorer, roles, code, doc)
            if before is None or not before[2]:
                break
            picks.append(before)
            end = before[0]
        start = target
    else:
        if n - start >= width and not (sure and sure[-1] > start):
            # The rest is as long as a full line: one lost space in it would
            # have made it too long for one (productive|role. after a line of
            # 61 at 66), so a clear boundary where that line would end is one
            # (in prose about code, one that is evidence alone, on no name
            # the text keeps whole, as in further_end: into named|variables.).
            lo, hi = window(start)
            floor = LAYOUT_ALONE if code else LAYOUT_MIN
            best = _best_boundary(
                line, _window_boundaries(line, start, lo, hi, width, get_scorer, roles, code, floor, doc), floor,
                (lambda pos: not _kept_whole(line, pos, doc)) if code else None,
            )
            if best is not None and best[2]:
                picks.append(best)
    if supported == 0:
        # Nothing in this paragraph confirms the width it was given: only
        # boundaries that are evidence on their own (punctuation, a case
        # change, a strong model split) stand. A paragraph of two old lines
        # cannot confirm a width; in a block without code, the block's
        # width is evidence enough for a boundary the model does not reject
        # (too|stiff at the one place a line of that width could end).
        # Nor does a width read off the paragraph's own weak joins, but if
        # the walk found a boundary for every old line, the rhythm is the
        # evidence: clean text offers no boundary inside a word at every
        # place where a line of that width would end (degree|inclination,
        # duration|orbiter, voltaic|arrays at 75, 150 and 225 of one post).
        # In a block with code, the block's width is evidence enough for a
        # clear edge that is no split of a run of lower-case letters (GNU|systems,
        # the|ArgumentParser, done.|The, 0x10|length: see _two_line_edge).
        short = n <= 2 * width + 2
        placed = not lost_rhythm and len(picks) >= 2
        floor = LAYOUT_SHORT if (short and not marked_block) or placed else LAYOUT_ALONE
        return [
            pick for pick in picks
            if (pick[1] >= floor or (short and pick[1] >= LAYOUT_MIN and _two_line_edge(line, pick[0], get_scorer())))
            and not _splits_a_word(line, pick[0], get_scorer())
        ], 0, placed
    return picks, supported, not lost_rhythm


def _kept_whole(line: str, pos: int, doc: Optional[_Document]) -> bool:
    """Is what ``pos`` would cut likelier one name of code: a full stop
    before a name in mixed case with a capital inside (``io.|BytesIO``: a
    module's class; not ``".|LEN``), or what the text writes whole
    elsewhere, a run of letters it repeats (``stretchfactor``) or a name
    before a full stop that it glues to other words too (``io.StringIO``)?
    Then no line end far from any evidence parts it (see _decode_layout's
    further ends in prose about code)."""
    if line[pos - 1] == ".":
        name = line[pos:_word_around(line, pos)[1]]
        if not name.isupper() and any(ch.isupper() for ch in name[1:]):
            return True
        return doc is not None and doc.namespace(line[_word_around(line, pos - 1)[0]:pos - 1])
    if doc is None or not (line[pos - 1].isalpha() and line[pos].isalpha()):
        return False
    j, k = _word_around(line, pos)
    return doc.repeated(line[j:k].lower())


def _two_line_edge(line: str, pos: int, scorer: _Scorer) -> bool:
    """Is the boundary at ``pos`` (a place the walk picked) a clear edge
    rather than a split of words the model judges: not letters on both
    sides, or a case change from a function word to a name (the|ArgumentParser)
    or from a word of the list or an acronym to a word of the list of four
    letters or more (GNU|systems, CA|certificates; not CM|ake, Te|Xsystem:
    CMake and TeX are cased so)?"""
    left, right = line[pos - 1], line[pos]
    if not (left.isalpha() and right.isalpha()):
        return True
    if left.islower() and right.islower():
        return False
    j, k = _word_around(line, pos)
    a, b = line[j:pos], line[pos:k]
    if a.islower() and a in FUNCTION_WORDS and len(b) >= 3 and b[0].isupper() and not b.isupper():
        return True
    if not (len(b) >= 4 and scorer.model.flags(b.lower()) & FLAG_DICTIONARY):
        return False
    return (a.isupper() and len(a) >= 2) or bool(scorer.model.flags(a.lower()) & FLAG_DICTIONARY)


# The narrowest width a paragraph is taken to be wrapped at.
MIN_WIDTH = 20
# Where both old lines around a lost line end were full (the next ends on a
# sure join), the width leaves at most this many places for that end...
PINNED_PLACES = 10
# ... and there, a boundary that the model does not reject (a margin below
# LAYOUT_MIN, not below this) ends the line. (On the dev texts, with a floor
# of -2 one pick in five was wrong; with a function word before a word the
# counts do not know, the|packfile, one in two: forkserver, i|nternal.)
PINNED_FLOOR = 0.0


def _pinned_end(
    line: str,
    start: int,
    lo: int,
    hi: int,
    target: int,
    width: int,
    get_scorer: Callable[[], _Scorer],
    roles: dict[int, str],
    code: bool,
    doc: Optional[_Document],
) -> Optional[tuple[int, float, str]]:
    """Where the old line from ``start`` ended when the width pins it down
    (when the walk found no clear boundary in its window): the next old
    line ends on the sure join at ``target``, so both lines were full, and
    the few places that leaves (at the width or up to WIDER more: it is the
    longest line seen) all lie in one chunk. There the likeliest boundary
    the model does not reject is the line's end (regular|expression, the
    DEPFILE|after, the|MD5-based, in manual pages whose lines a width a
    column or two wider than the longest seen ended), where the window
    alone asks LAYOUT_MIN of it."""
    # (The next line's end bounds where it began to a few columns, by
    # arithmetic: only those places are tried, each exactly; the widest
    # width lets it begin earliest, the narrowest latest.)
    first = max(lo, _line_starts(line, target, width + WIDER).start)
    last = min(hi + WIDER, _line_starts(line, target, width).stop - 1)
    places = [
        p for p in range(first, last + 1)
        if any(_ends_line(line, start, p, w) and _ends_line(line, p, target, w) for w in range(width, width + WIDER + 1))
    ]
    if not places or len(places) > PINNED_PLACES:
        return None
    if " " in line[places[0] - 1:places[-1] + 1]:
        return None
    chunks, words = _chunks_near(line, places[0], places[-1])
    best: Optional[tuple[int, float, str]] = None
    for index, (chunk_start, chunk) in enumerate(chunks):
        if not chunk_start < places[0] <= places[-1] < chunk_start + len(chunk) or len(chunk) > MAX_CHUNK:
            continue
        walkable = _walkable(chunk)
        previous = _context_word(words, index - 1) if index else None
        following = _context_word(words, index + 1, after=True)
        for pos in places:
            scored = _chunk_boundary(chunk, walkable, pos - chunk_start, previous, following, roles, chunk_start, get_scorer, code, doc)
            if scored is not None and scored[1] and scored[0] >= PINNED_FLOOR and (best is None or scored[0] > best[1]):
                best = (pos, scored[0], scored[1] + "; pinned")
    return best


def _other_widths(sure: list[int], width: int) -> list[int]:
    """Widths the paragraph's sure joins tell of besides ``width``: each gap
    between them (from the paragraph's start) as one old line or as two,
    within a third of ``width`` (at a multiple of the width every sure join
    ends a line, and nothing else does)."""
    found = {(b - a) // lines for a, b in zip([0] + sure, sure) for lines in (1, 2)}
    return sorted(w for w in found if max(MIN_WIDTH, width * 2 // 3) <= w <= width * 4 // 3 and w != width)


def _splits_a_word(line: str, pos: int, scorer: _Scorer) -> bool:
    """Would a space at ``pos`` cut a word of the word list (``can|not``)?
    Only a width the paragraph itself confirms may do that."""
    j, k = _word_around(line, pos)
    return j < pos < k and bool(scorer.model.flags(line[j:k].lower()) & FLAG_DICTIONARY)


def _next_word_length(line: str, pos: int) -> int:
    end = line.find(" ", pos)
    return (end if end >= 0 else len(line)) - pos


def _ends_line(line: str, start: int, end: int, width: int, slack: int = 1) -> bool:
    """Could a greedy wrap at ``width`` have ended the line ``line[start:end]``
    here (the next word not fitting within ``slack`` columns)?"""
    length = end - start
    if line[end - 1:end] == " ":
        length -= 1  # the line ended at a space, which the break swallowed
    return length <= width + 1 and length + 1 + _next_word_length(line, end) > width - slack


def _line_starts(line: str, end: int, width: int) -> range:
    """The places from which a greedy wrap at ``width`` can have ended an old
    line at ``end`` (those ``start`` before ``end`` for which _ends_line
    holds), in order: a range, found without asking each."""
    last = end - (line[end - 1:end] == " ")
    return range(max(0, last - width - 1), min(end, last - width + 2 + _next_word_length(line, end)))


# How far short of the width a line may end at a sure join (see _decode_layout).
LOOSE_SLACK = 12
# How many old lines on the walk looks for a clear boundary after a line it
# cannot place, before it waits for the next sure join.
FURTHER_LINES = 3
# How many times a walk places lines back from a sure join after losing one
# (a paragraph loses a few; a megabyte of prose in one line, thousands).
BACK_SEARCHES = 32
# How many old lines of weak boundaries may stand between a weak boundary
# and the sure join (or the paragraph's end) that confirms them all.
CONFIRM_CHAIN = 2


# Scores of boundaries inside a chunk, for the layout walk (log10-like units,
# compared with model margins). Punctuation followed by a word is where a
# line most often ended; a hyphen break needs no space at all.
_AFTER_PUNCT = 3.0
_AFTER_HYPHEN = 2.5
_BEFORE_OPENING = 2.0
_DIGIT_EDGE = 1.0
# Letters that follow a number as its unit or suffix, not as a new word.
UNIT_WORDS = frozenset("th st nd rd s am pm km kg cm mm ml mg lb lbs ft in mph kph kmh gb mb kb hz khz mhz ghz".split())
# Prefixes that make compounds (monopurpose, Metamathematicians,
# Ontopsychology): a split after one needs what two content words need.
COMBINING_PREFIXES = frozenset(
    """
    anti auto bio counter eco geo hyper inter macro mega meta micro mini mono multi
    neo non onto para poly post pre proto pseudo semi super tele trans ultra uni
    """.split()
)
# Prefixes that stand on no line of English alone (un|compression, re|open,
# dis|allowed, mis|aligned): never the end of an old line.
BOUND_PREFIXES = frozenset("un re dis mis".split())
# Prepositions that are prefixes too, before a word derived from a verb
# (overallocation, underdocumented, overoptimizing): such a join reads as a
# compound, like two content words (over|the, under|windows stay joins).
PREFIX_PREPOSITIONS = frozenset(("over", "under"))
DERIVED_ENDINGS = ("ed", "ing", "ion", "ions", "ate", "ates", "able", "ize", "ise")
# Name prefixes before a capital: McGrath, MacGill, DeVito, LaTeX, O'Brien.
NAME_PREFIXES = frozenset("mc mac de di da la le van von du dos del della o".split())
# In the layout walk, chunks with these characters are cut only at the edge
# of their code or inside a list of words (see _chunk_boundary): URLs,
# e-mails, paths, code. (Digits, brackets and currency are allowed there:
# ``was36``, ``$400million``.)
WINDOW_PROTECTED_RE = re.compile(r"[_/\\@#^&*=+<>{}|~`]|::|://")
# Marks of code in prose (see _code_marks).
_WORD_CHAR_RE = re.compile(r"\w")
# (Patterns that start with a literal are found at C speed; a look-behind or
# a class at the start is tried at every character, 40 times slower.)
_BACKTICK_SPAN_RE = re.compile(r"`[^`'\s][^`'\n]*`")
# ... and GNU's quotes around code: an option, or what has a mark of code
# inside (`-o nospace', `make_foo()'), not a path or a phrase.
_GNU_QUOTED_CODE_RE = re.compile(r"`(?:-[^`'\n]*|[^`'\n]*[_=()<>$][^`'\n]*)'")
_DOTTED_CALL_RE = re.compile(r"\.[a-z]\w*\(")  # after a lower-case letter, checked by the caller
# A constant in capitals (with an underscore, its last part two capitals or
# more) and the letters in lower case after it (see _chunk_candidates).
_CONSTANT_WORD_RE = re.compile(r"[(\[\"'`‘“]*((?:[A-Z0-9]+_)+[A-Z0-9]*[A-Z][A-Z])([a-z]{2,})[.,;:!?)\]\"'’”]*$")
# ... a function word or a longer word, not an ending that makes a word of
# the name (SHM_LOCKed memory, the AC_SUBSTed variable, in ChangeLogs).
CONSTANT_ENDINGS = frozenset("ing ers able".split())
_TWO_HUMPS_HINT_RE = re.compile(r"[A-Z][a-z]+[A-Z]")
# The bytes of a text with each ASCII letter made "l" or "U" by its case: a
# lower-case letter before a capital, which every two-humped name has, is
# then b"lU", found at C speed (a pattern is tried at every character).
_LETTER_CASES = bytes.maketrans(
    b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", b"l" * 26 + b"U" * 26
)
_TWO_HUMPS_RE = re.compile(r"\b[A-Z][a-z]+([A-Z][a-z]+)[A-Z]")
# Extra margin for a model split in technical prose.
TECHNICAL_MARGIN = 2.0
# Marks of code per 1,000 characters above which a whole block is technical.
TECHNICAL_DENSITY = 1.0
# A model split below this margin is not a boundary, even where a line ended.
LAYOUT_MIN = 1.0
# ...unless the next old line ends on a sure join, down to this one.
LAYOUT_FLOOR = -2.0
# ...and in a paragraph with no sure join on the rhythm, below this one,
# unless the paragraph is two old lines long, in a block without code.
LAYOUT_ALONE = 3.0
LAYOUT_SHORT = 0.0
# A single model split in a paragraph (or block) longer than this, on a first
# look, needs this much more margin (see find_splits).
LONELY_LENGTH = 300
LONELY_MARGIN = 6.0
# How far past the width read off the sure joins the walk looks for a clear
# boundary before giving up on a line (that width is the longest line seen).
WIDER = 3


def _chunks_near(line: str, lo: int, hi: int) -> tuple[list[tuple[int, str]], list[str]]:
    """The chunks of ``line`` (with their offsets) that touch ``line[lo:hi +
    1]``, with one whole chunk of context on each side, and the chunks alone."""
    scan = line.rfind(" ", 0, max(0, line.rfind(" ", 0, lo))) + 1
    end = line.find(" ", hi + 1)
    end = line.find(" ", end + 1) if end >= 0 else -1
    chunks = [(m.start(), m.group()) for m in CHUNK_RE.finditer(line, scan, end if end >= 0 else len(line))]
    return chunks, [chunk for _, chunk in chunks]


def _walkable(chunk: str) -> bool:
    """May an old line have ended anywhere inside ``chunk``? Not inside
    code, an address or a giant token (only at the edge of its code: see
    _chunk_boundary)."""
    return len(chunk) <= MAX_CHUNK and not WINDOW_PROTECTED_RE.search(
        _ITALIC_WORD_RE.sub("", chunk) if "_" in chunk else chunk
    )


# A plain word at one end of a chunk that holds code at its other end
# (``the|$DB_HASH``, ``their|__slots__``; ``__ge__,|then``,
# ``last).|Raise``): where an old line may have ended, see _code_edge_score.
# A number of two digits or more, a version or a range after a function
# word, ending its chunk (to|0755., of|1.4.x, the|1.4).
_NUMBER_AFTER_WORD_RE = re.compile(r"\d[\d.,x-]*\d(?:\.x)?[.,;:)]*")
# ... or a digit alone, after a function word of three letters or more
# (than|4, are|2; i1 and to1 may be names).
_DIGIT_AFTER_WORD_RE = re.compile(r"\d[.,;:)]*")
# A reference to a manual page in parentheses, ending its chunk.
_PAREN_REFERENCE_RE = re.compile(rf"\((?![A-Za-z]\(){_MAN_REF}\)[.,;:]*")  # (a name of two characters or more)
# A placeholder in angle brackets (<file>, <start-point>, <new_install_name>).
_PLACEHOLDER_RE = re.compile(r"<[a-z][a-z0-9_-]*>")
_WORD_BEFORE_CODE_RE = re.compile(r"[\"'(“‘]*([A-Za-z]{2,}|a)")
_WORD_AFTER_CODE_RE = re.compile(r"([A-Za-z]{2,})[.,;:!?\"'”’)]*")
# What may open the code after a plain word: a dunder name, a variable, a
# path, markup; not a call's or an index's bracket, a hyphen, an apostrophe
# or closing punctuation (compile(), self-test, doesn't: one token as
# written), nor an address or a list (entropy@world, idols/gods/dogmas).
CODE_OPENERS = "_*#$%~/\\&{`"


_URL_START_RE = re.compile(r"(?:https?|ftp)://|www\.")
# Words joined by slashes (key/value, banking/interest, Shuttle/Spacelab): a
# list, not a path (which starts with a slash or holds a dot).
_SLASH_LIST_RE = re.compile(r"[\"'(“‘]*[A-Za-z]+(?:/[A-Za-z]+)+[\"'”’).,;:!?]*")


def _chunk_boundary(
    chunk: str,
    walkable: bool,
    i: int,
    previous: Optional[str],
    following: Optional[str],
    roles: dict[int, str],
    chunk_start: int,
    get_scorer: Callable[[], _Scorer],
    code: bool,
    doc: Optional[_Document],
) -> Optional[tuple[float, str]]:
    """The score of ``chunk[:i]|chunk[i:]`` as the end of an old line (see
    _boundary_score), or None. A chunk that is not ``walkable`` may have
    been cut only inside the first or the last word of a list of words
    joined by slashes (associating|key/value, banking/interest|topic),
    judged as that word alone would be, or at the edge of its code (see
    _code_edge_score). Remembered in the line's roles if they keep scores
    (see _LineRoles): a score does not depend on the width."""
    scores = getattr(roles, "scores", None)
    key = (chunk_start + i, code)
    if scores is not None and key in scores:
        known: Optional[tuple[float, str]] = scores[key]
        return known
    found: Optional[tuple[float, str]] = None
    if walkable:
        found = _boundary_score(chunk, i, previous, following, roles, chunk_start, get_scorer, code, doc)
    elif "/" in chunk and _SLASH_LIST_RE.fullmatch(chunk):
        first, last = chunk.index("/"), chunk.rindex("/")
        if i < first:
            found = _boundary_score(chunk[:first], i, previous, None, roles, chunk_start, get_scorer, code, doc)
        elif i > last + 1:
            rest = chunk[last + 1:]
            found = _boundary_score(rest, i - last - 1, None, following, roles, chunk_start + last + 1, get_scorer, code, doc)
        elif i == first and (_WORD_PATH_RE.match(chunk) is not None or _function_word_before_path(chunk, first)):
            # respective|/etc/crypttab, touch|/var/log/wtmp, in|/etc: letters
            # all through, but a word before a path from the root, not a list
            # of words (and/or, he/she, with/without: no line ended there).
            found = _code_edge_score(chunk, i, get_scorer())
    else:
        found = _code_edge_score(chunk, i, get_scorer(), roles.get(chunk_start + i - 1), roles.get(chunk_start + i))
        if found is None and chunk[i - 1].isalpha() and "(" in chunk:
            found = _reference_edge_score(chunk, i, get_scorer, doc)
        if found is None and chunk[i].isalpha() and ("_" in chunk or chunk[0] in "$@%"):
            found = _name_edge_score(chunk, i, get_scorer(), doc)
        if found is None:
            found = _word_before_named_code(chunk, i, get_scorer(), doc)
    if scores is not None:
        scores[key] = found
    return found


def _function_word_before_path(chunk: str, first: int) -> bool:
    """Is ``chunk`` (words joined by slashes, the first slash at
    ``first``) a function word glued to a path from the root, whose first
    name is no function word (in|/etc, from|/boot; not and/or, to/from)?"""
    word = chunk[:first].lstrip(_CHUNK_OPENERS).lower()
    name = chunk[first + 1:].split("/", 1)[0].rstrip("\"'”’).,;:!?").lower()
    return word in FUNCTION_WORDS and len(name) >= 2 and name not in FUNCTION_WORDS


def _function_word_before_name(run: str, cut: int, scorer: _Scorer) -> bool:
    """Is ``run[:cut]`` a function word glued to the first part of a name
    (``run``, in lower case, no word the counts know), where no longer word
    of the list starts the letters (in|pg_receivewal, the|eval_gettext
    (IDENTIFIER_LEADS); not us|ingclock, a|ndsched)?"""
    word = run[:cut]
    if not run.islower() or scorer.model.logp(run) is not None:
        return False
    if word in IDENTIFIER_LEADS:
        return True
    return word in FUNCTION_WORDS and not _longer_word_starts(run, cut, scorer)


def _longer_word_starts(run: str, cut: int, scorer: _Scorer) -> bool:
    """Does a word of the list longer than ``run[:cut]`` (and shorter than
    ``run``) start the lower-case letters ``run``? Then a short function word
    at its start is no evidence of a cut (us|ing, a|nd)."""
    return any(scorer.model.flags(run[:longer]) & FLAG_DICTIONARY for longer in range(cut + 1, len(run)))


def _function_word_in_identifier(chunk: str, i: int, scorer: _Scorer) -> Optional[tuple[float, str]]:
    """Is ``chunk[:i]|chunk[i:]`` a function word that starts no
    identifier (IDENTIFIER_LEADS) glued to one (the|eval_gettext,
    and|pg_catalog), the identifier's first name no word the counts know?
    (See _word_before_identifier, whose unplaced candidate this places where
    the walk says an old line ended; not us|epolkit_unix, a|ndsched_getparam:
    a short function word starts many a run.)"""
    m = _WORD_IDENTIFIER_RE.match(chunk)
    if m is None or not m.start(1) < i < m.end(1) - 1:
        return None
    word = chunk[m.start(1):i]
    if not _function_word_before_name(m.group(1), i - m.start(1), scorer):
        return None
    return _BEFORE_OPENING, f"{word!r} before {chunk[i:i + 12]!r}"


def _name_edge_score(chunk: str, i: int, scorer: _Scorer, doc: Optional[_Document]) -> Optional[tuple[float, str]]:
    """Is ``chunk[:i]|chunk[i:]`` a name of code glued to a word of prose
    after it (no_proxy|is, ICU_DATA|is, GIT_PROTOCOL|environment; see
    _name_before_word_of_prose, whose unplaced candidate this places where
    the walk says an old line ended)? A function word after a name whose
    last part is a word of the list or in capitals, or any word of the list
    after capitals; not eval_get|text, from_dsona|me, SHM_LOCK|ed."""
    m = _NAME_THEN_WORD_RE.fullmatch(chunk)
    if m is None or not m.start(1) < i < m.end(1) - 1:
        return None
    name, k = m.group(1), i - m.start(1)
    head, rest = name[:k], name[k:]
    if not rest.islower() or "_" not in head or not head[-1].isalnum():
        return None
    last = head[head.rfind("_") + 1:]
    if not last or _last_part_is_word(name, scorer):
        return None  # (gcry_error: the name's last part is a word)
    if last.isupper() and len(last) >= 2:
        if not (rest in FUNCTION_WORDS or (len(rest) >= 3 and scorer.is_solid(rest, False))):
            return None
    elif not (rest in FUNCTION_WORDS and last.islower() and scorer.model.flags(last) & FLAG_DICTIONARY):
        return None
    if doc is not None and doc.name_of_code(name, k):
        return None  # (pg_dumpall beside pg_dump: a name)
    return _BEFORE_OPENING, f"{head[-16:]!r} before {rest!r}"


def _code_edge_score(
    chunk: str, i: int, scorer: _Scorer, left_role: Optional[str] = None, right_role: Optional[str] = None
) -> Optional[tuple[float, str]]:
    """
    Where a chunk that holds code (see _walkable) may have been cut by a
    line end: between a word of the word list and the code before or after
    it, never inside either. Only the layout walk asks, where the width says
    an old line ended in the chunk; the score stays below LAYOUT_ALONE, so
    the rhythm of the paragraph must vouch for it.

    The code before a word must end as code ends in prose: a comma, a
    semicolon or a colon (``sys.stdin,|otherwise``), a closing bracket
    (``(previous)|rounding``, ``E[k]|If``), a full stop after one before a
    capital (``last).|Raise``, not ``email.message.|Message``), or a dunder
    name (``__aexit__|method``, not ``foo_|bar``).
    """
    left, right = chunk[i - 1], chunk[i]
    if left.isalpha():
        url = _URL_START_RE.match(chunk, i) is not None
        if right in QUOTE_MARKS and not url:
            # the|'--label=LABEL', with|'.rej': a word of the word list
            # before a quotation of code.
            if right_role != "open":
                return None  # ("Bad",(score<=1: the quote closes; package's__path__: an apostrophe)
            m = _WORD_BEFORE_CODE_RE.fullmatch(chunk, 0, i)
            if m is not None and scorer.model.flags(m.group(1).lower()) & FLAG_DICTIONARY:
                return _BEFORE_OPENING, f"{m.group(1)!r} before quoted {chunk[i:i + 12]!r}"
            return None
        if right == "(" and _PAREN_REFERENCE_RE.fullmatch(chunk, i):
            # POLICY|(CREATE_POLICY(7)), interface|(see(1)): a word before a
            # reference to a manual page in parentheses.
            m = _WORD_BEFORE_CODE_RE.fullmatch(chunk, 0, i)
            if m is not None and (m.group(1).isupper() or _markup_neighbour(m.group(1), lambda: scorer)):
                return _BEFORE_OPENING, f"{m.group(1)!r} before {chunk[i:i + 16]!r}"
            return None
        if right == "<" and _PLACEHOLDER_RE.match(chunk, i):
            # git|<command>, named|<file>: a word of prose before a
            # placeholder in angle brackets.
            m = _WORD_BEFORE_CODE_RE.fullmatch(chunk, 0, i)
            if m is not None and _markup_neighbour(m.group(1), lambda: scorer):
                return _BEFORE_OPENING, f"{m.group(1)!r} before {chunk[i:i + 12]!r}"
            return None
        if not url and right not in CODE_OPENERS:
            if right.isalpha():
                return _function_word_in_identifier(chunk, i, scorer)
            return None
        m = _WORD_BEFORE_CODE_RE.fullmatch(chunk, 0, i)
        if m is None:
            return None
        word = m.group(1).lower()
        if url:
            # at|http://www.gnu.org, site|https://..., from|www.perl.org: a
            # word of the word list before a URL (sftp://, lrcwww.epfl.ch:
            # letters that are no word belong to the address).
            if scorer.model.flags(word) & FLAG_DICTIONARY:
                return _BEFORE_OPENING, f"{m.group(1)!r} before a URL"
            return None
        # A function word before code (the|$DB_HASH, in|/usr/share,
        # see|`http://...`), or any word before a dunder name
        # (their|__slots__); a word is glued to its own suffix or path
        # otherwise (site_perl, SEEK_END, lib$name, idols/gods).
        dunder = chunk.startswith("__", i) and chunk[i + 2:i + 3].isalpha()
        if right == "_" and not dunder:
            return None
        if word in FUNCTION_WORDS or (dunder and scorer.model.flags(word) & FLAG_DICTIONARY):
            return _BEFORE_OPENING, f"{m.group(1)!r} before {chunk[i:i + 12]!r}"
        path = _WORD_PATH_RE.match(chunk) if right == "/" else None
        if path is not None and path.end(1) == i and _markup_neighbour(path.group(1), lambda: scorer):
            # either|/etc/ssh/ssh_config, making|/etc/adduser.conf: a word
            # of prose before a path from the root (see _chunk_candidates).
            return _BEFORE_OPENING, f"{m.group(1)!r} before {chunk[i:i + 12]!r}"
        return None
    if not right.isalpha():
        return None
    m = _WORD_AFTER_CODE_RE.fullmatch(chunk, i)
    if m is None:
        return None
    word = m.group(1)
    if left == ".":
        if not (word[0].isupper() and chunk[i - 2:i - 1] in (")", "]")):
            return None
    elif left == "_":
        if not chunk[:i].endswith("__") or chunk[i - 3:i - 2] == "_":
            return None
    elif left == ">":
        if not _PLACEHOLDER_RE.fullmatch(chunk, len(chunk) - len(chunk.lstrip(_CHUNK_OPENERS)), i):
            return None  # (-->, =>, a tag's end: <b>bold)
    elif left in QUOTE_MARKS:
        if left_role != "close":
            return None  # ('POSIXLY_CORRECT'|environment: a quotation of code closed before the word; not ),'|patch')
    elif left not in ",;:)]" or chunk[i - 2:i] == "::":
        return None  # (B::Terse, Time::Piece: a package's name)
    lower = word.lower()
    if not (scorer.model.flags(lower) & FLAG_DICTIONARY and scorer.is_solid(lower, word[0].isupper())):
        return None
    return _BEFORE_OPENING, f"{chunk[max(0, i - 12):i]!r} before {word!r}"


# Where a name goes on as code after its letters: a call, a dot, an
# underscore, an index.
_CODE_GOES_ON_RE = re.compile(r"[(._\[]")
# Letters glued to a dotted name: the word and the name's first part.
_WORD_BEFORE_DOTTED_RE = re.compile(r"[\"'(“‘]?([a-z]+)\.[A-Za-z_]")
# (The note of _word_before_named_code, which _two_line_boundary looks for.)
_NAMED_CODE = " (code elsewhere in the text)"
# What may open a chunk before its first word: (with|setlocale()...
_CHUNK_OPENERS = "(\"'`“‘["


# A run of lower-case letters that goes on as a call or an attribute: the
# shape of ``theread()``, ``toself.copy_abs()``.
_LEADING_NAME_RE = re.compile(r"([a-z]{5,})(?:\(|\.[A-Za-z_]\w)")


def _function_word_before_code(
    chunk: str,
    at: int,
    doc: _Document,
    get_scorer: Callable[[], _Scorer],
    confident: list[Split],
    weak: list[tuple[Split, float]],
) -> None:
    """
    A function word glued to a name that goes on as code (``to|self.copy_abs()``,
    ``the|read() method``, ``with|setlocale().``), a name the text writes as
    code elsewhere and the glued run nowhere (see _word_before_named_code):
    sure without the layout's word, for the function word is prose and the
    counts know no such run. Never a function word that starts identifiers
    before a call (``isgroup()``, ``tolower()``: only ``to|self.``), nor a
    name that is a function word itself (``wherenot(x)``). Without the
    text's evidence the place stays a candidate for the layout walk alone
    (whether a chunk holds one may not depend on its text: see _remember).
    """
    run = _LEADING_NAME_RE.match(chunk)
    if run is None:
        return
    word = run.group(1)
    scorer = get_scorer()
    if scorer.model.logp(word) is not None:
        return  # (a word the counts know: update(), format(), index())
    for cut in range(2, min(len(word) - 2, 8)):
        if (
            word[:cut] in FUNCTION_WORDS
            and word[cut:] not in FUNCTION_WORDS
            and (word[:cut] not in CODE_PREFIXES or chunk[run.end(1)] == ".")
        ):
            found = _word_before_named_code(chunk, cut, scorer, doc)
            if found is not None:
                confident.append(Split(at + cut, "code", float("inf"), found[1]))
                return
            weak.append(_unplaced(Split(at + cut, "code", float("inf"), f"{word[:cut]!r} + {word[cut:]!r}")))


def _word_before_dotted_name(
    run: str,
    at: int,
    doc: _Document,
    get_scorer: Callable[[], _Scorer],
    confident: list[Split],
    weak: list[tuple[Split, float]],
) -> None:
    """
    A word of prose glued to a dotted name (``invoke|self.user_line()``,
    ``an|io.TextIOWrapper``, ``to|os.environ``): ``run`` is the letters
    before the first dot, at ``at``. Sure before ``self.`` or ``cls.``, and
    before a namespace that the text writes before two different names
    elsewhere (io.open, io.TextIOWrapper) where it never writes the glued
    run so; without that evidence, after a function word, an unplaced
    candidate (whether a chunk holds one may not depend on its text).
    Never a word of the word list (myself.x, itself.name).
    """
    scorer = get_scorer()
    if len(run) < 4 or scorer.model.flags(run) & FLAG_DICTIONARY:
        return
    for name in ("self", "cls"):
        left = run[:-len(name)]
        if run.endswith(name) and _markup_neighbour(left, get_scorer):
            confident.append(Split(at + len(left), "code", float("inf"), f"{left!r} before {name + '.'!r}"))
            return
    for cut in range(2, len(run) - 1):
        left, name = run[:cut], run[cut:]
        if left in FUNCTION_WORDS and left not in CODE_PREFIXES:
            found = Split(at + cut, "code", float("inf"), f"{left!r} before {name + '.'!r}")
            _add_join(found, doc.namespace(name) and not doc.namespace(run), confident, weak)
            return


def _word_before_named_code(chunk: str, i: int, scorer: _Scorer, doc: Optional[_Document]) -> Optional[tuple[float, str]]:
    """
    A word of the word list glued to a name that the text writes as code
    elsewhere (``calling|getdefaultlocale()``, ``to|self.copy_abs()``,
    ``corresponding|trap_enabler``): the name is what the text calls it,
    the word before it is prose. Never a name the text writes whole
    elsewhere (``tolower`` where ``lower()`` is code too). Only the layout
    walk asks, where the width says an old line ended here.
    """
    left, right = chunk[i - 1], chunk[i]
    if doc is None or not (left.isalpha() and right.isalpha() and left.isascii() and right.isascii()):
        return None
    m = _CODE_GOES_ON_RE.search(chunk, i)
    if m is None:
        return None  # (the name must go on as code: called, dotted, snake_case)
    j, k = _word_around(chunk, i)
    if chunk[:j].strip(_CHUNK_OPENERS) or k - i < 3 or k != m.start():
        return None
    a, b = chunk[j:i], chunk[i:k]
    lower_a, lower_b, run = a.lower(), b.lower(), chunk[j:k].lower()
    if not (lower_a in FUNCTION_WORDS or (len(a) >= 3 and scorer.model.flags(lower_a) & FLAG_DICTIONARY)):
        return None
    if a[:1].isupper() and not a[1:].islower():
        return None
    if not doc.spells(lower_b):
        return None  # (nowhere else a word of its own, so nowhere code: asked first, it is cheaper)
    if not doc.in_code(lower_b, besides=chunk) or doc.in_code(run, besides=chunk) or doc.repeated(run):
        return None
    return _BEFORE_OPENING, f"{a!r} + {b!r}{_NAMED_CODE}"


def _window_boundaries(
    line: str,
    start: "int | list[int]",
    lo: int,
    hi: int,
    width: int,
    get_scorer: Callable[[], _Scorer],
    roles: dict[int, str],
    code: bool,
    floor: float,
    doc: Optional[_Document] = None,
    slack: int = 1,
) -> list[tuple[int, float, str]]:
    """Where the old line that starts at ``start`` (or at one of several
    places) could have ended in ``line[lo:hi + 1]``, in order: (pos, score,
    note) for each boundary scoring ``floor`` or more; an empty note means
    nothing is inserted there (a hyphen break)."""
    found_all: list[tuple[int, float, str]] = []
    starts = start if isinstance(start, list) else [start]
    start = starts[0]  # (the earliest: the one that lets the most chunks reach past the width)
    chunks, words = _chunks_near(line, lo, hi)
    for index, (chunk_start, chunk) in enumerate(chunks):
        if chunk_start > hi:
            break
        # A line can end inside a chunk only if the rest of the chunk would
        # not have fitted on it: the chunk must reach past the width.
        if chunk_start + len(chunk) - start + 1 <= width - slack or len(chunk) > MAX_CHUNK:
            continue
        walkable = _walkable(chunk)
        previous = _context_word(words, index - 1) if index else None
        following = _context_word(words, index + 1, after=True)
        for i in range(max(1, lo - chunk_start), min(len(chunk), hi - chunk_start + 1)):
            pos = chunk_start + i
            if not any(_ends_line(line, s, pos, width, slack) for s in starts):
                continue
            found = _chunk_boundary(chunk, walkable, i, previous, following, roles, chunk_start, get_scorer, code, doc)
            if found is not None and found[0] >= floor:
                found_all.append((pos, found[0], found[1]))
    return found_all


def _boundaries_ending_at(
    line: str,
    lo: int,
    target: "int | list[int]",
    width: int,
    get_scorer: Callable[[], _Scorer],
    roles: dict[int, str],
    code: bool,
    doc: Optional[_Document] = None,
) -> list[tuple[int, float, str]]:
    """The boundaries at ``lo`` or after from which an old line ends at
    ``target`` (a sure join; or at one of several places, in order), as
    _window_boundaries gives them."""
    found: list[tuple[int, float, str]] = []
    targets = target if isinstance(target, list) else [target]
    target = targets[-1]
    lo = max(lo, targets[0] - width - 1)
    if lo >= target:
        return found
    spans: list[list[int]] = []  # (the places whose line ends at a target, merged)
    for starts in sorted((_line_starts(line, t, width) for t in targets), key=lambda r: r.start):
        if spans and starts.start <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], starts.stop)
        elif starts:
            spans.append([starts.start, starts.stop])
    chunks, words = _chunks_near(line, lo, target - 1)
    for index, (chunk_start, chunk) in enumerate(chunks):
        if chunk_start >= target:
            break
        if chunk_start + len(chunk) <= lo or len(chunk) > MAX_CHUNK:
            continue
        walkable = _walkable(chunk)
        previous = _context_word(words, index - 1) if index else None
        following = _context_word(words, index + 1, after=True)
        for i in range(max(1, lo - chunk_start), min(len(chunk), target - chunk_start)):
            pos = chunk_start + i
            if not any(a <= pos < b for a, b in spans):
                continue
            scored = _chunk_boundary(chunk, walkable, i, previous, following, roles, chunk_start, get_scorer, code, doc)
            if scored is not None and scored[0] >= LAYOUT_MIN:
                found.append((pos, scored[0], scored[1]))
    return found


def _end_before_unplaced(
    line: str,
    lo: int,
    end: int,
    width: int,
    get_scorer: Callable[[], _Scorer],
    roles: dict[int, str],
    code: bool,
    doc: Optional[_Document],
) -> Optional[tuple[int, float, str]]:
    """Searching back from a line end (``end``), where no boundary starts the
    old line that ends there (an option glued to a word, the -l|option; a
    bracket, interactive|(read-eval-print)): that line started at one of
    the places from which a line of the width ends at ``end``, so the line
    before it ended there; a clear boundary whose next old line ends at one
    of them (LAYOUT_MIN or more, LAYOUT_ALONE in prose about code, and there
    on no name the text keeps whole) is that end, one line further back
    (script|execution.). As further_end in _decode_layout, backwards."""
    starts = _line_starts(line, end, width)
    ends = list(range(max(lo, starts.start), starts.stop))
    if not ends:
        return None
    floor = LAYOUT_ALONE if code else LAYOUT_MIN
    return _best_boundary(
        line,
        _boundaries_ending_at(line, lo, ends, width, get_scorer, roles, code, doc),
        floor,
        lambda pos: _best_in_run(line, pos, get_scorer()) and not (code and _kept_whole(line, pos, doc)),
    )


def _best_boundary(
    line: str,
    candidates: list[tuple[int, float, str]],
    floor: float = 1.0,
    accept: Optional[Callable[[int], bool]] = None,
) -> Optional[tuple[int, float, str]]:
    """The most likely end of the old line among ``candidates`` (see
    _window_boundaries): only those scoring ``floor`` or more, and passing
    ``accept``, count."""
    best: Optional[tuple[int, float, str]] = None
    for pos, score, note in candidates:
        if score < floor or (accept is not None and not accept(pos)):
            continue
        # Greedy wrapping filled each line as far as it could, so the
        # last plausible boundary is where it ended; but two splits of
        # the same letters (I|said, Is|aid) are rivals, not a sequence:
        # between them the likelier one wins.
        if best is not None and _same_run(line, best[0], pos) and score <= best[1]:
            continue
        best = (pos, score, note)
    return best


def _best_in_run(line: str, pos: int, scorer: _Scorer) -> bool:
    """Is ``pos`` the likeliest split of the run of letters around it (if it
    is inside one)?"""
    j, k = _word_around(line, pos)
    if not (j < pos < k) or not line[j:k].isalpha() or not line[j:k].isascii():
        return True
    if pos == j + 1 and _letter_before_word(line[j:k], scorer):
        return True  # (N|units: as likely as the model's best, which the score weighs)
    lower = line[j:k].lower()
    points = scorer.split_points(lower, line[j].isupper())
    if line[j].isupper() and line[j + 1:k].islower():
        # (Where the layout says a line ended inside a name, a name the
        # counts know before a short function word is a rival too, which
        # split_points leaves out for the model: Dealy|in, Cretan|or.)
        points = tuple(sorted(set(points) | {
            i for i in range(3, len(lower) - 1)
            if lower[i:] in FUNCTION_WORDS and scorer.model.logp(lower[:i]) is not None
        }))
    if not points and line[j + 1:k].islower():
        # No split into words the counts know well: among the splits into
        # words they know at all (birds|tittered: a word of the word list
        # with no count), the likeliest. (Not in an acronym: RS|A.)
        points = tuple(
            i for i in range(1, len(lower)) if _plausible_part(lower[:i], scorer) and _plausible_part(lower[i:], scorer)
        )
    if not points and line[j].isupper():
        # Romanszko|says: a name the counts do not know before a common word.
        points = tuple(i for i in range(3, len(lower) - 1) if _unknown_name_join(line[j:j + i], lower[i:], scorer))
    if not points and line[j:k].islower():
        points = tuple(i for i in range(UNKNOWN_WORD_LENGTH, len(lower) - 1) if _unknown_word_join(lower[:i], lower[i:], scorer))
    if not points and line[j:k].islower():
        # political|abstentionism: a word of the list before a long word
        # the counts do not know.
        points = tuple(
            i for i in range(2, len(lower) - UNKNOWN_LONG_WORD + 1)
            if not _plausible_part(lower[i:], scorer) and _unknown_long_word(lower[i:], lower[:i], scorer)
        )
    if pos - j not in points:
        return False
    best = max(points, key=lambda i: _margin(scorer, lower, i, None, None))
    return best == pos - j


def _letter_before_word(run: str, scorer: _Scorer) -> bool:
    """Is ``run`` a capital letter (a variable's name, a number's: N, K)
    glued to a word of the list of four letters or more, the whole no word
    the counts know (Nunits; not Bread, Every, Ethernet)?"""
    rest = run[1:]
    return (
        len(rest) >= 4
        and run[0].isupper()
        and rest.islower()
        and bool(scorer.model.flags(rest) & FLAG_DICTIONARY)
        and scorer.is_solid(rest, False)
        and not _plausible_part(run.lower(), scorer)
    )


def _unknown_name_join(name: str, lower_b: str, scorer: _Scorer) -> bool:
    """Is ``name`` + ``lower_b`` a capitalized word the counts do not know
    glued to a common word (Romanszko|says, Onufrienko|and)?"""
    return (
        len(name) >= 3
        and _capitalized(name)
        and not _plausible_part(name.lower(), scorer)
        # (not a short ending that names have too: Kall|is, Dorf|man, Pater|son)
        and (
            (lower_b in FUNCTION_WORDS and len(lower_b) >= 3)
            or (len(lower_b) >= 4 and bool(scorer.model.flags(lower_b) & FLAG_COMMON))
        )
    )


def _unknown_long_word(word: str, known: str, scorer: _Scorer) -> bool:
    """Is ``word`` a long word in lower case that the counts do not know
    (abstentionism, collectivise), after ``known``, a word of the word list?"""
    return (
        len(word) >= UNKNOWN_LONG_WORD
        and word.isalpha()
        and word.isascii()
        and word.islower()
        and word.endswith(LEARNED_ENDINGS)
        and bool(scorer.model.flags(known) & FLAG_DICTIONARY)
        and scorer.is_solid(known, False)
    )


# ... and the least length of such a word after a word of the list, and the
# endings of the learned words it must have (not a name, a foreign word or
# two words glued again: eth|nicdemonym, in|tolymphovascular).
UNKNOWN_LONG_WORD = 8
LEARNED_ENDINGS = tuple(
    """ism isms ist ists ise ised ises ize ized izes ion ions ity ities ness ment ments ous ive ives ical
    ically ics able ible ence ance ary sis""".split()
)


def _unknown_word_join(word: str, lower_b: str, scorer: _Scorer) -> bool:
    """Is ``word`` + ``lower_b`` a lower-case word the counts do not know
    glued to a function word that no word ends in (conciousness|of)?"""
    return (
        lower_b in UNKNOWN_WORD_TAILS
        and len(word) >= UNKNOWN_WORD_LENGTH
        and word.islower()
        and not _plausible_part(word, scorer)
    )


# The function words that end no word of real text the counts do not know
# (every lower-case word of 8 letters or more in the corpora, licences,
# fortunes and /usr/share/doc that is no word of the counts was searched:
# ``of`` ends 83, all names and code, sizeof, Kerkhof; the others none; not
# so "on", "a", "an", "in", "at", "or", "her", "and": idolatization,
# delicatessan, aureomycin).
UNKNOWN_WORD_TAILS = frozenset(
    "of the that with this for from which was were have had will would into than then there their they when "
    "where who what but".split()
)
UNKNOWN_WORD_LENGTH = 6


def _same_run(line: str, a: int, b: int) -> bool:
    """Are offsets ``a`` < ``b`` inside one run of letters of ``line``?"""
    return all(ch.isalpha() for ch in line[a - 1:b + 1])


def _code_marks(text: str) -> int:
    """How many marks of code ``text`` has: calls ``f()`` (not brackets
    after a space, what a dump of Wikipedia leaves of a pronunciation:
    ``Lycia ()``), underscore names ``a_b``, dotted calls
    ``os.path.join(``, backticks, and CamelCase names with two humps. Each
    is searched only where its telltale character is present, so most prose
    costs a few substring searches."""
    marks = text.count("()") - text.count(" ()")
    if "`" in text:
        # `code` spans, not the quotes of GNU and TeX (`/usr/share/...',
        # ``AS IS''), which licences and old manuals use for prose.
        marks += sum(2 for _ in _BACKTICK_SPAN_RE.finditer(text))
        marks += sum(2 for _ in _GNU_QUOTED_CODE_RE.finditer(text))
    if "_" in text:
        marks += _underscore_marks(text)
    if "(" in text and "." in text:
        marks += sum(1 for m in _DOTTED_CALL_RE.finditer(text) if "a" <= text[m.start() - 1:m.start()] <= "z")
    if b"lU" in text.encode("utf-8", "surrogatepass").translate(_LETTER_CASES) and _TWO_HUMPS_HINT_RE.search(text):
        # (Not a name glued to the one before: StuartMacGill, GlennMcGrath.)
        marks += sum(1 for hump in _TWO_HUMPS_RE.findall(text) if hump.lower() not in NAME_PREFIXES)
    return marks


def _underscore_marks(text: str) -> int:
    """
    Underscores between two word characters (``a_b``, ``__init__``), found
    from the underscores themselves (a pattern that starts with a look-behind
    is tried at every character), except the one of italics glued to the
    word before (``he_may_``: see _italics_candidates).

    >>> _underscore_marks("a_b and __init__ and he_may_ fall, _not_ this")
    3
    """
    marks = 0
    n = len(text)
    i = text.find("_")
    while i >= 0:
        if 0 < i < n - 1 and _WORD_CHAR_RE.match(text, i - 1) and _WORD_CHAR_RE.match(text, i + 1):
            # The chunk around it, looked for no further than MAX_CHUNK (a
            # giant token of underscores must not make this quadratic).
            lo, hi = max(0, i - MAX_CHUNK), min(n, i + MAX_CHUNK)
            start = max(text.rfind(" ", lo, i), text.rfind("\n", lo, i), text.rfind("\t", lo, i)) + 1
            end = min((j for j in (text.find(" ", i, hi), text.find("\n", i, hi), text.find("\t", i, hi)) if j >= 0), default=hi)
            head, core = _core(text[start:end])
            italics = (
                _ITALIC_AFTER_WORD_RE.fullmatch(core) and start + head + core.index("_") == i
            ) or (_ITALIC_BEFORE_WORD_RE.fullmatch(core) and start + head + core.index("_", 1) == i)
            if not italics:
                marks += 1
        i = text.find("_", i + 1)
    return marks


def _about_code(line: str, technical_block: bool, marked_block: bool) -> bool:
    """Is ``line`` read as prose about code: its block is, or the block
    shows a mark of code and so does the line?"""
    return technical_block or (marked_block and _looks_technical(line))


def _looks_technical(line: str) -> bool:
    """Does the paragraph talk about code (``f()``, ``a_b``, ``x.y``, ``CamelCase``)?"""
    return _code_marks(line) > 0


def _word_around(chunk: str, i: int) -> tuple[int, int]:
    """The letters (with inner apostrophes: ``Argentina's``) around ``chunk[i]``."""
    j = i
    while j > 0 and (chunk[j - 1].isalpha() or (chunk[j - 1] in "'’" and j > 1 and chunk[j - 2].isalpha())):
        j -= 1
    k = i
    while k < len(chunk) and chunk[k].isalpha():
        k += 1
    return j, k


_QUOTE_MARK_RE = re.compile("[\"'‘’]")


def _line_quote_roles(line: str) -> dict[int, str]:
    """The quote roles of a line as its chunks are judged: those of
    _quote_roles, but an unpaired double quote's role is unknown."""
    roles = _quote_roles(line)
    if roles and line.count('"') % 2:
        roles = {i: role for i, role in roles.items() if line[i] != '"'}
    return roles


def _quote_roles(line: str) -> dict[int, str]:
    """
    Whether each quote mark of a line opens or closes a quotation.

    A quote after a space or an opening bracket opens (a double quote even
    when one is open: a quotation that runs on over paragraphs opens again
    on each), one before a space or punctuation closes, and a straight
    single quote between two letters is an apostrophe. The rest
    (``think!'(Dinah``, ``supporters."Some``, glued by a lost space) take
    the role the state so far calls for, except that a double quote opens
    if the next double quote whose role is clear closes.

    >>> roles = _quote_roles(\'she said."In time" and \\'I think,\\'said he\')
    >>> [roles[i] for i in sorted(roles)]
    ['open', 'close', 'open', 'close']
    >>> roles = _quote_roles('"It is a code."These days," he said')
    >>> [roles[i] for i in sorted(roles)]
    ['open', 'open', 'close']
    """
    roles: dict[int, str] = {}
    double_open = False
    single_open = False
    opened = -1  # (where the open single quotation opened)
    scan = _QuoteScan(line)
    n = len(line)
    clear_roles = _clear_double_roles(line) if '"' in line else {}
    for m in _QUOTE_MARK_RE.finditer(line):
        i, ch = m.start(), m.group()
        if ch == '"':
            clear, next_clear = clear_roles[i]
            if clear is not None:
                role = clear  # (an opening one even if one is open: a quotation that runs on over paragraphs opens again)
            elif next_clear == "close" and (not double_open or line[i + 1:i + 2].isupper()):
                # supporters."Some ... ," he said: the next clear quote closes
                # this one (if one is open, only where a capital follows: my "R"s)
                role = "open"
            else:
                role = "close" if double_open else "open"
            roles[i] = role
            double_open = role == "open"
        elif ch in "'‘’":
            before = line[i - 1] if i else " "
            after = line[i + 1] if i + 1 < n else " "
            if before.isalpha() and after.isalpha() or ch == "’" and before.isalpha() and after == "s":
                if ch == "'" and not single_open and _opens_glued_code(line, i, scan):
                    # function'asn1_create_element', GNU'gzip': a quotation
                    # of one word, glued to the word before.
                    roles[i] = "open"
                    single_open = True
                    opened = i
                    continue
                if ch == "'" and single_open and after.islower() and _closes_glued_word(line, i, opened, scan):
                    # 'time'save: a quotation of one word, glued to the next.
                    roles[i] = "close"
                    single_open = False
                    continue
                if ch == "'" and before.islower() and after.isupper() and _opens_after_word(line, i):
                    # herself'It's, words'EAT ME': a quotation opened right
                    # after a word (an apostrophe comes before a lower-case
                    # letter, or after a single letter: O'Brien, d'Arcy).
                    roles[i] = "open"
                    single_open = True
                    opened = i
                continue  # an apostrophe: don't, Alice's
            if ch == "'" and after == "s" and before in "'’" and not line[i + 2:i + 3].isalpha():
                continue  # 'locate''s: the possessive of a quotation, not a quote
            if ch == "‘" or before.isspace() or before in "([{—–":
                role = "open"
            elif after.isspace() or after in ".,;:!?)]}":
                role = "close"
            else:
                role = "close" if single_open else "open"
            if role == "close" and not single_open and before.isalpha():
                continue  # dears' (a plural possessive), not a quotation
            roles[i] = role
            single_open = role == "open"
            if single_open:
                opened = i
    return roles


def _clear_double_role(line: str, i: int) -> Optional[str]:
    """The role of the straight double quote at ``i`` when its neighbours
    say it: after a space or an opening bracket it opens, before a space or
    punctuation it closes; else None."""
    before = line[i - 1] if i else " "
    after = line[i + 1] if i + 1 < len(line) else " "
    if before.isspace() or before in "([{—–":
        return "open"
    if after == ":" and line[i + 2:i + 3].isalpha():
        return None  # (for":bufdo: a closing quote before a label's colon, or one opening a command of Vim)
    if after.isspace() or after in ".,;:!?)]}":
        return "close"
    return None


def _clear_double_roles(line: str) -> dict[int, tuple[Optional[str], Optional[str]]]:
    """For each straight double quote of ``line``: its clear role (see
    _clear_double_role), and that of the next double quote after it whose
    role is clear. (One pass from the end: a line of a million quotes is
    read once, not once per quote.)"""
    positions = []
    i = line.find('"')
    while i >= 0:
        positions.append(i)
        i = line.find('"', i + 1)
    out: dict[int, tuple[Optional[str], Optional[str]]] = {}
    next_clear: Optional[str] = None
    for i in reversed(positions):
        clear = _clear_double_role(line, i)
        out[i] = (clear, next_clear)
        if clear is not None:
            next_clear = clear
    return out


APOSTROPHE_ENDINGS = frozenset("s t d m re ve ll".split())
_AFTER_APOSTROPHE_RE = re.compile(r"[A-Za-z]+")
_CLOSING_QUOTE_RE = re.compile(r"[^\s']'(?=$|[\s.,;:!?)\]}]|'s(?![A-Za-z]))")


class _QuoteScan:
    """Where a line's spaces and closing-looking quotes are, found once and
    only if asked: the quote rules ask about each quote of a line, and a
    chunk of thousands of quotes and no space must not be read once per
    quote."""

    def __init__(self, line: str) -> None:
        self.line = line
        self._spaces: Optional[list[int]] = None
        self._closers: Optional[list[int]] = None

    def space_in(self, start: int, end: int) -> bool:
        """Is there whitespace in ``line[start:end]``?"""
        if self._spaces is None:
            self._spaces = [m.start() for m in _SPACE_RE.finditer(self.line)]
        k = bisect_left(self._spaces, start)
        return k < len(self._spaces) and self._spaces[k] < end

    def closes_in_chunk(self, i: int) -> bool:
        """Does a quote that closes by its look (before a space, punctuation
        or a possessive) come after ``i`` in the chunk that holds it?"""
        if self._closers is None:
            self._closers = [m.start() + 1 for m in _CLOSING_QUOTE_RE.finditer(self.line)]
        k = bisect_left(self._closers, i + 1)
        return k < len(self._closers) and not self.space_in(i, self._closers[k])


_SPACE_RE = re.compile(r"\s")


def _opens_glued_code(line: str, i: int, scan: Optional[_QuoteScan] = None) -> bool:
    """Does the straight quote at ``i``, between two letters, open a
    quotation of one word glued to the word before (``GNU'gzip'``,
    ``function'asn1_create_element'``)? Only where what follows is no
    ending of a contraction (don't, Alice's) and a quote closes it within
    the chunk (not rock'n'roll, Ba'ath). (``scan``: the line's, if kept.)

    >>> [_opens_glued_code(t, t.index("'")) for t in ("GNU'gzip' behaves", "don't", "rock'n'roll", "Ba'ath's")]
    [True, False, False, False]
    """
    m = _AFTER_APOSTROPHE_RE.match(line, i + 1)
    if m is None or m.group().lower() in APOSTROPHE_ENDINGS or not _opens_after_word(line, i):
        return False
    return (scan or _QuoteScan(line)).closes_in_chunk(i)


def _closes_glued_word(line: str, i: int, opened: int, scan: Optional[_QuoteScan] = None) -> bool:
    """Does the straight quote at ``i``, between two letters, close a
    quotation of one word opened at ``opened`` and glued to the next word
    (``'time'save``)? Only where the quotation holds no space, the word
    before is of two letters or more and what follows is no ending of a
    contraction (``'don't'``, ``'Alice's'``), and is itself a word.

    >>> line = "have 'time'save it; adding, 'You'relooking"
    >>> _closes_glued_word(line, line.index("'save"), line.index("'time"))
    True
    >>> _closes_glued_word(line, line.index("'rel"), line.index("'You"))
    False
    """
    m = _AFTER_APOSTROPHE_RE.match(line, i + 1)
    return (
        m is not None
        and m.group().lower() not in APOSTROPHE_ENDINGS
        and opened >= 0
        and not (scan or _QuoteScan(line)).space_in(opened, i)
        and _opens_after_word(line, i)
        # (the word after is a word: 'time'save, not 'You'relooking, where
        # a contraction is glued to the next word)
        and _Scorer.of(get_model()).is_solid(m.group().lower(), False)
    )


def _opens_after_word(line: str, i: int) -> bool:
    """Is the word before the quote at ``i`` one of two letters or more, and no elision?"""
    j = i
    while j > 0 and line[j - 1].isalpha():
        j -= 1
    return i - j >= 2 and line[j:i].lower() not in ELISIONS


def _inside_quoted_token(chunk: str, i: int, roles: dict[int, str], chunk_start: int) -> bool:
    """Is ``chunk[:i]|chunk[i:]`` inside a quotation of this one chunk: a
    quote before it that the line's roles open, and one after it that they
    close (``'-fprint0'``, ``‘object1’``: a literal, not two words)?"""
    return any(chunk[k] in QUOTE_MARKS and roles.get(chunk_start + k) == "open" for k in range(i)) and any(
        chunk[k] in QUOTE_MARKS and roles.get(chunk_start + k) == "close" for k in range(i, len(chunk))
    )


def _boundary_score(
    chunk: str,
    i: int,
    previous: Optional[str],
    following: Optional[str],
    roles: dict[int, str],
    chunk_start: int,
    get_scorer: Callable[[], _Scorer],
    code: bool = False,
    doc: Optional[_Document] = None,
) -> Optional[tuple[float, str]]:
    left, right = chunk[i - 1], chunk[i]
    before = chunk[:i - 1][-1:]
    if left in "([{":
        return None  # (no line ends right after an opening bracket: Organization("Licensee"))
    if left == "-" and right.isalpha() and before.isalpha():
        return _AFTER_HYPHEN, ""
    if left in "-–—" and i == 1 and right.isalpha():
        # "malnutrition -swollen": a dash before a word; not an option glued
        # to the word after it (-soption, -f.strfile, -X,-I: the line ended
        # after the option, if anywhere).
        k = _word_around(chunk, 1)[1]
        if left == "-" and (code or k - 1 < 3 or not get_scorer().is_solid(chunk[1:k].lower(), False)):
            return None
        return _AFTER_PUNCT, f"a dash before {chunk[1:13]!r}"
    if right in "\"'‘’“" and roles.get(chunk_start + i) == "open":
        if code and (left in "([" or (left in "bBrRuUfF" and not before.isalpha())):
            return None  # Decimal('0.00'), b'': a call's argument, a string prefix
        return _AFTER_PUNCT, f"{chunk[max(0, i - 12):i]!r} before an opening quote"
    if left in "\"'’”" and roles.get(chunk_start + i - 1) == "close":
        if not (right.isalnum() or right in "“‘(") or (right == "s" and not chunk[i + 1:i + 2].isalpha()):
            return None  # 'multiplication'), "-5:00", 'locate''s (a possessive, not the word s)
        return _AFTER_PUNCT, f"a closing quote before {chunk[i:i + 12]!r}"
    if left in "\"'" or right in "\"'":
        return None
    if left == "." and i == 1 and right.isalpha() and not get_scorer().is_solid(chunk[1:_word_around(chunk, 1)[1]].lower(), False):
        return None  # .Z, .NET: a suffix or a name that starts with a dot (not around .|Sometimes, a symbol lost)
    if left == "]" and right == "[":
        return None  # [GNOME Project][gnome], [1][2]: a link's reference, citations; no line ended between them
    if left in ".,;:!?)]”»" and (right.isalpha() or right in "“‘(["):
        if left == "." and right.islower():
            return None  # example.com, e.g.
        if left == ":" and before and before in "\"'`‘“":
            return None  # ":set, ':help: a quoted command of Vim or a shell starts with the colon
        if left in ".!?" and before.isalpha():
            j, _ = _word_around(chunk, i - 1)
            word = chunk[j:i - 1]
            following = chunk[i:_word_around(chunk, i)[1]]
            if (left == "." and chunk[j - 1:j] == ".") or not (
                _ends_sentence(word, get_scorer)
                or (not code and _acronym_sentence(word, left, following))
                or (
                    not code
                    and j == 0
                    and len(word) >= 3
                    and _capitalized(word)
                    and _capitalized(following)
                    and following.lower() in FUNCTION_WORDS
                )
                or (not code and j == 0 and _initial_before_name(word, following, get_scorer))
            ):
                if doc is not None and _unknown_sentence_end(chunk, i, get_scorer(), doc):
                    # these occurrances.|Additionally, autotomy.|Certain: only
                    # where the rhythm confirms it (see _decode_layout).
                    return LAYOUT_FLOOR, f"{chunk[:i][-12:]!r} before {chunk[i:i + 12]!r} (a sentence's end)"
                return None  # io.TextIOWrapper, binascii.Error, email.message.Message
        return _AFTER_PUNCT, f"{left!r} before {chunk[i:i + 12]!r}"
    if left.isalpha() and (right == "“" or right == "(" and chunk[i + 1:i + 2].isupper()):
        return _BEFORE_OPENING, f"{right!r} after {chunk[:i][-12:]!r}"  # Union(AMWU), not super()
    if left.isalpha() and right == "(" and chunk[i + 1:].isalpha() and chunk[i + 1].islower() and chunk[:i].isalpha():
        # result(from a conversion, division(that is: a word of the word
        # list, then a parenthesis of prose that goes on past the chunk (not
        # a call: f(x), print(value, len(s)).
        scorer = get_scorer()
        if scorer.model.flags(chunk[:i].lower()) & FLAG_DICTIONARY and scorer.is_solid(chunk[i + 1:].lower(), False):
            return _BEFORE_OPENING, f"{chunk[:i][-12:]!r} before a parenthesis"
        return None
    if left.isalpha() and right == "(" and i >= 3 and chunk[:i].isalpha():
        # objects(executables, attributes(tokens, adopters(hello,: a word of
        # the word list, then a list or a clause in parentheses that goes on
        # past the chunk, where the layout says an old line ended; the first
        # argument of a call looks the same (print(value,), so not a word
        # the text writes as code anywhere else (nor without a text to ask).
        m = _PAREN_LIST_RE.fullmatch(chunk, i)
        scorer = get_scorer()
        if (
            m is not None
            and doc is not None
            and scorer.model.flags(chunk[:i].lower()) & FLAG_DICTIONARY
            and scorer.is_solid(m.group(1), False)
            and not doc.in_code(chunk[:i].lower(), besides=chunk)  # (last: its first question reads the text)
        ):
            return LAYOUT_MIN, f"{chunk[:i][-12:]!r} before a parenthesis"
    if left.isalpha() and right == "(" and not code and chunk[:i].isalpha() and _CLOSED_PAREN_WORD_RE.fullmatch(chunk, i):
        # outposts(presidios), districts(daïras).: a word of the word list,
        # then a word in parentheses closed in the chunk, outside prose
        # about code (where print(value) is a call); the weakest place.
        if get_scorer().model.flags(chunk[:i].lower()) & FLAG_DICTIONARY:
            return LAYOUT_SHORT, f"{chunk[:i][-12:]!r} before a parenthesis"
        return None
    if left in ",;:" and right.isdigit() and before.isalpha() and not code:
        return _BEFORE_OPENING, f"{left!r} before {chunk[i:i + 12]!r}"  # collapse,|21 injured
    if (
        left == ","
        and right.isdigit()
        and not code
        and _NUMBER_CHUNK_RE.fullmatch(chunk, 0, i - 1)
        and not _THOUSANDS_RE.match(chunk, i)
    ):
        # (1872–1890,|1892–1893), In 2006,|22.3 million: a number, a comma and
        # another number that no group of thousands is (1,000); the weakest place.
        return LAYOUT_SHORT, f"{chunk[max(0, i - 12):i]!r} before {chunk[i:i + 12]!r}"
    if left.isalpha() and right in "$£€" and not code:
        return _DIGIT_EDGE, f"{chunk[:i][-12:]!r} + {chunk[i:i + 12]!r}"  # at|$2 million
    if left.isalpha() and right.isdigit():
        if _inside_quoted_token(chunk, i, roles, chunk_start):
            return None  # '-fprint0', ‘object1’: quoted literals
        if _in_hex_number(chunk, i):
            return None  # ]0x0000000000400d7c, 0x7fffffffc3a3: a number in hexadecimal
        word = chunk[:i].lstrip(EDGE_PUNCT_OPEN)
        if len(word) == 1 and word not in "aAI":
            return None  # F117, B52, g10: a name of a letter and a number
        if not _letters_before_number(chunk, i, get_scorer()):
            return None  # the|v1.0, to|X11, in|IPv4, the tool|ps2epsi: not thev|1.0, toX|11, inIPv|4, toolps|2epsi
        if code and not (
            len(word) >= 2
            and word.lower() in FUNCTION_WORDS
            and (_NUMBER_AFTER_WORD_RE.fullmatch(chunk, i) or (len(word) >= 3 and _DIGIT_AFTER_WORD_RE.fullmatch(chunk, i)))
        ):
            return None  # copy2, sha256, utf8, in6_addr: names in technical prose (but to|0755, of|1.4.x)
        return _DIGIT_EDGE, f"{chunk[:i][-12:]!r} + {chunk[i:i + 12]!r}"
    if left.isdigit() and right.isalpha():
        if _in_hex_number(chunk, i):
            return None
        j, k = _word_around(chunk, i)
        word = chunk[i:k].lower()
        if _PLURAL_NUMBER_RE.search(chunk, 0, i + 1) and _decade_before(word, get_scorer()):
            return None  # 1960s|following, not 1960|sfollowing: the s is the decade's (but 1960|study)
        if len(word) < 3 or word in UNIT_WORDS or not get_scorer().is_solid(word, False):
            return None  # 57th, 1990s, 4pm, 10km
        return _DIGIT_EDGE, f"{chunk[:i][-12:]!r} + {chunk[i:i + 12]!r}"
    if (left == "_" or right == "_") and not code:
        # Gutenberg's italics: _are_|the, he|_did_ (a word on each side)
        if left == "_" and right.isalpha() and _ITALIC_END_RE.search(chunk, 0, i):
            return _AFTER_PUNCT, f"italics {chunk[:i][-12:]!r} before {chunk[i:i + 12]!r}"
        if right == "_" and left.isalpha() and _ITALIC_START_RE.match(chunk, i):
            return _BEFORE_OPENING, f"{chunk[:i][-12:]!r} before italics {chunk[i:i + 12]!r}"
        return None
    if not (left.isalpha() and right.isalpha()) or not left.isascii() or not right.isascii():
        return None
    if right in "vV" and _VERSION_RE.match(chunk, i):
        # A word glued to a version (the|v1.0 release, commit|v2.6.18), as
        # to a number; no line ended inside a version's name.
        before_version = _LETTERS_BEFORE_RE.search(chunk, 0, i)
        if before_version is not None and get_scorer().is_solid(before_version.group().lower(), False):
            return _DIGIT_EDGE, f"{chunk[:i][-12:]!r} + {chunk[i:i + 12]!r}"
        return None
    j, k = _word_around(chunk, i)
    if j == 1 and chunk[0] == "-":
        # -eoption, -margoptions: an option glued to the word after it
        # (groff's -e option); a line ended only before a word of the list
        # that the run is not (not -eop|tion; -march, -Wall: the options of
        # a compiler); after an option of one letter, as after an acronym.
        scorer = get_scorer()
        if scorer.model.logp(chunk[1:k].lower()) is not None or not scorer.model.flags(chunk[i:k].lower()) & FLAG_DICTIONARY:
            return None
        if i == 2:
            return None if code or k - i < 4 else (_BEFORE_OPENING, f"{chunk[:i]!r} + {chunk[i:k]!r}")
    if chunk[j] == "s" and _PLURAL_NUMBER_RE.search(chunk, 0, j + 1) and _decade_before(chunk[j:k].lower(), get_scorer()):
        # The 1960sfollowing: a decade's s, no part of the word after it.
        if i > j + 1:
            j += 1
        else:
            return _DIGIT_EDGE, f"{chunk[:i][-12:]!r} + {chunk[i:i + 12]!r}"
    if (
        right == "S"
        and left.isupper()
        and chunk[i + 1:i + 2].islower()
        and i - j >= 2
        and chunk[j:i].isupper()
        and get_scorer().is_solid(chunk[i + 1:k].lower(), False)
    ):
        return None  # COLUMNS|and, not COLUMN|Sand: an S after capitals is their plural (but UN|Security)
    if left.isupper() and right.islower() and not (i - j == 1 and left in "AI"):
        if i - j >= 2 and chunk[j:i].isupper():
            # An acronym before a word: US|military, ASIO|and, ABC|radio, in
            # prose about code too (ABI|introduced, URL|references);
            # not UNH|igh, where the last capital starts a word (UN|High),
            # nor in prose about code OP|sand, where an s is the acronym's
            # plural (OPs|and; but ABC|said in the news).
            scorer = get_scorer()
            other = chunk[i - 1:k].lower()  # (UN|High against UNH|igh; ROOM|of: no word 'Mof')
            if (
                len(chunk) - i >= 2
                and not (code and right == "s" and scorer.is_solid(chunk[i + 1:k].lower(), False))
                and scorer.is_solid(chunk[i:k].lower(), False)
                and not (
                    i - j >= 3
                    and scorer.model.flags(other) & FLAG_DICTIONARY
                    and scorer.is_solid(other, False)
                    and not (doc is not None and doc.writes(chunk[j:i]) and not doc.writes(chunk[j:i - 1]))
                )
            ):
                # (VACUUM|is, not VACUU|Mis, where the text writes VACUUM alone.)
                return _BEFORE_OPENING, f"{chunk[j:i]!r} + {chunk[i:k]!r}"
        if (
            i - j >= 4
            and doc is not None
            and _MIXED_NAME_RE.fullmatch(chunk, j, i)
            and k - i >= 4
            and chunk[i:k].islower()
            and get_scorer().model.flags(chunk[i:k]) & FLAG_DICTIONARY
            and get_scorer().is_solid(chunk[i:k], False)
            and doc.spells(chunk[j:i].lower())
        ):
            # PostgreSQL|database, OpenSSL|library: a name cased so, that
            # the text writes alone elsewhere, before a word of the list.
            return _BEFORE_OPENING, f"{chunk[j:i]!r} (as elsewhere in the text) + {chunk[i:k]!r}"
        if i - j == 1 and j == 0 and k == len(chunk.rstrip(".,;:!?)")) and _letter_before_word(chunk[j:k], get_scorer()):
            # N|units, K|times: a letter that names a number or a variable
            # before a word of the list, the whole no word the counts know
            # (not B|read, E|very); a weak place for a line to end.
            return LAYOUT_SHORT, f"{left!r} + {chunk[i:k]!r}"
        return None  # ChannelS|even: a capital belongs to the letters after it (I|am, A|short aside)
    run = chunk[j:k]
    if len(run) > MAX_RUN:
        return None
    a, b = run[:i - j], run[i - j:]
    scorer = get_scorer()
    if left.islower() and right.isupper():
        if a.lower() in NAME_PREFIXES:
            return None  # McGrath, MacGill, DeVito, LaTeX
        if doc is not None and _cuts_written_name(run, i - j, doc):
            return None  # Gnu|PGhome, Open|PGPstandard, Gi|Bpackfile: GnuPG, OpenPGP, GiB as the text writes them
        if code and a[:1].isupper():
            if _sentence_word_before_name(a, b, run, scorer, doc):
                return _BEFORE_OPENING, f"{a!r} before {b!r} (as elsewhere in the text)"
            return None  # StopIteration, GzipFile: class names in technical prose
        plausible = _plausible_part(_base(a.lower()), scorer) and _plausible_part(b.lower(), scorer)
        return (_AFTER_PUNCT if plausible else _BEFORE_OPENING), f"{a!r} + {b!r}"
    if "'" in a or "’" in a:
        # Alice's|first, I'll|get: the word before is whole, judge the one after.
        quote = j + max(a.rfind("'"), a.rfind("’"))
        if roles.get(chunk_start + quote) == "close":
            return None  # ('time's|ave: the quote closes a quotation, 'time'|save)
        base, ending = a.replace("’", "'").lower().rsplit("'", 1)
        if not _is_contraction(base, ending) or not scorer.is_solid(b.lower(), False):
            return None  # (spell'stu|pid, is'm|bcs: a quote glued to the word before, not a contraction)
        return _BEFORE_OPENING, f"{a!r} + {b!r}"
    lower_a, lower_b = a.lower(), b.lower()
    if not _plausible_part(lower_b, scorer) or a in BOUND_PREFIXES:
        named = _word_before_named_code(chunk, i, scorer, doc)
        if named is None and a not in BOUND_PREFIXES:
            own = _beside_own_word(a, b, lower_b, lower_a, doc, scorer)
            if own is None and not code and _unknown_long_word(b, lower_a, scorer):
                # political|abstentionism, forcibly|collectivise: a word of
                # the list glued to a long word of prose the counts do not
                # know; only where the rhythm confirms it, as a name.
                return LAYOUT_FLOOR, f"{a!r} + {b!r} (a word the counts do not know)"
            if own is None and chunk[k:k + 1] == "-" and chunk[k + 1:k + 2].isalnum() and _function_word_before_name(run, i - j, scorer):
                # of|systemd-tmpfiles, the|r-commands: a function word glued
                # to a hyphenated name whose first part no count knows.
                return _BEFORE_OPENING, f"{a!r} before {chunk[i:i + 16]!r}"
            return own
        return named
    if len(a) >= 3 and a[:-1].isupper() and a[-1].islower() and (
        a[-1] != "s" or (scorer.is_solid("s" + lower_b, False) and not scorer.is_solid(lower_b, False))
    ):
        # USa|dministration: an acronym, then the first letter of the word
        # (US|administration); a plural acronym is a word (TVs|and), and so
        # is a name that starts with one (OSError|is); but not where the s
        # starts the only word (TRANSLATIONs|tatement).
        return None
    ending = ""
    if k + 1 < len(chunk) and chunk[k] in "'’" and chunk[k + 1:k + 2].isalpha():
        # The word after goes on past an apostrophe: I|don't, not Id|on't.
        _, end = _word_around(chunk, k + 1)
        ending = chunk[k + 1:end].lower()
        if not _is_contraction(lower_b, ending):
            return None
        k = end  # (and the counts know it without its apostrophe: it|hasn't as it + hasnt)
    if not _plausible_part(lower_a, scorer):
        if not code and _unknown_word_join(a, lower_b, scorer):
            # conciousness|of, baselessness|of: a word the counts do not know
            # (a misspelling, a rare derivation) before a function word that
            # ends no word; only where the rhythm confirms it, as a name.
            return LAYOUT_SHORT, f"{a!r} (a word the counts do not know) + {b!r}"
        own = _beside_own_word(a, b, lower_a, lower_b, doc, scorer)
        if own is not None:
            return own
        if code or len(a) < 3 or not _capitalized(a):
            return None  # (only a name the counts do not know may stand on the left)
        if doc is not None and scorer.is_solid(lower_b, False) and doc.spells(lower_a):
            # A name the counts do not know, spelled on its own elsewhere in
            # the text: Kinton|says (the document as its own dictionary).
            return _BEFORE_OPENING, f"{a!r} (as elsewhere in the text) + {b!r}"
        if _unknown_name_join(a, lower_b, scorer):
            # Once in the text, it is no evidence on its own; but where the
            # old line must have ended and the next one confirms it, a name
            # before a common word is the only place it can have (see
            # _decode_layout: the weakest boundary that the rhythm may take).
            return LAYOUT_FLOOR, f"{a!r} (a name the counts do not know) + {b!r}"
        return None
    if code and doc is not None and doc.in_code(run.lower(), besides=chunk):
        return None  # written as code elsewhere in the text: 'mbcs', sitecustomize
    if j > 0:
        previous = None  # the run follows punctuation inside the chunk
    if k < len(chunk):
        following = None
    margin = _margin(scorer, run.lower() + ending, i - j, previous, following)
    return margin, f"{a!r} + {b!r}, margin {margin:.1f}"


# The letters that end a text (the word before a number: the|v1.0, to|X11).
_LETTERS_BEFORE_RE = re.compile(r"[A-Za-z]+$")
# A version's name: v1.0, V2.6.18.
_VERSION_RE = re.compile(r"[vV]\d+(?:\.\d+)+")
# Lower-case letters glued to a name's capitals (toX, inIPv).
_CAMEL_GLUE_RE = re.compile(r"[a-z]{2,}[A-Z].*")
# A name in mixed case that ends in capitals (PostgreSQL, OpenSSL, GnuPG).
_MIXED_NAME_RE = re.compile(r"[A-Z]?[a-z]+[A-Z]{2,}|[A-Z][a-z]+[A-Z][a-z]+[A-Z]{2,}")
# A number, a year or a span of them, alone in a chunk up to a comma ((1872–1890,).
_NUMBER_CHUNK_RE = re.compile(r"[(\[]?\d[\d.–-]*")
# Three digits and no more: a group of thousands after a comma (1,000).
_THOUSANDS_RE = re.compile(r"\d{3}(?!\d)")
# A parenthesis that opens on a word of prose and goes on past a comma (a list).
_PAREN_LIST_RE = re.compile(r"\(([a-z]{2,})[,;:]")
# A word of prose in parentheses, closed, and what may end a clause after it.
_CLOSED_PAREN_WORD_RE = re.compile(r"\([^\W\d_]{2,}(?:-[^\W\d_]+)*\)[.,;:]*")


def _sentence_word_before_name(a: str, b: str, run: str, scorer: _Scorer, doc: Optional[_Document]) -> bool:
    """In prose about code, is ``a|b`` a capitalized function word (a
    sentence's first) before a name the text writes alone elsewhere, in
    capitals or no word of the list (``The|PostgreSQL``, ``If|FILE``,
    ``In|OpenSSL``), where the text writes the run whole only here? Not a
    class or a method named so (``ToString``, ``IsValid``, ``OnClick``:
    the word after is one of the list; ``ToJSON``, written whole
    elsewhere)."""
    return (
        doc is not None
        and len(a) >= 2
        and a.lower() in FUNCTION_WORDS
        and len(b) >= 2
        and (b.isupper() or not scorer.model.flags(b.lower()) & FLAG_DICTIONARY)
        and doc.spells(b.lower())
        and not doc.repeated(run.lower())
    )


def _decade_before(word: str, scorer: _Scorer) -> bool:
    """After a decade's digits (1960), is ``word`` (in lower case) its s
    and a word of three letters or more, rather than a word of the list
    that starts with an s (sfollowing; not study, season)?"""
    return len(word) >= 4 and not scorer.model.flags(word) & FLAG_DICTIONARY and scorer.is_solid(word[1:], False)


# The articles: none ends a clause (see _chunk_candidates: Hasan, is no Has an,).
ARTICLES = frozenset(("a", "an", "the"))


# A decade (the 1960s, the 90s, the 1800s) at the end of the text it is
# searched in: a number of two digits or more ending in 0, and a plural s.
_PLURAL_NUMBER_RE = re.compile(r"(?<![\w,.])\d+0s$")

# A dotted abbreviation glued to the word after it: capitals each with a
# full stop (U.S.Postal, U.S.government), or a Latin one (i.e.as, e.g.the).
_ABBREVIATION_JOIN_RE = re.compile(r"((?:[A-Z]\.){2,}|(?:i\.e|e\.g|cf|viz)\.)([A-Z]?[a-z]{2,})$")

# ... and the other way round: a word, then capitals each with a full stop.
_WORD_ABBREVIATION_RE = re.compile(r"([A-Za-z][a-z]+)((?:[A-Z]\.){2,})[^\w]*$")

# Words that a colon follows directly by convention: URI schemes and the
# prefixes of mail subjects (mailto:me, Re:meeting).
COLON_PREFIXES = frozenset(
    "re fwd fw aw sv mailto http https ftp sftp file tel sms urn news nntp irc git ssh data javascript about "
    "magnet sip skype callto geo xmpp ldap".split()
)

# A parenthesis opened right after a word, with one word of it in the chunk.
# (The word may end a sentence, with a quotation or an ellipsis: 100km.(The,
# territory..."(By.)
_PAREN_JOIN_RE = re.compile(r"([A-Za-z0-9]*[A-Za-z]{2,}(?:[.!?;:,]|\.\.\.|[.!?]{1,3}[\"”’])?)\(([A-Za-z]{2,})$")
# ... and one of a number of two digits or more (a year, a span, a share).
_PAREN_NUMBER_RE = re.compile(r"[\"'“‘]?([A-Za-z]*[a-z]{2,})\(((?:\d{2,}(?:[.,]\d+)*|\d+[.,]\d+)(?:[–-]\d+)?%?)(?:\)[.,;:]*)?$")
# A sentence glued to a bracket of prose opened after it, with one word of it
# in the chunk (mounts.[bug introduced in coreutils-8.32]).
_BRACKET_SENTENCE_RE = re.compile(r"([A-Za-z]*[A-Za-z][.!?])\[([A-Za-z]{2,})$")
# ... unless that word is a type of C, as in a declaration: main(int argc,
# Test(const char *q), sizeof(void *).
C_TYPE_WORDS = frozenset("int char const void unsigned signed struct enum union bool".split())
# A word glued to an e-mail address (or before a URL) in angle brackets, before it or after it.
_BEFORE_ADDRESS_RE = re.compile(r"([A-Za-z][a-z]+[.,;:]?)<(?:[^\s<>@]+@[^\s<>@]+|(?:https?|ftp)://[^\s<>]+)>[.,;:)]*$")
_AFTER_ADDRESS_RE = re.compile(r"(\(?<(?:[^\s<>@]+@[^\s<>@]+|(?:https?|ftp)://[^\s<>]+)>[.,;:)]*)([A-Z]?[a-z]{2,})[.,;:]?$")


def _field_join(chunk: str, at: int, confident: list[Split]) -> None:
    """testsuite/check.shCopyright:, Gifford>License:, copyright-format/1.0/Source:
    the fields of a machine-readable copyright file, glued to the end of the
    field before (a file name, an address, the format's URL); no real text
    writes them so, in any language (the names of a paragraph of fields
    may vote it French: Henrique de Moraes)."""
    m = _FIELD_JOIN_RE.match(chunk) or _FORMAT_FIELD_RE.match(chunk)
    if m is not None:
        confident.append(Split(at + m.end(1), "field", float("inf"), f"{m.group(1)[-12:]!r} before {m.group(2)!r}"))


# A field of Debian's machine-readable copyright files glued to the value of
# the field before it.
# (After a slash only the Upstream fields: the format's URL ends in one, and
# "Copyright/License:" is a label of its own.)
_FIELD_JOIN_RE = re.compile(
    r"(\S*(?:[a-z0-9*)>.](?=Copyright:|License:)|[a-z0-9*)>./](?=Upstream-Name:|Upstream-Contact:)))"
    r"(Copyright:|License:|Upstream-Name:|Upstream-Contact:)$"
)
# ... and any field glued to the URL of the format, the first field's value.
_FORMAT_FIELD_RE = re.compile(
    r"(\S*/copyright-format/1\.0/?)(Upstream-Name:|Upstream-Contact:|Source:|Disclaimer:|Comment:|License:|Copyright:|Files:)$"
)
# A word or punctuation glued to a chat log's speaker (other<sangr>, ...<sangr>).
_BEFORE_SPEAKER_RE = re.compile(r"([^\s<>]*[^\W_]|[^\s<>]*[.!?,;:)\"'”’*])(<[^\W\d][\w`|^-]*>)")
# ... and a function word before a placeholder or a header file, punctuation
# around them (by<include>., with<rev>s, (in<math.h>), in<sys/acct.h>).
_WORD_BEFORE_PLACEHOLDER_RE = re.compile(r"([\"'(“‘]?([A-Za-z]+))(<[a-z][\w-]*(?:/[\w-]+)*(?:\.h)?>)s?[.,;:)]*")
# A placeholder of a manual glued to the word after it (<object>being).
_PLACEHOLDER_WORD_RE = re.compile(r"(<[a-z][a-z0-9_-]*>)([a-z]{2,})[.,;:)]*")
# The letters of POD's formatting codes (C<LOG_DAEMON>, theL<perlfunc>).
POD_CODES = frozenset("BCEFILSXZ")
# The tags of HTML, which follow a word so in a page's source (text<br>).
HTML_TAGS = frozenset(
    """a abbr b big blockquote body br center code dd div dl dt em font h1 h2 h3 h4 h5 h6 head hr html i
    img kbd li ol p pre s samp small span strike strong sub sup table td th title tr tt u ul var""".split()
)
# A word glued to the mark of a quoted e-mail's line (purposes>, GPL",>).
_BEFORE_QUOTE_MARK_RE = re.compile(r"([^\s<>]*[^\W_]|[^\s<>]*[^\W_][.,;:?!\"'”’)]+)>")
# A word glued to inline markup, before it or after it: POD's formatting
# codes (theC<@kvlist>, C<WindowBits>refer; not the italics inside a word,
# libI<lib>, nor a closing tag, VFS</a>) and the backticks of reStructuredText
# and Markdown (the``salt``, ``argtypes``followed; not a role, :func:`f`).
_MARKUP_BEFORE_RE = re.compile(r"([\"'(“‘]?([A-Za-z][a-z]+|a)[,;.!?]?)(?:[BCFILSX](<+)(?=$|[^\s/=<>])|L(<)(?=/)|(``?)(?=[A-Za-z_(]))")
_MARKUP_AFTER_RE = re.compile(
    r"(?:[BCFILSX]<[^\s<>]+>|(?<![`\w])(``?)[^`\s]+\1(?!`))"
    r"(?:([,;]?)([a-z]{2,})[.,;:!?)]*$|([,;])(?=[BCFILSX]<[^\s/=<>])|([.!?])([A-Z][a-z]+)[.,;:!?)]*$)"
)
# A word of three letters beside markup must be this frequent.
FREQUENT_SHORT_LOGP = -4.0
# A word glued to a package's name: theB::OP, (byFile::Spec.
_PACKAGE_JOIN_RE = re.compile(r"([\"'(“‘]?([A-Za-z][a-z]+))([A-Z][A-Za-z0-9]*::(?:[A-Za-z_]\w*(?:::[A-Za-z_]\w*)*)?)")
# A comma glued to POD markup opened after it.
_COMMA_MARKUP_RE = re.compile(r"(?<=[\w>)\]'\"]),(?=[BCEFILSXZ]<[^\s<>])")
# A function word glued to a variable of Perl or the shell (is$echo, If$filename).
_WORD_VARIABLE_RE = re.compile(r"([\"'(“‘]?([A-Za-z][a-z]+))\$[A-Za-z_]\w*[.,;:)]*$")
# What follows markup on purpose: C<eval>ed, C<FETCH>ing, I<n>th, `fork()`ed.
MARKUP_ENDINGS = frozenset("s es ed d ing ings er ers th st nd rd ion ions ness able ly ment ize ized ise ised".split())
# "and/or" glued to the word before it or the word after it.
_AND_OR_JOIN_RE = re.compile(r"(?i)([\"'(“‘]*[a-z]+[,;]?)?(and/or)([a-z]+)?[.,;:!?\"')”’]*$")
# A sentence glued to an Info manual's cross-reference after it.
_BEFORE_INFO_NOTE_RE = re.compile(r"([\"'(“‘]?[A-Za-z]+[a-z][.!?])\*([Nn]ote)$")
# Two words of an Info node's name glued, at the end of a cross-reference.
_INFO_NODE_JOIN_RE = re.compile(r"[\"'(“‘]?([A-Za-z]?[a-z]+)([A-Z][a-z]+)::[.,;:)]*$")
# An Info manual's cross-reference glued to the node's name (*notediff).
_INFO_NOTE_RE = re.compile(r"(\(?\*[Nn]ote)([A-Za-z][\w-]*)")
# A word, then a parenthesis of prose opened after it and going on past the
# chunk (see _opens_prose).
_PROSE_PAREN_RE = re.compile(r"[\"'“‘]?([A-Za-z]{2,})\((i\.e\.|e\.g\.|[a-z]{3,})[,:]?$")
# Words that open a parenthesis of prose, besides the function words.
PAREN_OPENERS = frozenset("i.e. e.g. see usually perhaps typically including especially mostly possibly probably mainly often".split())


# What a word of the text's own, glued to a word of the word list, tells the walk.
OWN_WORD_SCORE = LAYOUT_MIN
# ... and the least length of that word.
OWN_WORD_MIN = 4


def _beside_own_word(
    a: str, b: str, unknown: str, known: str, doc: Optional[_Document], scorer: _Scorer
) -> Optional[tuple[float, str]]:
    """
    A word the counts do not know but the text writes on its own elsewhere
    (``libxcrypt``, ``dataclass``, ``setgid``), glued to a function word or
    a word of the word list, before it or after it (``against|libxcrypt``,
    ``are|dataclass``, ``libxcrypt|will``): the document is its own
    dictionary. Never the run itself written so elsewhere (a name); only the
    layout walk asks, where the width says an old line ended here.
    """
    if doc is None or len(unknown) < OWN_WORD_MIN or not b.islower() or not (a.islower() or _capitalized(a)):
        return None
    if not (known in FUNCTION_WORDS or (len(known) >= 3 and scorer.model.flags(known) & FLAG_DICTIONARY and scorer.is_solid(known, False))):
        return None
    if not doc.spells(unknown) or doc.repeated((a + b).lower()):
        return None
    if any(unknown[:i] in FUNCTION_WORDS or unknown[i:] in FUNCTION_WORDS for i in scorer.split_points(unknown, False)):
        return None  # (a join of the damaged text itself, written so twice: thenext|state)
    return OWN_WORD_SCORE, f"{a!r} + {b!r} (written on its own elsewhere in the text)"


def _opens_prose(word: str) -> bool:
    """Does ``word`` open a parenthesis of prose (``(i.e.``, ``(the``,
    ``(usually``), never a call's argument?"""
    return word in PAREN_OPENERS or (word in FUNCTION_WORDS and word != "not")


# A name called with no arguments, glued to a word after it.
_CALL_THEN_WORD_RE = re.compile(r"([\"'“‘]?[A-Za-z_][\w.:>*-]*\(\))([a-z]{2,})[.,;:!?)]*$")
# A parenthesis closed, glued to the name of the next field of a list of
# arguments (docstrings: "(default 0)force: ...", "(required)second,").
_CLOSE_PAREN_FIELD_RE = re.compile(r"(\S*\))([a-z_][a-z0-9_]+):$")
# A parenthesis closed after a word and glued to a lower-case word.
_CLOSE_PAREN_JOIN_RE = re.compile(r"([\"'“‘]?[A-Za-z]{2,}[.!?,;:]?[\"'”’]?\))([a-z]{2,})[.,;:!?\"'”’]*$")
# A sentence ended on a word, glued to a name quoted whole in lower case
# that starts the next (names.'varargs', default.'always').
_QUOTED_SENTENCE_RE = re.compile(r"([\"'(“‘]?[a-z]{2,}[.!?])('[a-z][\w-]*'|\"[a-z][\w-]*\")[.,;:]?")
# A parenthesis closed on a number, glued to a capitalized word ((2016 Apr
# 19)Also, (#7096)After); and a list's mark with its own bracket ((2)).
_NUMBER_CLOSED_WORD_RE = re.compile(r"(\S*\d\))([A-Z][a-z]+)[.,;:!?)]*$")
_LIST_MARK_RE = re.compile(r"\(\d{1,2}\)")
# A sentence ended on a bracket or a quotation closed, glued to the
# capitalized word after it (tell().The, Sweden).All).
_CLOSED_SENTENCE_RE = re.compile(r"(.*\w\(?[)’”'\"][.!?])([A-Z][a-z]+|I)[,;:]?$")
# ... or on a tag of Vim's help (|has()|.For, |userfunc.txt|.For).
_TAG_SENTENCE_RE = re.compile(r"(\S*\|[^|\s]+\|[.!?])([A-Z][a-z]+|I)[,;:]?$")
# A name of code that ends a sentence, and a word that starts the next
# (binascii.Error.For, _GeneratorContextManager.See: the caller asks for a dot
# or an underscore of the name's own), or code, a comma and a function word
# (__ge__,then, default),the: a mark of code before the comma).
_CODE_SENTENCE_RE = re.compile(r"([\w.()<>`'\"/$%@-]*[\w>`'\")/]\.)([A-Z][a-z]+)[,;:]?$")
_DIGITS_DASHED_RE = re.compile(r"\d-\d|-\d")
_CODE_COMMA_RE = re.compile(r"((?=[^\s,]*[._)>`\"'/=][^\s,]*,)[^\s,]*[\w)>`'\"./],)([a-z]+)[.,;:!?]*$")
# A word that ends a sentence, glued to a bracket that opens the next.
_PAREN_SENTENCE_RE = re.compile(r"[\"'(“‘]?([A-Za-z][a-z]+[.!?])(\([A-Z][a-z]+)")
# A number that ends a sentence, glued to the capitalized word after it.
_NUMBER_SENTENCE_RE = re.compile(r"((?:[A-Za-z]+-)?\d{2,}[.!?])([A-Z][a-z]+)[\"'”’)]?[.,;:!?]?$")

# A word (lower-case or capitalized) glued to a word in capitals: takeMORE;
# and the other way round: SAIDwas.
_SHOUT_RE = re.compile(r"([A-Z]?[a-z]{2,}|a)([A-Z]{3,})$")
# ... and after "a" or a prefix of identifiers, a word in capitals this long.
SHOUTED_AFTER_PREFIX = 6
# Function words glued to an acronym (see _run_splits): articles, pronouns
# and prepositions that start no identifier; fewer in prose about code
# (fromJSON, byID, forEach-style names; withNUL, inGCC are prose).
_LEAD_ACRONYM_RE = re.compile(r"([a-z]+)([A-Z]{2,})$")
ACRONYM_LEADS_IN_CODE = frozenset(
    "the that into this than about their our your his her these those which when where what who whose of in with and but nor"
    .split()
)
ACRONYM_LEADS = ACRONYM_LEADS_IN_CODE | frozenset("or then for from by on at".split())
# ... and those glued to an identifier (see _word_before_identifier): not
# "in", "of", "where" (inbuf_, offs_, wherefirst_op), which start them.
IDENTIFIER_LEADS = frozenset("the and via either with which their these those into about than".split())
_SHOUTED_RE = re.compile(r"([A-Z]{3,})([a-z]{2,})$")

# Gutenberg's italics (``_did_``), which do not make a chunk code.
_ITALIC_WORD_RE = re.compile(r"_[^\W\d_]+_")
# An italic word ending where a chunk is cut (``_are_|the``), one starting there (``he|_did_``).
_ITALIC_END_RE = re.compile(r"(?:^|[^\w])_[^\W\d_]+_$")
_ITALIC_START_RE = re.compile(r"_[^\W\d_]+_(?:$|[^\w])")


def _base(word: str) -> str:
    """``argentina's`` -> ``argentina``."""
    for suffix in ("'s", "’s"):
        if word.endswith(suffix):
            return word[:-2]
    return word


def _plausible_part(part: str, scorer: _Scorer) -> bool:
    """Looser than is_solid: any word the counts know, and 'a' and 'I'."""
    if len(part) == 1:
        return part in ("a", "i")
    if len(part) == 2:
        return part in TWO_LETTER_WORDS or scorer.model.logp(part) is not None
    logp, flags = scorer.model.lookup(part)
    return logp is not None or bool(flags & FLAG_DICTIONARY)


def _dot_before_lower(core: str) -> bool:
    """Does a full stop come before anything but a capital (``example.com``,
    ``e.g``)? Quotes after the stop are looked through: ``question.'What``
    and ``said."The`` end a sentence.

    >>> _dot_before_lower("example.com"), _dot_before_lower("question.'What"), _dot_before_lower("a.'b")
    (True, False, True)
    """
    dot = core.find(".")
    if dot < 0:
        return False
    after = core[dot + 1:].lstrip("'\"’”‘“")
    return bool(after) and not after[0].isupper()


def _context_word(words: Sequence[str], index: int, after: bool = False) -> Optional[str]:
    """The neighbouring word (``after``: the one after the chunk), when
    nothing but a space separates it from the chunk: the word before may
    open with a quote or a bracket (``"Well``), the word after may close
    with punctuation (``minute,``)."""
    if index < 0 or index >= len(words):
        return None
    word = words[index]
    if not word.isalpha():
        word = word.rstrip(EDGE_PUNCT_CLOSE) if after else word.lstrip(EDGE_PUNCT_OPEN)
        if after and ("'" in word or "’" in word):
            # we're, it's, Alice's: the word the contraction is made of is
            # what follows (the counts know no apostrophes).
            base, _, ending = word.replace("’", "'").partition("'")
            if _is_contraction(base.lower(), ending.lower()):
                word = base
    if not word.isalpha() or not word.isascii():
        return None
    return word.lower()


def _capitalized(word: str) -> bool:
    """A capital then lower-case letters only: ``Russia``, ``Élan``."""
    return len(word) >= 2 and word[0].isupper() and word[1:].islower() and word.isalpha()


# A word in lower case (after a hyphenated prefix or an opening mark), a
# full stop and a capitalized word: a sentence's end glued to the next one.
_GLUED_SENTENCE_RE = re.compile(r"[\"'(“‘]?(?:[a-z]+-)*([a-z]{3,})[.!?]([A-Z][a-z]{2,})[,;:]?")


def _unknown_sentence_end(chunk: str, i: int, scorer: _Scorer, doc: _Document) -> bool:
    """Is ``chunk[:i]|chunk[i:]`` a full stop after a word (any: the counts
    need not know it, ``occurrances``, ``autotomy``) before a capitalized
    word the counts know, the whole chunk nothing more (see
    _GLUED_SENTENCE_RE), where the text glues that word to no other by a dot
    (not ``journald.service``, ``journald.Namespaces``: see
    _Document.namespace)? Weak evidence: a name and its attribute look so."""
    m = _GLUED_SENTENCE_RE.fullmatch(chunk)
    return (
        m is not None
        and m.end(1) + 1 == i
        and scorer.is_solid(m.group(2).lower(), False)
        and not doc.namespace(m.group(1))
    )


def _glued_sentence_at(line: str, pos: int) -> bool:
    """Is ``pos`` the place of _unknown_sentence_end's join in its chunk
    (the rest of its evidence is the boundary's score)?"""
    if line[pos - 1:pos] not in (".", "!", "?"):
        return False
    m = _GLUED_SENTENCE_RE.fullmatch(line, *_chunk_span(line, pos))
    return m is not None and m.end(1) + 1 == pos


def _ends_sentence(word: str, get_scorer: Callable[[], _Scorer], technical: bool = False) -> bool:
    """Can ``word`` end a sentence before a glued full stop? A word the counts
    know, and not a short capitalized
    one (``One.Tel``, ``Node.Js``); never in technical prose."""
    if technical:
        return False  # in technical prose, re.Match and typing.List are names
    if word in TITLES or word in COMPANY_ENDINGS:
        return True  # not a sentence, but a space all the same: Mr.Bingley, St.Louis, Inc.All rights
    if word[0].isupper() and len(word) < 4:
        return False
    return get_scorer().model.logp(word.lower()) is not None


def _dotted_name(left: str, doc: _Document, get_scorer: Callable[[], _Scorer]) -> bool:
    """Does ``left`` and a full stop start a dotted name rather than end a
    sentence, by the text's own evidence (see _Document.namespace), ``left``
    being no word of the word list? (A word of the word list is no such
    evidence: a damaged docstring repeated repeats its lost spaces,
    coroutine.Return.)"""
    # (The word list first: the text's count is a pass over the block.)
    return not get_scorer().model.flags(left.lower()) & FLAG_DICTIONARY and doc.namespace(left)


def _starts_docstring_sentence(left: str, right: str, get_scorer: Callable[[], _Scorer]) -> bool:
    """In technical prose, is ``left.Right`` a sentence join after all? Only
    "end.The" (a function word after a word of the word list or of four
    letters or more: not ast.If, sys.In, module and class) or a lower-case
    word of four letters or more, or of three of the word list, before a
    word that starts a docstring's sentences and names no class or
    attribute (coroutine.Return, set.Return, apply.Otherwise; not
    ast.Return, doctest.Example, typing.List)."""
    if right.lower() in FUNCTION_WORDS:
        return len(left) >= 4 or bool(get_scorer().model.flags(left.lower()) & FLAG_DICTIONARY)
    return (
        right in DOCSTRING_STARTS
        and left.islower()
        and (len(left) >= 4 or (len(left) == 3 and bool(get_scorer().model.flags(left) & FLAG_DICTIONARY)))
    )


# Words that start the sentences of docstrings and manuals, and name no class
# or attribute in any text at hand (scanned after a word of four letters and
# a full stop: only lost spaces).
DOCSTRING_STARTS = frozenset(
    """Return Returns Raise Raises See Note Otherwise However Also Use Each Only Instead Thus Hence
    Currently Usually Therefore Please Default Defaults""".split()
)


def _starts_sentence(word: str) -> bool:
    """Is ``word`` one that starts a sentence and names nothing in any text
    at hand: a function word, or a docstring's start (The, If, Returns)?"""
    return word.lower() in FUNCTION_WORDS or word in DOCSTRING_STARTS


def _closed_sentence(
    m: "re.Match[str]",
    at: int,
    doc: _Document,
    get_scorer: Callable[[], _Scorer],
    confident: list[Split],
    weak: list[tuple[Split, float]],
) -> None:
    """The join of a match of _CLOSED_SENTENCE_RE: sure before a function
    word or a docstring's start, or a word of the word list that the text
    starts sentences with elsewhere; before another word of the word list an
    unplaced candidate (a chunk's verdict may not depend on its text)."""
    word = m.group(2)
    found = Split(at + m.end(1), "sentence", float("inf"), f"{m.group(1)[-2:]!r} before {word!r}")
    if _starts_sentence(word):
        confident.append(found)
    elif get_scorer().model.flags(word.lower()) & FLAG_DICTIONARY:
        _add_join(found, doc.starts_sentences(word), confident, weak)


def _initial_before_name(initial: str, name: str, get_scorer: Callable[[], _Scorer]) -> bool:
    """Is ``initial`` a middle initial and ``name`` a family name the counts
    know, a line end between them (Roger B.|Taney, Salmon P.|Chase)? Not a
    name the counts do not know, written so (H.Merijn), nor a part of a
    name (X.Org)."""
    return (
        len(initial) == 1
        and initial.isupper()
        and len(name) >= 4
        and _capitalized(name)
        and get_scorer().is_solid(name.lower(), True)
    )


def _acronym_sentence(left: str, sep: str, right: str) -> bool:
    """Could ``left + sep + right`` be a sentence that ends on an acronym
    glued to the next (``RSA.Others``, ``ALU.I``)? (Not ``IO.File``, ``ASP.NET``.)"""
    return (
        sep in (".", "!", "?")
        and len(left) >= 3
        and left.isupper()
        and left.isascii()
        and (
            right == "I"
            or (len(right) >= 3 and _capitalized(right))
            or (len(right) == 2 and _capitalized(right) and right.lower() in FUNCTION_WORDS)  # EOF.If
        )
    )


# Two-letter words that start sentences (rise.It, said.Mr Downer, but not Node.Js).
SENTENCE_STARTS = TWO_LETTER_WORDS | frozenset("oh ah ay ok mr ms dr st".split())
# Abbreviated titles, written with a full stop and a space before a name.
TITLES = frozenset("Mr Mrs Ms Dr St Mt Sr Jr Prof Rev Gen Col Capt Lt Sgt Gov Sen Rep Hon Messrs".split())
# ... and the abbreviations that end a company's name (Free Software
# Foundation, Inc.All rights reserved).
COMPANY_ENDINGS = frozenset("Inc Ltd Corp Co".split())


# Italian and French words elided before a vowel: all'Italicum, dell'Europa,
# jusqu'Outre-mer (the single letters, l' d' j', are left alone anyway), and
# the English of dialect and comics: th'HOLIDAY INN.
ELISIONS = frozenset("all dell nell sull dall coll quell bell un qu jusqu lorsqu puisqu quelqu presqu th".split())


def _punctuation_split(
    left: str, sep: str, right: str, comma_like: int, chunk: str, role: Optional[str] = None
) -> Optional[tuple[str, str]]:
    """The rule and side for a join at punctuation between two letter runs.

    A straight quote after the punctuation (``tea.'I``, ``this,"he``) closes
    a quotation or opens the next one; ``role`` (from the line's quote
    roles) says which, and so whether the space goes after the quote or
    before it. (There is a lost space either way.)"""
    if (
        sep == ":"
        and chunk.count(":") == 1
        and len(left) >= 2
        and left[-1].islower()
        and len(right) >= 2
        and right.islower()
        and left.lower() not in COLON_PREFIXES
    ):
        return "colon", "after"  # Duchess:you'd (not in technical prose: key:value, and never a::b or http:)
    if sep in (":'", ':"'):
        if role in (None, "open") and len(left) >= 2 and left[-1].islower():
            return "colon", "inside"  # remarked:'because (placed only if the line's quote roles say it opens)
        return None
    if len(sep) == 2 and sep[1] in "'\"" and sep[0] in ".!?,;":
        where = "inside" if role == "open" else "after"
        if sep[0] in ".!?":
            if len(left) >= 2 and left[-1].islower() and right[:1].isupper():
                return "sentence", where
            return None
        if comma_like == 1 and len(left) >= 2 and len(right) >= 2:
            return "comma", where
        return None
    if right == "s" and (sep == "”" or (sep == '"' and role == "close")):
        return None  # the plural of a quoted letter or word: all my "R"s
    if sep == '"':
        return "quote", "before" if role == "open" else "after"
    if sep == "'" and len(left) >= 2 and left[-1].islower() and right[:1].isupper() and left.lower() not in ELISIONS:
        return "quote", "before"  # herself'It's (placed only if the line's quote roles say it opens)
    if sep == "'" and role == "open" and len(left) >= 2 and left[-1].islower() and _quoted_whole(chunk, chunk.find(left + sep + right) + len(left) + 1, right):
        return "quote", "before"  # set'nomodified': a word quoted alone, glued to the word before
    if sep in (".", "!", "?", "…", ".”", "!”", "?”", ".’", "?’", "!’", "…”"):
        if len(left) >= 2 and left[-1].islower() and (
            (_capitalized(right) and (len(right) > 2 or right.lower() in SENTENCE_STARTS)) or right == "I"
        ):
            return "sentence", "after"  # (rise.It, women.I, but not Node.Js)
        return None
    if sep in (",", ";", ",”", ",’"):
        if comma_like == 1 and len(left) >= 2 and (len(right) >= 2 or (right == "I" and left[-1].islower())):
            return "comma", "after"  # (region,especially; girls,I assure)
        return None
    if sep in ("”", "»"):
        return "quote", "after"
    if sep in ("“", "«") and "„" not in chunk:
        return "quote", "before"
    return None


def _run_splits(
    run: str,
    pos: int,
    previous: Optional[str],
    following: Optional[str],
    technical: bool,
    doc: _Document,
    get_scorer: Callable[[], _Scorer],
    confident: list[Split],
    weak: list[tuple[Split, float]],
    shouting: bool = False,
    last: bool = False,
    amid_capitals: bool = False,
) -> None:
    """Candidates inside one letter run (camel joins and model joins);
    ``last``: nothing follows it on its line; ``amid_capitals``: a run in
    capitals between two words in capitals (see _caps_run_split)."""
    if shouting and run.isupper():
        # A line in capitals (a licence's disclaimer: ORIMPLIED, IMPLIEDWARRANTIES):
        # its words are judged as if in lower case, with the same margins.
        if MIN_RUN <= len(run) <= MAX_RUN and run.isascii():
            _add_model_split(run.lower(), pos, previous, following, doc, get_scorer(), technical, weak, shouted=True)
        return
    if run[-1] == "I" and run[:-1].islower() and run.isascii() and not technical:
        # ifI, andI, agoI (I may, I hope, I answered): the pronoun glued to a word.
        if 3 <= len(run) <= MAX_RUN and get_scorer().is_solid(run[:-1], False):
            confident.append(Split(pos + len(run) - 1, "camel", float("inf"), f"{run[:-1]!r} + 'I'"))
        return
    m = _LEAD_ACRONYM_RE.match(run) if run[-1].isupper() else None
    if m is not None and m.group(1) in (ACRONYM_LEADS_IN_CODE if technical else ACRONYM_LEADS):
        # intoBCCI, thatVAX's, theNS-NS, ofUTC: a word that no identifier
        # starts with, glued to an acronym (unlike toUTF8, isNaN, fromJSON).
        confident.append(Split(pos + m.end(1), "camel", float("inf"), f"{m.group(1)!r} + {m.group(2)!r}"))
        return
    m = _SHOUTED_RE.match(run) or _SHOUT_RE.match(run)
    if m is not None and not technical and run.isascii():
        left, right = m.group(1), m.group(2)
        if _shouted_join(left, right, get_scorer()):
            join = Split(pos + len(left), "camel", float("inf"), f"{left!r} + {right!r}")
            _add_join(join, not _spelled_again(left, run, doc), confident, weak)  # (else a name, spelled so again: ArcGIS)
        elif MIN_RUN <= len(run) <= MAX_RUN:
            # EOFError|when: a name glued to a word, read as in prose about
            # code (where this branch is not taken), or the chunk would be
            # remembered quiet here and skipped there.
            _name_before_word(run, pos, doc, get_scorer, confident, weak)
        return
    if run.isupper():
        if CAPS_RUN_MIN <= len(run) <= MAX_RUN and run.isascii() and not technical:
            _caps_run_split(run, pos, previous, following, doc, get_scorer(), weak, amid_capitals)
        return
    if len(run) == MIN_RUN - 1 and run.islower() and run.isascii() and get_scorer().model.flags(run) & FLAG_GLUE:
        # ina, ofa, isa: the counts' own glue artefacts of three letters
        # (in|a, of|a, is|a), the only runs this short worth a split; and
        # not at the end of a line, where no word follows the article (gdb's
        # "print ina": a name).
        _add_model_split(run, pos, previous, following, doc, get_scorer(), technical, weak, layout_only=last)
        return
    if len(run) < MIN_RUN or len(run) > MAX_RUN or not run.isascii():
        return
    if run.islower() and get_scorer().model.flags(run) & FLAG_COMMON:
        return  # the common case: a frequent dictionary word
    if _name_before_word(run, pos, doc, get_scorer, confident, weak):
        return
    humps = [m.start() for m in CAMEL_RE.finditer(run)]
    if (
        humps
        and (len(humps) > 1 or technical)
        and run[:humps[0]] in ACRONYM_LEADS_IN_CODE
        and all(_capitalized(run[a:b]) for a, b in zip(humps, humps[1:] + [len(run)]))
    ):
        # theArgumentParser, theFraction in prose about code: a word that no
        # identifier starts with, glued to a class's name; only where the
        # layout walk says an old line ended (Objective-C writes theString).
        k = humps[0]
        weak.append(_unplaced(Split(pos + k, "camel", float("inf"), f"{run[:k]!r} + {run[k:]!r}")))
        return
    if len(humps) > 1:
        return  # getElementById, McDonaldsCorp: identifiers and names
    if humps:
        k = humps[0]
        left, right = run[:k], run[k:]
        if not _capitalized(right):
            if left in ACRONYM_LEADS_IN_CODE and len(right) >= 4:
                # theOpenSSL, ofPostgreSQL: a word that no identifier starts
                # with, glued to a name cased its own way; in prose about
                # code only where the layout says a line ended.
                _add_join(Split(pos + k, "camel", float("inf"), f"{left!r} + {right!r}"), not technical, confident, weak)
            return  # LaTeX, DeVito's... only a plain capitalized word may follow a join
        scorer = get_scorer()
        if left == "a" and not technical and len(right) >= 3 and scorer.model.flags(right.lower()) & FLAG_DICTIONARY:
            # aThousand, aBritish: the article glued to a capitalized word
            # (eBay, iPhone: a brand's letter is never the article).
            join = Split(pos + 1, "camel", float("inf"), f"'a' + {right!r}")
            _add_join(join, not _spelled_again(left, run, doc), confident, weak)
            return
        if left[0].islower():
            if len(left) < 2 or not left.islower():
                return  # iPhone, eBay, jQuery; xmlXPath|Init
            if right in DATE_NAMES and left in FUNCTION_WORDS:
                # onSun, 12 Mar 2006; byJanuary: a day or a month's name
                # after a function word, which no identifier is (onClick is).
                _add_join(Split(pos + k, "camel", float("inf"), f"{left!r} + {right!r}"), not technical, confident, weak)
                return
            if (left in CODE_PREFIXES or technical) and (
                len(right) <= 3 or scorer.model.flags(right.lower()) & FLAG_DICTIONARY
            ):
                return  # toString, onClick, isEmpty, parseInt, notBefore: identifiers
            join = Split(pos + k, "camel", float("inf"), f"{left!r} + {right!r}")
            solid = scorer.is_solid(left, capitalized=False)
            inner = None if solid else _model_split(left, previous, right.lower(), doc, scorer, technical)
            if inner is None and not solid:
                return
            if (
                technical
                or _spelled_again(left, run, doc)
                or (left in CODE_PREFIXES and not scorer.is_solid(right.lower(), True))
                or (
                    left not in FUNCTION_WORDS
                    and not scorer.model.flags(left) & FLAG_DICTIONARY
                    and not _known_word_or_name(right.lower(), scorer)
                )
                or (inner is not None and inner[1] < inner[2])
            ):
                # An identifier, more likely than a lost space, where the
                # prose is about code, where the part after the hump is no
                # word or name the counts know (libXrender, xmlStrncat),
                # where the text spells it so again (avifBool), or where the
                # part before it is no word and no likely pair (a|vif): only
                # the layout may split it (and it tells no rhythm).
                weak.append(_unplaced(join))
            else:
                confident.append(join)
            if inner is not None:
                i, margin, needed, note = inner
                weak.append((Split(pos + i, "model", margin, note), needed))
            return
        # Title case on both sides (NewSouth, PrimeMinister) or a brand
        # (YouTube, PowerPoint): only an attested phrase that the model
        # prefers clearly is split, and never in technical prose (NotImplemented).
        # A phrase of two words of the word list that the counts' pairs
        # miss (PublicLicense: the pair list is short) needs a much larger
        # margin, or the layout.
        if technical:
            return
        a, b = left.lower(), right.lower()
        if not (scorer.is_solid(a, True) and scorer.is_solid(b, True)):
            return
        attested = scorer.model.pair_logp(a, b) is not None
        if not attested and not all(scorer.model.flags(part) & FLAG_DICTIONARY for part in (a, b)):
            return
        margin = _margin(scorer, run.lower(), k, previous, following)
        join = Split(pos + k, "camel", margin, f"{left!r} + {right!r}, margin {margin:.1f}")
        needed = MARGIN + CAPITALIZED_MARGIN + (0.0 if attested else UNATTESTED_TITLE_MARGIN)
        if _spelled_again(left, run, doc):
            weak.append(_unplaced(join))  # (CommitDate, as the text spells it again)
        else:
            weak.append((join, needed))
        return
    if not (run.islower() or (run[0].isupper() and run[1:].islower())):
        return
    _add_model_split(run, pos, previous, following, doc, get_scorer(), technical, weak)


def _add_model_split(
    word: str,
    pos: int,
    previous: Optional[str],
    following: Optional[str],
    doc: _Document,
    scorer: _Scorer,
    technical: bool,
    weak: list[tuple[Split, float]],
    layout_only: bool = False,
    shouted: bool = False,
) -> None:
    """The best model split of ``word`` (at ``pos``), if it has one, as a
    weak candidate with the margin it needs (``layout_only``: none will do)."""
    found = _model_split(word, previous, following, doc, scorer, technical, shouted)
    if found is not None:
        i, margin, needed, note = found
        weak.append((Split(pos + i, "model", margin, note), float("inf") if layout_only else needed))


# The names of days and months, whole and as dates abbreviate them.
DATE_NAMES = MONTHS | frozenset(
    """Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun
    Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec""".split()
)


def _unplaced(split: Split) -> tuple[Split, float]:
    """A weak candidate that no margin passes and that tells no rhythm: the
    chunk keeps a candidate (its verdict may not depend on its line), but
    only a boundary of the layout walk puts a space there."""
    return split._replace(margin=float("-inf")), float("inf")


# What more a split of a run in capitals between words in capitals needs.
CAPITALS_MARGIN = 2.0
# A run in capitals this long, in a line that is not all capitals, may be two
# words of emphasis glued (DOT MATRIX|LINE PRINTER); acronyms are shorter.
CAPS_RUN_MIN = 8


def _caps_run_split(
    run: str,
    pos: int,
    previous: Optional[str],
    following: Optional[str],
    doc: _Document,
    scorer: _Scorer,
    weak: list[tuple[Split, float]],
    amid_capitals: bool = False,
) -> None:
    """A long run in capitals as two words of the word list, each of three
    letters or more (or a function word of two before one of four or more:
    ORFITNESS), judged in lower case (MATRIXLINE, COMPLETESTRANGER: the
    emphasis of e-mail and comics; shorter parts are how acronyms are read).
    Only where the layout says an old line ended: the constants of
    changelogs read as two words too (HASSECURITY, FALLTHROUGH); or, with
    CAPITALS_MARGIN more than a word in lower case needs, between two words
    in capitals (a disclaimer inside a line of mixed case: WARRANTIES OF
    MERCHANTABILITY ORFITNESS FOR), as a line all in capitals is read."""
    found = _model_split(run.lower(), previous, following, doc, scorer)
    if found is None:
        return
    i, margin, needed, note = found
    left, right = run[:i].lower(), run[i:].lower()
    if (len(left) >= 3 or (len(left) == 2 and left in FUNCTION_WORDS and len(right) >= 4)) and len(right) >= 3 and all(
        scorer.is_solid(part, False) and scorer.model.flags(part) & FLAG_DICTIONARY for part in (left, right)
    ):
        if not amid_capitals:
            weak.append((Split(pos + i, "model", margin, note), float("inf")))
            return
        needed += CAPITALS_MARGIN
        note = f"{left!r} + {right!r}, margin {margin:.1f} (needs {needed:.1f} between words in capitals)"
        weak.append((Split(pos + i, "model", margin, note), needed))


def _known_word_or_name(word: str, scorer: _Scorer) -> bool:
    """Is the lower-case ``word`` of the word list, or a frequent name?"""
    logp, flags = scorer.model.lookup(word)
    return bool(flags & FLAG_DICTIONARY) or (logp is not None and logp >= FREQUENT_NAME_LOGP)


# The least lower-case letters after the last capital of a name glued to a
# word (see _name_before_word).
NAME_TAIL = 5
# ... and the least letters of that word (not ID|ecode, TheWest|ern).
NAME_WORD = 4


def _name_before_word(
    run: str,
    pos: int,
    doc: _Document,
    get_scorer: Callable[[], _Scorer],
    confident: list[Split],
    weak: list[tuple[Split, float]],
) -> bool:
    """
    A name in mixed case glued to a word in lower case after it
    (``IncrementalEncoder|remembers``, ``OSError|exception``,
    ``McGrath|begs``): the text writes the name alone elsewhere, and the
    glued run only here. True if so (the split is sure). Where the text
    does not, the first place with a word after it stays an unplaced
    candidate (a chunk's verdict may not depend on its text), and the run
    is judged as any other (The|Reserve, not TheRe|serve).
    """
    if not run[0].isupper() or run.isupper() or _capitalized(run):
        return False
    capitals = [i for i, ch in enumerate(run) if ch.isupper()]
    last = capitals[-1]
    if len(capitals) < 2 or len(run) - last - 1 < NAME_TAIL or not run[last + 1:].islower():
        return False
    if run[:capitals[1]].lower() in FUNCTION_WORDS:
        return False  # (The|Western: a function word glued to a name, judged as such)
    scorer = get_scorer()
    if scorer.model.logp(run[last:].lower()) is not None:
        return False  # (GrabKeyboard beside GrabKey, CMakefiles: the last hump is a word)
    first: Optional[Split] = None
    for j in range(last + 3, len(run) - NAME_WORD + 1):
        word = run[j:]
        if scorer.model.flags(word) & FLAG_DICTIONARY:
            name = run[:j]
            found = Split(pos + j, "camel", float("inf"), f"{name!r} + {word!r} (the name alone elsewhere in the text)")
            if doc.spells(name.lower()) and not doc.repeated(run.lower()):
                confident.append(found)
                return True
            first = first or found
    if first is not None:
        weak.append(_unplaced(first))
    return False


def _spelled_again(left: str, run: str, doc: _Document) -> bool:
    """Is the camel-case ``run`` spelled so more than once in the text, as
    names and identifiers are (avifBool, ArcGIS, CommitDate)? For a function
    word glued to the next (theSoftware) twice is not enough: a damaged text
    repeats those joins too, wherever a phrase it uses often met a line
    break; but not everywhere (see _Document.named: BeOpen, FromServer)."""
    if left.lower() not in FUNCTION_WORDS:
        # (A title, not when the text writes the two words apart elsewhere:
        # General Public License, glued at a line end twice in a block of
        # licences, is a phrase; groupNames, an identifier, stays one.)
        return doc.repeated(run.lower()) and not (left[0].isupper() and doc.spaced(run, len(left)))
    # (A function word in lower case glued to a name, withRussia, is a
    # join however often the text repeats it: a file of one line repeated.)
    return left[0].isupper() and doc.named(run.lower(), len(left), written=run)


def _shouting(line: str) -> bool:
    """Is ``line`` written in capitals: every cased letter upper case, and
    at least a few words? (Then case says nothing: RICARDO MONTALBAN, a
    disclaimer.)"""
    return line.isupper() and line.count(" ") >= 3


def _has_shouting_line(text: str) -> bool:
    """Does a line of ``text`` look like _shouting? (A split and str.isupper
    per line, at C speed: a tenth of a regex scan for a run of capitals.)"""
    return any(_shouting(line) for line in filter(str.isupper, text.split("\n")))


def _shouted_join(left: str, right: str, scorer: _Scorer) -> bool:
    """Is ``left|right`` a word in capitals glued to the next word (SAID|was;
    not URLs, PDFs; not WIT|his, where the last capital may start a word:
    WI|This), or a word glued to a word in capitals (take|MORE, Would|YOU:
    the emphasis of old books and e-mail; not getURL or MacDONALD)?"""
    if left.isupper():
        return bool(
            scorer.model.flags(left.lower()) & FLAG_DICTIONARY
            and scorer.is_solid(right, False)
            and not scorer.is_solid(left[-1].lower() + right, True)
        )
    if left == "a" or left in CODE_PREFIXES:
        # aHIGHBALL, myPERSONAL, toVICARIOUSLY: a long word in capitals is no
        # acronym of an identifier (getURL, isNaN, toUTF8).
        return len(right) >= SHOUTED_AFTER_PREFIX and bool(scorer.model.flags(right.lower()) & FLAG_DICTIONARY)
    if left[0].isupper() and len(right) <= 3 and right.lower() not in FUNCTION_WORDS:
        return False  # AmigaDOS, PostGIS, MacOS: a name and an acronym (but Would|YOU)
    return bool(
        left.lower() not in CODE_PREFIXES
        and left.lower() not in NAME_PREFIXES
        and scorer.is_solid(left.lower(), left[0].isupper())
        and scorer.model.flags(right.lower()) & FLAG_DICTIONARY
    )


def _model_split(
    word: str,
    previous: Optional[str],
    following: Optional[str],
    doc: _Document,
    scorer: _Scorer,
    technical: bool = False,
    shouted: bool = False,
) -> Optional[tuple[int, float, float, str]]:
    """The best split of ``word`` into two words: (offset, margin, margin
    needed, note); ``shouted``: the word is written in capitals."""
    found = _best_split_cached(word, previous, following, scorer, technical)
    if found is None:
        return None
    i, margin, needed, repeats_matter = found
    if technical and margin >= needed and doc.in_code(word.lower()):
        # The text writes it as code elsewhere (timeit(), site.sitecustomize):
        # an identifier, however likely the split.
        needed += REPEATED_MARGIN
    elif repeats_matter and margin >= needed and doc.repeated(word.lower()):
        # The document spells it this way more than once: names and terms
        # repeat (Traveland, frontend). Lower-case joins with a function word
        # (asshe, ofthe) repeat too in a damaged text, and are never words.
        # (Asked only when the answer can matter: the split passes without it.)
        needed += REPEATED_MARGIN
    elif not repeats_matter and margin >= needed and doc.named(word.lower(), i, in_sentences=not shouted):
        # ... but one that the text spells so again and again (in lower
        # case, after different words), and never as the two words, is a
        # name or a term: BEOPEN in a licence's capitals (BeOpen elsewhere),
        # ifnot and timeit in manuals and changelogs.
        needed += REPEATED_MARGIN
    return i, margin, needed, f"{word[:i]!r} + {word[i:]!r}, margin {margin:.1f} (needs {needed:.1f})"


def _best_split_cached(
    word: str, previous: Optional[str], following: Optional[str], scorer: _Scorer, technical: bool
) -> Optional[tuple[int, float, float, bool]]:
    """_best_model_split, remembered by the scorer (the same words come back
    in every pass and every block)."""
    key = (word, previous, following, technical)
    if key in scorer.splits:
        return scorer.splits[key]
    found = _best_model_split(word, previous, following, scorer, technical)
    if len(scorer.splits) > 200_000:
        scorer.splits.clear()
    scorer.splits[key] = found
    return found


def _best_model_split(
    word: str, previous: Optional[str], following: Optional[str], scorer: _Scorer, technical: bool
) -> Optional[tuple[int, float, float, bool]]:
    """_model_split without the document: (offset, margin, margin needed
    before REPEATED_MARGIN, whether a repeat in the document adds it)."""
    lower = word.lower()
    flags = scorer.model.flags(lower)
    if flags & FLAG_DICTIONARY:
        # A word of the dictionary (cannot, atone, doit) is split only where
        # the layout says a line ended (see _decode_layout), never here.
        return None
    capitalized = word[0].isupper()
    # (The counts of a glue artefact that starts with a function word are
    # those of lost spaces, not of a name: Inthe, Atleast at the start of a
    # sentence; not Traveland, a travel company's name.)
    counted = scorer.model.logp(lower)
    known = None if flags & FLAG_GLUE and _starts_with_function_word(lower) else counted
    if capitalized and known is not None and known >= FREQUENT_NAME_LOGP:
        return None  # Arafat, September, Melbourne: a frequent name is itself
    best: Optional[tuple[float, int]] = None
    for i in scorer.split_points(lower, capitalized):
        margin = _margin(scorer, lower, i, previous, following)
        if best is None or margin > best[0]:
            best = (margin, i)
    if best is None:
        return None
    margin, i = best
    needed = MARGIN
    if capitalized and known is not None:
        needed += CAPITALIZED_MARGIN  # a known capitalized word may be a name: Putin
    a, b = lower[:i], lower[i:]
    # (A prefix is no word of its own: Metamathematicians, Ontopsychology.)
    name_and_word = capitalized and counted is None and a not in COMBINING_PREFIXES
    if technical and not (a in FUNCTION_WORDS and b == "the"):
        # dolog, tofile: identifiers are made this way too (but none of a
        # function word and "the": ifthe, ofthe are lost spaces anywhere).
        needed += TECHNICAL_MARGIN
    prefixed = a in PREFIX_PREPOSITIONS and b.endswith(DERIVED_ENDINGS)
    if (a not in FUNCTION_WORDS or a in COMBINING_PREFIXES or prefixed) and b not in FUNCTION_WORDS and not name_and_word:
        # Two content words (``writeframes``, ``builddate``, ``backburning``)
        # are how compounds and identifiers are made; a lost space between
        # them needs the layout to vouch for it, or a much larger margin.
        needed += CONTENT_MARGIN
    return i, margin, needed, capitalized or (a not in FUNCTION_WORDS and b not in FUNCTION_WORDS)


def _starts_with_function_word(lower: str) -> bool:
    """Does ``lower`` start with a function word and go on (inthe, atleast)?"""
    return any(lower[:i] in FUNCTION_WORDS for i in range(2, min(len(lower), 8)))


def _margin(scorer: _Scorer, lower: str, i: int, previous: Optional[str], following: Optional[str]) -> float:
    """log10 of P(split) / P(whole), each with the neighbouring words."""
    a, b = lower[:i], lower[i:]
    whole = scorer.cond(lower, previous)
    split = scorer.cond(a, previous) + scorer.cond(b, a)
    if following is not None:
        whole += scorer.cond(following, lower)
        split += scorer.cond(following, b)
    return split - whole


def _wrap_width(gaps: list[int], least: int = 3) -> Optional[int]:
    """
    The width the text was wrapped at, if the gaps between sure joins show one.

    Greedy wrapping ends each line within one word of the width, so in a
    damaged text most gaps between consecutive joins fall just below it, and
    a gap over a missed join is about twice as long. The width is the one
    that the most gaps sit under closely, or half of it when that cluster is
    only the echo of a shorter one; with fewer than ``least`` gaps there, or
    no cluster holding most of them, there is no evidence.

    >>> _wrap_width([70, 66, 73, 55, 7, 74, 140])
    74
    >>> _wrap_width([145, 140, 73, 144, 71, 144, 70])
    73
    >>> _wrap_width([12, 140, 33]) is None
    True
    """
    gaps = sorted(g for g in gaps if g >= 20)
    if len(gaps) < least:
        return None

    def under(width: int) -> int:
        return bisect_right(gaps, width) - bisect_left(gaps, width - 16)

    best_width, best_count = 0, 0
    for width in sorted(set(gaps)):
        count = under(width)
        if count > best_count:
            best_width, best_count = width, count
    halves = [g for g in gaps if best_width // 2 - 12 <= g <= best_width // 2 + 4]
    if halves and under(max(halves)) >= max(2, best_count // 3):
        best_width = max(halves)
        best_count = under(best_width)
        explained = sum(1 for g in gaps if best_width - 16 <= g <= best_width or 2 * best_width - 32 <= g <= 2 * best_width)
    else:
        explained = best_count
    over = sum(1 for g in gaps if best_width < g < best_width + 16)
    if best_count < least or explained < 0.5 * len(gaps) or over > best_count // 4:
        return None
    return best_width


def _weak_width(joins: list[int]) -> Optional[int]:
    """
    A paragraph's width read off joins that are not all sure (see
    find_splits): two gaps or more that agree closely, or that the usual
    readings (_wrap_width, _wrap_width_spans) find a width in; a width
    outside 40-100 columns is no wrapping evidence.

    >>> _weak_width([66, 139, 207])
    73
    >>> _weak_width([139, 210]) is None  # two lines, then one: too little
    True
    """
    gaps = _gaps(joins)
    if len(gaps) < 2:
        return None
    width = _own_width(gaps)
    if width is None and max(gaps) - min(gaps) > 16:
        width = _wrap_width_spans(gaps)
    return width if width is not None and 40 <= width <= 100 else None


def _own_width(gaps: list[int]) -> Optional[int]:
    """A paragraph's width read off its own gaps: from as few as two when
    they agree closely (news articles each have theirs), else as the block's
    is (see _wrap_width)."""
    if len(gaps) >= 2 and max(gaps) - min(gaps) <= 16:
        return _wrap_width(gaps, least=2)
    return _wrap_width(gaps)


def _misfits(gaps: list[int], width: int) -> int:
    """How many of these gaps between joins are not a whole number (1-4) of
    lines of ``width``, each at most the width and at least 16 shorter."""
    misfits = 0
    for g in gaps:
        if g < 20:
            continue
        k = max(1, round(g / width))
        if not (k <= 4 and k * (width - 16) <= g <= k * (width + 1)):
            misfits += 1
    return misfits


def _fits(gaps: list[int], width: int) -> bool:
    """Could a paragraph with these gaps between sure joins have been wrapped
    at ``width`` (the block's, when it shows none of its own)? Yes unless
    two or more of its gaps are not a whole number of lines of that width:
    the articles of a news feed are each wrapped their own way."""
    return _misfits(gaps, width) < 2


def _wrap_width_spans(gaps: list[int]) -> Optional[int]:
    """
    The wrap width read off gaps that span one *or several* old lines: in a
    paragraph whose sure joins are sparse, most gaps cover two to four lines
    (``[275, 71, 71, 208, 143, 144]`` is 4, 1, 1, 3, 2 and 2 lines of at most
    72). The lines of the closest pair of single-line gaps give a first
    width; it stands if nearly every gap is a whole number of lines of it
    (each line at most the width and at least 16 shorter), and is then
    raised to the least width that all of them fit. With SPANS_ALONE gaps
    or more, the shortest gap alone may give it, if every gap fits it.

    >>> _wrap_width_spans([275, 71, 71, 208, 143, 144])
    72
    >>> _wrap_width_spans([140, 210, 66]) is None  # one single line: no evidence
    True
    >>> _wrap_width_spans([129, 207, 68, 131])  # ... but four gaps, all of 1-3 lines of it, are
    69
    """
    gaps = sorted(g for g in gaps if g >= 20)
    if len(gaps) < 3:
        return None
    # The single-line gaps: the shortest two must agree; or, with four gaps
    # or more, the shortest alone, if every gap is a whole number of its lines.
    first, second = gaps[0], gaps[1]
    if second - first > 16:
        if len(gaps) < SPANS_ALONE:
            return None
        second = first
    base = second
    width = base
    explained = 0
    for g in gaps:
        k = max(1, round(g / base))
        if k <= 4 and k * (base - 16) <= g <= k * (base + 3):
            explained += 1
            width = max(width, -(-g // k))
    if explained < max(3, 0.85 * len(gaps)) or width - base > 3 or (second == first != gaps[1] and explained < len(gaps)):
        return None
    return width


# A paragraph's width may be read off one single-line gap between sure joins
# if it has this many gaps or more, each a whole number of lines of it.
SPANS_ALONE = 4


def split_glued_words(text: str, model: Optional[WordModel] = None) -> str:
    """
    >>> split_glued_words("cooperation withRussia on the rise.Russia has")
    'cooperation with Russia on the rise. Russia has'
    >>> split_glued_words("told McGrath about the iPhone at example.com")
    'told McGrath about the iPhone at example.com'
    """
    return apply_edits(text, find_glued_words(text, model))
