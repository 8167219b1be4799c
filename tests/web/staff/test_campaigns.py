"""QA officers create and close campaigns; practitioners work inside open ones."""

from sqlalchemy import select

from app.models import Campaign
from tests.factories import create_link, create_open_campaign, create_staff, csrf_token, sign_in


def test_a_qa_officer_creates_a_campaign_offering_chosen_surveys(client, session):
    sign_in(client, create_staff(session, roles=("qa_officer",)))
    page = client.get("/quality/campaigns/new")
    assert "Family Wellbeing" in page.text  # the default service areas
    created = client.post(
        "/quality/campaigns/new",
        data={
            "csrf_token": csrf_token(page.text),
            "name": "Child in Need review, November",
            "service_area": "Family Support and Safeguarding",
            "kind": "collaborative_practice_review",
            "surveys": ["children-8-12", "parents-carers"],
            "starts_on": "2026-11-01",
            "ends_on": "2026-11-30",
        },
    )
    assert created.status_code == 302
    campaign = session.scalar(select(Campaign))
    assert campaign.name == "Child in Need review, November"
    assert [survey.id for survey in campaign.surveys] == ["children-8-12", "parents-carers"]
    assert campaign.kind == "collaborative_practice_review"
    assert campaign.owner.email.startswith("qa_officer")


def test_a_campaign_form_with_mistakes_keeps_what_was_typed(client, session):
    sign_in(client, create_staff(session, roles=("qa_officer",)))
    page = client.get("/quality/campaigns/new")
    refused = client.post(
        "/quality/campaigns/new",
        data={
            "csrf_token": csrf_token(page.text),
            "name": "Themed review",
            "kind": "themed_review",
            "starts_on": "2026-12-01",
            "ends_on": "2026-11-01",
        },
    )
    assert refused.status_code == 200
    for message in ("Select a service area", "Select at least one survey", "The end date must be on or after"):
        assert message in refused.text
    assert 'value="Themed review"' in refused.text
    assert session.scalar(select(Campaign)) is None


def test_closing_a_campaign_closes_its_links(app, client, session):
    qa = create_staff(session, roles=("qa_officer",))
    campaign = create_open_campaign(session, owner=qa)
    token = create_link(session, campaign=campaign)
    sign_in(client, qa)
    page = client.get(f"/practice/campaigns/{campaign.id}")
    client.post(f"/quality/campaigns/{campaign.id}/close", data={"csrf_token": csrf_token(page.text)})
    assert app.test_client().get(f"/s/{token}").status_code == 410


def test_practitioners_see_open_campaigns_only_and_cannot_create_them(client, session):
    qa = create_staff(session, roles=("qa_officer",))
    open_one = create_open_campaign(session, owner=qa)
    closed = create_open_campaign(session, owner=qa)
    closed.name = "Old review"
    from app.models.campaign import close_campaign

    close_campaign(session, closed)
    sign_in(client, create_staff(session, roles=("practitioner",)))
    listing = client.get("/practice/campaigns").text
    assert open_one.name in listing
    assert "Old review" not in listing
    assert client.get("/quality/campaigns/new").status_code == 403
