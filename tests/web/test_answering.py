"""Answering every kind of question, skipping, and sending, through the respondent's pages."""

from tests.factories import create_link, responses
from tests.respondent import Respondent


def answers_by_question(response):
    return {(answer.question_id, answer.part): answer for answer in response.answers}


def test_every_question_type_is_stored_as_its_own_type(client, session):
    token = create_link(session, survey_id="children-8-12")
    child = Respondent(client, token)
    assert child.start().headers["Location"].endswith(f"/s/{token}/1")
    child.answer(1, "4")  # faces
    child.answer(2, "unsure")  # yes / no / not sure
    child.answer(3, "5")
    child.answer(4, "about_right")  # choice
    child.answer(5, "two")
    child.answer(6, "yes_i_go")
    child.answer(7, "3")
    child.answer(8, ["school", "feelings"])  # choices
    child.answer(9, "My worker listens to me and helps with school")  # text
    last = child.answer(10, "Come more often")
    assert last.headers["Location"].endswith(f"/s/{token}/your-words")
    sent = child.send(quote="yes", share="named")
    assert sent.status_code == 303
    assert sent.headers["Location"].endswith(f"/s/{token}/thank-you")

    [response] = responses(session)
    saved = answers_by_question(response)
    assert (saved["worker_listens", ""].choice, saved["worker_listens", ""].score) == ("4", 4)
    assert saved["knows_why", ""].choice == "unsure"
    assert saved["knows_why", ""].score is None
    assert saved["sees_enough", ""].choice == "about_right"
    assert saved["helped_with", ""].choices == ["school", "feelings"]
    assert saved["best_thing", ""].text == "My worker listens to me and helps with school"
    assert saved["best_thing", ""].question_type == "text"
    assert not any(answer.skipped for answer in response.answers)
    assert response.submitted_at is not None
    assert response.consent_to_quote == "yes"
    assert response.share_with_worker is True


def test_three_houses_keeps_each_house_apart(client, session):
    token = create_link(session, survey_id="three-houses")
    child = Respondent(client, token)
    child.start()
    child.answer(1, worries="Shouting at home", good="My nan", dreams="A dog")
    [response] = responses(session)
    saved = answers_by_question(response)
    assert saved["three_houses", "worries"].text == "Shouting at home"
    assert saved["three_houses", "good"].text == "My nan"
    assert saved["three_houses", "dreams"].text == "A dog"


def test_skipping_a_question_saves_it_as_skipped_and_moves_on(client, session):
    token = create_link(session, survey_id="children-8-12")
    child = Respondent(client, token)
    child.start()
    skipped = child.answer(1, "4", action="skip")
    assert skipped.headers["Location"].endswith(f"/s/{token}/2")
    [response] = responses(session)
    [answer] = response.answers
    assert answer.skipped is True
    assert answer.choice is None


def test_pressing_continue_with_nothing_chosen_counts_as_skipped(client, session):
    token = create_link(session, survey_id="children-8-12")
    child = Respondent(client, token)
    child.start()
    assert child.answer(1).status_code == 303
    [response] = responses(session)
    assert response.answers[0].skipped is True


def test_a_required_question_cannot_be_skipped(client, session):
    token = create_link(session, survey_id="compliment-or-complaint", open_link=True)
    person = Respondent(client, token)
    person.start()
    page = client.get(f"/s/{token}/4")
    assert "Skip this question" not in page.text
    refused = person.answer(4, "", action="skip")
    assert refused.status_code == 200
    assert "Write your answer in the box" in refused.text
    assert refused.text.count('href="#answer"') == 1
    assert "<title>Error:" in refused.text


def test_changing_an_answer_replaces_it(client, session):
    token = create_link(session, survey_id="children-8-12")
    child = Respondent(client, token)
    child.start()
    child.answer(1, "2")
    child.answer(1, "5")
    [response] = responses(session)
    assert [(answer.question_id, answer.choice) for answer in response.answers] == [("worker_listens", "5")]
    assert 'value="5" checked' in client.get(f"/s/{token}/1").text


def test_every_respondent_page_has_quick_exit_and_a_neutral_title(client, session):
    token = create_link(session, survey_id="children-4-7")
    child = Respondent(client, token)
    pages = [client.get(f"/s/{token}")]
    child.start()
    pages.append(client.get(f"/s/{token}/1"))
    pages.append(client.get(f"/s/{token}/your-words"))
    child.send()
    pages.append(client.get(f"/s/{token}/thank-you"))
    for page in pages:
        assert "data-quick-exit>Leave this page quickly</a>" in page.text
        title = page.text.split("<title>")[1].split("</title>")[0]
        assert "social" not in title.lower()
        assert "care" not in title.lower()
        assert page.headers["Cache-Control"] == "no-store"
        assert page.headers["Referrer-Policy"] == "no-referrer"
        assert "default-src 'self'" in page.headers["Content-Security-Policy"]


def test_thank_you_page_gives_the_help_lines(client, session):
    token = create_link(session, survey_id="young-people-13-17")
    person = Respondent(client, token)
    person.start()
    person.send(quote="no")
    page = client.get(f"/s/{token}/thank-you")
    assert "0800 1111" in page.text
    assert 'href="tel:999"' in page.text
    [response] = responses(session)
    assert response.consent_to_quote == "no"
    assert response.share_with_worker is False


def test_an_open_link_offers_no_choice_to_be_named(client, session):
    token = create_link(session, survey_id="compliment-or-complaint", open_link=True)
    person = Respondent(client, token)
    person.start()
    page = client.get(f"/s/{token}/your-words")
    assert "Can we use your words in our reports, without your name?" in page.text
    assert 'name="share"' not in page.text
