from django.urls import include, path, re_path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView
from rest_framework.routers import DefaultRouter

from negotiations.api.auth import TokenView
from negotiations.api.changes import ChangesView
from negotiations.api.feed_key import FeedKeyView
from negotiations.api.graph import GraphView
from negotiations.api.intake import IntakeViewSet
from negotiations.api.views import RESOURCES, not_found

app_name = "api"

router = DefaultRouter()
for prefix, viewset in RESOURCES.items():
    router.register(prefix, viewset, basename=viewset.serializer_class.Meta.route)
# Not a resource of records (no list, no changes of its own): an article on its way to them.
router.register("intake", IntakeViewSet, basename="intake")

urlpatterns = [
    path("v1/auth/token/", TokenView.as_view(), name="token"),
    path("v1/auth/feed-key/", FeedKeyView.as_view(), name="feed-key"),
    path("v1/changes/", ChangesView.as_view(), name="changes"),
    path("v1/graph/", GraphView.as_view(), name="graph"),
    path("v1/", include(router.urls)),
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", SpectacularSwaggerSplitView.as_view(url_name="api:schema"), name="docs"),
    re_path(r"^(?P<unmatched>.*)$", not_found, name="not-found"),
]
