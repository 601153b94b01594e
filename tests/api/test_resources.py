"""Create, read, update and delete for every resource of the contract, through the API."""

import pytest

from negotiations import models
from tests import factories

# route → (factory for a stored record, payload for a new one, a partial update, the field and
# value the update should store)
RESOURCES = {
    "actors": (
        factories.ActorFactory,
        lambda: {
            "name": "Hamas",
            "kind": "armed_group",
            "aliases": ["Islamic Resistance Movement"],
            "country": "",
            "wikidata_id": "Q38799",
        },
        {"short_name": "IRM"},
        ("short_name", "IRM"),
    ),
    "positions": (
        factories.PositionFactory,
        lambda: {
            "person": factories.PersonFactory().pk,
            "organization": factories.ActorFactory().pk,
            "title": "Secretary of State",
            "start": "2021-01-26",
            "sources": [factories.SourceFactory().pk],
        },
        {"title": "Director"},
        ("title", "Director"),
    ),
    "locations": (
        factories.LocationFactory,
        lambda: {
            "name": "Rafah crossing",
            "kind": "border_crossing",
            "country": "EG",
            "latitude": "31.24700",
            "longitude": "34.25800",
        },
        {"kind": "region"},
        ("kind", "region"),
    ),
    "sources": (
        factories.SourceFactory,
        lambda: {
            "title": "Blinken in Cairo",
            "url": "https://www.afp.com/x",
            "publisher": "AFP",
            "published_on": "2024-06-10",
            "reliability": "A",
            "credibility": "2",
        },
        {"reliability": "C"},
        ("reliability", "C"),
    ),
    "processes": (
        factories.ProcessFactory,
        lambda: {
            "title": "Gaza ceasefire talks",
            "status": "active",
            "started_on": "2023-10-07",
            "parties": [factories.ActorFactory().pk, factories.ActorFactory().pk],
        },
        {"summary": "Mediated by Egypt, Qatar and the US."},
        ("summary", "Mediated by Egypt, Qatar and the US."),
    ),
    "mediators": (
        factories.MediatorFactory,
        lambda: {
            "process": factories.ProcessFactory().pk,
            "actor": factories.ActorFactory().pk,
            "role": "co_mediator",
            "since": "2023-10-07",
        },
        {"notes": "Hosts the talks."},
        ("notes", "Hosts the talks."),
    ),
    "proposals": (
        factories.ProposalFactory,
        lambda: {
            "process": factories.ProcessFactory().pk,
            "title": "May 31 three-phase plan",
            "announced_on": "2024-05-31",
            "announced_by": factories.PersonFactory().pk,
            "authors": [factories.ActorFactory().pk],
            "phases": [
                {
                    "number": 1,
                    "duration_days": 42,
                    "provisions": [{"topic": "ceasefire", "text": "Fighting halts."}],
                },
                {"number": 2, "title": "Permanent end of hostilities"},
            ],
        },
        {"short_name": "May 31 plan"},
        ("short_name", "May 31 plan"),
    ),
    "responses": (
        factories.ResponseFactory,
        lambda: {
            "proposal": factories.ProposalFactory().pk,
            "respondent": factories.ActorFactory().pk,
            "due_on": "2024-06-14",
        },
        {"summary": "No formal answer."},
        ("summary", "No formal answer."),
    ),
    "meetings": (
        factories.MeetingFactory,
        lambda: {
            "title": "Blinken meets al-Sisi",
            "date": "2024-06-10",
            "location": factories.LocationFactory().pk,
            "format": "in_person",
            "kind": "bilateral",
            "closed_door": True,
            "participants": [
                {"actor": factories.PersonFactory().pk, "role": "guest"},
                {"actor": factories.PersonFactory().pk, "role": "host"},
            ],
            "proposals": [factories.ProposalFactory().pk],
        },
        {"outcome": "Agreed to push for the deal."},
        ("outcome", "Agreed to push for the deal."),
    ),
    "trips": (
        factories.TripFactory,
        lambda: {
            "traveller": factories.PersonFactory().pk,
            "title": "Eighth visit to the region",
            "ordinal": 8,
            "start": "2024-06-10",
            "end": "2024-06-12",
            "stops": [
                {"order": 1, "location": factories.LocationFactory().pk, "date": "2024-06-10"},
                {"order": 2, "location": factories.LocationFactory().pk, "status": "done"},
            ],
        },
        {"purpose": "Push the May 31 plan."},
        ("purpose", "Push the May 31 plan."),
    ),
    "statements": (
        factories.StatementFactory,
        lambda: {
            "speaker": factories.PersonFactory().pk,
            "date": "2024-06-10",
            "text": "Deal or no deal, it remains absolutely essential.",
            "kind": "quote",
        },
        {"audience": "Reporters in Cairo"},
        ("audience", "Reporters in Cairo"),
    ),
    "events": (
        factories.EventFactory,
        lambda: {
            "date": "2024-05-07",
            "kind": "border_crossing",
            "title": "Rafah crossing seized",
            "actors": [factories.ActorFactory().pk],
        },
        {"description": "It stays closed."},
        ("description", "It stays closed."),
    ),
}


