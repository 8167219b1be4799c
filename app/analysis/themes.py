"""Themes of an answer from an editable taxonomy (data/themes.yaml): multi-label and explainable.

The file is written for a QA officer, not a programmer, so its phrase syntax is deliberately small
("a/b" for either word, * for any one word, stems as word beginnings) and a mistake in it is
reported with the theme and the field it is in.
"""

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import product
from pathlib import Path

import yaml

from . import listfile
from .text import normalise

DATA = Path(__file__).resolve().parent / "data"
WILDCARD = "*"
_PUNCTUATION = frozenset(".!?;,:")
_REQUIRED = ("label", "description")
_KNOWN = {"label", "description", "phrases", "stems", "exclude"}


class ThemeFileError(ValueError):
    """A theme file that cannot be used, with the theme and field at fault."""


@dataclass(frozen=True)
class Theme:
    key: str
    label: str
    description: str
    phrases: tuple[tuple[str, ...], ...]  # normalised words; "*" is any one word
    stems: tuple[str, ...]
    exclude: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Taxonomy:
    """The themes in file order, indexed by first word and by stem so matching is a few dict look-ups."""

    themes: tuple[Theme, ...]
    by_first_word: dict[str, list[tuple[tuple[str, ...], str]]]  # word -> (phrase, theme key)
    wildcard_first: list[tuple[tuple[str, ...], str]]
    stems: dict[str, list[str]]  # stem -> theme keys
    stem_lengths: tuple[int, ...]
    exclusions: dict[str, list[tuple[tuple[str, ...], str]]]  # first word -> (excluded phrase, theme key)
    # (first word, second word) -> (phrase, theme key): "she is ..." alone expands to hundreds of
    # phrases, so longer phrases are looked up by their first two words, not tried one by one.
    by_first_pair: dict[tuple[str, str], list[tuple[tuple[str, ...], str]]] = dataclasses.field(default_factory=dict)
    # token -> theme keys of the stems it starts with, filled as answers are read (tokens repeat).
    stem_cache: dict[str, tuple[str, ...]] = dataclasses.field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    @property
    def keys(self) -> list[str]:
        return [theme.key for theme in self.themes]

    def labels(self) -> dict[str, str]:
        return {theme.key: theme.label for theme in self.themes}


def _words(phrase: str) -> list[tuple[str, ...]]:
    """'she/he is kind' -> [('she', 'is', 'kind'), ('he', 'is', 'kind')], normalised as answers are."""
    choices = [word.split("/") for word in phrase.lower().split()]
    expanded = []
    for combination in product(*choices):
        words: list[str] = []
        for word in combination:
            words.extend([WILDCARD] if word == WILDCARD else normalise(word).tokens)
        if words:
            expanded.append(tuple(words))
    return expanded


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
    phrases += [stem for stem in stems if " " in stem.strip()]  # a stem of several words is a phrase
    return Theme(
        key=key,
        label=str(entry["label"]),
        description=str(entry["description"]),
        phrases=tuple(words for phrase in phrases for words in _words(phrase)),
        stems=tuple(stem.strip().lower() for stem in stems if " " not in stem.strip()),
        exclude=tuple(words for phrase in _strings(key, "exclude", entry.get("exclude")) for words in _words(phrase)),
    )


def _index(themes: tuple[Theme, ...]) -> Taxonomy:
    by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    wildcard: list[tuple[tuple[str, ...], str]] = []
    stems: dict[str, list[str]] = {}
    exclusions: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    by_pair: dict[tuple[str, str], list[tuple[tuple[str, ...], str]]] = {}
    for theme in themes:
        for words in theme.phrases:
            if words[0] == WILDCARD:
                target = wildcard
            elif len(words) > 1 and words[1] != WILDCARD:
                target = by_pair.setdefault((words[0], words[1]), [])
            else:
                target = by_first.setdefault(words[0], [])
            target.append((words, theme.key))
        for stem in theme.stems:
            stems.setdefault(stem, []).append(theme.key)
        for words in theme.exclude:
            exclusions.setdefault(words[0], []).append((words, theme.key))
    lengths = tuple(sorted({len(stem) for stem in stems}))
    return Taxonomy(themes, by_first, wildcard, stems, lengths, exclusions, by_pair)


