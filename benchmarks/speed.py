"""
Speed of cleantext beside the tools it replaces, in one run on one machine.

    python benchmarks/speed.py            # everything (a few minutes)
    python benchmarks/speed.py --quick    # smaller files for memory and --jobs

Absolute numbers on a shared 2-core machine are noisy; the ratios are the
point. Every result is checked (a fast wrong answer is worthless):

1. Throughput on news text (the Lee corpus of ABC news, see corpora.py) with
   curly quotes, seed-style joins (wrapped at 60-79 columns, lines joined
   with nothing) and one line in 50 mojibaked: cleantext.fix beside
   ftfy.fix_text and the naive per-token wordsegment fixer; and on pure
   ASCII clean text (the Gutenberg books), cleantext beside ftfy. Caches are
   emptied before each cleantext run.
2. Cold start: ``echo "withRussia inan interview" | cleantext fix``, median
   wall time of 15 runs (model already built, the package's modules compiled
   to bytecode as ``pip install`` leaves them: a checkout run where
   PYTHONDONTWRITEBYTECODE is set compiles them at every start, some 80 ms
   more), beside ``python -c "import ftfy"``; and ``import cleantext`` must
   load no word model.
3. Memory: peak RSS of ``cleantext fix FILE -o OUT`` for a 100 MB and a 10 MB
   file of news text (one paragraph in 20 damaged).
4. Worst cases: time(2n)/time(n) for inputs that make naive regexes and
   wordsegment quadratic or worse.
5. Parallel: ``--jobs 2`` against ``--jobs 1`` on a 50 MB file, same output.
"""

from __future__ import annotations

import argparse
import compileall
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import corpora  # noqa: E402
import hostile  # noqa: E402

import cleantext  # noqa: E402
from cleantext import glued, model  # noqa: E402

SEED = (HERE.parent / "seeds" / "000_c0d05a08d663e731.txt").read_text(encoding="utf-8")
EXPECTED = (HERE.parent / "seeds" / "000_c0d05a08d663e731.expected.txt").read_text(encoding="utf-8")


def curly(text: str) -> str:
    """Straight quotes to typographic ones, as news sites print them."""
    out = []
    double_open = False
    for i, ch in enumerate(text):
        if ch == '"':
            out.append("”" if double_open else "“")
            double_open = not double_open
        elif ch == "'":
            before = text[i - 1] if i else " "
            out.append("‘" if before.isspace() else "’")
        else:
            out.append(ch)
    return "".join(out)


def mojibake(line: str) -> str:
    import ftfy.bad_codecs  # noqa: F401  (registers sloppy-windows-1252)

    return line.encode("utf-8").decode("sloppy-windows-1252")


def news_corpus(damaged_share: float = 1.0, seed: int = 0) -> str:
    """News articles, a paragraph a line: curly quotes, lines joined without
    spaces (in ``damaged_share`` of the paragraphs), one line in 50 mojibaked."""
    rng = random.Random(seed)
    lines = []
    for index, paragraph in enumerate(corpora.news("dev") + corpora.news("test")):
        text = curly(" ".join(paragraph))
        if rng.random() < damaged_share:
            width = rng.randint(60, 79)
            import textwrap

            text = "".join(textwrap.wrap(text, width=width))
        if index % 50 == 49:
            text = mojibake(text)
        lines.append(text)
    return "\n".join(lines) + "\n"


def ascii_corpus() -> str:
    text = "\n\n".join(" ".join(p) for p in corpora.fiction("dev") + corpora.fiction("test"))
    return text.encode("ascii", "ignore").decode("ascii") + "\n"


def empty_caches() -> None:
    glued._QUIET.clear()
    glued._LOUD.clear()
    glued._SCORERS.clear()
    model._model = None


def _timed(fn: Callable[[str], object], text: str, warm: str = "") -> float:
    """Seconds for one run of ``fn`` on ``text``, cleantext's caches emptied
    first, then warmed on ``warm`` (other text of the same kind) if given."""
    empty_caches()
    if warm:
        fn(warm)
    start = time.perf_counter()
    fn(text)
    return time.perf_counter() - start


def throughput(fn: Callable[[str], object], text: str, repeat: int = 3, warm: str = "") -> float:
    """MB/s, best of ``repeat`` (see _timed)."""
    best = min(_timed(fn, text, warm) for _ in range(repeat))
    return len(text.encode("utf-8")) / 1e6 / best


def paired(fn: Callable[[str], object], anchor: Callable[[str], object], text: str, repeat: int = 5,
           warm: str = "") -> tuple[float, float]:
    """MB/s of ``fn`` and of ``anchor`` on ``text``, best of ``repeat`` each,
    the two run in turns so that a slow moment of a shared machine hits both
    (their ratio is what the targets are about); ``warm``: see _timed, for
    ``fn`` only."""
    best = [float("inf"), float("inf")]
    for _ in range(repeat):
        best[0] = min(best[0], _timed(fn, text, warm))
        best[1] = min(best[1], _timed(anchor, text))
    size = len(text.encode("utf-8")) / 1e6
    return size / best[0], size / best[1]


