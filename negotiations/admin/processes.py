from django.contrib import admin
from django.utils.html import format_html_join

from negotiations.admin.base import (
    ReadOnlyAdmin,
    SourcedAdminMixin,
    StatusChangeInline,
    StatusLoggedAdmin,
    TrackedAdmin,
    TrackedTabularInline,
)
from negotiations.models import Mediator, NegotiationProcess, Party, ProcessStatusChange


class PartyInline(TrackedTabularInline):
    model = Party
    fields = ("actor", "side", "since", "until", "sources")
    autocomplete_fields = ("actor", "sources")
    extra = 0


class MediatorInline(TrackedTabularInline):
    model = Mediator
    fields = ("actor", "role", "since", "until", "notes", "sources")
    autocomplete_fields = ("actor", "sources")
    extra = 0


class ProcessStatusChangeInline(StatusChangeInline):
    model = ProcessStatusChange


@admin.register(NegotiationProcess)
class NegotiationProcessAdmin(StatusLoggedAdmin):
    list_display = ("title", "status", "started_on", "ended_on", "party_names")
    list_filter = ("status", "started_on", "ended_on")
    search_fields = ("title", "slug", "summary")
    date_hierarchy = "started_on"
    fieldsets = [
        (None, {"fields": ["title", "slug", "status", ("started_on", "ended_on")]}),
        (None, {"fields": ["summary"]}),
    ]
    inlines = [PartyInline, MediatorInline, ProcessStatusChangeInline]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("parties")

    @admin.display(description="Parties")
    def party_names(self, process):
        return format_html_join(", ", "{}", ((party,) for party in process.party_actors()))


@admin.register(Party)
class PartyAdmin(SourcedAdminMixin, TrackedAdmin):
    list_display = ("actor", "side", "process", "since", "until", "source_marker")
    list_filter = ("process", "since")
    list_select_related = ("actor", "process")
    search_fields = ("actor__name", "process__title", "side")
    autocomplete_fields = ("process", "actor", "sources")


@admin.register(Mediator)
class MediatorAdmin(SourcedAdminMixin, TrackedAdmin):
    list_display = ("actor", "role", "process", "since", "until", "source_marker")
    list_filter = ("role", "process", "since")
    list_select_related = ("actor", "process")
    search_fields = ("actor__name", "process__title", "notes")
    autocomplete_fields = ("process", "actor", "sources")


@admin.register(ProcessStatusChange)
class ProcessStatusChangeAdmin(ReadOnlyAdmin):
    list_display = ("process", "status", "changed_on", "recorded_by", "recorded_at")
    list_filter = ("status", "changed_on", "process")
    list_select_related = ("process", "recorded_by")
    search_fields = ("process__title", "note")
    date_hierarchy = "changed_on"
