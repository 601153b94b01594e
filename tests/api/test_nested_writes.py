"""Phases with provisions, meeting participants and trip stops: a write replaces the nested list
in one transaction, and one bad item rejects the whole write."""

import pytest

from negotiations import models
from negotiations.models import Phase, Proposal
from tests import factories
from tests.api import contract
from tests.api.contract import detail_url, list_url


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


def test_a_write_that_gives_phases_replaces_them_and_one_that_leaves_them_out_keeps_them(
    analyst_api,
):
    created = analyst_api.post(
        list_url("proposals"), contract.valid_payload("proposals"), format="json"
    ).json()
    url = detail_url("proposals", created["id"])

    kept = analyst_api.patch(url, {"summary": "Phases untouched."}, format="json")
    replaced = analyst_api.patch(
        url,
        {
            "phases": [
                {"number": 1, "title": "Only", "provisions": [{"topic": "other", "text": "New."}]},
                {"number": 2, "title": "Second", "provisions": []},
            ]
        },
        format="json",
    )

    assert [len(phase["provisions"]) for phase in kept.json()["phases"]] == [2]
    assert replaced.status_code == 200, replaced.content[:300]
    assert [phase["title"] for phase in replaced.json()["phases"]] == ["Only", "Second"]
    phases = models.Phase.objects.filter(proposal_id=created["id"]).order_by("number")
    assert [phase.title for phase in phases] == ["Only", "Second"]
    assert list(
        models.Provision.objects.filter(phase__proposal_id=created["id"]).values_list(
            "text", flat=True
        )
    ) == ["New."]


@pytest.mark.parametrize(
    ("resource", "nested", "replacement"),
    [
        (
            "meetings",
            "participants",
            lambda: [{"actor": factories.ActorFactory().pk, "role": "host"}],
        ),
        (
            "trips",
            "stops",
            lambda: [
                {"order": 5, "location": factories.LocationFactory().pk, "date": "2024-06-11"}
            ],
        ),
    ],
)
def test_a_write_that_gives_a_nested_list_replaces_it(analyst_api, resource, nested, replacement):
    created = analyst_api.post(
        list_url(resource), contract.valid_payload(resource), format="json"
    ).json()
    new_items = replacement()

    response = analyst_api.patch(
        detail_url(resource, created["id"]), {nested: new_items}, format="json"
    )

    assert response.status_code == 200, response.content[:300]
    assert len(response.json()[nested]) == 1
    record = contract.MODELS[resource].objects.get(pk=created["id"])
    assert getattr(record, nested).count() == 1


@pytest.mark.parametrize("nested", ["participants", "stops"])
def test_a_nested_relation_to_a_missing_record_rejects_the_whole_write(analyst_api, nested):
    resource = "meetings" if nested == "participants" else "trips"
    payload = contract.valid_payload(resource)
    relation = "actor" if nested == "participants" else "location"
    payload[nested][-1][relation] = contract.MISSING_ID
    counts_before = contract.row_counts()

    response = analyst_api.post(list_url(resource), payload, format="json")

    contract.assert_rejected(response, nested, counts_before)


def test_a_nul_byte_in_a_nested_item_rejects_the_whole_write(analyst_api):
    payload = contract.valid_payload("proposals")
    payload["phases"][0]["provisions"][0]["text"] = "Fighting\x00halts."
    counts_before = contract.row_counts()

    response = analyst_api.post(list_url("proposals"), payload, format="json")

    contract.assert_rejected(response, "phases", counts_before)


def test_a_bad_provision_rejects_the_whole_proposal(analyst_api):
    payload = contract.valid_payload("proposals")
    payload["phases"].append(
        {"number": 2, "title": "", "duration_days": 42, "summary": "", "provisions": [{}]}
    )
    payload["phases"][1]["provisions"] = [{"topic": "weather", "text": "Sunny."}]
    counts_before = contract.row_counts()

    response = analyst_api.post(list_url("proposals"), payload, format="json")

    contract.assert_rejected(response, "phases", counts_before)
    assert not Proposal.objects.filter(title=payload["title"]).exists()


def test_a_bad_phase_in_a_replacement_leaves_the_old_phases_in_place(analyst_api):
    proposal = factories.ProposalFactory()
    factories.ProvisionFactory(phase=factories.PhaseFactory(proposal=proposal, number=1))
    payload = contract.valid_payload("proposals")
    payload["phases"] = [
        {"number": 1, "title": "", "duration_days": 42, "summary": "", "provisions": []},
        {"number": 2, "title": "", "duration_days": -3, "summary": "", "provisions": []},
    ]
    before = list(Phase.objects.filter(proposal=proposal).values())
    counts_before = contract.row_counts()

    response = analyst_api.put(detail_url("proposals", proposal.pk), payload, format="json")

    contract.assert_rejected(response, "phases", counts_before)
    assert list(Phase.objects.filter(proposal=proposal).values()) == before


DUPLICATED_NESTED_ITEMS = [
    ("proposals", "phases", "number"),
    ("meetings", "participants", "actor"),
    ("trips", "stops", "order"),
]


@pytest.mark.parametrize(("resource", "nested", "key"), DUPLICATED_NESTED_ITEMS)
def test_a_nested_item_given_twice_is_refused_not_a_server_error(
    analyst_api, resource, nested, key
):
    payload = contract.valid_payload(resource)
    payload[nested] = [payload[nested][0], dict(payload[nested][0])]
    counts_before = contract.row_counts()

    response = analyst_api.post(list_url(resource), payload, format="json")

    contract.assert_rejected(response, nested, counts_before)
