"""The "Import" button of the admin lists: a spreadsheet (CSV or XLSX) is checked in a dry run
whose preview shows what would be created, updated and skipped, then stored on confirmation, all
or nothing. The sheets themselves are described in negotiations/imports.py."""

from django.contrib import messages
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from import_export.admin import ImportMixin
from import_export.formats.base_formats import CSV, XLSX
from import_export.tmp_storages import CacheStorage


class UploadGone(Exception):
    """The file waiting for its confirmation is no longer there."""


class UploadWaitingInCache(CacheStorage):
    """The uploaded file waits for its confirmation in the cache, which every process shares: a
    temporary file would be missing when another process or container serves the confirmation
    (the app keeps no state of its own, see docs/performance.md)."""

    def read(self):
        data = super().read()
        if data is None:
            raise UploadGone
        return data


class SpreadsheetImportMixin(ImportMixin):
    import_formats = [CSV, XLSX]
    import_template_name = "admin/negotiations/import.html"
    tmp_storage_class = UploadWaitingInCache

    def has_import_permission(self, request):
        # Importing adds and changes records: the roles that may do both (analysts, admins).
        return self.has_add_permission(request) and self.has_change_permission(request)

    def get_import_data_kwargs(self, **kwargs):
        # A row refused by the model's rules rolls back the whole file, like any other error
        # (import-export would otherwise store the other rows on confirmation).
        return {**super().get_import_data_kwargs(**kwargs), "rollback_on_validation_errors": True}

    def process_import(self, request, **kwargs):
        if not self.has_import_permission(request):
            return super().process_import(request, **kwargs)
        chosen = request.POST.get("format", "")
        if not (chosen.isdigit() and int(chosen) < len(self.get_import_formats())):
            return self.start_again(request, "Choose the file's format, CSV or XLSX.")
        try:
            return super().process_import(request, **kwargs)
        except UploadGone:
            return self.start_again(
                request,
                "This file was imported already, or waited too long for its confirmation: "
                "nothing was imported now. Upload it again.",
            )

    def start_again(self, request, message: str):
        self.message_user(request, message, messages.ERROR)
        opts = self.model._meta
        return redirect(f"admin:{opts.app_label}_{opts.model_name}_import")

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
