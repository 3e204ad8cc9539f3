"""Glued-word repair: evidence, bounds and what is deliberately left alone."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from cleantext import fix
from cleantext.glued import LONELY_LENGTH, MAX_RUN, Split, find_glued_words, find_splits, split_glued_words


def notes(text: str) -> list[str]:
    return [f"{s.rule}: {s.note}" for s in find_splits(text)]


def test_each_split_carries_its_evidence() -> None:
    found = notes("cooperation withRussia, told Sputnik inan interview. It rose.Russia agreed")
    assert found[0].startswith("camel: 'with' + 'Russia'")
    assert found[1].startswith("model: 'in' + 'an', margin ")
    assert found[2].startswith("sentence: '.' before 'Russia'")


def test_layout_evidence_is_reported() -> None:
    seed = Path("seeds/000_c0d05a08d663e731.txt").read_text(encoding="utf-8")
    layout = [n for n in notes(seed) if n.startswith("layout")]
    assert layout, "the seed's joins sit at its wrap width"
    assert all("a line wrapped at 7" in n for n in layout)


def test_only_spaces_are_inserted() -> None:
    text = "the Afghangovernment’s delegation, havingthe “direct hand”in it"
    fixed = split_glued_words(text)
    assert fixed.replace(" ", "") == text.replace(" ", "")


def test_document_is_its_own_dictionary() -> None:
    # A token spelled the same way twice needs more evidence to be split.
    assert split_glued_words("the frontend and the frontend") == "the frontend and the frontend"
    assert split_glued_words("we are havingthe talks") == "we are having the talks"


def test_two_content_words_need_the_layout() -> None:
    # sametime alone is a compound as often as a lost space ...
    assert split_glued_words("At the sametime Pakistan agreed") == "At the sametime Pakistan agreed"
    # ... but where a line wrapped at the text's width must have ended, it is a join.
    seed = Path("seeds/000_c0d05a08d663e731.txt").read_text(encoding="utf-8")
    assert "At the same time Pakistan" in split_glued_words(seed)


def test_non_english_line_is_left_alone() -> None:
    line = "Die Bundesregierung und die Landesregierung haben den Mietendeckel nicht beschlossen"
    assert split_glued_words(line) == line


@pytest.mark.parametrize("token", ["a" * (MAX_RUN + 1), "inthe" * 100, "x" * 10_000])
def test_long_runs_are_never_split(token: str) -> None:
    assert split_glued_words(f"the {token} end") == f"the {token} end"


def test_no_recursion_even_from_a_deep_stack() -> None:
    # (Two joins: one model split alone in a long text would need a bigger margin, see find_splits.)
    text = "abcdefghijklmnopqrstuvwxyz" * 40 + " told Sputnik inan interview withRussia " + "theworld" * 60

    def deep(n: int) -> str:
        return deep(n - 1) if n else split_glued_words(text)

    limit = sys.getrecursionlimit()
    assert "in an" in deep(limit - 60)


@pytest.mark.parametrize(
    "text",
    [
        "iPhone eBay jQuery macOS iOS",
        "McGrath DeVito YouTube LaTeX",
        "toString onClick isEmpty getName",
        "example.com setup.py Node.js",
        "U.S. e.g. i.e. a.m.",
        "3.14 4:00pm 11attacks",
        "__init__ std::vector a->b",
        "ISPR NATO UNHCR",
    ],
)
def test_protected_tokens(text: str) -> None:
    assert split_glued_words(text) == text


def _pride_and_prejudice() -> list[str]:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    import corpora

    return [" ".join(lines) for lines in corpora.fiction("test")]


def test_a_lone_model_split_in_clean_text_needs_more_margin() -> None:
    """A chapter of clean prose in which the counts would split one compound
    (``overhearings``) once: on a first look the block shows no damage
    anywhere else, so the split needs LONELY_MARGIN more and nothing changes.
    A later pass over a repaired block would take it."""
    paragraphs = _pride_and_prejudice()
    if not paragraphs:
        pytest.skip("shared corpora not present")
    at = next(i for i, p in enumerate(paragraphs) if "overhearings" in p)
    text = "\n\n".join(paragraphs[at - 6:at + 6])
    assert find_splits(text) == []
    later = find_splits(text, first_look=False)
    assert [text[s.pos - 4:s.pos] for s in later] == ["over"]


def test_a_clean_paragraph_beside_repaired_ones_keeps_its_lone_compound() -> None:
    """In a block where other paragraphs were damaged and repaired, the
    fixed point runs the block again; a long clean line with a compound the
    counts would split (``overhearings``) was not repaired, so its lone split
    still needs the larger margin on every pass. (The line is two real
    paragraphs of the book on one line, to be over LONELY_LENGTH.)"""
    paragraphs = _pride_and_prejudice()
    if not paragraphs:
        pytest.skip("shared corpora not present")
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    import corpora

    wrapped = corpora.fiction("test")
    at = next(i for i, p in enumerate(paragraphs) if "overhearings" in p)
    clean = paragraphs[at] + " " + paragraphs[at + 1]
    assert len(clean) > LONELY_LENGTH and find_splits(clean) == [] and len(find_splits(clean, first_look=False)) == 1
    # Three paragraphs before it, of several lines each, joined without spaces.
    damaged = ["".join(lines) for lines in wrapped[:at] if len(lines) >= 4][-3:]
    out = fix("\n\n".join(damaged + [clean]))
    assert out.split("\n\n")[-1] == clean
    assert out.split("\n\n")[:-1] != damaged  # (the others were repaired: a second pass ran)

def test_a_name_the_counts_do_not_know_is_split_only_where_a_line_ended() -> None:
    from cleantext.glued import _Scorer, _unknown_name_join
    from cleantext.model import get_model

    scorer = _Scorer.of(get_model())
    assert _unknown_name_join("Romanszko", "says", scorer)
    assert _unknown_name_join("Lucases", "came", scorer)
    # Endings that names have too stay whole; so do names the counts know.
    assert not _unknown_name_join("Kall", "is", scorer)
    assert not _unknown_name_join("Dorf", "man", scorer)
    assert not _unknown_name_join("Boston", "says", scorer)
    # Alone in a line it is no evidence at all: the layout has to ask for it.
    assert split_glued_words("Director Tom Romanszkosays quick action") == "Director Tom Romanszkosays quick action"


def test_a_block_leaves_no_reference_cycle_behind() -> None:
    # A cycle would keep each block's document (a lower-cased copy of the
    # block and its word counts) alive until the collector runs: on a large
    # file the peak memory then grows with the input.
    import gc

    from cleantext import glued

    seed = Path("seeds/000_c0d05a08d663e731.txt").read_text(encoding="utf-8")
    gc.collect()
    gc.disable()
    try:
        split_glued_words(seed)
        documents = [o for o in gc.get_objects() if isinstance(o, glued._Document) and o is not glued._NO_DOCUMENT]
    finally:
        gc.enable()
    assert documents == []


def test_an_acronym_glued_to_a_word_is_cut_after_the_acronym() -> None:
    from cleantext.glued import _boundary_score, _Scorer
    from cleantext.model import get_model

    scorer = _Scorer.of(get_model())

    def score(chunk: str, i: int) -> object:
        return _boundary_score(chunk, i, "the", "said", {}, 0, lambda: scorer)

    assert score("USadministration", 2) is not None  # US|administration
    assert score("USadministration", 3) is None  # not USa|dministration
    assert score("OSErroris", 7) is not None  # a name that starts with an acronym: OSError|is
    # A plural acronym is a word (TVs|and), but not where the s starts the
    # only word after it (PostgreSQL's manual page: CREATE TRANSLATIONstatement).
    assert score("TVsand", 3) is not None
    assert score("TRANSLATIONstatement", 11) is not None
    assert score("TRANSLATIONstatement", 12) is None


def test_a_later_pass_keeps_the_lonely_margin_of_lines_as_they_came_in() -> None:
    # libXcursor's changelog, as wrapped: one weak split in a long block
    # needs the lonely margin on the first pass, and on a later pass too
    # while its line is as it came in (another fixer may have changed the
    # block, which is why there is a later pass at all).
    text = (
        "    If a fixed inheritage limit of 32 is reached, the code stops processing\n"
        "    and returns NULL. It also returns NULL if it detects the initial theme\n"
        "    in one of the inheritages to break the loop early on.\n\n"
        "    Last but not least I removed the printf statement. The only situation in\n"
        "    which libXcursor writes to stdout is when it is explicitly requested."
    )
    assert len(text) > LONELY_LENGTH
    assert find_splits(text) == []
    assert find_splits(text, first_look=False, seen=frozenset(text.split("\n"))) == []


def test_a_join_repeated_on_every_line_is_still_a_join() -> None:
    # A file of one damaged line repeated (yes ... | cleantext fix): the
    # text never writes "with Russia", yet withRussia is no name.
    line = "cooperation withRussia in the areas"  # the seed's first join
    assert fix((line + "\n") * 200) == ("cooperation with Russia in the areas\n") * 200


def test_a_paragraph_wrapped_its_own_way_is_walked_at_its_own_width() -> None:
    # A fortune wrapped at 69 columns in a block wrapped at 78: at the
    # block's width the walk lands on neither of its sure joins; at the
    # width its gaps tell of (137 = two lines of 68) it lands on both, and
    # the old line end before "19.05" is found.
    from cleantext.glued import _decide, _Document, _Scorer
    from cleantext.model import get_model

    text = (
        "\"And the next time you consider complaining that running Lucid Emacs19.05 via NFS from a remote Linux "
        "machine in Paraguay doesn't seem toget the background colors right, you'll know who to thank.\"(By Matt Welsh)"
    )
    sure = [s for s in find_splits(text) if s.rule != "layout"]
    assert [s.pos for s in sure] == [137, 196]
    decided = _decide(text, 0, sure, 78, lambda: _Scorer.of(get_model()), False, _Document(text), False, borrowed=True)
    assert [(s.pos, s.rule) for s in decided] == [(68, "layout"), (137, "model"), (196, "bracket")]
    assert "a line wrapped at 68 ends here" in decided[0].note


def test_a_line_broken_early_is_taken_when_the_next_one_is_too() -> None:
    # A Usenet post whose author's editor broke lines a few columns short of
    # 76 now and then: "achievment|of" ends a line that "that" would have
    # fitted on, and so does the next one ("impeded|by"). Both are old line
    # ends by the looser measure, which is evidence enough together.
    from cleantext.glued import _decode_layout, _Document, _Scorer
    from cleantext.model import get_model

    text = (
        "I agree that the desire for beauty is valid, but I think your desire toimpose your vision of beauty "
        "is not.  You mention the age-old desire tosomehow get up there, but ignore the beauty of the actual "
        "achievmentof that vision.  You mention the beauty of a very dark sky, not impededby the effects of "
        "humans, but ignore the beauty of the as-dark-as-can-besky that is only visible from space"
    )
    sure = sorted(s.pos for s in find_splits(text) if s.rule != "layout")
    assert 142 in sure and 281 in sure and 210 not in sure
    picks, _, _ = _decode_layout(text, sure, 76, lambda: _Scorer.of(get_model()), False, _Document(text))
    assert (210, "'achievment' + 'of'") in [(pos, note.split(",")[0]) for pos, _, note in picks]


def test_a_paragraph_with_no_sure_join_finds_its_width_from_its_strong_model_joins() -> None:
    # A fortune wrapped at 72 columns in a block wrapped at 78: no sure join,
    # one strong model join (life giving|water). At 78 the walk finds no
    # boundary for some old line; at 72, read off that join, it finds one
    # for every line, as a paragraph wrapped and joined must.
    from cleantext.glued import MARGIN, _decide, _Document, _line_candidates, _Scorer
    from cleantext.model import get_model

    text = (
        "A sense of desolation and uncertainty, of futility, of the baselessnessof aspirations, of the vanity of "
        "endeavor, and a thirst for a life givingwater which seems suddenly to have failed, are the signs in "
        "conciousnessof this necessary reorganization of our lives."
    )
    get_scorer = lambda: _Scorer.of(get_model())  # noqa: E731
    doc = _Document(text)
    _, weak = _line_candidates(text, 0, doc, get_scorer, False, False)
    strong = [s.pos for s, _ in weak if s.margin >= MARGIN]
    assert strong == [144]
    alone = _decide(text, 0, [], 78, get_scorer, False, doc, False, True)
    assert alone == []
    found = _decide(text, 0, [], 78, get_scorer, False, doc, False, True, strong)
    assert [(s.pos, s.note.split("; ")[1]) for s in found] == [
        (71, "a line wrapped at 72 ends here"),
        (144, "a line wrapped at 72 ends here"),
        (216, "a line wrapped at 72 ends here"),
    ]
    # (baselessness|of: a word the counts do not know, before a function
    # word that ends no word, where the walk says a line ended)
    assert found[0].note.startswith("'baselessness' (a word the counts do not know) + 'of'")


def test_a_parenthesis_of_prose_glued_to_a_word_is_a_place_a_line_can_end() -> None:
    # Docstrings of the decimal module, wrapped and joined: "result(from a
    # conversion" may be where an old line ended (for the layout only);
    # a call never is.
    from cleantext.glued import _boundary_score, _Scorer
    from cleantext.model import get_model

    scorer = _Scorer.of(get_model())

    def score(chunk: str, i: int) -> object:
        return _boundary_score(chunk, i, "a", "a", {}, 0, lambda: scorer, True)

    assert score("result(from", 6) is not None
    assert score("division(that", 8) is not None
    assert score("print(value,", 5) is None
    assert score("len(s)", 3) is None
    assert score("timeit(number", 6) is None  # (not a word of the word list)

    # A list in parentheses after a word (systemd's "ELF objects(executables,
    # libraries"): a place, weakly, where the text writes the word as no
    # call anywhere; the same shape after a word it calls is a call.
    from cleantext.glued import LAYOUT_MIN, _Document

    def in_text(chunk: str, i: int, text: str) -> object:
        return _boundary_score(chunk, i, "a", "a", {}, 0, lambda: scorer, True, _Document(text))

    prose = "if they are ELF objects(executables, libraries, core files) it will parse"
    assert in_text("objects(executables,", 7, prose) == (LAYOUT_MIN, "'objects' before a parenthesis")
    calls = "use print(value, file) or print(x) to write"
    assert in_text("print(value,", 5, calls) is None


def test_the_old_line_before_a_sure_join_is_placed_back_from_it() -> None:
    # Perl's B manual, wrapped at 68-70 and joined: the walk at 68 cannot
    # place the second old line (it ends inside B::SV-derivedclass, which
    # is protected), so it waits for the next sure join (valueinto ... at
    # 267); the line that ends there started at primary|way, a clear
    # boundary from which a wrap at 68 ends on that join.
    from cleantext.glued import _decode_layout, _Document, _Scorer
    from cleantext.model import get_model

    text = (
        "Takes a reference to any Perl value, and turns the referred-to valueinto an object in the appropriate "
        "B::OP-derived or B::SV-derivedclass.  Apart from functions such as C<main_root>, this is the primaryway "
        "to get an initial \"handle\" on an internal perl data structurewhich can then be followed with the other "
        "access methods."
    )
    assert text[:68].endswith("value") and text[202:205] == "way"
    picks, supported, placed = _decode_layout(text, [68, 267], 68, lambda: _Scorer.of(get_model()), True, _Document(text), True)
    assert [pos for pos, _, _ in picks] == [202] and supported == 1 and not placed


def test_a_line_may_end_at_the_edge_of_code_but_never_inside_it() -> None:
    # Docstrings, Perl's manuals and copyright files, wrapped and joined: a
    # chunk that holds code may have been cut by a line end between it and
    # a word (their|__slots__, the|$DB_HASH, in|/usr/share, __ge__,|then,
    # last).|Raise), never inside a name, a path or a list.
    from cleantext.glued import _code_edge_score, _Scorer
    from cleantext.model import get_model

    scorer = _Scorer.of(get_model())

    def edges(chunk: str) -> list[str]:
        return [f"{chunk[:i]}|{chunk[i:]}" for i in range(1, len(chunk)) if _code_edge_score(chunk, i, scorer)]

    assert edges("their__slots__") == ["their|__slots__"]
    assert edges("the$DB_HASH") == ["the|$DB_HASH"]
    assert edges("in/usr/share/common-licenses/GPL") == ["in|/usr/share/common-licenses/GPL"]
    assert edges("__ge__,then") == ["__ge__,|then"]
    assert edges("last).Raise") == ["last).|Raise"]
    assert edges("__aexit__method.") == ["__aexit__|method."]
    assert edges("athttp://www.python.org/") == ["at|http://www.python.org/"]
    assert edges("sitehttps://example.org") == ["site|https://example.org"]
    for chunk in ("site_perl", "SEEK_END", "lib$name.*", "idols/gods/dogmas/", "B::Terse.", "Time::Piece",
                  "entropy@world.std.com", "email.message.Message", "compile()", "self**other)", "**kwargs",
                  "foo_bar", "x_1,y", "sftp://host/~", "lrcwww.epfl.ch/linux-atm"):
        assert edges(chunk) == [], chunk


def test_a_list_of_words_joined_by_slashes_may_end_a_line_inside_its_first_or_last_word() -> None:
    # Usenet posts and docstrings, wrapped and joined: "banking/interest"
    # then "topic." on the next line; "associating" then "key/value". A path
    # or a URL is no such list, and no line ends inside the list's slashes.
    from cleantext.glued import LAYOUT_MIN, _chunk_boundary, _Scorer
    from cleantext.model import get_model

    scorer = _Scorer.of(get_model())

    def best(chunk: str) -> str:
        scores = {i: _chunk_boundary(chunk, False, i, "the", "a", {}, 0, lambda: scorer, False, None) for i in range(1, len(chunk))}
        found = {i: s[0] for i, s in scores.items() if s is not None and s[0] >= LAYOUT_MIN}
        if not found:
            return chunk
        i = max(found, key=found.__getitem__)
        return f"{chunk[:i]}|{chunk[i:]}"

    assert best("banking/interesttopic.") == "banking/interest|topic."
    assert best("associatingkey/value") == "associating|key/value"
    assert best("/usr/share/common-licenses") == "/usr/share/common-licenses"
    assert best("http://example.com/index") == "http://example.com/index"


def test_between_rival_splits_at_a_line_end_the_likelier_wins_a_column_or_three_on() -> None:
    # Perl's B::Concise manual, wrapped at 74 and joined, walked at 71 (the
    # width of the paragraph beside it): the window at 71 holds form|attends
    # only; its likelier rival format|tends ends the line three columns on.
    from cleantext.glued import _decode_layout, _Document, _Scorer
    from cleantext.model import get_model

    text = (
        "Use a tree format that uses longer edges to separate OP nodes. This formattends to look better "
        "than the compact one, especially in ASCII, and isthe default."
    )
    picks, supported, _ = _decode_layout(text, [144], 71, lambda: _Scorer.of(get_model()), True, _Document(text))
    assert [pos for pos, _, _ in picks] == [74] and text[68:74] == "format" and supported == 1


@pytest.mark.parametrize("source", ["technical", "copyrights", "gnuinfo"])
def test_edits_sorted_and_apart_on_real_damage(source: str) -> None:
    """Every block of a damaged source gets its spaces in order, one a
    place: two rules finding the same lost space once gave two spaces
    (an address and a field, <antonio@gnu.org>License:), and a layout rule
    once gave its line ends out of order (the text came back repeated)."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    import random

    import corpora
    import quality

    paragraphs = corpora.SOURCES[source]("dev")
    if not paragraphs:
        pytest.skip(f"the {source} source is not present")
    rng = random.Random(0)
    damaged = [quality.make_case(p, rng).damaged for p in paragraphs]
    for start in range(0, len(damaged), 60):
        text = "\n\n".join(damaged[start:start + 60])
        starts = [edit.start for edit in find_glued_words(text)]
        assert starts == sorted(set(starts))


