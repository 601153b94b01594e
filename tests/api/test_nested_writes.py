"""Phases with provisions, meeting participants and trip stops: a write replaces the nested list
in one transaction, and one bad item rejects the whole write."""

from negotiations import models
from tests import factories


def test_writing_phases_replaces_the_proposal_s_phases(analyst_api):
    proposal = factories.ProposalFactory()
    factories.ProvisionFactory(phase=factories.PhaseFactory(proposal=proposal, number=1))

    response = analyst_api.patch(
        f"/api/v1/proposals/{proposal.pk}/",
        {
            "phases": [
                {
                    "number": 1,
                    "duration_days": 42,
                    "provisions": [
                        {"topic": "ceasefire", "text": "Fighting halts."},
                        {"topic": "hostages", "text": "Hamas frees hostages."},
                    ],
                },
                {"number": 2, "title": "Permanent end of hostilities"},
                {"number": 3, "title": "Reconstruction"},
            ]
        },
        format="json",
    )

    assert response.status_code == 200, response.json()
    assert [phase["number"] for phase in response.json()["phases"]] == [1, 2, 3]
    assert list(proposal.phases.values_list("number", flat=True)) == [1, 2, 3]
    assert models.Provision.objects.filter(phase__proposal=proposal).count() == 2


def test_a_duplicate_phase_number_rejects_the_whole_write(analyst_api):
    proposal = factories.ProposalFactory(title="Before")
    factories.PhaseFactory(proposal=proposal, number=1, title="Kept")

    response = analyst_api.patch(
        f"/api/v1/proposals/{proposal.pk}/",
        {"title": "After", "phases": [{"number": 1}, {"number": 1}]},
        format="json",
    )

    assert response.status_code == 400
    assert response.json() == {
        "phases": [{}, {"number": ["This proposal already has a phase with that number."]}]
    }
    proposal.refresh_from_db()
    assert proposal.title == "Before"
    assert list(proposal.phases.values_list("title", flat=True)) == ["Kept"]


def test_a_bad_provision_is_reported_where_it_sits(analyst_api):
    proposal = factories.ProposalFactory()

    response = analyst_api.patch(
        f"/api/v1/proposals/{proposal.pk}/",
        {"phases": [{"number": 1, "provisions": [{"topic": "weather", "text": "Sun"}]}]},
        format="json",
    )

    assert response.status_code == 400
    assert "topic" in response.json()["phases"][0]["provisions"][0]
    assert proposal.phases.count() == 0


def test_phases_are_numbered_from_one(analyst_api):
    process = factories.ProcessFactory()

    response = analyst_api.post(
        "/api/v1/proposals/",
        {"process": process.pk, "title": "Plan", "phases": [{"number": 0}]},
        format="json",
    )

    assert response.status_code == 400
    assert "number" in response.json()["phases"][0]
    assert models.Proposal.objects.count() == 0


def test_leaving_phases_out_keeps_them(analyst_api):
    proposal = factories.ProposalFactory()
    factories.PhaseFactory(proposal=proposal, number=1)

    response = analyst_api.patch(
        f"/api/v1/proposals/{proposal.pk}/", {"summary": "Three phases."}, format="json"
    )

    assert response.status_code == 200
    assert proposal.phases.count() == 1


def test_a_meeting_is_entered_with_its_participants_in_one_request(analyst_api):
    blinken = factories.PersonFactory(name="Antony Blinken")
    sisi = factories.PersonFactory(name="Abdel Fattah al-Sisi")
    kamel = factories.PersonFactory(name="Abbas Kamel")

    response = analyst_api.post(
        "/api/v1/meetings/",
        {
            "title": "Blinken meets al-Sisi in Cairo",
            "date": "2024-06-10",
            "closed_door": True,
            "participants": [
                {"actor": blinken.pk, "role": "guest"},
                {"actor": sisi.pk, "role": "host"},
                {"actor": kamel.pk, "role": "attendee"},
            ],
        },
        format="json",
    )

    assert response.status_code == 201, response.json()
    participants = response.json()["participants"]
    assert [p["actor"]["name"] for p in participants] == [
        "Antony Blinken",
        "Abdel Fattah al-Sisi",
        "Abbas Kamel",
    ]
    meeting = models.Meeting.objects.get()
    assert meeting.participants.count() == 3


def test_the_same_participant_twice_rejects_the_meeting(analyst_api):
    person = factories.PersonFactory()

    response = analyst_api.post(
        "/api/v1/meetings/",
        {
            "title": "Talks",
            "date": "2024-06-10",
            "participants": [{"actor": person.pk}, {"actor": person.pk, "role": "host"}],
        },
        format="json",
    )

    assert response.status_code == 400
    assert response.json()["participants"][0] == {}
    assert "actor" in response.json()["participants"][1]
    assert models.Meeting.objects.count() == 0
    assert models.Participant.objects.count() == 0


def test_a_participant_that_does_not_exist_is_refused(analyst_api):
    meeting = factories.MeetingFactory()
    factories.ParticipantFactory(meeting=meeting)

    response = analyst_api.patch(
        f"/api/v1/meetings/{meeting.pk}/",
        {"participants": [{"actor": 999999}]},
        format="json",
    )

    assert response.status_code == 400
    assert "actor" in response.json()["participants"][0]
    assert meeting.participants.count() == 1


def test_a_stop_outside_the_trip_rejects_the_trip(analyst_api):
    trip = factories.TripFactory()
    stop = factories.TripStopFactory(trip=trip, order=1)

    response = analyst_api.patch(
        f"/api/v1/trips/{trip.pk}/",
        {
            "stops": [
                {"order": 1, "location": factories.LocationFactory().pk, "date": "2024-06-11"},
                {"order": 2, "location": factories.LocationFactory().pk, "date": "2024-07-01"},
            ]
        },
        format="json",
    )

    assert response.status_code == 400
    assert response.json()["stops"][0] == {}
    assert "date" in response.json()["stops"][1]
    assert list(trip.stops.all()) == [stop]


def test_stops_come_back_in_order(analyst_api):
    trip = factories.TripFactory()
    cairo, jerusalem = (
        factories.LocationFactory(name="Cairo"),
        factories.LocationFactory(name="Jerusalem"),
    )

    response = analyst_api.patch(
        f"/api/v1/trips/{trip.pk}/",
        {
            "stops": [
                {"order": 2, "location": jerusalem.pk, "date": "2024-06-11"},
                {"order": 1, "location": cairo.pk, "date": "2024-06-10", "status": "done"},
            ]
        },
        format="json",
    )

    assert response.status_code == 200
    assert [stop["location"]["name"] for stop in response.json()["stops"]] == [
        "Cairo",
        "Jerusalem",
    ]
    assert trip.stops.get(order=1).status == "done"
