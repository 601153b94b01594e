from django.contrib import admin

from negotiations.admin.base import SourcedAdminMixin, TrackedAdmin, TrackedTabularInline
from negotiations.models import Actor, Location, Position, Source


@admin.register(Source)
class SourceAdmin(TrackedAdmin):
    list_display = ("title", "publisher", "published_on", "grade", "language", "url")
    list_filter = ("reliability", "credibility", "published_on", "language")
    search_fields = ("title", "publisher", "author", "url", "excerpt")
    date_hierarchy = "published_on"
    fieldsets = [
        (None, {"fields": ["title", "url", "publisher", "author", "published_on", "language"]}),
        ("Admiralty grade", {"fields": [("reliability", "credibility")]}),
        (None, {"fields": ["excerpt"]}),
    ]

    @admin.display(description="Grade", ordering="reliability")
    def grade(self, source):
        return source.grade


class PositionInline(TrackedTabularInline):
    model = Position
    fk_name = "person"
    fields = ("title", "organization", "start", "end", "sources")
    autocomplete_fields = ("organization", "sources")
    extra = 0
    verbose_name_plural = "positions held"


@admin.register(Actor)
class ActorAdmin(TrackedAdmin):
    list_display = ("name", "kind", "short_name", "country", "parent")
    list_filter = ("kind", "country")
    list_select_related = ("parent",)
    search_fields = ("name", "short_name", "slug", "aliases", "description")
    autocomplete_fields = ("parent",)
    inlines = [PositionInline]

    def get_inlines(self, request, obj):
        # Only a person holds posts.
        return self.inlines if obj is not None and obj.is_person else []


@admin.register(Position)
class PositionAdmin(SourcedAdminMixin, TrackedAdmin):
    list_display = ("person", "title", "organization", "start", "end", "source_marker")
    list_filter = ("start", "end")
    list_select_related = ("person", "organization")
    search_fields = ("title", "person__name", "organization__name")
    autocomplete_fields = ("person", "organization", "sources")
    date_hierarchy = "start"


@admin.register(Location)
class LocationAdmin(TrackedAdmin):
    list_display = ("name", "kind", "country", "latitude", "longitude")
    list_filter = ("kind", "country")
    search_fields = ("name", "country")