def test_an_option_glued_to_a_word_is_never_cut_after_its_dash() -> None:
    # GNU findutils' NEWS, wrapped and joined: "-xtype\noptions" became
    # -xtypeoptions, and the layout walk cut it after the dash, where a dash
    # of prose may end a line before a word (malnutrition -|swollen).
    from cleantext.glued import _boundary_score, _Scorer
    from cleantext.model import get_model

    scorer = _Scorer.of(get_model())
    text = (
        "find now accepts multiple file type arguments to the -type and -xtypeoptions separated by comma ','.  "
        "For example, to search for symbolic links and directories simply provide the shorter '-type l,d' "
        "instead of the - yet more portable - '( -type l -o -type d )'."
    )
    assert "- xtype" not in fix(text)
    for chunk in ("-xtypeoptions", "-soption", "-f.strfile", "-l"):
        assert _boundary_score(chunk, 1, None, None, {}, 0, lambda: scorer) is None, chunk
    assert _boundary_score("-swollen", 1, None, None, {}, 0, lambda: scorer) is not None


def test_a_paragraph_still_wrapped_keeps_what_looks_glued_in_the_middle_of_its_lines() -> None:
    # Real clean text as installed in /usr/share/doc (GNU diffutils' NEWS, GCC's
    # release notes): lines that still end where they were wrapped lost no
    # space at their ends, and what a rule would cut in their middle is the
    # text's own (inIt, memcpy,memmove). Unwrapped into one line, the same
    # paragraph is judged as damaged text is (a word and a title-case name).
    diffutils = (
        "  --ignore-file-name-case now applies at the top level too.\n"
        '  For example, "diff dir inIt" might compare "dir/Init" to "inIt".\n'
    )
    gcc = (
        "    * Initial code generation support is supported for hardware instructions\n"
        "      used to accelerate the memcpy,memmove and memset standard functions.\n"
        "      These instructions can be generated when compiling with the +mops option\n"
        "      extension.\n"
    )
    for text in (diffutils, gcc):
        assert fix(text) == text
    assert find_splits(" ".join(line.strip() for line in gcc.splitlines())) != []


