"""Finding records by words, on SQLite and PostgreSQL alike.

A plain case-insensitive substring match over the fields analysts read: simple, predictable and
the same on both databases. Records dated after the date shown are left out.
"""

import datetime
from dataclasses import dataclass

from django.db.models import Q, QuerySet

from negotiations.models import Actor, Event, Meeting, Proposal, Source, Statement

MIN_QUERY_LENGTH = 2


def _matching(queryset: QuerySet, text: str, fields: list[str]) -> QuerySet:
    condition = Q()
    for name in fields:
        condition |= Q(**{f"{name}__icontains": text})
    return queryset.filter(condition)


@dataclass
class SearchResults:
    actors: QuerySet
    proposals: QuerySet
    meetings: QuerySet
    statements: QuerySet
    events: QuerySet
    sources: QuerySet


def search_records(text: str, *, on: datetime.date, limit: int = 20) -> SearchResults:
    """At most `limit` records of each kind whose text contains `text`, as of `on`."""
    return SearchResults(
        # Aliases are a JSON list; matching its text form finds a name inside it on both databases.
        actors=_matching(
            Actor.objects.all(), text, ["name", "short_name", "description", "aliases"]
        )[:limit],
        proposals=_matching(
            Proposal.objects.as_of(on).select_related("process"),
            text,
            ["title", "short_name", "summary", "full_text"],
        )[:limit],
        meetings=_matching(
            Meeting.objects.as_of(on).select_related("location"),
            text,
            ["title", "summary", "outcome", "location__name"],
        )[:limit],
        statements=_matching(
            Statement.objects.as_of(on).select_related("speaker", "proposal", "process"),
            text,
            ["text", "audience", "speaker__name"],
        )[:limit],
        events=_matching(
            Event.objects.as_of(on).select_related("process"),
            text,
            ["title", "description"],
        )[:limit],
        sources=_matching(
            Source.objects.as_of(on),
            text,
            ["title", "publisher", "author", "excerpt"],
        )[:limit],
    )
