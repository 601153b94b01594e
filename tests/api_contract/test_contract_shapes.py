"""The shapes api.md promises: lists, details, relations, choices, conditional requests, 409s,
status logs read on any date, the changes feed and the audit history."""

import datetime
import re

import pytest
from django.utils import timezone

from negotiations import models
from negotiations.models import Actor, Response
from tests import factories
from tests.api_contract import contract
from tests.api_contract.contract import RESOURCES, detail_url, list_url, results

DETAIL_RESOURCES = pytest.mark.parametrize("resource", RESOURCES)


def assert_is_relation_object(value, where: str):
    assert isinstance(value, dict), f"{where} should read as an object, got {value!r}"
    assert "id" in value, f"{where} should have an id: {value!r}"
    assert "name" in value or "title" in value, f"{where} should have a name or title: {value!r}"


@DETAIL_RESOURCES
def test_each_list_answers_count_next_previous_and_results(analyst_client, resource):
    contract.make_record(resource)
    contract.make_record(resource)
    counts_before = contract.row_counts()

    response = analyst_client.get(list_url(resource), {"page_size": 1})

    assert response.status_code == 200, response.content[:300]
    body = response.json()
    assert set(body) == {"count", "next", "previous", "results"}
    assert body["count"] == contract.MODELS[resource].objects.count()
    assert body["previous"] is None
    assert body["next"] is not None and "page=2" in body["next"]
    assert len(body["results"]) == 1
    assert contract.row_counts() == counts_before


@DETAIL_RESOURCES
def test_each_detail_has_exactly_the_contracts_fields(analyst_client, resource):
    record = contract.make_rich_record(resource)

    response = analyst_client.get(detail_url(resource, record.pk))

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


@DETAIL_RESOURCES
def test_list_items_have_the_same_fields_as_details(analyst_client, resource):
    record = contract.make_rich_record(resource)

    response = analyst_client.get(list_url(resource), {"page_size": 200})

    assert response.status_code == 200, response.content[:300]
    item = next(item for item in response.json()["results"] if item["id"] == record.pk)
    assert set(item) == contract.COMMON_FIELDS | contract.FIELDS[resource]


@DETAIL_RESOURCES
def test_relations_read_as_objects_with_an_id_and_a_name_or_title(analyst_client, resource):
    record = contract.make_rich_record(resource)

    body = analyst_client.get(detail_url(resource, record.pk)).json()

    for field in contract.SINGLE_RELATIONS[resource]:
        assert body[field] is not None, f"{resource}.{field} was set on the record"
        assert_is_relation_object(body[field], f"{resource}.{field}")
        assert body[field]["id"] == getattr(record, f"{field}_id")
    for field in contract.LIST_RELATIONS[resource]:
        assert isinstance(body[field], list) and body[field], f"{resource}.{field} is a list"
        for item in body[field]:
            assert_is_relation_object(item, f"{resource}.{field}[]")
    if resource == "meetings":
        (participant,) = body["participants"]
        assert set(participant) >= contract.NESTED_FIELDS["participants"]
        assert_is_relation_object(participant["actor"], "meetings.participants[].actor")
    if resource == "trips":
        (stop,) = body["stops"]
        assert set(stop) >= contract.NESTED_FIELDS["stops"]
        assert_is_relation_object(stop["location"], "trips.stops[].location")
    if resource == "proposals":
        (phase,) = body["phases"]
        assert set(phase) >= contract.NESTED_FIELDS["phases"]
        (provision,) = phase["provisions"]
        assert set(provision) >= contract.NESTED_FIELDS["provisions"]
        (answer,) = body["responses"]
        assert set(answer) >= contract.NESTED_FIELDS["responses"]
        assert_is_relation_object(answer["respondent"], "proposals.responses[].respondent")


@DETAIL_RESOURCES
def test_choice_values_read_as_the_contracts_values(analyst_client, resource):
    record = contract.make_rich_record(resource)

    body = analyst_client.get(detail_url(resource, record.pk)).json()

    for field, allowed in contract.CHOICES[resource].items():
        assert body[field] in allowed, f"{resource}.{field} = {body[field]!r}"
    if resource == "meetings":
        assert body["participants"][0]["role"] == "host"
    if resource == "trips":
        assert body["stops"][0]["status"] == "planned"
    if resource == "responses":
        assert body["status"] == "pending"


