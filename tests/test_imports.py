"""The public API is what the docs say, and stays importable without side effects."""

from __future__ import annotations

import cleantext


def test_public_api() -> None:
    for name in ("fix", "fix_and_explain", "Config", "DEFAULT", "WEB", "PRESETS", "CleantextError", "__version__"):
        assert hasattr(cleantext, name), name
    assert cleantext.DEFAULT == cleantext.Config()
    assert cleantext.WEB.unescape_html


def test_errors_carry_exit_codes() -> None:
    assert issubclass(cleantext.ConfigError, ValueError)
    for error in (cleantext.ConfigError, cleantext.InputError, cleantext.OutputError):
        assert error("x").exit_code == 2
