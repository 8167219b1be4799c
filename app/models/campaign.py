"""Campaigns and the invites that bring respondents to a survey."""

import enum
import hashlib
import secrets
from datetime import date, datetime, timedelta

from sqlalchemy import Date, ForeignKey, String, select
from sqlalchemy.orm import Mapped, Session, mapped_column, relationship

from .base import Base, UTCDateTime, utcnow


class InviteKind(enum.StrEnum):
    PERSONAL = "personal"  # one person, one response
    OPEN = "open"  # a poster or waiting-room QR code: many people, many responses


class Campaign(Base):
    __tablename__ = "campaigns"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    service_area: Mapped[str] = mapped_column(String(80))
    starts_on: Mapped[date | None] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    invites: Mapped[list["Invite"]] = relationship(back_populates="campaign")


class Invite(Base):
    __tablename__ = "invites"

    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaigns.id"), index=True)
    survey_id: Mapped[str] = mapped_column(ForeignKey("surveys.id"))
    kind: Mapped[str] = mapped_column(String(16), default=InviteKind.PERSONAL)
    # Only a hash of the token is kept: a copy of the database does not open anyone's link.
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    audience: Mapped[str] = mapped_column(String(32))
    language: Mapped[str] = mapped_column(String(8), default="en")
    case_reference: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    opened_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    campaign: Mapped[Campaign] = relationship(back_populates="invites")

    @property
    def is_open_link(self) -> bool:
        return self.kind == InviteKind.OPEN


def new_token() -> str:
    """A link token: 160 random bits, in a form that fits a URL and a printed card."""
    return secrets.token_urlsafe(20)


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def find_invite(session: Session, token: str) -> Invite | None:
    if not 10 <= len(token) <= 64:
        return None
    return session.scalar(select(Invite).where(Invite.token_hash == hash_token(token)))


def invite_state(invite: Invite, now: datetime) -> str:
    """``open``, or why the link no longer takes answers: ``closed`` or ``expired``."""
    if invite.closed_at or invite.campaign.closed_at:
        return "closed"
    if invite.expires_at and invite.expires_at <= now:
        return "expired"
    if invite.campaign.ends_on and invite.campaign.ends_on < now.date():
        return "expired"
    return "open"


def create_invite(
    session: Session,
    campaign: Campaign,
    survey_id: str,
    audience: str,
    *,
    kind: str = InviteKind.PERSONAL,
    days: int = 90,
    case_reference: str | None = None,
    language: str = "en",
) -> tuple[Invite, str]:
    """Make an invite and return it with its token; the token itself is never stored."""
    token = new_token()
    invite = Invite(
        campaign=campaign,
        survey_id=survey_id,
        kind=kind,
        token_hash=hash_token(token),
        audience=audience,
        language=language,
        case_reference=case_reference,
        expires_at=utcnow() + timedelta(days=days),
    )
    session.add(invite)
    session.commit()
    return invite, token


def record_invite_opened(session: Session, invite: Invite) -> None:
    """Note the first time an invite's link was opened."""
    if invite.opened_at is None:
        invite.opened_at = utcnow()
        session.commit()
