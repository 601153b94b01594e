"""`?search=`: full text on PostgreSQL (served by the GIN indexes), substring match on SQLite."""

import datetime
import importlib

import pytest
from django.contrib.postgres.search import SearchVector
from django.db import connection
from rest_framework.request import Request
from rest_framework.test import APIRequestFactory

from negotiations.api.search import FullTextSearchFilter
from negotiations.api.views import RESOURCES
from negotiations.models import Actor, Statement
from negotiations.search import SEARCH_FIELDS, search_query
from tests import factories
from tests.api import contract
from tests.api.contract import list_url


def test_search_finds_a_proposal_by_a_word_of_its_summary(viewer_api):
    wanted = factories.ProposalFactory(
        title="May 31 plan", summary="Israel withdraws from Gaza population centres."
    )
    factories.ProposalFactory(title="Other plan", summary="Reconstruction of the north.")

    response = viewer_api.get("/api/v1/proposals/", {"search": "population"})

    assert response.status_code == 200
    assert [p["id"] for p in response.json()["results"]] == [wanted.pk]


def test_search_looks_at_every_text_field_of_the_resource(viewer_api):
    by_name = factories.ActorFactory(name="Hamas")
    by_description = factories.ActorFactory(name="Other", description="Hamas's political bureau")
    factories.ActorFactory(name="Israel")

    response = viewer_api.get("/api/v1/actors/", {"search": "Hamas"})

    assert {a["id"] for a in response.json()["results"]} == {by_name.pk, by_description.pk}


def test_search_combines_with_filters(viewer_api):
    statement = factories.StatementFactory(text="Deal or no deal, aid must flow.", kind="quote")
    factories.StatementFactory(text="Deal announced.", kind="readout")

    response = viewer_api.get("/api/v1/statements/", {"search": "deal", "kind": "quote"})

    assert [s["id"] for s in response.json()["results"]] == [statement.pk]


def test_postgresql_stems_words_while_sqlite_matches_substrings(viewer_api):
    meeting = factories.MeetingFactory(title="Talks", summary="The mediators negotiated a truce.")

    response = viewer_api.get("/api/v1/meetings/", {"search": "negotiating"})

    found = [m["id"] for m in response.json()["results"]]
    if connection.vendor == "postgresql":
        assert found == [meeting.pk]  # "negotiating" and "negotiated" share the stem
    else:
        assert found == []  # the plain fallback needs the exact substring
        exact = viewer_api.get("/api/v1/meetings/", {"search": "negotiated"}).json()
        assert [m["id"] for m in exact["results"]] == [meeting.pk]


@pytest.mark.parametrize("route", RESOURCES)
def test_postgresql_answers_search_from_the_gin_index(db, route):
    viewset = RESOURCES[route]
    model = viewset.queryset.model
    request = Request(APIRequestFactory().get("/", {"search": "ceasefire"}))
    queryset = FullTextSearchFilter().filter_queryset(request, model.objects.all(), viewset)
    index_name = f"{model._meta.db_table}_search"

    with connection.cursor() as cursor:
        if connection.vendor != "postgresql":
            # The migration adds no index on SQLite; the fallback needs none.
            cursor.execute("SELECT name FROM sqlite_master WHERE type = 'index'")
            assert index_name not in {row[0] for row in cursor.fetchall()}
            return
        # With sequential and plain index scans off, only a bitmap scan is left, and only the
        # GIN index can serve `@@`: the plan no longer turns on whether the ordering index
        # looks cheaper for the table statistics earlier tests left behind.
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_indexscan = off")
        sql, params = queryset.query.sql_with_params()
        cursor.execute(f"EXPLAIN {sql}", params)
        plan = "\n".join(row[0] for row in cursor.fetchall())

    assert index_name in plan, plan


def test_search_finds_an_actor_by_one_of_its_aliases(viewer_api):
    hamas = factories.ActorFactory(name="Hamas", aliases=["Islamic Resistance Movement"])
    factories.ActorFactory(name="Fatah")

    response = viewer_api.get("/api/v1/actors/", {"search": "Islamic Resistance"})

    assert [a["id"] for a in response.json()["results"]] == [hamas.pk]


def test_the_search_page_and_the_api_search_the_same_fields_of_each_model():
    for viewset in RESOURCES.values():
        model = viewset.queryset.model
        if model in SEARCH_FIELDS:
            assert SEARCH_FIELDS[model] == viewset.search_fields, model


def test_the_search_page_and_the_api_find_the_same_statements(viewer_api, viewer_client):
    found = factories.StatementFactory(text="The ceasefire proposal was welcomed by mediators.")
    factories.StatementFactory(text="Aid trucks crossed at Kerem Shalom.")

    api = viewer_api.get("/api/v1/statements/", {"search": "ceasefire mediators"}).json()
    page = viewer_client.get("/search/", {"q": "ceasefire mediators", "as_of": "2024-06-30"})

    assert [s["id"] for s in api["results"]] == [found.pk]
    assert list(page.context["results"].statements) == [found]


def test_every_word_must_match_and_a_minus_word_excludes(viewer_api):
    both = factories.StatementFactory(text="Ceasefire talks resume in Cairo.")
    factories.StatementFactory(text="Ceasefire talks resume in Doha.")

    cairo = viewer_api.get("/api/v1/statements/", {"search": "ceasefire cairo"}).json()
    not_doha = viewer_api.get("/api/v1/statements/", {"search": "ceasefire -doha"}).json()

    assert [s["id"] for s in cairo["results"]] == [both.pk]
    assert [s["id"] for s in not_doha["results"]] == [both.pk]


