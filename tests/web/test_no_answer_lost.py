"""No answer is lost: resuming, double taps, replays, long pauses and bad input."""

from datetime import timedelta

import pytest
import time_machine

from app.models import utcnow
from tests.factories import create_link, csrf_token, responses
from tests.respondent import Respondent


def test_child_can_resume_a_personal_link_after_closing_the_tab(app, client, session):
    token = create_link(session, survey_id="children-8-12")
    child = Respondent(client, token)
    child.start()
    child.answer(1, "4")
    child.answer(2, "yes")

    reopened = app.test_client()  # a new tab with nothing remembered
    back = reopened.get(f"/s/{token}")
    assert back.status_code == 302
    assert back.headers["Location"].endswith(f"/s/{token}/3")
    page = reopened.get(f"/s/{token}/3")
    assert "Welcome back" in page.text
    assert 'value="4" checked' in reopened.get(f"/s/{token}/1").text
    assert len(responses(session)) == 1


def test_open_link_resumes_in_the_same_browser_and_starts_afresh_in_another(app, client, session):
    token = create_link(session, survey_id="compliment-or-complaint", open_link=True)
    first = Respondent(client, token)
    started = first.start()
    assert "tellus_resume=" in started.headers["Set-Cookie"]
    assert f"Path=/s/{token}" in started.headers["Set-Cookie"]
    first.answer(1, "compliment")
    assert client.get(f"/s/{token}").headers["Location"].endswith(f"/s/{token}/2")

    someone_else = app.test_client()
    assert someone_else.get(f"/s/{token}").status_code == 200
    Respondent(someone_else, token).start()
    assert len(responses(session)) == 2
    assert 'value="compliment" checked' not in someone_else.get(f"/s/{token}/1").text


def test_pressing_send_twice_makes_one_response(client, session):
    token = create_link(session, survey_id="children-4-7")
    child = Respondent(client, token)
    child.start()
    child.answer(1, "3")
    form = client.get(f"/s/{token}/your-words")
    data = {"csrf_token": csrf_token(form.text), "quote": "yes"}
    first = client.post(f"/s/{token}/your-words", data=data)
    second = client.post(f"/s/{token}/your-words", data=data)
    assert first.status_code == second.status_code == 303
    assert second.headers["Location"].endswith("/thank-you")
    [response] = responses(session)
    assert response.submitted_at is not None


def test_pressing_start_twice_on_a_personal_link_makes_one_response(client, session):
    token = create_link(session, survey_id="children-4-7")
    welcome = client.get(f"/s/{token}")
    data = {"csrf_token": csrf_token(welcome.text)}
    assert client.post(f"/s/{token}", data=data).status_code == 303
    assert client.post(f"/s/{token}", data=data).status_code == 303
    assert len(responses(session)) == 1


def test_a_sent_response_cannot_be_changed_by_replaying_the_link(client, session):
    token = create_link(session, survey_id="children-8-12")
    child = Respondent(client, token)
    child.start()
    page = client.get(f"/s/{token}/1")
    child.answer(1, "2")
    child.send()
    replay = client.post(f"/s/{token}/1", data={"csrf_token": csrf_token(page.text), "answer": "5"})
    assert replay.status_code == 409
    assert "already been sent" in replay.text
    [response] = responses(session)
    assert response.answers[0].choice == "2"
    shown_again = client.get(f"/s/{token}/1")
    assert "already been sent" in shown_again.text
    assert 'value="2" checked' not in shown_again.text
    assert "already been sent" in client.get(f"/s/{token}").text


def test_answers_survive_a_two_hour_pause_on_one_page(client, session):
    token = create_link(session, survey_id="children-8-12")
    child = Respondent(client, token)
    child.start()
    page = client.get(f"/s/{token}/9")
    with time_machine.travel(utcnow() + timedelta(hours=2, minutes=5)):
        saved = client.post(f"/s/{token}/9", data={"csrf_token": csrf_token(page.text), "answer": "I like my worker"})
    assert saved.status_code == 303
    [response] = responses(session)
    assert response.answers[0].text == "I like my worker"


def test_a_lost_session_keeps_what_was_typed_and_asks_to_press_continue_again(app, client, session):
    token = create_link(session, survey_id="children-8-12")
    Respondent(client, token).start()
    stranger = app.test_client()  # the browser forgot its session cookie, or the form was forged
    refused = stranger.post(f"/s/{token}/9", data={"csrf_token": "stale", "answer": "Please keep this"})
    assert refused.status_code == 200
    assert "Please keep this" in refused.text
    assert "press Continue again" in refused.text
    assert responses(session)[0].answers == []
    again = stranger.post(f"/s/{token}/9", data={"csrf_token": csrf_token(refused.text), "answer": "Please keep this"})
    assert again.status_code == 303


def test_over_long_text_is_refused_kindly_and_kept(client, session):
    token = create_link(session, survey_id="children-8-12")
    child = Respondent(client, token)
    child.start()
    long_text = "I want to say " + "a lot " * 200
    refused = child.answer(9, long_text)
    assert refused.status_code == 200
    assert "Your answer must be 1000 characters or fewer" in refused.text
    assert long_text.strip() in refused.text
    assert '<a href="#answer">' in refused.text
    assert responses(session)[0].answers == []


@pytest.mark.parametrize(
    ("number", "value", "message"),
    [
        (1, "9", "Select from the answers shown"),
        (4, "lots", "Select from the answers shown"),
        (8, ["school", "hacked"], "Select from the answers shown"),
        (2, "maybe", "Select from the answers shown"),
    ],
)
def test_a_tampered_choice_is_refused_with_a_message_on_the_same_page(client, session, number, value, message):
    token = create_link(session, survey_id="children-8-12")
    child = Respondent(client, token)
    child.start()
    refused = child.answer(number, value)
    assert refused.status_code == 200
    assert message in refused.text
    assert 'class="error-summary"' in refused.text
    assert responses(session)[0].answers == []


def test_a_response_records_what_reports_need(client, session):
    token = create_link(session, survey_id="parents-carers")
    before = utcnow()
    parent = Respondent(client, token)
    parent.start()
    parent.answer(1, "yes")
    parent.send(quote="yes", share="anonymous")
    [response] = responses(session)
    assert response.survey_id == "parents-carers"
    assert len(response.version_hash) == 64
    assert response.audience == "parent_carer"
    assert response.language == "en"
    assert response.invite_id is not None
    assert response.via_open_link is False
    assert before <= response.started_at <= response.submitted_at
    assert response.consent_to_quote == "yes"
    assert response.share_with_worker is False
