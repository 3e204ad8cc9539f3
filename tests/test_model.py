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
        rebuilt = model._load_or_build()
        assert rebuilt.logp("the") is not None
        assert path.read_bytes()[:4] == model.MAGIC
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
        "assert cleantext.fix('withRussia inan') == 'with Russia in an\\n'; "
        "assert 'ftfy' not in sys.modules, 'ftfy imported for ASCII text'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
