"""Safeguarding: flag answers that may disclose harm, and say why, from per-language phrase lists.

Lists live in data/safeguarding_<language>.yaml. The check errs towards flagging: a person reads
every flag, while a missed disclosure may leave a child at risk. Guards in the same file stop the
figurative and harmless uses a child or parent writes every day ("this meeting was killing me").
"""

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from .text import word_matches

DATA = Path(__file__).resolve().parent / "data"
FALLBACK = "en"
_MACRO = re.compile(r"<([A-Z]+)>")
_EDGE_AFTER = r"(?![\w'])"  # the edge before is checked by word_matches(), which is much faster
_MAX_QUOTES = 3  # words quoted in one reason; enough to judge, short enough to read in a queue


class SafeguardingFileError(ValueError):
    """A safeguarding list that cannot be used, with the file and entry at fault."""


@dataclass(frozen=True)
class Category:
    key: str
    label: str
    patterns: tuple[re.Pattern[str], ...]
    any_pattern: re.Pattern[str]  # all of them at once: one scan for the usual answer with no hit


@dataclass(frozen=True)
class PatternSet:
    language: str
    categories: tuple[Category, ...]
    guards: tuple[re.Pattern[str], ...]
    any_pattern: re.Pattern[str]


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
    expanded = _expand(source, macros, where)
    try:
        return re.compile("(?:" + expanded + ")" + _EDGE_AFTER)
    except re.error as error:
        raise SafeguardingFileError(f"{where}: {error}") from error


def load_patterns(path: Path) -> PatternSet:
    """Read and compile one language's list; any broken entry is named in the error."""
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    macros = {name: f"(?:{value})" for name, value in (raw.get("macros") or {}).items()}
    categories = []
    for key, entry in raw["categories"].items():
        where = f"{path.name}: {key}"
        patterns = tuple(_compile(p, macros, where) for p in entry["patterns"])
        if not patterns:
            raise SafeguardingFileError(f"{where}: give at least one pattern")
        joined = "|".join(p.pattern for p in patterns)
        categories.append(Category(key, str(entry["label"]), patterns, re.compile(joined)))
    guards = tuple(_compile(g, macros, f"{path.name}: guards") for g in raw.get("guards") or [])
    everything = re.compile("|".join(c.any_pattern.pattern for c in categories))
    return PatternSet(str(raw.get("language") or path.stem.split("_")[-1]), tuple(categories), guards, everything)


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


def _guarded(span: tuple[int, int], text: str, guards: tuple[re.Pattern[str], ...]) -> bool:
    """True when a harmless phrase starts at or before the match and overlaps it ("nobody hits me").

    A guard that starts later never hides a match, so "feel safe" cannot hide "don't feel safe".
    """
    start, end = span
    for guard in guards:
        for match in word_matches(guard, text, max(0, start - 160)):
            if match.start() > start:
                break
            if match.end() > start:
                return True
    return False


def _hits(category: Category, text: str, guards: tuple[re.Pattern[str], ...]) -> list[str]:
    quoted: list[str] = []
    for pattern in category.patterns:
        for match in word_matches(pattern, text):
            words = match.group()
            if words in quoted or _guarded(match.span(), text, guards):
                continue
            quoted.append(words)
    return quoted


def check(normalised_text: str, language: str = FALLBACK) -> tuple[bool, list[str]]:
    """(flagged, reasons) for one normalised answer, using the list for its language."""
    code = language_code(language)
    patterns = PATTERN_SETS.get(code)
    notes = []
    if patterns is None:
        patterns = PATTERN_SETS[FALLBACK]
        notes.append(f"no safeguarding list for language '{code}': checked with the English list only")
    reasons = []
    if next(word_matches(patterns.any_pattern, normalised_text), None):
        for category in patterns.categories:
            if not next(word_matches(category.any_pattern, normalised_text), None):
                continue
            quoted = _hits(category, normalised_text, patterns.guards)
            if quoted:
                reasons.append(f"{category.label}: " + ", ".join(f"'{q}'" for q in quoted[:_MAX_QUOTES]))
    return bool(reasons), reasons + notes
