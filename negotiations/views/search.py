from negotiations.search import MIN_QUERY_LENGTH, search_records
from negotiations.views.base import ReaderPage


class SearchView(ReaderPage):
    template_name = "negotiations/search_results.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # NUL cannot be stored or searched on PostgreSQL; no record contains one.
        query = self.request.GET.get("q", "").replace("\x00", "").strip()[:200]
        context.update(query=query, min_length=MIN_QUERY_LENGTH)
        if len(query) >= MIN_QUERY_LENGTH:
            context["results"] = search_records(query, on=self.as_of.date)
        return context
