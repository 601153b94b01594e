"""The admin site: Django's, with an autocomplete endpoint that refuses what it cannot serve.

Installed as `config.admin_site.TrackerAdminConfig` in place of "django.contrib.admin", so
`admin.site` is a TrackerAdminSite everywhere. Only Django's own modules are imported here: the
app registry loads this module before any model exists.
"""

from django.contrib.admin import AdminSite
from django.contrib.admin.apps import AdminConfig
from django.contrib.admin.views.autocomplete import AutocompleteJsonView
from django.core.exceptions import FieldDoesNotExist, PermissionDenied


class TrackerAutocompleteJsonView(AutocompleteJsonView):
    """Django checks that `field_name` names a field with a related model, but a reverse
    relation (a meeting's `participants`) passes that check and then fails with an
    AttributeError; such a request is refused like the other malformed ones, with a reason."""

    def process_request(self, request):
        try:
            field = self.source_model(request)._meta.get_field(request.GET.get("field_name", ""))
        except (LookupError, KeyError, FieldDoesNotExist):
            field = None
        if field is not None and field.is_relation and not field.concrete:
            raise PermissionDenied(
                f"Autocomplete serves the model's own relation fields; “{field.name}” is the "
                "reverse side of another model's relation."
            )
        return super().process_request(request)

    def source_model(self, request):
        from django.apps import apps

        return apps.get_model(request.GET["app_label"], request.GET["model_name"])


class TrackerAdminSite(AdminSite):
    def autocomplete_view(self, request):
        return TrackerAutocompleteJsonView.as_view(admin_site=self)(request)


class TrackerAdminConfig(AdminConfig):
    default_site = "config.admin_site.TrackerAdminSite"
