"""Sentiment of an answer: TextBlob's lexicon, adapted to how children and families write about workers.

TextBlob's lexicon is built from product reviews: it scores adjectives, misses the verbs that carry
most feedback about a worker ("listens", "never turns up", "keeps changing") and misreads words
("too many workers" scores +0.5 because of "many"). So each clause is scored twice: our domain
words and phrases (with negation and intensifiers), and TextBlob on what is left of the clause once
the words we override or mask are taken out. Three habits of feedback get their own rules:

- a request or wish ("it would be nice if she came on time") is a complaint, and the praise words
  inside it describe what is missing, so they do not count;
- "I don't think they have helped" negates everything after "think", not just the next word;
- the clause after "but" is usually the writer's point, so it counts for more.
"""

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from textblob.en import sentiment as textblob_lexicon

from . import listfile
from .matching import PatternIndex
from .text import AFTER_CONTRAST, CONCEDED, NEGATIVE_MARK, POSITIVE_MARK, Normalised, clauses, word_set

DATA = Path(__file__).resolve().parent / "data"
CONTRAST_WEIGHT = 2.0  # the clause after "but" is usually the writer's point
CONCEDED_WEIGHT = 0.5  # the clause after "even though" is granted, then set aside
PHRASE_WEIGHT = 2.0  # a matched phrase is a surer sign than one word
SHORT_ANSWER = 8  # tokens: an answer this short that is one of the file's phrases means that phrase
EMPHASIS = 1.2  # SHOUTED or stretched ("sooo") words
DISCLOSURE_POLARITY = -0.3  # the most an answer flagged for safeguarding may score, unless it reads as praise
PRAISE_POLARITY = 0.2  # how positive a flagged answer must be to keep its praise (disclosed())
WINDOW = 4  # how far back a negator reaches: "never made me feel judged"
DISTANT_NEGATION_MIN = 0.3  # how strong a TextBlob word must be for a negator further back to turn it
NOT_NEGATED = frozenset({"sorry"})  # "didn't even say sorry" is no kinder than "said sorry" is unkind
CLAUSE_JOINS = frozenset({"and", "or", "nor", "but"})  # a negator does not reach across these
# "I don't think / feel / believe ..." negates the whole rest of the clause.
NEGATION_RAISERS = frozenset({"think", "feel", "believe", "reckon", "suppose", "thought", "felt"})
# "like" is an opinion only after a subject or an auxiliary ("I like her", "don't like");
# elsewhere it is a filler or a comparison ("it was like", "felt like a number").
LIKE_SUBJECTS = word_set(
    """
    i we they you he she really do does did don't doesn't didn't not never always actually also still definitely
    both all kids children mum dad nan just
    """
)
KIND_OF = {"kind": 0.6, "sort": 0.6}  # "kind of helpful" is less than helpful
_EXPANSION = re.compile(r"^([\w']+)\(([\w|']+)\)$")
_EMOJI = frozenset({POSITIVE_MARK, NEGATIVE_MARK})
_PAUSES = frozenset({",", ":"})
NEUTRAL_NOTE = "(neutral phrase)"
WISHED_NOTE = "(wished for, not counted)"
REQUEST_NOTE = "(request)"
NEGATED_NOTE = ", negated"
OVER_NOTE = "over now"  # a bad feeling the writer says has passed ("but not any more")


@dataclass(frozen=True)
class Lexicon:
    """Domain words and phrases, masks and modifiers, loaded once from sentiment_<lang>.yaml."""

    words: dict[str, float]
    phrases: PatternIndex
    phrase_scores: list[tuple[float, bool]]  # (score, is a request) by pattern number
    mask: frozenset[str]
    intensifiers: dict[str, float]
    downtoners: dict[str, float]
    negators: frozenset[str]
    negated_positive: float
    negated_negative: float
    positive_at: float
    negative_at: float

    def negates(self, word: str) -> bool:
        """Whether ``word`` is a negator: one of the file's, or any "n't" form."""
        return word in self.negators or word.endswith("n't")


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
    raw = listfile.load(path or DATA / "sentiment_en.yaml")
    words = {word: float(score) for form, score in raw["words"].items() for word in expand(str(form))}
    entries = [(p, float(s), False) for p, s in raw["phrases"].items()]
    entries += [(p, float(s), True) for p, s in (raw.get("requests") or {}).items()]
    return Lexicon(
        words=words,
        phrases=PatternIndex(re.compile(f"(?:{pattern})(?![\\w'])") for pattern, _, _ in entries),
        phrase_scores=[(score, request) for _, score, request in entries],
        # A domain word overrides TextBlob's score for it, so TextBlob must not count it again.
        mask=frozenset(raw["mask"]) | frozenset(words),
        intensifiers={k: float(v) for k, v in raw["intensifiers"].items()},
        downtoners={k: float(v) for k, v in raw["downtoners"].items()},
        negators=frozenset(str(word) for word in raw["negators"]),
        negated_positive=float(raw["negated_positive"]),
        negated_negative=float(raw["negated_negative"]),
        positive_at=float(raw["thresholds"]["positive"]),
        negative_at=float(raw["thresholds"]["negative"]),
    )