def test_a_bracket_after_a_full_stop_is_prose_only_before_a_word() -> None:
    # The bracket of coreutils' NEWS ("incorrect.[bug introduced in
    # coreutils-9.0]") is cut from its sentence; a glob or an index is not.
    for text in ("Compile the *.[ch] files.", "Run it on foo.[0-9] and a.[b] now."):
        assert fix(text) == text


def test_a_docstring_of_two_lines_may_have_been_wrapped_short_of_its_indentation() -> None:
    # Python's codecs module, wrapped and joined: the last docstring's first
    # line is 55 columns (its indentation took the rest of 72), shorter than
    # the least usual width; where the block is damaged elsewhere, such a
    # paragraph of two lines is read down to TWO_LINE_DAMAGED_WIDTH.
    text = (
        "If firstline is true, and a UnicodeDecodeError happensafter the first line terminator in the input "
        "only the first linewill be returned, the rest of the input will be kept until thenext call to read().\n"
        "\n"
        "The method should use a greedy read strategy, meaning thatit should read as much data as is allowed "
        "within thedefinition of the encoding and the given size, e.g.  ifoptional encoding endings or state "
        "markers are availableon the stream, these should be read too.\n"
        "\n"
        "Read one line from the input stream and return thedecoded data."
    )
    assert fix(text).split("\n")[-1] == "Read one line from the input stream and return the decoded data."


