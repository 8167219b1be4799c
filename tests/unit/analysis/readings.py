"""What the analyser makes of one answer, for the analysis tests: its redacted text, or its flag."""

from app.analysis import analyse


def redacted(text: str, known_names: tuple[str, ...] = ()) -> str:
    return analyse(text, known_names=known_names).redacted


def flagged(text: str) -> bool:
    return analyse(text).safeguarding


def flagged_by_rules(text: str) -> bool:
    """Flagged by the phrase lists or concern signals, not only by the learned model."""
    return any("learned model" not in reason for reason in analyse(text).safeguarding_reasons)
