"""A practitioner in a real browser: make invites, print cards (PDF), scan a card, and see the return rate move."""

import io

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect
from pypdf import PdfReader

from tests.factories import PASSWORD, create_open_campaign, create_staff
from tests.qr import decode_png

pytestmark = pytest.mark.browser
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
AXE = Axe()


def assert_accessible(page) -> None:
    page.wait_for_load_state()
    violations = AXE.run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}}).response["violations"]
    assert not violations, f"{page.url}: " + "; ".join(
        f"{v['id']}: {[n['target'] for n in v['nodes']]}" for v in violations
    )


def sign_in(page, user) -> None:
    page.goto("/sign-in")
    assert_accessible(page)
    page.get_by_label("Email address").fill(user.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", name="My work")).to_be_visible()


def test_a_practitioner_makes_invites_prints_cards_and_sees_a_scanned_card_answered(
    open_page, session, requested, live_server
):
    qa = create_staff(session, roles=("qa_officer",))
    campaign = create_open_campaign(session, owner=qa)
    practitioner = create_staff(session, roles=("practitioner",), name="Priya Shah", team="Family Support Team 2")
    page = open_page(viewport={"width": 1024, "height": 800})
    sign_in(page, practitioner)
    assert_accessible(page)

    page.goto(f"/practice/campaigns/{campaign.id}")
    assert_accessible(page)
    expect(page.locator("#return-rate")).to_have_text("No invites yet.")
    page.get_by_role("link", name="Make invites for children or families").click()
    page.get_by_role("button", name="Make invites").click()  # nothing chosen: the errors, kindly
    expect(page.get_by_role("heading", name="There is a problem")).to_be_visible()
    assert_accessible(page)
    page.get_by_label("Children 8 to 12: Your views").check()
    page.get_by_label("How many invites").fill("10")
    page.get_by_role("button", name="Make invites").click()
    expect(page.get_by_text("10 invites made.")).to_be_visible()
    assert_accessible(page)

    page.get_by_role("link", name="Print cards").click()
    expect(page.locator(".card")).to_have_count(10)
    page.emulate_media(media="print")
    pdf = PdfReader(io.BytesIO(page.pdf(format="A4", print_background=True)))
    assert len(pdf.pages) == 2  # 8 cards a page
    assert "From Priya, Family Support Team 2" in " ".join(pdf.pages[0].extract_text().split())
    page.emulate_media(media="screen")
    [url] = decode_png(page.locator(".card__qr").first.screenshot())
    assert url.startswith("http://localhost/s/")  # the printed address is the public one

    child = open_page(viewport={"width": 360, "height": 640}, java_script_enabled=False)
    child.goto(url.replace("http://localhost", live_server))
    child.get_by_role("button", name="Start").click()
    while child.get_by_role("button", name="Skip this question").count():
        child.get_by_role("button", name="Skip this question").click()
    child.get_by_role("button", name="Send my answers").click()
    expect(child.get_by_role("heading", name="Thank you")).to_be_visible()

    page.goto(f"/practice/campaigns/{campaign.id}")
    expect(page.locator("#return-rate")).to_have_text("1 of 10 returned (10%)")
    page.get_by_role("link", name="Invite", exact=False).first.click()
    assert_accessible(page)
    assert all(address.startswith(live_server) for address in requested)


def test_the_qa_and_admin_pages_pass_axe(open_page, session):
    person = create_staff(session, roles=("qa_officer", "admin"))
    page = open_page()
    sign_in(page, person)
    for path in (
        "/practice/campaigns",
        "/quality/campaigns/new",
        "/admin/users",
        "/admin/users/new",
        "/admin/service-areas",
        f"/admin/users/{person.id}",
    ):
        page.goto(path)
        assert_accessible(page)
    page.goto("/quality/campaigns/new")
    page.get_by_role("button", name="Create the campaign").click()
    expect(page.get_by_role("heading", name="There is a problem")).to_be_visible()
    assert_accessible(page)
