"""Hand-over mode: a practitioner lends a device; when the child finishes, nothing of theirs can be seen."""

from tests.factories import create_link
from tests.respondent import Respondent


def test_after_a_child_finishes_in_hand_over_mode_no_answer_can_be_seen_again(client, session):
    token = create_link(session, survey_id="children-8-12")
    assert client.get(f"/s/{token}/hand-over").headers["Location"].endswith(f"/s/{token}")
    child = Respondent(client, token)
    child.start()
    child.answer(9, "Something only for the reviewers")
    child.send()
    thanks = client.get(f"/s/{token}/thank-you")
    assert "I have finished" in thanks.text
    ready = client.get(f"/s/{token}/ready")
    assert "Please hand this device back" in ready.text
    for path in ("", "/1", "/9", "/your-words"):
        page = client.get(f"/s/{token}{path}")
        assert "Something only for the reviewers" not in page.text
        assert "already been sent" in page.text


def test_an_open_link_in_hand_over_mode_is_ready_for_the_next_person(client, session):
    token = create_link(session, survey_id="compliment-or-complaint", open_link=True)
    client.get(f"/s/{token}/hand-over")
    first = Respondent(client, token)
    first.start()
    first.answer(4, "Words from the first person")
    sent = first.send()
    assert "tellus_resume=;" in sent.headers["Set-Cookie"]
    ready = client.get(f"/s/{token}/ready")
    assert "Ready for the next person" in ready.text
    welcome = client.get(f"/s/{token}")
    assert welcome.status_code == 200
    Respondent(client, token).start()
    assert "Words from the first person" not in client.get(f"/s/{token}/4").text


def test_without_hand_over_the_thank_you_page_has_no_finish_button(client, session):
    token = create_link(session, survey_id="children-4-7")
    child = Respondent(client, token)
    child.start()
    child.send()
    assert "I have finished" not in client.get(f"/s/{token}/thank-you").text
