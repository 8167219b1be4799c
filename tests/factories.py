"""Keyword-only factories that write real rows, and small helpers for reading pages."""

import re
import uuid
from datetime import timedelta

from sqlalchemy import select

from app.models import Campaign, InviteKind, Response, Survey, utcnow
from app.models.invite import create_invite

LINK_KEY = "test-link-key"


def create_campaign(session, *, name="Test round", service_area="Children in Care", closed=False) -> Campaign:
    campaign = Campaign(name=name, service_area=service_area, closed_at=utcnow() if closed else None)
    session.add(campaign)
    session.commit()
    return campaign


def create_link(session, *, survey_id="children-8-12", open_link=False, closed=False, expired=False, campaign=None):
    """Make an invite for a survey and return its token (the secret part of its link)."""
    campaign = campaign or create_campaign(session)
    audience = session.get(Survey, survey_id).audience
    kind = InviteKind.OPEN if open_link else InviteKind.PERSONAL
    invite, token = create_invite(session, campaign, survey_id, audience, LINK_KEY, kind=kind)
    if closed:
        invite.closed_at = utcnow()
    if expired:
        invite.expires_at = utcnow() - timedelta(minutes=1)
    session.commit()
    return token


def csrf_token(html: str) -> str:
    match = re.search(r'<input[^>]*name="csrf_token"[^>]*value="([^"]+)"', html)
    assert match, "the page has no CSRF token"
    return match.group(1)


def responses(session) -> list[Response]:
    session.expire_all()
    return list(session.scalars(select(Response).order_by(Response.id)))


PASSWORD = "correct horse battery"


def create_staff(session, *, roles=("practitioner",), email=None, name="Sam Worker", team="Team 1", active=True):
    """A staff account with a known password (``PASSWORD``)."""
    from app.models.user import create_user

    email = email or f"{'-'.join(roles)}-{uuid.uuid4().hex[:6]}@example.org"
    user = create_user(session, email=email, name=name, team=team, roles=roles, password=PASSWORD)
    if not active:
        user.active = False
        session.commit()
    return user


def sign_in(client, user, password=PASSWORD):
    page = client.get("/sign-in")
    return client.post(
        "/sign-in", data={"csrf_token": csrf_token(page.text), "email": user.email, "password": password}
    )


def create_open_campaign(session, *, owner=None, surveys=("children-8-12", "parents-carers", "children-4-7")):
    from app.models.campaign import create_campaign as make

    chosen = [session.get(Survey, survey_id) for survey_id in surveys]
    return make(
        session,
        name="Child in Need review",
        service_area="Family Support and Safeguarding",
        kind="collaborative_practice_review",
        surveys=chosen,
        owner=owner,
    )
