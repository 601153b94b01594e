"""Create, read, update and delete for every resource of the contract, through the API."""

import datetime

import pytest

from negotiations import models
from tests import factories
from tests.api import contract
from tests.api.contract import detail_url, list_url

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


@pytest.mark.parametrize("resource", contract.RESOURCES)
def test_each_list_answers_count_next_previous_and_results(analyst_api, resource):
    contract.make_record(resource)
    contract.make_record(resource)
    counts_before = contract.row_counts()

    response = analyst_api.get(list_url(resource), {"page_size": 1})

    assert response.status_code == 200, response.content[:300]
    body = response.json()
    assert set(body) == {"count", "next", "previous", "results"}
    assert body["count"] == contract.MODELS[resource].objects.count()
    assert body["previous"] is None
    assert body["next"] is not None and "page=2" in body["next"]
    assert len(body["results"]) == 1
    assert contract.row_counts() == counts_before


@pytest.mark.parametrize("resource", contract.RESOURCES)
def test_each_detail_has_exactly_the_contracts_fields(analyst_api, resource):
    record = contract.make_rich_record(resource)

    response = analyst_api.get(detail_url(resource, record.pk))

    assert response.status_code == 200, response.content[:300]
    body = response.json()
    expected = contract.COMMON_FIELDS | contract.FIELDS[resource]
    assert set(body) == expected, (
        f"missing {sorted(expected - set(body))}, not in api.md {sorted(set(body) - expected)}"
    )
    assert body["id"] == record.pk
    if resource == "sources":
        # api.md gives sources a field `url` of their own: the address of the article.
        assert body["url"] == record.url
    else:
        assert body["url"].endswith(detail_url(resource, record.pk))
    for moment in ("created_at", "updated_at"):
        datetime.datetime.fromisoformat(body[moment].replace("Z", "+00:00"))


@pytest.mark.parametrize("resource", contract.RESOURCES)
def test_list_items_have_the_same_fields_as_details(analyst_api, resource):
    record = contract.make_rich_record(resource)

    response = analyst_api.get(list_url(resource), {"page_size": 200})

    assert response.status_code == 200, response.content[:300]
    item = next(item for item in response.json()["results"] if item["id"] == record.pk)
    assert set(item) == contract.COMMON_FIELDS | contract.FIELDS[resource]


@pytest.mark.parametrize("resource", contract.RESOURCES)
def test_relations_read_as_objects_with_an_id_and_a_name_or_title(analyst_api, resource):
    record = contract.make_rich_record(resource)

    body = analyst_api.get(detail_url(resource, record.pk)).json()

    for field in contract.SINGLE_RELATIONS[resource]:
        assert body[field] is not None, f"{resource}.{field} was set on the record"
        contract.assert_is_relation_object(body[field], f"{resource}.{field}")
        assert body[field]["id"] == getattr(record, f"{field}_id")
    for field in contract.LIST_RELATIONS[resource]:
        assert isinstance(body[field], list) and body[field], f"{resource}.{field} is a list"
        for item in body[field]:
            contract.assert_is_relation_object(item, f"{resource}.{field}[]")
    if resource == "meetings":
        (participant,) = body["participants"]
        assert set(participant) >= contract.NESTED_FIELDS["participants"]
        contract.assert_is_relation_object(participant["actor"], "meetings.participants[].actor")
    if resource == "trips":
        (stop,) = body["stops"]
        assert set(stop) >= contract.NESTED_FIELDS["stops"]
        contract.assert_is_relation_object(stop["location"], "trips.stops[].location")
    if resource == "proposals":
        (phase,) = body["phases"]
        assert set(phase) >= contract.NESTED_FIELDS["phases"]
        (provision,) = phase["provisions"]
        assert set(provision) >= contract.NESTED_FIELDS["provisions"]
        (answer,) = body["responses"]
        assert set(answer) >= contract.NESTED_FIELDS["responses"]
        contract.assert_is_relation_object(answer["respondent"], "proposals.responses[].respondent")


@pytest.mark.parametrize("resource", contract.RESOURCES)
def test_choice_values_read_as_the_contracts_values(analyst_api, resource):
    record = contract.make_rich_record(resource)

    body = analyst_api.get(detail_url(resource, record.pk)).json()

    for field, allowed in contract.CHOICES[resource].items():
        assert body[field] in allowed, f"{resource}.{field} = {body[field]!r}"
    if resource == "meetings":
        assert body["participants"][0]["role"] == "host"
    if resource == "trips":
        assert body["stops"][0]["status"] == "planned"
    if resource == "responses":
        assert body["status"] == "pending"


@pytest.mark.parametrize("resource", ["meetings", "events"])
def test_a_date_precision_left_out_is_day(analyst_api, resource):
    payload = contract.valid_payload(resource)
    del payload["date_precision"]

    response = analyst_api.post(list_url(resource), payload, format="json")

    assert response.status_code == 201, response.content[:500]
    assert response.json()["date_precision"] == "day"
    record = contract.MODELS[resource].objects.get(pk=response.json()["id"])
    assert record.date_precision == "day"


@pytest.mark.parametrize("resource", contract.RESOURCES)
@pytest.mark.parametrize("method", ["GET", "PUT", "PATCH", "DELETE"])
@pytest.mark.parametrize("record_id", [contract.MISSING_ID, "0", "abc", 10**30, -5, "1.5", "%00"])
def test_a_record_that_does_not_exist_answers_404(analyst_api, resource, method, record_id):
    body = {} if method in ("PUT", "PATCH") else None
    counts_before = contract.row_counts()
    sender = getattr(analyst_api, method.lower())

    response = sender(f"{list_url(resource)}{record_id}/", body, format="json")

    contract.assert_rejected(response, None, counts_before, status=404)
    assert response["Content-Type"] == "application/json"
