"""Links that do not, or no longer, take answers get a kind page and the right status code."""

import pytest

from tests.factories import create_campaign, create_link
from tests.respondent import Respondent


@pytest.mark.parametrize("path", ["/s/not-a-real-link-at-all", "/s/x", "/s/not-a-real-link-at-all/3", "/nowhere"])
def test_an_unknown_link_gets_a_kind_not_found_page(client, path):
    page = client.get(path)
    assert page.status_code == 404
    assert "We cannot find this page" in page.text
    assert "0800 1111" in page.text
    assert "Traceback" not in page.text


@pytest.mark.parametrize("state", ["closed", "expired"])
def test_a_closed_or_expired_link_gets_a_kind_gone_page(client, session, state):
    token = create_link(session, **{state: True})
    for page in (client.get(f"/s/{token}"), client.get(f"/s/{token}/1"), client.post(f"/s/{token}")):
        assert page.status_code == 410
        assert "This link is closed" in page.text
        assert "0800 1111" in page.text


def test_a_link_in_a_closed_campaign_is_gone(client, session):
    token = create_link(session, campaign=create_campaign(session, closed=True))
    assert client.get(f"/s/{token}").status_code == 410


def test_a_question_number_past_the_end_is_not_found(client, session):
    token = create_link(session, survey_id="children-4-7")
    Respondent(client, token).start()
    assert client.get(f"/s/{token}/99").status_code == 404


def test_question_pages_before_starting_lead_to_the_welcome_page(client, session):
    token = create_link(session)
    page = client.get(f"/s/{token}/2")
    assert page.status_code == 302
    assert page.headers["Location"].endswith(f"/s/{token}")


def test_opening_a_link_is_recorded_on_the_invite(client, session):
    from app.models import Invite

    token = create_link(session)
    client.get(f"/s/{token}")
    Respondent(client, token).start()
    invite = session.query(Invite).one()
    session.refresh(invite)
    assert invite.opened_at is not None
    assert invite.started_at is not None
    assert invite.completed_at is None