LEXICON = load_lexicon()


def disclosed(mood: SentimentResult, rules_mood: SentimentResult, lexicon: Lexicon = LEXICON) -> SentimentResult:
    """The sentiment of an answer flagged for safeguarding: never neutral, and negative (at most
    DISCLOSURE_POLARITY) unless it still reads as praise of the service - clearly positive in the end (not a
    negated "alive") and not negative by the rules' own reading (the learned model alone never makes "he hits
    me" praise). ``rules_mood`` is the rules' reading, ``mood`` the final one."""
    praise = mood.polarity >= PRAISE_POLARITY and rules_mood.polarity > lexicon.negative_at
    if praise or mood.polarity <= DISCLOSURE_POLARITY:
        return mood
    return SentimentResult("negative", DISCLOSURE_POLARITY, (*mood.evidence, "disclosure"))


def label_for(polarity: float, lexicon: Lexicon = LEXICON) -> str:
    if polarity >= lexicon.positive_at:
        return "positive"
    if polarity <= lexicon.negative_at:
        return "negative"
    return "neutral"


@dataclass(frozen=True)
class _Hit:
    first: int  # first token
    last: int  # last token + 1
    words: str
    score: float
    request: bool


class _Clause:
    """One clause being scored: its token range, the tokens phrases have claimed, and the scores so far."""

    def __init__(self, words: Normalised, start: int, end: int, hits: list[_Hit], lexicon: Lexicon) -> None:
        self.tokens, self.emphasis, self.start, self.end = words.tokens, words.emphasis, start, end
        self.lexicon = lexicon
        # A phrase may begin with the word that opened the clause ("but not to me").
        self.hits = [hit for hit in hits if start <= hit.first < end or hit.first == start - 1 < hit.last - 1]
        self.covered = {i for hit in self.hits for i in range(hit.first, hit.last)}
        requests = [hit.first for hit in self.hits if hit.request]
        self.request_from = min(requests) if requests else end
        self.raised_from = self._raised_from()
        self.scores: list[tuple[float, float]] = []  # (score, weight)
        self.evidence: list[str] = []

    def _raised_from(self) -> int:
        for index in range(self.start + 1, self.end):
            if self.tokens[index] in NEGATION_RAISERS and self._has_negator(index - 2, index):
                return index + 1
        return self.end

    def _has_negator(self, begin: int, end: int) -> bool:
        for word in reversed(self.tokens[max(self.start, begin) : end]):
            if word in _PAUSES:  # "Nothing, she's perfect": a comma ends the negator's reach
                return False
            if self.lexicon.negates(word):
                return True
        return False

    def _unwanted(self, index: int) -> bool:
        """'I don't want to tell my story again': not wanting a bad thing is still a complaint."""
        before = self.tokens[max(self.start, index - WINDOW) : index]
        return "want" in before and before[-1] == "to" or before[-2:] == ("want", "to")

    def _negated_textblob_word(self, word: str, index: int) -> bool:
        """A clear word only TextBlob scores, negated from further back than TextBlob looks (the word before):
        "never makes me feel stupid". The negator must be the nearest word of feeling before it ("not bad not
        great" negates "bad" only) in the same clause ("neither good nor bad"); weak words ("didn't understand
        half") and an apology never said ("didn't even say sorry") keep their sense, and not wanting a bad
        thing stays a complaint, as in add()."""
        if index - 1 <= self.start or word in NOT_NEGATED:
            return False
        polarity = _word_polarity(word)
        if abs(polarity) < DISTANT_NEGATION_MIN:
            return False
        for back in range(index - 2, max(self.start, index - WINDOW) - 1, -1):
            before = self.tokens[back]
            if self.lexicon.negates(before):
                return not (polarity < 0 and self._unwanted(index))
            if (
                before in _PAUSES
                or before in CLAUSE_JOINS
                or before in self.lexicon.words
                or before in textblob_lexicon
            ):
                return False  # a clause's edge, or a nearer word of feeling the negator belongs to
        return False

    def negated(self, index: int) -> bool:
        return index >= self.raised_from or self._has_negator(index - WINDOW, index)

    def modifier(self, index: int) -> float:
        if index - 2 >= self.start and self.tokens[index - 1] == "of" and self.tokens[index - 2] in KIND_OF:
            return KIND_OF[self.tokens[index - 2]]
        for back in (index - 1, index - 2):
            if back < self.start:
                break
            word = self.tokens[back]
            if word in self.lexicon.intensifiers:
                return self.lexicon.intensifiers[word]
            if word in self.lexicon.downtoners:
                return self.lexicon.downtoners[word]
        return 1.0

    def add(
        self, label: str, score: float, index: int, weight: float = 1.0, request: bool = False, negatable: bool = True
    ) -> None:
        index = max(index, self.start)
        emoji = label in _EMOJI
        # "I don't want her to come any more" is as much a complaint as "I want her to come more".
        turned = negatable and not emoji and not request and self.negated(index)
        if turned and not (score < 0 and self._unwanted(index)):
            score *= self.lexicon.negated_positive if score > 0 else self.lexicon.negated_negative
            label = f"not {label}"
        if score > 0 and not request and index >= self.request_from:
            self.evidence.append(f"{label} {WISHED_NOTE}")
            return
        if not emoji:
            score *= self.modifier(index) * (EMPHASIS if self.emphasis[index] else 1.0)
        score = max(-1.0, min(1.0, score))
        self.scores.append((score, weight))
        self.evidence.append(f"{label} ({score:+.2f})")

    def add_textblob(self, words: list[str], negate: bool) -> None:
        # TextBlob scores only words in its lexicon, so a clause with none of them need not be sent.
        if not any(word in textblob_lexicon for word in words):
            return
        # TextBlob(text).sentiment is PatternAnalyzer.analyze, which calls this same lexicon object after
        # building a namedtuple class per call; calling the lexicon gives the same polarity, faster.
        polarity = textblob_lexicon(" ".join(words))[0]
        if negate:
            polarity *= self.lexicon.negated_positive if polarity > 0 else self.lexicon.negated_negative
        if polarity > 0 and self.request_from < self.end:
            return
        if polarity:
            self.scores.append((polarity, 1.0))
            # TextBlob negates a word after "not"/"never" itself ("not bad"): a negation all the same.
            negated = any(self.lexicon.negates(word) for word in words)
            self.evidence.append(f"textblob{NEGATED_NOTE if negated else ''} ({polarity:+.2f})")

    def polarity(self) -> float | None:
        for hit in self.hits:
            if hit.score:
                label = f"'{hit.words}' {REQUEST_NOTE}" if hit.request else f"'{hit.words}'"
                # A phrase that holds its own negator is not turned by another before it: "ain't heard nothing"
                # is the dialect's double negative, as much a complaint as "heard nothing".
                negatable = not any(self.lexicon.negates(word) for word in hit.words.split())
                self.add(label, hit.score, hit.first, PHRASE_WEIGHT, hit.request, negatable)
            else:
                self.evidence.append(f"'{hit.words}' {NEUTRAL_NOTE}")
        plain, raised = [], []
        for index in range(self.start, self.end):
            if index in self.covered:
                continue
            word = self.tokens[index]
            score = self.lexicon.words.get(word)
            if word == "like" and index > self.start and self.tokens[index - 1] in LIKE_SUBJECTS:
                score = self.lexicon.words["likes"]
            if score is not None:
                self.add(word, score, index)
            elif word not in self.lexicon.mask:
                turned = index >= self.raised_from or self._negated_textblob_word(word, index)
                (raised if turned else plain).append(word)
        self.add_textblob(plain, negate=False)
        self.add_textblob(raised, negate=True)
        weights = sum(weight for _, weight in self.scores)
        return sum(score * weight for score, weight in self.scores) / weights if weights else None


