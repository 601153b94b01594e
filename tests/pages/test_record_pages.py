import datetime

import pytest
from django.urls import reverse

from negotiations.models import Mediator, NegotiationProcess
from tests.factories import MeetingFactory, PositionFactory
from tests.pages.html import parse


def get_page(client, viewname, arg, as_of="2024-06-10"):
    response = client.get(f"{reverse(viewname, args=[arg])}?as_of={as_of}")
    assert response.status_code == 200
    return parse(response)


def test_the_process_page_shows_status_parties_mediators_proposals_and_timeline(
    viewer_client, gaza
):
    page = get_page(viewer_client, "negotiations:process-detail", gaza.process.slug)

    assert "Active" in page.by_id("process-status").text
    assert "Israel" in page.text and "Hamas" in page.text
    mediators = page.by_id("mediators-heading").parent.text
    assert "Egypt, mediator" in mediators and "Qatar" in mediators
    assert "May 31 three-phase plan" in page.text
    titles = [title.text for title in page.by_id("timeline").find_all("title")]
    assert "War breaks out between Israel and Hamas" in titles
    assert "Israeli troops seize the Palestinian side of the Rafah crossing" in titles
    assert "Blinken meets al-Sisi in Cairo" in titles


def test_the_process_page_as_of_before_and_after_a_status_change(viewer_client, gaza):
    gaza.process.change_status(
        NegotiationProcess.Status.STALLED, changed_on=datetime.date(2024, 7, 1)
    )

    june = get_page(viewer_client, "negotiations:process-detail", gaza.process.slug)
    july = get_page(viewer_client, "negotiations:process-detail", gaza.process.slug, "2024-07-02")

    assert "Active" in june.by_id("process-status").text
    assert "Stalled since 1 July 2024" in july.by_id("process-status").text
    assert gaza.process.status_changes.count() == 2


def test_a_mediator_who_began_after_the_date_is_not_listed(viewer_client, gaza):
    Mediator.objects.create(
        process=gaza.process, actor=gaza.Jordan, since=datetime.date(2024, 7, 1)
    )

    june = get_page(viewer_client, "negotiations:process-detail", gaza.process.slug)
    july = get_page(viewer_client, "negotiations:process-detail", gaza.process.slug, "2024-07-02")

    assert "Jordan" not in june.by_id("mediators-heading").parent.text
    assert "Jordan" in july.by_id("mediators-heading").parent.text


def test_the_actor_page_shows_kind_aliases_processes_and_responses(viewer_client, gaza):
    page = get_page(viewer_client, "negotiations:actor-detail", "hamas")

    assert "Political movement" in page.text
    assert "Islamic Resistance Movement" in page.text
    assert gaza.process.title in page.by_id("processes-heading").parent.text
    responses = page.by_id("responses-heading").parent.text
    assert "May 31 plan" in responses and "10 days" in responses


def test_the_actor_page_shows_positions_meetings_and_statements(viewer_client, gaza):
    PositionFactory(
        person=gaza.blinken,
        organization=gaza.Egypt,
        title="Envoy",
        start=datetime.date(2019, 1, 1),
        end=datetime.date(2020, 1, 1),
    )

    page = get_page(viewer_client, "negotiations:actor-detail", "antony-blinken")

    positions = page.by_id("positions-heading").parent.text
    assert "Secretary of State, United States" in positions
    assert "(held on 10 June 2024)" in positions
    assert "Envoy, Egypt" in positions and "(no longer held)" in positions
    assert "Blinken meets al-Sisi in Cairo" in page.by_id("meetings-heading").parent.text
    assert "press Hamas to say yes" in page.by_id("statements-heading").parent.text
    assert gaza.trip.title in page.by_id("trips-heading").parent.text


def test_the_meeting_page_shows_who_met_where_and_about_what(viewer_client, gaza):
    page = get_page(viewer_client, "negotiations:meeting-detail", gaza.cairo_meeting.pk)

    assert "Blinken meets al-Sisi in Cairo" in page.find("h1").text
    assert "behind closed doors" in page.text
    assert "Abdel Fattah al-Sisi host" in page.text
    assert "Antony Blinken guest" in page.text
    assert "May 31 plan" in page.text
    assert gaza.article.title in page.text


