"""
The word model: unigram and bigram counts and a dictionary, built once from
wordsegment's data into a compact file that loads in a few milliseconds.

wordsegment ships three text files (about 12 MB): web unigram and bigram
counts (Norvig's subsets of the Google Web 1T corpus, 2006) and a word list.
Parsing them into dicts takes ~370 ms and ~100 MiB, too much for a command
that runs in ``find | xargs`` loops, so :func:`build_model` turns them into
one binary file of open-addressing hash tables (64-bit keys from two C-speed
checksums, float32 log-probabilities, flag bytes), which :class:`WordModel`
memory-maps: a lookup is a hash and one or two probes.

The counts are cleaned while building: a unigram such as ``inthe`` whose
count is small beside the count of the bigram ``in the`` is a glue artefact
of the corpus (pages that had lost the same spaces we restore), so it is
marked and treated as unknown. Nothing here is loaded at import time.

Build the file by hand (it is otherwise built on first use, in the user's
cache folder)::

    python -m cleantext.model build [PATH]
"""

from __future__ import annotations

import math
import mmap
import os
import struct
import sys
import threading
from array import array
from typing import Iterable, Optional
from zlib import adler32, crc32

FORMAT_VERSION = 4
MAGIC = b"CTWM"
TOTAL = 1024908267229.0  # words in the corpus behind wordsegment's counts
LOG_TOTAL = math.log10(TOTAL)

FLAG_DICTIONARY = 1  # in wordsegment's words.txt (a Scrabble-style word list)
FLAG_GLUE = 2  # a unigram that is really two words run together
FLAG_COMMON = 4  # frequent enough to be a word on sight (see COMMON_MIN_COUNT)

# A word at least this frequent in the web counts, and in the word list, is
# accepted as a word without further evidence: every split of it would need
# a margin no lost space can show.
COMMON_MIN_COUNT = 2_000_000
# A unigram outside the word list whose best two-word split has a bigram
# count at least this many times its own count is marked as a glue artefact
# (``inthe``: 588k beside ``in the``: 106M, ratio 180). Below about 20 the
# marked words are mostly real (``signup``, ``frontend``, ``racecar``,
# ``putin``), so the mark is only a hint; decisions compare the counts
# themselves with a margin. Real words that the web counts under-report
# (``cannot``: 89k beside ``can not``: 19M) are in the word list.
GLUE_RATIO = 20.0

# wordsegment's bigram counts list every pair seen at least this many times
# (and no other): a pair that is missing is rarer (see _Scorer.cond in glued).
BIGRAM_MIN_COUNT = 100_000

_HEADER = struct.Struct("<4sIIIId")
_MISSING = object()


def key(text: str) -> int:
    """
    A stable, non-zero 64-bit key for a word or a space-separated pair of
    words: CRC-32 and Adler-32 side by side, two checksums computed in C
    (blake2b cost four times as much, and lookups are the hot path). No two
    of the 690k entries share a key; an unknown word has a chance of about
    one in 2**40 to meet one.
    """
    data = text.encode("utf-8")
    return (crc32(data) << 32 | adler32(data)) or 1


def _source_paths() -> tuple[str, str, str]:
    import wordsegment  # only the data files are used, never its segmenter

    base = os.path.dirname(os.path.realpath(wordsegment.__file__))
    return tuple(os.path.join(base, name) for name in ("unigrams.txt", "bigrams.txt", "words.txt"))  # type: ignore[return-value]


def _read_counts(path: str) -> dict[str, float]:
    counts: dict[str, float] = {}
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            word, _, number = line.rstrip("\n").partition("\t")
            counts[word] = float(number)
    return counts


