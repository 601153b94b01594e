"""What every admin page of the tracker shares: role checks, audit history, the stale-edit guard,
refusal to delete cited records, the unsourced marker and dated status changes."""

from django.contrib import admin, messages
from django.contrib.admin.options import IncorrectLookupParameters
from django.contrib.admin.utils import flatten_fieldsets
from django.contrib.admin.views.main import ChangeList
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import NoReverseMatch, path, reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.text import capfirst
from simple_history.admin import SimpleHistoryAdmin

from accounts.roles import can_read, can_write
from negotiations.admin.filters import SourcedListFilter
from negotiations.admin.forms import (
    RetractionForm,
    StatusLoggedAdminForm,
    TrackedInlineFormSet,
    TrackedModelAdminForm,
)
from negotiations.admin.widgets import TolerantAutocompleteMixin
from negotiations.limits import text_max_length
from negotiations.models.base import many_to_many_citations


def role_allows(request, *, write: bool) -> bool:
    """Ask the roles module once per request; the admin asks about permissions many times."""
    if not hasattr(request, "_tracker_role_access"):
        request._tracker_role_access = {
            False: can_read(request.user),
            True: can_write(request.user),
        }
    return request._tracker_role_access[write]


def admin_change_url(record) -> str:
    """The admin page that edits `record`, or '' when the admin does not offer one."""
    opts = record._meta
    try:
        return reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[record.pk])
    except NoReverseMatch:
        return ""


def admin_link(obj) -> str:
    """'Meeting: <a>Cairo talks</a>', linked to the record's admin page where it has one."""
    label = capfirst(obj._meta.verbose_name)
    url = admin_change_url(obj)
    if not url:
        return format_html("{}: {}", label, obj)
    return format_html('{}: <a href="{}">{}</a>', label, url, obj)


def require_valid_key(field, value) -> None:
    """404 for an id in a URL that cannot be a key of `field`, instead of a database error."""
    try:
        field.run_validators(field.to_python(value))
    except ValidationError as error:
        raise Http404(f"No record with the id {value!r}.") from error


class TolerantChangeList(ChangeList):
    """Impossible dates in the date drill-down (?date__year=99999) go back to the list with
    Django's "invalid filter" notice, as other bad filters do, instead of failing."""

    def get_filters(self, request):
        try:
            return super().get_filters(request)
        except (ValueError, OverflowError) as error:
            raise IncorrectLookupParameters(error) from error


class TextLimitsMixin:
    """Long text fields take at most what the API takes (negotiations.limits)."""

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if isinstance(db_field, models.TextField) and db_field.max_length is None:
            kwargs.setdefault("max_length", text_max_length(db_field))
        return super().formfield_for_dbfield(db_field, request, **kwargs)


class TrackedTabularInline(TextLimitsMixin, TolerantAutocompleteMixin, admin.TabularInline):
    formset = TrackedInlineFormSet


class TrackedStackedInline(TextLimitsMixin, TolerantAutocompleteMixin, admin.StackedInline):
    formset = TrackedInlineFormSet


class TrackedAdmin(TextLimitsMixin, TolerantAutocompleteMixin, SimpleHistoryAdmin):
    """The base of every negotiations admin page."""

    form = TrackedModelAdminForm
    # Links analysts paste without a scheme are almost always https today (Django 6's default).
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    # Parts deleted with the record (a proposal's status log): their admin is read-only, yet
    # deleting the record they belong to must not require permission to delete them one by one.
    owned_parts: tuple = ()

    # Roles: the group permissions say what each model allows; the roles module has the last word.

    def has_view_permission(self, request, obj=None):
        return role_allows(request, write=False) and super().has_view_permission(request, obj)

    def has_add_permission(self, request):
        return role_allows(request, write=True) and super().has_add_permission(request)

    def has_change_permission(self, request, obj=None):
        return role_allows(request, write=True) and super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        return role_allows(request, write=True) and super().has_delete_permission(request, obj)

    # Audit history: readable by all, never reverted wholesale, because a revert would skip the
    # dated status log and the stale-edit guard.

    def revert_disabled(self, request, obj=None):
        return True

    def history_view(self, request, object_id, extra_context=None):
        require_valid_key(self.model._meta.pk, object_id)
        return super().history_view(request, object_id, extra_context)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        if request.method == "POST":
            raise PermissionDenied
        require_valid_key(self.model._meta.pk, object_id)
        require_valid_key(self.model.history.model._meta.pk, version_id)
        return super().history_form_view(request, object_id, version_id, extra_context)

    # Lists: bad filter values and search terms get a notice or no match, never a failure.

    def get_changelist(self, request, **kwargs):
        return TolerantChangeList

    def get_search_results(self, request, queryset, search_term):
        # PostgreSQL refuses NUL characters in a query; no stored text contains one.
        search_term = search_term.replace("\x00", "")
        return super().get_search_results(request, queryset, search_term)

    # The stale-edit guard travels in a hidden field that must be rendered in some fieldset.

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if obj is None or "loaded_updated_at" in flatten_fieldsets(fieldsets):
            return fieldsets
        (name, options), *rest = fieldsets
        first = (name, {**options, "fields": [*options["fields"], "loaded_updated_at"]})
        return [first, *rest]

    # Deleting a cited record: foreign keys are PROTECT and Django lists what protects them; a
    # citation through a many-to-many relation is refused by a pre_delete signal, which would
    # end in a server error, so it is listed here the same way and the page refuses the delete.

    def get_deleted_objects(self, objs, request):
        deleted, model_count, perms_needed, protected = super().get_deleted_objects(objs, request)
        cited_by = []
        for obj in objs:
            citations = many_to_many_citations(obj)
            for citing in citations:
                link = admin_link(citing)
                if link not in cited_by and link not in protected:
                    cited_by.append(link)
            if citations:
                # Django's page says the listed records would be deleted too; a citing record
                # would not be, so say plainly what stops the delete.
                names = ", ".join(f"{c._meta.verbose_name} “{c}”" for c in citations[:10])
                self.message_user(
                    request,
                    f"{capfirst(obj._meta.verbose_name)} “{obj}” cannot be deleted: it is cited "
                    f"by {names}. Remove those references first, or keep the record.",
                    messages.ERROR,
                )
        perms_needed -= {part._meta.verbose_name for part in self.owned_parts}
        return deleted, model_count, perms_needed, [*protected, *cited_by]


