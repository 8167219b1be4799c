"""Responses and their typed answers."""

import hashlib
import secrets
from datetime import datetime

from sqlalchemy import JSON, Boolean, ForeignKey, Integer, String, Text, UniqueConstraint, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Mapped, Session, joinedload, mapped_column, relationship

from .base import Base, UTCDateTime, utcnow
from .invite import Invite
from .survey import SurveyVersion


class Response(Base):
    __tablename__ = "responses"

    id: Mapped[int] = mapped_column(primary_key=True)
    survey_id: Mapped[str] = mapped_column(ForeignKey("surveys.id"), index=True)
    survey_version_id: Mapped[int] = mapped_column(ForeignKey("survey_versions.id"))
    version_hash: Mapped[str] = mapped_column(String(64))
    audience: Mapped[str] = mapped_column(String(32))
    language: Mapped[str] = mapped_column(String(8))
    invite_id: Mapped[int] = mapped_column(ForeignKey("invites.id"), index=True)
    via_open_link: Mapped[bool] = mapped_column(Boolean)
    # Set only for personal links, and unique: one person's link never makes two responses.
    personal_invite_id: Mapped[int | None] = mapped_column(ForeignKey("invites.id"), unique=True)
    resume_key_hash: Mapped[str] = mapped_column(String(64), unique=True)
    step: Mapped[int] = mapped_column(Integer, default=0)
    consent_to_quote: Mapped[str | None] = mapped_column(String(8))
    share_with_worker: Mapped[bool | None] = mapped_column(Boolean)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    submitted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    invite: Mapped[Invite] = relationship(foreign_keys=[invite_id])
    answers: Mapped[list["Answer"]] = relationship(
        back_populates="response", cascade="all, delete-orphan", order_by="Answer.id"
    )

    @property
    def submitted(self) -> bool:
        return self.submitted_at is not None


class Answer(Base):
    """One answer to one question (or one part of it: a Three Houses box)."""

    __tablename__ = "answers"
    __table_args__ = (UniqueConstraint("response_id", "question_id", "part"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    response_id: Mapped[int] = mapped_column(ForeignKey("responses.id", ondelete="CASCADE"))
    question_id: Mapped[str] = mapped_column(String(64))
    part: Mapped[str] = mapped_column(String(16), default="")
    question_type: Mapped[str] = mapped_column(String(20))
    skipped: Mapped[bool] = mapped_column(Boolean, default=False)
    choice: Mapped[str | None] = mapped_column(String(64))
    choices: Mapped[list | None] = mapped_column(JSON)
    score: Mapped[int | None] = mapped_column(Integer)
    text: Mapped[str | None] = mapped_column(Text)
    answered_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    response: Mapped[Response] = relationship(back_populates="answers")


def resume_key_hash(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def find_response(session: Session, invite: Invite, resume_key: str | None) -> Response | None:
    """A personal link has one response; on an open link, the browser's resume key finds its own."""
    if invite.is_open_link and not resume_key:
        return None
    if invite.is_open_link:
        mine = (Response.invite_id == invite.id) & (Response.resume_key_hash == resume_key_hash(resume_key))
    else:
        mine = Response.personal_invite_id == invite.id
    # The answers come in the same query: every page that finds a response shows or saves them.
    return session.scalars(select(Response).where(mine).options(joinedload(Response.answers))).unique().one_or_none()


def start_response(session: Session, invite: Invite, version: SurveyVersion, language: str) -> tuple[Response, str]:
    """Begin a response on an invite; return it with the key that lets this browser resume it."""
    key = secrets.token_urlsafe(32)
    response = Response(
        survey_id=version.survey_id,
        survey_version_id=version.id,
        version_hash=version.version_hash,
        audience=invite.audience,
        language=language,
        invite_id=invite.id,
        via_open_link=invite.is_open_link,
        personal_invite_id=None if invite.is_open_link else invite.id,
        resume_key_hash=resume_key_hash(key),
        step=1,
    )
    session.add(response)
    if invite.started_at is None:
        invite.started_at = utcnow()
    try:
        session.commit()
    except IntegrityError:
        # Two taps on Start at once on a personal link: the first one made the response.
        session.rollback()
        return find_response(session, invite, None), key
    return response, key


def save_answers(
    session: Session,
    response: Response,
    question_id: str,
    question_type: str,
    values,
    next_step: int,
) -> None:
    """Save one page's answers (replacing any saved before) and move the response on."""
    saved = {answer.part: answer for answer in response.answers if answer.question_id == question_id}
    for value in values:
        answer = saved.get(value.part) or Answer(question_id=question_id, part=value.part, question_type=question_type)
        answer.choice, answer.choices, answer.score, answer.text = (
            value.choice,
            value.choices,
            value.score,
            value.text,
        )
        answer.skipped = not (value.choice or value.choices or value.text)
        answer.answered_at = utcnow()
        if answer not in response.answers:
            response.answers.append(answer)
    response.step = max(response.step, next_step)
    response.updated_at = utcnow()
    session.commit()


def submit_response(
    session: Session,
    response: Response,
    consent_to_quote: str | None,
    share_with_worker: bool | None,
) -> bool:
    """Send a response, once: return False if it had already been sent (a double tap or a replay)."""
    now = utcnow()
    sent = session.execute(
        update(Response)
        .where(Response.id == response.id, Response.submitted_at.is_(None))
        .values(
            submitted_at=now,
            updated_at=now,
            consent_to_quote=consent_to_quote,
            share_with_worker=share_with_worker,
        )
    ).rowcount
    if sent:
        session.execute(
            update(Invite)
            .where(Invite.id == response.invite_id, Invite.completed_at.is_(None))
            .values(completed_at=now)
        )
    session.commit()
    session.refresh(response)
    return bool(sent)
