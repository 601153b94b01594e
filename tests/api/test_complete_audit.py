"""Every change is in the audit trail and the changes feed: many-to-many links with the analyst
and the field named, and changes to a record's parts as changes of the record."""

import datetime

import pytest
from django.utils import timezone

from negotiations import models
from tests import factories

pytestmark = pytest.mark.django_db


def history(api, resource, pk):
    response = api.get(f"/api/v1/{resource}/{pk}/history/")
    assert response.status_code == 200
    return response.json()["results"]


def changes_since(api, since, **params):
    response = api.get("/api/v1/changes/", {"since": since.isoformat(), **params})
    assert response.status_code == 200
    return response.json()["results"]


def test_changing_a_records_sources_is_an_update_naming_sources_and_the_analyst(
    analyst_api, analyst
):
    meeting = factories.MeetingFactory()
    kept, added = factories.SourceFactory(), factories.SourceFactory()
    meeting.sources.add(kept)

    response = analyst_api.patch(
        f"/api/v1/meetings/{meeting.pk}/", {"sources": [kept.pk, added.pk]}, format="json"
    )

    assert response.status_code == 200
    latest = history(analyst_api, "meetings", meeting.pk)[-1]
    assert latest["history_type"] == "updated"
    assert latest["fields"] == ["sources"]
    assert latest["history_user"] == {"id": analyst.pk, "name": "analyst"}
    assert latest["changes"] == [
        {"field": "sources", "old": f"[{kept.pk}]", "new": f"[{kept.pk}, {added.pk}]"}
    ]


def test_one_write_is_one_entry_even_when_it_sets_fields_links_and_parts(analyst_api):
    meeting = factories.MeetingFactory()
    since = timezone.now()

    analyst_api.patch(
        f"/api/v1/meetings/{meeting.pk}/",
        {
            "summary": "Talks in Cairo.",
            "proposals": [factories.ProposalFactory().pk],
            "participants": [{"actor": factories.ActorFactory().pk, "role": "host"}],
        },
        format="json",
    )

    entries = changes_since(analyst_api, since, resource="meetings")
    assert [(e["id"], e["action"]) for e in entries] == [(meeting.pk, "updated")]
    assert entries[0]["fields"] == ["participants", "proposals", "summary"]


def test_creating_a_record_with_links_lists_them_among_its_fields(analyst_api):
    source = factories.SourceFactory()
    author = factories.ActorFactory()

    created = analyst_api.post(
        "/api/v1/proposals/",
        {
            "process": factories.ProcessFactory().pk,
            "title": "The May 31 plan",
            "authors": [author.pk],
            "sources": [source.pk],
        },
        format="json",
    ).json()

    entries = history(analyst_api, "proposals", created["id"])
    assert [e["history_type"] for e in entries] == ["created"]
    assert {"authors", "sources", "title"} <= set(entries[0]["fields"])


def test_a_link_written_from_the_related_records_side_is_recorded_on_the_record(analyst_api):
    event = factories.EventFactory()
    actor = factories.ActorFactory()
    since = timezone.now()

    actor.events.add(event)

    entries = changes_since(analyst_api, since)
    assert [(e["resource"], e["id"], e["fields"]) for e in entries] == [
        ("events", event.pk, ["actors"])
    ]


def test_status_change_sources_are_in_the_status_changes_own_trail():
    response = factories.ResponseFactory()
    change = response.change_status("rejected", changed_on=datetime.date(2024, 6, 20))
    source = factories.SourceFactory()

    change.sources.add(source)

    latest, previous = change.history.order_by("-history_date", "-history_id")[:2]
    snapshot = list(latest.sources.values_list("source_id", flat=True))
    assert snapshot == [source.pk]
    assert not previous.sources.exists()


