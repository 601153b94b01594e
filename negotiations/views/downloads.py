"""A list page's rows as a CSV download: the page's own address with `format=csv`, so the
download keeps the page's filters and its `as_of` date and holds every row the page lists
(on all its pages), in the columns of the API's CSV of the same records."""

from urllib.parse import urlencode

from negotiations.api.csv_download import csv_response
from negotiations.api.views import RESOURCES
from negotiations.views.base import PAGE_SIZE

CSV_FORMAT = "csv"


class CsvDownloadMixin:
    """Mixed into a ReaderPage list view that lists its rows through paginate()."""

    # The API resource (prefix in negotiations.api.views.RESOURCES) the columns come from.
    csv_resource: str

    def paginate(self, queryset, size: int = PAGE_SIZE):
        self.listed = queryset
        return super().paginate(queryset, size)

    @property
    def wants_csv(self) -> bool:
        return self.request.GET.get("format") == CSV_FORMAT

    def download_query(self) -> str:
        params = [(name, value) for name, value in self.as_of.other_params if name != "format"]
        if self.as_of.chosen:
            params.append(("as_of", self.as_of.date.isoformat()))
        return urlencode([*params, ("format", CSV_FORMAT)])

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["download_query"] = self.download_query()
        return context

    def render_to_response(self, context, **response_kwargs):
        if not self.wants_csv:
            return super().render_to_response(context, **response_kwargs)
        viewset = RESOURCES[self.csv_resource]
        listed = self.listed
        ordering = listed.query.order_by or listed.model._meta.ordering
        rows = viewset.queryset.filter(pk__in=listed.values("pk")).order_by(*ordering)
        serializer_context = {
            "request": self.request,
            "as_of": self.as_of.date if self.as_of.chosen else None,
        }
        return csv_response(
            rows, viewset.serializer_class, serializer_context, name=self.csv_resource
        )
