"""Parties with their side and period on the process and actor pages; mediator roles' sources;
the statements said at a meeting on the meeting's page."""

import datetime

from django.urls import reverse

from negotiations.models import Party
from tests.factories import SourceFactory, StatementFactory
from tests.pages.html import parse


def get_page(client, viewname, arg, as_of="2024-06-10"):
    response = client.get(f"{reverse(viewname, args=[arg])}?as_of={as_of}")
    assert response.status_code == 200
    return parse(response)


def parties_text(page) -> str:
    facts = page.text
    return facts[facts.index("Parties") : facts.index("Mediators")]


def test_the_process_page_shows_each_partys_side_period_and_sources(viewer_client, gaza):
    israel = Party.objects.get(process=gaza.process, actor__name="Israel")
    israel.side = "Israel"
    israel.since = datetime.date(2023, 10, 7)
    israel.save()
    israel.sources.add(SourceFactory(title="AFP report"))
    # The demo cites the article for every party; an analyst drops Hamas's citation.
    Party.objects.get(process=gaza.process, actor__name="Hamas").sources.clear()

    page = get_page(viewer_client, "negotiations:process-detail", gaza.process.slug)

    parties = parties_text(page)
    assert "Israel, side: Israel" in parties
    assert "since 7 October 2023" in parties
    assert "AFP report" in parties
    # Hamas's row cites nothing: marked, as other unsourced facts are.
    assert "unsourced" in parties


def test_a_party_that_left_before_the_date_is_shown_as_no_longer_a_party(viewer_client, gaza):
    Party.objects.filter(process=gaza.process, actor__name="Hamas").update(
        since=datetime.date(2023, 10, 7), until=datetime.date(2024, 1, 1)
    )

    page = get_page(viewer_client, "negotiations:process-detail", gaza.process.slug)

    assert "until 1 January 2024 (no longer a party)" in parties_text(page)


def test_the_actor_page_lists_the_processes_it_is_a_party_to_with_its_side(viewer_client, gaza):
    Party.objects.filter(process=gaza.process, actor__name="Hamas").update(
        side="Hamas and allied factions"
    )

    page = get_page(viewer_client, "negotiations:actor-detail", "hamas")

    section = page.by_id("parties-heading").parent.text
    assert gaza.process.title in section
    assert "side: Hamas and allied factions" in section


def test_the_process_page_marks_a_mediator_role_without_sources(viewer_client, gaza):
    mediator = gaza.process.mediators.get(actor__name="Egypt")
    mediator.sources.add(SourceFactory(title="Egyptian presidency"))
    # The demo cites the article for every mediator; Qatar's role is left citing nothing.
    gaza.process.mediators.get(actor__name="Qatar").sources.clear()

    page = get_page(viewer_client, "negotiations:process-detail", gaza.process.slug)

    mediators = page.by_id("mediators-heading").parent.text
    assert "Egyptian presidency" in mediators
    assert "unsourced" in mediators


def test_the_meeting_page_lists_the_statements_said_there(viewer_client, gaza):
    StatementFactory(
        speaker=gaza.blinken,
        meeting=gaza.cairo_meeting,
        date=datetime.date(2024, 6, 10),
        text="We had a very good exchange.",
    )

    page = get_page(viewer_client, "negotiations:meeting-detail", gaza.cairo_meeting.pk)

    said = page.by_id("statements-heading").parent.text
    assert "We had a very good exchange." in said
    assert "Antony Blinken" in said
