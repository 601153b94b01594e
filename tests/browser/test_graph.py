"""The "Who met whom" network in a real browser, on a desktop and a phone: drawn, linked,
accessible (axe-core), and nothing wider than the screen. The filter forms fit a phone too."""

import re

import pytest
from playwright.sync_api import expect

from negotiations.models import Actor, NegotiationProcess
from tests.browser.steps import log_in
from tests.browser.test_accessibility import serious_axe_violations
from tests.factories import UserFactory

pytestmark = pytest.mark.browser

PHONE = {"width": 375, "height": 812}
DESKTOP = {"width": 1280, "height": 900}


@pytest.fixture
def logged_in_viewer(page, live_server, demo_data):
    log_in(page, live_server, UserFactory(username="viewer", role="viewer"))
    return page


def horizontal_overflow(page) -> int:
    """How many pixels the page is wider than the window (0 when nothing overflows)."""
    return page.evaluate("document.documentElement.scrollWidth - window.innerWidth")


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_the_tracker_s_network_is_drawn_linked_and_accessible(
    logged_in_viewer, live_server, viewport
):
    page = logged_in_viewer
    page.set_viewport_size(viewport)
    page.goto(live_server.url + "/?as_of=2024-06-10")
    if viewport is DESKTOP:
        page.get_by_role("link", name="Who met whom").click()
    else:
        page.goto(live_server.url + "/who-met-whom/?as_of=2024-06-10")

    graph = page.locator("#graph")
    expect(graph).to_be_visible()
    expect(graph.locator(".graph-edge--met")).to_have_count(4)
    expect(graph.locator(".graph-edge--mediates")).to_have_count(6)
    expect(graph.locator(".graph-edge--party")).to_have_count(2)
    expect(graph.locator("a.graph-node")).to_have_count(10)
    box = graph.bounding_box()
    assert box["width"] > 0.8 * viewport["width"] - 64
    assert box["x"] >= 0 and box["x"] + box["width"] <= viewport["width"]
    expect(page.locator("#graph-table tbody tr")).to_have_count(12)
    assert horizontal_overflow(page) <= 0
    assert serious_axe_violations(page, live_server) == []

    blinken = Actor.objects.get(name="Antony Blinken")
    graph.locator(f"a.graph-node[href^='/actors/{blinken.slug}/']").click()
    expect(page).to_have_url(re.compile(rf"/actors/{blinken.slug}/\?as_of=2024-06-10$"))
    expect(page.locator("#who-met-whom-heading")).to_be_visible()
    # Blinken, the three he met, and Abbas Kamel's meeting al-Sisi beside him in Cairo.
    expect(page.locator("#graph .graph-edge--met")).to_have_count(4)


def test_the_process_page_s_network_fits_a_phone_and_follows_a_date_range(
    logged_in_viewer, live_server
):
    page = logged_in_viewer
    page.set_viewport_size(PHONE)
    process = NegotiationProcess.objects.get()
    page.goto(live_server.url + f"/processes/{process.slug}/?as_of=2024-06-10")

    expect(page.locator("#graph")).to_be_visible()
    expect(page.locator("#graph .graph-edge--met")).to_have_count(4)
    assert horizontal_overflow(page) <= 0
    assert serious_axe_violations(page, live_server) == []

    page.locator("#graph-date_after").fill("2024-06-11")
    page.locator("#who-met-whom button[type=submit]").click()

    expect(page).to_have_url(re.compile(r"date_after=2024-06-11"))
    expect(page.locator("#graph .graph-edge--met")).to_have_count(0)
    expect(page.locator("#graph .graph-edge--mediates")).to_have_count(6)
    # The new page's elements are there before its stylesheet applies: measure once it has.
    page.wait_for_load_state("load")
    assert horizontal_overflow(page) <= 0


@pytest.mark.parametrize("path", ["/proposals/", "/meetings/", "/proposals/?process={slug}"])
def test_the_filter_forms_fit_a_phone(logged_in_viewer, live_server, path):
    page = logged_in_viewer
    page.set_viewport_size(PHONE)
    process = NegotiationProcess.objects.get()
    # A long title, as real processes have, widens the process select.
    process.title = (
        "Gaza ceasefire, hostage-release and humanitarian-access negotiations between Israel "
        "and Hamas through Egyptian, Qatari and American mediation"
    )
    process.save()

    page.goto(live_server.url + path.format(slug=process.slug))

    expect(page.locator("form.filters")).to_be_visible()
    assert horizontal_overflow(page) <= 0
    select = page.locator("form.filters select").first
    box = select.bounding_box()
    assert box["x"] + box["width"] <= PHONE["width"]