def test_a_function_word_glued_to_an_acronym_in_prose_about_code() -> None:
    # GNU coreutils' NEWS and GCC's release notes, wrapped and joined:
    # "terminate each output line withNUL", "improvements inGCC 12". In prose
    # about code a camel join is an identifier's shape, but no identifier
    # starts with "with" or "in" before an acronym; "from" and "to" do
    # (fromJSON, toUTF8).
    from cleantext.glued import Split, _Document, _run_splits, _Scorer
    from cleantext.model import get_model

    scorer = _Scorer.of(get_model())

    def joins(run: str) -> list[str]:
        confident: list[Split] = []
        weak: list[tuple[Split, float]] = []
        _run_splits(run, 0, None, None, True, _Document(run), lambda: scorer, confident, weak)
        return [f"{run[:s.pos]}|{run[s.pos:]}" for s in confident]

    assert joins("withNUL") == ["with|NUL"]
    assert joins("inGCC") == ["in|GCC"]
    assert joins("fromJSON") == []
    assert joins("toUTF") == []


def test_in_prose_about_code_a_line_may_end_between_a_function_word_and_a_number() -> None:
    # adduser's README and GNU NEWS files, wrapped and joined: "changed
    # to|0700,", "the intended value of|1.4.x"; the names of technical prose
    # keep their digits (copy2, sha256, i1 == j1).
    from cleantext.glued import _boundary_score, _Scorer
    from cleantext.model import get_model

    scorer = _Scorer.of(get_model())

    def edge(chunk: str, i: int) -> bool:
        return _boundary_score(chunk, i, None, None, {}, 0, lambda: scorer, True) is not None

    assert edge("to0700,", 2)
    assert edge("of1.4.x", 2)
    assert edge("the60000-64999.", 3)
    for chunk, i in (("copy2", 4), ("sha256", 3), ("i1", 1), ("to1", 2), ("utf8", 3)):
        assert not edge(chunk, i), chunk


