"""Sentiment of an answer: TextBlob's lexicon, adapted to how children and families write about workers.

TextBlob's lexicon is built from product reviews: it scores adjectives, misses the verbs that carry
most feedback about a worker ("listens", "never turns up", "keeps changing") and misreads words
("too many workers" scores +0.5 because of "many"). So each clause is scored twice: our domain
words and phrases (with negation and intensifiers), and TextBlob on what is left of the clause once
the words we override or mask are taken out. The clause after "but" counts for more.
"""

import bisect
import re
from dataclasses import dataclass
from pathlib import Path

import yaml
from textblob import TextBlob
from textblob.en import sentiment as textblob_lexicon

from .matching import PatternIndex
from .text import NEGATIVE_MARK, POSITIVE_MARK, Normalised, clauses

DATA = Path(__file__).resolve().parent / "data"
CONTRAST_WEIGHT = 2.0  # the clause after "but" is usually the writer's point
EMPHASIS = 1.2  # SHOUTED or stretched ("sooo") words
WINDOW = 3  # how far back a negator reaches: "doesn't really ever listen"
# "like" is an opinion only after a subject or an auxiliary ("I like her", "don't like");
# elsewhere it is a filler or a comparison ("it was like", "felt like a number").
LIKE_SUBJECTS = frozenset(
    "i we they you he she really do does did don't doesn't didn't always actually also still definitely both all "
    "kids children mum dad nan just".split()
)
KIND_OF = {"kind": 0.6, "sort": 0.6}  # "kind of helpful" is less than helpful
_EXPANSION = re.compile(r"^([\w']+)\(([\w|']+)\)$")
_EMOJI = frozenset({POSITIVE_MARK, NEGATIVE_MARK})


@dataclass(frozen=True)
class Lexicon:
    """Domain words and phrases, masks and modifiers, loaded once from sentiment_<lang>.yaml."""

    words: dict[str, float]
    phrases: PatternIndex
    phrase_scores: list[float]
    mask: frozenset[str]
    intensifiers: dict[str, float]
    downtoners: dict[str, float]
    negators: frozenset[str]
    negated_positive: float
    negated_negative: float
    positive_at: float
    negative_at: float


@dataclass(frozen=True)
class SentimentResult:
    """A label, a polarity in -1..1 and the words and phrases that led there."""

    label: str
    polarity: float
    evidence: tuple[str, ...] = ()


def expand(form: str) -> list[str]:
    """'listen(s|ed|ing)' -> ['listen', 'listens', 'listened', 'listening']."""
    match = _EXPANSION.match(form)
    if not match:
        return [form]
    stem, endings = match.groups()
    return [stem] + [stem + ending for ending in endings.split("|")]


def load_lexicon(path: Path | None = None) -> Lexicon:
    """Read a sentiment lexicon file; called once at import, or by a test with its own file."""
    raw = yaml.safe_load((path or DATA / "sentiment_en.yaml").read_text(encoding="utf-8"))
    words = {word: float(score) for form, score in raw["words"].items() for word in expand(str(form))}
    phrases = [re.compile(f"(?:{pattern})(?![\\w'])") for pattern in raw["phrases"]]
    return Lexicon(
        words=words,
        phrases=PatternIndex(phrases),
        phrase_scores=[float(score) for score in raw["phrases"].values()],
        # A domain word overrides TextBlob's score for it, so TextBlob must not count it again.
        mask=frozenset(raw["mask"]) | frozenset(words),
        intensifiers={k: float(v) for k, v in raw["intensifiers"].items()},
        downtoners={k: float(v) for k, v in raw["downtoners"].items()},
        negators=frozenset(raw["negators"]),
        negated_positive=float(raw["negated_positive"]),
        negated_negative=float(raw["negated_negative"]),
        positive_at=float(raw["thresholds"]["positive"]),
        negative_at=float(raw["thresholds"]["negative"]),
    )


LEXICON = load_lexicon()


def label_for(polarity: float, lexicon: Lexicon = LEXICON) -> str:
    if polarity >= lexicon.positive_at:
        return "positive"
    if polarity <= lexicon.negative_at:
        return "negative"
    return "neutral"


