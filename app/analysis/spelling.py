"""Misspelling tolerance for the safeguarding check: children rarely spell the words that matter.

A disclosure typed as "my dad hitts me", "he touchd me" or "im scard" must match the same patterns as
the correctly spelt words. Two tables from the safeguarding file do that, before any pattern runs:

- ``fixes``: child spellings too far from the word to guess ("hert" -> "hurt", "beted" -> "beat");
- ``fuzzy``: the words that carry a disclosure ("hurts", "touched", "scared" ...). A token of five
  letters or more that is not an English word and is one edit (a letter added, dropped, changed or
  two swapped) from one of them is read as that word.

The English word list is the one TextBlob ships (its spelling and tagger lexicons), so a real word
("drums", "holder", "bitter") is never "corrected" into a harm word. Everything is built once.
"""

from functools import lru_cache
from pathlib import Path

import textblob

MIN_LENGTH = 5  # shorter words are too close to too many others to correct safely
_LEXICONS = ("en-spelling.txt", "en-lexicon.txt")
_TEXTBLOB_EN = Path(textblob.__file__).resolve().parent / "en"  # the word lists TextBlob ships


def _english_words() -> frozenset[str]:
    words: set[str] = set()
    for name in _LEXICONS:
        path = _TEXTBLOB_EN / name
        if not path.exists():  # an older or trimmed TextBlob: fuzzy matching simply does less
            continue
        for line in path.read_text(encoding="utf-8", errors="ignore").splitlines():
            if line and not line.startswith(";"):
                word = line.split(" ", 1)[0].lower()
                if word.isalpha():
                    words.add(word)
    return frozenset(words)


def _tagged_words() -> frozenset[str]:
    """Words TextBlob's tagger lexicon knows as some part of speech other than a proper noun:
    "grace", "jack" and "long" are among them; "sarah", "daniel" and "okafor" are not."""
    lexicon = _TEXTBLOB_EN / "en-lexicon.txt"
    if not lexicon.exists():
        return frozenset()
    words = set()
    for line in lexicon.read_text(encoding="utf-8", errors="ignore").splitlines():
        word, *tags = line.split()
        if not line.startswith(";") and any(not tag.startswith("NNP") for tag in tags):
            words.add(word.lower())
    return frozenset(words)


def _frequent_words(min_count: int = 10) -> frozenset[str]:
    """Words seen at least ``min_count`` times in TextBlob's spelling corpus (which, being novels,
    holds some first names too: "daniel", "anna")."""
    spelling = _TEXTBLOB_EN / "en-spelling.txt"
    if not spelling.exists():
        return frozenset()
    words = set()
    for line in spelling.read_text(encoding="utf-8", errors="ignore").splitlines():
        word, _, count = line.partition(" ")
        if count.strip().isdigit() and int(count) >= min_count:
            words.add(word.lower())
    return frozenset(words)


ENGLISH_WORDS = _english_words()
TAGGED_WORDS = _tagged_words()
# Words that are something other than a name: tagged as any part of speech but a proper noun, or
# frequent in the spelling corpus. "Sarah", "Tiago" and "Okafor" are not among them; "Grace", "Hope"
# and "Will" are.
ORDINARY_WORDS = TAGGED_WORDS | _frequent_words()
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def _edits(word: str) -> set[str]:
    """Every string one edit from ``word``: a letter dropped, swapped with the next, changed or added."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    swaps = {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    changes = {a + c + b[1:] for a, b in splits if b for c in _LETTERS}
    adds = {a + c + b for a, b in splits for c in _LETTERS}
    return _deletes(word) | swaps | changes | adds


class Speller:
    """Reads a misspelt disclosure word as the word meant; leaves every other token alone."""

    def __init__(self, fixes: dict[str, str], fuzzy: list[str]) -> None:
        self.fixes = {typed.lower(): meant.lower() for typed, meant in fixes.items()}
        self.nearby: dict[str, str] = {}
        for word in sorted({w.lower() for w in fuzzy if len(w) >= MIN_LENGTH}):
            for variant in _edits(word):
                # A variant one edit from two different words is ambiguous: keep neither reading.
                if variant in ENGLISH_WORDS or len(variant) < MIN_LENGTH:
                    continue
                if self.nearby.setdefault(variant, word) != word:
                    self.nearby[variant] = ""
            self.nearby[word] = word
        self._word = lru_cache(maxsize=8192)(self._correct_word)

    def _correct_word(self, token: str) -> str:
        fixed = self.fixes.get(token)
        if fixed is not None:
            return fixed
        if len(token) < MIN_LENGTH or not token.isalpha() or token in ENGLISH_WORDS:
            return token
        return self.nearby.get(token) or token

    def correct(self, normalised_text: str) -> str:
        """The normalised answer with each misspelt disclosure word replaced by the word meant."""
        tokens = normalised_text.split(" ")
        corrected = [self._word(token) for token in tokens]
        return normalised_text if corrected == tokens else " ".join(corrected)
