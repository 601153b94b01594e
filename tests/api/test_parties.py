"""Parties with their periods, sides and sources (api.md, "Parties with their periods"); mediator
roles citing sources; a statement citing the meeting where it was said."""

import datetime

import pytest

from negotiations import models
from tests import factories

pytestmark = pytest.mark.django_db


def test_a_party_is_created_with_side_period_and_sources(analyst_api):
    process = factories.ProcessFactory()
    israel = factories.ActorFactory(name="Israel")
    article = factories.SourceFactory()

    response = analyst_api.post(
        "/api/v1/parties/",
        {
            "process": process.pk,
            "actor": israel.pk,
            "side": "Israel",
            "since": "2023-10-07",
            "until": None,
            "sources": [article.pk],
        },
        format="json",
    )

    assert response.status_code == 201, response.content
    body = response.json()
    assert body["actor"] == {"id": israel.pk, "name": "Israel"}
    assert body["process"] == {"id": process.pk, "title": process.title}
    assert (body["side"], body["since"], body["until"]) == ("Israel", "2023-10-07", None)
    assert body["sources"] == [{"id": article.pk, "title": article.title}]
    assert list(process.parties.all()) == [israel]


def test_the_process_reads_its_parties_from_the_rows_each_actor_once(analyst_api):
    process = factories.ProcessFactory()
    hamas = factories.ActorFactory(name="Hamas")
    factories.PartyFactory(process=process, actor=hamas, until=datetime.date(2024, 1, 1))
    factories.PartyFactory(process=process, actor=hamas, since=datetime.date(2024, 3, 1))

    body = analyst_api.get(f"/api/v1/processes/{process.pk}/").json()

    assert body["parties"] == [{"id": hamas.pk, "name": "Hamas"}]


def test_writing_the_process_parties_adds_undated_rows_and_removes_those_left_out(analyst_api):
    process = factories.ProcessFactory()
    israel, hamas, egypt = (factories.ActorFactory() for _ in range(3))
    kept = factories.PartyFactory(
        process=process, actor=israel, side="Israel", since=datetime.date(2023, 10, 7)
    )
    factories.PartyFactory(process=process, actor=egypt)

    response = analyst_api.patch(
        f"/api/v1/processes/{process.pk}/", {"parties": [israel.pk, hamas.pk]}, format="json"
    )

    assert response.status_code == 200, response.content
    rows = models.Party.objects.filter(process=process)
    assert set(rows.values_list("actor_id", "side", "since")) == {
        (israel.pk, "Israel", datetime.date(2023, 10, 7)),
        (hamas.pk, "", None),
    }
    assert rows.get(actor=israel).pk == kept.pk
    assert {party["id"] for party in response.json()["parties"]} == {israel.pk, hamas.pk}


def test_creating_a_process_with_parties_creates_their_rows(analyst_api):
    israel, hamas = factories.ActorFactory(), factories.ActorFactory()

    response = analyst_api.post(
        "/api/v1/processes/",
        {"title": "Talks", "status": "active", "parties": [israel.pk, hamas.pk]},
        format="json",
    )

    assert response.status_code == 201, response.content
    process = models.NegotiationProcess.objects.get(pk=response.json()["id"])
    assert set(process.party_roles.values_list("actor_id", flat=True)) == {israel.pk, hamas.pk}


def test_a_party_period_ending_before_it_starts_is_a_400_naming_until(analyst_api):
    response = analyst_api.post(
        "/api/v1/parties/",
        {
            "process": factories.ProcessFactory().pk,
            "actor": factories.ActorFactory().pk,
            "since": "2024-06-10",
            "until": "2024-06-01",
        },
        format="json",
    )

    assert response.status_code == 400
    assert "until" in response.json()
    assert not models.Party.objects.exists()


def test_an_overlapping_second_period_of_the_same_party_is_a_400(analyst_api):
    party = factories.PartyFactory(since=datetime.date(2023, 10, 7))

    response = analyst_api.post(
        "/api/v1/parties/",
        {"process": party.process_id, "actor": party.actor_id, "since": "2024-01-01"},
        format="json",
    )

    assert response.status_code == 400
    assert "since" in response.json()
    assert models.Party.objects.count() == 1


def test_the_same_actor_twice_undated_is_a_400_not_a_500(analyst_api):
    party = factories.PartyFactory()

    response = analyst_api.post(
        "/api/v1/parties/",
        {"process": party.process_id, "actor": party.actor_id},
        format="json",
    )

    assert response.status_code == 400
    assert models.Party.objects.count() == 1


def test_parties_filter_by_process_and_actor(viewer_api):
    party = factories.PartyFactory()
    other = factories.PartyFactory()

    by_process = viewer_api.get("/api/v1/parties/", {"process": party.process_id}).json()
    by_actor = viewer_api.get("/api/v1/parties/", {"actor": other.actor_id}).json()

    assert [row["id"] for row in by_process["results"]] == [party.pk]
    assert [row["id"] for row in by_actor["results"]] == [other.pk]


def test_the_actor_filter_on_processes_still_finds_a_party(viewer_api):
    party = factories.PartyFactory()
    factories.ProcessFactory()

    body = viewer_api.get("/api/v1/processes/", {"actor": party.actor_id}).json()

    assert [process["id"] for process in body["results"]] == [party.process_id]


def test_a_viewer_cannot_write_parties(viewer_api):
    response = viewer_api.post(
        "/api/v1/parties/",
        {"process": factories.ProcessFactory().pk, "actor": factories.ActorFactory().pk},
        format="json",
    )

    assert response.status_code == 403
    assert not models.Party.objects.exists()


def test_a_mediator_role_cites_sources(analyst_api):
    mediator = factories.MediatorFactory()
    article = factories.SourceFactory()

    response = analyst_api.patch(
        f"/api/v1/mediators/{mediator.pk}/", {"sources": [article.pk]}, format="json"
    )

    assert response.status_code == 200
    assert response.json()["sources"] == [{"id": article.pk, "title": article.title}]
    assert list(mediator.sources.all()) == [article]


def test_a_statement_cites_the_meeting_where_it_was_said(analyst_api):
    meeting = factories.MeetingFactory(title="Blinken meets al-Sisi")
    statement = factories.StatementFactory()

    response = analyst_api.patch(
        f"/api/v1/statements/{statement.pk}/", {"meeting": meeting.pk}, format="json"
    )

    assert response.status_code == 200
    assert response.json()["meeting"] == {"id": meeting.pk, "title": "Blinken meets al-Sisi"}
    listed = analyst_api.get("/api/v1/statements/", {"meeting": meeting.pk}).json()
    assert [row["id"] for row in listed["results"]] == [statement.pk]


def test_a_meeting_that_a_statement_cites_is_not_deleted(analyst_api):
    statement = factories.StatementFactory(meeting=factories.MeetingFactory())

    response = analyst_api.delete(f"/api/v1/meetings/{statement.meeting_id}/")

    assert response.status_code == 409
    statement.refresh_from_db()
    assert statement.meeting_id is not None
