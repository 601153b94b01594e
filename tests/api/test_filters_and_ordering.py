"""Lists ordered and filtered as api.md lists them: orderings on the date and name fields, the
actor, date and edit-time filters, and bad filter values answered 400 by name, never 500."""

import datetime

import pytest
from django.utils import timezone

from tests import factories
from tests.api import contract
from tests.api.contract import RESOURCES, list_url, results

ORDERINGS = [
    ("actors", "name", lambda n: {"name": f"Actor {n}"}),
    ("locations", "name", lambda n: {"name": f"Place {n}"}),
    ("sources", "published_on", lambda n: {"published_on": datetime.date(2024, 6, n)}),
    ("processes", "started_on", lambda n: {"started_on": datetime.date(2023, 10, n)}),
    ("proposals", "announced_on", lambda n: {"announced_on": datetime.date(2024, 5, n)}),
    ("meetings", "date", lambda n: {"date": datetime.date(2024, 6, n)}),
    ("trips", "start", lambda n: {"start": datetime.date(2024, 6, n), "end": None}),
    ("statements", "date", lambda n: {"date": datetime.date(2024, 6, n)}),
    ("events", "date", lambda n: {"date": datetime.date(2024, 5, n)}),
]


@pytest.mark.parametrize(("resource", "field", "values"), ORDERINGS)
@pytest.mark.parametrize("descending", [False, True])
def test_lists_order_on_their_date_and_name_fields(
    analyst_api, resource, field, values, descending
):
    factory = type(contract.make_record(resource))
    contract.MODELS[resource].objects.all().delete()
    created = []
    for day in (3, 1, 2):
        record = contract.make_record(resource)
        factory.objects.filter(pk=record.pk).update(**values(day))
        created.append(record.pk)
    ordering = f"-{field}" if descending else field

    response = analyst_api.get(list_url(resource), {"ordering": ordering})

    assert response.status_code == 200, response.content[:300]
    read = [item[field] for item in response.json()["results"]]
    assert read == sorted(read, reverse=descending)
    assert sorted(item["id"] for item in response.json()["results"]) == sorted(created)


def test_the_actor_filter_finds_an_actor_in_any_role(analyst_api):
    actor = factories.PersonFactory(name="Antony Blinken")
    meeting = factories.ParticipantFactory(actor=actor).meeting
    factories.MeetingFactory()
    statement = factories.StatementFactory(speaker=actor)
    factories.StatementFactory()
    response = factories.ResponseFactory(respondent=actor)
    factories.ResponseFactory()
    as_party = factories.ProcessFactory()
    as_party.parties.add(actor)
    as_mediator = factories.MediatorFactory(actor=actor).process
    factories.ProcessFactory()
    trip = factories.TripFactory(traveller=actor)
    factories.TripFactory()

    def found(resource):
        answer = analyst_api.get(list_url(resource), {"actor": actor.pk})
        assert answer.status_code == 200, answer.content[:300]
        return sorted(item["id"] for item in answer.json()["results"])

    assert found("meetings") == [meeting.pk]
    assert found("statements") == [statement.pk]
    assert found("responses") == [response.pk]
    assert found("processes") == sorted([as_party.pk, as_mediator.pk])
    assert found("trips") == [trip.pk]


@pytest.mark.parametrize("resource", ["meetings", "events", "statements"])
def test_date_after_and_date_before_filter_on_when_things_happened(analyst_api, resource):
    model = contract.MODELS[resource]
    early, late = contract.make_record(resource), contract.make_record(resource)
    model.objects.filter(pk=early.pk).update(date=datetime.date(2024, 5, 1))
    model.objects.filter(pk=late.pk).update(date=datetime.date(2024, 6, 10))

    after = analyst_api.get(list_url(resource), {"date_after": "2024-06-01"})
    before = analyst_api.get(list_url(resource), {"date_before": "2024-06-01"})

    assert [item["id"] for item in after.json()["results"]] == [late.pk]
    assert [item["id"] for item in before.json()["results"]] == [early.pk]


@pytest.mark.parametrize("resource", RESOURCES)
def test_updated_after_and_updated_before_filter_on_when_records_were_recorded(
    analyst_api, resource
):
    record = contract.make_record(resource)
    a_moment_later = (timezone.now() + datetime.timedelta(seconds=5)).isoformat()
    a_moment_earlier = (record.updated_at - datetime.timedelta(seconds=5)).isoformat()

    later = analyst_api.get(list_url(resource), {"updated_after": a_moment_later})
    earlier = analyst_api.get(list_url(resource), {"updated_after": a_moment_earlier})
    before = analyst_api.get(list_url(resource), {"updated_before": a_moment_earlier})

    assert later.status_code == 200, later.content[:300]
    assert record.pk not in [item["id"] for item in later.json()["results"]]
    assert record.pk in [item["id"] for item in earlier.json()["results"]]
    assert record.pk not in [item["id"] for item in before.json()["results"]]


