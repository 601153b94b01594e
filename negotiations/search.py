"""Finding records by words: one search for the site's search page and the API's `?search=`.

On PostgreSQL both match with full-text search (web-search syntax: words, "quoted phrases",
-excluded words; English stemming) over each model's text fields, through exactly the expression
of the GIN indexes of migration 0002, so the planner answers from those indexes. An actor's
aliases are among its fields. The search page ranks what it finds (`ts_rank`).

On SQLite, the documented fallback: every word of the query (quotes dropped) must appear, as a
case-insensitive substring, in one of the same fields; a word with a leading minus must appear in
none. No stemming and no ranking there: results come in the model's usual order.
"""

import datetime
from dataclasses import dataclass
from functools import reduce
from operator import and_, or_

from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
from django.db import connection
from django.db.models import Q, QuerySet

from negotiations.models import Actor, Event, Meeting, Proposal, Source, Statement

MIN_QUERY_LENGTH = 2
SEARCH_CONFIG = "english"
# The page ranks at most this many of the most recent matches of each kind: ranking reads each
# matching row's text again, and a common word matches a fifth of a million statements.
RANKED_WINDOW = 500

# The fields searched on each model: the API viewsets' `search_fields`, and the GIN indexes of
# migration 0002 (tests/api/test_search.py checks that the three agree).
SEARCH_FIELDS = {
    Actor: ["name", "short_name", "description", "aliases"],
    Proposal: ["title", "short_name", "summary", "full_text"],
    Meeting: ["title", "summary", "outcome"],
    Statement: ["text", "audience"],
    Event: ["title", "description"],
    Source: ["title", "publisher", "author", "excerpt"],
}


def uses_full_text() -> bool:
    return connection.vendor == "postgresql"


def search_query(terms: str) -> SearchQuery:
    return SearchQuery(terms, config=SEARCH_CONFIG, search_type="websearch")


def search_document(fields: list[str]) -> SearchVector:
    return SearchVector(*fields, config=SEARCH_CONFIG)


def matching(queryset: QuerySet, terms: str, fields: list[str]) -> QuerySet:
    """The records of `queryset` whose `fields` match `terms` (see the module's docstring)."""
    if uses_full_text():
        return queryset.alias(search_document=search_document(fields)).filter(
            search_document=search_query(terms)
        )
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
    rank = SearchRank(search_document(fields), search_query(terms))
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
