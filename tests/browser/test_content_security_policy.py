"""The strict Content-Security-Policy (default-src 'self', nothing inline) breaks nothing: the
site's pages, the admin and the Swagger UI at /api/docs/ load in Chromium with no violation."""

import pytest

from negotiations.models import Proposal
from tests.browser.steps import log_in
from tests.factories import UserFactory

pytestmark = pytest.mark.browser

# Recorded from the first script the page runs; the policy does not apply to Playwright's own.
LISTEN_FOR_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__cspViolations.push(`${event.violatedDirective} blocked ${event.blockedURI}`);
});
"""


@pytest.fixture
def watched_admin_page(page, live_server, demo_data):
    console_reports = []
    page.on(
        "console",
        lambda message: (
            console_reports.append(message.text)
            if "Content Security Policy" in message.text
            else None
        ),
    )
    page.add_init_script(LISTEN_FOR_VIOLATIONS)
    log_in(page, live_server, UserFactory(username="chief", role="admin"))
    return page, console_reports


def violations_on(page) -> list[str]:
    return page.evaluate("window.__cspViolations")


def test_pages_the_admin_and_the_api_docs_load_without_a_policy_violation(
    watched_admin_page, live_server
):
    page, console_reports = watched_admin_page
    proposal = Proposal.objects.order_by("pk").first()
    seen = {}

    for path in [
        "/",
        f"/proposals/{proposal.slug}/",
        "/admin/",
        "/admin/negotiations/meeting/add/",
        f"/admin/negotiations/proposal/{proposal.pk}/change/",
    ]:
        response = page.goto(live_server.url + path)
        assert response.status == 200, path
        assert "default-src 'self'" in response.headers["content-security-policy"]
        page.wait_for_load_state("networkidle")
        seen[path] = violations_on(page)

    response = page.goto(live_server.url + "/api/docs/")
    assert response.status == 200
    # Swagger UI has fetched the schema and drawn the operations.
    page.locator(".opblock-tag").first.wait_for()
    assert (
        page.locator(".swagger-ui .info .title").inner_text().startswith("Negotiation tracker API")
    )
    seen["/api/docs/"] = violations_on(page)

    assert {path: found for path, found in seen.items() if found} == {}
    assert console_reports == []
