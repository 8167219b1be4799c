"""What the analyser found in each free-text answer, kept with the analyser's version."""

from datetime import datetime

from sqlalchemy import JSON, Boolean, Float, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, Session, backref, mapped_column, relationship

from .base import Base, UTCDateTime, utcnow
from .response import Answer


class AnswerAnalysis(Base):
    __tablename__ = "answer_analyses"

    id: Mapped[int] = mapped_column(primary_key=True)
    answer_id: Mapped[int] = mapped_column(ForeignKey("answers.id", ondelete="CASCADE"), unique=True)
    analyser_version: Mapped[str] = mapped_column(String(32))
    sentiment: Mapped[str] = mapped_column(String(16))
    polarity: Mapped[float] = mapped_column(Float)
    sentiment_analysed: Mapped[bool] = mapped_column(Boolean, default=True)
    themes: Mapped[list] = mapped_column(JSON, default=list)
    safeguarding: Mapped[bool] = mapped_column(Boolean, default=False)
    safeguarding_reasons: Mapped[list] = mapped_column(JSON, default=list)
    # The answer with personal data taken out: the only form of it that may leave the response record.
    redacted: Mapped[str] = mapped_column(Text)
    analysed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    answer: Mapped[Answer] = relationship(backref=backref("analysis", uselist=False, passive_deletes=True))


def store_analysis(session: Session, answer: Answer, result, version: str) -> AnswerAnalysis:
    """Keep (or replace) what the analyser found in one answer."""
    row = session.query(AnswerAnalysis).filter_by(answer_id=answer.id).one_or_none() or AnswerAnalysis(answer=answer)
    row.analyser_version = version
    row.sentiment, row.polarity = result.sentiment, result.polarity
    row.sentiment_analysed = getattr(result, "sentiment_analysed", True)
    row.themes = list(result.themes)
    row.safeguarding, row.safeguarding_reasons = result.safeguarding, list(result.safeguarding_reasons)
    row.redacted = result.redacted
    row.analysed_at = utcnow()
    session.add(row)
    return row
