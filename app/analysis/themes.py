"""Themes of an answer from an editable taxonomy (data/themes.yaml): multi-label and explainable.

The file is written for a QA officer, not a programmer, so its phrase syntax is deliberately small
("a/b" for either word, * for any one word, stems as word beginnings) and a mistake in it is
reported with the theme and the field it is in.
"""

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

DATA = Path(__file__).resolve().parent / "data"
_WORD_EDGE_BEFORE = r"(?<![\w'])"
_WORD_EDGE_AFTER = r"(?![\w'])"
_REQUIRED = ("label", "description")
_KNOWN = {"label", "description", "phrases", "stems", "exclude"}


class ThemeFileError(ValueError):
    """A theme file that cannot be used, with the theme and field at fault."""


@dataclass(frozen=True)
class Theme:
    key: str
    label: str
    description: str
    pattern: re.Pattern[str]
    exclude: re.Pattern[str] | None


@dataclass(frozen=True)
class Taxonomy:
    """The themes in file order; ``keys`` is what reports and surveys refer to."""

    themes: tuple[Theme, ...]

    @property
    def keys(self) -> list[str]:
        return [theme.key for theme in self.themes]

    def labels(self) -> dict[str, str]:
        return {theme.key: theme.label for theme in self.themes}


def _phrase_regex(phrase: str) -> str:
    """'she/he is kind' -> (?:she|he)\\ is\\ kind; '*' stands for any one word."""
    parts = []
    for word in phrase.lower().split():
        if word == "*":
            parts.append(r"[\w']+")
        else:
            parts.append("(?:" + "|".join(re.escape(choice) for choice in word.split("/")) + ")")
    return r"\ ".join(parts)


def _compile(phrases: list[str], stems: list[str]) -> re.Pattern[str]:
    # Longest first, so the evidence shows "too many social workers" rather than "social".
    alternatives = sorted((_phrase_regex(p) for p in phrases), key=len, reverse=True)
    alternatives += sorted((re.escape(s.lower()) + r"[\w']*" for s in stems), key=len, reverse=True)
    return re.compile(_WORD_EDGE_BEFORE + "(?:" + "|".join(alternatives) + ")" + _WORD_EDGE_AFTER)


def _strings(key: str, field: str, value: object) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(item, str | int) for item in value):
        raise ThemeFileError(f"theme '{key}', {field}: give a list of words or phrases")
    return [str(item) for item in value if str(item).strip()]


def _theme(key: str, entry: object) -> Theme:
    if not isinstance(entry, dict):
        raise ThemeFileError(f"theme '{key}': give a label, a description, phrases and stems")
    unknown = set(entry) - _KNOWN
    if unknown:
        raise ThemeFileError(f"theme '{key}': unknown field {sorted(unknown)[0]!r}")
    for field in _REQUIRED:
        if not str(entry.get(field) or "").strip():
            raise ThemeFileError(f"theme '{key}', {field}: enter a {field}")
    phrases = _strings(key, "phrases", entry.get("phrases"))
    stems = _strings(key, "stems", entry.get("stems"))
    if not phrases and not stems:
        raise ThemeFileError(f"theme '{key}': give at least one phrase or stem")
    exclude = _strings(key, "exclude", entry.get("exclude"))
    return Theme(
        key=key,
        label=str(entry["label"]),
        description=str(entry["description"]),
        pattern=_compile(phrases, stems),
        exclude=_compile(exclude, []) if exclude else None,
    )


def load_taxonomy(path: Path | str | None = None) -> Taxonomy:
    """Read and check a theme file: the default one, or ``path`` (the caller reads any setting for it)."""
    source = Path(path) if path else DATA / "themes.yaml"
    try:
        raw = yaml.safe_load(source.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        raise ThemeFileError(f"{source}: not valid YAML ({error})") from error
    if not isinstance(raw, dict) or not raw:
        raise ThemeFileError(f"{source}: expected themes, each a key with a label, description, phrases and stems")
    for key in raw:
        if not re.fullmatch(r"[a-z][a-z0-9_]*", str(key)):
            raise ThemeFileError(f"theme '{key}': keys are lower case words joined by underscores")
    return Taxonomy(tuple(_theme(str(key), entry) for key, entry in raw.items()))


TAXONOMY = load_taxonomy()


def find_themes(normalised_text: str, taxonomy: Taxonomy = TAXONOMY) -> dict[str, list[str]]:
    """Theme key -> the words that matched it, for each theme the answer speaks to, in file order."""
    found: dict[str, list[str]] = {}
    for theme in taxonomy.themes:
        blocked = [m.span() for m in theme.exclude.finditer(normalised_text)] if theme.exclude else []
        words = []
        for match in theme.pattern.finditer(normalised_text):
            start, end = match.span()
            if any(b_start <= start and end <= b_end for b_start, b_end in blocked):
                continue
            if match.group() not in words:
                words.append(match.group())
        if words:
            found[theme.key] = words
    return found