def load_taxonomy(path: Path | str | None = None) -> Taxonomy:
    """Read and check a theme file: the default one, or ``path`` (the caller reads any setting for it)."""
    source = Path(path) if path else DATA / "themes.yaml"
    try:
        raw = listfile.load(source)
    except yaml.YAMLError as error:  # listfile.WrittenTwice too: a field written twice
        raise ThemeFileError(f"{source}: not valid YAML ({error})") from error
    if not isinstance(raw, dict) or not raw:
        raise ThemeFileError(f"{source}: expected themes, each a key with a label, description, phrases and stems")
    for key in raw:
        if not re.fullmatch(r"[a-z][a-z0-9_]*", str(key)):
            raise ThemeFileError(f"theme '{key}': keys are lower case words joined by underscores")
    return _index(tuple(_theme(str(key), entry) for key, entry in raw.items()))


TAXONOMY = load_taxonomy()


def _matches_at(tokens: Sequence[str], index: int, words: tuple[str, ...], known: int = 0) -> bool:
    """Whether ``words`` match at ``index``; the first ``known`` words are already known to match."""
    if index + len(words) > len(tokens):
        return False
    for offset in range(known, len(words)):
        word = words[offset]
        token = tokens[index + offset]
        if word != token and not (word == WILDCARD and token not in _PUNCTUATION):
            return False
    return True


def _hits(tokens: Sequence[str], taxonomy: Taxonomy) -> list[tuple[str, int, int]]:
    """(theme key, first token, last token + 1) for every phrase and stem found."""
    hits = []
    count = len(tokens)
    by_first, pairs, wildcard = taxonomy.by_first_word, taxonomy.by_first_pair, taxonomy.wildcard_first
    for index, token in enumerate(tokens):
        following = tokens[index + 1] if index + 1 < count else ""
        # Phrases found by their first word (or first two) already match there: check the rest only.
        for words, key in by_first.get(token, ()):
            if len(words) == 1 or _matches_at(tokens, index, words, 1):
                hits.append((key, index, index + len(words)))
        for words, key in pairs.get((token, following), ()):
            if _matches_at(tokens, index, words, 2):
                hits.append((key, index, index + len(words)))
        for words, key in wildcard:
            if _matches_at(tokens, index, words):
                hits.append((key, index, index + len(words)))
        keys = _stem_keys(token, taxonomy)
        if keys:
            hits.extend((key, index, index + 1) for key in keys)
    return hits


def _stem_keys(token: str, taxonomy: Taxonomy) -> tuple[str, ...]:
    """Theme keys of the stems ``token`` starts with, shortest stem first."""
    cache = taxonomy.stem_cache
    keys = cache.get(token)
    if keys is None:
        stems = taxonomy.stems
        keys = tuple(
            key for length in taxonomy.stem_lengths if length <= len(token) for key in stems.get(token[:length], ())
        )
        if len(cache) >= 50_000:  # answers are short, but a long run of new words must not grow it forever
            cache.clear()
        cache[token] = keys
    return keys


def _blocked(tokens: Sequence[str], taxonomy: Taxonomy) -> dict[str, list[tuple[int, int]]]:
    """Theme key -> token ranges its exclude phrases cover; a hit overlapping one does not count."""
    blocked: dict[str, list[tuple[int, int]]] = {}
    for index, token in enumerate(tokens):
        for words, key in taxonomy.exclusions.get(token, ()):
            if _matches_at(tokens, index, words):
                blocked.setdefault(key, []).append((index, index + len(words)))
    return blocked


def find_themes(tokens: Sequence[str], taxonomy: Taxonomy = TAXONOMY) -> dict[str, list[str]]:
    """Theme key -> the words that matched it, for each theme the answer speaks to, in file order.

    ``tokens`` are an answer's normalised words (``text.normalise(answer).tokens``).
    """
    hits = _hits(tokens, taxonomy)
    blocked = _blocked(tokens, taxonomy) if hits else {}
    found: dict[str, list[str]] = {}
    for key, start, end in hits:
        if any(start < b_end and b_start < end for b_start, b_end in blocked.get(key, ())):
            continue
        words = found.setdefault(key, [])
        matched = " ".join(tokens[start:end])
        if matched not in words:
            words.append(matched)
    return {key: found[key] for key in taxonomy.keys if key in found}
