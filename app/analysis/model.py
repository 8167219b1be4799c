"""The learned second stage: linear models over TF-IDF n-grams, scored in plain Python.

``app/analysis/train.py`` fits them with scikit-learn (a development dependency only) and writes
data/model_en.json; this module reads that file once, at import, and scores answers with nothing
but the standard library. It reproduces scikit-learn's ``TfidfVectorizer`` for the features used:

- the text is lowercased (``str.lower``, as scikit-learn does);
- ``char_wb`` n-grams: runs of whitespace become one space, then each whitespace-separated token
  is padded with a space each side and cut into n-grams; a token shorter than n is counted once,
  whole, and no longer n-grams are taken from it;
- ``word`` n-grams: tokens matching ``(?u)\\b\\w\\w+\\b``, then unigrams and bigrams joined by a space;
- per vectorizer: counts of the n-grams in its vocabulary, sublinear tf (1 + ln tf) times the smooth
  idf (ln((1 + n) / (1 + df)) + 1), L2-normalised; the vectorizers are concatenated.

A binary model gives P(class 1) = 1 / (1 + e^-z); a multi-class one the softmax of its scores, as
``LogisticRegression.predict_proba`` does; the multi-label theme model one sigmoid per theme, as
``OneVsRestClassifier`` does. The theme model reads the normalised answer (text-speak expanded), the
other two the answer as written.
"""

import json
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
MODEL_FILE = DATA / "model_en.json"
_WHITE_SPACES = re.compile(r"\s\s+")
_WORD = re.compile(r"(?u)\b\w\w+\b")


def char_wb_ngrams(text: str, min_n: int, max_n: int) -> list[str]:
    """scikit-learn's ``_char_wb_ngrams`` on already-lowercased text."""
    ngrams: list[str] = []
    for word in _WHITE_SPACES.sub(" ", text).split():
        ngrams += _token_char_ngrams(word, min_n, max_n)
    return ngrams


@lru_cache(maxsize=65536)
def _token_char_ngrams(word: str, min_n: int, max_n: int) -> tuple[str, ...]:
    """The char_wb n-grams of one token, in scikit-learn's order (tokens repeat across answers)."""
    ngrams = []
    word = f" {word} "
    length = len(word)
    for n in range(min_n, max_n + 1):
        offset = 0
        ngrams.append(word[offset : offset + n])
        while offset + n < length:
            offset += 1
            ngrams.append(word[offset : offset + n])
        if offset == 0:  # a short token is counted once, whole
            break
    return tuple(ngrams)


def word_ngrams(text: str, min_n: int, max_n: int) -> list[str]:
    """scikit-learn's word analyzer (default token pattern, no stop words) on lowercased text."""
    tokens = _WORD.findall(text)
    grams = list(tokens) if min_n == 1 else []
    for n in range(max(min_n, 2), min(max_n, len(tokens)) + 1):
        grams.extend(" ".join(tokens[i : i + n]) for i in range(len(tokens) - n + 1))
    return grams


def analyse_ngrams(kind: str, text: str, ngram: Sequence[int]) -> list[str]:
    if kind == "char_wb":
        return char_wb_ngrams(text, ngram[0], ngram[1])
    if kind == "word":
        return word_ngrams(text, ngram[0], ngram[1])
    raise ValueError(f"unknown analyzer {kind!r}")


@dataclass(frozen=True)
class Vectorizer:
    """One TF-IDF vectorizer with its slice of the model's weights: term -> (idf, weight per class)."""

    kind: str
    ngram: tuple[int, int]
    terms: dict[str, tuple[float, tuple[float, ...]]]


@dataclass(frozen=True)
class LinearModel:
    """A logistic (two classes) or softmax (more) model over concatenated TF-IDF vectorizers."""

    classes: tuple[object, ...]
    vectorizers: tuple[Vectorizer, ...]
    intercept: tuple[float, ...]

    @cached_property
    def _tables(self) -> tuple[tuple[tuple[str, tuple[int, int]], dict[str, tuple]], ...]:
        """Per vectorizer, term -> its row (_entry), built once."""
        return tuple(
            (
                (vectorizer.kind, vectorizer.ngram),
                {term: _entry(idf, weights) for term, (idf, weights) in vectorizer.terms.items()},
            )
            for vectorizer in self.vectorizers
        )

    def scores(self, grams: dict[tuple[str, tuple[int, int]], Counter]) -> list[float]:
        """The decision function, one score per row of coefficients."""
        totals = list(self.intercept)
        rows = len(totals)
        for key, table in self._tables:
            norm, dots = _row_sums(table, grams[key], rows)
            if norm:
                norm = math.sqrt(norm)
                for row in range(rows):
                    totals[row] += dots[row] / norm
        return totals

    def sigmoids(self, grams: dict[tuple[str, tuple[int, int]], Counter]) -> dict[object, float]:
        """Class -> P(class), each row on its own (a multi-label model)."""
        return {label: _sigmoid(z) for label, z in zip(self.classes, self.scores(grams), strict=True)}

    def top_terms(self, grams: dict[tuple[str, tuple[int, int]], Counter], row: int, count: int = 2) -> list[str]:
        """The word n-grams of the answer that raise row ``row``'s score most: what the model read."""
        pushes = []
        for key, table in self._tables:
            if key[0] != "word":
                continue
            for term in grams[key]:
                entry = table.get(term)
                if entry is not None and entry[3][row] > 0:
                    pushes.append((entry[2][row], term))
        return [term for _, term in sorted(pushes, reverse=True)[:count]]

    def probabilities(self, grams: dict[tuple[str, tuple[int, int]], Counter]) -> dict[object, float]:
        """Class -> probability, as ``predict_proba`` gives them."""
        scores = self.scores(grams)
        if len(scores) == 1:
            positive = _sigmoid(scores[0])
            return {self.classes[0]: 1.0 - positive, self.classes[1]: positive}
        return _softmax(self.classes, scores)


