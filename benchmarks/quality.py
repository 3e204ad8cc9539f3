"""
Quality benchmark of glued-word repair on real text.

    python benchmarks/quality.py                 # dev part of every source
    python benchmarks/quality.py --part test     # the held-out part
    python benchmarks/quality.py --sources news --worst 20

Real wrapped paragraphs (see corpora.py) are damaged the way the seed was:
their lines joined with nothing (``with\\nRussia`` -> ``withRussia``), and a
line ending in a hyphen joined, three times in ten, with a space
(``Pakistan- controlled``). The gold is the paragraph joined as written.
Each fixer repairs the damaged text; we compare where spaces are, over the
non-space characters (which no fixer may change):

- split precision / recall: of the spaces inserted, how many belong there;
  of the spaces lost, how many came back;
- all precision / recall: the same counting the stray hyphen spaces too;
- sentences / paragraphs fully repaired (among those that were damaged);
- false changes per 10,000 words when the fixer runs on the *undamaged*
  text, both unwrapped (a paragraph a line) and as wrapped.

Anchors in the same run: the obvious fixers built on wordsegment and
wordninja (split every out-of-vocabulary letter run, plus camel and
punctuation joins).
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import corpora  # noqa: E402

import cleantext  # noqa: E402

Paragraph = list[str]
SENTENCE_END_RE = re.compile(r"(?<=[.!?])[\"”’')]*\s+(?=[\"“‘(]*[A-Z])")


@dataclass
class Case:
    gold: str
    damaged: str
    wrapped: str


def gold_joiners(lines: Paragraph) -> list[str]:
    """What joined each pair of lines in the original: a space, or nothing
    (a line that ends inside a hyphenated word, or in a ``--`` dash; the
    next line may be indented, as continuation lines of changelogs are)."""
    joiners = []
    for line, nxt in zip(lines, lines[1:]):
        hyphen_break = line.endswith("-") and len(line) > 1 and line[-2].isalpha() and nxt.lstrip()[:1].isalpha()
        joiners.append("" if hyphen_break or line.endswith("--") else " ")
    return joiners


def as_written(lines: Paragraph) -> str:
    """A wrapped paragraph joined back as it was written (see gold_joiners;
    where nothing joined two lines, the second one's indentation was layout)."""
    text = lines[0]
    for joiner, line in zip(gold_joiners(lines), lines[1:]):
        text += joiner + (line if joiner else line.lstrip())
    return text


def make_case(lines: Paragraph, rng: random.Random) -> Case:
    gold = damaged = lines[0]
    for joiner, previous, line in zip(gold_joiners(lines), lines, lines[1:]):
        gold += joiner + (line if joiner else line.lstrip())
        if not joiner and previous.endswith("-") and not previous.endswith("--") and rng.random() < 0.3:
            damaged += " " + line  # Pakistan- controlled
        else:
            damaged += line
    return Case(gold, damaged, "\n".join(lines))


def spaces(text: str) -> tuple[str, set[int]]:
    """The non-space characters of ``text``, and before which of them a space stands."""
    chars: list[str] = []
    where: set[int] = set()
    pending = False
    for ch in text:
        if ch.isspace():
            pending = True
            continue
        if pending and chars:
            where.add(len(chars))
        pending = False
        chars.append(ch)
    return "".join(chars), where


@dataclass
class Score:
    inserted: int = 0
    inserted_right: int = 0
    lost: int = 0
    lost_found: int = 0
    stray: int = 0
    stray_removed: int = 0
    removed_wrong: int = 0
    sentences: int = 0
    sentences_ok: int = 0
    paragraphs: int = 0
    paragraphs_ok: int = 0
    altered: int = 0
    clean_words: int = 0
    clean_changes: int = 0
    wrapped_changes: int = 0
    mixed_words: int = 0
    mixed_changes: int = 0
    seconds: float = 0.0
    errors: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))

    def ratio(self, a: int, b: int) -> float:
        return a / b if b else 1.0

    @property
    def split_precision(self) -> float:
        return self.ratio(self.inserted_right, self.inserted)

    @property
    def split_recall(self) -> float:
        return self.ratio(self.lost_found, self.lost)

    @property
    def precision(self) -> float:
        good = self.inserted_right + self.stray_removed
        bad = (self.inserted - self.inserted_right) + self.removed_wrong
        return self.ratio(good, good + bad)

    @property
    def recall(self) -> float:
        return self.ratio(self.lost_found + self.stray_removed, self.lost + self.stray)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _category(gold: str, index: int) -> str:
    """A name for the kind of join at non-space index ``index`` of ``gold``'s characters."""
    left, right = gold[index - 1:index], gold[index:index + 1]
    if not left.isalpha() or not right.isalpha():
        return "punctuation"
    if left.islower() and right.isupper():
        return "camel"
    return "capitalized" if right.isupper() else "lower-case"


