"""Text analysis of free-text answers: sentiment, themes, safeguarding and redaction (design §5).

Plain Python: this package imports nothing from Flask or the rest of the app, so it can be tested,
benchmarked and run from a script alone. Every lexicon, list and pattern is loaded once, when the
package is imported (at worker start), never per answer.

    >>> result = analyse("My social worker Sarah never turns up")
    >>> result.sentiment, result.themes, result.redacted
    ('negative', ['visits_contact'], 'My social worker [NAME] never turns up')
"""

from collections.abc import Iterable
from dataclasses import asdict, dataclass, field

from . import redaction, safeguarding, sentiment, themes
from .text import normalise

# Stored with every analysis; bump it whenever a rule, list or threshold changes, so a backfill
# knows which stored answers were analysed by older rules.
ANALYSER_VERSION = "2026.11.5"

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
    mood = sentiment.score(words)
    if flagged and mood.polarity > sentiment.DISCLOSURE_POLARITY:
        # An answer that may disclose harm is never good news, whatever words of praise it holds.
        mood = sentiment.SentimentResult("negative", sentiment.DISCLOSURE_POLARITY, (*mood.evidence, "disclosure"))
    evidence = themes.find_themes(words.tokens, taxonomy or themes.TAXONOMY)
    return Analysis(
        sentiment=mood.label,
        polarity=mood.polarity,
        themes=list(evidence),
        safeguarding=flagged,
        safeguarding_reasons=reasons,
        redacted=redacted,
        theme_evidence=evidence,
    )


__all__ = ["ANALYSER_VERSION", "CONTRACT_FIELDS", "Analysis", "analyse"]