def _phrase_hits(normalised: Normalised, lexicon: Lexicon) -> list[_Hit]:
    """Each domain phrase in the answer; where phrases overlap, the first then the longest wins."""
    text = normalised.text
    starts, position = [], 0
    for token in normalised.tokens:
        starts.append(position)
        position += len(token) + 1
    matches = sorted(lexicon.phrases.matches(text), key=lambda pair: (pair[1].start(), -pair[1].end()))
    hits, covered_to = [], 0
    for number, match in matches:
        if match.start() < covered_to:
            continue
        covered_to = match.end()
        first = bisect.bisect_right(starts, match.start()) - 1
        last = bisect.bisect_left(starts, match.end())
        hits.append(_Hit(first, last, match.group(), *lexicon.phrase_scores[number]))
    return hits


def deliberate(evidence: tuple[str, ...], length: int) -> bool:
    """Whether the rules applied one of their own habits: a negation (theirs or TextBlob's), a bad feeling said
    to be over, a request, a neutral phrase; or, in a short answer (``length`` tokens, at most SHORT_ANSWER),
    only the phrases and words of the sentiment file ("can't complain", "turns up late and leaves early").

    The learned model (model.py) reads n-grams and gets these wrong ("she is never late" reads as a
    complaint to it), so the rules keep their label for them even when their polarity is small. In a
    longer answer the model reads the rest of what was said better than one phrase does.
    """
    habit = any(
        e.startswith(("not ", OVER_NOTE))
        or e.endswith((NEUTRAL_NOTE, WISHED_NOTE))
        or REQUEST_NOTE in e
        or NEGATED_NOTE in e
        for e in evidence
    )
    phrase_answer = length <= SHORT_ANSWER and bool(evidence) and not any(e.startswith("textblob") for e in evidence)
    return habit or phrase_answer