def test_text_that_lost_spaces_in_the_middle_of_its_lines_is_still_repaired() -> None:
    # The seed's damaged article re-wrapped at 70 columns (as a mail client
    # or OCR leaves it): its glued words now sit in the middle of lines that
    # are still wrapped, where a rare rule join is the text's own; here many
    # lines hold one, and they are repaired as in the long lines.
    import re
    import textwrap

    seeds = Path(__file__).resolve().parents[1] / "seeds"
    damaged = (seeds / "000_c0d05a08d663e731.txt").read_text()
    wrapped = "\n\n".join(textwrap.fill(p, 70) for p in damaged.split("\n") if p.strip())
    camel = re.compile(r"\b\w*[a-z][A-Z]\w*")
    assert len(set(camel.findall(wrapped))) >= 5
    out = fix(wrapped)
    assert camel.findall(out) == []
    assert "cooperation with Russia" in out.replace("\n", " ")


def test_a_run_in_capitals_between_words_in_capitals_is_read_as_a_line_in_capitals() -> None:
    # A Debian copyright file (Tom Lord's notice), wrapped and joined: the
    # disclaimer in capitals sits in a line of mixed case, so no line is all
    # capitals; between two words in capitals, a long run in capitals is
    # judged as it would be in such a line (OR|CONSEQUENTIAL), with
    # CAPITALS_MARGIN more; a word in capitals that the counts know whole
    # stays (WHATSOEVER, MERCHANTABILITY).
    line = (
        "Tom Lord DISCLAIMS ALL WARRANTIES WITH REGARD TO THIS SOFTWARE,INCLUDING ALL IMPLIED WARRANTIES OF "
        "MERCHANTABILITY AND FITNESS, IN NOEVENT SHALL TOM LORD BE LIABLE FOR ANY SPECIAL, INDIRECT "
        "ORCONSEQUENTIAL DAMAGES OR ANY DAMAGES WHATSOEVER RESULTING FROM LOSS OFUSE, DATA OR PROFITS, "
        "WHETHER IN AN ACTION OF CONTRACT, NEGLIGENCE OROTHER TORTIOUS ACTION, ARISING OUT OF OR IN "
        "CONNECTION WITH THE USE ORPERFORMANCE OF THIS SOFTWARE."
    )
    out = fix(line)
    assert "INDIRECT OR CONSEQUENTIAL DAMAGES" in out
    assert "THE USE OR PERFORMANCE OF" in out
    assert "SOFTWARE, INCLUDING" in out
    assert "WHATSOEVER" in out and "MERCHANTABILITY" in out


