"""Safeguarding: flag answers that may disclose harm, and say why, from per-language phrase lists.

Lists live in data/safeguarding_<language>.yaml. The check errs towards flagging: a person reads
every flag, while a missed disclosure may leave a child at risk. Guards in the same file stop the
figurative and harmless uses a child or parent writes every day ("this meeting was killing me").
A second layer (signals.py, data/signals_<language>.yaml) weighs the indirect signals that most
disclosures are made of, and flags an answer whose signals add up even when no phrase matched.
"""

import re
from dataclasses import dataclass
from pathlib import Path

from . import listfile
from . import signals as concern
from .matching import PatternIndex, defused_spans, guard_spans, not_taken_back
from .spelling import Speller

DATA = Path(__file__).resolve().parent / "data"
FALLBACK = "en"
_MACRO = re.compile(r"<([A-Z]+)>")
_EDGE_AFTER = r"(?![\w'])"  # the edge before is checked by word_matches(), which is much faster
_MAX_QUOTES = 3  # words quoted in one reason: enough to judge, short enough to read in a queue


class SafeguardingFileError(ValueError):
    """A safeguarding list that cannot be used, with the file and entry at fault."""


@dataclass(frozen=True)
class Resolution:
    """A harm told as over and dealt with: a past anchor and a safe present, with nothing ongoing."""

    past: re.Pattern[str]
    now: re.Pattern[str]
    ongoing: re.Pattern[str]

    def reads(self, normalised_text: str) -> bool:
        return bool(
            self.past.search(normalised_text)
            and self.now.search(normalised_text)
            and not self.ongoing.search(normalised_text)
        )


@dataclass(frozen=True)
class PatternSet:
    """One language's compiled list: (category label, pattern) pairs and guards, each indexed."""

    language: str
    labels: dict[re.Pattern[str], str]
    categories: tuple[str, ...]
    index: PatternIndex
    guards: PatternIndex
    speller: Speller | None = None  # reads misspelt disclosure words ("hitts", "touchd") as meant
    signals: concern.SignalSet | None = None  # the second layer, for languages with a signals file
    defusers: PatternIndex | None = None  # harmless readings that explain away their whole clause
    resolved: Resolution | None = None  # a harm told as over and dealt with
    taken_back: re.Pattern[str] | None = None  # a denial that takes back the harmless reading before it
    excuse: re.Pattern[str] | None = None  # words that make the harmless reading after them someone else's
    undefused: frozenset[str] = frozenset()  # labels of categories no defuser explains away ("defusable: false")

    def guarded(self, guards: PatternIndex, text: str) -> list[tuple[int, int]]:
        """Spans of ``guards`` (this list's or the signals') that are the writer's own harmless readings:
        not told as someone else's (``excuse``) and not taken back straight after (``taken_back``)."""
        return not_taken_back(guard_spans(guards, text, self.excuse), text, self.taken_back)

    def defused(self, text: str) -> list[tuple[int, int]]:
        """The clauses this list's defusers explain away, on the same terms as ``guarded``."""
        if self.defusers is None:
            return []
        return not_taken_back(defused_spans(self.defusers, text, self.excuse), text, self.taken_back)


def _expand(source: str, macros: dict[str, str], where: str) -> str:
    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in macros:
            raise SafeguardingFileError(f"{where}: unknown macro <{name}>")
        return macros[name]

    # Macros may use other macros, so expand until nothing is left (bounded, in case of a cycle).
    for _ in range(5):
        if not _MACRO.search(source):
            break
        source = _MACRO.sub(replace, source)
    return source


def _compile(source: object, macros: dict[str, str], where: str) -> re.Pattern[str]:
    if not isinstance(source, str):
        raise SafeguardingFileError(f"{where}: {source!r} is not one pattern (quote entries containing ': ')")
    try:
        return re.compile("(?:" + _expand(source, macros, where) + ")" + _EDGE_AFTER)
    except re.error as error:
        raise SafeguardingFileError(f"{where}: {error} in {source!r}") from error


