"""ETag, If-None-Match (304), If-Match (412) and deleting what others cite (409)."""

import datetime

import pytest
from django.db import connection
from django.db.models import Max
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from rest_framework.request import Request
from rest_framework.test import APIRequestFactory

from negotiations.api import views
from negotiations.api.etags import record_version, shape_of
from tests import factories
from tests.api import contract
from tests.api.contract import RESOURCES, detail_url, list_url


def test_every_single_record_response_carries_an_etag(analyst_api):
    actor = factories.ActorFactory()

    read = analyst_api.get(f"/api/v1/actors/{actor.pk}/")
    changed = analyst_api.patch(f"/api/v1/actors/{actor.pk}/", {"name": "Qatar"}, format="json")

    assert read["ETag"].startswith('"')
    assert changed["ETag"] != read["ETag"]
    assert analyst_api.get(f"/api/v1/actors/{actor.pk}/")["ETag"] == changed["ETag"]


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
    # (one query naming the ids and latest change of each) and none of the rows themselves.
    def reads_provisions(query):
        return query["sql"].startswith('SELECT "negotiations_provision".')

    assert any(reads_provisions(query) for query in full.captured_queries)
    assert not any(reads_provisions(query) for query in revalidated.captured_queries)
    assert len(revalidated) < len(full)


def revalidation_queries(client, url) -> list[str]:
    """The SQL of a conditional GET of `url` with its current ETag (once the ETag is known)."""
    etag = client.get(url)["ETag"]
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 304
    return [query["sql"] for query in queries.captured_queries]


def reads_the_version_of(table: str, sql: str) -> bool:
    return sql.startswith('SELECT "record"."updated_at"') and f'FROM "{table}" "record"' in sql


@pytest.mark.parametrize(
    "route, table",
    [("statements", "negotiations_statement"), ("proposals", "negotiations_proposal")],
)
def test_a_304_is_two_queries_the_token_with_its_account_and_role_then_the_version(
    viewer_api, route, table
):
    record = {"statements": factories.StatementFactory, "proposals": factories.ProposalFactory}[
        route
    ]()

    token, version = revalidation_queries(viewer_api, f"/api/v1/{route}/{record.pk}/")

    assert 'FROM "accounts_apitoken"' in token and '"auth_group"' in token
    assert reads_the_version_of(table, version)


@pytest.mark.parametrize(
    "route, table",
    [("statements", "negotiations_statement"), ("proposals", "negotiations_proposal")],
)
def test_a_304_with_a_token_seen_before_is_the_version_query_alone(
    settings, viewer_api, route, table
):
    # The token cache as with Redis (settings.API_TOKEN_CACHE_SECONDS): in memory, no queries.
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    settings.API_TOKEN_CACHE_SECONDS = 60
    record = {"statements": factories.StatementFactory, "proposals": factories.ProposalFactory}[
        route
    ]()

    queries = revalidation_queries(viewer_api, f"/api/v1/{route}/{record.pk}/")

    assert len(queries) == 1
    assert reads_the_version_of(table, queries[0])


@pytest.mark.parametrize("route", list(views.RESOURCES))
def test_a_304_is_the_token_query_then_one_version_query_for_every_resource(viewer_api, route):
    record = contract.make_rich_record(route)
    table = views.RESOURCES[route].queryset.model._meta.db_table

    token, version = revalidation_queries(viewer_api, f"/api/v1/{route}/{record.pk}/")

    assert 'FROM "accounts_apitoken"' in token
    assert reads_the_version_of(table, version)


def test_a_304_read_as_of_a_day_is_one_version_query_too(viewer_api):
    answer = factories.ResponseFactory()

    token, version = revalidation_queries(
        viewer_api, f"/api/v1/responses/{answer.pk}/?as_of=2030-01-01"
    )

    assert reads_the_version_of("negotiations_response", version)


def related_as_the_orm_joins_them(model, pk, path) -> tuple[set, object]:
    """The ids and latest `updated_at` of a relation of one record, through the ORM's joins:
    what the version query's subquery for `path` must name."""
    records = model.objects.filter(pk=pk)
    ids = {id for id in records.values_list(f"{path}__pk", flat=True) if id is not None}
    latest = records.aggregate(latest=Max(f"{path}__updated_at"))["latest"]
    return ids, latest


def parsed(related: str | None) -> tuple[set, object]:
    if related is None:
        return set(), None
    ids, _, latest = related.partition("@")
    moment = parse_datetime(latest)
    if timezone.is_naive(moment):  # SQLite keeps UTC times without their zone
        moment = timezone.make_aware(moment, datetime.UTC)
    return {int(id) for id in ids.split(",")}, moment