def build_model_bytes() -> bytes:
    """Build the model file's bytes from wordsegment's data."""
    uni_path, bi_path, words_path = _source_paths()
    unigrams = _read_counts(uni_path)
    bigrams = _read_counts(bi_path)
    with open(words_path, encoding="utf-8") as handle:
        dictionary = {line.strip() for line in handle if line.strip()}

    entries: dict[int, tuple[float, int]] = {}
    for word in set(unigrams) | dictionary:
        count = unigrams.get(word, 0.0)
        flags = FLAG_DICTIONARY if word in dictionary else 0
        if count and not flags & FLAG_DICTIONARY and len(word) >= 3:
            best_pair = max(
                (bigrams.get(f"{word[:i]} {word[i:]}", 0.0) for i in range(1, len(word))),
                default=0.0,
            )
            if best_pair >= GLUE_RATIO * count:
                flags |= FLAG_GLUE
        if flags & FLAG_DICTIONARY and count >= COMMON_MIN_COUNT:
            flags |= FLAG_COMMON
        logp = math.log10(count) - LOG_TOTAL if count else float("-inf")
        entries[key(word)] = (logp, flags)

    bi_entries = {key(pair): math.log10(count) - LOG_TOTAL for pair, count in bigrams.items()}
    return _pack(entries, bi_entries)


def _table_size(n: int) -> int:
    """A power of two with the table at most half full."""
    size = 1
    while size < 2 * n:
        size *= 2
    return size


def _slots(keys: Iterable[int], size: int) -> list[int]:
    """Open addressing with linear probing: where each key goes."""
    taken = [0] * size
    mask = size - 1
    out = []
    for k in keys:
        slot = (k >> 32) & mask  # the CRC half: Adler-32's low bits crowd together
        while taken[slot]:
            slot = (slot + 1) & mask
        taken[slot] = k
        out.append(slot)
    return out


def _pack(entries: dict[int, tuple[float, int]], bi_entries: dict[int, float]) -> bytes:
    uni_size = _table_size(len(entries))
    bi_size = _table_size(len(bi_entries))
    uni_keys = array("Q", bytes(8 * uni_size))
    uni_logp = array("f", [float("-inf")]) * uni_size
    uni_flags = array("B", bytes(uni_size))
    for (k, (logp, flags)), slot in zip(entries.items(), _slots(entries, uni_size)):
        uni_keys[slot], uni_logp[slot], uni_flags[slot] = k, logp, flags
    bi_keys = array("Q", bytes(8 * bi_size))
    bi_logp = array("f", [float("-inf")]) * bi_size
    for (k, logp), slot in zip(bi_entries.items(), _slots(bi_entries, bi_size)):
        bi_keys[slot], bi_logp[slot] = k, logp
    parts = [
        _HEADER.pack(MAGIC, FORMAT_VERSION, uni_size, bi_size, 0, TOTAL),
        uni_keys.tobytes(),
        bi_keys.tobytes(),
        uni_logp.tobytes(),
        bi_logp.tobytes(),
        uni_flags.tobytes(),
    ]
    return b"".join(parts)


