"""Keyword-only factories that write real rows, and small helpers for reading pages."""

import re
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
    match = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', html)
    assert match, "the page has no CSRF token"
    return match.group(1)


def responses(session) -> list[Response]:
    session.expire_all()
    return list(session.scalars(select(Response).order_by(Response.id)))
