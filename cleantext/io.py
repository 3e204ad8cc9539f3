"""
Reading and writing files for the command line: decoding, streaming, and
atomic writes.

Input is read as bytes in blocks and decoded incrementally, so a file of any
size passes through in constant memory:

- UTF-8 by default; a UTF-8 byte-order mark is kept (the pipeline writes it
  back); a UTF-16 or UTF-32 byte-order mark selects that codec.
- Bytes that are not UTF-8 are decoded one by one as Windows-1252 (Latin-1
  for the five bytes Windows-1252 leaves undefined), the usual origin of
  such bytes; the command reports how many there were. ``--encoding`` gives
  the codec instead.
- A NUL byte in the first block means a binary file, which is refused.

Output goes to a temporary file in the destination's folder, is flushed to
disk, and replaces the destination in one ``os.replace``, so a failure or an
interrupt leaves either the old file or the new one, never half of one.
"""

from __future__ import annotations

import codecs
import os
import stat
from typing import BinaryIO, Iterator, Optional

from cleantext.errors import InputError, OutputError

BLOCK_SIZE = 1 << 16

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


class DecodeReport:
    """What decoding found: the codec used and any bytes that needed the fallback."""

    def __init__(self) -> None:
        self.encoding = "utf-8"
        self.fallback_bytes = 0
        self.first_fallback_offset: Optional[int] = None
        self._consumed = 0


def _fallback_char(byte: int) -> str:
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return chr(byte)  # 0x81, 0x8D, 0x8F, 0x90, 0x9D: Latin-1 C1 controls


_FALLBACK_TABLE = [_fallback_char(b) for b in range(256)]


_active: list[DecodeReport] = [DecodeReport()]  # the report the handler writes to


def _fallback_handler(error: UnicodeError) -> tuple[str, int]:
    assert isinstance(error, UnicodeDecodeError)
    report = _active[-1]
    bad = error.object[error.start:error.end]
    if report.first_fallback_offset is None:
        report.first_fallback_offset = report._consumed + error.start
    report.fallback_bytes += len(bad)
    return "".join(_FALLBACK_TABLE[b] for b in bad), error.end


codecs.register_error("cleantext-cp1252-fallback", _fallback_handler)


def decode_stream(
    stream: BinaryIO, name: str, encoding: Optional[str] = None, report: Optional[DecodeReport] = None
) -> Iterator[str]:
    """Yield decoded text from a binary stream, block by block."""
    if report is None:
        report = DecodeReport()
    first = _read(stream, name)
    if encoding is None:
        for bom, codec in _BOMS:
            if first.startswith(bom):
                encoding = codec
                break
        else:
            nul = first.find(b"\x00")
            if nul >= 0:
                raise InputError(f"{name}: binary file (NUL byte at byte {nul}); not text, left alone")
    decoder: codecs.IncrementalDecoder
    if encoding is None:
        report.encoding = "utf-8"
        decoder = codecs.getincrementaldecoder("utf-8")(errors="cleantext-cp1252-fallback")
    else:
        try:
            decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
        except LookupError:
            raise InputError(f"unknown encoding {encoding!r}") from None
        report.encoding = codecs.lookup(encoding).name
    block = first
    while block:
        _active.append(report)
        try:
            text = decoder.decode(block)
        except UnicodeDecodeError as error:
            at = report._consumed + error.start
            raise InputError(f"{name}: not valid {report.encoding} at byte {at}") from None
        finally:
            _active.pop()
        report._consumed += len(block)
        if text:
            yield text
        block = _read(stream, name)
    _active.append(report)
    try:
        text = decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        raise InputError(f"{name}: ends in the middle of a {report.encoding} character") from None
    finally:
        _active.pop()
    if text:
        yield text


def _read(stream: BinaryIO, name: str) -> bytes:
    try:
        return stream.read(BLOCK_SIZE)
    except IsADirectoryError:
        raise InputError(f"{name}: is a directory") from None
    except OSError as error:
        raise InputError(f"{name}: cannot read: {error.strerror or error}") from None


def open_input(path: str) -> BinaryIO:
    """Open a file for reading, with errors a user can act on."""
    try:
        if os.path.isdir(path):
            raise InputError(f"{path}: is a directory")
        return open(path, "rb")
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as error:
        raise InputError(f"{path}: cannot open: {error.strerror or error}") from None


def file_identity(path_or_fd: str | int) -> Optional[tuple[int, int]]:
    """(device, inode) of a regular file, or None."""
    try:
        st = os.stat(path_or_fd) if isinstance(path_or_fd, str) else os.fstat(path_or_fd)
    except OSError:
        return None
    if not stat.S_ISREG(st.st_mode):
        return None
    return st.st_dev, st.st_ino


class AtomicWriter:
    """
    A binary file that appears at ``path`` only when :meth:`commit` is
    called; :meth:`discard` (or an exception before commit) removes every
    trace. The new file keeps the permissions of the file it replaces.
    """

    def __init__(self, path: str) -> None:
        import tempfile

        self.path = os.path.realpath(path)  # write through a symlink to its target
        folder = os.path.dirname(self.path) or "."
        try:
            fd, self.tmp_path = tempfile.mkstemp(dir=folder, prefix=".cleantext-", suffix=".tmp")
        except FileNotFoundError:
            raise OutputError(f"{path}: folder does not exist") from None
        except PermissionError:
            raise OutputError(f"{path}: permission denied") from None
        except OSError as error:
            raise OutputError(f"{path}: cannot write: {error.strerror or error}") from None
        self.file = os.fdopen(fd, "wb")
        self._done = False

    def write(self, data: bytes) -> None:
        try:
            self.file.write(data)
        except OSError as error:
            raise OutputError(f"{self.path}: cannot write: {error.strerror or error}") from None

    def commit(self) -> None:
        try:
            self.file.flush()
            os.fsync(self.file.fileno())
            self.file.close()
            try:
                mode = stat.S_IMODE(os.stat(self.path).st_mode)
            except FileNotFoundError:
                umask = os.umask(0)
                os.umask(umask)
                mode = 0o666 & ~umask
            os.chmod(self.tmp_path, mode)
            os.replace(self.tmp_path, self.path)
        except OSError as error:
            self.discard()
            raise OutputError(f"{self.path}: cannot write: {error.strerror or error}") from None
        self._done = True

    def discard(self) -> None:
        if self._done:
            return
        self._done = True
        try:
            self.file.close()
        except OSError:
            pass
        try:
            os.unlink(self.tmp_path)
        except FileNotFoundError:
            pass

    def same_as(self, path: str) -> bool:
        """Is what was written byte-identical to the file at ``path``?"""
        self.file.flush()
        try:
            if os.path.getsize(self.tmp_path) != os.path.getsize(path):
                return False
            with open(self.tmp_path, "rb") as a, open(path, "rb") as b:
                while True:
                    x, y = a.read(BLOCK_SIZE), b.read(BLOCK_SIZE)
                    if x != y:
                        return False
                    if not x:
                        return True
        except OSError:
            return False
