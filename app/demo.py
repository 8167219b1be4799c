"""A demo campaign with one link per survey and demo staff, so a new install can be tried at once."""

import secrets
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import Campaign, InviteKind, Role, Survey, User, UserRole
from .models.campaign import create_invite

DEMO_CAMPAIGN = "Demo: hearing from children and families"
DEMO_STAFF = (
    ("practitioner@example.org", "Sam Practitioner", "Family Support Team 1", (Role.PRACTITIONER,)),
    ("qa@example.org", "Jo Quality", "Quality Assurance", (Role.QA_OFFICER,)),
    ("admin@example.org", "Alex Admin", "Business Support", (Role.ADMIN,)),
)


@dataclass(frozen=True)
class DemoLink:
    survey_id: str
    title: str
    kind: str
    token: str


def seed_demo(session: Session) -> tuple[list[DemoLink], list[tuple[str, str, str]]]:
    """Create the demo campaign, a link for every survey and the demo staff; return the links and logins."""
    campaign = Campaign(name=DEMO_CAMPAIGN, service_area="Family Support and Safeguarding")
    session.add(campaign)
    links = []
    for survey in session.scalars(select(Survey).order_by(Survey.id)):
        kind = InviteKind.OPEN if survey.audience == "anyone" else InviteKind.PERSONAL
        _invite, token = create_invite(session, campaign, survey.id, survey.audience, kind=kind, days=365)
        links.append(DemoLink(survey.id, survey.title, kind, token))
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
    return links, logins


def demo_exists(session: Session) -> bool:
    return session.scalar(select(Campaign.id).where(Campaign.name == DEMO_CAMPAIGN)) is not None
