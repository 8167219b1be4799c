"""A possible disclosure raises an alert at once: emails with no answer text, a queue with a deadline clock."""

import json
import logging
from datetime import timedelta

import pytest
import time_machine
from sqlalchemy import select

from app import intake
from app.analysis import ANALYSER_VERSION
from app.models import Alert, AnswerAnalysis
from app.models.invite import create_invite
from tests.factories import LINK_KEY, create_open_campaign, create_staff, csrf_token, sign_in
from tests.respondent import Respondent

DISCLOSURE = "my dad hits me when he is angry and i am scared to go home"
PRAISE = "My social worker always listens to me and helped me with school"


@pytest.fixture
def practitioner(session):
    return create_staff(session, roles=("practitioner",), name="Priya Shah", email="priya@council.example")


def answered(app, session, practitioner, text, question=9):
    """A child answers the 8-12 survey's free-text question with ``text`` and sends it."""
    campaign = create_open_campaign(session, owner=practitioner)
    invite, token = create_invite(session, campaign, "children-8-12", "child_8_12", LINK_KEY, practitioner=practitioner)
    child = Respondent(app.test_client(), token)
    child.start()
    child.answer(question, text)
    child.send()
    return invite


def alerts(session):
    session.expire_all()
    return session.scalars(select(Alert)).all()


def test_a_disclosure_raises_an_alert_and_emails_carry_no_answer_text(app, session, smtp_server, practitioner):
    app.config["SAFEGUARDING_INBOX"] = "duty@council.example"
    answered(app, session, practitioner, DISCLOSURE)
    [alert] = alerts(session)
    assert alert.practitioner_id == practitioner.id
    assert alert.reasons
    assert {email["To"] for email in smtp_server.messages} == {"priya@council.example", "duty@council.example"}
    for email in smtp_server.messages:
        body = email.get_content()
        assert "hits" not in body
        assert "scared" not in body
        assert f"/practice/alerts/{alert.id}" in body
    assert [event.action for event in alert.events] == ["raised", "emailed", "emailed"]


def test_an_ordinary_answer_is_analysed_and_raises_no_alert(app, session, smtp_server, practitioner):
    answered(app, session, practitioner, PRAISE)
    assert alerts(session) == []
    assert smtp_server.messages == []
    [analysis] = session.scalars(select(AnswerAnalysis)).all()
    assert analysis.analyser_version == ANALYSER_VERSION
    assert analysis.sentiment == "positive"
    assert analysis.safeguarding is False
    assert "[NAME]" not in analysis.redacted or "Priya" not in analysis.redacted


def test_the_practitioner_works_the_alert_from_the_queue_to_an_outcome(app, client, session, practitioner):
    answered(app, session, practitioner, DISCLOSURE)
    [alert] = alerts(session)
    sign_in(client, practitioner)
    queue = client.get("/practice/alerts").text
    assert "Due in" in queue
    assert 'Alerts <span class="count">(1 open)</span>' in queue
    page = client.get(f"/practice/alerts/{alert.id}")
    assert DISCLOSURE in page.text
    token = csrf_token(page.text)
    client.post(f"/practice/alerts/{alert.id}/acknowledge", data={"csrf_token": token})
    client.post(f"/practice/alerts/{alert.id}/notes", data={"csrf_token": token, "note": "Spoke to the duty manager"})
    client.post(f"/practice/alerts/{alert.id}/close", data={"csrf_token": token, "outcome": "referred_to_front_door"})
    [alert] = alerts(session)
    assert alert.outcome == "referred_to_front_door"
    assert alert.cleared_for_quotes is False
    worked = [event for event in alert.events if not event.action.startswith("email")]
    assert [(event.action, event.user.name if event.user else None) for event in worked] == [
        ("raised", None),
        ("acknowledged", "Priya Shah"),
        ("note", "Priya Shah"),
        ("closed", "Priya Shah"),
    ]
    page = client.get(f"/practice/alerts/{alert.id}").text
    assert "Spoke to the duty manager" in page
    assert "Email not sent" in page  # no mail server here: said, never silent


def test_an_alert_turns_overdue_after_one_working_day_in_words(app, client, session, practitioner):
    answered(app, session, practitioner, DISCLOSURE)
    [alert] = alerts(session)
    assert timedelta(days=1) <= alert.due_at - alert.created_at <= timedelta(days=4)  # a weekend may intervene
    sign_in(client, practitioner)
    with time_machine.travel(alert.due_at + timedelta(minutes=90), tick=False):
        sign_in(client, practitioner)
        queue = client.get("/practice/alerts").text
    assert "Overdue by 1 h 30 min" in queue