def _context(chars: str, where: set[int], index: int) -> str:
    start = max(0, index - 18)
    end = min(len(chars), index + 18)
    out = []
    for i in range(start, end):
        if i in where and i != start:
            out.append(" ")
        if i == index:
            out.append("|")
        out.append(chars[i])
    return "".join(out)


def score_case(case: Case, fixed: str, score: Score) -> None:
    gold_chars, gold = spaces(case.gold)
    _, damaged = spaces(case.damaged)
    out_chars, out = spaces(fixed)
    if out_chars != gold_chars:
        score.altered += 1
        return
    inserted = out - damaged
    removed = damaged - out
    lost = gold - damaged
    stray = damaged - gold
    score.inserted += len(inserted)
    score.inserted_right += len(inserted & gold)
    score.lost += len(lost)
    score.lost_found += len(lost & out)
    score.stray += len(stray)
    score.stray_removed += len(stray & removed)
    score.removed_wrong += len(removed & gold)
    for i in sorted(inserted - gold):
        score.errors[f"false split, {_category(gold_chars, i)}"].append(_context(out_chars, out, i))
    for i in sorted(lost - out):
        score.errors[f"missed join, {_category(gold_chars, i)}"].append(_context(out_chars, gold, i))
    for i in sorted((stray - removed) | (removed & gold)):
        score.errors["hyphen"].append(_context(out_chars, out, i))
    damage = lost | stray
    if damage:
        score.paragraphs += 1
        score.paragraphs_ok += out == gold
    # sentences, as character ranges of the gold's non-space characters
    bounds = [0]
    count = 0
    pos = 0
    for m in SENTENCE_END_RE.finditer(case.gold):
        count += sum(1 for ch in case.gold[pos:m.start()] if not ch.isspace())
        pos = m.start()
        bounds.append(count)
    bounds.append(len(gold_chars) + 1)
    for a, b in zip(bounds, bounds[1:]):
        inside = range(a + 1, b)
        if any(i in damage for i in inside):
            score.sentences += 1
            score.sentences_ok += all((i in out) == (i in gold) for i in inside)


def count_changes(before: str, after: str) -> int:
    chars_a, a = spaces(before)
    chars_b, b = spaces(after)
    if chars_a != chars_b:
        # Other characters changed too (a hyphen repaired, mojibake): one
        # change per stretch that differs, wherever the two line up again.
        return max(1, _stretches(chars_a, chars_b))
    return len(a ^ b)


def _stretches(a: str, b: str, sync: int = 8, reach: int = 16) -> int:
    """How many stretches of ``a`` and ``b`` differ, aligned greedily: after
    each difference, the first skip of up to ``reach`` characters on either
    side (or both) after which ``sync`` characters agree; the rest counts
    as one more stretch if they never agree again."""
    i = j = count = 0
    while i < len(a) and j < len(b):
        lo, hi = 0, min(len(a) - i, len(b) - j)  # the common prefix, by halving (slices compare in C)
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if a[i:i + mid] == b[j:j + mid]:
                lo = mid
            else:
                hi = mid - 1
        i, j = i + lo, j + lo
        if i >= len(a) or j >= len(b):
            break
        count += 1
        for k in range(1, reach + 1):
            if a[i + k:i + k + sync] == b[j:j + sync]:
                i += k
                break
            if a[i:i + sync] == b[j + k:j + k + sync]:
                j += k
                break
            if a[i + k:i + k + sync] == b[j + k:j + k + sync]:
                i, j = i + k, j + k
                break
        else:
            return count
    return count + (i < len(a) or j < len(b))


Fixer = Callable[[list[str]], list[str]]


def cleantext_fixer(texts: list[str]) -> list[str]:
    """Fix paragraphs as one document, paragraphs separated by blank lines."""
    out = cleantext.fix("\n\n".join(texts)).rstrip("\n").split("\n\n")
    if len(out) != len(texts):
        return [cleantext.fix(t).rstrip("\n") for t in texts]
    return out


def cleantext_alone_fixer(texts: list[str]) -> list[str]:
    """Fix each paragraph alone, as a record of a corpus is (no neighbour
    lends a wrap width, no other paragraph is the document's dictionary)."""
    return [cleantext.fix(t).rstrip("\n") for t in texts]