def naive_wordsegment() -> Callable[[str], str]:
    import quality

    fixer = quality.anchors()["wordsegment"]
    return lambda text: "\n".join(fixer(text.split("\n")))


def section_throughput() -> list[str]:
    import ftfy

    news = news_corpus()
    clean_ascii = ascii_corpus()
    assert cleantext.fix(SEED) == EXPECTED
    fixed = cleantext.fix(news)
    assert "Ã" not in fixed and "â€" not in fixed, "mojibake left in the news text"
    cleantext.fix(clean_ascii)
    rows = []
    pride = "\n\n".join(" ".join(p) for p in corpora.fiction("test")) + "\n"
    alice = "\n\n".join(" ".join(p) for p in corpora.fiction("dev")) + "\n"
    warm_news = news_corpus(seed=7)
    ct_news, ftfy_news = paired(cleantext.fix, ftfy.fix_text, news)
    ct_ascii, ftfy_ascii = paired(cleantext.fix, ftfy.fix_text, clean_ascii)
    # Steady state over a large corpus: the caches have seen text of the
    # same kind (other wrap widths of the same articles; the other book).
    ct_news_warm = throughput(cleantext.fix, news, warm=warm_news)
    ct_pride_warm, ftfy_pride = paired(cleantext.fix, ftfy.fix_text, pride, warm=alice)
    # Short paragraphs alone between blank lines (docstrings, damaged as
    # quality.py damages them): the layout rules for paragraphs of two to
    # four old lines walk each at several widths.
    import quality

    rng = random.Random(0)
    docstrings = "\n\n".join(quality.make_case(p, rng).damaged for p in corpora.technical("dev")) + "\n"
    ct_doc, ftfy_doc = paired(cleantext.fix, ftfy.fix_text, docstrings)
    split_floor = throughput(str.split, news)
    ws_news = throughput(naive_wordsegment(), news, repeat=1)  # (last: its model loads 100 MiB)
    rows.append(f"| news, damaged, curly quotes, 1/50 mojibake ({len(news) / 1e6:.2f} MB) | cleantext.fix | {ct_news:.2f} |")
    rows.append(f"| | ftfy.fix_text | {ftfy_news:.2f} |")
    rows.append(f"| | naive wordsegment fixer | {ws_news:.2f} |")
    rows.append(f"| | str.split (the floor) | {split_floor:.1f} |")
    rows.append(f"| | **cleantext / ftfy** | **{ct_news / ftfy_news:.2f}x** (target 2x) |")
    rows.append(f"| | **cleantext / wordsegment** | **{ct_news / ws_news:.1f}x** (target 30x) |")
    rows.append(f"| | cleantext.fix, steady state (caches warmed on the same articles wrapped at other widths) "
                f"| {ct_news_warm:.2f} ({ct_news_warm / ftfy_news:.2f}x ftfy) |")
    rows.append(f"| pure ASCII clean text ({len(clean_ascii) / 1e6:.2f} MB) | cleantext.fix | {ct_ascii:.2f} |")
    rows.append(f"| | ftfy.fix_text | {ftfy_ascii:.2f} |")
    rows.append(f"| | **cleantext / ftfy** | **{ct_ascii / ftfy_ascii:.2f}x** (target 1x) |")
    rows.append(f"| *Pride and Prejudice* alone, steady state (caches warmed on *Alice*) | cleantext.fix "
                f"| {ct_pride_warm:.2f} ({ct_pride_warm / ftfy_pride:.2f}x ftfy, {ftfy_pride:.2f}) |")
    rows.append(f"| docstrings, damaged, each alone between blank lines ({len(docstrings) / 1e6:.2f} MB) | cleantext.fix "
                f"| {ct_doc:.2f} ({ct_doc / ftfy_doc:.2f}x ftfy, {ftfy_doc:.2f}) |")
    return ["| text | tool | MB/s |", "|---|---|---|"] + rows


def _command() -> list[str]:
    script = Path(sys.executable).with_name("cleantext")
    return [str(script)] if script.exists() else [sys.executable, "-m", "cleantext"]


def section_cold_start(runs: int = 15) -> list[str]:
    command = _command()
    # (As pip install does: otherwise a checkout under PYTHONDONTWRITEBYTECODE
    # compiles every module at every start.)
    compileall.compile_dir(str(Path(cleantext.__file__).parent), quiet=1)
    subprocess.run(command + ["fix"], input=b"warm the model cache inan\n", capture_output=True, check=True)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        done = subprocess.run(command + ["fix"], input=b"withRussia inan interview\n", capture_output=True)
        times.append(time.perf_counter() - start)
        assert done.stdout == b"with Russia in an interview\n", done
    ftfy_times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", "import ftfy"], check=True)
        ftfy_times.append(time.perf_counter() - start)
    light = subprocess.run(
        [sys.executable, "-c", "import sys, cleantext; from cleantext import model; "
         "print(model._model is None and 'wordsegment' not in sys.modules and 'ftfy' not in sys.modules)"],
        capture_output=True, text=True, check=True,
    ).stdout.strip()
    return [
        "| measure | median of %d | target |" % runs,
        "|---|---|---|",
        f"| `echo \"withRussia inan interview\" \\| cleantext fix` | {1000 * statistics.median(times):.0f} ms | <= 150 ms |",
        f"| `python -c \"import ftfy\"` | {1000 * statistics.median(ftfy_times):.0f} ms | (reference) |",
        f"| `import cleantext` loads no word model, no ftfy, no wordsegment | {light} | True |",
    ]