@pytest.mark.parametrize(
    "ordering", ["nonexistent", "-password", "__class__", "name,,", "\x00", "?", "a" * 10_000]
)
@pytest.mark.parametrize("resource", RESOURCES)
def test_an_unknown_ordering_is_never_a_server_error(analyst_api, resource, ordering):
    contract.make_record(resource)

    response = analyst_api.get(list_url(resource), {"ordering": ordering})

    assert response.status_code in (200, 400), response.content[:300]


FILTER_GARBAGE = [
    ("meetings", "date_after", "garbage"),
    ("meetings", "date_before", "2024-02-30"),
    ("actors", "updated_after", "garbage"),
    ("events", "updated_before", "2024-13-01T00:00:00Z"),
    ("proposals", "process", "abc"),
    ("responses", "proposal", "abc"),
    ("responses", "respondent", "x"),
    ("meetings", "location", "Cairo"),
]


@pytest.mark.parametrize(("resource", "name", "value"), FILTER_GARBAGE)
def test_a_filter_value_of_the_wrong_type_answers_400_naming_it(analyst_api, resource, name, value):
    contract.make_record(resource)

    response = analyst_api.get(list_url(resource), {name: value})

    assert response.status_code == 400, response.content[:300]
    assert name in response.json()


# Python reads UTC offsets up to 24 hours, PostgreSQL only up to 15:59.
@pytest.mark.parametrize(
    ("name", "value", "finds_the_record"),
    [
        ("updated_after", "2024-01-01T00:00:00+16:00", True),
        ("updated_after", "2024-01-01T00:00:00-23:59", True),
        ("updated_before", "0979-03-18T03:01:37+23:10", False),
    ],
)
def test_a_far_utc_offset_is_read_or_refused_by_name_alike_on_every_database(
    analyst_api, name, value, finds_the_record
):
    actor = factories.ActorFactory()

    response = analyst_api.get(list_url("actors"), {name: value})

    assert response.status_code in (200, 400), response.content[:300]
    if response.status_code == 400:
        assert name in response.json()
    else:
        found = [item["id"] for item in response.json()["results"]]
        assert found == ([actor.pk] if finds_the_record else [])


@pytest.mark.parametrize("resource", RESOURCES)
@pytest.mark.parametrize(
    "query",
    [
        {"search": "Ham\x00as"},
        {"search": "%' OR 1=1 --"},
        {"search": "x" * 10_000},
        {"status": "\x00"},
        {"kind": "unknown_kind"},
        {"actor": "\x00"},
        {"actor": str(10**30)},
        {"overdue": "maybe"},
        {"process": "-1"},
        {"updated_after": "\x00"},
    ],
)
def test_odd_filter_values_are_never_a_server_error(analyst_api, resource, query):
    contract.make_record(resource)

    response = analyst_api.get(list_url(resource), query)

    assert response.status_code in (200, 400), response.content[:300]
    if response.status_code == 200:
        assert isinstance(results(response.json()), list)


@pytest.mark.parametrize(
    "query", ["search=%ED%A0%80", "search=%ff%fe", "ordering=%ff", "as_of=%ff"]
)
def test_a_query_string_that_is_not_utf8_is_never_a_server_error(analyst_api, query):
    factories.ActorFactory()

    response = analyst_api.get(f"{list_url('processes')}?{query}")

    assert response.status_code in (200, 400), response.content[:300]


@pytest.mark.parametrize(
    "query",
    [
        "page_size=100000",
        "page_size=-5",
        "page_size=abc",
        "ordering=nonexistent",
        "ordering=-name,__proto__",
        "search=%00",
        "search=" + "x" * 5000,
        "search=%22unbalanced",
        "search=a%20%7C%20%21%20%26",
        "kind=militia",
        "updated_after=yesterday",
        "updated_before=2024-02-30T00:00:00",
        "parent=1",
        "name=%00",
    ],
)
def test_odd_query_strings_never_give_500(viewer_api, query):
    factories.ActorFactory()

    response = viewer_api.get(f"/api/v1/actors/?{query}")

    assert response.status_code in (200, 400), response.content


@pytest.mark.parametrize(
    "query", ["process=abc", "process=99999999999999999999", "actor=-1", "overdue=maybe"]
)
def test_bad_filter_values_are_400s_naming_the_filter(viewer_api, query):
    response = viewer_api.get(f"/api/v1/responses/?{query}")

    assert response.status_code == 400
    assert query.split("=")[0] in response.json()


def test_a_nul_in_a_query_parameter_is_a_400_naming_it(viewer_api):
    response = viewer_api.get("/api/v1/actors/?search=Ha%00mas")

    assert response.status_code == 400
    assert "search" in response.json()


@pytest.mark.parametrize("offset", ["%2B16:00", "-18:00", "Z"])
def test_an_edit_time_filter_takes_any_utc_offset_on_every_database(viewer_api, offset):
    factories.ActorFactory()

    response = viewer_api.get(f"/api/v1/actors/?updated_after=2024-01-01T00:00:00{offset}")

    assert response.status_code == 200
    assert response.json()["count"] == 1