@pytest.mark.parametrize("route", list(views.RESOURCES))
def test_the_version_names_the_same_related_rows_as_the_orm_joins(route, gaza):
    viewset = views.RESOURCES[route]
    model = viewset.queryset.model
    paths = shape_of(viewset.serializer_class).relation_paths
    records = [contract.make_rich_record(route).pk, *model.objects.values_list("pk", flat=True)]

    for pk in records:
        version = record_version(model.objects.all(), pk, viewset.serializer_class)

        assert version["updated_at"] is not None
        assert version["paths"] == paths
        for path, related in zip(paths, version["related"], strict=True):
            assert parsed(related) == related_as_the_orm_joins_them(model, pk, path), (pk, path)


def test_a_record_the_queryset_does_not_hold_has_no_version(viewer):
    answer = factories.ResponseFactory()
    serializer = views.ResponseViewSet.serializer_class
    answers = views.ResponseViewSet.queryset.model.objects

    assert record_version(answers.all(), answer.pk, serializer) is not None
    assert record_version(answers.exclude(pk=answer.pk), answer.pk, serializer) is None
    assert record_version(answers.all(), answer.pk + 1000, serializer) is None
    for not_an_id in ["abc", "1.5", "", "9" * 30, "-" + "9" * 30]:
        assert record_version(answers.all(), not_an_id, serializer) is None


def test_adding_a_second_related_row_changes_the_etag(viewer_api):
    statement = factories.StatementFactory()
    statement.sources.add(factories.SourceFactory())
    etag = viewer_api.get(f"/api/v1/statements/{statement.pk}/")["ETag"]
    statement.sources.add(factories.SourceFactory())

    response = viewer_api.get(f"/api/v1/statements/{statement.pk}/", HTTP_IF_NONE_MATCH=etag)

    assert response.status_code == 200
    assert len(response.json()["sources"]) == 2


def test_the_etag_names_the_address_the_client_used(viewer_api):
    actor = factories.ActorFactory()
    url = f"/api/v1/actors/{actor.pk}/"
    etag = viewer_api.get(url)["ETag"]

    elsewhere = viewer_api.get(url, HTTP_IF_NONE_MATCH=etag, HTTP_HOST="localhost")

    assert elsewhere.status_code == 200
    assert elsewhere["ETag"] != etag


def test_a_record_that_shows_days_pending_changes_its_etag_at_midnight(viewer_api, monkeypatch):
    answer = factories.ResponseFactory()
    url = f"/api/v1/responses/{answer.pk}/"
    today = timezone.localdate()
    etag = viewer_api.get(url)["ETag"]
    assert viewer_api.get(url, HTTP_IF_NONE_MATCH=etag).status_code == 304

    tomorrow = today + datetime.timedelta(days=1)
    monkeypatch.setattr(timezone, "localdate", lambda *args, **kwargs: tomorrow)
    next_day = viewer_api.get(url, HTTP_IF_NONE_MATCH=etag)

    assert next_day.status_code == 200
    assert next_day["ETag"] != etag


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


@pytest.mark.parametrize("resource", RESOURCES)
def test_each_detail_carries_an_etag_and_if_none_match_answers_304(analyst_api, resource):
    record = contract.make_record(resource)
    url = detail_url(resource, record.pk)

    first = analyst_api.get(url)
    again = analyst_api.get(url, HTTP_IF_NONE_MATCH=first.headers.get("ETag", ""))

    assert first.status_code == 200
    assert first.headers.get("ETag"), "a single-record response carries an ETag"
    assert again.status_code == 304
    assert again.headers.get("ETag") == first.headers["ETag"]
    assert again.content == b""
    assert contract.MODELS[resource].objects.filter(pk=record.pk).exists()


@pytest.mark.parametrize("resource", RESOURCES)
def test_the_etag_changes_when_the_record_changes(analyst_api, resource):
    record = contract.make_record(resource)
    url = detail_url(resource, record.pk)
    before = analyst_api.get(url).headers.get("ETag")

    patched = analyst_api.patch(url, contract.partial_payload(resource), format="json")
    after = analyst_api.get(url, HTTP_IF_NONE_MATCH=before)

    assert patched.status_code == 200, patched.content[:300]
    assert patched.headers.get("ETag"), "the answer to a write is a single record too"
    assert after.status_code == 200
    assert after.headers.get("ETag") not in (None, before)