@pytest.mark.parametrize("resource", ["meetings", "events"])
def test_a_date_precision_left_out_is_day(analyst_client, resource):
    payload = contract.valid_payload(resource)
    del payload["date_precision"]

    response = analyst_client.post(list_url(resource), payload, format="json")

    assert response.status_code == 201, response.content[:500]
    assert response.json()["date_precision"] == "day"
    record = contract.MODELS[resource].objects.get(pk=response.json()["id"])
    assert record.date_precision == "day"


@DETAIL_RESOURCES
def test_each_detail_carries_an_etag_and_if_none_match_answers_304(analyst_client, resource):
    record = contract.make_record(resource)
    url = detail_url(resource, record.pk)

    first = analyst_client.get(url)
    again = analyst_client.get(url, HTTP_IF_NONE_MATCH=first.headers.get("ETag", ""))

    assert first.status_code == 200
    assert first.headers.get("ETag"), "a single-record response carries an ETag"
    assert again.status_code == 304
    assert again.content == b""
    assert contract.MODELS[resource].objects.filter(pk=record.pk).exists()


@DETAIL_RESOURCES
def test_the_etag_changes_when_the_record_changes(analyst_client, resource):
    record = contract.make_record(resource)
    url = detail_url(resource, record.pk)
    before = analyst_client.get(url).headers.get("ETag")

    patched = analyst_client.patch(url, contract.partial_payload(resource), format="json")
    after = analyst_client.get(url, HTTP_IF_NONE_MATCH=before)

    assert patched.status_code == 200, patched.content[:300]
    assert patched.headers.get("ETag"), "the answer to a write is a single record too"
    assert after.status_code == 200
    assert after.headers.get("ETag") not in (None, before)


@DETAIL_RESOURCES
@pytest.mark.parametrize("method", ["PATCH", "PUT", "DELETE"])
def test_a_write_with_a_stale_if_match_answers_412_and_changes_nothing(
    analyst_client, resource, method
):
    record = contract.make_record(resource)
    url = detail_url(resource, record.pk)
    stale = analyst_client.get(url).headers.get("ETag")
    field = contract.PATCHABLE_FIELD[resource]
    analyst_client.patch(url, {field: "Changed by the other analyst."}, format="json")
    body = None
    if method == "PATCH":
        body = contract.partial_payload(resource)
    elif method == "PUT":
        body = contract.valid_payload(resource)
    model = contract.MODELS[resource]
    state_before = model.objects.filter(pk=record.pk).values().first()
    counts_before = contract.row_counts()

    sender = getattr(analyst_client, method.lower())
    if body is None:
        response = sender(url, HTTP_IF_MATCH=stale)
    else:
        response = sender(url, body, format="json", HTTP_IF_MATCH=stale)

    assert stale
    assert state_before[field] == "Changed by the other analyst."
    assert response.status_code == 412, response.content[:300]
    assert model.objects.filter(pk=record.pk).values().first() == state_before
    assert contract.row_counts() == counts_before


@DETAIL_RESOURCES
def test_a_write_with_the_current_if_match_is_applied(analyst_client, resource):
    record = contract.make_record(resource)
    url = detail_url(resource, record.pk)
    current = analyst_client.get(url).headers.get("ETag")

    response = analyst_client.patch(
        url, contract.partial_payload(resource), format="json", HTTP_IF_MATCH=current
    )

    assert response.status_code == 200, response.content[:300]
    field = contract.PATCHABLE_FIELD[resource]
    state = contract.MODELS[resource].objects.filter(pk=record.pk).values(field).first()
    assert state[field] == "Changed by a contract test."


def test_deleting_an_actor_a_meeting_cites_answers_409_naming_what_points_at_it(analyst_client):
    meeting = factories.MeetingFactory(title="Blinken meets al-Sisi in Cairo")
    participant = factories.ParticipantFactory(meeting=meeting)
    counts_before = contract.row_counts()

    response = analyst_client.delete(detail_url("actors", participant.actor_id))

    assert response.status_code == 409, response.content[:300]
    text = response.content.decode()
    assert meeting.title in text or str(participant) in text, text
    assert Actor.objects.filter(pk=participant.actor_id).exists()
    assert contract.row_counts() == counts_before


