"""The command line, in-process (main(argv)) and once through a real process."""

from __future__ import annotations

import io
import os
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from cleantext import cli
from cleantext.cli import main

SEED = Path("seeds/000_c0d05a08d663e731.txt")
EXPECTED = Path("seeds/000_c0d05a08d663e731.expected.txt")


class _Stdin(io.TextIOWrapper):
    pass


def set_stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", _Stdin(io.BytesIO(data), encoding="utf-8"))


def run(argv: list[str], capsysbinary: pytest.CaptureFixture[bytes]) -> tuple[int, bytes, str]:
    code = main(argv)
    captured = capsysbinary.readouterr()
    return code, captured.out, captured.err.decode("utf-8")


def one_line_error(err: str) -> None:
    assert err.count("\n") == 1 and err.startswith("cleantext: error: "), err
    assert "Traceback" not in err


@pytest.fixture
def damaged(tmp_path: Path) -> Path:
    path = tmp_path / "damaged.txt"
    path.write_bytes(b"cooperation withRussia inan interview  \n\n\n")
    return path


def test_stdin_to_stdout(monkeypatch: pytest.MonkeyPatch, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    set_stdin(monkeypatch, SEED.read_bytes())
    code, out, err = run(["fix"], capsysbinary)
    assert (code, out, err) == (0, EXPECTED.read_bytes(), "")


def test_dash_reads_stdin_between_files(
    monkeypatch: pytest.MonkeyPatch, capsysbinary: pytest.CaptureFixture[bytes], damaged: Path
) -> None:
    set_stdin(monkeypatch, b"rise.Russia\n")
    code, out, _ = run(["fix", str(damaged), "-", str(damaged)], capsysbinary)
    line = b"cooperation with Russia in an interview\n"
    assert code == 0 and out == line + b"rise. Russia\n" + line


def test_output_file(tmp_path: Path, damaged: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    target = tmp_path / "out.txt"
    code, out, _ = run(["fix", str(damaged), "-o", str(target)], capsysbinary)
    assert code == 0 and out == b""
    assert target.read_bytes() == b"cooperation with Russia in an interview\n"


def test_output_refuses_a_hard_link_of_the_input(
    tmp_path: Path, damaged: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    link = tmp_path / "link.txt"
    os.link(damaged, link)
    before = damaged.read_bytes()
    code, _, err = run(["fix", str(damaged), "-o", str(link)], capsysbinary)
    assert code == 2 and "is the input" in err
    one_line_error(err)
    assert damaged.read_bytes() == before


def test_stdout_appending_to_the_input_is_refused(
    monkeypatch: pytest.MonkeyPatch, damaged: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = damaged.read_bytes()
    with open(damaged, "ab") as handle:
        wrapper = io.TextIOWrapper(handle, encoding="utf-8")
        monkeypatch.setattr(sys, "stdout", wrapper)
        code = main(["fix", str(damaged)])
        wrapper.detach()
    assert code == 2
    assert damaged.read_bytes() == before
    assert "standard output is the input" in capsys.readouterr().err


def test_in_place_keeps_permissions_and_follows_symlinks(
    tmp_path: Path, damaged: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    os.chmod(damaged, 0o640)
    link = tmp_path / "via-link.txt"
    link.symlink_to(damaged)
    code, out, _ = run(["fix", "-i", str(link)], capsysbinary)
    assert code == 0 and out == b""
    assert link.is_symlink()
    assert damaged.read_bytes() == b"cooperation with Russia in an interview\n"
    assert stat.S_IMODE(damaged.stat().st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["damaged.txt", "via-link.txt"]


def test_in_place_leaves_a_clean_file_untouched(tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    clean = tmp_path / "clean.txt"
    clean.write_bytes(EXPECTED.read_bytes())
    os.utime(clean, (1_000_000_000, 1_000_000_000))
    inode = clean.stat().st_ino
    assert run(["fix", "--in-place", str(clean)], capsysbinary)[0] == 0
    assert clean.stat().st_mtime == 1_000_000_000
    assert clean.stat().st_ino == inode


@pytest.mark.parametrize("failure", ["interrupt", "sigterm", "disk full"])
def test_in_place_failure_leaves_the_original(
    failure: str, tmp_path: Path, damaged: Path, monkeypatch: pytest.MonkeyPatch,
    capsysbinary: pytest.CaptureFixture[bytes],
) -> None:
    before = damaged.read_bytes()

    def boom(self: object, data: bytes) -> None:
        if failure == "interrupt":
            raise KeyboardInterrupt
        if failure == "sigterm":
            os.kill(os.getpid(), signal.SIGTERM)
        raise cli.OutputError(f"{damaged}: cannot write: No space left on device")

    monkeypatch.setattr(cli.AtomicWriter, "write", boom)
    code, _, err = run(["fix", "-i", str(damaged)], capsysbinary)
    assert code == {"interrupt": 130, "sigterm": 143, "disk full": 2}[failure]
    assert "Traceback" not in err and err.count("\n") == 1
    assert damaged.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["damaged.txt"]


def test_output_failure_leaves_no_file(
    tmp_path: Path, damaged: Path, monkeypatch: pytest.MonkeyPatch, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    monkeypatch.setattr(cli.Fixer, "close", lambda self: (_ for _ in ()).throw(KeyboardInterrupt))
    code, _, _ = run(["fix", str(damaged), "-o", str(tmp_path / "out.txt")], capsysbinary)
    assert code == 130
    assert [p.name for p in tmp_path.iterdir()] == ["damaged.txt"]


def test_check(tmp_path: Path, damaged: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    clean = tmp_path / "clean.txt"
    clean.write_bytes(EXPECTED.read_bytes())
    code, out, err = run(["fix", "--check", str(clean), str(damaged)], capsysbinary)
    assert code == 1
    assert out.decode() == f"would fix: {damaged}\n"
    assert "1 file(s) would change" in err
    assert run(["fix", "--check", str(clean)], capsysbinary)[:2] == (0, b"")


def test_diff(damaged: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    code, out, _ = run(["fix", "--diff", str(damaged)], capsysbinary)
    text = out.decode()
    assert code == 0
    assert f"--- a{damaged}\n" in text and f"+++ b{damaged}\n" in text  # absolute: a/tmp/..., as git
    assert "-cooperation withRussia inan interview  \n" in text
    assert "+cooperation with Russia in an interview\n" in text


def test_explain(damaged: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    code, out, _ = run(["fix", "--explain", str(damaged)], capsysbinary)
    lines = out.decode().splitlines()
    assert code == 0
    assert lines[0] == f"{damaged}:1:17: split_glued_words: '' -> ' '  (camel: 'with' + 'Russia')"
    assert lines[1].startswith(f"{damaged}:1:26: split_glued_words: '' -> ' '  (model: 'in' + 'an', margin")
    assert any("normalize_whitespace: '  ' -> ''" in line for line in lines)


def test_skip_and_only(damaged: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    _, out, _ = run(["fix", "--skip", "split_glued_words", str(damaged)], capsysbinary)
    assert out == b"cooperation withRussia inan interview\n"
    _, out, _ = run(["fix", "--only", "split-glued-words", str(damaged)], capsysbinary)
    assert out == b"cooperation with Russia in an interview  \n\n\n"


@pytest.mark.parametrize(
    "argv,message",
    [
        (["fix", "/no/such/file"], "/no/such/file: no such file"),
        (["fix", "/"], "/: is a directory"),
        (["fix", "--skip", "nope", "x"], "unknown fixer 'nope'"),
        (["fix", "--bogus"], "unrecognized arguments: --bogus"),
        (["fix", "-i"], "--in-place needs files"),
        (["fix", "--eol", "cr"], "invalid choice"),
    ],
)
def test_errors_are_one_line(argv: list[str], message: str, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    code, out, err = run(argv, capsysbinary)
    assert code == 2 and out == b""
    one_line_error(err)
    assert message in err


def test_binary_input_is_refused(tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    path = tmp_path / "image.bin"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    code, out, err = run(["fix", str(path), "-o", str(tmp_path / "out")], capsysbinary)
    assert code == 2 and "binary file (NUL byte at byte 8)" in err
    one_line_error(err)
    assert not (tmp_path / "out").exists()


def test_unreadable_file(tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    if os.geteuid() == 0:
        pytest.skip("root reads every file")
    path = tmp_path / "secret.txt"
    path.write_text("x")
    path.chmod(0)
    code, _, err = run(["fix", str(path)], capsysbinary)
    assert code == 2 and "permission denied" in err


def test_windows_1252_input_is_decoded_with_a_note(tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes("Caf\u00e9 \u201cquoted\u201d\n".encode("cp1252"))
    code, out, err = run(["fix", str(path)], capsysbinary)
    assert code == 0 and out.decode("utf-8") == "Café “quoted”\n"
    assert err.startswith(f"cleantext: note: {path}: 3 byte(s) were not UTF-8") and err.count("\n") == 1


def test_explicit_encoding(tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("na\u00efve\n".encode("latin-1"))
    assert run(["fix", "--encoding", "latin-1", str(path)], capsysbinary)[:3] == (0, "naïve\n".encode(), "")


def test_utf16_with_bom(tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    path = tmp_path / "wide.txt"
    path.write_bytes("withRussia\r\n".encode("utf-16"))
    code, out, _ = run(["fix", str(path)], capsysbinary)
    assert code == 0 and out == "with Russia\r\n".encode()
    assert run(["fix", "-i", str(path)], capsysbinary)[0] == 0
    assert path.read_bytes() == "with Russia\r\n".encode("utf-16")


def test_utf8_bom_is_kept(tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbfwithRussia\n")
    assert run(["fix", str(path)], capsysbinary)[1] == b"\xef\xbb\xbfwith Russia\n"


def test_real_process_and_closed_pipe(tmp_path: Path) -> None:
    """One run through `python -m cleantext`, its output read only in part."""
    big = tmp_path / "big.txt"
    big.write_bytes(SEED.read_bytes() + EXPECTED.read_bytes() * 2000)
    with subprocess.Popen(
        [sys.executable, "-m", "cleantext", "fix", str(big)], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    ) as proc:
        assert proc.stdout is not None and proc.stderr is not None
        first = proc.stdout.readline()
        proc.stdout.close()
        err = proc.stderr.read()
        proc.wait(timeout=120)
    assert first == EXPECTED.read_bytes().splitlines(keepends=True)[0]
    assert err == b"" and proc.returncode == 0
    done = subprocess.run(
        [sys.executable, "-m", "cleantext", "fix"], input=SEED.read_bytes(), capture_output=True, timeout=120
    )
    assert done.returncode == 0 and done.stdout == EXPECTED.read_bytes()


def test_jobs_give_the_same_output(tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    from cleantext import pipeline

    # Enough text for many blocks: the seed, then paragraphs separated by blank lines.
    path = tmp_path / "many.txt"
    body = SEED.read_bytes() + b"\n".join(EXPECTED.read_bytes().splitlines()[:3]) + b"\n\n"
    path.write_bytes(body * (pipeline.BLOCK_LINES // 2))
    code1, one, _ = run(["fix", str(path)], capsysbinary)
    code2, two, _ = run(["fix", "--jobs", "2", str(path)], capsysbinary)
    assert code1 == code2 == 0 and one == two
    assert one.count(b"told Sputnik link in an interview") == pipeline.BLOCK_LINES // 2
    assert run(["fix", "--jobs", "x", str(path)], capsysbinary)[0] == 2
