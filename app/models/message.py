"""Messages that carry an invite's link by email or text, with every attempt's outcome."""

import enum
from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, select
from sqlalchemy.orm import Mapped, Session, mapped_column, relationship

from .base import Base, UTCDateTime, utcnow
from .invite import Invite

MAX_ATTEMPTS = 5


class Channel(enum.StrEnum):
    EMAIL = "email"
    SMS = "sms"


class Purpose(enum.StrEnum):
    INVITE = "invite"
    REMINDER = "reminder"


class MessageStatus(enum.StrEnum):
    PENDING = "pending"
    SENT = "sent"
    FAILED = "failed"


class Message(Base):
    __tablename__ = "messages"

    id: Mapped[int] = mapped_column(primary_key=True)
    invite_id: Mapped[int] = mapped_column(ForeignKey("invites.id", ondelete="CASCADE"), index=True)
    channel: Mapped[str] = mapped_column(String(8))
    purpose: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16), default=MessageStatus.PENDING)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    # Why the last attempt failed, in the sender's words; never the message or the address.
    last_error: Mapped[str | None] = mapped_column(String(300))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    attempted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    invite: Mapped[Invite] = relationship()

    @property
    def can_retry(self) -> bool:
        return self.status == MessageStatus.FAILED and self.attempts < MAX_ATTEMPTS


def queue_message(session: Session, invite: Invite, channel: str, purpose: str) -> Message:
    """Queue a message for an invite; it is sent straight after, and retried if that fails."""
    message = Message(invite=invite, channel=Channel(channel), purpose=Purpose(purpose))
    session.add(message)
    session.commit()
    return message


def send_to(session: Session, invite: Invite, channel: str, address: str) -> Message:
    """Keep the address on the invite (for its one reminder) and queue the invite's message to it."""
    if channel == Channel.EMAIL:
        invite.contact_email = address
    else:
        invite.contact_phone = address
    return queue_message(session, invite, channel, Purpose.INVITE)


def record_attempt(session: Session, message: Message, error: str | None) -> None:
    """Record one attempt to send: sent, or failed with the sender's reason."""
    now = utcnow()
    message.attempts += 1
    message.attempted_at = now
    if error is None:
        message.status, message.sent_at, message.last_error = MessageStatus.SENT, now, None
        invite = message.invite
        if message.purpose == Purpose.INVITE:
            invite.sent_at = invite.sent_at or now
        else:
            invite.reminded_at = invite.reminded_at or now
    else:
        message.status, message.last_error = MessageStatus.FAILED, error[:300]
    session.commit()


def messages_to_retry(session: Session) -> list[Message]:
    return list(
        session.scalars(select(Message).where(Message.status == MessageStatus.FAILED, Message.attempts < MAX_ATTEMPTS))
    )
