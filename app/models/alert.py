"""Safeguarding alerts: raised at once when an answer may disclose harm, worked until a person closes them."""

import enum
from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, String, Text, select
from sqlalchemy.orm import Mapped, Session, mapped_column, relationship

from .base import Base, UTCDateTime, utcnow
from .response import Response
from .user import User


class AlertOutcome(enum.StrEnum):
    REFERRED_TO_FRONT_DOOR = "referred_to_front_door"
    DISCUSSED_WITH_CHILD = "discussed_with_child"
    NO_CONCERN_AFTER_REVIEW = "no_concern_after_review"
    OTHER = "other"


class Alert(Base):
    __tablename__ = "alerts"

    id: Mapped[int] = mapped_column(primary_key=True)
    response_id: Mapped[int] = mapped_column(ForeignKey("responses.id"), unique=True)
    practitioner_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    reasons: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    due_at: Mapped[datetime] = mapped_column(UTCDateTime)
    acknowledged_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    acknowledged_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    outcome: Mapped[str | None] = mapped_column(String(32))
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Flagged words stay out of the quote bank until a person who has read them says they may go in.
    cleared_for_quotes: Mapped[bool] = mapped_column(Boolean, default=False)

    response: Mapped[Response] = relationship()
    practitioner: Mapped[User | None] = relationship(foreign_keys=[practitioner_id])
    acknowledged_by: Mapped[User | None] = relationship(foreign_keys=[acknowledged_by_id])
    events: Mapped[list["AlertEvent"]] = relationship(order_by="AlertEvent.at", cascade="all, delete-orphan")

    @property
    def is_open(self) -> bool:
        return self.closed_at is None

    def overdue(self, now: datetime) -> bool:
        return self.acknowledged_at is None and self.closed_at is None and now > self.due_at


class AlertEvent(Base):
    """Who did what to an alert, and when."""

    __tablename__ = "alert_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    alert_id: Mapped[int] = mapped_column(ForeignKey("alerts.id", ondelete="CASCADE"), index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    action: Mapped[str] = mapped_column(String(32))
    note: Mapped[str | None] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    user: Mapped[User | None] = relationship()


def raise_alert(
    session: Session, response: Response, reasons: list[str], now: datetime, due_at: datetime, practitioner_id
) -> Alert:
    """Open an alert for a response (once; a second call returns the first alert)."""
    existing = session.scalar(select(Alert).where(Alert.response_id == response.id))
    if existing:
        return existing
    alert = Alert(
        response=response, reasons="\n".join(reasons), created_at=now, due_at=due_at, practitioner_id=practitioner_id
    )
    alert.events.append(AlertEvent(action="raised"))
    session.add(alert)
    session.commit()
    return alert


def acknowledge_alert(session: Session, alert: Alert, user: User) -> None:
    """Say that a person has read the alert and is dealing with it."""
    if alert.acknowledged_at is None:
        alert.acknowledged_at, alert.acknowledged_by = utcnow(), user
        alert.events.append(AlertEvent(action="acknowledged", user=user))
        session.commit()


def add_alert_note(session: Session, alert: Alert, user: User, note: str) -> None:
    """Record an action taken, in the person's words."""
    alert.events.append(AlertEvent(action="note", user=user, note=note))
    session.commit()


def close_alert(session: Session, alert: Alert, user: User, outcome: str, note: str | None, cleared: bool) -> None:
    """Close an alert with its outcome; ``cleared`` lets the flagged words into the quote bank."""
    alert.outcome = AlertOutcome(outcome)
    alert.closed_at = utcnow()
    alert.cleared_for_quotes = cleared
    if alert.acknowledged_at is None:
        alert.acknowledged_at, alert.acknowledged_by = alert.closed_at, user
    alert.events.append(AlertEvent(action="closed", user=user, note=note))
    session.commit()
