"""Real peers for sending: an SMTP server and a stand-in for the GOV.UK Notify API, both on 127.0.0.1."""

import json
import socket
import threading
import uuid
from email import message_from_bytes
from email.policy import default
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from aiosmtpd.controller import Controller


class Inbox:
    """An aiosmtpd handler that keeps every message it receives, parsed."""

    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd's name)
        self.messages.append(message_from_bytes(envelope.content, policy=default))
        return "250 OK"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def smtp_server(app):
    """A real SMTP server on localhost; the app's MAIL_* settings point at it."""
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    app.config.update(MAIL_SERVER="127.0.0.1", MAIL_PORT=controller.port, MAIL_DEFAULT_SENDER="tellus@council.example")
    yield inbox
    controller.stop()


class NotifyStandIn(BaseHTTPRequestHandler):
    """Answers POST /v2/notifications/sms as the Notify API does (or fails, when told to)."""

    def do_POST(self):  # noqa: N802 (http.server's name)
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        self.server.received.append({"path": self.path, "auth": self.headers.get("Authorization", ""), **body})
        status, reply = self.server.replies.pop(0) if self.server.replies else (201, None)
        reply = reply or {"id": str(uuid.uuid4()), "reference": None, "content": {"body": "…"}, "template": {}}
        data = json.dumps(reply).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


@pytest.fixture
def notify_server(app):
    """A stand-in Notify API on 127.0.0.1; ``replies`` queues (status, json) answers, default 201."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), NotifyStandIn)
    server.received, server.replies = [], []
    threading.Thread(target=server.serve_forever, daemon=True).start()
    app.config.update(
        NOTIFY_API_KEY=f"tellus_test-{uuid.uuid4()}-{uuid.uuid4()}",
        NOTIFY_BASE_URL=f"http://127.0.0.1:{server.server_address[1]}",
        NOTIFY_SMS_TEMPLATE_ID=str(uuid.uuid4()),
    )
    yield server
    server.shutdown()
