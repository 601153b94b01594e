from django.contrib import admin
from django.urls import path

admin.site.site_header = "Negotiation tracker"
admin.site.site_title = "Negotiation tracker admin"
admin.site.index_title = "Log meetings, proposals, responses and sources"

urlpatterns = [
    path("admin/", admin.site.urls),
]
