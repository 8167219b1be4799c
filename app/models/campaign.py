"""Campaigns: a survey round, review or ongoing feedback, with the surveys it offers."""

import enum
from datetime import date, datetime

from sqlalchemy import Boolean, Column, Date, ForeignKey, String, Table, select
from sqlalchemy.orm import Mapped, Session, mapped_column, relationship

from .base import Base, UTCDateTime, utcnow
from .survey import Survey
from .user import User


class CampaignKind(enum.StrEnum):
    COLLABORATIVE_PRACTICE_REVIEW = "collaborative_practice_review"
    THEMED_REVIEW = "themed_review"
    SURVEY_ROUND = "survey_round"
    ONGOING_FEEDBACK = "ongoing_feedback"


DEFAULT_SERVICE_AREAS = (
    "Front Door",
    "Family Support and Safeguarding",
    "Children in Care",
    "Care Leavers",
    "Fostering",
    "Disabled Children",
    "Family Wellbeing",
)

campaign_surveys = Table(
    "campaign_surveys",
    Base.metadata,
    Column("campaign_id", ForeignKey("campaigns.id", ondelete="CASCADE"), primary_key=True),
    Column("survey_id", ForeignKey("surveys.id"), primary_key=True),
)


class ServiceArea(Base):
    """The council's service areas: an editable list that campaigns pick from."""

    __tablename__ = "service_areas"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Campaign(Base):
    __tablename__ = "campaigns"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    service_area: Mapped[str] = mapped_column(String(80))
    kind: Mapped[str] = mapped_column(String(40), default=CampaignKind.SURVEY_ROUND)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    starts_on: Mapped[date | None] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    invites: Mapped[list["Invite"]] = relationship(back_populates="campaign")  # noqa: F821
    surveys: Mapped[list[Survey]] = relationship(secondary=campaign_surveys, order_by=Survey.id)
    owner: Mapped[User | None] = relationship()

    @property
    def is_open(self) -> bool:
        return self.closed_at is None


def ensure_service_areas(session: Session) -> None:
    """Create the default service areas the first time; afterwards the list is the admin's to edit."""
    if session.scalar(select(ServiceArea.id).limit(1)) is None:
        session.add_all(ServiceArea(name=name) for name in DEFAULT_SERVICE_AREAS)
        session.commit()


def create_campaign(
    session: Session,
    *,
    name: str,
    service_area: str,
    kind: str,
    surveys: list[Survey],
    owner: User | None,
    starts_on: date | None = None,
    ends_on: date | None = None,
) -> Campaign:
    """Open a new campaign offering the given surveys."""
    campaign = Campaign(
        name=name,
        service_area=service_area,
        kind=kind,
        surveys=surveys,
        owner=owner,
        starts_on=starts_on,
        ends_on=ends_on,
    )
    session.add(campaign)
    session.commit()
    return campaign


def close_campaign(session: Session, campaign: Campaign) -> None:
    """Close a campaign: its links stop taking answers."""
    campaign.closed_at = campaign.closed_at or utcnow()
    session.commit()


def add_service_area(session: Session, name: str) -> None:
    """Add a service area to the list campaigns pick from."""
    session.add(ServiceArea(name=name))
    session.commit()


def set_service_area_active(session: Session, area: ServiceArea, active: bool) -> None:
    """Offer a service area for new campaigns, or stop offering it."""
    area.active = active
    session.commit()