def _entry(idf: float, weights: tuple[float, ...]) -> tuple:
    """A term's row of a scoring table: (idf, idf², idf × weight per row, weight per row).

    Most n-grams occur once in an answer, where sublinear tf is 1 + ln 1 = 1.0 exactly and the
    tf-idf value is the idf itself, so the precomputed products give bit-for-bit the same sums."""
    return (idf, idf * idf, tuple(idf * weight for weight in weights), weights)


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))


def _softmax(classes: Sequence[object], scores: Sequence[float]) -> dict[object, float]:
    """Class -> probability from one score per class, as ``predict_proba`` gives them."""
    top = max(scores)
    exps = [math.exp(score - top) for score in scores]
    total = sum(exps)
    return {label: value / total for label, value in zip(classes, exps, strict=True)}


# The sums of one vectorizer's part of the decision function, in the order of the answer's n-grams:
# (sum of squared tf-idf values, [sum of tf-idf × weight per row]). ``table`` is a LinearModel._tables
# entry. Answers read the safeguarding and sentiment models together from a joint table instead
# (LearnedModels._joint, _joint_sums and _flag_sums): the same sums, unrolled for speed.


def _row_sums(table: dict[str, tuple], counts: Counter, rows: int) -> tuple[float, list[float]]:
    norm, products = 0.0, []
    for entry, count in zip(map(table.get, counts), counts.values(), strict=True):
        if entry is None:
            continue
        if count == 1:
            norm += entry[1]
            products.append(entry[2])
        else:
            value = (1.0 + math.log(count)) * entry[0]
            norm += value * value
            products.append([value * weight for weight in entry[3]])
    # Each row's products added in the answer's order, as a loop would, but by sum() over columns.
    return norm, [sum(column) for column in zip(*products, strict=True)] if products else [0.0] * rows


def load_linear(spec: dict) -> LinearModel:
    """A model from its JSON form (see train.export_model)."""
    vectorizers = []
    for part in spec["vectorizers"]:
        n_docs = part["n_docs"]
        terms = {
            term: (math.log((1 + n_docs) / (1 + df)) + 1.0, tuple(weights))
            for term, df, weights in zip(part["terms"], part["df"], part["coef"], strict=True)
        }
        vectorizers.append(Vectorizer(part["analyzer"], tuple(part["ngram"]), terms))
    return LinearModel(tuple(spec["classes"]), tuple(vectorizers), tuple(spec["intercept"]))


def ngram_counts(text: str, models: Sequence[LinearModel]) -> dict[tuple[str, tuple[int, int]], Counter]:
    """The n-gram counts every vectorizer of ``models`` needs, each analyser run once."""
    lowered = (text or "").lower()
    wanted = {(v.kind, v.ngram) for model in models for v in model.vectorizers}
    return {key: Counter(analyse_ngrams(key[0], lowered, key[1])) for key in wanted}


