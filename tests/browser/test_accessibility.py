"""Accessibility of the pages analysts read most: axe-core finds no serious or critical
violation, and the keyboard alone reaches the content and travels in time."""

import datetime
import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from negotiations.models import Proposal
from tests.browser.steps import days_text, log_in, response_board_cell
from tests.factories import UserFactory

AXE_SCRIPT = Path(__file__).parent / "node_modules" / "axe-core" / "axe.min.js"
# Served from the page's own origin (and answered by the test, never by the server), so that a
# strict Content-Security-Policy on the pages does not have to be switched off to run axe.
AXE_URL_PATH = "/__browser-tests__/axe.min.js"
BLOCKING_IMPACTS = {"serious", "critical"}
MAY_31 = datetime.date(2024, 5, 31)
# More stops than any page header has links, so a missing form fails instead of looping on.
MAX_TAB_PRESSES = 80

pytestmark = pytest.mark.browser


@pytest.fixture
def logged_in_viewer(page, live_server, demo_data):
    log_in(page, live_server, UserFactory(username="viewer", role="viewer"))
    return page


def serious_axe_violations(page, live_server) -> list[str]:
    assert AXE_SCRIPT.exists(), (
        f"axe-core is missing at {AXE_SCRIPT}: run `npm install --prefix tests/browser` "
        "(`make install` does it)."
    )
    page.route(
        live_server.url + AXE_URL_PATH,
        lambda route: route.fulfill(path=str(AXE_SCRIPT), content_type="text/javascript"),
    )
    page.add_script_tag(url=live_server.url + AXE_URL_PATH)
    violations = page.evaluate("async () => (await axe.run(document)).violations")
    return [
        f"{violation['impact']}: {violation['id']} ({violation['help']}) at "
        + ", ".join(str(node["target"]) for node in violation["nodes"][:5])
        for violation in violations
        if violation["impact"] in BLOCKING_IMPACTS
    ]


def may_31_proposal_url(live_server) -> str:
    return live_server.url + f"/proposals/{Proposal.objects.get(announced_on=MAY_31).slug}/"


def test_the_dashboard_and_the_may_31_proposal_page_have_no_serious_accessibility_violations(
    logged_in_viewer, live_server
):
    page = logged_in_viewer
    violations = {}

    for url in (live_server.url + "/", may_31_proposal_url(live_server)):
        response = page.goto(url)
        assert response.status == 200, url
        violations[url] = serious_axe_violations(page, live_server)

    assert violations == {url: [] for url in violations}


def test_the_keyboard_alone_skips_to_the_content_and_changes_the_as_of_date(
    logged_in_viewer, live_server
):
    page = logged_in_viewer
    page.goto(may_31_proposal_url(live_server))

    # The skip link is the first stop of the keyboard and leads to the content.
    page.keyboard.press("Tab")
    skip_link = page.locator(":focus")
    expect(skip_link).to_have_text(re.compile(r"skip", re.IGNORECASE))
    expect(skip_link).to_have_attribute("href", re.compile(r"^#."))
    target = skip_link.get_attribute("href")
    expect(page.locator(target)).to_have_count(1)
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(re.escape(target) + "$"))

    # The as_of form is reached with Tab, filled by typing and submitted with Enter.
    page.goto(may_31_proposal_url(live_server))
    for _ in range(MAX_TAB_PRESSES):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "as-of":
            break
    else:
        pytest.fail(f"the as_of date field was not reached in {MAX_TAB_PRESSES} Tab presses")
    # Chromium's en-US date field takes month, day and year in turn.
    page.keyboard.type("06102024")
    page.keyboard.press("Enter")

    expect(page).to_have_url(re.compile(r"[?&]as_of=2024-06-10([&#]|$)"))
    expect(response_board_cell(page, "Hamas", re.compile("days", re.IGNORECASE))).to_have_text(
        days_text(10)
    )
