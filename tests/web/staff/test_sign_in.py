"""Signing in and out: hashed passwords, throttling, expiry."""

import logging
from datetime import timedelta

import time_machine
from sqlalchemy import select

from app.models import User, utcnow
from tests.factories import PASSWORD, create_staff, csrf_token, sign_in


def test_staff_sign_in_and_land_on_my_work(client, session):
    user = create_staff(session, roles=("practitioner",))
    signed_in = sign_in(client, user)
    assert signed_in.status_code == 302
    assert signed_in.headers["Location"] == "/practice/"
    assert "My work" in client.get("/practice/").text
    stored = session.scalar(select(User).where(User.id == user.id))
    assert PASSWORD not in stored.password_hash
    assert stored.password_hash.startswith("scrypt:")


def test_a_wrong_password_gets_one_message_that_gives_nothing_away(client, session):
    user = create_staff(session)
    for email, password in ((user.email, "wrong password"), ("nobody@example.org", PASSWORD)):
        page = client.get("/sign-in")
        refused = client.post(
            "/sign-in", data={"csrf_token": csrf_token(page.text), "email": email, "password": password}
        )
        assert refused.status_code == 200
        assert "The email address or password is not right" in refused.text
        assert email in refused.text  # what was typed is kept
        assert "<title>Error:" in refused.text


def test_an_empty_form_says_what_to_enter(client):
    page = client.get("/sign-in")
    refused = client.post("/sign-in", data={"csrf_token": csrf_token(page.text)})
    assert "Enter your email address" in refused.text
    assert "Enter your password" in refused.text
    assert 'href="#email"' in refused.text


def test_a_disabled_account_cannot_sign_in(client, session):
    user = create_staff(session, active=False)
    assert sign_in(client, user).status_code == 200


def test_signing_in_is_throttled_after_repeated_failures(client, session):
    user = create_staff(session)
    replies = [sign_in(client, user, password="guess") for _ in range(9)]
    assert [reply.status_code for reply in replies] == [200] * 8 + [429]
    assert "Too many tries" in replies[8].text
    assert sign_in(client, user).status_code == 429  # even the right password waits


def test_a_session_ends_after_an_idle_hour(client, session):
    user = create_staff(session)
    sign_in(client, user)
    assert client.get("/practice/").status_code == 200
    with time_machine.travel(utcnow() + timedelta(minutes=61)):
        expired = client.get("/practice/")
        assert "/sign-in" in expired.headers["Location"]
        assert "signed out because you had not used Tellus" in client.get("/sign-in").text


def test_sign_out_ends_the_session(client, session):
    user = create_staff(session)
    sign_in(client, user)
    page = client.get("/practice/")
    client.post("/sign-out", data={"csrf_token": csrf_token(page.text)})
    assert "/sign-in" in client.get("/practice/").headers["Location"]


def test_a_sign_in_only_follows_a_local_next_page(client, session):
    user = create_staff(session, roles=("qa_officer",))
    page = client.get("/sign-in?next=https://evil.example/")
    data = {"csrf_token": csrf_token(page.text), "email": user.email, "password": PASSWORD}
    assert client.post("/sign-in?next=https://evil.example/", data=data).headers["Location"] == "/practice/"


def test_create_user_command_adds_an_account_with_a_printed_password(app, session):
    result = app.test_cli_runner().invoke(
        args=["create-user", "Jo@Council.example", "--role", "qa_officer", "--generate"]
    )
    assert result.exit_code == 0, result.output
    password = result.output.split("Password (shown once): ")[1].strip()
    user = session.scalar(select(User).where(User.email == "jo@council.example"))
    assert user.check_password(password)
    assert {role.value for role in user.roles} == {"qa_officer"}
    again = app.test_cli_runner().invoke(args=["create-user", "jo@council.example", "--role", "admin", "--generate"])
    assert again.exit_code != 0


def test_throttled_sign_ins_leave_no_email_address_in_the_logs(client, session, caplog):
    user = create_staff(session)
    with caplog.at_level(logging.DEBUG):
        for _ in range(10):
            sign_in(client, user, password="guess")
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "exceeded" in logged
    assert user.email not in logged