_TOKEN_RE = re.compile(r"\S+")
_CAMEL_RE = re.compile(r"(?<=[a-z])(?=[A-Z])")
_PUNCT_RE = re.compile(r"(?<=[a-z][.,;:!?”\"])(?=[A-Za-z])")
_RUN_RE = re.compile(r"[A-Za-z]+")


def naive_fixer(split_run: Callable[[str], list[str]], vocabulary: Callable[[str], bool]) -> Fixer:
    def fix_text(text: str) -> str:
        out = []
        for token in text.split(" "):
            token = _PUNCT_RE.sub(" ", _CAMEL_RE.sub(" ", token))
            pieces = []
            pos = 0
            for m in _RUN_RE.finditer(token):
                run = m.group()
                pieces.append(token[pos:m.start()])
                if len(run) > 1 and not vocabulary(run.lower()):
                    words = split_run(run)
                    cut = 0
                    parts = []
                    for word in words:
                        parts.append(run[cut:cut + len(word)])
                        cut += len(word)
                    pieces.append(" ".join(p for p in parts if p) + run[cut:])
                else:
                    pieces.append(run)
                pos = m.end()
            pieces.append(token[pos:])
            out.append("".join(pieces))
        return " ".join(out)

    return lambda texts: [fix_text(t) for t in texts]


def anchors() -> dict[str, Fixer]:
    found: dict[str, Fixer] = {}
    try:
        import wordsegment

        wordsegment.load()
        unigrams = wordsegment.UNIGRAMS
        found["wordsegment"] = naive_fixer(lambda run: wordsegment.segment(run), lambda w: w in unigrams)
    except ImportError:
        pass
    try:
        import wordninja

        model = wordninja.DEFAULT_LANGUAGE_MODEL
        found["wordninja"] = naive_fixer(wordninja.split, lambda w: w in model._wordcost)
    except ImportError:
        pass
    return found


def run(fixer: Fixer, cases: list[Case], texts_clean: list[str], texts_wrapped: list[str]) -> Score:
    score = Score()
    start = time.perf_counter()
    fixed = fixer([c.damaged for c in cases])
    clean = fixer(texts_clean)
    wrapped = fixer(texts_wrapped) if fixer is cleantext_fixer else texts_wrapped
    score.seconds = time.perf_counter() - start
    for case, out in zip(cases, fixed):
        score_case(case, out, score)
    for before, after in zip(texts_clean, clean):
        score.clean_words += len(before.split())
        score.clean_changes += _clean_changes(before, after, score, "clean text changed")
    for before, after in zip(texts_wrapped, wrapped):
        score.wrapped_changes += count_changes(before, after)
    if fixer is cleantext_fixer and cases:
        # A corpus where only some paragraphs are damaged: every other one is
        # left clean, and must come out unchanged though its block shows a
        # wrap width (the layout evidence is the block's, not its own).
        mixed = fixer([c.damaged if i % 2 == 0 else c.gold for i, c in enumerate(cases)])
        for case, after in list(zip(cases, mixed))[1::2]:
            score.mixed_words += len(case.gold.split())
            score.mixed_changes += _clean_changes(case.gold, after, score, "clean paragraph among damaged ones changed")
    return score


def _clean_changes(before: str, after: str, score: Score, category: str) -> int:
    """How many changes a fixer made to clean text; up to three kept as
    examples of ``category`` in ``score.errors``."""
    n = count_changes(before, after)
    if n:
        _, a = spaces(before)
        chars, b = spaces(after)
        for i in sorted(a ^ b)[:3]:
            score.errors[category].append(_context(chars, b, i))
    return n


def load(sources: list[str], part: str, limit: Optional[int]) -> dict[str, list[Paragraph]]:
    out = {}
    for name in sources:
        paragraphs = corpora.SOURCES[name](part)
        if limit:
            paragraphs = paragraphs[:limit]
        if paragraphs:
            out[name] = paragraphs
        else:
            print(f"(source {name!r} is not available here; skipped)", file=sys.stderr)
    return out


def evaluate(paragraphs: list[Paragraph], fixers: dict[str, Fixer], seed: int = 0,
             damage: bool = True) -> dict[str, Score]:
    rng = random.Random(seed)
    cases = [make_case(p, rng) for p in paragraphs]
    clean = [c.gold for c in cases]
    wrapped = [c.wrapped for c in cases]
    results = {}
    for name, fixer in fixers.items():
        if damage:
            results[name] = run(fixer, cases, clean, wrapped)
        else:
            results[name] = run(fixer, [], clean, wrapped)
    return results


