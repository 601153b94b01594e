"""ETag, If-None-Match (304), If-Match (412) and deleting what others cite (409)."""

import datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext

from negotiations import models
from tests import factories


def test_every_single_record_response_carries_an_etag(analyst_api):
    actor = factories.ActorFactory()

    read = analyst_api.get(f"/api/v1/actors/{actor.pk}/")
    changed = analyst_api.patch(f"/api/v1/actors/{actor.pk}/", {"name": "Qatar"}, format="json")

    assert read["ETag"].startswith('"')
    assert changed["ETag"] != read["ETag"]
    assert analyst_api.get(f"/api/v1/actors/{actor.pk}/")["ETag"] == changed["ETag"]


def test_if_none_match_with_the_current_etag_gets_304(viewer_api):
    actor = factories.ActorFactory()
    etag = viewer_api.get(f"/api/v1/actors/{actor.pk}/")["ETag"]

    response = viewer_api.get(f"/api/v1/actors/{actor.pk}/", HTTP_IF_NONE_MATCH=etag)

    assert response.status_code == 304
    assert response["ETag"] == etag
    assert response.content == b""


def test_if_none_match_with_an_old_etag_gets_the_record(viewer_api):
    actor = factories.ActorFactory()
    etag = viewer_api.get(f"/api/v1/actors/{actor.pk}/")["ETag"]
    actor.name = "Renamed"
    actor.save()

    response = viewer_api.get(f"/api/v1/actors/{actor.pk}/", HTTP_IF_NONE_MATCH=etag)

    assert response.status_code == 200
    assert response.json()["name"] == "Renamed"


def test_a_nested_change_changes_the_etag(analyst_api):
    proposal = factories.ProposalFactory()
    etag = analyst_api.get(f"/api/v1/proposals/{proposal.pk}/")["ETag"]
    factories.ResponseFactory(proposal=proposal)

    response = analyst_api.get(f"/api/v1/proposals/{proposal.pk}/", HTTP_IF_NONE_MATCH=etag)

    assert response.status_code == 200


def test_a_change_deep_in_a_nested_part_changes_the_etag(viewer_api):
    proposal = factories.ProposalFactory()
    provision = factories.ProvisionFactory(phase=factories.PhaseFactory(proposal=proposal))
    etag = viewer_api.get(f"/api/v1/proposals/{proposal.pk}/")["ETag"]
    provision.text = "Hostages are released in three stages."
    provision.save()

    response = viewer_api.get(f"/api/v1/proposals/{proposal.pk}/", HTTP_IF_NONE_MATCH=etag)

    assert response.status_code == 200
    assert response["ETag"] != etag
    provisions = response.json()["phases"][0]["provisions"]
    assert provisions[0]["text"] == "Hostages are released in three stages."


def test_renaming_a_related_record_changes_the_etag_of_records_showing_its_name(viewer_api):
    answer = factories.ResponseFactory()
    proposal_etag = viewer_api.get(f"/api/v1/proposals/{answer.proposal_id}/")["ETag"]
    answer.respondent.name = "Renamed respondent"
    answer.respondent.save()

    response = viewer_api.get(
        f"/api/v1/proposals/{answer.proposal_id}/", HTTP_IF_NONE_MATCH=proposal_etag
    )

    assert response.status_code == 200
    assert response.json()["responses"][0]["respondent"]["name"] == "Renamed respondent"


def test_unlinking_a_source_without_saving_the_record_changes_the_etag(viewer_api):
    statement = factories.StatementFactory()
    kept, dropped = factories.SourceFactory(), factories.SourceFactory()
    statement.sources.add(kept, dropped)
    etag = viewer_api.get(f"/api/v1/statements/{statement.pk}/")["ETag"]
    statement.sources.remove(dropped)

    response = viewer_api.get(f"/api/v1/statements/{statement.pk}/", HTTP_IF_NONE_MATCH=etag)

    assert response.status_code == 200
    assert [source["id"] for source in response.json()["sources"]] == [kept.pk]


def test_as_of_reads_carry_their_own_etag(viewer_api):
    answer = factories.ResponseFactory()
    today = viewer_api.get(f"/api/v1/responses/{answer.pk}/")["ETag"]

    on_date = viewer_api.get(f"/api/v1/responses/{answer.pk}/", {"as_of": "2025-01-01"})

    assert on_date.status_code == 200
    assert on_date["ETag"] != today