@pytest.mark.parametrize(
    "first, second, join",
    [
        # A sentence after a bracket closed: the word starts sentences in the second text only.
        ("Made in Sweden).Similarly the rest.", "Similarly, one. Similarly, two. Made in Sweden).Similarly the rest.", "Similarly the"),
        # A function word before a call: the second text writes the name as code elsewhere.
        ("passed to theread() method.", "Call read() first.\n\npassed to theread() method.", "read() method"),
        # POD markup that closes a few chunks later, or that opened a few chunks before.
        ("provided to theC<use", "provided to theC<use Socket> line", "C<use"),
        ("Single Shift>and more", "Therefore I<National Language Single Shift>and more", "and more"),
        # A name the second text writes alone.
        ("The IncrementalEncoderremembers the state.", "An IncrementalEncoder encodes. The IncrementalEncoderremembers the state.", "remembers"),
        # ... first met in a line that shows no code, where the run is read as capitals glued to a word.
        ("Raise EOFErrorwhen connection is closed.", "An EOFError from foo_bar(). Raise EOFErrorwhen connection is closed.", "when"),
        # A word glued to an option: sure only in a line that shows code
        # (and the hyphens' shortcut must not call it quiet elsewhere).
        ("acts exactly as--keep-old-files, except", "acts exactly as--keep-old-files, except in foo_bar().", "--keep"),
        # ... and a word glued to a name in quotes that reads as a contraction (when't').
        ("or when't' is appended to the mode", "or when't' is appended to the mode of foo_bar().", "'t'"),
        # A function word glued to a dotted name: sure where the text writes its namespace before other names.
        ("wrapped in anio.TextIOWrapper instance", "See io.open and io.BytesIO; wrapped in anio.TextIOWrapper instance", "io.TextIOWrapper"),
        # A function word glued to a relative path: sure where the text writes the path's first name elsewhere.
        ("the notice of andsrc/include/gssrpc is", "the code in src/lib/rpc; the notice of andsrc/include/gssrpc is", "src/include"),
        # A function word glued to an identifier: sure where the text writes the identifier alone elsewhere.
        ("See the documentation inbucket_stats() for more", "Call bucket_stats() once. See the documentation inbucket_stats() for more", "bucket_stats() for"),
        # A given name glued to a family name in a list of people: sure where the text writes them apart elsewhere.
        (
            "Contributions from: Adolfo Jayme Barrientos, afg, Alec Moskvin, AlyssaRoss, Amitanand Chikorde, Andrew",
            "Allen Webb, Alyssa Ross, Anders Wenhaug,\n\n"
            "Contributions from: Adolfo Jayme Barrientos, afg, Alec Moskvin, AlyssaRoss, Amitanand Chikorde, Andrew",
            "Ross, Amitanand",
        ),
        # A word glued to the mark of a quoted e-mail's line: sure in a line that starts with one.
        ("can I correctly> assume that", "> the terms of the GPL, can I correctly> assume that", "> assume"),
        # A name of code glued to a function word: sure where the text writes the name alone elsewhere.
        ("if d_asctime_ris defined.", "It is zero if d_asctime_r is undef, and one if d_asctime_ris defined.", "is defined"),
        # A name in straight quotes: a name only in a line that shows code.
        ("Use 'asn1_der_decoding()'instead.", "An alias to asn1_der_decoding.  Use 'asn1_der_decoding()'instead.", "instead"),
        # A word glued to a reference to a manual page: sure where the text
        # refers to the page apart elsewhere (OpenSSL's manual pages; found
        # by benchmarks/gates.py).
        (
            "primarily aimed at provider authors. Seeprovider(7) for further information.",
            "See also provider(7).\n\nprimarily aimed at provider authors. Seeprovider(7) for further information.",
            "provider(7) for",
        ),
    ],
)
def test_a_chunk_judged_by_its_text_is_judged_again_in_the_next(first: str, second: str, join: str) -> None:
    # Whether a chunk holds a candidate is remembered across texts (see
    # glued._remember): where the evidence is the text's own, the chunk must
    # keep a candidate without it, or the next text's evidence goes unread.
    found = _after_warming(first, second)
    assert second.rindex(join) in [split.pos for split in found]


def test_a_name_in_a_list_is_not_remembered_as_its_core() -> None:
    # JimMeyering, in a list of people holds a candidate that JimMeyering.
    # alone does not (see _cache_key): the chunk with its comma is its own
    # entry, which the first sight of a block must not fill from the core's
    # (grep's manual page, fixed after another GNU manual page; found by
    # benchmarks/gates.py on the manual pages).
    first = "Written by Torbjorn Granlund, David MacKenzie, Paul Eggert, and JimMeyering."
    second = "Written by Jay Fenlason, Tom Lord, Ken Pizzini, Paolo Bonzini, JimMeyering, and Assaf Gordon.\nReport bugs to Jim Meyering."
    found = _after_warming(first, second)
    assert [split.pos for split in found] == [second.index("Meyering,")]


def test_a_placeholder_of_a_manual_is_parted_from_a_function_word_but_not_code_or_html() -> None:
    # git's manual pages write <object>, <commit> for what the reader fills
    # in: glued to a function word before it or after it, a lost space;
    # a type's argument (vector<int>) and HTML's tags (<b>bold) stay.
    assert fix("the contents of the<object> will be returned") == "the contents of the <object> will be returned"
    assert fix("unless <dst>is a branch") == "unless <dst> is a branch"
    for text in (
        "a std::vector<int> of them",
        "the<b>bold</b> word and <b>word</b> here",
        "<STDIN>is read",
        "...      <many>more elements</many>",  # XML in a docstring (clean_docs.py)
    ):
        assert fix(text) == text


def _after_warming(first: str, second: str) -> list[Split]:
    """The splits of ``second`` after ``first`` warmed the caches, checked
    against the slow path (every chunk judged in context)."""
    from cleantext import glued

    find_splits(first)
    fast = find_splits(second)
    with glued.slow_path():
        slow = find_splits(second)
    assert fast == slow
    return fast


