"""Sending links by email (a real SMTP server) and by text (a Notify stand-in): failures shown and retried."""

import socket
from urllib.parse import urlparse

import pytest
from sqlalchemy import select

from app.models import Invite, Message
from tests.factories import create_open_campaign, create_staff, csrf_token, sign_in


@pytest.fixture
def invite_page(client, session):
    """A signed-in practitioner with one invite; returns the invite's page path."""
    practitioner = create_staff(session, roles=("practitioner",), name="Priya Shah", team="Family Support Team 2")
    campaign = create_open_campaign(session, owner=practitioner)
    sign_in(client, practitioner)
    page = client.get(f"/practice/campaigns/{campaign.id}/invites/new")
    client.post(
        f"/practice/campaigns/{campaign.id}/invites/new",
        data={"csrf_token": csrf_token(page.text), "survey": "parents-carers", "language": "en", "count": "1"},
    )
    return f"/practice/invites/{session.scalar(select(Invite.id))}"


def post_on(client, page_path, action, **data):
    page = client.get(page_path)
    return client.post(action, data={"csrf_token": csrf_token(page.text), **data})


def stored(session, model):
    session.expire_all()
    return session.scalars(select(model).order_by(model.id)).all()


def test_an_invite_is_emailed_with_a_working_link(app, client, session, smtp_server, invite_page):
    post_on(client, invite_page, f"{invite_page}/send", channel="email", address="parent@example.org")
    [email] = smtp_server.messages
    assert email["To"] == "parent@example.org"
    assert email["From"] == "tellus@council.example"
    assert email["Subject"] == "Tell us about your experience"
    body = email.get_content()
    assert "Priya from Family Support Team 2" in body
    [invite] = stored(session, Invite)
    assert invite.sent_at is not None
    assert invite.status == "sent"
    assert "Sent." in client.get(invite_page).text
    link = next(word for word in body.split() if "/s/" in word)
    assert app.test_client().get(urlparse(link).path).status_code == 200
    assert stored(session, Invite)[0].status == "opened"


def test_one_reminder_can_be_sent_after_the_invite(client, session, smtp_server, invite_page):
    post_on(client, invite_page, f"{invite_page}/send", channel="email", address="parent@example.org")
    post_on(client, invite_page, f"{invite_page}/remind")
    post_on(client, invite_page, f"{invite_page}/remind")
    assert [email["Subject"] for email in smtp_server.messages] == [
        "Tell us about your experience",
        "A reminder: we would still like to hear from you",
    ]
    assert stored(session, Invite)[0].reminded_at is not None


def test_a_failed_email_is_shown_and_can_be_tried_again(app, client, session, smtp_server, invite_page):
    working_port = app.config["MAIL_PORT"]
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        app.config["MAIL_PORT"] = closed.getsockname()[1]  # nothing listens here
    post_on(client, invite_page, f"{invite_page}/send", channel="email", address="parent@example.org")
    [message] = stored(session, Message)
    assert message.status == "failed"
    assert "ConnectionRefusedError" in message.last_error
    assert "parent@example.org" not in message.last_error
    page = client.get(invite_page).text
    assert "Not sent" in page
    assert "Try again" in page
    assert "Messages that did not send" in client.get("/practice/").text
    app.config["MAIL_PORT"] = working_port
    post_on(client, invite_page, f"/practice/messages/{message.id}/retry")
    [message] = stored(session, Message)
    assert (message.status, message.attempts) == ("sent", 2)
    assert len(smtp_server.messages) == 1


def test_the_send_pending_command_retries_failed_messages(app, client, session, smtp_server, invite_page):
    working_port = app.config["MAIL_PORT"]
    app.config["MAIL_PORT"] = 1
    post_on(client, invite_page, f"{invite_page}/send", channel="email", address="parent@example.org")
    app.config["MAIL_PORT"] = working_port
    result = app.test_cli_runner().invoke(args=["send-pending"])
    assert "1 of 1 messages sent." in result.output
    assert len(smtp_server.messages) == 1


def test_an_invite_is_texted_through_notify(client, session, notify_server, invite_page):
    post_on(client, invite_page, f"{invite_page}/send", channel="sms", address="07700 900982")
    [request] = notify_server.received
    assert request["path"] == "/v2/notifications/sms"
    assert request["phone_number"] == "07700900982"
    assert request["auth"].startswith("Bearer ")
    assert "/s/" in request["personalisation"]["message"]
    assert stored(session, Invite)[0].sent_at is not None


def test_a_notify_error_is_shown_with_notifys_reason(client, session, notify_server, invite_page):
    notify_server.replies.append(
        (
            400,
            {
                "status_code": 400,
                "errors": [
                    {"error": "BadRequestError", "message": "Can't send to this recipient using a team-only API key"}
                ],
            },
        )
    )
    post_on(client, invite_page, f"{invite_page}/send", channel="sms", address="07700900982")
    [message] = stored(session, Message)
    assert message.status == "failed"
    assert "Notify said 400" in message.last_error
    assert "team-only API key" in client.get(invite_page).text


@pytest.mark.parametrize(
    ("channel", "address", "message"),
    [
        ("email", "not-an-email", "Enter an email address in the right format"),
        ("sms", "0117 496 0000", "Enter a UK mobile number"),
    ],
)
def test_a_bad_address_is_refused_kindly(
    client, session, smtp_server, notify_server, invite_page, channel, address, message
):
    refused = post_on(client, invite_page, f"{invite_page}/send", channel=channel, address=address)
    assert refused.status_code == 200
    assert message in refused.text
    assert f'value="{address}"' in refused.text  # what was typed is kept
    assert stored(session, Message) == []


def test_without_mail_or_notify_the_page_says_so(client, session, invite_page):
    assert "Email and text messages are not set up" in client.get(invite_page).text