def model_of(route):
    factory = RESOURCES[route][0]
    return factory._meta.model


@pytest.mark.parametrize("route", RESOURCES)
def test_an_analyst_creates_a_record_and_reads_it_back(analyst_api, route):
    payload = RESOURCES[route][1]()

    created = analyst_api.post(f"/api/v1/{route}/", payload, format="json")

    assert created.status_code == 201, created.json()
    body = created.json()
    record = model_of(route).objects.get(pk=body["id"])
    assert created["ETag"]
    for field in ("id", "created_at", "updated_at"):
        assert field in body
    read = analyst_api.get(f"/api/v1/{route}/{record.pk}/")
    assert read.status_code == 200
    assert read.json() == body


@pytest.mark.parametrize("route", RESOURCES)
def test_a_viewer_lists_and_reads_records(viewer_api, route):
    record = RESOURCES[route][0]()

    listed = viewer_api.get(f"/api/v1/{route}/")
    detail = viewer_api.get(f"/api/v1/{route}/{record.pk}/")

    assert listed.status_code == 200
    assert listed.json()["count"] == model_of(route).objects.count()
    assert record.pk in [item["id"] for item in listed.json()["results"]]
    assert detail.status_code == 200
    assert detail.json()["id"] == record.pk


@pytest.mark.parametrize("route", RESOURCES)
def test_an_analyst_updates_a_record_partially(analyst_api, route):
    factory, _, change, (field, value) = RESOURCES[route]
    record = factory()

    response = analyst_api.patch(f"/api/v1/{route}/{record.pk}/", change, format="json")

    assert response.status_code == 200, response.json()
    record.refresh_from_db()
    assert getattr(record, field) == value
    assert response.json()[field] == value


@pytest.mark.parametrize("route", RESOURCES)
def test_an_analyst_replaces_a_record_with_put(analyst_api, route):
    factory, make_payload, _, _ = RESOURCES[route]
    record = factory()
    payload = make_payload()

    response = analyst_api.put(f"/api/v1/{route}/{record.pk}/", payload, format="json")

    assert response.status_code == 200, response.json()
    assert model_of(route).objects.filter(pk=record.pk).exists()


@pytest.mark.parametrize("route", RESOURCES)
def test_an_analyst_deletes_a_record_nobody_cites(analyst_api, route):
    record = RESOURCES[route][0]()

    response = analyst_api.delete(f"/api/v1/{route}/{record.pk}/")

    assert response.status_code == 204
    assert not model_of(route).objects.filter(pk=record.pk).exists()


@pytest.mark.parametrize("route", RESOURCES)
def test_a_record_that_does_not_exist_is_404(analyst_api, route):
    assert analyst_api.get(f"/api/v1/{route}/999999/").status_code == 404
    assert analyst_api.patch(f"/api/v1/{route}/999999/", {}, format="json").status_code == 404
    assert analyst_api.delete(f"/api/v1/{route}/999999/").status_code == 404


def test_relations_are_written_as_ids_and_read_as_small_objects(analyst_api):
    person = factories.PersonFactory(name="Antony Blinken")
    organization = factories.ActorFactory(name="United States")
    source = factories.SourceFactory(title="AFP, 10 June 2024")

    response = analyst_api.post(
        "/api/v1/positions/",
        {
            "person": person.pk,
            "organization": organization.pk,
            "title": "Secretary of State",
            "sources": [source.pk],
        },
        format="json",
    )

    assert response.status_code == 201
    body = response.json()
    assert body["person"] == {"id": person.pk, "name": "Antony Blinken"}
    assert body["organization"] == {"id": organization.pk, "name": "United States"}
    assert body["sources"] == [{"id": source.pk, "title": "AFP, 10 June 2024"}]
    assert models.Position.objects.get().sources.get() == source


def test_a_source_url_is_where_it_was_published(analyst_api):
    source = factories.SourceFactory(url="https://www.afp.com/article")

    body = analyst_api.get(f"/api/v1/sources/{source.pk}/").json()

    assert body["url"] == "https://www.afp.com/article"


def test_other_records_carry_their_api_address_as_url(analyst_api):
    actor = factories.ActorFactory()

    body = analyst_api.get(f"/api/v1/actors/{actor.pk}/").json()

    assert body["url"] == f"http://testserver/api/v1/actors/{actor.pk}/"


def test_each_row_of_a_list_carries_its_own_address(viewer_api):
    statements = [factories.StatementFactory() for _ in range(3)]

    rows = viewer_api.get("/api/v1/statements/", {"format": "json"}).json()["results"]

    assert sorted(row["url"] for row in rows) == sorted(
        f"http://testserver/api/v1/statements/{statement.pk}/?format=json"
        for statement in statements
    )


def test_a_month_precise_date_is_stored_as_the_first_of_the_month(analyst_api):
    response = analyst_api.post(
        "/api/v1/events/",
        {"date": "2023-10-07", "date_precision": "month", "kind": "military", "title": "War"},
        format="json",
    )

    assert response.status_code == 201
    assert response.json()["date"] == "2023-10-01"
    assert response.json()["date_precision"] == "month"
    assert models.Event.objects.get().date.isoformat() == "2023-10-01"
