"""Text analysis of free-text answers: sentiment, themes, safeguarding and redaction (design §5).

Plain Python: this package imports nothing from Flask or the rest of the app, so it can be tested,
benchmarked and run from a script alone. Every lexicon, list and pattern is loaded once, when the
package is imported (at worker start), never per answer.

    >>> result = analyse("My social worker Sarah never turns up")
    >>> result.sentiment, result.themes, result.redacted
    ('negative', ['visits_contact'], 'My social worker [NAME] never turns up')
"""

from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from functools import partial

from . import redaction, safeguarding, sentiment, themes
from .model import MODELS, LearnedModels
from .text import normalise

# Stored with every analysis; bump it whenever a rule, list or threshold changes, so a backfill
# knows which stored answers were analysed by older rules.
ANALYSER_VERSION = "2026.11.27.85"

# The JSON contract of design §5: other parts of Tellus depend on exactly these keys.
CONTRACT_FIELDS = ("sentiment", "polarity", "themes", "safeguarding", "safeguarding_reasons", "redacted")
ENGLISH = "en"


@dataclass(frozen=True)
class Analysis:
    """The analysis of one answer. ``to_json_dict()`` gives the design §5 contract."""

    sentiment: str  # "positive" | "neutral" | "negative"
    polarity: float  # -1..1; 0.0 when not analysed
    themes: list[str]
    safeguarding: bool
    safeguarding_reasons: list[str]
    redacted: str
    sentiment_analysed: bool = True  # False for languages the sentiment model does not cover
    theme_evidence: dict[str, list[str]] = field(default_factory=dict)  # theme key -> words that matched

    def to_json_dict(self) -> dict[str, object]:
        """The contract fields only, as JSON-ready values."""
        values = asdict(self)
        return {key: values[key] for key in CONTRACT_FIELDS}

    def to_full_dict(self) -> dict[str, object]:
        """Every field, including the explanations, for storage alongside the contract."""
        return asdict(self)


def analyse(
    text: str, language: str = ENGLISH, known_names: Iterable[str] = (), *, taxonomy: themes.Taxonomy | None = None
) -> Analysis:
    """Analyse one free-text answer written in ``language`` (a code such as "en" or "pl").

    ``known_names`` are names Tellus knows (the practitioner, the invitee) and redacts wherever
    they appear. Answers not in English are redacted by pattern and checked against that language's
    safeguarding list (or the English one, noted in the reasons), but not scored or themed.
    ``taxonomy`` is a theme file loaded once with ``themes.load_taxonomy(path)`` (say from a setting);
    the default is data/themes.yaml.
    """
    text = text or ""
    known = tuple(known_names or ())
    english = safeguarding.language_code(language) == ENGLISH
    words = normalise(text)
    flagged, reasons = safeguarding.check(words.text, language)
    redacted = redaction.redact(text, known, name_list=english)
    if not english:
        return Analysis("neutral", 0.0, [], flagged, reasons, redacted, sentiment_analysed=False)
    mood = rules_mood = sentiment.score(words)
    if MODELS is not None:
        # Read for harmless readings only when the model would flag alone (rarely): same answer, less work.
        harmless = None if flagged else partial(safeguarding.harmless_reading, words.text)
        flagged, reasons, mood = _second_stage(MODELS, text, flagged, reasons, mood, harmless, len(words.tokens))
    if flagged:
        # Negative unless it praises the service ("she helped me block them"): the flag, not the sentiment,
        # is what sends it to a person.
        mood = sentiment.disclosed(mood, rules_mood)
    taxonomy = taxonomy or themes.TAXONOMY
    evidence = themes.find_themes(words.tokens, taxonomy)
    if MODELS is not None:
        evidence = _learned_themes(MODELS, words.text, evidence, taxonomy)
    return Analysis(
        sentiment=mood.label,
        polarity=mood.polarity,
        themes=list(evidence),
        safeguarding=flagged,
        safeguarding_reasons=reasons,
        redacted=redacted,
        theme_evidence=evidence,
    )


def _second_stage(
    models: LearnedModels,
    text: str,
    flagged: bool,
    reasons: list[str],
    mood: sentiment.SentimentResult,
    harmless: Callable[[], bool] | None = None,
    length: int = 0,
) -> tuple[bool, list[str], sentiment.SentimentResult]:
    """Combine the rules with the learned models (model.py), as train.py chose by cross-validation.

    Safeguarding: every rule flag stands, and the model flags alone at P >= its threshold unless the
    rules read the answer as harmless (``harmless``: a function telling whether a guard or defuser
    matched and nothing flagged, called only when the model's P reaches the threshold; None when the
    rules flagged already, and the model's reason joins theirs).
    Sentiment: the rules decide when their polarity is strong or they applied one of their habits
    (sentiment.deliberate: negation, request, neutral phrase, a short answer of the file's phrases),
    otherwise the model's most likely label,
    with polarity P(positive) - P(negative) kept inside that label's band.
    """
    limits = models.thresholds
    rules_decide = abs(mood.polarity) >= limits["sentiment_rules_at"] or sentiment.deliberate(mood.evidence, length)
    # The sentiment model runs only where its label is used: the rules' own sentiment ignores it.
    p_flag, p_mood = models.score_parts(text, mood=not rules_decide)
    if p_flag >= limits["safeguarding"] and not (harmless is not None and harmless()):
        flagged, reasons = True, [*reasons, f"possible disclosure (learned model, p={p_flag:.2f})"]
    if p_mood is None:
        return flagged, reasons, mood
    label = max(p_mood, key=p_mood.__getitem__)
    polarity = max(-1.0, min(1.0, p_mood["positive"] - p_mood["negative"]))
    low, high = sentiment.LEXICON.negative_at, sentiment.LEXICON.positive_at
    if label == "positive":
        polarity = max(polarity, high)
    elif label == "negative":
        polarity = min(polarity, low)
    else:
        polarity = max(low + 0.01, min(high - 0.01, polarity))
    evidence = (*mood.evidence, f"learned model ({label}, p={p_mood[label]:.2f})")
    return flagged, reasons, sentiment.SentimentResult(label, round(polarity, 4), evidence)


def _learned_themes(
    models: LearnedModels, normalised_text: str, evidence: dict[str, list[str]], taxonomy: themes.Taxonomy
) -> dict[str, list[str]]:
    """The rules' themes, plus any theme of ``taxonomy`` the learned model finds at or above the
    threshold train.py chose for it, explained by the words that raised it; in file order."""
    learned = {
        key: [f"learned model: {', '.join(repr(term) for term in terms)} (p={p:.2f})"]
        for key, (p, terms) in models.theme_hits(normalised_text).items()
        if key not in evidence
    }
    if not learned:
        return evidence
    return {key: evidence.get(key) or learned[key] for key in taxonomy.keys if key in evidence or key in learned}


__all__ = ["ANALYSER_VERSION", "CONTRACT_FIELDS", "Analysis", "analyse"]