def test_a_class_named_like_a_function_word_after_its_module_stays_in_prose_about_code() -> None:
    # Python's ast.If, ast.For, ast.With: a module of three letters and a
    # class, not a sentence ending before "If" (end.If is one: a word of the
    # word list); the rule for a dotted name before a sentence reads only a
    # name with a dot or an underscore of its own (binascii.Error.For).
    text = "The ast.If and ast.For nodes hold a test; see NodeVisitor.visit_If() for them."
    assert fix(text) == text
    assert fix("in a binascii.Error.For more, see foo_bar().") == "in a binascii.Error. For more, see foo_bar()."
    assert fix("It is at the end.If the value of foo_bar() is set.") == "It is at the end. If the value of foo_bar() is set."


def test_a_name_of_punctuation_in_quotes_is_not_remembered_as_its_word() -> None:
    # character':', (Python's ast docstring): the chunk's core is the word
    # "character", under which plain words are remembered (see _cache_key);
    # the quoted colon after it is a name in prose about code, cut off there,
    # so the chunk must be its own entry: else the word, remembered quiet,
    # hides it.
    text = "It adds the character':', increases the indentation in foo_bar()."
    found = _after_warming("the character is plain", text)
    assert [split.pos for split in found] == [text.index("':'")]


def test_an_info_reference_is_not_remembered_as_its_word() -> None:
    # Nettle's manual (GNU Info), damaged: ``(*note Keyed hashfunctions::)``
    # ends a cross-reference, code to the rules, which hold no candidate in
    # it; ``hashfunctions.`` has one. The chunk with its "::" must be its own
    # entry (see _cache_key), or the word, remembered quiet on the first
    # sight of a block, hides the other (benchmarks/quality.py --alone gave
    # one recall or another by the hash seed).
    first = "where other popular MAC algorithms (*note Keyed hashfunctions::) become a bottleneck."
    second = "Nettle includes a struct including information about the supported hashfunctions.  It is defined in ‘<nettle/nettle-meta.h>’."
    found = _after_warming(first, second)
    assert [split.pos for split in found] == [second.index("functions.")]


def test_a_contraction_before_a_closing_quote_is_no_quoted_name() -> None:
    # Alice: 'It isn't,' said the Caterpillar. The apostrophe and the closing
    # quote are no name in quotes (as when't' is, the mode 't' of open());
    # the chunk is quiet as "isn't" is, on either path.
    from cleantext import glued

    text = "'It isn't,' said the Caterpillar."
    assert _after_warming("It is plain.", text) == []
    assert glued._before_quoted_name("isn't,'") is None
    assert glued._before_quoted_name("when't'") is not None
    assert glued._before_quoted_name("are:'s':") is not None


def test_a_sentence_join_is_the_one_line_end_of_a_paragraph_of_two_lines() -> None:
    # Two docstrings of Python's standard library (inspect, bisect), the
    # second showing code: the first paragraph's one line end is a full
    # stop before a capitalized word of the word list, in the window where
    # a line of a usual width ends (see _two_line_boundary).
    text = (
        "List starts with original calling frame, if there is one.Size may be number of frames above or below f."
        "\n\nThe return value i is such that all e in a[:i] have e <= x, and all e ina[i:] have e > x.  So if x "
        "already appears in the list, a.insert(i, x) willinsert just after the rightmost x already there."
    )
    out = fix(text)
    assert out.startswith("List starts with original calling frame, if there is one. Size may be number of frames")


def test_the_boundary_of_a_short_docstring_of_two_lines_in_a_damaged_block() -> None:
    # Python's cProfile: a docstring's first line is short of its
    # indentation; where the block is damaged elsewhere, the window of a
    # paragraph of two lines starts at TWO_LINE_DAMAGED_WIDTH for a boundary
    # of punctuation too, as it does for the model's joins.
    from cleantext import glued

    line = "Python interface for the 'lsprof' profiler.Compatible with the 'profile' module."
    scorer = glued._Scorer.of(glued.get_model())
    found = glued._two_line_join(line, line, 0, [], glued._Document(line), lambda: scorer, True, True)
    assert found is not None and found.pos == line.index("Compatible")
    assert glued._two_line_join(line, line, 0, [], glued._Document(line), lambda: scorer, False, True) is None


def test_a_short_paragraph_in_a_block_with_code_takes_a_clear_edge_at_the_block_width() -> None:
    # Paragraphs of about two old lines from a manual page (cksum(1)), a
    # docstring (code.InteractiveConsole) and update-ca-certificates(8), as
    # the walk sees them in a block with code at its width: an acronym or a
    # function word before a word or a name is a clear edge; a split of
    # lower-case letters, or of a name cased so (CMake, TeX), is not.
    from cleantext.glued import _decode_layout, _Document, _Scorer
    from cleantext.model import get_model

    scorer = _Scorer.of(get_model())

    def picks(line: str, width: int = 72) -> list[int]:
        found, _, _ = _decode_layout(line, [], width, lambda: scorer, True, _Document(line), True)
        return [pos for pos, _, _ in found]

    gnu = "Note: There is no difference between binary mode and text mode on GNUsystems."
    assert picks(gnu) == [gnu.index("GNUsystems") + 3]
    console = "The optional locals argument will be passed to theInteractiveInterpreter base class."
    assert picks(console) == [console.index("theInteractive") + 3]
    ca = "A single-file version of CA certificates.  This holds all CAcertificates that you activated in /etc/ca-certificates.conf."
    assert picks(ca) == [ca.index("CAcertificates") + 2]
    # (a README's news, as damaged: CMake|).• is the line end, not CM|ake;
    # groff's copyright file: TeX|system, not Te|Xsystem)
    cmake = "• Man pages now require xmlto (or either xmlto or meinproc, if using CMake).• man2html is no longer used."
    assert cmake.index("CMake") + 2 not in picks(cmake, 73)
    tex = "The file tmac/hyphen.us is identical to the file hyphen.tex, part of the TeXsystem written by Donald E. Knuth; the master file can be found at:"
    assert tex.index("TeXsystem") + 2 not in picks(tex, 68)


