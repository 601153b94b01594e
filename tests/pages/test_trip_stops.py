"""A trip stop is done once a meeting of the trip is recorded there: the stored status says so,
the stop's audit history records the change and why, and the trip page shows it."""

import datetime

from negotiations.models import TripStop
from tests.factories import LocationFactory, MeetingFactory, TripFactory, TripStopFactory
from tests.pages.html import parse

JUNE_11 = datetime.date(2024, 6, 11)


def test_a_meeting_at_a_planned_stop_marks_the_stop_done_in_its_history(db):
    trip = TripFactory(start=datetime.date(2024, 6, 10), end=datetime.date(2024, 6, 12))
    amman = LocationFactory(name="Amman")
    stop = TripStopFactory(trip=trip, location=amman, date=JUNE_11)
    other = TripStopFactory(trip=trip, location=LocationFactory(name="Doha"), date=None)

    MeetingFactory(trip=trip, location=amman, date=JUNE_11, title="Talks with King Abdullah")

    stop.refresh_from_db()
    other.refresh_from_db()
    assert stop.status == TripStop.Status.DONE
    assert other.status == TripStop.Status.PLANNED
    latest = stop.history.order_by("-history_date", "-history_id").first()
    assert latest.status == TripStop.Status.DONE
    assert latest.history_change_reason == (
        "Meeting recorded here: Talks with King Abdullah (11 June 2024)"
    )


def test_an_undated_stop_is_done_by_a_meeting_there_on_any_day(db):
    trip = TripFactory()
    doha = LocationFactory(name="Doha")
    stop = TripStopFactory(trip=trip, location=doha, date=None)

    MeetingFactory(trip=trip, location=doha, date=datetime.date(2024, 6, 12))

    stop.refresh_from_db()
    assert stop.status == TripStop.Status.DONE


def test_a_meeting_elsewhere_on_another_day_or_not_yet_held_leaves_the_stop_planned(db):
    trip = TripFactory(end=None)
    amman = LocationFactory(name="Amman")
    stop = TripStopFactory(trip=trip, location=amman, date=JUNE_11)
    cancelled = TripStopFactory(
        trip=trip, location=amman, date=None, status=TripStop.Status.CANCELLED
    )

    MeetingFactory(trip=trip, location=LocationFactory(name="Cairo"), date=JUNE_11)
    MeetingFactory(trip=trip, location=amman, date=datetime.date(2024, 6, 12))
    MeetingFactory(trip=None, location=amman, date=JUNE_11)
    MeetingFactory(trip=trip, location=amman, date=datetime.date.today() + datetime.timedelta(3))

    stop.refresh_from_db()
    cancelled.refresh_from_db()
    assert stop.status == TripStop.Status.PLANNED
    assert stop.history.count() == 1
    assert cancelled.status == TripStop.Status.CANCELLED


def test_the_trip_page_shows_a_stop_done_once_its_meeting_is_recorded(viewer_client, gaza):
    amman_stop = gaza.trip.stops.get(order=3)
    # The article gives the Amman stop no date; an analyst who learns it records it.
    amman_stop.date = JUNE_11
    amman_stop.save()
    assert (
        "Planned"
        in parse(viewer_client.get(f"/trips/{gaza.trip.pk}/?as_of=2024-06-11"))
        .by_id(f"stop-{amman_stop.pk}")
        .text
    )

    MeetingFactory(
        process=gaza.process,
        title="Blinken meets King Abdullah",
        trip=gaza.trip,
        location=amman_stop.location,
        date=JUNE_11,
    )

    page = parse(viewer_client.get(f"/trips/{gaza.trip.pk}/?as_of=2024-06-11"))
    stop = page.by_id(f"stop-{amman_stop.pk}")
    assert stop.find("span", class_="stop-status").text == "Done"
    assert "Blinken meets King Abdullah" in stop.text
    amman_stop.refresh_from_db()
    assert amman_stop.status == TripStop.Status.DONE
    # Before the meeting, the page shows the stop as it then was.
    earlier = parse(viewer_client.get(f"/trips/{gaza.trip.pk}/?as_of=2024-06-10"))
    assert "planned (after the date shown)" in earlier.by_id(f"stop-{amman_stop.pk}").text
