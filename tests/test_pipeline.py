"""The library API, the pipeline order, explanations and the streaming driver."""

from __future__ import annotations

from pathlib import Path

import pytest

import cleantext
from cleantext import Config, ConfigError, Fixer
from cleantext.config import PIPELINE
from cleantext.pipeline import MAX_PIECE

SEED = Path("seeds/000_c0d05a08d663e731.txt").read_text(encoding="utf-8")


def test_pipeline_order_is_the_documented_one() -> None:
    assert PIPELINE == (
        "fix_line_breaks", "fix_mojibake", "unwrap", "fix_broken_hyphens", "split_glued_words",
        "normalize_whitespace",
    )


def test_config_is_frozen_and_typed() -> None:
    config = Config()
    with pytest.raises(AttributeError):
        config.split_glued_words = False  # type: ignore[misc]
    with pytest.raises(ConfigError, match="unknown option"):
        cleantext.fix("x", no_such_option=True)
    with pytest.raises(ConfigError):
        Config(eol="cr")  # type: ignore[arg-type]
    with pytest.raises(ConfigError):
        Config(split_glued_words="yes")  # type: ignore[arg-type]


def test_overrides_turn_fixers_off() -> None:
    assert cleantext.fix("withRussia", split_glued_words=False) == "withRussia"
    assert cleantext.fix("withRussia", Config(split_glued_words=False)) == "withRussia"
    assert cleantext.fix("a  b  ", normalize_whitespace=False) == "a  b  "


@pytest.mark.parametrize("data", [b"bytes", bytearray(b"x"), memoryview(b"x")])
def test_bytes_are_refused_clearly(data: object) -> None:
    with pytest.raises(TypeError, match="str, not bytes"):
        cleantext.fix(data)  # type: ignore[arg-type]


def test_explain_reports_input_offsets() -> None:
    text = "CafÃ© owners  said it rose.Russia\n\n\n"
    result = cleantext.fix_and_explain(text)
    assert result.text == cleantext.fix(text)
    by_fixer = {c.fixer: c for c in result.changes}
    moji = by_fixer["fix_mojibake"]
    assert text[moji.start:moji.end] == moji.old == "Ã©" and moji.new == "é"
    glued = by_fixer["split_glued_words"]
    assert (glued.line, glued.column) == (1, text.index("Russia") + 1)
    assert text[glued.start - 5:glued.start] == "rose."
    space = by_fixer["normalize_whitespace"]
    assert space.fixer == "normalize_whitespace"


def test_explain_offsets_after_earlier_passes() -> None:
    # The hyphen fix removes a space before the glued join: offsets stay in input terms.
    text = "Pakistan- controlled areas ofKashmir"
    result = cleantext.fix_and_explain(text)
    glued = [c for c in result.changes if c.fixer == "split_glued_words"]
    assert [text[c.start - 2:c.start] for c in glued] == ["of"]


def test_fixed_point() -> None:
    once = cleantext.fix(SEED)
    assert cleantext.fix(once) == once


@pytest.mark.parametrize("size", [1, 7, 64, 1000])
def test_streaming_in_pieces_equals_whole(size: int) -> None:
    text = "\ufeff" + SEED.replace("\n", "\r\n") + "tail withRussia"
    fixer = Fixer(Config())
    out = [fixer.feed(text[i:i + size]) for i in range(0, len(text), size)]
    out.append(fixer.close())
    assert "".join(out) == cleantext.fix(text)


def test_crlf_bom_and_eol() -> None:
    text = "\ufeffone\r\ntwo\r\n"
    assert cleantext.fix(text) == text
    assert cleantext.fix(text, eol="lf") == "\ufeffone\ntwo\n"
    assert cleantext.fix("one\ntwo", eol="crlf") == "one\r\ntwo"
    assert cleantext.fix("one\ntwo\n", eol="crlf") == "one\r\ntwo\r\n"


def test_skipping_line_breaks_keeps_every_ending() -> None:
    text = "one\r\ntwo\nthree\rfour\n"
    assert cleantext.fix(text, fix_line_breaks=False) == text


