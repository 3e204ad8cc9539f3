"""
Real text for the benchmarks, as paragraphs of wrapped lines.

Each source yields paragraphs as lists of lines *as they were wrapped*:

- ``fiction``: the Project Gutenberg books in ``../shared/corpora`` (wrapped
  by a person's tool at about 72 columns; public domain).
- ``news``: the Lee corpus of Australian Broadcasting Corporation news
  articles, as shipped in gensim's test data (one article a line; wrapped
  here with ``textwrap`` at a width drawn per article from 60-79). Fetched
  with ``pip download gensim==4.4.0`` into ``benchmarks/.cache``.
- ``technical``: docstrings of the Python standard library of the running
  interpreter, as wrapped in the source (PSF licence).
- ``nonenglish``: paragraphs of the German, French, Spanish and Italian
  Debian Reference (``apt-get install debian-reference-de ...``; GPL),
  used only as clean text that must not change.
- ``legal``: the licence texts of /usr/share/common-licenses (on every
  Debian system), and ``fortunes``: Debian's fortune cookies (``apt-get
  install fortunes``), both as their authors wrapped them, both added
  after the rules were made and never tuned on.
- ``perldoc``: the POD documentation of Perl's own modules (technical
  prose with POD markup, as its authors wrapped it), added in the tenth
  session as a domain no rule was ever tuned on.
- ``gnuinfo``: the GNU manuals of /usr/share/info (coreutils, grep, sed,
  wget...), as makeinfo wrapped them at 72 columns; added in the twelfth
  session as a domain no rule was ever tuned on.
- ``readmes``: the READMEs and NEWS files of /usr/share/doc, as their
  authors wrapped them; added in the thirteenth session as a domain no rule
  was ever tuned on for recall.
- ``vimdoc``: Vim's help files (/usr/share/vim/vim*/doc), technical prose
  as Bram Moolenaar and others wrapped it at 78 columns; added in the
  seventeenth session as a domain no rule was ever tuned on.
- ``wikipedia``: the English Wikipedia articles of gensim's test data
  (``enwiki-latest-pages-articles1...-shortened.bz2``, CC BY-SA), their
  paragraphs of prose stripped of wiki markup and wrapped here with
  ``textwrap`` at a width drawn per article from 60-79; added in the
  seventeenth session as a domain no rule was ever tuned on.
- ``changelogs``: the upstream changelogs of the installed Debian packages,
  clean technical text full of identifiers, used only as text that must not
  change.

Every source has a ``dev`` part (used while tuning) and a ``test`` part
(held out): the two halves of each source, by a fixed rule.
"""

from __future__ import annotations

import ast
import glob
import gzip
import html.parser
import io
import json
import os
import pickle
import random
import re
import shutil
import subprocess
import sys
import sysconfig
import textwrap
import zipfile
import zlib
from pathlib import Path
from typing import Callable, Iterator

HERE = Path(__file__).resolve().parent
CACHE = HERE / ".cache"
SHARED = Path(os.environ.get("CLEANTEXT_SHARED", HERE.parent.parent / "shared"))
GENSIM = "gensim==4.4.0"

Paragraph = list[str]


def fiction(part: str = "dev") -> list[Paragraph]:
    """alice.txt is dev, pride_and_prejudice.txt is test."""
    name = "alice.txt" if part == "dev" else "pride_and_prejudice.txt"
    path = SHARED / "corpora" / name
    if not path.exists():
        return []
    return [p for p in _paragraphs(path.read_text(encoding="utf-8")) if _is_prose(p)]


def _paragraphs(text: str) -> Iterator[Paragraph]:
    block: Paragraph = []
    for line in text.splitlines():
        if line.strip():
            block.append(line.rstrip())
        elif block:
            yield block
            block = []
    if block:
        yield block


def _is_prose(lines: Paragraph) -> bool:
    """Wrapped prose: two lines or more, not indented verse or a heading."""
    if len(lines) < 2:
        return False
    if any(line.startswith((" ", "\t")) for line in lines):
        return False
    letters = sum(ch.isalpha() for line in lines for ch in line)
    return letters > 0.6 * sum(len(line) for line in lines)