def test_deleting_an_actor_that_is_a_party_answers_409_and_keeps_it(analyst_client):
    process = factories.ProcessFactory(title="Gaza ceasefire talks")
    party = factories.ActorFactory(name="Hamas")
    process.parties.add(party)
    counts_before = contract.row_counts()

    response = analyst_client.delete(detail_url("actors", party.pk))

    assert response.status_code == 409, response.content[:300]
    assert "Gaza ceasefire talks" in response.content.decode()
    assert Actor.objects.filter(pk=party.pk).exists()
    assert process.parties.filter(pk=party.pk).exists()
    assert contract.row_counts() == counts_before


def test_deleting_a_process_with_proposals_answers_409_naming_them(analyst_client):
    proposal = factories.ProposalFactory(title="The May 31 three-phase plan")
    counts_before = contract.row_counts()

    response = analyst_client.delete(detail_url("processes", proposal.process_id))

    assert response.status_code == 409, response.content[:300]
    assert "The May 31 three-phase plan" in response.content.decode()
    assert contract.row_counts() == counts_before


@DETAIL_RESOURCES
def test_a_created_record_is_answered_with_its_etag(analyst_client, resource):
    response = analyst_client.post(
        list_url(resource), contract.valid_payload(resource), format="json"
    )

    assert response.status_code == 201, response.content[:300]
    assert response.headers.get("ETag")
    again = analyst_client.get(
        detail_url(resource, response.json()["id"]), HTTP_IF_NONE_MATCH=response.headers["ETag"]
    )
    assert again.status_code == 304


def test_deleting_a_cited_source_answers_409_and_keeps_it(analyst_client):
    statement = factories.StatementFactory()
    source = factories.SourceFactory(title="AFP, 10 June 2024")
    statement.sources.add(source)
    counts_before = contract.row_counts()

    response = analyst_client.delete(detail_url("sources", source.pk))

    assert response.status_code == 409, response.content[:300]
    assert statement.sources.filter(pk=source.pk).exists()
    assert contract.row_counts() == counts_before


@pytest.mark.parametrize("resource", contract.STATUS_LOGGED)
def test_status_changes_list_oldest_first_with_the_contracts_fields(analyst_client, resource):
    record = contract.make_record(resource)
    url = f"{detail_url(resource, record.pk)}status-changes/"
    later = {"status": contract.NEXT_STATUS[resource], "changed_on": "2024-08-01", "note": "later"}
    earlier = {
        "status": contract.NEXT_STATUS[resource],
        "changed_on": "2024-06-15",
        "note": "early",
    }

    first_post = analyst_client.post(url, later, format="json")
    second_post = analyst_client.post(url, earlier, format="json")
    listing = analyst_client.get(url)

    assert first_post.status_code == 201, first_post.content[:300]
    assert second_post.status_code == 201, second_post.content[:300]
    assert listing.status_code == 200
    changes = results(listing.json())
    dates = [change["changed_on"] for change in changes]
    assert dates == sorted(dates)
    assert dates[-2:] == ["2024-06-15", "2024-08-01"]
    for change in changes:
        assert set(change) >= contract.STATUS_CHANGE_FIELDS
    assert record.status_changes.count() == len(changes)
    assert_is_relation_object(changes[-1]["recorded_by"], "status change recorded_by")
    source = factories.SourceFactory()
    cited = analyst_client.post(
        url,
        {
            "status": contract.NEXT_STATUS[resource],
            "changed_on": "2024-08-02",
            "sources": [source.pk],
        },
        format="json",
    )
    (cited_source,) = cited.json()["sources"]
    assert_is_relation_object(cited_source, "status change sources[]")


@pytest.mark.parametrize("resource", contract.STATUS_LOGGED)
def test_a_status_change_moves_the_status_only_when_it_is_the_latest(analyst_client, resource):
    record = contract.make_record(resource)
    url = f"{detail_url(resource, record.pk)}status-changes/"
    initial = record.status
    new_status = contract.NEXT_STATUS[resource]

    analyst_client.post(url, {"status": new_status, "changed_on": "2024-08-01"}, format="json")
    analyst_client.post(url, {"status": initial, "changed_on": "2024-07-01"}, format="json")

    record.refresh_from_db()
    assert record.status == new_status
    assert analyst_client.get(detail_url(resource, record.pk)).json()["status"] == new_status