@dataclass(frozen=True)
class LearnedModels:
    """The models and the thresholds chosen by cross-validation when they were trained."""

    safeguarding: LinearModel
    sentiment: LinearModel
    thresholds: dict
    summary: dict
    themes: LinearModel | None = None  # multi-label, over the normalised answer

    def theme_hits(self, normalised_text: str) -> dict[str, tuple[float, list[str]]]:
        """Theme key -> (P, the words that raised it) for each theme at or above its threshold."""
        if self.themes is None:
            return {}
        grams = ngram_counts(normalised_text, [self.themes])
        limits = self.thresholds["themes"]
        return {
            key: (p, self.themes.top_terms(grams, row))
            for row, (key, p) in enumerate(self.themes.sigmoids(grams).items())
            if p >= limits[key]
        }

    def score(self, text: str) -> tuple[float, dict[str, float]]:
        """(P(disclosure), {sentiment label: probability}) for one answer."""
        flag, mood = self.score_parts(text)
        assert flag is not None
        assert mood is not None
        return flag, mood

    def score_parts(
        self, text: str, flag: bool = True, mood: bool = True
    ) -> tuple[float | None, dict[str, float] | None]:
        """Like ``score``, but runs only the models asked for (None for the other); the n-grams are
        counted once for both, and where both models run they are read in one pass (_joint_sums)."""
        wanted = [model for model, on in ((self.safeguarding, flag), (self.sentiment, mood)) if on]
        if not wanted:
            return None, None
        grams = ngram_counts(text, wanted)
        if flag and self._joint is not None:
            return self._joint_scores(grams, mood)
        p_flag = self.safeguarding.probabilities(grams)[True] if flag else None
        p_mood = {str(label): p for label, p in self.sentiment.probabilities(grams).items()} if mood else None
        return p_flag, p_mood

    @cached_property
    def _joint(self) -> tuple[tuple[tuple[str, tuple[int, int]], dict[str, tuple]], ...] | None:
        """The binary safeguarding model's and the three-class sentiment model's terms in one table per
        vectorizer (the two share their vectorizers' settings): term -> (safeguarding idf, idf², idf ×
        weight, weight, then sentiment idf, idf², three idf × weight, three weights), zeros where a
        model lacks the term. None when the models are not of those shapes."""
        flag, mood = self.safeguarding, self.sentiment
        flag_terms = {(v.kind, v.ngram): v.terms for v in flag.vectorizers}
        mood_terms = {(v.kind, v.ngram): v.terms for v in mood.vectorizers}
        if len(flag.intercept) != 1 or len(mood.intercept) != 3 or flag_terms.keys() != mood_terms.keys():
            return None
        joint = []
        for key, flag_part in flag_terms.items():
            mood_part = mood_terms[key]
            table = {}
            for term in flag_part.keys() | mood_part.keys():
                f_idf, f_idf2, (f_product,), (f_weight,) = _entry(*flag_part.get(term, (0.0, (0.0,))))
                m_idf, m_idf2, m_products, m_weights = _entry(*mood_part.get(term, (0.0, (0.0, 0.0, 0.0))))
                table[term] = (f_idf, f_idf2, f_product, f_weight, m_idf, m_idf2, *m_products, *m_weights)
            joint.append((key, table))
        return tuple(joint)

    def _joint_scores(
        self, grams: dict[tuple[str, tuple[int, int]], Counter], mood: bool
    ) -> tuple[float, dict[str, float] | None]:
        """P(disclosure) and, when ``mood``, the sentiment probabilities, from the joint tables: the
        same sums, in the same order, as each model's own ``scores``."""
        flag_total = self.safeguarding.intercept[0]
        mood_totals = list(self.sentiment.intercept)
        for key, table in self._joint:
            if mood:
                flag_norm, flag_dot, mood_norm, dots = _joint_sums(table, grams[key])
                if mood_norm:
                    mood_norm = math.sqrt(mood_norm)
                    for row in range(3):
                        mood_totals[row] += dots[row] / mood_norm
            else:
                flag_norm, flag_dot = _flag_sums(table, grams[key])
            if flag_norm:
                flag_total += flag_dot / math.sqrt(flag_norm)
        p_flag = _sigmoid(flag_total)
        if not mood:
            return p_flag, None
        return p_flag, {str(label): p for label, p in _softmax(self.sentiment.classes, mood_totals).items()}


def _flag_sums(table: dict[str, tuple], counts: Counter) -> tuple[float, float]:
    """The safeguarding model's part of a joint table (LearnedModels._joint): (norm, dot), as _row_sums gives."""
    norm = dot = 0.0
    for entry, count in zip(map(table.get, counts), counts.values(), strict=True):
        if entry is None:
            continue
        if count == 1:
            norm += entry[1]
            dot += entry[2]
        else:
            value = (1.0 + math.log(count)) * entry[0]
            norm += value * value
            dot += value * entry[3]
    return norm, dot


def _joint_sums(table: dict[str, tuple], counts: Counter) -> tuple[float, float, float, list[float]]:
    """The safeguarding and sentiment sums of a joint table in one pass: (safeguarding norm and dot,
    sentiment norm and dots)."""
    f_norm = f_dot = m_norm = d0 = d1 = d2 = 0.0
    for entry, count in zip(map(table.get, counts), counts.values(), strict=True):
        if entry is None:
            continue
        if count == 1:
            _, f_idf2, f_product, _, _, m_idf2, p0, p1, p2, _, _, _ = entry
            f_norm += f_idf2
            f_dot += f_product
            m_norm += m_idf2
            d0 += p0
            d1 += p1
            d2 += p2
        else:
            f_idf, _, _, f_weight, m_idf, _, _, _, _, w0, w1, w2 = entry
            tf = 1.0 + math.log(count)
            value, mood_value = tf * f_idf, tf * m_idf
            f_norm += value * value
            f_dot += value * f_weight
            m_norm += mood_value * mood_value
            d0 += mood_value * w0
            d1 += mood_value * w1
            d2 += mood_value * w2
    return f_norm, f_dot, m_norm, [d0, d1, d2]


def load(path: Path = MODEL_FILE) -> LearnedModels | None:
    """The models in ``path``, or None when it is missing (the rules then work alone)."""
    if not path.exists():
        return None
    spec = json.loads(path.read_text(encoding="utf-8"))
    themes = load_linear(spec["themes"]) if "themes" in spec else None
    return LearnedModels(
        load_linear(spec["safeguarding"]), load_linear(spec["sentiment"]), spec["thresholds"], spec["summary"], themes
    )


MODELS = load()