def test_the_search_page_puts_the_most_relevant_record_first_on_postgresql(viewer_client):
    passing = factories.StatementFactory(
        text="Hostages were discussed in passing.", date="2024-06-11"
    )
    focused = factories.StatementFactory(
        text="Hostages, hostages and hostages: the hostages deal.", date="2024-06-01"
    )

    page = viewer_client.get("/search/", {"q": "hostages", "as_of": "2024-06-30"})

    found = list(page.context["results"].statements)
    if connection.vendor == "postgresql":
        assert found == [focused, passing]
    else:
        assert found == [passing, focused]  # no ranking: the newest first


def test_the_search_page_finds_an_actor_by_an_alias(viewer_client):
    hamas = factories.ActorFactory(name="Hamas", aliases=["Islamic Resistance Movement"])

    page = viewer_client.get("/search/", {"q": "resistance movement"})

    assert list(page.context["results"].actors) == [hamas]


@pytest.mark.parametrize(
    ("resource", "field", "words"),
    [
        ("actors", "name", "Islamic Resistance"),
        ("statements", "text", "prisoner exchange"),
        ("events", "title", "Rafah crossing"),
        ("proposals", "title", "three-phase"),
    ],
)
def test_search_finds_records_by_their_words(analyst_api, resource, field, words):
    if resource == "actors":
        wanted = factories.ActorFactory(name="Hamas", aliases=["Islamic Resistance Movement"])
    else:
        wanted = contract.make_record(resource)
        contract.MODELS[resource].objects.filter(pk=wanted.pk).update(
            **{field: f"Something about the {words} here"}
        )
    contract.make_record(resource)

    response = analyst_api.get(list_url(resource), {"search": words})

    assert response.status_code == 200, response.content[:300]
    assert [item["id"] for item in response.json()["results"]] == [wanted.pk]


STORED_DOCUMENTS = importlib.import_module(
    "negotiations.migrations.0008_stored_search_documents"
).SEARCHED_FIELDS


@pytest.mark.parametrize("route", RESOURCES)
def test_postgresql_matches_the_stored_document_without_parsing_the_text(db, route):
    viewset = RESOURCES[route]
    model = viewset.queryset.model
    request = Request(APIRequestFactory().get("/", {"search": "ceasefire"}))
    queryset = FullTextSearchFilter().filter_queryset(request, model.objects.all(), viewset)
    sql, params = queryset.query.sql_with_params()

    with connection.cursor() as cursor:
        if connection.vendor != "postgresql":
            # The fallback: a substring of the fields themselves; SQLite stores no document.
            columns = connection.introspection.get_table_description(cursor, model._meta.db_table)
            assert "search_document" not in {column.name for column in columns}
            assert "LIKE" in sql and "search_document" not in sql
            return
        # With sequential and plain index scans off, only a bitmap scan is left, and only the
        # GIN index can serve `@@`: the plan no longer turns on whether the ordering index
        # looks cheaper for the table statistics earlier tests left behind.
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_indexscan = off")
        cursor.execute(f"EXPLAIN {sql}", params)
        plan = "\n".join(row[0] for row in cursor.fetchall())

    assert f"Bitmap Index Scan on {model._meta.db_table}_search" in plan, plan
    assert "(search_document @@ " in plan, plan
    assert "to_tsvector" not in plan, plan


def test_every_searched_table_stores_the_fields_the_api_searches():
    for viewset in RESOURCES.values():
        model = viewset.queryset.model
        if not viewset.search_fields:
            continue
        stored = [
            field.replace("(aliases)::text", "aliases")
            for field in STORED_DOCUMENTS[model._meta.db_table]
        ]
        assert stored == SEARCH_FIELDS[model] == viewset.search_fields, model


def test_records_written_in_bulk_are_found(viewer_api):
    speaker = factories.PersonFactory()
    written, _ = Statement.objects.bulk_create(
        [
            Statement(
                speaker=speaker, date=datetime.date(2024, 6, 1), text="Rafah crossing opens."
            ),
            Statement(speaker=speaker, date=datetime.date(2024, 6, 2), text="Aid trucks wait."),
        ]
    )
    Statement.objects.filter(text="Aid trucks wait.").update(audience="Hostage families")

    crossing = viewer_api.get("/api/v1/statements/", {"search": "Rafah crossing"}).json()
    families = viewer_api.get("/api/v1/statements/", {"search": "hostage families"}).json()

    assert [s["id"] for s in crossing["results"]] == [written.pk]
    assert [s["id"] for s in families["results"]] == [
        Statement.objects.get(text="Aid trucks wait.").pk
    ]


@pytest.mark.parametrize(
    ("words", "found"),
    [
        ("Islamic Resistance", {"hamas"}),
        ('"resistance movement"', {"hamas"}),
        ("movement -islamic", {"fatah"}),
        ("liberation", {"fatah", "plo"}),
        ("resistance bureau", set()),
    ],
)
def test_actors_are_found_by_their_aliases_as_before(viewer_api, words, found):
    actors = {
        "hamas": factories.ActorFactory(name="Hamas", aliases=["Islamic Resistance Movement"]),
        "fatah": factories.ActorFactory(
            name="Fatah", aliases=["Palestinian National Liberation Movement"]
        ),
        "plo": factories.ActorFactory(
            name="PLO", description="The Palestine Liberation Organization."
        ),
    }
    wanted = {actors[key].pk for key in found}

    response = viewer_api.get("/api/v1/actors/", {"search": words}).json()

    assert {a["id"] for a in response["results"]} == wanted
    if connection.vendor == "postgresql":
        # What the search found before the documents were stored: the text parsed as it is read.
        computed = Actor.objects.annotate(
            document=SearchVector(*SEARCH_FIELDS[Actor], config="english")
        ).filter(document=search_query(words))
        assert set(computed.values_list("pk", flat=True)) == wanted