@pytest.mark.parametrize("resource", RESOURCES)
@pytest.mark.parametrize("method", ["PATCH", "PUT", "DELETE"])
def test_a_write_with_a_stale_if_match_answers_412_and_changes_nothing(
    analyst_api, resource, method
):
    record = contract.make_record(resource)
    url = detail_url(resource, record.pk)
    stale = analyst_api.get(url).headers.get("ETag")
    field = contract.PATCHABLE_FIELD[resource]
    analyst_api.patch(url, {field: "Changed by the other analyst."}, format="json")
    body = None
    if method == "PATCH":
        body = contract.partial_payload(resource)
    elif method == "PUT":
        body = contract.valid_payload(resource)
    model = contract.MODELS[resource]
    state_before = model.objects.filter(pk=record.pk).values().first()
    counts_before = contract.row_counts()

    sender = getattr(analyst_api, method.lower())
    if body is None:
        response = sender(url, HTTP_IF_MATCH=stale)
    else:
        response = sender(url, body, format="json", HTTP_IF_MATCH=stale)

    assert stale
    assert state_before[field] == "Changed by the other analyst."
    assert response.status_code == 412, response.content[:300]
    assert model.objects.filter(pk=record.pk).values().first() == state_before
    assert contract.row_counts() == counts_before


@pytest.mark.parametrize("resource", RESOURCES)
def test_a_write_with_the_current_if_match_is_applied(analyst_api, resource):
    record = contract.make_record(resource)
    url = detail_url(resource, record.pk)
    current = analyst_api.get(url).headers.get("ETag")

    response = analyst_api.patch(
        url, contract.partial_payload(resource), format="json", HTTP_IF_MATCH=current
    )

    assert response.status_code == 200, response.content[:300]
    field = contract.PATCHABLE_FIELD[resource]
    state = contract.MODELS[resource].objects.filter(pk=record.pk).values(field).first()
    assert state[field] == "Changed by a contract test."


@pytest.mark.parametrize("resource", RESOURCES)
def test_a_created_record_is_answered_with_its_etag(analyst_api, resource):
    response = analyst_api.post(list_url(resource), contract.valid_payload(resource), format="json")

    assert response.status_code == 201, response.content[:300]
    assert response.headers.get("ETag")
    again = analyst_api.get(
        detail_url(resource, response.json()["id"]), HTTP_IF_NONE_MATCH=response.headers["ETag"]
    )
    assert again.status_code == 304


def test_a_record_read_as_of_another_day_is_not_answered_304_with_todays_etag(analyst_api):
    response = factories.ResponseFactory()
    response.change_status("countered", changed_on=datetime.date(2024, 7, 1))
    url = detail_url("responses", response.pk)
    today_etag = analyst_api.get(url).headers["ETag"]

    in_june = analyst_api.get(url, {"as_of": "2024-06-10"}, HTTP_IF_NONE_MATCH=today_etag)

    assert in_june.status_code == 200
    assert in_june.json()["status"] == "pending"
    assert in_june.headers["ETag"] != today_etag


@pytest.mark.parametrize("resource", ["actors", "proposals", "meetings"])
@pytest.mark.parametrize("method", ["PATCH", "PUT", "DELETE"])
@pytest.mark.parametrize("if_match", ["garbage", '"not-the-etag"', "W/", '""', "\x7f"])
def test_an_if_match_that_is_not_the_etag_answers_412_and_changes_nothing(
    analyst_api, resource, method, if_match
):
    record = contract.make_record(resource)
    body = None
    if method == "PATCH":
        body = contract.partial_payload(resource)
    elif method == "PUT":
        body = contract.valid_payload(resource)
    before = contract.record_values(record)
    counts_before = contract.row_counts()
    sender = getattr(analyst_api, method.lower())

    response = sender(detail_url(resource, record.pk), body, format="json", HTTP_IF_MATCH=if_match)

    contract.assert_rejected(response, None, counts_before, status=412)
    assert contract.record_values(record) == before


@pytest.mark.parametrize("if_none_match", ["garbage", '"stale"', "*,,", "\x7f"])
def test_an_if_none_match_that_is_not_the_etag_answers_the_record(analyst_api, if_none_match):
    actor = factories.ActorFactory()

    response = analyst_api.get(detail_url("actors", actor.pk), HTTP_IF_NONE_MATCH=if_none_match)

    assert response.status_code in (200, 304), response.content[:300]
    if if_none_match != "*,,":
        assert response.status_code == 200
        assert response.json()["id"] == actor.pk


@pytest.mark.parametrize("route", list(views.RESOURCES))
def test_without_query_parameters_no_list_filter_narrows_a_detail(route, viewer):
    # A detail's version is read without the filter backends when the request has no query
    # parameters (RecordViewSet.version_queryset): they must then leave the records as they are.
    request = Request(APIRequestFactory().get(f"/api/v1/{route}/1/"))
    request.user = viewer
    view = views.RESOURCES[route](action="retrieve", request=request, format_kwarg=None, kwargs={})
    records = view.get_queryset()

    filtered = view.filter_queryset(records)

    assert filtered.query.where == records.query.where
    assert set(filtered.query.alias_map) == set(records.query.alias_map)
