"""A child of 8 to 12 answers every question on a small phone whose browser runs no JavaScript."""

import re

import pytest
from playwright.sync_api import expect
from sqlalchemy import select

from app.models import Response
from tests.factories import create_link

pytestmark = pytest.mark.browser

PHONE = {"java_script_enabled": False, "viewport": {"width": 360, "height": 640}, "has_touch": True}
BEST_THING = "She listens to me and she plays football with me."
COULD_BE_BETTER = "Come to see me more often, and tell me before she goes on holiday."


def continue_to(page, number: int, total: int = 10) -> None:
    page.get_by_role("button", name="Continue").click()
    expect(page.get_by_text(f"Question {number} of {total}", exact=True)).to_be_visible()


def choose_face(page, word: str) -> None:
    """Tap a face: the invisible radio that covers the whole face and its word takes the tap."""
    page.get_by_role("radio", name=word, exact=True).click()
    expect(page.get_by_role("radio", name=word, exact=True)).to_be_checked()


def choose_label(page, words: str) -> None:
    page.locator("label").get_by_text(words, exact=True).click()
    expect(page.get_by_label(words, exact=True)).to_be_checked()


def answer_every_question(page) -> None:
    choose_face(page, "Most of the time")
    continue_to(page, 2)
    choose_label(page, "Yes")
    continue_to(page, 3)
    choose_face(page, "Sometimes")
    continue_to(page, 4)
    choose_label(page, "About right")
    continue_to(page, 5)
    choose_label(page, "Two")
    continue_to(page, 6)
    choose_label(page, "Yes, someone tells them what I think")
    continue_to(page, 7)
    choose_face(page, "Safe")
    continue_to(page, 8)
    choose_label(page, "School")
    choose_label(page, "My feelings and worries")
    continue_to(page, 9)
    page.get_by_label("What is the best thing about your social worker?").fill(BEST_THING)
    continue_to(page, 10)
    page.get_by_label("What could your social worker do better?").fill(COULD_BE_BETTER)
    page.get_by_role("button", name="Continue").click()


def stored_answers(session) -> tuple[Response, dict]:
    session.expire_all()
    responses = list(session.scalars(select(Response)))
    assert len(responses) == 1, responses
    return responses[0], {answer.question_id: answer for answer in responses[0].answers}


def test_child_can_finish_the_8_to_12_survey_on_a_phone_without_javascript(open_page, live_server, requested, session):
    token = create_link(session, survey_id="children-8-12")
    page = open_page(**PHONE)

    page.goto(f"/s/{token}")
    expect(page.get_by_role("heading", level=1)).to_have_text("Hello")
    page.get_by_role("button", name="Start").click()
    expect(page.get_by_text("Question 1 of 10", exact=True)).to_be_visible()
    answer_every_question(page)

    expect(page).to_have_url(re.compile(r"/your-words$"))
    choose_label(page, "Yes, you can use my words")
    expect(page.get_by_label("No, keep my answers anonymous")).to_be_checked()
    page.get_by_role("button", name="Send my answers").click()

    expect(page).to_have_url(re.compile(r"/thank-you$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Thank you")
    help_lines = page.get_by_role("region", name="If you need help")
    expect(help_lines.get_by_role("link", name="0800 1111")).to_have_attribute("href", "tel:08001111")
    expect(help_lines.get_by_role("link", name="999", exact=True)).to_have_attribute("href", "tel:999")
    page.wait_for_load_state()
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    assert requested, "the page made no requests"
    assert all(url.startswith(live_server + "/") for url in requested), requested

    response, answers = stored_answers(session)
    assert response.submitted
    assert (response.consent_to_quote, response.share_with_worker) == ("yes", False)
    assert len(answers) == 10
    assert not any(answer.skipped for answer in answers.values())
    assert (answers["worker_listens"].choice, answers["worker_listens"].score) == ("4", 4)
    assert answers["explains_clearly"].score == 3
    assert answers["feels_safe"].score == 4
    assert answers["knows_why"].choice == "yes"
    assert answers["sees_enough"].choice == "about_right"
    assert answers["worker_changes"].choice == "two"
    assert answers["say_in_meetings"].choice == "yes_someone_tells"
    assert answers["helped_with"].choices == ["school", "feelings"]
    assert answers["best_thing"].text == BEST_THING
    assert answers["could_be_better"].text == COULD_BE_BETTER
    assert {answer.question_type for answer in answers.values()} == {
        "faces",
        "yes_no_unsure",
        "choice",
        "choices",
        "text",
    }
