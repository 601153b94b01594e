"""The project's URLs, and /bench/bare/<name>/: F1, the bare-Django floor of an operation, a
plain view returning JsonResponse from `.values()` for the same page, or for a download a plain
StreamingHttpResponse writing the rows' columns as CSV (see bench/runner.py)."""

import csv

from django.http import Http404, JsonResponse, StreamingHttpResponse
from django.urls import include, path

# name -> a function returning the page's rows as dicts (or, for CSV_DOWNLOADS, the queryset
# of the download's rows as tuples); filled in by the runner.
BARE_PAGES = {}
CSV_DOWNLOADS = set()


class Echo:
    def write(self, value):
        return value


def csv_download(rows):
    writer = csv.writer(Echo())
    return StreamingHttpResponse(
        (writer.writerow(row) for row in rows.iterator(chunk_size=500)),
        content_type="text/csv; charset=utf-8",
    )


def bare(request, name):
    try:
        rows = BARE_PAGES[name]
    except KeyError as error:
        raise Http404(name) from error
    if name in CSV_DOWNLOADS:
        return csv_download(rows())
    return JsonResponse({"results": list(rows())}, safe=False)


urlpatterns = [
    path("bench/bare/<str:name>/", bare),
    path("", include("config.urls")),
]
