"""The project's URLs, and /bench/bare/<name>/: F1, the bare-Django floor of an operation, a
plain view returning JsonResponse from `.values()` for the same page (see bench/runner.py)."""

from django.http import Http404, JsonResponse
from django.urls import include, path

# name -> a function returning the page's rows as dicts; filled in by the runner.
BARE_PAGES = {}


def bare(request, name):
    try:
        rows = BARE_PAGES[name]
    except KeyError as error:
        raise Http404(name) from error
    return JsonResponse({"results": list(rows())}, safe=False)


urlpatterns = [
    path("bench/bare/<str:name>/", bare),
    path("", include("config.urls")),
]
