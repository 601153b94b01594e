"""The project's URLs plus one view that fails, to see what a 500 answers."""

from django.urls import include, path


def failing_view(request):
    raise RuntimeError("A bug, as a 500 would come from one.")


urlpatterns = [path("failing/", failing_view), path("", include("config.urls"))]