@pytest.mark.parametrize("resource", contract.STATUS_LOGGED)
def test_as_of_answers_the_status_as_it_stood(analyst_client, resource):
    record = contract.make_record(resource)
    initial = record.status
    record.change_status(contract.NEXT_STATUS[resource], changed_on=datetime.date(2024, 7, 1))

    before = analyst_client.get(detail_url(resource, record.pk), {"as_of": "2024-06-10"})
    after = analyst_client.get(detail_url(resource, record.pk), {"as_of": "2024-07-15"})
    listed = analyst_client.get(list_url(resource), {"as_of": "2024-06-10", "page_size": 200})

    assert before.status_code == 200, before.content[:300]
    assert before.json()["status"] == initial
    assert after.json()["status"] == contract.NEXT_STATUS[resource]
    (item,) = [item for item in listed.json()["results"] if item["id"] == record.pk]
    assert item["status"] == initial
    record.refresh_from_db()
    assert record.status == contract.NEXT_STATUS[resource]


def test_as_of_answers_days_pending_and_overdue_as_they_stood(analyst_client):
    response = factories.ResponseFactory(due_on=datetime.date(2024, 6, 7))
    response.change_status("countered", changed_on=datetime.date(2024, 7, 1))
    url = detail_url("responses", response.pk)

    on_june_10 = analyst_client.get(url, {"as_of": "2024-06-10"}).json()
    on_june_5 = analyst_client.get(url, {"as_of": "2024-06-05"}).json()
    on_july_15 = analyst_client.get(url, {"as_of": "2024-07-15"}).json()
    proposal = analyst_client.get(
        detail_url("proposals", response.proposal_id), {"as_of": "2024-06-10"}
    ).json()

    assert (on_june_10["status"], on_june_10["days_pending"], on_june_10["overdue"]) == (
        "pending",
        10,
        True,
    )
    assert (on_june_5["days_pending"], on_june_5["overdue"]) == (5, False)
    assert (on_july_15["status"], on_july_15["days_pending"], on_july_15["overdue"]) == (
        "countered",
        31,
        False,
    )
    (answer,) = proposal["responses"]
    assert (answer["status"], answer["days_pending"], answer["overdue"]) == ("pending", 10, True)
    assert Response.objects.get(pk=response.pk).status == "countered"


def test_the_changes_feed_includes_a_deletion(analyst_client):
    since = timezone.now() - datetime.timedelta(seconds=1)
    created = analyst_client.post(
        list_url("actors"), contract.valid_payload("actors"), format="json"
    )
    actor_id = created.json()["id"]
    deleted = analyst_client.delete(detail_url("actors", actor_id))

    response = analyst_client.get(f"{contract.API}changes/", {"since": since.isoformat()})

    assert (created.status_code, deleted.status_code) == (201, 204)
    assert response.status_code == 200, response.content[:300]
    entries = [
        entry
        for entry in results(response.json())
        if entry["id"] == actor_id and entry["resource"] in ("actors", "actor")
    ]
    assert [entry["action"] for entry in entries] == ["created", "deleted"]
    for entry in entries:
        assert set(entry) >= contract.CHANGE_FIELDS
    moments = [entry["changed_at"] for entry in results(response.json())]
    assert moments == sorted(moments)
    assert not Actor.objects.filter(pk=actor_id).exists()


def test_the_changes_feed_leaves_out_what_came_before_since(analyst_client):
    old = factories.ActorFactory()
    since = timezone.now() + datetime.timedelta(seconds=1)

    response = analyst_client.get(f"{contract.API}changes/", {"since": since.isoformat()})

    assert response.status_code == 200
    assert all(entry["id"] != old.pk for entry in results(response.json()))


@DETAIL_RESOURCES
def test_history_lists_who_changed_which_fields_and_when(analyst_client, analyst, resource):
    created = analyst_client.post(
        list_url(resource), contract.valid_payload(resource), format="json"
    )
    url = detail_url(resource, created.json()["id"])
    field = contract.PATCHABLE_FIELD[resource]
    analyst_client.patch(url, {field: "Changed by a contract test."}, format="json")

    response = analyst_client.get(f"{url}history/")

    assert (created.status_code, response.status_code) == (201, 200), response.content[:300]
    entries = results(response.json())
    assert len(entries) >= 2
    last_entry = str(entries[-1])
    assert field in last_entry, f"the last change names the field it changed: {last_entry}"
    assert analyst.username in last_entry, f"and who changed it: {last_entry}"
    assert re.search(r"\d{4}-\d{2}-\d{2}T", last_entry), f"and when: {last_entry}"
    model = contract.MODELS[resource]
    assert model.history.filter(id=created.json()["id"]).count() == len(entries)