@lru_cache(maxsize=8192)
def _word_polarity(word: str) -> float:
    """TextBlob's polarity of one word alone (0.0 for a word it does not know), looked up once."""
    return textblob_lexicon(word)[0] if word in textblob_lexicon else 0.0


_OVER_NOW = re.compile(
    r"(?:not|no) (?:now|any ?more|no more|these days|nowadays)"
    r"|(?:now|nowadays) (?:i'm|i am|it's|it is|we're|we are) not"
    r"|(?:i'm|i am|it's|it is|we're|we are) not (?:now|any ?more)"
)
# What may follow "but not any more" in the same clause: why it is over ("because we made a plan").
_WHY_OVER = frozenset({"because", "cos", "coz", "cause", "since", "as", "thanks", "now"})


def _over_now(tokens: tuple[str, ...] | list[str], spans: list[tuple[int, int, str]]) -> int:
    """Where a closing "but not now" / "but not any more" clause starts, or -1: the clause after the last
    "but", when it says only that, or that and why ("but now i am not because we made a plan"), tells that
    what came before is over."""
    for start, end, kind in reversed(spans):
        if kind != AFTER_CONTRAST:
            continue
        over = _OVER_NOW.match(" ".join(tokens[start:end]))
        if over is None:
            return -1
        rest = tokens[start + len(over.group().split()) : end]
        return start if not rest or rest[0] in _WHY_OVER else -1
    return -1


def score(normalised: Normalised, lexicon: Lexicon = LEXICON) -> SentimentResult:
    """Label and polarity of one normalised answer."""
    hits = _phrase_hits(normalised, lexicon)
    total, weights, evidence = 0.0, 0.0, []
    spans = clauses(normalised)
    over_from = _over_now(normalised.tokens, spans)
    for start, end, kind in spans:
        clause = _Clause(normalised, start, end, hits, lexicon)
        polarity = clause.polarity()
        evidence.extend(clause.evidence)
        if polarity is None:
            continue
        if start < over_from and polarity < 0:
            # "i was scared before but not now": a bad feeling the writer says is over
            polarity *= lexicon.negated_negative
            evidence.append(f"{OVER_NOTE} ({polarity:+.2f})")
        weight = CONTRAST_WEIGHT if kind == AFTER_CONTRAST else CONCEDED_WEIGHT if kind == CONCEDED else 1.0
        total += weight * polarity
        weights += weight
    polarity = round(max(-1.0, min(1.0, total / weights)), 4) if weights else 0.0
    return SentimentResult(label_for(polarity, lexicon), polarity, tuple(evidence))
