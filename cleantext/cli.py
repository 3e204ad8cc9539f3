"""
The ``cleantext`` command: a thin streaming shell over the library.

    cleantext fix [FILE ...] [-o OUT | -i] [--check | --diff | --explain]

Exit codes: 0 done, 1 ``--check`` found something to fix, 2 error (one line
on stderr, no traceback, no partial output file), 130/143 interrupted.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
from typing import BinaryIO, Callable, Iterable, NoReturn, Optional, Sequence

from cleantext import __version__
from cleantext.config import PIPELINE, PRESETS, Config
from cleantext.errors import CleantextError, ConfigError, InputError, OutputError
from cleantext.io import AtomicWriter, DecodeReport, decode_stream, file_identity, open_input
from cleantext.pipeline import Fixer

PROG = "cleantext"


class _UsageError(Exception):
    pass


class _Terminated(BaseException):
    """Raised by the SIGTERM handler so that cleanup code runs."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise _UsageError(message)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog=PROG, description="Repair damaged text; leave correct text alone.")
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    fix = commands.add_parser(
        "fix",
        help="repair text files (or standard input) and write the result",
        description="Repair text: mojibake, glued words, broken hyphens, messy whitespace. "
        "Writes to standard output unless -o or -i is given.",
        epilog=f"fixers, in order: {', '.join(PIPELINE)}. "
        "Exit status: 0 ok, 1 --check found changes, 2 error.",
    )
    fix.add_argument("files", nargs="*", metavar="FILE", help="files to fix; none or - reads standard input")
    where = fix.add_mutually_exclusive_group()
    where.add_argument("-o", "--output", metavar="PATH", help="write the result to PATH (atomically)")
    where.add_argument("-i", "--in-place", action="store_true", help="rewrite each FILE atomically")
    mode = fix.add_mutually_exclusive_group()
    mode.add_argument("--check", action="store_true", help="list files that would change; exit 1 if any")
    mode.add_argument("--diff", action="store_true", help="print a unified diff of what would change")
    mode.add_argument("--explain", action="store_true", help="list every change: line:column, fixer, before -> after")
    fix.add_argument("--skip", action="append", default=[], metavar="NAME", help="turn a fixer off (repeatable)")
    fix.add_argument("--only", action="append", default=[], metavar="NAME", help="run only these fixers (repeatable)")
    fix.add_argument("--preset", choices=sorted(PRESETS), default="default", help="start from a preset")
    fix.add_argument("--eol", choices=["keep", "lf", "crlf"], help="line breaks of the output (default: keep)")
    fix.add_argument("--encoding", metavar="ENC", help="decode input with ENC instead of detecting UTF-8/16/32")
    fix.add_argument(
        "-j", "--jobs", type=_jobs, default=1, metavar="N",
        help="fix blocks of text in N worker processes (0: one per core); the output is the same",
    )
    fix.add_argument("--unwrap", action="store_true", help="join hard-wrapped paragraphs into one line each")
    style = fix.add_argument_group("restyling (off by default)")
    style.add_argument("--uncurl-quotes", action="store_true", help="curly quotes to straight ones")
    style.add_argument("--unescape-html", action="store_true", help="decode HTML entities (&amp; -> &)")
    style.add_argument("--fix-character-width", action="store_true", help="full-width forms to normal width")
    style.add_argument("--fix-latin-ligatures", action="store_true", help="split ligatures (ﬁ -> fi)")
    style.add_argument("--normalization", choices=["NFC", "NFKC"], help="apply a Unicode normalization form")
    style.add_argument(
        "--collapse-whitespace", action="store_true",
        help="runs of spaces and of blank lines to one, exotic spaces to plain ones",
    )
    return parser


def _jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"--jobs takes a number, not {value!r}") from None
    if jobs < 0:
        raise argparse.ArgumentTypeError("--jobs must be 0 (one per core) or more")
    return jobs or (os.cpu_count() or 1)


def config_from_args(args: argparse.Namespace) -> Config:
    config = PRESETS[args.preset]
    overrides: dict[str, object] = {}
    only = _fixer_names(args.only, "--only")
    if only:
        overrides.update({name: name in only for name in PIPELINE})
    for name in _fixer_names(args.skip, "--skip"):
        overrides[name] = False
    for flag in ("unwrap", "uncurl_quotes", "unescape_html", "fix_character_width", "fix_latin_ligatures", "collapse_whitespace"):
        if getattr(args, flag):
            overrides[flag] = True
    if args.normalization:
        overrides["normalization"] = args.normalization
    if args.eol:
        overrides["eol"] = args.eol
    return config.replace(**overrides)


