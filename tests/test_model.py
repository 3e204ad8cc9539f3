"""The word model: built from wordsegment's data, loaded lazily and fast."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from cleantext import model


def test_counts_and_flags() -> None:
    m = model.get_model()
    assert m.logp("the") is not None and m.logp("the") > -2
    assert m.flags("cannot") & model.FLAG_DICTIONARY
    assert m.flags("inthe") & model.FLAG_GLUE
    assert not m.flags("putin") & model.FLAG_DICTIONARY
    assert m.pair_logp("in", "the") is not None
    assert m.logp("zzqxj") is None


def test_lookups_match_the_source() -> None:
    """Every sampled unigram and bigram is found with its own count (the hash
    tables lose nothing), and strings that are not in the data are not."""
    import math
    import random

    unigrams, bigrams, _ = model._source_paths()
    m = model.get_model()
    rng = random.Random(7)
    for path, lookup in ((unigrams, m.logp), (bigrams, lambda pair: m.pair_logp(*pair.split(" ")))):
        counts = model._read_counts(path)  # (a few bigrams come twice; the last one counts)
        for text in rng.sample(sorted(counts), 3000):
            expected = math.log10(counts[text]) - model.LOG_TOTAL
            found = lookup(text)
            assert found is not None and abs(found - expected) < 1e-4, text
    for text in ("zzqxjw", "qzxvkjwp", "sputniklinkinan", "xjqvbz"):
        assert m.logp(text) is None
    assert m.pair_logp("zzqxjw", "the") is None


def test_bigram_floor_is_the_lists() -> None:
    """BIGRAM_MIN_COUNT is the smallest count in wordsegment's bigram list
    (the scorer takes a missing pair to be rarer than that)."""
    _, bigrams, _ = model._source_paths()
    assert min(model._read_counts(bigrams).values()) == model.BIGRAM_MIN_COUNT


def test_batch_lookup_agrees_with_lookup() -> None:
    """having() (the gate's batch form) keeps exactly the words whose flags
    share a bit with the mask, in order, for known and unknown words alike."""
    import random

    unigrams, _, words_path = model._source_paths()
    m = model.get_model()
    rng = random.Random(11)
    with open(words_path, encoding="utf-8") as handle:
        listed = [line.strip() for line in handle if line.strip()]
    sample = rng.sample(sorted(model._read_counts(unigrams)), 2000) + rng.sample(listed, 2000)
    sample += ["zzqxjw", "inthe", "putin", "cannot", "the", "é", ""]
    rng.shuffle(sample)
    for mask in (model.FLAG_DICTIONARY, model.FLAG_GLUE, model.FLAG_COMMON | model.FLAG_DICTIONARY):
        assert m.having(sample, mask) == [w for w in sample if m.flags(w) & mask]


def test_build_writes_a_loadable_file(tmp_path: Path) -> None:
    path = model.write_model(str(tmp_path / "m.bin"))
    with open(path, "rb") as handle:
        loaded = model.WordModel(handle.read())
    assert loaded.logp("russia") == model.get_model().logp("russia")


def test_bad_file_is_rebuilt(tmp_path: Path, monkeypatch: object) -> None:
    import pytest

    mp = pytest.MonkeyPatch()
    try:
        mp.setenv("CLEANTEXT_CACHE", str(tmp_path))
        path = Path(model.default_model_path())
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"garbage")
        old = path.parent / "wordmodel-v1-abc.bin"
        old.write_bytes(b"an older format")
        rebuilt = model._load_or_build()
        assert rebuilt.logp("the") is not None
        assert path.read_bytes()[:4] == model.MAGIC
        assert not old.exists()  # files of other versions are cleared away
    finally:
        mp.undo()


def test_import_is_light() -> None:
    """`import cleantext` loads neither the word model nor ftfy nor wordsegment,
    and fixing ASCII text never imports ftfy (it costs more than the fix)."""
    code = (
        "import sys, cleantext; "
        "heavy = [m for m in ('wordsegment', 'ftfy') if m in sys.modules]; "
        "from cleantext import model; "
        "assert model._model is None, 'model loaded at import'; "
        "assert not heavy, heavy; "
        "assert cleantext.fix('withRussia inan') == 'with Russia in an'; "
        "assert 'ftfy' not in sys.modules, 'ftfy imported for ASCII text'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
