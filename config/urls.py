from django.contrib import admin
from django.urls import include, path

from config import outage

admin.site.site_header = "Negotiation tracker"
admin.site.site_title = "Negotiation tracker admin"
admin.site.index_title = "Log meetings, proposals, responses and sources"

# A database outage is a 503 with Retry-After (config/outage.py); anything else a plain 500.
handler500 = outage.service_unavailable_or_server_error

urlpatterns = [
    path("healthz", outage.healthz, name="healthz"),
    path("admin/", admin.site.urls),
    path("api/", include("negotiations.api.urls")),
    path("accounts/", include("accounts.urls")),
    path("feeds/", include("negotiations.feed_urls")),
    path("", include("negotiations.urls")),
]