def test_other_practitioners_cannot_see_the_alert_but_the_qa_officer_can(app, session, practitioner):
    answered(app, session, practitioner, DISCLOSURE)
    [alert] = alerts(session)
    other = app.test_client()
    sign_in(other, create_staff(session, roles=("practitioner",)))
    assert other.get(f"/practice/alerts/{alert.id}").status_code == 404
    qa = app.test_client()
    sign_in(qa, create_staff(session, roles=("qa_officer",)))
    assert DISCLOSURE in qa.get(f"/practice/alerts/{alert.id}").text


def test_backfill_reanalyses_old_answers_and_raises_missed_alerts(app, session, practitioner):
    answered(app, session, practitioner, DISCLOSURE)
    for row in session.scalars(select(AnswerAnalysis)):
        session.delete(row)
    for alert in session.scalars(select(Alert)):
        session.delete(alert)
    session.commit()
    result = app.test_cli_runner().invoke(args=["backfill"])
    assert "1 responses analysed" in result.output
    assert "1 new alerts" in result.output
    assert len(alerts(session)) == 1


def test_the_analyse_command_writes_one_json_object_a_line(app):
    result = app.test_cli_runner().invoke(args=["analyse"], input=f"{PRAISE}\nCall me on 07700 900982\n")
    lines = [json.loads(line) for line in result.output.splitlines()]
    assert len(lines) == 2
    for line in lines:
        assert {"sentiment", "polarity", "themes", "safeguarding", "safeguarding_reasons", "redacted"} <= set(line)
    assert lines[0]["sentiment"] == "positive"
    assert "[PHONE]" in lines[1]["redacted"]


def test_a_councils_own_theme_file_is_used_for_new_answers(settings, tmp_path, session):
    from app import create_app
    from app.extensions import db as database

    themes = tmp_path / "themes.yaml"
    themes.write_text(
        "food:\n  label: Food\n  description: Having enough to eat\n"
        "  phrases: [packed lunch]\n  stems: [food, hungry]\n"
    )
    app = create_app({**settings, "THEMES_FILE": str(themes)})
    practitioner = create_staff(session, roles=("practitioner",))
    answered(app, session, practitioner, "My worker got us food vouchers when we were hungry")
    [analysis] = session.scalars(select(AnswerAnalysis)).all()
    assert analysis.themes == ["food"]
    database.session.remove()


def test_a_broken_theme_file_stops_the_app_starting_with_a_clear_message(settings, tmp_path):
    from app import create_app
    from app.analysis.themes import ThemeFileError

    themes = tmp_path / "themes.yaml"
    themes.write_text("Food Stuff:\n  label: Food\n")
    with pytest.raises(ThemeFileError, match="lower case words joined by underscores"):
        create_app({**settings, "THEMES_FILE": str(themes)})


def test_flagged_words_reach_the_quotes_only_after_a_person_clears_them(app, client, session, practitioner):
    from app.quotes import quotable_answers

    answered(app, session, practitioner, PRAISE)
    answered(app, session, practitioner, DISCLOSURE)
    quotable = [analysis.redacted for _answer, analysis in session.execute(quotable_answers())]
    assert len(quotable) == 1
    assert "listens" in quotable[0]
    [alert] = alerts(session)
    sign_in(client, practitioner)
    page = client.get(f"/practice/alerts/{alert.id}")
    client.post(
        f"/practice/alerts/{alert.id}/close",
        data={"csrf_token": csrf_token(page.text), "outcome": "no_concern_after_review", "cleared_for_quotes": "y"},
    )
    session.expire_all()
    assert len(session.execute(quotable_answers()).all()) == 2


def test_words_are_never_quotable_without_the_persons_yes(app, session, practitioner):
    from app.quotes import quotable_answers

    campaign = create_open_campaign(session, owner=practitioner)
    _invite, token = create_invite(
        session, campaign, "children-8-12", "child_8_12", LINK_KEY, practitioner=practitioner
    )
    child = Respondent(app.test_client(), token)
    child.start()
    child.answer(9, PRAISE)
    child.send(quote="no")
    assert session.execute(quotable_answers()).all() == []


def test_if_the_analyser_fails_the_answers_are_kept_and_a_person_is_asked_to_read_them(
    app, session, practitioner, monkeypatch, caplog
):
    def broken(text, *args, **kwargs):
        raise RuntimeError("the analyser broke")

    monkeypatch.setattr(intake, "analyse", broken)
    with caplog.at_level(logging.DEBUG):
        invite = answered(app, session, practitioner, "Nothing worrying, only words that must stay private")
    [alert] = alerts(session)
    assert "could not be analysed automatically" in alert.reasons
    assert alert.response.submitted_at is not None
    assert alert.response.invite_id == invite.id
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "analysis failed for response" in logged
    assert "must stay private" not in logged
