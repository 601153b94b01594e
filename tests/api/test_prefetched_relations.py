"""Lists read a record's prefetched relations without building a related manager per record
(negotiations.api.fields.prefetched_rows); what they show is what the managers would give."""

import pytest
from django.db import connection
from django.db.models import Prefetch
from django.test.utils import CaptureQueriesContext

from negotiations import models
from negotiations.api import fields
from tests import factories

ROUTES = [
    "actors",
    "positions",
    "locations",
    "sources",
    "processes",
    "mediators",
    "parties",
    "proposals",
    "responses",
    "meetings",
    "trips",
    "statements",
    "events",
]


def test_prefetched_rows_are_the_queryset_the_related_manager_answers_with(db):
    proposal = factories.ProposalFactory()
    author = factories.ActorFactory()
    proposal.authors.add(author)
    proposal.sources.add(factories.SourceFactory())
    factories.PhaseFactory(proposal=proposal, number=1)

    read = models.Proposal.objects.prefetch_related("authors", "sources", "phases").get()
    for name in ("authors", "sources", "phases"):  # forward many-to-many, reverse foreign key
        assert fields.prefetched_rows(read, [name]) is getattr(read, name).all()
    actor = models.Actor.objects.prefetch_related("proposals_authored").get(pk=author.pk)
    # A reverse many-to-many: its rows are kept under the relation's query name.
    assert fields.prefetched_rows(actor, ["proposals_authored"]) is (actor.proposals_authored.all())
    assert list(fields.prefetched_rows(actor, ["proposals_authored"])) == [proposal]


def test_a_relation_not_prefetched_is_left_to_the_related_manager(db):
    factories.ProposalFactory().sources.add(factories.SourceFactory())

    read = models.Proposal.objects.prefetch_related("authors").get()
    assert fields.prefetched_rows(read, ["sources"]) is None
    assert fields.prefetched_rows(read, ["title"]) is None
    assert fields.prefetched_rows(read, ["process", "parties"]) is None
    renamed = models.Proposal.objects.prefetch_related(
        Prefetch("sources", to_attr="source_list")
    ).get()
    assert fields.prefetched_rows(renamed, ["sources"]) is None


@pytest.mark.parametrize("route", ROUTES)
def test_every_list_reads_the_same_with_and_without_the_shortcut(
    viewer_api, gaza, monkeypatch, route
):
    urls = [f"/api/v1/{route}/?page_size=200"]
    if route in ("processes", "proposals", "responses"):
        urls.append(f"/api/v1/{route}/?page_size=200&as_of=2024-06-10")
    for url in urls:
        shortcut = viewer_api.get(url)
        with monkeypatch.context() as patched:
            patched.setattr(fields, "prefetched_rows", lambda instance, source_attrs: None)
            patched.setattr(
                "negotiations.api.serializers.prefetched_rows", lambda instance, attrs: None
            )
            managers = viewer_api.get(url)

        assert shortcut.status_code == managers.status_code == 200
        assert shortcut.json()["count"] > 0
        assert shortcut.content == managers.content


def tables_read(client, url) -> str:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, response.content
    return " ".join(query["sql"] for query in queries.captured_queries)


def test_a_page_of_proposals_reads_their_own_status_logs_only_as_of_a_date(viewer_api, gaza):
    today = tables_read(viewer_api, "/api/v1/proposals/")
    as_of = tables_read(viewer_api, "/api/v1/proposals/?as_of=2024-06-10")

    assert "negotiations_proposalstatuschange" not in today
    assert "negotiations_proposalstatuschange" in as_of
    # Their responses' logs are read either way: `overdue` is the status today.
    assert "negotiations_responsestatuschange" in today


def test_a_page_of_responses_reads_their_status_logs_for_overdue(viewer_api, gaza):
    assert "negotiations_responsestatuschange" in tables_read(viewer_api, "/api/v1/responses/")
