"""The pattern index (matching.py) only saves time: for every list Tellus ships it finds exactly what
searching each pattern through the answer at every word start finds."""

import json
import re
from pathlib import Path

import pytest

from app.analysis import safeguarding, sentiment
from app.analysis.matching import PatternIndex, needles, word_matches
from app.analysis.text import normalise

DATA = Path(__file__).resolve().parents[2] / "data"


def _answers() -> list[str]:
    """Every labelled answer of the development set, normalised as the rules read them."""
    texts = []
    for name in ("sentiment_themes.jsonl", "safeguarding.jsonl"):
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            texts.append(normalise(json.loads(line)["text"]).text)
    return texts


def _indexes() -> dict[str, PatternIndex]:
    english = safeguarding.PATTERN_SETS["en"]
    return {
        "disclosures": english.index,
        "guards": english.guards,
        "defusers": english.defusers,
        "signals": english.signals.index,
        "signal guards": english.signals.guards,
        "sentiment phrases": sentiment.LEXICON.phrases,
    }


@pytest.mark.parametrize("name", list(_indexes()))
def test_the_index_finds_what_a_search_of_every_pattern_finds(name):
    """A keyed pattern is tried at every word start; one the index cannot key is searched through
    the answer (word_matches), skipped only when none of its needles is there."""
    index = _indexes()[name]
    unkeyed = {number for number, _ in index.always_needles}
    for text in _answers():
        expected = sorted(
            (number, match.span())
            for number, pattern in enumerate(index.patterns)
            for match in (word_matches(pattern, text) if number in unkeyed else _at_word_starts(pattern, text))
        )
        index._last = None  # no answer kept from an earlier call
        assert sorted((number, match.span()) for number, match in index.matches(text)) == expected, text


def _at_word_starts(pattern: re.Pattern[str], text: str):
    for start in [0] + [m.end() for m in re.finditer(" ", text)]:
        if match := pattern.match(text, start):
            yield match


def test_needles_of_a_choice_take_each_branch():
    pattern = re.compile(r"(?:\d+ (?:quid|pounds)|a tenner) (?:a week|a day)")
    found = needles(pattern)
    assert found is not None
    for text in ("he gives me 20 quid a week", "a tenner a day", "50 pounds a day"):
        assert any(needle in text for needle in found)
        assert list(word_matches(pattern, text))
    assert not any(needle in "i get pocket money" for needle in found)


def test_a_pattern_the_index_cannot_key_is_searched_where_its_needles_are_or_always():
    index = PatternIndex([re.compile(r"\w+ hits me"), re.compile(r"[a-z]+\d")])
    assert index.always_needles == [(0, (" hits ",)), (1, None)]
    found = [match.group() for _, match in index.matches("my brother hits me on level2")]
    assert found == ["brother hits me", "level2"]