# Lists: ordering on the date and name fields, filters and search as api.md lists them.

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
    analyst_client, resource, field, values, descending
):
    factory = type(contract.make_record(resource))
    contract.MODELS[resource].objects.all().delete()
    created = []
    for day in (3, 1, 2):
        record = contract.make_record(resource)
        factory.objects.filter(pk=record.pk).update(**values(day))
        created.append(record.pk)
    ordering = f"-{field}" if descending else field

    response = analyst_client.get(list_url(resource), {"ordering": ordering})

    assert response.status_code == 200, response.content[:300]
    read = [item[field] for item in response.json()["results"]]
    assert read == sorted(read, reverse=descending)
    assert sorted(item["id"] for item in response.json()["results"]) == sorted(created)


def test_the_actor_filter_finds_an_actor_in_any_role(analyst_client):
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
        answer = analyst_client.get(list_url(resource), {"actor": actor.pk})
        assert answer.status_code == 200, answer.content[:300]
        return sorted(item["id"] for item in answer.json()["results"])

    assert found("meetings") == [meeting.pk]
    assert found("statements") == [statement.pk]
    assert found("responses") == [response.pk]
    assert found("processes") == sorted([as_party.pk, as_mediator.pk])
    assert found("trips") == [trip.pk]


@pytest.mark.parametrize("resource", ["meetings", "events", "statements"])
def test_date_after_and_date_before_filter_on_when_things_happened(analyst_client, resource):
    model = contract.MODELS[resource]
    early, late = contract.make_record(resource), contract.make_record(resource)
    model.objects.filter(pk=early.pk).update(date=datetime.date(2024, 5, 1))
    model.objects.filter(pk=late.pk).update(date=datetime.date(2024, 6, 10))

    after = analyst_client.get(list_url(resource), {"date_after": "2024-06-01"})
    before = analyst_client.get(list_url(resource), {"date_before": "2024-06-01"})

    assert [item["id"] for item in after.json()["results"]] == [late.pk]
    assert [item["id"] for item in before.json()["results"]] == [early.pk]


@pytest.mark.parametrize("resource", RESOURCES)
def test_updated_after_and_updated_before_filter_on_when_records_were_recorded(
    analyst_client, resource
):
    record = contract.make_record(resource)
    a_moment_later = (timezone.now() + datetime.timedelta(seconds=5)).isoformat()
    a_moment_earlier = (record.updated_at - datetime.timedelta(seconds=5)).isoformat()

    later = analyst_client.get(list_url(resource), {"updated_after": a_moment_later})
    earlier = analyst_client.get(list_url(resource), {"updated_after": a_moment_earlier})
    before = analyst_client.get(list_url(resource), {"updated_before": a_moment_earlier})

    assert later.status_code == 200, later.content[:300]
    assert record.pk not in [item["id"] for item in later.json()["results"]]
    assert record.pk in [item["id"] for item in earlier.json()["results"]]
    assert record.pk not in [item["id"] for item in before.json()["results"]]


@pytest.mark.parametrize(
    ("resource", "field", "words"),
    [
        ("actors", "name", "Islamic Resistance"),
        ("statements", "text", "prisoner exchange"),
        ("events", "title", "Rafah crossing"),
        ("proposals", "title", "three-phase"),
    ],
)
def test_search_finds_records_by_their_words(analyst_client, resource, field, words):
    if resource == "actors":
        wanted = factories.ActorFactory(name="Hamas", aliases=["Islamic Resistance Movement"])
    else:
        wanted = contract.make_record(resource)
        contract.MODELS[resource].objects.filter(pk=wanted.pk).update(
            **{field: f"Something about the {words} here"}
        )
    contract.make_record(resource)

    response = analyst_client.get(list_url(resource), {"search": words})

    assert response.status_code == 200, response.content[:300]
    assert [item["id"] for item in response.json()["results"]] == [wanted.pk]


# Status filters, days pending and overdue read on the day asked about (or today).