def load_patterns(path: Path) -> PatternSet:
    """Read and compile one language's list; any broken entry is named in the error."""
    raw = listfile.load(path)
    macros = {name: f"(?:{value})" for name, value in (raw.get("macros") or {}).items()}
    labels: dict[re.Pattern[str], str] = {}
    for key, entry in raw["categories"].items():
        where = f"{path.name}: {key}"
        if not entry.get("patterns"):
            raise SafeguardingFileError(f"{where}: give at least one pattern")
        for source in entry["patterns"]:
            labels.setdefault(_compile(source, macros, where), str(entry["label"]))
    guards = [_compile(g, macros, f"{path.name}: guards") for g in raw.get("guards") or []]
    defusers = [_compile(d, macros, f"{path.name}: defusers") for d in raw.get("defusers") or []]
    language = str(raw.get("language") or path.stem.split("_")[-1])
    categories = raw["categories"].values()
    order = tuple(str(entry["label"]) for entry in categories)
    undefused = frozenset(str(entry["label"]) for entry in categories if entry.get("defusable") is False)
    spelling = raw.get("spelling") or {}
    speller = Speller(spelling.get("fixes") or {}, spelling.get("fuzzy") or []) if spelling else None
    signals_file = concern.signals_path(language, path.parent)
    signals = concern.load_signals(signals_file, _compile, guards) if signals_file else None
    return PatternSet(
        language,
        labels,
        order,
        PatternIndex(labels),
        PatternIndex(guards),
        speller,
        signals,
        PatternIndex(defusers),
        _resolution(raw.get("resolved"), macros, path.name),
        _alternatives(raw.get("taken_back"), macros, f"{path.name}: taken_back"),
        _excuse(raw.get("excuse"), macros, f"{path.name}: excuse"),
        undefused,
    )


def _excuse(sources: list | None, macros: dict[str, str], where: str) -> re.Pattern[str] | None:
    """The list's excuse patterns as one that matches only where they end just before a word, with
    an optional "just" or "only" between ("he says it's | just messing", "he says it's just | a laugh")."""
    alternatives = _alternatives(sources, macros, where)
    return None if alternatives is None else re.compile(alternatives.pattern + r"(?: just| only)? $")


def _resolution(raw: dict | None, macros: dict[str, str], name: str) -> Resolution | None:
    if not raw:
        return None
    parts = []
    for part in ("past", "now", "ongoing"):
        where = f"{name}: resolved: {part}"
        if not raw.get(part):
            raise SafeguardingFileError(f"{where}: give at least one pattern")
        parts.append(_alternatives(raw[part], macros, where))
    return Resolution(*parts)


def _alternatives(sources: list | None, macros: dict[str, str], where: str) -> re.Pattern[str] | None:
    """A list of patterns as one, searched from any word start (None for no list)."""
    if not sources:
        return None
    alternatives = "|".join(_compile(source, macros, where).pattern for source in sources)
    return re.compile(rf"(?<![\w'])(?:{alternatives})")


def load_all(folder: Path = DATA) -> dict[str, PatternSet]:
    """Every safeguarding_<language>.yaml in a folder, by language code."""
    found = {}
    for path in sorted(folder.glob("safeguarding_*.yaml")):
        patterns = load_patterns(path)
        found[patterns.language] = patterns
    if FALLBACK not in found:
        raise SafeguardingFileError(f"{folder}: safeguarding_{FALLBACK}.yaml is required as the fallback")
    return found


PATTERN_SETS = load_all()


def language_code(language: str | None) -> str:
    """'en-GB', 'en_gb', 'EN' -> 'en'."""
    return re.split(r"[-_]", (language or FALLBACK).strip().lower())[0] or FALLBACK


