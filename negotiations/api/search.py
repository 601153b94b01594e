"""`?search=`: the site's one search (negotiations/search.py) over each resource's text fields,
served on PostgreSQL by each table's stored, GIN-indexed search document (migration 0008).
Results keep the list's order, so that pages and counts stay those of the list."""

from rest_framework.filters import SearchFilter

from negotiations.search import matching


class FullTextSearchFilter(SearchFilter):
    """Uses the view's `search_fields` (plain field names of the model)."""

    search_title = "Search"
    search_description = (
        "Full text over the record's text fields (web-search syntax on PostgreSQL: words, "
        '"quoted phrases", -excluded); on SQLite every word as a substring, -word excluded.'
    )

    def filter_queryset(self, request, queryset, view):
        terms = request.query_params.get(self.search_param, "").strip()
        fields = getattr(view, "search_fields", None)
        if not terms or not fields:
            return queryset
        return matching(queryset, terms, fields)