def test_replacing_a_meetings_participants_moves_its_updated_at_and_names_them(analyst_api):
    meeting = factories.MeetingFactory()
    factories.ParticipantFactory(meeting=meeting)
    newcomer = factories.ActorFactory()
    before = models.Meeting.objects.get(pk=meeting.pk).updated_at
    since = timezone.now()

    analyst_api.patch(
        f"/api/v1/meetings/{meeting.pk}/",
        {"participants": [{"actor": newcomer.pk, "role": "guest"}]},
        format="json",
    )

    assert models.Meeting.objects.get(pk=meeting.pk).updated_at > before
    entries = changes_since(analyst_api, since)
    assert [(e["resource"], e["action"], e["fields"]) for e in entries] == [
        ("meetings", "updated", ["participants"])
    ]
    updated = analyst_api.get("/api/v1/meetings/", {"updated_after": since.isoformat()}).json()
    assert [m["id"] for m in updated["results"]] == [meeting.pk]


def test_a_mediator_role_is_listed_under_its_own_resource_and_as_an_update_of_its_process(
    analyst_api, analyst
):
    process = factories.ProcessFactory()
    qatar = factories.ActorFactory(name="Qatar")
    since = timezone.now()

    created = analyst_api.post(
        "/api/v1/mediators/",
        {"process": process.pk, "actor": qatar.pk, "role": "mediator"},
        format="json",
    ).json()

    entries = changes_since(analyst_api, since)
    assert [(e["resource"], e["id"], e["action"]) for e in entries] == [
        ("mediators", created["id"], "created"),
        ("processes", process.pk, "updated"),
    ]
    assert entries[1]["fields"] == ["mediators"]
    assert entries[1]["changed_by"] == {"id": analyst.pk, "name": "analyst"}


def test_deleting_a_party_row_is_an_update_of_the_process_naming_parties(analyst_api):
    party = factories.PartyFactory()
    since = timezone.now()

    assert analyst_api.delete(f"/api/v1/parties/{party.pk}/").status_code == 204

    entries = changes_since(analyst_api, since)
    assert [(e["resource"], e["action"], e["fields"]) for e in entries] == [
        ("parties", "deleted", []),
        ("processes", "updated", ["parties"]),
    ]


def test_a_provision_change_reaches_the_proposal_through_its_phase():
    provision = factories.ProvisionFactory()
    proposal = provision.phase.proposal
    before = models.Proposal.objects.get(pk=proposal.pk).updated_at

    provision.text = "Hamas frees all remaining hostages."
    provision.save()

    proposal.refresh_from_db()
    assert proposal.updated_at > before
    assert proposal.history.first().parts_changed == ["phases"]
    assert provision.phase.history.first().parts_changed == ["provisions"]


def test_a_position_is_its_own_resource_and_a_part_of_the_persons_record(analyst_api):
    position = factories.PositionFactory()
    since = timezone.now()

    analyst_api.patch(f"/api/v1/positions/{position.pk}/", {"title": "Envoy"}, format="json")

    entries = changes_since(analyst_api, since)
    assert [(e["resource"], e["id"], e["fields"]) for e in entries] == [
        ("positions", position.pk, ["title"]),
        ("actors", position.person_id, ["positions"]),
    ]


def test_deleting_a_whole_record_does_not_also_report_its_parts_as_changes(analyst_api):
    trip = factories.TripFactory()
    factories.TripStopFactory(trip=trip, order=1)
    since = timezone.now()

    assert analyst_api.delete(f"/api/v1/trips/{trip.pk}/").status_code == 204

    entries = changes_since(analyst_api, since)
    assert [(e["resource"], e["action"]) for e in entries] == [("trips", "deleted")]


def test_the_history_of_a_record_names_a_part_changed_outside_any_request():
    meeting = factories.MeetingFactory()
    participant = factories.ParticipantFactory(meeting=meeting, role="guest")

    participant.role = "host"
    participant.save()

    rows = list(meeting.history.order_by("-history_date", "-history_id")[:2])
    assert [row.parts_changed for row in rows] == [["participants"], ["participants"]]