def _fixer_names(values: Iterable[str], option: str) -> set[str]:
    names = {name.strip().replace("-", "_") for value in values for name in value.split(",") if name.strip()}
    unknown = names - set(PIPELINE)
    if unknown:
        raise ConfigError(f"{option}: unknown fixer {sorted(unknown)[0]!r}; known: {', '.join(PIPELINE)}")
    return names


def main(argv: Optional[Sequence[str]] = None) -> int:
    """Run the command line; returns the exit status."""
    previous = signal.getsignal(signal.SIGTERM)
    try:
        signal.signal(signal.SIGTERM, _on_sigterm)
    except ValueError:  # not the main thread (e.g. an embedding host)
        previous = None
    try:
        return _main(argv)
    except _UsageError as error:
        _say(f"error: {error} (see `{PROG} fix --help`)")
        return 2
    except CleantextError as error:
        _say(f"error: {error}")
        return error.exit_code
    except KeyboardInterrupt:
        _say("interrupted")
        return 130
    except _Terminated:
        _say("terminated")
        return 143
    except BrokenPipeError:
        _silence_stdout()
        return 0
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


def _on_sigterm(signum: int, frame: object) -> None:
    raise _Terminated()


def _worker_init() -> None:
    """Worker processes die quietly with the command: SIGTERM ends them
    (the parent cleans up), Ctrl-C is for the parent to handle."""
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _say(message: str) -> None:
    try:
        print(f"{PROG}: {message}", file=sys.stderr, flush=True)
    except OSError:
        pass