def test_over_long_line_is_cut_between_words() -> None:
    words = ("lorem ipsum dolor sit amet " * (MAX_PIECE // 10)).strip()
    text = words + " withRussia"
    out = cleantext.fix(text)
    assert out == words + " with Russia"


@pytest.mark.parametrize(
    ("text", "cut"),
    [
        ("aaaa bbbb cccc", 9),  # the last space between two words before the limit
        ("aa bb" + ". " * 200 + "cc", 2),  # past the first spaces the pattern looks on
        ("a_ b" + " -" * 10, 2),  # '_' is a word character, as in the pattern
        ("x" * 40, 38),  # no space at all: inside the giant token
        (" " * 40 + "cc", 41),  # in a run of whitespace: between the first two marks after it
    ],
)
def test_cut_point(text: str, cut: int) -> None:
    from cleantext.pipeline import _cut_point

    assert _cut_point(text, 0, len(text) - 2) == cut


def test_over_long_whitespace_run_is_not_cut() -> None:
    text = " " * (MAX_PIECE + 10) + "x"
    assert cleantext.fix(text) == text


def test_feed_after_close_is_an_error() -> None:
    fixer = Fixer(Config())
    fixer.close()
    with pytest.raises(ValueError):
        fixer.feed("x")


def test_text_ending_mid_line_gets_no_newline() -> None:
    """Clean text comes back byte-identical, a final line break or not (a
    field of a record, a string in a program); blank lines at the end go."""
    assert cleantext.fix("hello") == "hello"
    assert cleantext.fix("hello\n") == "hello\n"
    assert cleantext.fix("hello\n\n\n") == "hello\n"
    assert cleantext.fix("hello  \t") == "hello"
    assert cleantext.fix("a\r\nb\r\n\r\n") == "a\r\nb\r\n"
    changes = cleantext.fix_and_explain("hello\n\n")[1]
    assert [c.note for c in changes] == ["blank line at the end"]


# Lines of a table in a Debian package's documentation (fonts-dejavu-core's
# unicover.txt), each with trailing spaces.
_TABLE = "".join(
    f"{name:<48}{cells}      \n"
    for name, cells in [
        ("U+2000 General Punctuation", " 96% (107/111)      78% (87/111)       48% (54/111)"),
        ("U+2070 Superscripts and Subscripts", "100% (42/42)       100% (42/42)       100% (42/42)"),
        ("U+20a0 Currency Symbols", " 83% (26/31)        32% (10/31)        83% (26/31)"),
        ("U+2100 Letterlike Symbols", " 93% (75/80)        42% (34/80)        22% (18/80)"),
        ("U+2150 Number Forms", " 91% (55/60)        91% (55/60)        26% (16/60)"),
        ("U+2190 Arrows", "100% (112/112)     100% (112/112)     100% (112/112)"),
    ]
)


def test_a_pass_that_only_removed_trailing_spaces_is_the_last(monkeypatch: pytest.MonkeyPatch) -> None:
    # A space at a line's end is no evidence for any fixer: a pass that
    # changed nothing else needs no further pass. (Another pass read every
    # line it changed as repaired, and split Letterlike there; and read a
    # block of a megabyte of glued words twice for one trailing space.)
    from cleantext import pipeline

    calls = []
    finder = pipeline.STEPS["split_glued_words"][0]
    monkeypatch.setitem(pipeline.STEPS, "split_glued_words", (lambda *args: calls.append(1) or finder(*args),))
    assert cleantext.fix(_TABLE) == "".join(line.rstrip() + "\n" for line in _TABLE.splitlines())
    assert len(calls) == 1


def test_an_exotic_space_made_plain_asks_for_another_pass() -> None:
    # (Found by the idempotence property at 3,000 examples.) Collapsing
    # makes a no-break space plain, and mojibake reads what stands beside
    # its marks: that pass is not the last, or a second fix changes more.
    once = cleantext.fix("\xa0Â¡", collapse_whitespace=True)
    assert cleantext.fix(once, collapse_whitespace=True) == once


def test_a_line_of_joins_that_reveal_each_other_converges_in_one_call() -> None:
    # (Found by the idempotence property at 3,000 examples.) Each pass over
    # this chunk of eleven joins makes the next readable: it takes five
    # passes, and a limit of four left the last join to a second call.
    text = "McGrathwithwithwithAlice'sissue–  –theREADME.Debianregion,withregion,Russia"
    once = cleantext.fix(text, collapse_whitespace=True)
    assert once.endswith("the README.Debian region, with region, Russia")
    assert cleantext.fix(once, collapse_whitespace=True) == once
