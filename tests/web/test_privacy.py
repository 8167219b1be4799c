"""Nothing personal in logs: no link token, no answer text."""

import logging

from app.logs import HideTokens
from tests.factories import create_link
from tests.respondent import Respondent


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


def test_answering_and_a_failing_request_log_no_answer_text(app, client, session, caplog):
    token = create_link(session, survey_id="children-8-12")
    child = Respondent(client, token)
    with caplog.at_level(logging.DEBUG):
        child.start()
        child.answer(9, "My secret words about home")
        child.send()
        app.config["PROPAGATE_EXCEPTIONS"] = False
        client.get("/s/not-a-real-link-at-all")
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "My secret words" not in logged
    assert token not in logged