def _gensim_test_file(name: str) -> Path:
    target = CACHE / name
    if target.exists():
        return target
    CACHE.mkdir(parents=True, exist_ok=True)
    wheels = glob.glob(str(CACHE / "gensim-*.whl"))
    if not wheels:
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--only-binary=:all:",
             "-d", str(CACHE), GENSIM],
            check=True,
        )
        wheels = glob.glob(str(CACHE / "gensim-*.whl"))
    with zipfile.ZipFile(wheels[0]) as wheel:
        target.write_bytes(wheel.read(f"gensim/test/test_data/{name}"))
    return target


def news(part: str = "dev") -> list[Paragraph]:
    """lee_background.cor is dev, lee.cor is test; wrapped at 60-79 columns."""
    try:
        path = _gensim_test_file("lee_background.cor" if part == "dev" else "lee.cor")
    except (OSError, subprocess.CalledProcessError, KeyError):
        return []
    rng = random.Random(part)
    out = []
    for article in path.read_text(encoding="utf-8", errors="replace").splitlines():
        article = " ".join(article.split())
        if len(article) < 200:
            continue
        lines = textwrap.wrap(article, width=rng.randint(60, 79))
        if len(lines) >= 2:
            out.append(lines)
    return out


WIKIPEDIA = "enwiki-latest-pages-articles1.xml-p000000010p000030302-shortened.bz2"


def wikipedia(part: str = "dev") -> list[Paragraph]:
    """
    The paragraphs of prose of the English Wikipedia articles in gensim's
    test data (206 pages of 2016; CC BY-SA): links reduced to their text,
    references, templates, tables, lists, headings and any paragraph with
    markup left over dropped; each wrapped with ``textwrap`` at a width drawn
    per article from 60-79. Articles alternate between dev and test. Added
    in the seventeenth session (2026-12-07) as encyclopedic prose, a domain
    no rule was ever tuned on; its test part was measured once, before
    anything was looked at.
    """
    try:
        path = _gensim_test_file(WIKIPEDIA)
    except (OSError, subprocess.CalledProcessError, KeyError):
        return []
    import bz2
    import html

    dump = bz2.decompress(path.read_bytes()).decode("utf-8")
    rng = random.Random(part)
    out: list[Paragraph] = []
    pages = [page for page in re.findall(r"<text[^>]*>(.*?)</text>", dump, re.S) if not page.startswith("#REDIRECT")]
    for number, page in enumerate(pages):
        if number % 2 != (part != "dev"):
            continue
        width = rng.randint(60, 79)
        for paragraph in _wiki_paragraphs(html.unescape(page)):
            lines = textwrap.wrap(paragraph, width=width)
            if len(lines) >= 2:
                out.append(lines)
    return out


_WIKI_TEMPLATE_RE = re.compile(r"\{\{[^{}]*\}\}")
_WIKI_REF_RE = re.compile(r"<ref[^>/]*/>|<ref[^>]*>.*?</ref>|<!--.*?-->", re.S)
_WIKI_LINK_RE = re.compile(r"\[\[(?:[^\[\]|]*\|)?([^\[\]|]*)\]\]")
_WIKI_EXTERNAL_RE = re.compile(r"\[(?:https?|ftp)://\S+ ([^\]]*)\]")


def _wiki_paragraphs(page: str) -> Iterator[str]:
    """The paragraphs of plain prose of a page of wikitext (one a line)."""
    page = _WIKI_REF_RE.sub("", page)
    while True:
        stripped = _WIKI_TEMPLATE_RE.sub("", page)
        if stripped == page:
            break
        page = stripped
    for line in page.splitlines():
        if len(line) < 200 or line[0] in "=*#:;|{!<[ ":
            continue
        line = _WIKI_EXTERNAL_RE.sub(r"\1", _WIKI_LINK_RE.sub(r"\1", line))
        line = line.replace("'''", "").replace("''", "")
        if any(mark in line for mark in ("[", "]", "{", "}", "<", ">", "|", "&", "http")):
            continue
        line = " ".join(line.split())
        if line and sum(ch.isalpha() for ch in line) > 0.7 * len(line):
            yield line


