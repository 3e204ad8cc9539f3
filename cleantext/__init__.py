"""
cleantext repairs damaged text and leaves correct text alone.

>>> import cleantext
>>> cleantext.fix("cooperation withRussia, told Sputnik inan interview.")
'cooperation with Russia, told Sputnik in an interview.'
>>> cleantext.fix("CafÃ© “déjà vu”", split_glued_words=False)
'Café “déjà vu”'

The default pipeline (:data:`cleantext.config.PIPELINE`) runs, in order:
``fix_line_breaks``, ``fix_mojibake``, ``fix_broken_hyphens``,
``split_glued_words`` and ``normalize_whitespace``. Each is a field of
:class:`Config` and can be turned off by name; restyling (straight quotes,
NFKC, HTML entities, collapsed whitespace...) is opt-in.
"""

from __future__ import annotations

from typing import Any, Optional

from cleantext._version import __version__
from cleantext.config import DEFAULT, PIPELINE, PRESETS, WEB, Config, resolve
from cleantext.edits import Change
from cleantext.errors import CleantextError, ConfigError, InputError, OutputError
from cleantext.pipeline import Explained, Fixer, fix_stream

__all__ = [
    "Change",
    "CleantextError",
    "Config",
    "ConfigError",
    "DEFAULT",
    "Explained",
    "Fixer",
    "InputError",
    "OutputError",
    "PIPELINE",
    "PRESETS",
    "WEB",
    "__version__",
    "fix",
    "fix_and_explain",
    "fix_stream",
]

_BYTES_MESSAGE = (
    "cleantext.fix() takes str, not bytes: decode first (e.g. data.decode('utf-8', 'replace')), "
    "or use the `cleantext fix` command, which detects the encoding"
)


def _check_text(text: Any) -> None:
    if isinstance(text, (bytes, bytearray, memoryview)):
        raise TypeError(_BYTES_MESSAGE)
    if not isinstance(text, str):
        raise TypeError(f"cleantext.fix() takes str, not {type(text).__name__}")


def fix(text: str, config: Optional[Config] = None, **overrides: Any) -> str:
    """
    Repair ``text`` with the default pipeline, or ``config`` with
    ``overrides`` (field names of :class:`Config`) applied on top.

    The result is a fixed point: ``fix(fix(text)) == fix(text)``.
    """
    _check_text(text)
    fixer = Fixer(resolve(config, overrides))
    return fixer.feed(text) + fixer.close()


def fix_and_explain(text: str, config: Optional[Config] = None, **overrides: Any) -> Explained:
    """
    Like :func:`fix`, and also every change: which fixer, where in ``text``
    (offsets, line and column), what was replaced by what, and why.

    >>> result = fix_and_explain("on the rise.Russia has")
    >>> result.text
    'on the rise. Russia has'
    >>> [(c.fixer, c.column, c.old, c.new) for c in result.changes]
    [('split_glued_words', 13, '', ' ')]
    """
    _check_text(text)
    fixer = Fixer(resolve(config, overrides), explain=True)
    fixed = fixer.feed(text) + fixer.close()
    changes = sorted(fixer.changes, key=lambda c: (c.start, c.end))
    return Explained(fixed, changes)
