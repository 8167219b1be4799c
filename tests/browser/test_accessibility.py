"""axe-core finds no WCAG 2.2 AA problem on any respondent page, and nothing scrolls sideways at 320 px."""

import re
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from tests.factories import create_link

pytestmark = pytest.mark.browser

SURVEY_IDS = sorted(path.stem for path in (Path(__file__).parents[2] / "surveys").glob("*.yaml"))
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
NARROW = {"viewport": {"width": 320, "height": 640}}
TOO_LONG = "x" * 5001  # longer than any text question allows
AXE = Axe()


def describe(violations) -> str:
    lines = []
    for violation in violations:
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']}")
        lines.extend(f"    {node['target']}: {node['failureSummary']}" for node in violation["nodes"])
    return "\n".join(lines)


def check(page, name: str) -> None:
    """Run axe on the page as it is now, and check nothing on it needs horizontal scrolling at 320 px."""
    page.wait_for_load_state()  # the stylesheet too: contrast and width depend on it
    results = AXE.run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
    violations = results.response["violations"]
    assert not violations, f"axe found problems on {name} ({page.url}):\n{describe(violations)}"
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 320, f"{name} ({page.url}) is {width} px wide at 320 px: it scrolls sideways"


def show_errors(page, name: str) -> None:
    """Send the page with a box left empty (when it must be answered) or over-filled, and check the errors too."""
    box = page.locator("textarea").first
    if page.get_by_role("button", name="Skip this question").count() == 0:
        box.fill("")
    else:
        box.fill(TOO_LONG)
    page.get_by_role("button", name="Continue").click()
    expect(page.get_by_role("heading", name="There is a problem")).to_be_visible()
    expect(page).to_have_title(re.compile(r"^Error: "))
    check(page, f"{name} with an error")


def answer(page) -> None:
    """Give an answer of every kind the page asks for: the first choice, the first box ticked, a few words."""
    for group in page.locator("fieldset:has(input[type=radio])").all():
        group.locator("input[type=radio]").first.check()
    if page.locator("input[type=checkbox]").count():
        page.locator("input[type=checkbox]").first.check()
    for box in page.locator("textarea").all():
        box.fill("Some words.")


@pytest.mark.parametrize("survey_id", SURVEY_IDS)
def test_every_page_of_the_survey_passes_axe_and_fits_320_pixels(open_page, live_server, requested, session, survey_id):
    token = create_link(session, survey_id=survey_id)
    page = open_page(**NARROW)
    page.goto(f"/s/{token}")
    check(page, "the welcome page")
    page.get_by_role("button", name="Start").click()
    expect(page.locator("form.question")).to_be_visible()

    errors_shown = False
    while page.locator("form.question").count():
        caption = page.locator(".caption").first.inner_text()
        check(page, caption)
        if not errors_shown and page.locator("textarea").count():
            show_errors(page, caption)
            errors_shown = True
        answer(page)
        url = page.url
        page.get_by_role("button", name="Continue").click()
        expect(page).not_to_have_url(url)
        page.wait_for_load_state()

    assert errors_shown, "no page of this survey has a box to write in"
    expect(page.get_by_role("button", name="Send my answers")).to_be_visible()
    check(page, "the your-words page")
    page.get_by_role("button", name="Send my answers").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Thank you")
    check(page, "the thank-you page")
    assert all(url.startswith(live_server + "/") for url in requested), requested


def test_the_not_found_and_closed_link_pages_pass_axe_and_fit_320_pixels(open_page, live_server, requested, session):
    closed = create_link(session, closed=True)
    page = open_page(**NARROW)

    assert page.goto("/s/not-a-real-link-token-123").status == 404
    expect(page.get_by_role("heading", level=1)).to_have_text("We cannot find this page")
    check(page, "the not-found page")

    assert page.goto(f"/s/{closed}").status == 410
    expect(page.get_by_role("heading", level=1)).to_have_text("This link is closed")
    check(page, "the closed-link page")
    assert all(url.startswith(live_server + "/") for url in requested), requested


def test_the_hand_over_ready_and_already_sent_pages_pass_axe_and_fit_320_pixels(
    open_page, live_server, requested, session
):
    token = create_link(session, survey_id="children-4-7")
    page = open_page(**NARROW)
    page.goto(f"/s/{token}/hand-over")
    page.get_by_role("button", name="Start").click()
    expect(page.locator("form.question")).to_be_visible()
    while page.get_by_role("button", name="Skip this question").count():
        url = page.url
        page.get_by_role("button", name="Skip this question").click()
        expect(page).not_to_have_url(url)
        page.wait_for_load_state()
    page.get_by_role("button", name="Send my answers").click()
    expect(page.get_by_role("link", name="I have finished")).to_be_visible()
    check(page, "the thank-you page after a hand-over")

    page.get_by_role("link", name="I have finished").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Ready")
    check(page, "the ready page")

    page.goto(f"/s/{token}/1")
    expect(page.get_by_role("heading", level=1)).to_have_text("Your answers have already been sent")
    check(page, "the already-sent page")
    assert all(url.startswith(live_server + "/") for url in requested), requested
