"""What the analyser makes of one answer, for the analysis tests: its redacted text, or its flag."""

from app.analysis import analyse


def redacted(text: str, known_names: tuple[str, ...] = ()) -> str:
    return analyse(text, known_names=known_names).redacted


def flagged(text: str) -> bool:
    return analyse(text).safeguarding
