from django.contrib import admin
from django.utils.html import format_html_join

from negotiations.admin.base import SourcedAdminMixin, TrackedAdmin, TrackedTabularInline
from negotiations.admin.imports import SpreadsheetImportMixin
from negotiations.imports import EventResource, MeetingResource, StatementResource
from negotiations.models import Event, Meeting, Participant, Statement, Trip, TripStop


class ParticipantInline(TrackedTabularInline):
    model = Participant
    fields = ("actor", "role")
    autocomplete_fields = ("actor",)
    extra = 3


@admin.register(Meeting)
class MeetingAdmin(SpreadsheetImportMixin, SourcedAdminMixin, TrackedAdmin):
    """A whole meeting on one page: who, where, when (with precision), about what, from which
    sources."""

    # Process and format are filters rather than columns: a process title is long, and the list
    # must leave room for who met.
    list_display = (
        "title",
        "date_display",
        "kind",
        "location",
        "participant_names",
        "source_marker",
    )
    list_filter = ("kind", "format", "closed_door", "date", "date_precision", "process")
    list_select_related = ("location",)
    search_fields = ("title", "summary", "outcome", "participants__actor__name", "location__name")
    date_hierarchy = "date"
    autocomplete_fields = ("process", "location", "trip", "proposals", "sources")
    fieldsets = [
        (None, {"fields": ["title", "process", ("date", "date_precision"), "location", "trip"]}),
        ("How", {"fields": [("format", "kind", "closed_door")]}),
        ("What", {"fields": ["proposals", "summary", "outcome"]}),
        (None, {"fields": ["sources"]}),
    ]
    inlines = [ParticipantInline]
    resource_classes = [MeetingResource]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("participants__actor")

    @admin.display(description="Date", ordering="date")
    def date_display(self, meeting):
        return meeting.date_display

    @admin.display(description="Participants")
    def participant_names(self, meeting):
        return format_html_join(
            ", ", "{} ({})", ((p.actor, p.get_role_display()) for p in meeting.participants.all())
        )


@admin.register(Participant)
class ParticipantAdmin(TrackedAdmin):
    list_display = ("actor", "role", "meeting", "meeting_date")
    list_filter = ("role", "meeting__date", "meeting__process")
    list_select_related = ("actor", "meeting")
    search_fields = ("actor__name", "meeting__title")
    autocomplete_fields = ("meeting", "actor")

    @admin.display(description="Meeting date", ordering="meeting__date")
    def meeting_date(self, participant):
        return participant.meeting.date_display


class TripStopInline(TrackedTabularInline):
    model = TripStop
    fields = ("order", "location", "date", "status")
    autocomplete_fields = ("location",)
    extra = 1


@admin.register(Trip)
class TripAdmin(SourcedAdminMixin, TrackedAdmin):
    list_display = ("title", "traveller", "ordinal", "start", "end", "source_marker")
    list_filter = ("start",)
    list_select_related = ("traveller",)
    search_fields = ("title", "purpose", "traveller__name")
    date_hierarchy = "start"
    autocomplete_fields = ("traveller", "sources")
    inlines = [TripStopInline]


@admin.register(TripStop)
class TripStopAdmin(TrackedAdmin):
    list_display = ("__str__", "trip", "date", "status")
    list_filter = ("status", "date")
    list_select_related = ("trip", "location")
    search_fields = ("trip__title", "location__name")
    autocomplete_fields = ("trip", "location")


@admin.register(Statement)
class StatementAdmin(SpreadsheetImportMixin, SourcedAdminMixin, TrackedAdmin):
    resource_classes = [StatementResource]
    list_display = ("__str__", "speaker", "date", "kind", "audience", "process", "source_marker")
    list_filter = ("kind", "date", "process")
    list_select_related = ("speaker", "process")
    search_fields = ("text", "speaker__name", "audience")
    date_hierarchy = "date"
    autocomplete_fields = ("speaker", "process", "proposal", "meeting", "sources")


@admin.register(Event)
class EventAdmin(SpreadsheetImportMixin, SourcedAdminMixin, TrackedAdmin):
    resource_classes = [EventResource]
    list_display = ("title", "date_display", "kind", "location", "process", "source_marker")
    list_filter = ("kind", "date", "date_precision", "process")
    list_select_related = ("location", "process")
    search_fields = ("title", "description", "location__name", "actors__name")
    date_hierarchy = "date"
    autocomplete_fields = ("location", "actors", "process", "sources")
    fieldsets = [
        (None, {"fields": ["title", "kind", ("date", "date_precision"), "location", "process"]}),
        (None, {"fields": ["description", "actors", "sources"]}),
    ]

    @admin.display(description="Date", ordering="date")
    def date_display(self, event):
        return event.date_display
