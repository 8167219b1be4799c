"""Nothing personal in logs: no link token, no answer text."""

import contextlib
import logging
import threading
import urllib.error
import urllib.request

from werkzeug.serving import make_server

from app.logs import HideTokens
from tests.factories import create_link


def test_request_log_lines_never_show_a_link_token():
    record = logging.LogRecord(
        "werkzeug",
        logging.INFO,
        __file__,
        1,
        '%s - - "%s" %s -',
        ("127.0.0.1", "GET /s/AbCdEf123456_-xyz/3 HTTP/1.1", "200"),
        None,
    )
    HideTokens().filter(record)
    assert "AbCdEf123456" not in record.getMessage()
    assert '"GET /s/…/3 HTTP/1.1"' in record.getMessage()


def test_a_real_server_logs_requests_without_link_tokens_or_answers(app, session, caplog):
    """Through werkzeug's own request log, as `make run` serves: the filter must be on the real logger."""
    token = create_link(session, survey_id="children-8-12")
    server = make_server("127.0.0.1", 0, app)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{server.server_port}"
    try:
        with caplog.at_level(logging.INFO):
            for path in (f"/s/{token}", f"/s/{token}/9", "/s/not-a-real-link-at-all"):
                with contextlib.suppress(urllib.error.HTTPError):  # the unknown link is a 404
                    urllib.request.urlopen(base + path).close()
    finally:
        server.shutdown()
        thread.join(timeout=5)
        server.server_close()
    request_lines = [record.getMessage() for record in caplog.records if record.name == "werkzeug"]
    assert any("GET /s/…" in line for line in request_lines), request_lines
    assert not any(token in line for line in request_lines)
