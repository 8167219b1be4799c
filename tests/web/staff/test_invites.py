"""Practitioners make invites (one, many, or an open link), print them and see them scanned."""

from urllib.parse import urlparse

import pytest
from sqlalchemy import select

from app.models import Invite
from tests.factories import create_open_campaign, create_staff, csrf_token, sign_in
from tests.qr import decode_png


@pytest.fixture
def practitioner(session):
    return create_staff(session, roles=("practitioner",), name="Priya Shah", team="Family Support Team 2")


@pytest.fixture
def campaign(session):
    return create_open_campaign(session, owner=create_staff(session, roles=("qa_officer",)))


def make_invites(client, campaign, **fields):
    page = client.get(f"/practice/campaigns/{campaign.id}/invites/new")
    data = {"csrf_token": csrf_token(page.text), "survey": "children-8-12", "language": "en", **fields}
    return client.post(f"/practice/campaigns/{campaign.id}/invites/new", data=data)


def invites(session):
    session.expire_all()
    return list(session.scalars(select(Invite).order_by(Invite.id)))


def test_a_practitioner_makes_ten_invites_and_prints_their_cards(client, session, practitioner, campaign):
    sign_in(client, practitioner)
    made = make_invites(client, campaign, count="10")
    assert made.status_code == 302
    batch = client.get(made.headers["Location"])
    assert "10 invites made." in batch.text
    rows = invites(session)
    assert len(rows) == 10
    assert {invite.practitioner_id for invite in rows} == {practitioner.id}
    assert all(invite.audience == "child_8_12" and len(invite.token_hash) == 64 for invite in rows)
    cards = client.get("/practice/cards?ids=" + ",".join(str(invite.id) for invite in rows))
    assert cards.text.count('class="card"') == 10
    assert cards.text.count('class="sheet"') == 2  # 8 a page
    assert "From Priya, Family Support Team 2" in cards.text
    assert "We want to know what you think!" in cards.text


def test_a_scanned_qr_code_opens_the_invites_survey(client, session, practitioner, campaign):
    sign_in(client, practitioner)
    make_invites(client, campaign, count="1")
    [invite] = invites(session)
    png = client.get(f"/practice/invites/{invite.id}/qr.png")
    assert png.headers["Content-Type"] == "image/png"
    [url] = decode_png(png.data)
    assert url.startswith("http://localhost/s/")
    survey = client.get(urlparse(url).path)
    assert survey.status_code == 200
    assert "Start" in survey.text
    svg = client.get(f"/practice/invites/{invite.id}/qr.svg")
    assert svg.headers["Content-Type"].startswith("image/svg+xml")
    assert svg.text.startswith("<svg")


def test_pasted_people_become_invites_with_their_details(client, session, practitioner, campaign):
    sign_in(client, practitioner)
    people = "CP1001, 07700 900982\nCP1002, parent, mum@example.org\n\n  CP1003 ; 4-7\n"
    assert make_invites(client, campaign, people=people).status_code == 302
    rows = invites(session)
    assert [(i.case_reference, i.survey_id, i.contact_phone, i.contact_email) for i in rows] == [
        ("CP1001", "children-8-12", "07700900982", None),
        ("CP1002", "parents-carers", None, "mum@example.org"),
        ("CP1003", "children-4-7", None, None),
    ]
    assert [invite.audience for invite in rows] == ["child_8_12", "parent_carer", "child_4_7"]


def test_bad_pasted_lines_are_each_reported_and_nothing_is_made(client, session, practitioner, campaign):
    sign_in(client, practitioner)
    people = "CP2001\nCP2002, someone@\nCP2003, 0117 496 0000\nCP2004, CP2005\nCP2006, ???"
    refused = make_invites(client, campaign, people=people)
    assert refused.status_code == 200
    assert "No invites were made" in refused.text
    for line, words in (
        (2, "not a complete email address"),
        (3, "not a UK mobile number"),
        (4, "two case references"),
        (5, "we could not tell what"),
    ):
        assert f"Line {line}: " in refused.text
        assert words in refused.text
    assert "Line 1:" not in refused.text
    assert "CP2006, ???" in refused.text  # the pasted text is kept to fix
    assert invites(session) == []


def test_duplicate_case_references_are_warned_about_before_making_them(client, session, practitioner, campaign):
    sign_in(client, practitioner)
    make_invites(client, campaign, people="CP3001")
    warned = make_invites(client, campaign, people="CP3001\nCP3002\nCP3002")
    assert "already have an invite in this campaign" in warned.text
    assert "CP3001, CP3002" in warned.text
    assert len(invites(session)) == 1
    assert make_invites(client, campaign, people="CP3001\nCP3002\nCP3002", confirm_duplicates="y").status_code == 302
    assert len(invites(session)) == 4


def test_more_than_two_hundred_at_once_is_refused(client, session, practitioner, campaign):
    sign_in(client, practitioner)
    refused = make_invites(client, campaign, count="201")
    assert "Enter a number from 1 to 200" in refused.text
    assert invites(session) == []


def test_an_open_link_gets_a_poster_and_takes_many_answers(client, session, practitioner, campaign):
    sign_in(client, practitioner)
    page = client.get(f"/practice/campaigns/{campaign.id}")
    made = client.post(
        f"/practice/campaigns/{campaign.id}/open-links",
        data={"csrf_token": csrf_token(page.text), "survey": "parents-carers"},
    )
    [invite] = invites(session)
    assert invite.kind == "open"
    assert made.headers["Location"].endswith(f"/practice/invites/{invite.id}")
    poster = client.get(f"/practice/invites/{invite.id}/poster")
    assert "Tell us what you think" in poster.text
    assert "<svg" in poster.text


def test_a_practitioner_cannot_see_another_practitioners_invites(app, client, session, practitioner, campaign):
    sign_in(client, practitioner)
    make_invites(client, campaign, people="CP4001")
    [invite] = invites(session)
    other = app.test_client()
    sign_in(other, create_staff(session, roles=("practitioner",)))
    assert other.get(f"/practice/invites/{invite.id}").status_code == 404
    assert other.get(f"/practice/invites/{invite.id}/qr.png").status_code == 404
    assert other.get(f"/practice/cards?ids={invite.id}").status_code == 404
    assert "CP4001" not in other.get(f"/practice/campaigns/{campaign.id}").text
    qa = app.test_client()
    sign_in(qa, create_staff(session, roles=("qa_officer",)))
    assert qa.get(f"/practice/invites/{invite.id}").status_code == 200
