"""A demo campaign with one link per survey and demo staff, so a new install can be tried at once."""

import secrets
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import Campaign, CampaignKind, InviteKind, Role, Survey, User, UserRole
from .models.campaign import ensure_service_areas
from .models.invite import create_invite

DEMO_CAMPAIGN = "Demo: hearing from children and families"
DEMO_STAFF = (
    ("practitioner@example.org", "Sam Practitioner", "Family Support Team 1", (Role.PRACTITIONER,)),
    ("qa@example.org", "Jo Quality", "Quality Assurance", (Role.QA_OFFICER,)),
    ("admin@example.org", "Alex Admin", "Business Support", (Role.ADMIN,)),
)


@dataclass(frozen=True)
class DemoLink:
    survey_id: str
    kind: str
    token: str


def seed_demo(session: Session, key: str) -> tuple[list[DemoLink], list[tuple[str, str, str]]]:
    """Create the demo staff, campaign and a link for every survey; return the links and logins."""
    ensure_service_areas(session)
    logins = []
    for email, name, team, roles in DEMO_STAFF:
        if session.scalar(select(User).where(User.email == email)):
            continue
        password = secrets.token_urlsafe(12)
        user = User(email=email, name=name, team=team, role_rows=[UserRole(role=role) for role in roles])
        user.set_password(password)
        session.add(user)
        logins.append((email, password, ", ".join(roles)))
    session.commit()
    practitioner = session.scalar(select(User).where(User.email == DEMO_STAFF[0][0]))
    qa_officer = session.scalar(select(User).where(User.email == DEMO_STAFF[1][0]))
    surveys = list(session.scalars(select(Survey).order_by(Survey.id)))
    campaign = Campaign(
        name=DEMO_CAMPAIGN,
        service_area="Family Support and Safeguarding",
        kind=CampaignKind.SURVEY_ROUND,
        owner=qa_officer,
        surveys=surveys,
    )
    session.add(campaign)
    links = []
    for survey in surveys:
        kind = InviteKind.OPEN if survey.audience == "anyone" else InviteKind.PERSONAL
        _invite, token = create_invite(
            session, campaign, survey.id, survey.audience, key, kind=kind, days=365, practitioner=practitioner
        )
        links.append(DemoLink(survey.id, kind, token))
    return links, logins


def demo_exists(session: Session) -> bool:
    return session.scalar(select(Campaign.id).where(Campaign.name == DEMO_CAMPAIGN)) is not None
