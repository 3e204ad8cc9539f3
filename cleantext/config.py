"""
The one frozen configuration of cleantext, and its presets.

Every boolean field that names a fixer (``fix_line_breaks``, ``fix_mojibake``,
``fix_broken_hyphens``, ``split_glued_words``, ``normalize_whitespace``) is
also the name of the function that does the work and of the step that
``fix_and_explain`` reports, so one word means one thing everywhere.

The defaults *repair* and never *restyle*: curly quotes, dashes, full-width
characters, ligatures, accents (composed or not) and HTML entities are left
as they are. Each restyling is an opt-in field; the ``WEB`` preset turns on the
ones that text scraped from web pages usually needs.
"""

from __future__ import annotations

from typing import Any, Literal, NamedTuple, Optional

from cleantext.errors import ConfigError

#: The fixers of the default pipeline, in the order they run.
PIPELINE = (
    "fix_line_breaks",
    "fix_mojibake",
    "unwrap",
    "fix_broken_hyphens",
    "split_glued_words",
    "normalize_whitespace",
)

EOL_CHOICES = ("keep", "lf", "crlf")
NORMALIZATION_CHOICES = (None, "NFC", "NFKC")


class _Fields(NamedTuple):
    """The fields of :class:`Config`, with their defaults (a typed NamedTuple,
    as ftfy's TextFixerConfig: immutable, cheap to import and to compare)."""

    #: CR, NEL, U+2028 and U+2029 become line breaks. CRLF files keep CRLF.
    fix_line_breaks: bool = True
    #: Line breaks of the output: "keep" (as the input had them), "lf" or "crlf".
    eol: Literal["keep", "lf", "crlf"] = "keep"

    #: Mojibake, C1 and other control characters, ANSI escapes, surrogates (ftfy).
    fix_mojibake: bool = True
    #: Opt-in restyling, passed to ftfy when ``fix_mojibake`` runs:
    #: decode HTML entities (``&amp;`` -> ``&``)...
    unescape_html: bool = False
    #: ...turn curly quotes into straight ones...
    uncurl_quotes: bool = False
    #: ...turn full-width and half-width forms into normal width...
    fix_character_width: bool = False
    #: ...split Latin ligatures (``ﬁ`` -> ``fi``)...
    fix_latin_ligatures: bool = False
    #: ...and apply a Unicode normalization form (None, "NFC" or "NFKC").
    normalization: Optional[Literal["NFC", "NFKC"]] = None

    #: Opt-in: join hard-wrapped paragraphs into one line each (verse, lists,
    #: tables, code and headings stay as they are).
    unwrap: bool = False

    #: ``Pakistan- controlled`` -> ``Pakistan-controlled``; suspended hyphens stay.
    fix_broken_hyphens: bool = True

    #: Restore spaces lost where wrapped lines were joined (``withRussia``).
    split_glued_words: bool = True

    #: Zero-width spaces, trailing whitespace, blank lines at the start and
    #: at the end (a text that ends mid-line is not given a newline).
    normalize_whitespace: bool = True
    #: Opt-in restyling, when ``normalize_whitespace`` runs: runs of spaces
    #: inside a line become one space, exotic spaces (no-break, ideographic,
    #: en and em...) plain ones, runs of blank lines one blank line. (Not by
    #: default: two spaces after a full stop, columns, aligned code, the
    #: padded day of a date and the blank lines between sections are how
    #: clean text is written.)
    collapse_whitespace: bool = False



class Config(_Fields):
    """
    Which fixers run, and how. Immutable; ``replace()`` makes a changed copy.

    >>> Config().split_glued_words
    True
    >>> Config(split_glued_words=False).replace(uncurl_quotes=True).uncurl_quotes
    True
    """

    __slots__ = ()

    def __new__(cls, *args: Any, **kwargs: Any) -> "Config":
        self = super().__new__(cls, *args, **kwargs)
        if self.eol not in EOL_CHOICES:
            raise ConfigError(f"eol must be one of {', '.join(EOL_CHOICES)}, not {self.eol!r}")
        if self.normalization not in NORMALIZATION_CHOICES:
            raise ConfigError(f"normalization must be None, 'NFC' or 'NFKC', not {self.normalization!r}")
        for name in BOOL_FIELDS:
            if not isinstance(getattr(self, name), bool):
                raise ConfigError(f"{name} must be True or False")
        return self

    def replace(self, **changes: Any) -> "Config":
        """A copy with some fields changed; unknown names are an error."""
        unknown = set(changes) - FIELD_NAMES
        if unknown:
            names = ", ".join(sorted(unknown))
            raise ConfigError(f"unknown option(s): {names}; known: {', '.join(sorted(FIELD_NAMES))}")
        return Config(**{**self._asdict(), **changes})

    def enabled_fixers(self) -> tuple[str, ...]:
        """The pipeline steps this configuration runs, in order."""
        return tuple(name for name in PIPELINE if getattr(self, name))


FIELD_NAMES = frozenset(_Fields._fields)
BOOL_FIELDS = tuple(name for name, default in _Fields._field_defaults.items() if isinstance(default, bool))

#: Repair only; the default of ``fix()``.
DEFAULT = Config()
#: For text scraped from web pages: also decode HTML entities, apply NFC and
#: collapse whitespace (which HTML never meant).
WEB = Config(unescape_html=True, normalization="NFC", collapse_whitespace=True)

PRESETS = {"default": DEFAULT, "web": WEB}


def resolve(config: Config | None, overrides: dict[str, Any]) -> Config:
    """The configuration that ``fix(text, config, **overrides)`` means."""
    if config is None:
        config = DEFAULT
    elif not isinstance(config, Config):
        raise TypeError(f"config must be a cleantext.Config, not {type(config).__name__}")
    return config.replace(**overrides) if overrides else config
