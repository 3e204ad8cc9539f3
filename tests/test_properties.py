"""Properties that hold for every input (Hypothesis)."""

from __future__ import annotations

import textwrap
import ftfy
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import cleantext
from cleantext import Config, Fixer
from cleantext.glued import find_glued_words, split_glued_words
from cleantext.mojibake import ftfy_config, line_needs_ftfy
from cleantext.whitespace import normalize_whitespace

# Pieces that exercise every fixer: joins, mojibake, odd spaces and breaks.
PIECES = [
    "with", "Russia", "inan", "the", "rise.", "Russia", "region,", "hand”", "in", " –the", "Pakistan- ",
    "controlled", "McGrath", "iPhone", "example.com", "e.g.", "U.S.", "3.14", "Ã©", "â€œ", "\x9d", "\x85",
    "\r", "\r\n", "\n", "\n\n\n", " ", "  ", "\t", "\u00a0", "\u200b", "\u3000", "\u2028", "\ufeff",
    "\x1b[31m", "\x00", "&amp;", "“", "”", "’", "…", "-", "a", "A", "sametime", "havingthe", "Wewould",
    "remarked:'because", ":'", ':"', "takeMORE", "U.S.Postal", '"R"s', "issue– ",
    "ina", "ina,", "forU.S.", "MATRIXLINE", "aHIGHBALL", "myPERSONAL", "RSA.Others", "ALU.I've", "README.Debian",
    "sister-in-law", "rope--Will", "--", "Longbourn-", "inan-the", "ex-Putin",
    "doesn't", "they're", "Alice's", "Idon't", "Isn't", "inan's", "_they_", "_inan_", "he_may_", "'_Yes_,'",
]
# Characters that ftfy's badness regex names, beside ASCII: the gate must
# never skip a line ftfy would change.
MOJIBAKE_PIECES = ["Ã", "Â", "â€", "â€™", "Ã©", " ", "lÃ ", "œ", "œ.", "Ø§", "Ðµ", "Ñ‚", "√±", "‚Ä", "×²",
                   "Ã\xa0", "ï»¿", "Å¡", "Ä\x8d", "\x85", "¢", "°", "“é", "”»", "à²"]
mojibake_strategy = st.lists(
    st.one_of(
        st.sampled_from(MOJIBAKE_PIECES),
        st.characters(min_codepoint=0x80, max_codepoint=0x2600),
        st.sampled_from(list(" aA0.'\"-é")),
    ),
    max_size=25,
).map("".join)
text_strategy = st.one_of(
    st.lists(st.sampled_from(PIECES), max_size=40).map("".join),
    st.text(max_size=200),
    st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=5)), max_size=30).map("".join),
)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(text_strategy)
@example("withdoesn'tdoesn'tdoesn'tdoesn'twith")  # (each pass found one contraction of the chain, and passes ran out)
def test_never_raises_and_is_idempotent(text: str) -> None:
    once = cleantext.fix(text)
    assert isinstance(once, str)
    assert cleantext.fix(once) == once


@SETTINGS
@given(text_strategy)
def test_splitter_inserts_only_spaces(text: str) -> None:
    out = split_glued_words(text)
    assert out.replace(" ", "") == text.replace(" ", "")
    assert len(out) >= len(text)


@SETTINGS
@given(text_strategy)
def test_whitespace_fixer_keeps_every_visible_character(text: str) -> None:
    def visible(s: str) -> str:
        return "".join(ch for ch in s if not ch.isspace() and ch not in "\u200b\ufeff")

    assert visible(normalize_whitespace(text)) == visible(text)


@SETTINGS
@given(text_strategy)
def test_whitespace_gate_equals_slow_path(text: str) -> None:
    # The C-speed checks that skip the run pattern never skip a run it would
    # change, collapsing or not; and collapsing is idempotent too.
    from cleantext.whitespace import may_need_space_edits, space_run_edits

    for collapse in (False, True):
        if not may_need_space_edits(text, collapse):
            assert space_run_edits(text, collapse) == []
    once = cleantext.fix(text, collapse_whitespace=True)
    assert cleantext.fix(once, collapse_whitespace=True) == once


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(text_strategy, mojibake_strategy))
def test_mojibake_gate_equals_slow_path(text: str) -> None:
    for line in text.split("\n"):
        for html in (False, True):
            if not line_needs_ftfy(line, html):
                assert ftfy.fix_text(line, ftfy_config(unescape_html=html)) == line


