"""Invites: personal links and open (poster) links, their tokens and what became of them."""

import base64
import enum
import hashlib
import hmac
import secrets
from datetime import datetime, timedelta

from sqlalchemy import ForeignKey, String, Text, select
from sqlalchemy.orm import Mapped, Session, joinedload, mapped_column, relationship

from .base import Base, UTCDateTime, utcnow
from .campaign import Campaign
from .user import User


class InviteKind(enum.StrEnum):
    PERSONAL = "personal"  # one person, one response
    OPEN = "open"  # a poster or waiting-room QR code: many people, many responses


class NoAnswerReason(enum.StrEnum):
    TOO_YOUNG = "too_young"
    NO_PARENTAL_CONSENT = "no_parental_consent"
    DECLINED = "declined"
    COULD_NOT_CONTACT = "could_not_contact"
    NOT_APPROPRIATE_NOW = "not_appropriate_now"
    OTHER = "other"


class Invite(Base):
    __tablename__ = "invites"

    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaigns.id"), index=True)
    survey_id: Mapped[str] = mapped_column(ForeignKey("surveys.id"))
    practitioner_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16), default=InviteKind.PERSONAL)
    # The token is never stored. Its hash finds the invite; the salt lets staff show the link again,
    # but only with the app's LINK_KEY, so a copy of the database alone opens no one's link.
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    token_salt: Mapped[str] = mapped_column(String(32))
    audience: Mapped[str] = mapped_column(String(32))
    language: Mapped[str] = mapped_column(String(8), default="en")
    case_reference: Mapped[str | None] = mapped_column(String(64))
    contact_email: Mapped[str | None] = mapped_column(String(254))
    contact_phone: Mapped[str | None] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    reminded_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    opened_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    no_answer_reason: Mapped[str | None] = mapped_column(String(32))
    no_answer_note: Mapped[str | None] = mapped_column(Text)
    no_answer_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    campaign: Mapped[Campaign] = relationship(back_populates="invites")
    practitioner: Mapped[User | None] = relationship()

    @property
    def is_open_link(self) -> bool:
        return self.kind == InviteKind.OPEN

    @property
    def status(self) -> str:
        """The furthest this invite has gone: not_sent, sent, opened, started, completed or no_answer."""
        if self.completed_at:
            return "completed"
        if self.no_answer_reason:
            return "no_answer"
        for status, when in (("started", self.started_at), ("opened", self.opened_at), ("sent", self.sent_at)):
            if when:
                return status
        return "not_sent"


def link_token(key: str, salt: str) -> str:
    """The token in an invite's link: 128 random bits of salt, keyed with the app's LINK_KEY."""
    digest = hmac.new(key.encode(), bytes.fromhex(salt), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest[:20]).decode().rstrip("=")


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def find_invite(session: Session, token: str) -> Invite | None:
    if not 10 <= len(token) <= 64:
        return None
    return session.scalar(
        select(Invite).where(Invite.token_hash == hash_token(token)).options(joinedload(Invite.campaign))
    )


def invite_state(invite: Invite, now: datetime) -> str:
    """``open``, or why the link no longer takes answers: ``closed`` or ``expired``."""
    if invite.closed_at or invite.campaign.closed_at:
        return "closed"
    if invite.expires_at and invite.expires_at <= now:
        return "expired"
    if invite.campaign.ends_on and invite.campaign.ends_on < now.date():
        return "expired"
    return "open"


def new_invite(
    campaign: Campaign, survey_id: str, audience: str, key: str, *, days: int, **details
) -> tuple[Invite, str]:
    """Build (not save) an invite and return it with its token."""
    salt = secrets.token_hex(16)
    token = link_token(key, salt)
    invite = Invite(
        campaign=campaign,
        survey_id=survey_id,
        audience=audience,
        token_hash=hash_token(token),
        token_salt=salt,
        expires_at=utcnow() + timedelta(days=days),
        **details,
    )
    return invite, token


def create_invite(
    session: Session, campaign: Campaign, survey_id: str, audience: str, key: str, *, days: int = 90, **details
) -> tuple[Invite, str]:
    """Make and save one invite; return it with its token."""
    invite, token = new_invite(campaign, survey_id, audience, key, days=days, **details)
    session.add(invite)
    session.commit()
    return invite, token


def record_invite_opened(session: Session, invite: Invite) -> None:
    """Note the first time an invite's link was opened."""
    if invite.opened_at is None:
        invite.opened_at = utcnow()
        session.commit()


def record_no_answer(session: Session, invite: Invite, reason: str, note: str | None) -> None:
    """Record why this person was not heard (too young, no consent, declined…)."""
    invite.no_answer_reason = NoAnswerReason(reason)
    invite.no_answer_note = note
    invite.no_answer_at = utcnow()
    session.commit()


def clear_no_answer(session: Session, invite: Invite) -> None:
    """Take back a recorded reason for no answer."""
    invite.no_answer_reason = invite.no_answer_note = invite.no_answer_at = None
    session.commit()


def close_invite(session: Session, invite: Invite) -> None:
    """Stop a link taking answers."""
    invite.closed_at = invite.closed_at or utcnow()
    session.commit()


def create_invites(
    session: Session,
    campaign: Campaign,
    people,
    audiences: dict[str, str],
    key: str,
    *,
    practitioner: User,
    days: int,
    language: str,
) -> list[tuple[Invite, str]]:
    """Make a personal invite for each person in one transaction; return each with its token."""
    made = []
    for person in people:
        invite, token = new_invite(
            campaign,
            person.survey_id,
            audiences[person.survey_id],
            key,
            days=days,
            practitioner=practitioner,
            language=language,
            case_reference=person.case_reference,
            contact_email=person.email,
            contact_phone=person.phone,
        )
        session.add(invite)
        made.append((invite, token))
    session.commit()
    return made


def duplicate_case_references(session: Session, campaign: Campaign, references: list[str]) -> list[str]:
    """Case references that are already in this campaign, or given twice in ``references``."""
    wanted = [reference for reference in references if reference]
    existing = set(
        session.scalars(
            select(Invite.case_reference).where(Invite.campaign_id == campaign.id, Invite.case_reference.in_(wanted))
        )
    )
    seen, repeated = set(), set()
    for reference in wanted:
        if reference in seen:
            repeated.add(reference)
        seen.add(reference)
    return sorted(existing | repeated)