def test_a_meeting_after_the_date_shown_says_so(viewer_client, gaza):
    page = get_page(
        viewer_client, "negotiations:meeting-detail", gaza.cairo_meeting.pk, "2024-06-01"
    )

    assert "after the date shown" in page.text
    assert "Abdel Fattah al-Sisi" not in page.text


def test_the_trip_page_lists_stops_in_order_with_their_meetings(viewer_client, gaza):
    MeetingFactory(
        title="Amman aid conference",
        date=datetime.date(2024, 6, 11),
        trip=gaza.trip,
        location=gaza.trip.stops.get(order=3).location,
    )

    # The article leaves the later stops undated; here Amman is planned for the next day.
    gaza.trip.stops.filter(order=3).update(date=datetime.date(2024, 6, 11))

    page = get_page(viewer_client, "negotiations:trip-detail", gaza.trip.pk)

    stops = [h3.text for h3 in page.by_id("stops-heading").parent.find_all("h3")]
    assert stops == ["1. Cairo", "2. Jerusalem", "3. Amman", "4. Doha"]
    cairo = page.by_id(f"stop-{gaza.trip.stops.get(order=1).pk}")
    assert "Blinken meets al-Sisi in Cairo" in cairo.text
    amman = page.by_id(f"stop-{gaza.trip.stops.get(order=3).pk}")
    assert "planned (after the date shown)" in amman.text
    assert "Amman aid conference" not in page.text  # held after June 10


def test_the_source_page_shows_its_grade_excerpt_and_what_it_supports(viewer_client, gaza):
    page = get_page(viewer_client, "negotiations:source-detail", gaza.article.pk)

    assert "B2" in page.text
    assert "joint efforts to reach a ceasefire and hostage-prisoner exchange" in page.text
    cited = page.by_id("cited-heading").parent.text
    assert "Meeting: Blinken meets al-Sisi in Cairo" in cited
    assert "Response: Hamas on May 31 plan" in cited
    assert "Proposal: May 31 plan" in cited


def test_search_finds_records_of_every_kind(viewer_client, gaza):
    hamas = parse(viewer_client.get("/search/?q=hamas&as_of=2024-06-10"))
    alias = parse(viewer_client.get("/search/?q=islamic resistance"))
    rafah = parse(viewer_client.get("/search/?q=RAFAH"))
    cairo = parse(viewer_client.get("/search/?q=cairo&as_of=2024-06-10"))
    truce = parse(viewer_client.get("/search/?q=truce"))

    assert "Hamas" in hamas.by_id("actors-heading").parent.text
    assert "press Hamas to say yes" in hamas.by_id("statements-heading").parent.text
    assert gaza.article.title in truce.by_id("sources-heading").parent.text
    assert "Hamas" in alias.by_id("actors-heading").parent.text
    assert "Rafah crossing" in rafah.by_id("events-heading").parent.text
    assert "Blinken meets al-Sisi in Cairo" in cairo.by_id("meetings-heading").parent.text


def test_search_hides_records_after_the_date_and_explains_short_queries(viewer_client, gaza):
    early = parse(viewer_client.get("/search/?q=cairo&as_of=2024-06-01"))
    short = parse(viewer_client.get("/search/?q=a"))
    empty = parse(viewer_client.get("/search/"))

    assert "No meeting." in early.text
    assert "Type at least 2 characters to search." in short.text
    assert "Type a name, a place" in empty.text


def test_the_list_pages_render_their_records(viewer_client, gaza):
    processes = parse(viewer_client.get("/processes/?as_of=2024-06-10"))
    actors = parse(viewer_client.get("/actors/?kind=political_movement"))

    assert gaza.process.title in processes.text
    assert "Hamas" in actors.text and "Antony Blinken" not in actors.text


@pytest.mark.parametrize(
    "url",
    [
        "/processes/no-such-process/",
        "/proposals/no-such-plan/",
        "/actors/nobody/",
        "/meetings/999999/",
        "/trips/999999/",
        "/sources/999999/",
    ],
)
def test_unknown_records_are_not_found(viewer_client, db, url):
    response = viewer_client.get(url)

    assert response.status_code == 404
    assert "Page not found" in response.content.decode()
