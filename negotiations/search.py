"""Finding records by words: one search for the site's search page and the API's `?search=`.

On PostgreSQL both match with full-text search (web-search syntax: words, "quoted phrases",
-excluded words; English stemming) over each model's text fields, parsed once when the row is
written: each searched table has a stored, GIN-indexed `search_document` column (migration 0008),
which PostgreSQL generates from the fields, whatever wrote the row. The models do not declare the
column (SQLite has none); `StoredSearchDocument` reads it. An actor's aliases are among its
fields. The search page ranks what it finds (`ts_rank` over the same stored document).

On SQLite, the documented fallback: every word of the query (quotes dropped) must appear, as a
case-insensitive substring, in one of the same fields; a word with a leading minus must appear in
none. No stemming and no ranking there: results come in the model's usual order.
"""

import datetime
from dataclasses import dataclass
from functools import reduce
from operator import and_, or_

from django.contrib.postgres.search import (
    SearchQuery,
    SearchRank,
    SearchVector,
    SearchVectorField,
)
from django.db import connection
from django.db.models import Expression, Q, QuerySet
from django.db.models.expressions import Col

from negotiations.models import (
    Actor,
    Event,
    Location,
    Mediator,
    Meeting,
    NegotiationProcess,
    Party,
    Position,
    Proposal,
    Response,
    Source,
    Statement,
    Trip,
)

MIN_QUERY_LENGTH = 2
SEARCH_CONFIG = "english"
# The page ranks at most this many of the most recent matches of each kind: ranking reads each
# matching row's text again, and a common word matches a fifth of a million statements.
RANKED_WINDOW = 500

# The fields searched on each model: the API viewsets' `search_fields`, and the stored documents
# of migration 0008 (tests/api/test_search.py checks that the three agree). The search page
# searches the first six.
SEARCH_FIELDS = {
    Actor: ["name", "short_name", "description", "aliases"],
    Proposal: ["title", "short_name", "summary", "full_text"],
    Meeting: ["title", "summary", "outcome"],
    Statement: ["text", "audience"],
    Event: ["title", "description"],
    Source: ["title", "publisher", "author", "excerpt"],
    Position: ["title"],
    Location: ["name"],
    NegotiationProcess: ["title", "summary"],
    Mediator: ["notes"],
    Party: ["side"],
    Response: ["summary"],
    Trip: ["title", "purpose"],
}
# PostgreSQL's stored document of those fields, on each of those models' tables (migration 0008).
DOCUMENT_COLUMN = "search_document"


def uses_full_text() -> bool:
    return connection.vendor == "postgresql"


def search_query(terms: str) -> SearchQuery:
    return SearchQuery(terms, config=SEARCH_CONFIG, search_type="websearch")


class StoredSearchDocument(Expression):
    """The queried table's `search_document` column: a column the model does not declare, read
    like one of its own (relabelled with the table when the query becomes a subquery)."""

    column = SearchVectorField()
    column.set_attributes_from_name(DOCUMENT_COLUMN)

    def __init__(self):
        super().__init__(output_field=self.column)

    def resolve_expression(self, query=None, *args, **kwargs) -> Col:
        return Col(query.get_initial_alias(), self.column)


def search_document(model, fields: list[str]) -> Expression:
    """The document of `fields`: the stored one when the model stores exactly these fields (it
    does for every search the app makes), else computed from the text as it is read."""
    if SEARCH_FIELDS.get(model) == fields:
        return StoredSearchDocument()
    return SearchVector(*fields, config=SEARCH_CONFIG)


def matching(queryset: QuerySet, terms: str, fields: list[str]) -> QuerySet:
    """The records of `queryset` whose `fields` match `terms` (see the module's docstring)."""
    if uses_full_text():
        document = search_document(queryset.model, fields)
        return queryset.alias(search_document=document).filter(search_document=search_query(terms))
    return queryset.filter(substring_condition(terms, fields))


def substring_condition(terms: str, fields: list[str]) -> Q:
    """SQLite's fallback: each word in some field; each -word in none."""

    def in_some_field(word: str) -> Q:
        return reduce(or_, (Q(**{f"{field}__icontains": word}) for field in fields))

    conditions = []
    for word in terms.replace('"', " ").split():
        if word.startswith("-") and len(word) > 1:
            conditions.append(~in_some_field(word[1:]))
        elif word.strip("-"):
            conditions.append(in_some_field(word))
    return reduce(and_, conditions) if conditions else Q(pk__in=[])


def ranked(queryset: QuerySet, terms: str, fields: list[str], limit: int) -> QuerySet:
    """At most `limit` matches, the most relevant first (PostgreSQL) among the most recent
    RANKED_WINDOW; on SQLite, the first matches in the model's order."""
    matches = matching(queryset, terms, fields)
    ordering = [*(queryset.query.order_by or queryset.model._meta.ordering), "pk"]
    if not uses_full_text():
        return matches.order_by(*ordering)[:limit]
    window = matches.order_by(*ordering).values("pk")[:RANKED_WINDOW]
    rank = SearchRank(search_document(queryset.model, fields), search_query(terms))
    return queryset.filter(pk__in=window).annotate(rank=rank).order_by("-rank", *ordering)[:limit]


@dataclass
class SearchResults:
    actors: QuerySet
    proposals: QuerySet
    meetings: QuerySet
    statements: QuerySet
    events: QuerySet
    sources: QuerySet


def search_records(text: str, *, on: datetime.date, limit: int = 20) -> SearchResults:
    """At most `limit` records of each kind that match `text` and existed on `on`."""

    def found(queryset: QuerySet) -> QuerySet:
        return ranked(queryset, text, SEARCH_FIELDS[queryset.model], limit)

    return SearchResults(
        actors=found(Actor.objects.all()),
        proposals=found(Proposal.objects.as_of(on).select_related("process")),
        meetings=found(Meeting.objects.as_of(on).select_related("location")),
        statements=found(
            Statement.objects.as_of(on).select_related("speaker", "proposal", "process")
        ),
        events=found(Event.objects.as_of(on).select_related("process")),
        sources=found(Source.objects.as_of(on)),
    )
