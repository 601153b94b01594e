from django.contrib import admin
from django.urls import include, path

admin.site.site_header = "Negotiation tracker"
admin.site.site_title = "Negotiation tracker admin"
admin.site.index_title = "Log meetings, proposals, responses and sources"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/", include("negotiations.api.urls")),
    path("accounts/", include("accounts.urls")),
    path("", include("negotiations.urls")),
]
