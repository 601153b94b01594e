"""The "Import" button of the admin lists: a spreadsheet (CSV or XLSX) is checked in a dry run
whose preview shows what would be created, updated and skipped, then stored on confirmation, all
or nothing. The sheets themselves are described in negotiations/imports.py."""

from django.template.response import TemplateResponse
from import_export.admin import ImportMixin
from import_export.formats.base_formats import CSV, XLSX


class SpreadsheetImportMixin(ImportMixin):
    import_formats = [CSV, XLSX]
    import_template_name = "admin/negotiations/import.html"

    def has_import_permission(self, request):
        # Importing adds and changes records: the roles that may do both (analysts, admins).
        return self.has_add_permission(request) and self.has_change_permission(request)

    def get_import_data_kwargs(self, **kwargs):
        # A row refused by the model's rules rolls back the whole file, like any other error
        # (import-export would otherwise store the other rows on confirmation).
        return {**super().get_import_data_kwargs(**kwargs), "rollback_on_validation_errors": True}

    def process_result(self, result, request):
        if result.has_errors() or result.has_validation_errors():
            # What the preview accepted no longer holds (someone changed the records since):
            # nothing was stored; show why, as the preview does.
            context = {
                **self.admin_site.each_context(request),
                "title": "Import",
                "opts": self.model._meta,
                "result": result,
                "form": self.get_import_form_class(request)(
                    self.get_import_formats(), self.get_import_resource_classes(request)
                ),
                "import_error_display": self.import_error_display,
                "fields_list": [],
            }
            return TemplateResponse(request, [self.import_template_name], context)
        return super().process_result(result, request)
