"""Every staff route checks sign-in and role: walked with every role and with no sign-in."""

import re

import pytest

from app.models import Alert, Invite, Message, Role, User
from tests.factories import create_link, create_open_campaign, create_staff, sign_in
from tests.respondent import Respondent

PUBLIC_BLUEPRINTS = {"respond", "account", None}


def staff_rules(app):
    return [
        rule for rule in app.url_map.iter_rules() if rule.endpoint.split(".")[0] not in PUBLIC_BLUEPRINTS | {"static"}
    ]


def allowed_roles(app, rule) -> set[Role]:
    return set(app.blueprints[rule.endpoint.split(".")[0]].allowed_roles)


def fill(rule, ids) -> str:
    return re.sub(r"<(?:int:)?(\w+)>", lambda match: str(ids[match.group(1)]), rule.rule)


@pytest.fixture
def ids(app, session):
    """One of everything a staff URL can name: campaign, invite, message, alert, user, service area."""
    qa = create_staff(session, roles=("qa_officer",))
    campaign = create_open_campaign(session, owner=qa)
    token = create_link(session, campaign=campaign)
    child = Respondent(app.test_client(), token)
    child.start()
    child.answer(9, "he hits me and i am scared")
    child.send()
    invite = session.query(Invite).first()
    alert = session.query(Alert).one()
    message = Message(invite=invite, channel="email", purpose="invite", status="failed", attempts=1)
    session.add(message)
    session.commit()
    return {
        "campaign_id": campaign.id,
        "invite_id": invite.id,
        "message_id": message.id,
        "alert_id": alert.id,
        "user_id": session.query(User).first().id,
        "area_id": 1,
    }


def test_there_are_staff_routes_for_every_staff_blueprint(app):
    blueprints = {rule.endpoint.split(".")[0] for rule in staff_rules(app)}
    assert {"practice", "quality", "admin"} <= blueprints


def test_every_staff_route_sends_a_stranger_to_sign_in(app, ids):
    client = app.test_client()
    for rule in staff_rules(app):
        for method in rule.methods - {"HEAD", "OPTIONS"}:
            response = client.open(fill(rule, ids), method=method)
            assert response.status_code in (302, 400), (rule.rule, method, response.status_code)
            if response.status_code == 302:
                assert "/sign-in" in response.headers["Location"], rule.rule


@pytest.mark.parametrize("role", list(Role))
def test_every_staff_route_lets_in_only_its_roles(app, session, ids, role):
    user = create_staff(session, roles=(role.value,))
    client = app.test_client()
    sign_in(client, user)
    app.config["WTF_CSRF_ENABLED"] = False  # reach the role check of POST routes too
    for rule in staff_rules(app):
        for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
            response = client.open(fill(rule, ids), method=method)
            if role in allowed_roles(app, rule):
                assert response.status_code != 403, (role, rule.rule, method)
                assert response.status_code < 500, (role, rule.rule, method)
            else:
                assert response.status_code == 403, (role, rule.rule, method, response.status_code)
                assert "You cannot see this page" in response.text


def test_a_disabled_account_is_signed_out_at_once(app, session):
    from app.models.user import set_active

    user = create_staff(session, roles=("practitioner",))
    client = app.test_client()
    sign_in(client, user)
    assert client.get("/practice/").status_code == 200
    set_active(session, user, False)
    assert "/sign-in" in client.get("/practice/").headers["Location"]