class _Clause:
    """One clause being scored: its token range, the tokens phrases have claimed, and the scores so far."""

    def __init__(self, tokens: tuple[str, ...], emphasis: tuple[bool, ...], start: int, end: int) -> None:
        self.tokens, self.emphasis, self.start, self.end = tokens, emphasis, start, end
        self.covered: set[int] = set()
        self.scores: list[float] = []
        self.evidence: list[str] = []

    def negated(self, index: int, lexicon: Lexicon) -> bool:
        before = self.tokens[max(self.start, index - WINDOW) : index]
        return any(word in lexicon.negators or word.endswith("n't") for word in before)

    def modifier(self, index: int, lexicon: Lexicon) -> float:
        if index - 2 >= self.start and self.tokens[index - 1] == "of" and self.tokens[index - 2] in KIND_OF:
            return KIND_OF[self.tokens[index - 2]]
        for back in (index - 1, index - 2):
            if back < self.start:
                break
            word = self.tokens[back]
            if word in lexicon.intensifiers:
                return lexicon.intensifiers[word]
            if word in lexicon.downtoners:
                return lexicon.downtoners[word]
        return 1.0

    def add(self, label: str, score: float, index: int, lexicon: Lexicon, emoji: bool = False) -> None:
        if not emoji and self.negated(index, lexicon):
            score *= lexicon.negated_positive if score > 0 else lexicon.negated_negative
            label = f"not {label}"
        if not emoji:
            score *= self.modifier(index, lexicon) * (EMPHASIS if self.emphasis[index] else 1.0)
        score = max(-1.0, min(1.0, score))
        self.scores.append(score)
        self.evidence.append(f"{label} ({score:+.2f})")


def _phrase_hits(normalised: Normalised, lexicon: Lexicon) -> list[tuple[int, int, str, float]]:
    """(first token, last token + 1, phrase, score) for each domain phrase in the answer."""
    text = normalised.text
    starts, position = [], 0
    for token in normalised.tokens:
        starts.append(position)
        position += len(token) + 1
    # Where phrases overlap, the one starting first wins, then the longer: one reading of the text.
    matches = sorted(lexicon.phrases.matches(text), key=lambda pair: (pair[1].start(), -pair[1].end()))
    hits, covered_to = [], 0
    for number, match in matches:
        if match.start() < covered_to:
            continue
        covered_to = match.end()
        first = bisect.bisect_right(starts, match.start()) - 1
        last = bisect.bisect_left(starts, match.end())
        hits.append((first, last, match.group(), lexicon.phrase_scores[number]))
    return hits


def _score_clause(clause: _Clause, hits: list[tuple[int, int, str, float]], lexicon: Lexicon) -> float | None:
    for first, last, phrase, score in hits:
        if clause.start <= first < clause.end:
            clause.covered.update(range(first, last))
            if score:
                clause.add(f"'{phrase}'", score, first, lexicon)
    rest = []
    for index in range(clause.start, clause.end):
        if index in clause.covered:
            continue
        word = clause.tokens[index]
        score = lexicon.words.get(word)
        if word == "like" and index > clause.start and clause.tokens[index - 1] in LIKE_SUBJECTS:
            score = lexicon.words["likes"]
        if score is not None:
            clause.add(word, score, index, lexicon, emoji=word in _EMOJI)
        elif word not in lexicon.mask:
            rest.append(word)
    # TextBlob scores only words in its lexicon, so a clause with none of them need not be sent.
    if any(word in textblob_lexicon for word in rest):
        polarity = TextBlob(" ".join(rest)).sentiment.polarity
        if polarity:
            clause.scores.append(polarity)
            clause.evidence.append(f"textblob ({polarity:+.2f})")
    if not clause.scores:
        return None
    return sum(clause.scores) / len(clause.scores)


def score(normalised: Normalised, lexicon: Lexicon = LEXICON) -> SentimentResult:
    """Label and polarity of one normalised answer."""
    hits = _phrase_hits(normalised, lexicon)
    total, weights, evidence = 0.0, 0.0, []
    for start, end, after_contrast in clauses(normalised):
        clause = _Clause(normalised.tokens, normalised.emphasis, start, end)
        polarity = _score_clause(clause, hits, lexicon)
        if polarity is None:
            continue
        weight = CONTRAST_WEIGHT if after_contrast else 1.0
        total += weight * polarity
        weights += weight
        evidence.extend(clause.evidence)
    polarity = round(max(-1.0, min(1.0, total / weights)), 4) if weights else 0.0
    return SentimentResult(label_for(polarity, lexicon), polarity, tuple(evidence))
