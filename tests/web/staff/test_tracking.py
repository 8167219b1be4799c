"""Return figures fall out of everyday work: allocated, returned, rate, and why children were not heard."""

from app.models import InviteKind
from app.models.invite import create_invite
from tests.factories import LINK_KEY, create_open_campaign, create_staff, csrf_token, sign_in
from tests.respondent import Respondent


def make_invites(session, campaign, practitioner, count, survey_id="children-8-12", audience="child_8_12"):
    return [
        create_invite(
            session,
            campaign,
            survey_id,
            audience,
            LINK_KEY,
            practitioner=practitioner,
            case_reference=f"CIN{practitioner.id}{number:03d}",
        )
        for number in range(count)
    ]


def answer(app, token):
    person = Respondent(app.test_client(), token)
    person.start()
    person.send()


def test_the_campaign_page_shows_returns_by_status_reason_practitioner_and_audience(app, client, session):
    qa = create_staff(session, roles=("qa_officer",))
    priya = create_staff(session, roles=("practitioner",), name="Priya Shah")
    tom = create_staff(session, roles=("practitioner",), name="Tom Reed")
    campaign = create_open_campaign(session, owner=qa)
    made = make_invites(session, campaign, priya, 10) + make_invites(session, campaign, tom, 5)
    made += make_invites(session, campaign, tom, 3, survey_id="parents-carers", audience="parent_carer")
    for _invite, token in made[:8] + made[10:12] + made[15:16]:
        answer(app, token)
    open_link, open_token = create_invite(
        session, campaign, "children-8-12", "child_8_12", LINK_KEY, kind=InviteKind.OPEN
    )
    answer(app, open_token)

    sign_in(client, priya)
    for (invite, _token), reason in zip(made[8:10], ("too_young", "no_parental_consent"), strict=True):
        page = client.get(f"/practice/invites/{invite.id}")
        client.post(
            f"/practice/invites/{invite.id}/no-answer", data={"csrf_token": csrf_token(page.text), "reason": reason}
        )

    qa_client = app.test_client()
    sign_in(qa_client, qa)
    page = qa_client.get(f"/practice/campaigns/{campaign.id}").text
    assert "11 of 18 returned (61%)" in page
    assert "Open links: 1 answers" in page
    assert 'Too young</th><td class="number">1' in page
    assert 'No parental consent</th><td class="number">1' in page
    assert 'Priya Shah</th><td class="number">10</td><td class="number">8</td><td class="number">80%' in page
    assert 'Tom Reed</th><td class="number">8</td><td class="number">3</td><td class="number">38%' in page
    assert 'Parents and carers</th><td class="number">3</td><td class="number">1</td>' in page
    assert 'Answered</th><td class="number">11' in page


def test_other_as_a_reason_needs_a_few_words(client, session):
    practitioner = create_staff(session, roles=("practitioner",))
    campaign = create_open_campaign(session, owner=practitioner)
    [(invite, _token)] = make_invites(session, campaign, practitioner, 1)
    sign_in(client, practitioner)
    page = client.get(f"/practice/invites/{invite.id}")
    refused = client.post(
        f"/practice/invites/{invite.id}/no-answer", data={"csrf_token": csrf_token(page.text), "reason": "other"}
    )
    assert refused.status_code == 200
    assert "Say why, when the reason is other" in refused.text
    assert 'value="other" checked' in refused.text  # what was chosen is kept
    session.refresh(invite)
    assert invite.no_answer_reason is None
    client.post(
        f"/practice/invites/{invite.id}/no-answer",
        data={"csrf_token": csrf_token(page.text), "reason": "other", "note": "In hospital this month"},
    )
    session.refresh(invite)
    assert (invite.no_answer_reason, invite.no_answer_note) == ("other", "In hospital this month")


def test_my_work_lists_who_has_answered_and_who_to_follow_up(app, client, session):
    practitioner = create_staff(session, roles=("practitioner",))
    campaign = create_open_campaign(session, owner=practitioner)
    made = make_invites(session, campaign, practitioner, 3)
    answer(app, made[0][1])
    sign_in(client, practitioner)
    page = client.get("/practice/").text
    assert "Waiting for an answer (2)" in page
    assert "Answered (1)" in page
    assert f'href="/practice/invites/{made[1][0].id}"' in page