def test_a_304_reads_the_version_only_not_the_nested_parts(viewer_api):
    proposal = factories.ProposalFactory()
    factories.ProvisionFactory(phase=factories.PhaseFactory(proposal=proposal))
    factories.ResponseFactory(proposal=proposal)

    with CaptureQueriesContext(connection) as full:
        etag = viewer_api.get(f"/api/v1/proposals/{proposal.pk}/")["ETag"]
    with CaptureQueriesContext(connection) as revalidated:
        response = viewer_api.get(f"/api/v1/proposals/{proposal.pk}/", HTTP_IF_NONE_MATCH=etag)

    assert response.status_code == 304

    # The 200 prefetches each nested list (provisions among them); the 304 reads the version
    # (one query joining them all) and nothing else of the record.
    def reads_provisions(query):
        return query["sql"].startswith("SELECT") and 'FROM "negotiations_provision"' in query["sql"]

    assert any(reads_provisions(query) for query in full.captured_queries)
    assert not any(reads_provisions(query) for query in revalidated.captured_queries)
    assert len(revalidated) < len(full)


def test_a_write_with_a_stale_if_match_gets_412_and_changes_nothing(analyst_api):
    actor = factories.ActorFactory(name="Egypt")
    etag = analyst_api.get(f"/api/v1/actors/{actor.pk}/")["ETag"]
    # Another analyst changes the record meanwhile.
    analyst_api.patch(f"/api/v1/actors/{actor.pk}/", {"short_name": "EG"}, format="json")

    response = analyst_api.patch(
        f"/api/v1/actors/{actor.pk}/",
        {"name": "Arab Republic of Egypt"},
        format="json",
        HTTP_IF_MATCH=etag,
    )

    assert response.status_code == 412
    actor.refresh_from_db()
    assert actor.name == "Egypt"


def test_a_write_with_the_current_if_match_goes_through(analyst_api):
    actor = factories.ActorFactory(name="Egypt")
    etag = analyst_api.get(f"/api/v1/actors/{actor.pk}/")["ETag"]

    response = analyst_api.put(
        f"/api/v1/actors/{actor.pk}/",
        {"name": "Arab Republic of Egypt", "kind": "state"},
        format="json",
        HTTP_IF_MATCH=etag,
    )

    assert response.status_code == 200
    actor.refresh_from_db()
    assert actor.name == "Arab Republic of Egypt"


def test_a_delete_with_a_stale_if_match_gets_412_and_deletes_nothing(analyst_api):
    actor = factories.ActorFactory()

    response = analyst_api.delete(f"/api/v1/actors/{actor.pk}/", HTTP_IF_MATCH='"stale"')

    assert response.status_code == 412
    assert models.Actor.objects.filter(pk=actor.pk).exists()


def test_a_status_change_with_a_stale_if_match_gets_412(analyst_api):
    answer = factories.ResponseFactory()

    response = analyst_api.post(
        f"/api/v1/responses/{answer.pk}/status-changes/",
        {"status": "rejected", "changed_on": "2024-06-05"},
        format="json",
        HTTP_IF_MATCH='"stale"',
    )

    assert response.status_code == 412
    assert answer.status_changes.count() == 1


def test_deleting_an_actor_others_point_at_gets_409_naming_them(analyst_api):
    answer = factories.ResponseFactory()

    response = analyst_api.delete(f"/api/v1/actors/{answer.respondent_id}/")

    assert response.status_code == 409
    assert response.json()["protected_by"] == [
        {"resource": "responses", "id": answer.pk, "name": str(answer)}
    ]
    assert models.Actor.objects.filter(pk=answer.respondent_id).exists()


def test_deleting_a_source_that_a_meeting_cites_gets_409(analyst_api):
    source = factories.SourceFactory()
    meeting = factories.MeetingFactory()
    meeting.sources.add(source)

    response = analyst_api.delete(f"/api/v1/sources/{source.pk}/")

    assert response.status_code == 409
    assert {"resource": "meetings", "id": meeting.pk, "name": meeting.title} in response.json()[
        "protected_by"
    ]
    assert models.Source.objects.filter(pk=source.pk).exists()
    # The request's transaction stays usable after the refusal.
    assert analyst_api.get(f"/api/v1/sources/{source.pk}/").status_code == 200


def test_deleting_a_proposal_takes_its_phases_along(analyst_api):
    proposal = factories.ProposalFactory(announced_on=datetime.date(2024, 5, 31))
    factories.ProvisionFactory(phase=factories.PhaseFactory(proposal=proposal))

    response = analyst_api.delete(f"/api/v1/proposals/{proposal.pk}/")

    assert response.status_code == 204
    assert not models.Phase.objects.exists()
    assert not models.Provision.objects.exists()
