"""
Errors that cleantext raises on purpose. Each carries the exit code the
command line reports for it, so the CLI never has to guess.
"""

from __future__ import annotations


class CleantextError(Exception):
    """Base class: a problem with the input or the options, not a bug."""

    exit_code = 2


class ConfigError(CleantextError, ValueError):
    """An option has a bad name or value."""


class InputError(CleantextError):
    """An input cannot be read or decoded: missing, a directory, binary..."""


class OutputError(CleantextError):
    """The output cannot be written, or would overwrite an input."""
