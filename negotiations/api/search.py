"""`?search=`: PostgreSQL full-text search over each resource's text fields, served by the GIN
indexes of migration 0002 (same expression, so the planner can use them); on SQLite a plain
case-insensitive substring match over the same fields."""

from functools import reduce
from operator import or_

from django.contrib.postgres.search import SearchQuery, SearchVector
from django.db import connection
from django.db.models import Q
from rest_framework.filters import SearchFilter

SEARCH_CONFIG = "english"


class FullTextSearchFilter(SearchFilter):
    """Uses the view's `search_fields` (plain field names of the model)."""

    search_title = "Search"
    search_description = (
        "Full text over the record's text fields (web-search syntax on PostgreSQL: words, "
        '"quoted phrases", -excluded); a substring match on SQLite.'
    )

    def filter_queryset(self, request, queryset, view):
        terms = request.query_params.get(self.search_param, "").strip()
        fields = getattr(view, "search_fields", None)
        if not terms or not fields:
            return queryset
        if connection.vendor == "postgresql":
            query = SearchQuery(terms, config=SEARCH_CONFIG, search_type="websearch")
            return queryset.alias(
                search_document=SearchVector(*fields, config=SEARCH_CONFIG)
            ).filter(search_document=query)
        return queryset.filter(
            reduce(or_, (Q(**{f"{field}__icontains": terms}) for field in fields))
        )
