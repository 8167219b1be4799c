"""Leaving quickly leaves no way Back, and a handed-over device shows nobody what the child said."""

import re

import pytest
from playwright.sync_api import expect

from tests.factories import create_link

pytestmark = pytest.mark.browser

SECRET = "Nobody else should read this sentence"
QUESTION_PAGE = re.compile(r"/s/[^/]+/\d+$")


def start_survey(page, token: str) -> None:
    page.goto(f"/s/{token}")
    page.get_by_role("button", name="Start").click()
    expect(page.get_by_text("Question 1 of 6", exact=True)).to_be_visible()


def only_local(requested, live_server) -> None:
    assert requested, "the page made no requests"
    assert all(url.startswith(live_server + "/") for url in requested), requested


def test_leave_this_page_quickly_replaces_the_page_so_back_does_not_return_to_it(
    open_page, live_server, requested, session
):
    token = create_link(session, survey_id="children-4-7")
    page = open_page()
    start_survey(page, token)
    page.get_by_role("radio", name="Yes").click()
    expect(page.get_by_role("radio", name="Yes")).to_be_checked()
    entries = page.evaluate("history.length")

    page.get_by_role("link", name="Leave this page quickly").click()
    expect(page).to_have_url(f"{live_server}/neutral")
    expect(page.get_by_role("heading", name="Weather")).to_be_visible()
    assert page.evaluate("history.length") == entries

    page.go_back()
    expect(page).to_have_url(f"{live_server}/s/{token}")
    expect(page.get_by_role("radio")).to_have_count(0)
    only_local(requested, live_server)


def test_pressing_shift_three_times_leaves_the_page(open_page, live_server, requested, session):
    token = create_link(session, survey_id="children-4-7")
    page = open_page()
    start_survey(page, token)
    entries = page.evaluate("history.length")

    for _ in range(3):
        page.keyboard.press("Shift")
    expect(page).to_have_url(f"{live_server}/neutral")
    assert page.evaluate("history.length") == entries
    page.go_back()
    expect(page).to_have_url(f"{live_server}/s/{token}")
    only_local(requested, live_server)


def test_after_a_hand_over_back_never_shows_the_childs_answers(open_page, live_server, requested, session):
    token = create_link(session, survey_id="children-4-7")
    page = open_page()
    page.goto(f"/s/{token}/hand-over")
    expect(page).to_have_url(f"{live_server}/s/{token}")
    page.get_by_role("button", name="Start").click()
    page.get_by_role("radio", name="Yes").click()
    page.get_by_role("button", name="Continue").click()
    for number in range(2, 6):
        expect(page.get_by_text(f"Question {number} of 6", exact=True)).to_be_visible()
        page.get_by_role("button", name="Skip this question").click()
    page.get_by_label("Is there anything else you want to tell us?").fill(SECRET)
    page.get_by_role("button", name="Continue").click()
    page.locator("label").get_by_text("No, do not use my words", exact=True).click()
    page.get_by_role("button", name="Send my answers").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Thank you")
    page.get_by_role("link", name="I have finished").click()
    expect(page).to_have_url(f"{live_server}/s/{token}/ready")
    expect(page.get_by_role("heading", level=1)).to_have_text("Ready")
    expect(page.get_by_text("Please hand this device back.")).to_be_visible()

    visited = [page.url]
    while page.go_back() is not None:
        visited.append(page.url)
        assert SECRET not in page.content(), page.url
        values = page.locator("input, textarea").evaluate_all("fields => fields.map(field => field.value)")
        assert SECRET not in values, page.url
        expect(page.locator("input:checked")).to_have_count(0)
        expect(page.get_by_role("heading", name="Thank you")).to_have_count(0)
        expect(page.get_by_role("heading", level=1)).to_have_text("Your answers have already been sent")
    assert len(visited) >= 8, visited  # Back went through the question pages...
    assert any(QUESTION_PAGE.search(url) for url in visited), visited
    assert not any(url.endswith("/thank-you") for url in visited), visited  # ...but "I have finished" replaced it.
    only_local(requested, live_server)
