"""Proposals with their phases, provisions and responses.

Provisions belong to phases, which belong to the proposal; stock admin nests one level only.
The proposal page therefore edits its phases inline and lists each phase's provisions read-only
with a link to the phase's own page, where the provisions are edited inline. That keeps the whole
text of a proposal readable on one page and every clause editable two clicks away, without a
nested-inline dependency.
"""

from django.contrib import admin
from django.db.models import Count
from django.utils.html import format_html, format_html_join

from negotiations.admin.base import (
    ReadOnlyAdmin,
    SourcedAdminMixin,
    StatusChangeInline,
    StatusLoggedAdmin,
    TrackedAdmin,
    TrackedStackedInline,
    TrackedTabularInline,
    admin_change_url,
)
from negotiations.admin.filters import OverdueListFilter
from negotiations.models import (
    Phase,
    Proposal,
    ProposalStatusChange,
    Provision,
    Response,
    ResponseStatusChange,
)


class ResponseColumnsMixin:
    """Days pending and overdue, derived as of today, never stored."""

    @admin.display(description="Days pending")
    def days_pending(self, response):
        days = response.days_pending()
        return "—" if days is None else days

    @admin.display(description="Overdue", boolean=True)
    def overdue(self, response):
        return response.is_overdue()


class PhaseInline(TrackedStackedInline):
    model = Phase
    fields = (("number", "title", "duration_days"), "summary", "provision_list")
    readonly_fields = ("provision_list",)
    extra = 0
    show_change_link = True

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("provisions")

    @admin.display(description="Provisions")
    def provision_list(self, phase):
        if phase.pk is None:
            return "Save the phase first, then add its provisions on the phase's page."
        edit_url = admin_change_url(phase)
        items = format_html_join(
            "",
            "<li>{}: {}</li>",
            (
                (provision.get_topic_display(), provision.text)
                for provision in phase.provisions.all()
            ),
        )
        return format_html('<ul>{}</ul><a href="{}">Edit the provisions</a>', items, edit_url)


class ResponseInline(ResponseColumnsMixin, TrackedTabularInline):
    """Responses read-only on the proposal: each moves through its own dated status changes."""

    model = Response
    fk_name = "proposal"
    fields = (
        "respondent",
        "status",
        "requested_on",
        "due_on",
        "responded_on",
        "days_pending",
        "overdue",
    )
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = True

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .select_related("respondent")
            .prefetch_related("status_changes")
        )

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class ProposalStatusChangeInline(StatusChangeInline):
    model = ProposalStatusChange


@admin.register(Proposal)
class ProposalAdmin(SourcedAdminMixin, StatusLoggedAdmin):
    list_display = ("__str__", "process", "status", "announced_on", "announced_by", "source_marker")
    list_filter = ("status", "process", "announced_on")
    list_select_related = ("process", "announced_by")
    search_fields = ("title", "short_name", "slug", "summary")
    date_hierarchy = "announced_on"
    autocomplete_fields = ("process", "announced_by", "authors", "supersedes", "sources")
    fieldsets = [
        (None, {"fields": ["process", "title", "short_name", "slug", "status"]}),
        ("Origin", {"fields": ["announced_on", "announced_by", "authors", "supersedes"]}),
        ("Text", {"fields": ["summary", "full_text", "document_url"]}),
        (None, {"fields": ["sources"]}),
    ]
    inlines = [PhaseInline, ResponseInline, ProposalStatusChangeInline]


class ResponseStatusChangeInline(StatusChangeInline):
    model = ResponseStatusChange


@admin.register(Response)
class ResponseAdmin(ResponseColumnsMixin, SourcedAdminMixin, StatusLoggedAdmin):
    list_display = (
        "__str__",
        "status",
        "requested_on",
        "due_on",
        "responded_on",
        "days_pending",
        "overdue",
        "source_marker",
    )
    list_filter = (
        "status",
        OverdueListFilter,
        "proposal__process",
        ("respondent", admin.RelatedOnlyFieldListFilter),
        "requested_on",
    )
    list_select_related = ("proposal", "respondent")
    search_fields = ("respondent__name", "proposal__title", "proposal__short_name", "summary")
    date_hierarchy = "requested_on"
    autocomplete_fields = ("proposal", "respondent", "counter_proposal", "sources")
    fieldsets = [
        (None, {"fields": ["proposal", "respondent", "status"]}),
        ("Dates", {"fields": [("requested_on", "due_on", "responded_on")]}),
        (None, {"fields": ["counter_proposal", "summary", "sources"]}),
    ]

    def get_queryset(self, request):
        # Overdue reads the status log; one query for the whole page.
        return super().get_queryset(request).prefetch_related("status_changes")

    def get_inlines(self, request, obj):
        return [ResponseStatusChangeInline] if obj is not None else []


class ProvisionInline(TrackedTabularInline):
    model = Provision
    fields = ("topic", "text")
    extra = 1


@admin.register(Phase)
class PhaseAdmin(TrackedAdmin):
    list_display = ("__str__", "proposal", "number", "duration_days", "provision_count")
    list_filter = ("proposal__process", "proposal")
    list_select_related = ("proposal",)
    search_fields = ("title", "summary", "proposal__title", "proposal__short_name")
    autocomplete_fields = ("proposal",)
    inlines = [ProvisionInline]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(provision_count=Count("provisions"))

    @admin.display(description="Provisions", ordering="provision_count")
    def provision_count(self, phase):
        return phase.provision_count


@admin.register(Provision)
class ProvisionAdmin(TrackedAdmin):
    list_display = ("__str__", "topic", "phase", "proposal")
    list_filter = ("topic", "phase__proposal__process")
    list_select_related = ("phase__proposal",)
    search_fields = ("text", "phase__title", "phase__proposal__title")
    autocomplete_fields = ("phase",)

    @admin.display(description="Proposal", ordering="phase__proposal")
    def proposal(self, provision):
        return provision.phase.proposal


@admin.register(ProposalStatusChange)
class ProposalStatusChangeAdmin(ReadOnlyAdmin):
    list_display = ("proposal", "status", "changed_on", "recorded_by", "recorded_at")
    list_filter = ("status", "changed_on", "proposal__process")
    list_select_related = ("proposal", "recorded_by")
    search_fields = ("proposal__title", "proposal__short_name", "note")
    date_hierarchy = "changed_on"


@admin.register(ResponseStatusChange)
class ResponseStatusChangeAdmin(ReadOnlyAdmin):
    list_display = ("response", "status", "changed_on", "recorded_by", "recorded_at")
    list_filter = ("status", "changed_on", "response__proposal__process")
    list_select_related = ("response__proposal", "response__respondent", "recorded_by")
    search_fields = ("response__respondent__name", "response__proposal__title", "note")
    date_hierarchy = "changed_on"
