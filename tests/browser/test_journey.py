"""The analyst's journey of issue 4, in a real browser over the demo data: who has not answered
the May 31 plan and for how long, then logging a new meeting in the admin and finding it on the
proposal's timeline."""

import datetime
import re

import pytest
from django.urls import reverse
from django.utils import timezone
from playwright.sync_api import expect

from negotiations.models import Actor, Location, Meeting, Participant, Proposal, Response, Source
from tests.browser.steps import (
    choose_in_autocomplete,
    days_text,
    expect_date_in_force,
    log_in,
    response_board_cell,
    submit_as_of_form,
)
from tests.factories import UserFactory

MAY_31 = datetime.date(2024, 5, 31)
JUNE_10 = datetime.date(2024, 6, 10)
STATUS = re.compile(r"^\s*status\s*$", re.IGNORECASE)
DAYS_PENDING = re.compile(r"days", re.IGNORECASE)

pytestmark = pytest.mark.browser


def may_31_proposal() -> Proposal:
    return Proposal.objects.get(announced_on=MAY_31)


def test_a_viewer_sees_how_long_hamas_has_not_answered_the_may_31_plan_today_and_on_june_10(
    page, live_server, demo_data
):
    viewer = UserFactory(username="viewer", role="viewer")
    proposal = may_31_proposal()
    proposal_path = f"/proposals/{proposal.slug}/"
    hamas_response = Response.objects.get(proposal=proposal, respondent__name="Hamas")
    logged_changes = list(hamas_response.status_changes.values_list("status", "changed_on"))

    # The server counts days in its own time zone (settings.TIME_ZONE), so the test does too.
    days_since_may_31 = (timezone.localdate() - MAY_31).days

    log_in(page, live_server, viewer)
    page.goto(live_server.url + "/")

    # Hamas's row among the awaited responses links to the proposal: one click to the answer.
    hamas_awaited = page.locator("#pending-responses tbody tr").filter(
        has=page.locator("th[scope=row]", has_text="Hamas")
    )
    expect(hamas_awaited).to_have_count(1)
    expect(hamas_awaited).to_contain_text(f"{days_since_may_31} days")
    hamas_awaited.locator(f'a[href^="{proposal_path}"]').click()
    expect(page).to_have_url(re.compile(re.escape(live_server.url + proposal_path)))

    expect(response_board_cell(page, "Hamas", STATUS)).to_contain_text("Pending")
    expect(response_board_cell(page, "Hamas", DAYS_PENDING)).to_have_text(
        days_text(days_since_may_31)
    )

    page.locator("#as-of").fill("2024-06-10")
    submit_as_of_form(page)

    expect(page).to_have_url(re.compile(r"[?&]as_of=2024-06-10([&#]|$)"))
    expect(page.locator("#as-of")).to_have_value("2024-06-10")
    expect(response_board_cell(page, "Hamas", STATUS)).to_contain_text("Pending")
    expect(response_board_cell(page, "Hamas", DAYS_PENDING)).to_have_text(days_text(10))
    expect_date_in_force(page, JUNE_10)
    # Travelling in time only reads: the response and its log are as they were.
    hamas_response.refresh_from_db()
    assert hamas_response.status == Response.Status.PENDING
    assert list(hamas_response.status_changes.values_list("status", "changed_on")) == logged_changes


def test_an_analyst_logs_a_meeting_in_the_admin_and_finds_it_on_the_proposals_timeline(
    page, live_server, demo_data
):
    analyst = UserFactory(username="analyst", role="analyst")
    proposal = may_31_proposal()
    process = proposal.process
    doha = Location.objects.get(name="Doha")
    blinken = Actor.objects.get(slug="antony-blinken")
    qatar = Actor.objects.get(slug="qatar")
    article = Source.objects.get(publisher="AFP")
    title = "Blinken meets Qatar's leaders in Doha"

    log_in(page, live_server, analyst)
    page.goto(live_server.url + reverse("admin:negotiations_meeting_add"))

    page.locator("#id_title").fill(title)
    page.locator("#id_date").fill("2024-06-12")
    choose_in_autocomplete(page, "id_process", process.title, str(process))
    choose_in_autocomplete(page, "id_location", doha.name, str(doha))
    choose_in_autocomplete(page, "id_proposals", str(proposal), str(proposal))
    # A second participant row, through "Add another" when the inline shows only one.
    if not page.locator("#id_participants-1-actor").count():
        page.locator("#participants-group .add-row a").click()
    choose_in_autocomplete(page, "id_participants-0-actor", blinken.name, str(blinken))
    page.locator("#id_participants-0-role").select_option(Participant.Role.GUEST)
    choose_in_autocomplete(page, "id_participants-1-actor", qatar.name, str(qatar))
    page.locator("#id_participants-1-role").select_option(Participant.Role.HOST)
    choose_in_autocomplete(page, "id_sources", article.title, str(article))
    page.locator('input[name="_save"]').click()

    expect(page.locator(".messagelist .success")).to_contain_text("was added successfully")
    meeting = Meeting.objects.get(title=title)
    assert meeting.date == datetime.date(2024, 6, 12)
    assert meeting.process == process
    assert meeting.location == doha
    assert list(meeting.proposals.all()) == [proposal]
    assert set(meeting.participants.values_list("actor", "role")) == {
        (blinken.pk, Participant.Role.GUEST),
        (qatar.pk, Participant.Role.HOST),
    }
    assert list(meeting.sources.all()) == [article]
    assert meeting.history.latest().history_user == analyst

    page.goto(live_server.url + f"/proposals/{proposal.slug}/")
    timeline_titles = page.locator("#timeline title")
    expect(timeline_titles.filter(has_text=title)).to_have_count(1)
    # The meetings list (outside the chart) links to the new meeting's page.
    meeting_links = page.locator(
        f"xpath=//a[not(ancestor::*[local-name()='svg'])][contains(., \"{title}\")]"
    )
    expect(meeting_links.first).to_have_attribute("href", re.compile(rf"/meetings/{meeting.pk}/$"))