def find(
    normalised_text: str, patterns: PatternSet, hidden: list[tuple[int, int]] | None = None
) -> dict[str, list[str]]:
    """Category label -> the words that matched it and that no guard explains away.

    A guard hides a match when it starts at or before the match and overlaps it ("nobody hits me"
    hides "hits me"); one that starts later never does, so "feel safe" cannot hide "don't feel safe",
    and one that runs across a clause word ("but", "also", "then") hides nothing (matching.guard_spans).
    ``hidden`` are clauses a defuser explains away whole (matching.defused_spans), except for the categories
    in ``patterns.undefused``: a game or a joke in the same clause never explains a hand on a child's privates.
    """
    found: dict[str, list[str]] = {}
    guards: list[tuple[int, int]] | None = None
    explained: list[tuple[int, int]] = []
    for number, match in patterns.index.matches(normalised_text):
        if guards is None:  # most answers match nothing, so guards are only looked for when needed
            guards = patterns.guarded(patterns.guards, normalised_text)
            explained = guards + list(hidden or ())
        label = patterns.labels[patterns.index.patterns[number]]
        start = match.start()
        if any(g_start <= start < g_end for g_start, g_end in (guards if label in patterns.undefused else explained)):
            continue
        quoted = found.setdefault(label, [])
        if match.group() not in quoted:
            quoted.append(match.group())
    return found


def check(normalised_text: str, language: str = FALLBACK) -> tuple[bool, list[str]]:
    """(flagged, reasons) for one normalised answer, using the list for its language.

    A language without its own list is checked with the English one, and the reasons say so.
    """
    code = language_code(language)
    patterns = PATTERN_SETS.get(code)
    notes = []
    if patterns is None:
        patterns = PATTERN_SETS[FALLBACK]
        notes.append(f"no safeguarding list for language '{code}': checked with the English list only")
    if patterns.speller is not None:
        normalised_text = patterns.speller.correct(normalised_text)
    if patterns.resolved is not None and patterns.resolved.reads(normalised_text):
        return False, notes  # a harm told as over and dealt with (see "resolved" in the list)
    hidden = patterns.defused(normalised_text)
    found = find(normalised_text, patterns, hidden)
    reasons = [
        f"{label}: " + ", ".join(f"'{words}'" for words in found[label][:_MAX_QUOTES])
        for label in patterns.categories
        if label in found
    ]
    if patterns.signals is not None:
        reasons += concern.assess(normalised_text, patterns.signals, hidden)
    return bool(reasons), reasons + notes


# What a harmless reading must leave outside it, at most, to explain an answer: fewer words than this,
# or less than half the answer.
EXPLAINED_WORDS = 12


def harmless_reading(normalised_text: str, language: str = FALLBACK) -> bool:
    """Whether the lists read the answer as harmless: it tells of harm that is over and dealt with, or
    its guards and defusers leave fewer than EXPLAINED_WORDS words, or less than half of it, outside
    them. One harmless phrase in a long answer ("we went on holiday") does not explain the rest.

    The learned model (model.py) does not flag alone an answer the rules have read as harmless.
    """
    left = _outside_harmless_readings(normalised_text, language)
    if left is None:
        return False
    rest = len(left.split())
    return rest < EXPLAINED_WORDS or rest < len(normalised_text.split()) / 2


def _outside_harmless_readings(normalised_text: str, language: str = FALLBACK) -> str | None:
    """The answer with its known harmless readings cut out (the words of its guards, the clauses of
    its defusers), "" when it tells of harm that is over and dealt with, or None when it has none."""
    patterns = PATTERN_SETS.get(language_code(language)) or PATTERN_SETS[FALLBACK]
    if patterns.speller is not None:
        normalised_text = patterns.speller.correct(normalised_text)
    if patterns.resolved is not None and patterns.resolved.reads(normalised_text):
        return ""
    spans = patterns.guarded(patterns.guards, normalised_text) + patterns.defused(normalised_text)
    if patterns.signals is not None:
        spans += patterns.guarded(patterns.signals.guards, normalised_text)
    if not spans:
        return None
    pieces, position = [], 0
    for start, end in sorted(spans):
        pieces.append(normalised_text[position:start])
        position = max(position, end)
    pieces.append(normalised_text[position:])
    return " ".join(" ".join(pieces).split())