@SETTINGS
@given(text_strategy, st.integers(min_value=1, max_value=17))
def test_streaming_equals_whole(text: str, size: int) -> None:
    fixer = Fixer(Config())
    out = [fixer.feed(text[i:i + size]) for i in range(0, len(text), size)]
    out.append(fixer.close())
    assert "".join(out) == cleantext.fix(text)


@SETTINGS
@given(text_strategy)
def test_explain_accounts_for_every_change(text: str) -> None:
    result = cleantext.fix_and_explain(text)
    assert result.text == cleantext.fix(text)
    if result.text != text:
        assert result.changes
    for change in result.changes:
        assert 0 <= change.start <= change.end <= len(text)


# Real prose for the glued-word gate: names, contractions, punctuation, dashes.
PROSE = (
    "Mr. Darcy said he would call at Longbourn; Elizabeth's aunt, Mrs. Gardiner, "
    "didn't think so. The Netherfield ball (a favourite topic) - or so it seemed - "
    "was \u201cthe\u201d event. Putin met McGrath and the iPhone team at example.com "
    "on 11 September; U.S. officials, e.g. the FBI, said: \u2018not now\u2019 \u2013 later. "
    "\"Longbourn.\" \u201cHunsford,\u201d Meryton! Jenkinson? the lefthand righthand road to 'Lambton'"
).split()


# Short paragraphs wrapped at a usual width and joined without a space, as a
# damaged text is: the layout rules that read a paragraph's own line ends
# (two old lines, a few anchored by sure joins) see them.
WRAPPED_WORDS = PROSE + [
    "Public", "License", "PublicLicense", "neverspoke.", "the", "of", "and", "'gzip'", "give'patch'", "(\"PSF\")",
    "withRussia", "inthe", "said.The", "region,especially", "Decimal.ln,", "rise.Russia", "hiddendirectories.",
]
wrapped_strategy = st.lists(
    st.tuples(st.lists(st.sampled_from(WRAPPED_WORDS), min_size=8, max_size=45), st.integers(min_value=55, max_value=82)),
    min_size=1,
    max_size=6,
).map(lambda paragraphs: "\n\n".join("".join(textwrap.wrap(" ".join(words), width)) for words, width in paragraphs))


@SETTINGS
@given(wrapped_strategy)
def test_splitter_inserts_only_spaces_in_wrapped_paragraphs(text: str) -> None:
    out = split_glued_words(text)
    assert out.replace(" ", "") == text.replace(" ", "")
    starts = [edit.start for edit in find_glued_words(text)]
    assert starts == sorted(set(starts))
    assert cleantext.fix(cleantext.fix(text)) == cleantext.fix(text)


@SETTINGS
@given(
    st.lists(st.one_of(st.sampled_from(PROSE), st.sampled_from(PIECES), st.sampled_from(list(",.;()'\"“”"))), max_size=60),
    st.lists(st.sampled_from(["", " ", " ", " ", "\n"]), min_size=60, max_size=60),
)
def test_glued_gates_equal_slow_path(words: list[str], seps: list[str]) -> None:
    """The per-block and per-line gates and the quiet/loud caches (warmed by
    other text) give exactly what judging every chunk in context gives."""
    _gates_agree("".join(w + sep for w, sep in zip(words, seps)))


# A licence's disclaimer in capitals, glued: in a line in capitals a word in
# capitals is read as a word, elsewhere as an acronym (the caches know only
# the second).
CAPITALS = "THE SOFTWARE IS PROVIDED AS IS WITHOUT WARRANTY ORIMPLIED IMPLIEDWARRANTIES NASA GPL, INAN".split()


@SETTINGS
@given(
    st.lists(st.one_of(st.sampled_from(CAPITALS), st.sampled_from(PIECES)), max_size=40),
    st.lists(st.sampled_from(["", " ", " ", " ", "\n"]), min_size=40, max_size=40),
)
def test_glued_gates_equal_slow_path_in_capitals(words: list[str], seps: list[str]) -> None:
    _gates_agree("".join(w + sep for w, sep in zip(words, seps)))


def _gates_agree(text: str) -> None:
    from cleantext import glued

    fast = glued.find_splits(text)
    glued.find_splits(" ".join(PROSE) + "\n" + text.replace(" ", ""))  # warm the caches differently
    again = glued.find_splits(text)
    with glued.slow_path():
        slow = glued.find_splits(text)
    assert fast == slow == again