def technical(part: str = "dev") -> list[Paragraph]:
    """Docstring paragraphs of the standard library: modules a-l are dev, m-z test."""
    stdlib = Path(sysconfig.get_paths()["stdlib"])
    out: list[Paragraph] = []
    for path in sorted(stdlib.glob("*.py")):
        first = path.name[0].lower()
        if (part == "dev") != (first <= "l"):
            continue
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"))
        except (SyntaxError, UnicodeDecodeError, ValueError):
            continue
        for node in ast.walk(tree):
            if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
                doc = ast.get_docstring(node, clean=True)
                if doc:
                    out.extend(p for p in _paragraphs(doc) if _is_prose(p) and _is_docstring_prose(p))
    return out


def _is_docstring_prose(lines: Paragraph) -> bool:
    text = " ".join(lines)
    if ">>>" in text or "::" in text or text.startswith(("-", "*", ":", "..")):
        return False
    return all(len(line) >= 20 for line in lines[:-1])


class _ParagraphText(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.paragraphs: list[str] = []
        self._depth = 0
        self._parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "p":
            self._depth += 1
            self._parts = []
        elif tag in ("code", "pre", "tt", "span") and self._depth:
            self._skip += 1 if tag != "span" else 0

    def handle_endtag(self, tag: str) -> None:
        if tag == "p" and self._depth:
            self._depth -= 1
            text = " ".join("".join(self._parts).split())
            if len(text) > 120:
                self.paragraphs.append(text)
        elif tag in ("code", "pre", "tt") and self._skip:
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if self._depth:
            self._parts.append(data if not self._skip else "X")


def nonenglish(part: str = "dev") -> list[Paragraph]:
    """Paragraphs of the Debian Reference in de, fr, es, it (whatever is installed)."""
    out = []
    for lang in ("de", "fr", "es", "it"):
        files = sorted(glob.glob(f"/usr/share/doc/debian-reference-{lang}/docs/ch*.{lang}.html"))
        files = files[0::2] if part == "dev" else files[1::2]
        for name in files:
            parser = _ParagraphText()
            parser.feed(Path(name).read_text(encoding="utf-8", errors="replace"))
            for text in parser.paragraphs:
                if "X" not in text.split():
                    out.append(textwrap.wrap(text, width=72))
    return out


class _Ignored:
    """Stands in for whatever a pickle holds that is not read (numpy arrays)."""

    def __init__(self, *args: object) -> None:
        pass

    def __setstate__(self, state: object) -> None:
        pass


class _BunchUnpickler(pickle.Unpickler):
    """Reads the 20 Newsgroups sample that gensim ships (a pickled
    scikit-learn Bunch) without scikit-learn, and refuses anything else."""

    ALLOWED = {("copy_reg", "_reconstructor"), ("copyreg", "_reconstructor"), ("__builtin__", "dict"),
               ("builtins", "dict"), ("__builtin__", "object"), ("builtins", "object")}

    def find_class(self, module: str, name: str) -> object:
        if name == "Bunch":
            return dict
        if module.split(".")[0] == "numpy":
            return _Ignored  # the labels, as numpy arrays: not needed
        if (module, name) in self.ALLOWED:
            return super().find_class({"__builtin__": "builtins", "copy_reg": "copyreg"}.get(module, module), name)
        raise pickle.UnpicklingError(f"refusing {module}.{name}")


def email(part: str = "dev") -> list[Paragraph]:
    """
    Paragraphs of Usenet posts (the 20 Newsgroups sample in gensim's test
    data), as their authors wrapped them: the headers, quoted lines,
    attributions and signatures dropped. Even-numbered posts are dev, odd ones
    test. Added on 2026-11-28 as text no rule was ever tuned on.
    """
    try:
        path = _gensim_test_file("mini_newsgroup")
    except (OSError, subprocess.CalledProcessError, KeyError):
        return []
    posts = _BunchUnpickler(io.BytesIO(zlib.decompress(path.read_bytes())), encoding="latin-1").load()["data"]
    out = []
    for number, post in enumerate(posts):
        if number % 2 != (part != "dev"):
            continue
        body = post.split("\n\n", 1)[1] if "\n\n" in post else ""
        body = body.split("\n-- \n")[0].split("\n--\n")[0]
        kept = []
        for line in body.splitlines():
            stripped = line.strip()
            if stripped.startswith((">", "|", ":")) or stripped.endswith(("writes:", "wrote:")):
                kept.append("")  # a quotation ends the paragraph
            else:
                kept.append(line.rstrip())
        for lines in _paragraphs("\n".join(kept)):
            if (
                _is_prose(lines)
                and _wrapped(lines)
                and all(line.isascii() and line.isprintable() for line in lines)  # (no terminal escapes)
            ):
                out.append(lines)
    return out


LICENSES = Path("/usr/share/common-licenses")
LEGAL_PARTS = {"dev": ("Apache-2.0", "MPL-2.0", "Artistic", "CC0-1.0"), "test": ("GPL-3", "LGPL-2.1", "GFDL-1.3")}


def legal(part: str = "dev") -> list[Paragraph]:
    """
    Paragraphs of the licence texts every Debian system has in
    /usr/share/common-licenses (base-files), as their authors wrapped them:
    each paragraph dedented by its own indentation; numbered items with a
    hanging indent, headings and lists left out. Added on 2026-12-01 as
    text no rule was ever tuned on (neither part).
    """
    out = []
    for name in LEGAL_PARTS[part]:
        path = LICENSES / name
        if not path.exists():
            continue
        for lines in _dedented_paragraphs(path.read_text(encoding="utf-8")):
            if _is_prose(lines) and _wrapped(lines):
                out.append(lines)
    return out


def _dedented_paragraphs(text: str) -> Iterator[Paragraph]:
    """The paragraphs of ``text``, each dedented by its own indentation;
    those with a hanging indent (a numbered item, a list, a field) left out."""
    for lines in _paragraphs(text):
        if len({len(line) - len(line.lstrip()) for line in lines}) == 1:
            yield [line.strip() for line in lines]


def _texts_of_part(files: list[Path], part: str) -> Iterator[str]:
    """The texts of every other file of ``files`` (from the first for dev,
    from the second for test) that can be read as UTF-8."""
    for number, path in enumerate(files):
        if number % 2 != (part != "dev"):
            continue
        try:
            yield path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue


FORTUNES = Path("/usr/share/games/fortunes")


def fortunes(part: str = "dev") -> list[Paragraph]:
    """
    The fortune cookies of Debian's ``fortunes`` package (``apt-get install
    fortunes``; BSD licence): quotations, jokes and short essays, each as
    its author or editor wrapped it; verse, attributions and anything
    indented left out. Files in alphabetical order alternate between dev
    and test. Added on 2026-12-01 as text no rule was ever tuned on.
    """
    files = sorted(p for p in FORTUNES.glob("*") if p.suffix == "" and p.is_file() and not p.is_symlink())
    out = []
    for text in _texts_of_part(files, part):
        for cookie in text.split("\n%\n"):
            for lines in _paragraphs(cookie):
                if _is_prose(lines) and _wrapped(lines) and all(line.isascii() and line.isprintable() for line in lines):
                    out.append(lines)
    return out


CHANGELOGS = Path("/usr/share/doc")
# At most this many words of each part (the changelogs of a Debian system
# run to millions); each package gives at most PER_PACKAGE paragraphs.
CHANGELOG_WORDS = 400_000
PER_PACKAGE = 60


def changelog_paths(part: str) -> list[Path]:
    """The changelogs of one part: packages in alphabetical order alternate
    between dev and test, from the first."""
    paths = sorted(CHANGELOGS.glob("*/changelog.gz"))
    return [path for number, path in enumerate(paths) if number % 2 == (part != "dev")]


def changelogs(part: str = "dev") -> list[Paragraph]:
    """
    Paragraphs of the upstream changelogs that Debian packages install
    (/usr/share/doc/*/changelog.gz: GNU ChangeLogs, release notes, commit
    logs), as written: technical prose full of identifiers, file names and
    lists (``gpg,sm:``, ``typeMalloc``, ``fallthrough``), used only as
    clean text that must not change. Packages in alphabetical order
    alternate between dev and test; the first PER_PACKAGE paragraphs of
    each, up to CHANGELOG_WORDS words. Whatever is installed: the figures
    depend on the machine. Added on 2026-12-01.
    """
    import gzip

    out: list[Paragraph] = []
    words = 0
    for path in changelog_paths(part):
        try:
            text = gzip.decompress(path.read_bytes()).decode("utf-8")
        except (OSError, UnicodeDecodeError, EOFError):
            continue
        for lines in list(_paragraphs(text))[:PER_PACKAGE]:
            if all(line.isascii() and line.isprintable() for line in lines):
                out.append(lines)
                words += sum(len(line.split()) for line in lines)
        if words >= CHANGELOG_WORDS:
            break
    return out


def copyrights(part: str = "dev") -> list[Paragraph]:
    """
    Paragraphs of the copyright files that Debian packages install
    (/usr/share/doc/*/copyright): licence grants, notices, disclaimers in
    capitals, authors with their addresses, as their maintainers wrapped
    them; each paragraph dedented, hanging indents and the machine-readable
    format's fields and "." lines left out, each paragraph once in both
    parts (many packages copy the same notice). Packages in alphabetical order
    alternate between dev and test. Added at the end of the eighth session
    (2026-12-01); both parts were looked at once before a rule was made
    from them (a word glued to an address): not a held-out measure.
    """
    paths = sorted(CHANGELOGS.glob("*/copyright"))
    out: list[Paragraph] = []
    seen: set[tuple[str, ...]] = set()  # (over both parts: a notice belongs to the first package that has it)
    for number, path in enumerate(paths):
        mine = number % 2 == (part != "dev")
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        for lines in _dedented_paragraphs(text):
            if "." in lines or tuple(lines) in seen:
                continue
            seen.add(tuple(lines))
            if mine and _is_prose(lines) and _wrapped(lines):
                out.append(lines)
    return out


# The modules of the perl package itself (/usr/lib/<arch>/perl/5.x); the
# pure-Perl ones of perl-modules in /usr/share/perl are left for other checks.
PERL_GLOB = "*/perl*/**/*"
# Config.pod alone holds a thousand near-identical paragraphs: at most this
# many from each file.
PER_POD_FILE = 60


def perldoc(part: str = "dev") -> list[Paragraph]:
    """
    The ordinary paragraphs of the POD documentation of Perl's own modules
    (``*.pm`` and ``*.pod`` of the perl package, /usr/lib/<arch>/perl):
    technical prose about functions, options and data structures, with its
    markup as written
    (``C<$SIG{__WARN__}>``, ``L<perlfunc/eval>``); verbatim (indented)
    paragraphs and ``=`` commands left out, at most PER_POD_FILE paragraphs
    a file. Files in alphabetical order alternate between dev and test.
    Added in the tenth session (2026-12-02) as text no rule was ever tuned
    on; its test part was measured once, before anything was looked at.
    """
    files = sorted(p for p in Path("/usr/lib").glob(PERL_GLOB) if p.suffix in (".pm", ".pod"))
    out: list[Paragraph] = []
    for text in _texts_of_part(files, part):
        kept = []
        in_pod = False
        for line in text.splitlines():
            if line.startswith("="):
                in_pod = not line.startswith("=cut")
                kept.append("")  # a command is a paragraph of its own
            else:
                kept.append(line.rstrip() if in_pod else "")
        taken = 0
        for lines in _paragraphs("\n".join(kept)):
            if (
                _is_prose(lines)
                and _wrapped(lines)
                and all(line.isascii() and line.isprintable() for line in lines)
            ):
                out.append(lines)
                taken += 1
                if taken == PER_POD_FILE:
                    break
    return out


# The prose documents of /usr/share/doc besides changelogs and copyright
# files: a package's README (README.Debian, README.md...) and NEWS files.
README_NAMES = ("README", "NEWS")
# A package gives at most this many paragraphs (a few long NEWS files would
# otherwise be most of the source).
PER_PACKAGE = 60


def read_text(path: Path) -> str | None:
    """A document of /usr/share/doc as text: gunzipped if its name ends in
    .gz, decoded as UTF-8; None if it cannot be read so."""
    try:
        data = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
        return data.decode("utf-8")
    except (OSError, EOFError, UnicodeDecodeError):
        return None


def readmes(part: str = "dev") -> list[Paragraph]:
    """
    The prose paragraphs of the READMEs and NEWS files that Debian packages
    install (/usr/share/doc/*/README*, NEWS*; plain, Markdown or
    reStructuredText, gzipped or not, not HTML), as their authors and
    maintainers wrapped them: install notes, release notes, how-tos. Each
    paragraph dedented, hanging indents, lists and tables left out, each
    once over both parts. Packages in alphabetical order alternate between
    dev and test; at most PER_PACKAGE paragraphs a package. Added in the
    thirteenth session (2026-12-07) as a domain no rule was ever tuned on
    for recall (its documents are among clean_docs.py's, as clean text);
    its test part was measured once, before anything was looked at.
    """
    packages = sorted(p for p in CHANGELOGS.iterdir() if p.is_dir())
    out: list[Paragraph] = []
    seen: set[tuple[str, ...]] = set()
    for number, package in enumerate(packages):
        mine = number % 2 == (part != "dev")
        taken = 0
        for path in sorted(package.iterdir()):
            if not path.name.startswith(README_NAMES) or ".htm" in path.name or not path.is_file():
                continue
            text = read_text(path)
            if text is None:
                continue
            for lines in _dedented_paragraphs(text):
                if tuple(lines) in seen:
                    continue
                seen.add(tuple(lines))
                if (
                    mine
                    and taken < PER_PACKAGE
                    and _is_prose(lines)
                    and _wrapped(lines)
                    and not any(line.startswith(("* ", "- ", "+ ", "#", "|", ">")) for line in lines)
                    and all(line.isprintable() for line in lines)
                ):
                    out.append(lines)
                    taken += 1
    return out


INFO = Path("/usr/share/info")
# A manual gives at most this many paragraphs, spread over it (coreutils and
# gettext would otherwise be most of the source).
PER_MANUAL = 200


def gnuinfo(part: str = "dev") -> list[Paragraph]:
    """
    The prose paragraphs of the GNU manuals installed in Info format
    (``/usr/share/info/*.info*.gz``: coreutils, diffutils, findutils, grep,
    sed, gzip, wget, gettext, gnupg...; GFDL), as makeinfo wrapped them:
    the paragraphs of the text and of its tables (dedented), not menus,
    headings, node lines, examples or the licences they append. Manuals in alphabetical order
    alternate between dev and test; at most PER_MANUAL paragraphs of each,
    taken at an even stride. Added in the twelfth session (2026-12-06) as a
    domain no rule was ever tuned on; its test part was measured once,
    before anything was looked at.
    """
    manuals: dict[str, list[Path]] = {}
    for path in sorted(INFO.glob("*.info*.gz")):
        manuals.setdefault(path.name.split(".info")[0], []).append(path)
    out: list[Paragraph] = []
    for number, name in enumerate(sorted(manuals)):
        if number % 2 != (part != "dev"):
            continue
        kept: list[Paragraph] = []
        for path in manuals[name]:
            try:
                text = gzip.decompress(path.read_bytes()).decode("utf-8")
            except (OSError, UnicodeDecodeError, EOFError):
                continue
            nodes = [node for node in text.split("\x1f") if not _LICENCE_NODE_RE.search(_info_node_name(node))]
            for lines in _dedented_paragraphs("\n".join(nodes)):
                if (
                    _is_prose(lines)
                    and _wrapped(lines)
                    and not any(line.startswith(("* ", "File: ")) for line in lines)
                    and all(line.isprintable() for line in lines)
                    and not lines[0].startswith("Permission is granted")  # (every manual's licence notice)
                ):
                    kept.append(lines)
        stride = max(1, -(-len(kept) // PER_MANUAL))
        out.extend(kept[::stride])
    return out


_LICENCE_NODE_RE = re.compile(r"Licen[cs]e|Copying|GNU [A-Z]*GPL|FDL")


def _info_node_name(node: str) -> str:
    """The name of an Info node, from the header line it starts with."""
    header = node.lstrip("\n").split("\n", 1)[0]
    start = header.find("Node: ")
    return header[start + 6:].split(",", 1)[0] if start >= 0 else ""


MAN = Path("/usr/share/man")
MAN_SECTIONS = ("man1", "man5", "man7", "man8")
# A page gives at most this many paragraphs, spread over it (a few long pages,
# perlre or bash, would otherwise be most of the source).
PER_PAGE = 10
# Lines indented less than this in a page as man formats it are headings.
MAN_BODY_INDENT = 7


def manpages(part: str = "dev") -> list[Paragraph]:
    """
    The prose paragraphs of the installed manual pages (sections 1, 5, 7 and
    8 of /usr/share/man, in English), as ``man`` formats them for an
    80-column terminal, without justification or hyphenation (``MANWIDTH=80
    man --nj --nh``): descriptions of commands, options, files and concepts,
    wrapped by groff, not by their authors. Headings, NAME and SYNOPSIS,
    the tag lines of options, lists and examples are left out; each
    paragraph once over both parts. The ~16,000 generated ``gcloud_*``
    pages are left out (one program's reference would be most of the
    source). Pages in alphabetical order alternate between dev and test; at
    most PER_PAGE paragraphs of each, taken at an even stride. Formatting
    every page takes a minute or two, so the result is kept in
    ``benchmarks/.cache``. Added in the eighteenth session (2026-12-07) as
    a domain no rule was ever tuned on; its test part was measured once,
    before anything was looked at.
    """
    pages = sorted(
        path
        for section in MAN_SECTIONS
        for path in (MAN / section).glob("*.gz")
        if not path.name.startswith("gcloud")
    )
    if not pages or not shutil.which("man"):
        return []
    key = zlib.crc32("\n".join(str(path) for path in pages).encode())
    cache = CACHE / f"manpages-{key:08x}.json"
    if cache.exists():
        rendered = json.loads(cache.read_text(encoding="utf-8"))
    else:
        from concurrent.futures import ThreadPoolExecutor

        with ThreadPoolExecutor(os.cpu_count() or 1) as pool:
            rendered = list(pool.map(_man_paragraphs, pages))
        CACHE.mkdir(parents=True, exist_ok=True)
        cache.write_text(json.dumps(rendered), encoding="utf-8")
    out: list[Paragraph] = []
    seen: set[tuple[str, ...]] = set()
    for number, paragraphs in enumerate(rendered):
        kept = []
        for lines in paragraphs:
            if tuple(lines) not in seen:
                seen.add(tuple(lines))
                kept.append(lines)
        if number % 2 == (part != "dev"):
            stride = max(1, -(-len(kept) // PER_PAGE))
            out.extend(kept[::stride])
    return out


def _man_paragraphs(path: Path) -> list[Paragraph]:
    """The paragraphs of prose of one manual page, as ``man`` formats it."""
    env = dict(os.environ, MANWIDTH="80", LANG="C.UTF-8", LC_ALL="C.UTF-8")
    try:
        page = subprocess.run(
            ["man", "--nj", "--nh", "-l", str(path)], capture_output=True, env=env, timeout=60
        ).stdout.decode("utf-8", "replace")
    except (OSError, subprocess.SubprocessError):
        return []
    page = re.sub(r".\x08", "", page).expandtabs()  # overstrike (bold, underline) if any
    body: list[str] = []
    section = ""
    for line in page.splitlines()[1:-1]:  # the header and footer lines
        indent = len(line) - len(line.lstrip())
        if line.strip() and indent < MAN_BODY_INDENT:
            if indent == 0:
                section = line.strip()
            body.append("")
        else:
            body.append("" if section in ("NAME", "SYNOPSIS") else line.rstrip())
    out = []
    for block in _paragraphs("\n".join(body)):
        run: Paragraph = []
        for line in block + [""]:  # a run of lines indented alike
            if run and (not line or len(line) - len(line.lstrip()) != len(run[0]) - len(run[0].lstrip())):
                lines = [text.strip() for text in run]
                if (
                    _is_prose(lines)
                    and _wrapped(lines)
                    and not any(text.startswith(("-", "+", "*", "\u2022", "\u00b7", "#", "$")) for text in lines)
                    and all(text.isprintable() for text in lines)
                ):
                    out.append(lines)
                run = []
            if line:
                run.append(line)
    return out


VIM_DOCS = sorted(glob.glob("/usr/share/vim/vim*/doc"))
# A help file gives at most this many paragraphs, spread over it (the
# reference files would otherwise be most of the source).
PER_HELP_FILE = 100


def vimdoc(part: str = "dev") -> list[Paragraph]:
    """
    The prose paragraphs of Vim's help files (``apt-get install vim-runtime``;
    the Vim licence), as their authors wrapped them at 78 columns: the user
    manual and the reference, not headings, tag lines, examples (a line
    ending in `` >`` starts one), tables or lists. Help files in
    alphabetical order alternate between dev and test; at most
    PER_HELP_FILE paragraphs of each, taken at an even stride. Added in the
    seventeenth session (2026-12-07) as a domain no rule was ever tuned on;
    its test part was measured once, before anything was looked at.
    """
    if not VIM_DOCS:
        return []
    files = sorted(Path(VIM_DOCS[-1]).glob("*.txt"))
    out: list[Paragraph] = []
    for text in _texts_of_part(files, part):
        kept: list[Paragraph] = []
        for lines in _dedented_paragraphs(text):
            if (
                _is_prose(lines)
                and _wrapped(lines)
                and not any(line.startswith(("*", "-", "+", "|", ">", "=", "<", ":", "CTRL-")) for line in lines)
                and not any(line.endswith((" >", "~", "<", "*")) or "\t" in line or line == ">" for line in lines)
                and all(line.isprintable() for line in lines)
            ):
                kept.append(lines)
        stride = max(1, -(-len(kept) // PER_HELP_FILE))
        out.extend(kept[::stride])
    return out


def _wrapped(lines: Paragraph) -> bool:
    """Hard-wrapped prose: every line but the last within 20 columns of the
    longest, which is 50-80 (not a list, a table or verse)."""
    width = max(len(line) for line in lines)
    return 50 <= width <= 80 and all(len(line) >= width - 20 for line in lines[:-1])


SOURCES = {
    "fiction": fiction,
    "news": news,
    "email": email,
    "technical": technical,
    "nonenglish": nonenglish,
    "legal": legal,
    "fortunes": fortunes,
    "changelogs": changelogs,
    "copyrights": copyrights,
    "perldoc": perldoc,
    "gnuinfo": gnuinfo,
    "readmes": readmes,
    "vimdoc": vimdoc,
    "wikipedia": wikipedia,
    "manpages": manpages,
}


def run(main: Callable[[], int]) -> int:
    """Run a benchmark's ``main``; when its reader stops early (``| head``),
    end quietly with 0 as the command-line tool does, not with a traceback."""
    try:
        return main()
    except BrokenPipeError:
        # (Python flushes stdout at exit: point it at /dev/null first.)
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
