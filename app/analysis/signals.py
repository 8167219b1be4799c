"""Concern signals: the second safeguarding layer, for disclosures written indirectly.

The phrase lists (safeguarding.py) catch harm said outright. Children more often disclose sideways,
understated or in euphemism ("mum said don't show anyone my back", "when he comes home drunk we all
go quiet and hide"), and no list of sentences can hold every way of saying it. So this layer looks for
the *signals* such answers are made of, in families (secrecy or a cover story, injury or marks, fear
or hiding, degradation, restriction, going without, self-harm ideation, substances in the household,
exploitation, online harm, an unsafe home, going missing, sexual harm), each signal with a weight:

- a strong signal (weight at or above the threshold) flags an answer alone ("how many paracetamol");
- weaker signals flag together, when two or more different ones in the same answer reach the
  threshold ("swollen face" + "said she walked into a door"), and only if the answer speaks of the
  writer or their household (me, my, we, mum, he, carers, at home ...).

One stretch of words counts once: where signals overlap, the heaviest is kept, so a phrase two
families both recognise is not counted twice. The guards of the phrase list apply here too, with a
few of this layer's own; a guard hides a signal only when it starts at or before the signal and
overlaps it, so a harmless phrase never hides a different disclosure later in the answer.

Signals, weights, the threshold and the context words live in data/signals_<language>.yaml.
"""

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from . import listfile
from .matching import PatternIndex, guard_spans

DATA = Path(__file__).resolve().parent / "data"
_MAX_QUOTES = 3
REASON_NOTE = "concern signal"

# (source, macros, where) -> compiled pattern; safeguarding.py passes its own compiler, so both
# layers read patterns, macros and errors the same way.
Compiler = Callable[[object, dict[str, str], str], re.Pattern[str]]


class SignalFileError(ValueError):
    """A signals file that cannot be used, with the file and entry at fault."""


@dataclass(frozen=True)
class Signal:
    family: str  # family key
    weight: float


@dataclass(frozen=True)
class SignalSet:
    """One language's signals, compiled and indexed: pattern number -> Signal."""

    signals: tuple[Signal, ...]
    labels: dict[str, str]  # family key -> label, in file order
    index: PatternIndex
    guards: PatternIndex
    context: re.Pattern[str]
    threshold: float


@dataclass(frozen=True)
class Hit:
    """One signal found in an answer: its family, weight and the words that matched."""

    family: str
    weight: float
    words: str
    start: int
    end: int


def _weighted(entry: object, where: str) -> tuple[float, object]:
    if not (isinstance(entry, list) and len(entry) == 2 and isinstance(entry[0], int | float)):
        raise SignalFileError(f"{where}: write each signal as [weight, pattern], got {entry!r}")
    weight = float(entry[0])
    if not 0 < weight <= 1:
        raise SignalFileError(f"{where}: a weight is between 0 and 1, got {weight}")
    return weight, entry[1]


def load_signals(path: Path, compile_pattern: Compiler, extra_guards: Iterable[re.Pattern[str]] = ()) -> SignalSet:
    """Read and compile one language's signals; ``extra_guards`` are the phrase list's guards."""
    raw = listfile.load(path)
    macros = {name: f"(?:{value})" for name, value in (raw.get("macros") or {}).items()}
    patterns: list[re.Pattern[str]] = []
    signals: list[Signal] = []
    labels: dict[str, str] = {}
    for key, family in (raw.get("families") or {}).items():
        where = f"{path.name}: {key}"
        if not isinstance(family, dict) or not family.get("label") or not family.get("signals"):
            raise SignalFileError(f"{where}: give a label and at least one signal")
        labels[str(key)] = str(family["label"])
        for entry in family["signals"]:
            weight, source = _weighted(entry, where)
            patterns.append(compile_pattern(source, macros, where))
            signals.append(Signal(str(key), weight))
    if not signals:
        raise SignalFileError(f"{path.name}: no signals")
    guards = [compile_pattern(g, macros, f"{path.name}: guards") for g in raw.get("guards") or []]
    context = re.compile(r"(?<![\w'])(?:" + str(raw["context"]) + r")(?![\w'])")
    return SignalSet(
        tuple(signals),
        labels,
        PatternIndex(patterns),
        PatternIndex([*guards, *extra_guards]),
        context,
        float(raw.get("threshold", 1.0)),
    )


def find(text: str, signals: SignalSet, hidden: Sequence[tuple[int, int]] = ()) -> list[Hit]:
    """Every signal in a normalised answer that no guard explains away, one hit per stretch of words.

    Where two signals overlap, the heavier one (then the longer one) is kept. ``hidden`` are spans
    already explained away (the phrase list's defused clauses, matching.defused_spans).
    """
    found = signals.index.matches(text)
    if not found:
        return []
    guards = [*guard_spans(signals.guards, text), *hidden]
    hits = []
    for number, match in found:
        start = match.start()
        if any(g_start <= start < g_end for g_start, g_end in guards):
            continue
        signal = signals.signals[number]
        hits.append(Hit(signal.family, signal.weight, match.group(), start, match.end()))
    hits.sort(key=lambda hit: (-hit.weight, -(hit.end - hit.start), hit.start))
    kept: list[Hit] = []
    for hit in hits:
        if all(hit.end <= other.start or other.end <= hit.start for other in kept):
            kept.append(hit)
    return kept


def assess(text: str, signals: SignalSet, hidden: Sequence[tuple[int, int]] = ()) -> list[str]:
    """Reasons to flag a normalised answer on its concern signals; an empty list when it should not be.

    Flags when one signal reaches the threshold, or two or more together do in an answer about the
    writer or their household. Each reason names a family and quotes the words that matched.
    """
    hits = find(text, signals, hidden)
    if not hits:
        return []
    strong = [hit for hit in hits if hit.weight >= signals.threshold]
    if not strong:
        if len(hits) < 2 or sum(hit.weight for hit in hits) < signals.threshold:
            return []
        if not signals.context.search(text):
            return []
    by_family: dict[str, list[str]] = {}
    for hit in sorted(hits, key=lambda hit: hit.start):
        quoted = by_family.setdefault(hit.family, [])
        if hit.words not in quoted:
            quoted.append(hit.words)
    return [
        f"{label} ({REASON_NOTE}): " + ", ".join(f"'{words}'" for words in by_family[key][:_MAX_QUOTES])
        for key, label in signals.labels.items()
        if key in by_family
    ]


def signals_path(language: str, folder: Path = DATA) -> Path | None:
    """data/signals_<language>.yaml, or None when that language has no signals file."""
    path = folder / f"signals_{language}.yaml"
    return path if path.exists() else None
