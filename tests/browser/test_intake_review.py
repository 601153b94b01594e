"""The intake in a real browser: an analyst pastes the seed article, reviews the candidates marked
in the text, ticks and corrects them, and creates the records in one step; every page on the way
is axe-clean and works with the keyboard.

The drafting engine (negotiations.intake.extract) is built on another branch. The review test
below therefore reads an intake whose candidates were written by hand (tests/intake/builders.py,
the engine's contract for the seed article); the last test pastes the seed and expects the
engine's own candidates, and is marked to fail until the engine lands."""

import datetime
import re

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from negotiations.intake.review import rows_of
from negotiations.models import Event, Intake, IntakeRecord, Meeting, Response, Source, Statement
from tests.api.contract import row_counts
from tests.browser.steps import log_in
from tests.browser.test_accessibility import serious_axe_violations
from tests.factories import UserFactory
from tests.intake.builders import SEED_TEXT, intake_with, seed_candidates, seed_world

pytestmark = pytest.mark.browser

NEW_ARTICLE = reverse("admin:negotiations_intake_add")


@pytest.fixture
def world(transactional_db):
    return seed_world()


@pytest.fixture
def analyst_page(page, live_server, world):
    log_in(page, live_server, UserFactory(username="desk-analyst", role="analyst"))
    return page


def review_url(live_server, intake) -> str:
    return live_server.url + reverse("admin:negotiations_intake_change", args=[intake.pk])


def paste_the_seed_article(page, live_server) -> Intake:
    page.goto(live_server.url + NEW_ARTICLE)
    assert serious_axe_violations(page, live_server) == []
    page.get_by_label("Text").fill(SEED_TEXT)
    page.get_by_label("Published on").fill("2024-06-10")
    page.get_by_label("Publisher").fill("AFP")
    page.get_by_role("button", name="Store and draft candidates").click()
    expect(page).to_have_url(re.compile(r"/intake/\d+/change/$"))
    return Intake.objects.latest("pk")


def row(page, text: str):
    return page.locator(".candidate-row").filter(has_text=text)


def test_pasting_an_article_stores_its_source_and_opens_the_review(analyst_page, live_server):
    page = analyst_page

    intake = paste_the_seed_article(page, live_server)

    expect(page.locator(".article-text")).to_contain_text("landed in Israel")
    assert Source.objects.get(pk=intake.source_id).publisher == "AFP"
    assert serious_axe_violations(page, live_server) == []


def test_an_analyst_ticks_corrects_and_creates_the_records_in_one_step(
    analyst_page, live_server, world
):
    page = analyst_page
    intake = intake_with(seed_candidates(world))
    page.goto(review_url(live_server, intake))
    assert serious_axe_violations(page, live_server) == []

    # Every candidate is marked in the text, and its number leads to its row, by keyboard too.
    expect(page.locator("mark#mark-c1")).to_contain_text("Antony Blinken")
    war_id = next(row.html_id for row in rows_of(intake) if row.key == "event-war")
    war_link = page.locator(f"a.candidate-ref[href='#row-{war_id}']")
    war_link.focus()
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(rf"#row-{war_id}$"))
    war = page.locator(f"#row-{war_id}")
    expect(war).to_contain_text("War breaks out")

    # Correct the event's date, which the article gives only as "early October".
    war.get_by_label("Date", exact=True).fill("2023-10-07")
    war.get_by_label("Known to the").select_option("day")
    expect(row(page, "Abbas Kamel").first.get_by_role("checkbox").first).to_be_checked()
    page.get_by_role("button", name="Create selected records").click()

    expect(page).to_have_url(re.compile(r"#created$"))
    created = page.locator("#created")
    expect(created).to_contain_text("Blinken meets al-Sisi in Cairo")
    statement = Statement.objects.get()
    assert statement.speaker == world.blinken
    meeting = Meeting.objects.get()
    assert meeting.location == world.cairo
    assert "Abbas Kamel" in {p.actor.name for p in meeting.participants.all()}
    event = Event.objects.get()
    assert (event.date, event.date_precision) == (datetime.date(2023, 10, 7), "day")
    assert Response.objects.get().respondent == world.hamas
    for record in (statement, meeting, event):
        assert list(record.sources.all()) == [intake.source]
    expect(page.locator(".done-marker")).to_have_count(IntakeRecord.objects.count())
    assert serious_axe_violations(page, live_server) == []

    # Pressing the button again creates nothing twice.
    counts = row_counts()
    page.get_by_role("button", name="Create selected records").click()
    expect(page.locator("#errors")).to_contain_text("Tick at least one")
    assert row_counts() == counts


def test_the_seed_article_pasted_becomes_its_records_with_ticks_only(analyst_page, live_server):
    page = analyst_page

    paste_the_seed_article(page, live_server)

    expect(row(page, "Hamas").first).to_be_visible()
    expect(row(page, "Deal or no deal").first).to_be_visible()
    expect(row(page, "Cairo").first).to_be_visible()
    page.get_by_role("button", name="Create selected records").click()
    expect(page).to_have_url(re.compile(r"#created$"))
    assert Statement.objects.filter(text__startswith="Deal or no deal").exists()
    assert Meeting.objects.filter(location__name="Cairo").exists()
    assert Response.objects.filter(respondent__name="Hamas", status="pending").exists()
    assert serious_axe_violations(page, live_server) == []


def test_an_analyst_adds_a_meeting_the_draft_missed_with_the_keyboard(
    analyst_page, live_server, world
):
    page = analyst_page
    intake = intake_with(seed_candidates(world))
    page.goto(review_url(live_server, intake))
    added = page.locator("#row-new-meetings")
    # Nothing is added unless the analyst ticks it.
    expect(added.get_by_role("checkbox", name="A meeting the draft missed")).not_to_be_checked()

    # Untick the draft's candidates: only the addition is to be created.
    for box in page.locator("input[name=accept]").all():
        box.uncheck()
    added.get_by_role("checkbox", name="A meeting the draft missed").focus()
    page.keyboard.press("Space")
    page.keyboard.press("Tab")
    page.keyboard.type("Blinken meets Netanyahu")
    added.get_by_label("Date", exact=True).fill("2024-06-11")
    added.get_by_label("Place").select_option(label="Jerusalem")
    added.get_by_label("Antony Blinken").check()
    # Netanyahu is not among the actors the draft found: he is added by his id.
    added.get_by_label("Other participants' actor ids").fill(str(world.netanyahu.pk))
    added.get_by_label("Proposals discussed").select_option(label="May 31 three-phase plan")
    assert serious_axe_violations(page, live_server) == []
    page.get_by_role("button", name="Create selected records").click()

    expect(page).to_have_url(re.compile(r"#created$"))
    expect(page.locator("#created")).to_contain_text("Added in review")
    expect(page.locator("#created")).to_contain_text("Blinken meets Netanyahu")
    meeting = Meeting.objects.get()
    assert (meeting.date, meeting.location) == (datetime.date(2024, 6, 11), world.jerusalem)
    assert {p.actor for p in meeting.participants.all()} == {world.blinken, world.netanyahu}
    assert meeting.process == world.process
    assert list(meeting.sources.all()) == [intake.source]
    assert IntakeRecord.objects.count() == 1
    expect(page.locator("#row-new-meetings input[name=accept]")).not_to_be_checked()