class WordModel:
    """
    Read-only lookups in a model file (or bytes).

    ``logp(word)`` is the log10 probability of a lower-case word in the web
    counts, or None when they do not have it; ``pair_logp(a, b)`` the same for
    the bigram; ``flags(word)`` the FLAG_* bits.
    """

    def __init__(self, buffer: bytes | mmap.mmap) -> None:
        magic, version, n_uni, n_bi, _, total = _HEADER.unpack_from(buffer, 0)
        if magic != MAGIC or version != FORMAT_VERSION:
            raise ValueError("not a cleantext word model of this version")
        self._buffer = buffer
        view = memoryview(buffer)
        pos = _HEADER.size
        self._uni_keys = view[pos:pos + 8 * n_uni].cast("Q")
        pos += 8 * n_uni
        self._bi_keys = view[pos:pos + 8 * n_bi].cast("Q")
        pos += 8 * n_bi
        self._uni_logp = view[pos:pos + 4 * n_uni].cast("f")
        pos += 4 * n_uni
        self._bi_logp = view[pos:pos + 4 * n_bi].cast("f")
        pos += 4 * n_bi
        self._uni_flags = view[pos:pos + n_uni]
        self._cache: dict[str, tuple[Optional[float], int]] = {}
        self._pair_cache: dict[str, Optional[float]] = {}

    def _slot(self, keys: memoryview, k: int) -> int:
        """The slot of key ``k`` in a table, or -1."""
        mask = len(keys) - 1
        slot = (k >> 32) & mask  # as in _slots
        while True:
            found = keys[slot]
            if found == k:
                return slot
            if not found:
                return -1
            slot = (slot + 1) & mask

    def lookup(self, word: str) -> tuple[Optional[float], int]:
        """``(logp(word), flags(word))`` in one look-up."""
        found = self._cache.get(word)
        if found is not None:
            return found
        slot = self._slot(self._uni_keys, key(word))
        if slot >= 0:
            logp: Optional[float] = float(self._uni_logp[slot])
            if logp == float("-inf"):
                logp = None
            found = (logp, self._uni_flags[slot])
        else:
            found = (None, 0)
        if len(self._cache) > 200_000:
            self._cache.clear()
        self._cache[word] = found
        return found

    def having(self, words: Iterable[str], mask: int) -> list[str]:
        """The ``words`` whose flags share a bit with ``mask``: lookup() for
        a batch, with the hash and the probe inlined (0.7 against 1.6
        microseconds a word; the gate asks this of every word it meets for
        the first time)."""
        keys = self._uni_keys
        flags = self._uni_flags
        size_mask = len(keys) - 1
        out = []
        for word in words:
            data = word.encode("utf-8")
            k = (crc32(data) << 32 | adler32(data)) or 1  # key(word)
            slot = (k >> 32) & size_mask  # and self._slot(keys, k), inline
            found = keys[slot]
            while found and found != k:
                slot = (slot + 1) & size_mask
                found = keys[slot]
            if found and flags[slot] & mask:
                out.append(word)
        return out

    def logp(self, word: str) -> Optional[float]:
        return self.lookup(word)[0]

    def flags(self, word: str) -> int:
        return self.lookup(word)[1]

    def pair_logp(self, first: str, second: str) -> Optional[float]:
        pair = f"{first} {second}"
        found = self._pair_cache.get(pair, _MISSING)
        if found is not _MISSING:
            return found  # type: ignore[return-value]
        slot = self._slot(self._bi_keys, key(pair))
        value = float(self._bi_logp[slot]) if slot >= 0 else None
        if len(self._pair_cache) > 200_000:
            self._pair_cache.clear()
        self._pair_cache[pair] = value
        return value


def cache_dir() -> str:
    """Where the built model lives: $CLEANTEXT_CACHE, else the user cache folder."""
    explicit = os.environ.get("CLEANTEXT_CACHE")
    if explicit:
        return explicit
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "cleantext")


def default_model_path() -> str:
    uni_path, _, _ = _source_paths()
    stamp = f"{os.path.getsize(uni_path):x}"
    return os.path.join(cache_dir(), f"wordmodel-v{FORMAT_VERSION}-{stamp}.bin")


def write_model(path: str, data: Optional[bytes] = None) -> str:
    """Write the model atomically to ``path`` (building it if not given)."""
    import tempfile

    if data is None:
        data = build_model_bytes()
    folder = os.path.dirname(os.path.abspath(path))
    os.makedirs(folder, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=".wordmodel-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    return path


_lock = threading.Lock()
_model: Optional[WordModel] = None


def get_model() -> WordModel:
    """The shared model, loaded (and if need be built and cached) on first use."""
    global _model
    if _model is not None:
        return _model
    with _lock:
        if _model is None:
            _model = _load_or_build()
    return _model


def _load_or_build() -> WordModel:
    path = default_model_path()
    try:
        with open(path, "rb") as handle:
            return WordModel(mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ))
    except (OSError, ValueError, struct.error):
        pass
    data = build_model_bytes()
    try:
        write_model(path, data)
        _remove_old_models(path)
    except OSError:
        pass  # a read-only home still works, it just builds the model each run
    return WordModel(data)


def _remove_old_models(current: str) -> None:
    """Delete the model files of other versions beside ``current``."""
    folder, name = os.path.split(current)
    for other in os.listdir(folder):
        if other.startswith("wordmodel-v") and other.endswith(".bin") and other != name:
            try:
                os.unlink(os.path.join(folder, other))
            except OSError:
                pass


def main(argv: Iterable[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] != "build" or len(args) > 2:
        print("usage: python -m cleantext.model build [PATH]", file=sys.stderr)
        return 2
    path = args[1] if len(args) == 2 else default_model_path()
    write_model(path)
    print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