def test_the_status_filter_with_as_of_filters_on_the_status_of_that_day(analyst_client):
    answered_in_july = factories.ResponseFactory()
    answered_in_july.change_status("countered", changed_on=datetime.date(2024, 7, 1))
    still_pending = factories.ResponseFactory()

    def found(**params):
        answer = analyst_client.get(list_url("responses"), params)
        assert answer.status_code == 200, answer.content[:300]
        return sorted((item["id"], item["status"]) for item in answer.json()["results"])

    assert found(status="pending", as_of="2024-06-10") == sorted(
        [(answered_in_july.pk, "pending"), (still_pending.pk, "pending")]
    )
    assert found(status="countered", as_of="2024-06-10") == []
    assert found(status="countered") == [(answered_in_july.pk, "countered")]
    assert found(status="pending") == [(still_pending.pk, "pending")]


def test_days_pending_and_overdue_without_as_of_are_as_of_today(analyst_client):
    waiting = factories.ResponseFactory(due_on=datetime.date(2024, 6, 7))
    answered = factories.ResponseFactory(due_on=datetime.date(2024, 6, 7))
    answered.change_status("rejected", changed_on=datetime.date(2024, 6, 20))

    waiting_read = analyst_client.get(detail_url("responses", waiting.pk)).json()
    answered_read = analyst_client.get(detail_url("responses", answered.pk)).json()
    overdue = analyst_client.get(list_url("responses"), {"overdue": "true"}).json()["results"]

    assert waiting_read["days_pending"] == (contract.today() - datetime.date(2024, 5, 31)).days
    assert waiting_read["overdue"] is True
    assert (answered_read["days_pending"], answered_read["overdue"]) == (20, False)
    assert [item["id"] for item in overdue] == [waiting.pk]


def test_the_changes_feed_takes_a_resource(analyst_client):
    since = timezone.now() - datetime.timedelta(seconds=1)
    actor = analyst_client.post(list_url("actors"), contract.valid_payload("actors"), format="json")
    source = analyst_client.post(
        list_url("sources"), contract.valid_payload("sources"), format="json"
    )

    response = analyst_client.get(
        f"{contract.API}changes/", {"since": since.isoformat(), "resource": "sources"}
    )

    assert (actor.status_code, source.status_code, response.status_code) == (201, 201, 200)
    entries = results(response.json())
    assert [(entry["resource"], entry["id"]) for entry in entries] == [
        ("sources", source.json()["id"])
    ]


# Nested lists are written whole: a write that gives one replaces it, one that leaves it out
# leaves it alone.


def test_a_write_that_gives_phases_replaces_them_and_one_that_leaves_them_out_keeps_them(
    analyst_client,
):
    created = analyst_client.post(
        list_url("proposals"), contract.valid_payload("proposals"), format="json"
    ).json()
    url = detail_url("proposals", created["id"])

    kept = analyst_client.patch(url, {"summary": "Phases untouched."}, format="json")
    replaced = analyst_client.patch(
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
def test_a_write_that_gives_a_nested_list_replaces_it(
    analyst_client, resource, nested, replacement
):
    created = analyst_client.post(
        list_url(resource), contract.valid_payload(resource), format="json"
    ).json()
    new_items = replacement()

    response = analyst_client.patch(
        detail_url(resource, created["id"]), {nested: new_items}, format="json"
    )

    assert response.status_code == 200, response.content[:300]
    assert len(response.json()[nested]) == 1
    record = contract.MODELS[resource].objects.get(pk=created["id"])
    assert getattr(record, nested).count() == 1


def test_a_record_read_as_of_another_day_is_not_answered_304_with_todays_etag(analyst_client):
    response = factories.ResponseFactory()
    response.change_status("countered", changed_on=datetime.date(2024, 7, 1))
    url = detail_url("responses", response.pk)
    today_etag = analyst_client.get(url).headers["ETag"]

    in_june = analyst_client.get(url, {"as_of": "2024-06-10"}, HTTP_IF_NONE_MATCH=today_etag)

    assert in_june.status_code == 200
    assert in_june.json()["status"] == "pending"
    assert in_june.headers["ETag"] != today_etag


def test_deleting_a_source_only_a_status_change_cites_answers_409(analyst_client):
    response = factories.ResponseFactory()
    source = factories.SourceFactory()
    response.change_status("countered", changed_on=datetime.date(2024, 6, 11), sources=[source])
    counts_before = contract.row_counts()

    answer = analyst_client.delete(detail_url("sources", source.pk))

    assert answer.status_code == 409, answer.content[:300]
    assert contract.row_counts() == counts_before