def _silence_stdout() -> None:
    """After a closed pipe, point stdout at /dev/null so that the final
    flush at exit does not raise again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass


def _main(argv: Optional[Sequence[str]]) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command != "fix":
        parser.print_help(sys.stderr)
        return 2
    config = config_from_args(args)
    files = args.files or ["-"]
    if args.in_place and "-" in files:
        raise _UsageError("--in-place needs files, not standard input")
    if args.in_place and (args.check or args.diff or args.explain):
        raise _UsageError("--in-place cannot be combined with --check, --diff or --explain")
    if files.count("-") > 1:
        raise _UsageError("standard input can be read only once")
    for path in files:
        if path != "-":
            _check_readable(path)
    _refuse_self_overwrite(files, args)
    return _run(files, args, config)


def _check_readable(path: str) -> None:
    if not os.path.lexists(path):
        raise InputError(f"{path}: no such file")
    if os.path.isdir(path):
        raise InputError(f"{path}: is a directory")
    if not os.path.exists(path):
        raise InputError(f"{path}: broken symbolic link")
    if not os.access(path, os.R_OK):
        raise InputError(f"{path}: permission denied")


def _refuse_self_overwrite(files: list[str], args: argparse.Namespace) -> None:
    inputs = {file_identity(path): path for path in files if path != "-"}
    inputs.pop(None, None)
    if not inputs:
        return
    if args.output is not None:
        target = file_identity(args.output)
        if target in inputs:
            raise OutputError(f"{args.output}: is the input {inputs[target]}; use -i to rewrite a file in place")
    elif not args.in_place and not (args.check or args.diff or args.explain):
        try:
            target = file_identity(sys.stdout.fileno())
        except (AttributeError, ValueError, OSError):
            target = None
        if target in inputs:
            raise OutputError(f"standard output is the input {inputs[target]}; use -i to rewrite a file in place")


def _display_name(path: str) -> str:
    return "<stdin>" if path == "-" else path


def _source(path: str) -> tuple[BinaryIO, bool]:
    if path == "-":
        return sys.stdin.buffer, False
    return open_input(path), True


def _fixed_pieces(path: str, config: Config, encoding: Optional[str], fixer: Fixer,
                  report: DecodeReport, on_input: Optional[Callable[[str], None]] = None) -> Iterable[str]:
    """Yield the fixed text of one input, piece by piece."""
    stream, owned = _source(path)
    try:
        for text in decode_stream(stream, _display_name(path), encoding, report):
            if on_input is not None:
                on_input(text)
            out = fixer.feed(text)
            if out:
                yield out
        out = fixer.close()
        if out:
            yield out
    finally:
        if owned:
            stream.close()
    if report.fallback_bytes:
        _say(
            f"note: {_display_name(path)}: {report.fallback_bytes} byte(s) were not UTF-8 "
            f"(first at byte {report.first_fallback_offset}); read them as Windows-1252"
        )


def _run(files: list[str], args: argparse.Namespace, config: Config) -> int:
    if args.jobs > 1 and not (args.diff or args.explain):
        from concurrent.futures import ProcessPoolExecutor

        pool = ProcessPoolExecutor(max_workers=args.jobs, initializer=_worker_init)
        try:
            return _run_modes(files, args, config, lambda: Fixer(config, pool=pool, workers=args.jobs))
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
    return _run_modes(files, args, config, lambda: Fixer(config))


def _run_modes(files: list[str], args: argparse.Namespace, config: Config, new_fixer: Callable[[], Fixer]) -> int:
    if args.check:
        return _run_check(files, args, config, new_fixer)
    if args.diff:
        return _run_diff(files, args, config)
    if args.explain:
        return _run_explain(files, args, config)
    if args.in_place:
        status = 0
        for path in files:
            try:
                _fix_in_place(path, args, config, new_fixer)
            except CleantextError as error:
                _say(f"error: {error}")
                status = 2
        return status
    if args.output is not None:
        writer = AtomicWriter(args.output)
        try:
            for path in files:
                for piece in _fixed_pieces(path, config, args.encoding, new_fixer(), DecodeReport()):
                    writer.write(piece.encode("utf-8", "surrogatepass"))
            writer.commit()
        finally:
            writer.discard()
        return 0
    out = sys.stdout.buffer
    for path in files:
        for piece in _fixed_pieces(path, config, args.encoding, new_fixer(), DecodeReport()):
            out.write(piece.encode("utf-8", "surrogatepass"))
        out.flush()
    return 0


def _output_encoding(report: DecodeReport) -> str:
    """In-place rewrites keep UTF-16/32 files in their encoding; all else is UTF-8."""
    return report.encoding if report.encoding.startswith(("utf-16", "utf-32")) else "utf-8"


def _fix_in_place(path: str, args: argparse.Namespace, config: Config, new_fixer: Callable[[], Fixer]) -> None:
    import codecs

    writer = AtomicWriter(path)
    try:
        report = DecodeReport()
        encoder = None
        for piece in _fixed_pieces(path, config, args.encoding, new_fixer(), report):
            if encoder is None:
                encoder = codecs.getincrementalencoder(_output_encoding(report))("surrogatepass")
            writer.write(encoder.encode(piece))
        if encoder is not None:
            writer.write(encoder.encode("", final=True))
        if writer.same_as(path):
            return  # nothing to fix: the file, and its mtime, stay as they are
        writer.commit()
    finally:
        writer.discard()


def _run_check(files: list[str], args: argparse.Namespace, config: Config, new_fixer: Callable[[], Fixer]) -> int:
    import hashlib  # (only --check needs it: 6-8 ms of every start otherwise)

    changed = 0
    for path in files:
        before = hashlib.blake2b()
        after = hashlib.blake2b()
        raw: list[int] = [0, 0]

        def seen(text: str) -> None:
            data = text.encode("utf-8", "surrogatepass")
            before.update(data)
            raw[0] += len(data)

        report = DecodeReport()
        for piece in _fixed_pieces(path, config, args.encoding, new_fixer(), report, seen):
            data = piece.encode("utf-8", "surrogatepass")
            after.update(data)
            raw[1] += len(data)
        if report.fallback_bytes or raw[0] != raw[1] or before.digest() != after.digest():
            changed += 1
            print(f"would fix: {_display_name(path)}", flush=True)
    if changed:
        _say(f"{changed} file(s) would change")
    return 1 if changed else 0


def _run_diff(files: list[str], args: argparse.Namespace, config: Config) -> int:
    import difflib

    for path in files:
        original: list[str] = []
        fixed = "".join(_fixed_pieces(path, config, args.encoding, Fixer(config), DecodeReport(), original.append))
        name = _display_name(path)
        diff = difflib.unified_diff(
            "".join(original).splitlines(keepends=True),
            fixed.splitlines(keepends=True),
            fromfile=f"a{name}" if name.startswith("/") else f"a/{name}",
            tofile=f"b{name}" if name.startswith("/") else f"b/{name}",
        )
        for line in diff:
            sys.stdout.write(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n")
    sys.stdout.flush()
    return 0


def _run_explain(files: list[str], args: argparse.Namespace, config: Config) -> int:
    for path in files:
        fixer = Fixer(config, explain=True)
        for _ in _fixed_pieces(path, config, args.encoding, fixer, DecodeReport()):
            pass
        name = _display_name(path)
        for change in sorted(fixer.changes, key=lambda c: (c.start, c.end)):
            note = f"  ({change.note})" if change.note else ""
            print(f"{name}:{change.line}:{change.column}: {change.fixer}: {change.old!r} -> {change.new!r}{note}")
    sys.stdout.flush()
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