def format_table(results: dict[str, dict[str, Score]]) -> str:
    head = ("| source | fixer | split P | split R | all P | all R | F1 | sentences | paragraphs "
            "| false /10k words (clean) | (clean, wrapped) | (clean among damaged) | seconds |")
    rows = [head, "|" + "---|" * 13]
    for source, by_fixer in results.items():
        for name, s in by_fixer.items():
            per10k_clean = 10_000 * s.clean_changes / max(1, s.clean_words)
            per10k_wrapped = 10_000 * s.wrapped_changes / max(1, s.clean_words)
            wrapped_cell = f"{per10k_wrapped:.2f}" if name == "cleantext" else "n/a"
            if name == "cleantext" and s.mixed_words:
                wrapped_cell += f" | {10_000 * s.mixed_changes / s.mixed_words:.2f}"
            else:
                wrapped_cell += " | n/a"
            if s.lost:
                rows.append(
                    f"| {source} | {name} | {s.split_precision:.4f} | {s.split_recall:.4f} | {s.precision:.4f} "
                    f"| {s.recall:.4f} | {s.f1:.4f} | {s.ratio(s.sentences_ok, s.sentences):.3f} "
                    f"({s.sentences}) | {s.ratio(s.paragraphs_ok, s.paragraphs):.3f} ({s.paragraphs}) "
                    f"| {per10k_clean:.2f} | {wrapped_cell} | {s.seconds:.1f} |"
                )
            else:
                rows.append(f"| {source} | {name} | | | | | | | | {per10k_clean:.2f} | {wrapped_cell} "
                            f"| {s.seconds:.1f} |")
    return "\n".join(rows)


def unwrap_scores(part: str = "dev") -> dict[str, float]:
    """The opt-in unwrap fixer on the real wrapped book: prose paragraphs must
    become one line (joined as written), everything else must not change."""
    name = "alice.txt" if part == "dev" else "pride_and_prejudice.txt"
    path = corpora.SHARED / "corpora" / name
    if not path.exists():
        return {}
    from cleantext.whitespace import normalize_whitespace

    blocks = list(corpora._paragraphs(path.read_text(encoding="utf-8")))
    prose_ok = prose = other_ok = other = 0
    for lines in blocks:
        text = "\n".join(lines) + "\n"
        out = cleantext.fix(text, unwrap=True)
        if corpora._is_prose(lines):
            prose += 1
            prose_ok += out == normalize_whitespace(as_written(lines) + "\n")
        else:
            other += 1
            other_ok += out == cleantext.fix(text)
    return {"prose paragraphs": prose, "unwrapped as written": prose_ok / max(1, prose),
            "other blocks": other, "left alone": other_ok / max(1, other)}


# Sources used only as clean text that must not change.
CLEAN_ONLY = frozenset({"nonenglish", "changelogs"})


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--part", choices=["dev", "test"], default="dev")
    parser.add_argument("--sources", default="fiction,news,wikipedia,email,technical,perldoc,legal,fortunes,copyrights,gnuinfo,readmes,vimdoc,manpages,nonenglish,changelogs")
    parser.add_argument("--limit", type=int, help="paragraphs per source")
    parser.add_argument("--worst", type=int, default=8, help="examples per error category")
    parser.add_argument("--no-anchors", action="store_true")
    parser.add_argument("--alone", action="store_true", help="also fix each paragraph alone, as records are")
    args = parser.parse_args(argv)
    data = load(args.sources.split(","), args.part, args.limit)
    fixers: dict[str, Fixer] = {"cleantext": cleantext_fixer}
    if args.alone:
        fixers["cleantext, each alone"] = cleantext_alone_fixer
    if not args.no_anchors:
        fixers.update(anchors())
    results = {}
    for source, paragraphs in data.items():
        results[source] = evaluate(paragraphs, fixers, damage=source not in CLEAN_ONLY)
    print(format_table(results))
    scores = unwrap_scores(args.part)
    if scores:
        print("\nunwrap (--unwrap) on the wrapped book itself: " + ", ".join(
            f"{k}: {v:.3f}" if isinstance(v, float) else f"{k}: {v}" for k, v in scores.items()))
    for source, by_fixer in results.items():
        s = by_fixer["cleantext"]
        if not s.errors:
            continue
        print(f"\n## cleantext errors on {source} ({args.part})")
        for category, examples in sorted(s.errors.items(), key=lambda kv: -len(kv[1])):
            print(f"- {category}: {len(examples)}")
            for example in Counter(examples).most_common(args.worst):
                print(f"    {example[0]!r}" + (f" x{example[1]}" if example[1] > 1 else ""))
    return 0


if __name__ == "__main__":
    sys.exit(corpora.run(main))
