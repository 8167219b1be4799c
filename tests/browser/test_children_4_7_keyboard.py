"""A child of 4 to 7 (or the adult beside them) answers with the keyboard alone, and can always see where focus is."""

import re

import pytest
from playwright.sync_api import expect
from sqlalchemy import select

from app.models import Response
from tests.factories import create_link

pytestmark = pytest.mark.browser

WORDS = "I like my drawing"
FOCUS_STYLE = """element => [null, "::before"].map(pseudo => {
  const style = getComputedStyle(element, pseudo);
  return [style.outlineStyle, style.outlineWidth, style.outlineColor, style.boxShadow, style.backgroundColor].join(" ");
}).join(" | ")"""
# The keys that choose a face on each face question; Tab lands on the first face, and arrows wrap round.
FACE_KEYS = {
    1: ["ArrowRight", "ArrowRight"],
    2: ["Space"],
    3: ["ArrowRight"],
    4: ["ArrowDown", "ArrowDown"],
    5: ["ArrowLeft"],
}
FACE_SCORES = {"likes_visits": 3, "worker_listens": 1, "knows_why": 2, "can_tell_worries": 3, "feels_safe": 3}


def has_focus(locator) -> bool:
    return locator.evaluate("element => element === document.activeElement")


def tab_to(page, target, key: str = "Tab", limit: int = 25) -> None:
    """Press Tab (or Shift+Tab) until ``target`` has focus, as a keyboard user would."""
    for _ in range(limit):
        page.keyboard.press(key)
        if has_focus(target):
            return
    raise AssertionError(f"{key} never reached {target}")


def focus_changes_the_look(page, target, shown) -> None:
    """Focusing ``target`` by keyboard changes the outline, shadow or background of ``shown`` or its ::before."""
    page.wait_for_load_state()  # compare styled with styled, not with a page still loading its stylesheet
    before = shown.evaluate(FOCUS_STYLE)
    tab_to(page, target)
    after = shown.evaluate(FOCUS_STYLE)
    assert after != before, f"focus is invisible on {target}: {before}"


def press_continue(page) -> None:
    button = page.get_by_role("button", name="Continue")
    tab_to(page, button)
    page.keyboard.press("Enter")


def test_child_can_finish_the_4_to_7_survey_with_only_the_keyboard(open_page, live_server, requested, session):
    token = create_link(session, survey_id="children-4-7")
    page = open_page()
    page.goto(f"/s/{token}")
    start = page.get_by_role("button", name="Start")
    focus_changes_the_look(page, start, start)
    page.keyboard.press("Enter")

    for number, keys in FACE_KEYS.items():
        expect(page.get_by_text(f"Question {number} of 6", exact=True)).to_be_visible()
        first_face = page.get_by_role("radio").first
        face_label = page.locator(".faces__label").first
        if number == 1:
            focus_changes_the_look(page, first_face, face_label)
        else:
            tab_to(page, first_face)
        for key in keys:
            page.keyboard.press(key)
        expect(page.locator(".faces__input:checked:focus")).to_have_count(1)
        if number == 1:
            continue_button = page.get_by_role("button", name="Continue")
            focus_changes_the_look(page, continue_button, continue_button)
            tab_to(page, page.get_by_role("button", name="Skip this question"))
            tab_to(page, continue_button, key="Shift+Tab")
            page.keyboard.press("Enter")
        else:
            press_continue(page)

    expect(page.get_by_text("Question 6 of 6", exact=True)).to_be_visible()
    box = page.get_by_label("Is there anything else you want to tell us?")
    focus_changes_the_look(page, box, box)
    page.keyboard.type(WORDS)
    expect(box).to_have_value(WORDS)
    press_continue(page)

    expect(page).to_have_url(re.compile(r"/your-words$"))
    yes = page.get_by_role("radio", name="Yes, you can use my words")
    focus_changes_the_look(page, yes, page.locator("label[for=quote-1]"))
    page.keyboard.press("Space")
    expect(yes).to_be_checked()
    send = page.get_by_role("button", name="Send my answers")
    tab_to(page, send)
    page.keyboard.press("Enter")

    expect(page.get_by_role("heading", level=1)).to_have_text("Thank you")
    assert all(url.startswith(live_server + "/") for url in requested), requested
    session.expire_all()
    response = session.scalars(select(Response)).one()
    assert response.submitted
    assert response.consent_to_quote == "yes"
    answers = {answer.question_id: answer for answer in response.answers}
    assert {key: answers[key].score for key in FACE_SCORES} == FACE_SCORES
    assert answers["anything_else"].text == WORDS