def _peak_rss_mib(args: list[str]) -> tuple[float, float]:
    code = (
        "import resource, subprocess, sys, time; t = time.perf_counter(); "
        "subprocess.run(sys.argv[1:], check=True); "
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, time.perf_counter() - t)"
    )
    out = subprocess.run([sys.executable, "-c", code] + args, capture_output=True, text=True, check=True).stdout
    kib, seconds = out.split()
    return int(kib) / 1024, float(seconds)


def _big_file(path: Path, megabytes: int) -> None:
    block = news_corpus(damaged_share=0.05, seed=1).encode("utf-8")
    with open(path, "wb") as handle:
        written = 0
        while written < megabytes * 1_000_000:
            handle.write(block)
            written += len(block)


def section_memory(big_mb: int, small_mb: int) -> list[str]:
    rows = ["| input | peak RSS | seconds | MB/s |", "|---|---|---|---|"]
    folder = Path(tempfile.mkdtemp(prefix="cleantext-speed-"))
    try:
        results = {}
        for size in (small_mb, big_mb):
            source, target = folder / f"in-{size}.txt", folder / f"out-{size}.txt"
            _big_file(source, size)
            rss, seconds = _peak_rss_mib(_command() + ["fix", str(source), "-o", str(target)])
            real = source.stat().st_size / 1e6
            results[size] = rss
            rows.append(f"| {real:.0f} MB, `cleantext fix FILE -o OUT` | {rss:.0f} MiB | {seconds:.1f} | {real / seconds:.2f} |")
            assert target.stat().st_size > 0
        rows.append(f"| **peak({big_mb} MB) / peak({small_mb} MB)** | **{results[big_mb] / results[small_mb]:.2f}** "
                    f"| target <= 150 MiB and within 10% | |")
    finally:
        shutil.rmtree(folder)
    return rows


def section_worst_cases(n: int) -> list[str]:
    rows = [f"| input (n = {n:,}) | time(n) | time(2n) | ratio (<= 2.5) |", "|---|---|---|---|"]
    for name, make in hostile.CASES.items():
        small, big = make(n), make(2 * n)
        start = time.perf_counter()
        cleantext.fix(small)
        once = time.perf_counter() - start
        # Inputs that take a few tens of milliseconds get more runs: at that
        # scale a shared machine's hiccups, not the input, set the best time.
        runs = max(3, min(15, int(1.0 / max(once, 1e-3))))
        t1, t2 = hostile.best_times(cleantext.fix, small, big, runs=runs)
        rows.append(f"| {name} | {t1:.3f} s | {t2:.3f} s | {t2 / t1:.2f} |")
    return rows


def section_parallel(megabytes: int) -> list[str]:
    folder = Path(tempfile.mkdtemp(prefix="cleantext-jobs-"))
    try:
        source = folder / "in.txt"
        _big_file(source, megabytes)
        timings = {}
        outputs = {}
        for jobs in (1, 2):
            target = folder / f"out-{jobs}.txt"
            start = time.perf_counter()
            subprocess.run(_command() + ["fix", "--jobs", str(jobs), str(source), "-o", str(target)], check=True)
            timings[jobs] = time.perf_counter() - start
            outputs[jobs] = target
        same = outputs[1].read_bytes() == outputs[2].read_bytes()
        size = source.stat().st_size / 1e6
    finally:
        shutil.rmtree(folder)
    return [
        "| jobs | seconds | MB/s |",
        "|---|---|---|",
        f"| 1 | {timings[1]:.1f} | {size / timings[1]:.2f} |",
        f"| 2 | {timings[2]:.1f} | {size / timings[2]:.2f} |",
        f"| **speed-up** | **{timings[1] / timings[2]:.2f}x** (target 1.7x) | output identical: {same} |",
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="10/1 MB memory files, 5 MB for --jobs")
    parser.add_argument("--only", help="comma-separated sections: throughput,cold,memory,worst,parallel")
    args = parser.parse_args(argv)
    sections = (args.only or "throughput,cold,memory,worst,parallel").split(",")
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}, "
          f"cleantext {cleantext.__version__}, load {os.getloadavg()[0]:.2f}\n")
    if "throughput" in sections:
        print("\n".join(section_throughput()), "\n", flush=True)
    if "cold" in sections:
        print("\n".join(section_cold_start()), "\n", flush=True)
    if "memory" in sections:
        print("\n".join(section_memory(10 if args.quick else 100, 1 if args.quick else 10)), "\n", flush=True)
    if "worst" in sections:
        print("\n".join(section_worst_cases(250_000 if args.quick else 1_000_000)), "\n", flush=True)
    if "parallel" in sections:
        print("\n".join(section_parallel(5 if args.quick else 50)), "\n", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(corpora.run(main))