class SourcedAdminMixin:
    """Lists show how many sources a record cites, and mark the ones citing none."""

    def get_queryset(self, request):
        return super().get_queryset(request).with_source_count()

    def get_list_filter(self, request):
        return [*super().get_list_filter(request), SourcedListFilter]

    @admin.display(description="Sources", ordering="source_count")
    def source_marker(self, obj):
        if not obj.source_count:
            return format_html('<strong class="unsourced">{}</strong>', "Unsourced")
        return obj.source_count


class StatusChangeInline(TrackedTabularInline):
    """The record's status log, read-only: entries are added through the change form above and
    retracted, with a reason, through each entry's "Retract" link. Nothing is deleted."""

    fields = (
        "status",
        "changed_on",
        "note",
        "cited_sources",
        "recorded_by",
        "recorded_at",
        "retraction",
    )
    readonly_fields = fields
    extra = 0
    can_delete = False
    verbose_name_plural = "status history"

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .select_related("recorded_by", "retracted_by")
            .prefetch_related("sources")
        )

    def get_formset(self, request, obj=None, **kwargs):
        # Inline instances are made per request, so the link can depend on who is asking.
        self.offers_retraction = role_allows(request, write=True)
        return super().get_formset(request, obj, **kwargs)

    @admin.display(description="Retraction")
    def retraction(self, change):
        if change.is_retracted:
            return format_html(
                "<del>Retracted</del> on {} by {}: {}",
                timezone.localtime(change.retracted_at).strftime("%Y-%m-%d %H:%M"),
                change.retracted_by or "a removed account",
                change.retraction_reason,
            )
        if not getattr(self, "offers_retraction", False) or change.pk is None:
            return "—"
        opts = self.parent_model._meta
        url = reverse(
            f"admin:{opts.app_label}_{opts.model_name}_retract_status_change",
            args=[getattr(change, f"{change.record_field}_id"), change.pk],
        )
        return format_html('<a href="{}">Retract</a>', url)

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.display(description="Sources")
    def cited_sources(self, change):
        return format_html_join(", ", "{}", ((source,) for source in change.sources.all())) or "—"


class StatusLoggedAdmin(TrackedAdmin):
    """Processes, proposals and responses: the status is set on add, then moves only through a
    dated, sourced status change that names the analyst (`change_status`)."""

    form = StatusLoggedAdminForm
    status_change_fieldset = (
        "Change the status",
        {
            "fields": ["new_status", "changed_on", "status_note", "status_sources"],
            "description": "Record a dated, sourced status change. The current status and "
            "every earlier change stay in the status history below.",
        },
    )

    def get_readonly_fields(self, request, obj=None):
        readonly = list(super().get_readonly_fields(request, obj))
        if obj is not None:
            readonly.append("status")
        return readonly

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if obj is None or not self.has_change_permission(request, obj):
            return fieldsets
        return [*fieldsets, self.status_change_fieldset]

    def save_model(self, request, obj, form, change):
        if not change:
            # The status given on add opens the log, dated the day the record began.
            obj._history_user = request.user
            obj.save_with_opening_entry(recorded_by=request.user)
            return
        super().save_model(request, obj, form, change)
        status_change = form.requested_status_change()
        if status_change:
            change = obj.change_status(**status_change, recorded_by=request.user)
            self.message_user(request, f"Recorded the status change: {change}.", messages.SUCCESS)

    def get_urls(self):
        opts = self.model._meta
        retract = path(
            "<path:object_id>/status-changes/<int:change_id>/retract/",
            self.admin_site.admin_view(self.retract_status_change_view),
            name=f"{opts.app_label}_{opts.model_name}_retract_status_change",
        )
        return [retract, *super().get_urls()]

    def retract_status_change_view(self, request, object_id, change_id):
        """A small page to retract one entry of the record's status log, with the reason."""
        require_valid_key(self.model._meta.pk, object_id)
        record = self.get_object(request, object_id)
        if record is None:
            raise Http404(f"No {self.model._meta.verbose_name} with the id {object_id!r}.")
        if not self.has_change_permission(request, record):
            raise PermissionDenied
        entry = get_object_or_404(
            record.status_changes.select_related("recorded_by", "retracted_by"), pk=change_id
        )
        form = RetractionForm(request.POST if request.method == "POST" else None)
        if form.is_valid():
            try:
                record.retract_status_change(
                    entry, reason=form.cleaned_data["reason"], retracted_by=request.user
                )
            except ValidationError as refused:
                form.add_error(None, refused.messages)
            else:
                self.message_user(
                    request, f"Retracted the status change: {entry}.", messages.SUCCESS
                )
                return redirect(admin_change_url(record))
        context = {
            **self.admin_site.each_context(request),
            "title": f"Retract a status change of {record}",
            "opts": self.model._meta,
            "original": record,
            "entry": entry,
            "form": form,
        }
        return TemplateResponse(request, "admin/negotiations/retract_status_change.html", context)

    @property
    def owned_parts(self):
        return (self.model.status_change_model(),)


class ReadOnlyAdmin(TrackedAdmin):
    """Browsing only: for records that are written through another page."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
