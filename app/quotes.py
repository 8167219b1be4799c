"""Which words may be offered as anonymous quotes: the person said yes, and nothing flagged waits for a person.

The quote bank and report builder read candidates only through ``quotable_answers``, so a flagged
answer can never reach them until someone closing its alert has cleared it.
"""

from sqlalchemy import Select, or_, select

from .models import Alert, Answer, AnswerAnalysis, Response


def quotable_answers() -> Select:
    """(answer, analysis) rows whose redacted words may be quoted."""
    return (
        select(Answer, AnswerAnalysis)
        .join(Response, Answer.response_id == Response.id)
        .join(AnswerAnalysis, AnswerAnalysis.answer_id == Answer.id)
        .outerjoin(Alert, Alert.response_id == Response.id)
        .where(
            Response.submitted_at.is_not(None),
            Response.consent_to_quote == "yes",
            or_(AnswerAnalysis.safeguarding.is_(False), Alert.cleared_for_quotes.is_(True)),
        )
        .order_by(Answer.id)
    )