def test_the_walk_in_prose_about_code_picks_up_the_rhythm_past_the_last_sure_join() -> None:
    # find(1)'s -iname, as damaged: the second old line ends at `FOO',|`foo',
    # where no boundary can be scored, and no sure join follows; the third
    # ends one line further on at file|called, which is evidence alone.
    # The text that writes a run whole elsewhere keeps it (stretchfactor in
    # turtle's docstring; io.BytesIO beside io.StringIO).
    from cleantext.glued import _decode_layout, _Document, _Scorer
    from cleantext.model import get_model

    scorer = _Scorer.of(get_model())
    line = (
        "Like -name, but the match is case insensitive.  For example, thepatterns `fo*' and `F??' match the "
        "file names `Foo', `FOO',`foo', `fOo', etc.  The pattern `*foo*` will also match a filecalled '.foobar'."
    )
    sure = [line.index("thepatterns") + 3]
    for width in (62, 63, 64, 65):
        found, _, every_line = _decode_layout(line, sure, width, lambda: scorer, True, _Document(line), True)
        assert [pos for pos, _, _ in found] == [line.index("filecalled") + 4]
        assert not every_line  # (other widths stay worth a walk)
    twice = line + " A filecalled 'x' is also matched."
    found, _, _ = _decode_layout(twice, sure, 63, lambda: scorer, True, _Document(twice), True)
    assert found == []


def test_a_dotted_class_is_kept_whole_by_the_walk_far_from_evidence() -> None:
    # (The further ends of the walk in prose about code, each paragraph
    # alone: no document tells that io is a module, the case of BytesIO does.)
    from cleantext.glued import _kept_whole

    line = "The file object opened for reading, an io.BytesIO object, or an io.TextIOWrapper."
    assert _kept_whole(line, line.index("BytesIO"), None)
    assert _kept_whole(line, line.index("TextIOWrapper"), None)
    shout = 'The time is "YYMMDDhhmm". LEN != 0.'
    assert not _kept_whole(shout, shout.index("LEN"), None)


def test_a_middle_initial_parts_only_from_a_family_name_the_counts_know() -> None:
    # (The names of the clean documents of /usr/share/doc that hold an
    # initial glued to a name: H.Merijn 44 times, X.Org 6.)
    from cleantext.glued import _initial_before_name, _Scorer, get_model

    def get_scorer() -> _Scorer:
        return _Scorer.of(get_model())

    assert _initial_before_name("B", "Taney", get_scorer)
    assert _initial_before_name("P", "Chase", get_scorer)
    assert not _initial_before_name("H", "Merijn", get_scorer)
    assert not _initial_before_name("X", "Org", get_scorer)
    assert not _initial_before_name("b", "Taney", get_scorer)


def test_line_starts_are_the_places_ends_line_accepts() -> None:
    """_line_starts gives, as one range, every place from which _ends_line
    lets a line end at ``end`` (the search back over an unplaced line asks
    it for dozens of ends at once)."""
    import random

    from cleantext.glued import _ends_line, _line_starts

    rng = random.Random(24)
    for _ in range(2000):
        line = "".join(rng.choice("ab  c-") for _ in range(rng.randint(1, 160)))
        width = rng.randint(5, 80)
        end = rng.randint(1, len(line))
        assert list(_line_starts(line, end, width)) == [p for p in range(end) if _ends_line(line, p, end, width)]


def test_a_function_word_glued_to_a_placeholder_or_a_header_is_a_join() -> None:
    # The manual pages write code in angle brackets after a word of prose
    # (acct(5): "defined in <sys/acct.h>"; git: "named with <rev>s"); glued,
    # the function word before them is a sure join, what follows them closed.
    from cleantext.glued import split_glued_words

    assert split_glued_words("and is defined in<sys/acct.h> as follows:") == "and is defined in <sys/acct.h> as follows:"
    assert split_glued_words("the commits named with<rev>s or more") == "the commits named with <rev>s or more"
    # Not POD's formatting codes, nor HTML's tags in a page's source.
    assert split_glued_words("mostly explains the I<how>. Then") == "mostly explains the I<how>. Then"
    assert split_glued_words("go to<br> now") == "go to<br> now"


def test_a_parenthesis_closed_on_a_number_before_a_capitalized_word_is_a_join() -> None:
    # Vim's patch records: "Patch 8.2.1822 (after 8.2.1821)" then "Problem:"
    # on the next line; glued, the closed number before the capital is a
    # sure join. A list's mark with its own bracket, "(2)Herbrand", is not.
    from cleantext.glued import split_glued_words

    assert split_glued_words("Patch 8.2.1822 (after 8.2.1821)Problem: a test") == "Patch 8.2.1822 (after 8.2.1821) Problem: a test"
    assert split_glued_words("the two results: (2)Herbrand and Gödel") == "the two results: (2)Herbrand and Gödel"


def test_a_name_quoted_whole_after_a_full_stop_starts_a_sentence() -> None:
    # inspect's docstring: "...the parameter names.'varargs' and 'varkw'
    # are..."; not an abbreviation's letters (e.g.'foo') nor a possessive.
    from cleantext.glued import split_glued_words

    assert split_glued_words("a list of names.'varargs' is a name") == "a list of names. 'varargs' is a name"
    assert split_glued_words("Use e.g.'foo' here.") == "Use e.g.'foo' here."
    assert split_glued_words("where was Spyglass Inc.'s Mosaic") == "where was Spyglass Inc.'s Mosaic"
