from django import forms
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.db import transaction
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.html import format_html, format_html_join

from negotiations.admin.base import (
    SourcedAdminMixin,
    TrackedAdmin,
    TrackedTabularInline,
    admin_change_url,
)
from negotiations.admin.forms import TrackedModelAdminForm
from negotiations.admin.imports import SpreadsheetImportMixin
from negotiations.identity import MergeConflict, merge_actor, possible_duplicates
from negotiations.imports import ActorResource, LocationResource, SourceResource
from negotiations.models import Actor, ActorName, Location, MergedActor, Position, Source
from negotiations.names import normalize_name


@admin.register(Source)
class SourceAdmin(SpreadsheetImportMixin, TrackedAdmin):
    resource_classes = [SourceResource]
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


class ActorAdminForm(TrackedModelAdminForm):
    """Refuses a name that may spell an actor already recorded until the analyst, shown the
    candidates, ticks that this is a different actor."""

    confirm_new = forms.BooleanField(
        required=False,
        # Hidden until there is something to confirm (see _post_clean).
        widget=forms.HiddenInput,
        label="This is a different actor",
    )

    def _post_clean(self):
        super()._post_clean()
        if self.errors or self.cleaned_data.get("confirm_new"):
            return
        candidates = possible_duplicates(self.instance)
        if candidates:
            self.fields["confirm_new"].widget = forms.CheckboxInput()
            self.add_error("confirm_new", self.candidates_message(candidates))

    @staticmethod
    def candidates_message(candidates) -> str:
        listed = format_html_join(
            "",
            '<li><a href="{}">{}</a> (its {} “{}”, similarity {}%)</li>',
            (
                (
                    admin_change_url(candidate),
                    candidate.name,
                    ActorName.Field(candidate.matched_on).label.lower(),
                    candidate.matched_name,
                    round(candidate.score * 100),
                )
                for candidate in candidates
            ),
        )
        return format_html(
            "This may be an actor already recorded:<ul>{}</ul>Open it to add this name as an "
            "alias, or tick “This is a different actor” to save it all the same.",
            listed,
        )


@admin.register(Actor)
class ActorAdmin(SpreadsheetImportMixin, TrackedAdmin):
    resource_classes = [ActorResource]
    form = ActorAdminForm
    list_display = ("name", "kind", "short_name", "country", "parent")
    list_filter = ("kind", "country")
    list_select_related = ("parent",)
    # Names only: a description that mentions Qatar does not make Egypt an answer to "qatar".
    search_fields = ("name", "short_name", "aliases")
    autocomplete_fields = ("parent",)
    inlines = [PositionInline]
    actions = ["merge_actors"]

    def get_inlines(self, request, obj):
        # Only a person holds posts.
        return self.inlines if obj is not None and obj.is_person else []

    def get_fields(self, request, obj=None):
        # The confirmation belongs under the name it is about.
        fields = [field for field in super().get_fields(request, obj) if field != "confirm_new"]
        return [*fields[:1], "confirm_new", *fields[1:]]

    def _get_obj_does_not_exist_redirect(self, request, opts, object_id):
        # Django's hook for a missing record (private, but the one place it is decided): an
        # old link to a merged actor leads to the actor it was merged into.
        merged = (
            MergedActor.objects.filter(pk=int(object_id)).first() if object_id.isdigit() else None
        )
        if merged is None:
            return super()._get_obj_does_not_exist_redirect(request, opts, object_id)
        self.message_user(
            request, f"“{merged.name}” was merged into “{merged.into}”.", messages.INFO
        )
        return HttpResponseRedirect(admin_change_url(merged.into))

    def get_search_results(self, request, queryset, search_term):
        """Also any actor one of whose names contains the term in normal form, so that
        "el-Sisi" finds al-Sisi and "sao tome" finds São Tomé."""
        results, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        normal = normalize_name(search_term.replace("\x00", ""))
        if normal:
            by_name = ActorName.objects.filter(normalized__contains=normal).values("actor")
            results = results | queryset.filter(pk__in=by_name)
        return results, may_have_duplicates

    @admin.action(
        description="Merge the selected actors into one", permissions=["change", "delete"]
    )
    def merge_actors(self, request, queryset):
        actors = list(queryset.order_by("pk"))
        if len(actors) < 2:
            self.message_user(request, "Select at least two actors to merge.", messages.WARNING)
            return None
        if "survivor" not in request.POST:
            return self.merge_confirmation(request, actors)
        survivor = next((a for a in actors if str(a.pk) == request.POST["survivor"]), None)
        if survivor is None:
            self.message_user(request, "Choose the actor that stays.", messages.ERROR)
            return self.merge_confirmation(request, actors)
        merged = [actor for actor in actors if actor != survivor]
        try:
            with transaction.atomic():
                for actor in merged:
                    merge_actor(actor, into=survivor, merged_by=request.user)
        except MergeConflict as conflict:
            self.message_user(request, str(conflict), messages.ERROR)
            return None
        names = ", ".join(f"“{actor}”" for actor in merged)
        self.message_user(
            request,
            f"Merged {names} into “{survivor}”: their references now point at it and their "
            "names are its aliases.",
            messages.SUCCESS,
        )
        return HttpResponseRedirect(admin_change_url(survivor))

    def merge_confirmation(self, request, actors):
        context = {
            **self.admin_site.each_context(request),
            "title": "Merge actors",
            "opts": self.model._meta,
            "actors": actors,
            "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
            "media": self.media,
        }
        return TemplateResponse(
            request, "admin/negotiations/actor/merge_confirmation.html", context
        )


@admin.register(Position)
class PositionAdmin(SourcedAdminMixin, TrackedAdmin):
    list_display = ("person", "title", "organization", "start", "end", "source_marker")
    list_filter = ("start", "end")
    list_select_related = ("person", "organization")
    search_fields = ("title", "person__name", "organization__name")
    autocomplete_fields = ("person", "organization", "sources")
    date_hierarchy = "start"


@admin.register(Location)
class LocationAdmin(SpreadsheetImportMixin, TrackedAdmin):
    resource_classes = [LocationResource]
    list_display = ("name", "kind", "country", "latitude", "longitude")
    list_filter = ("kind", "country")
    search_fields = ("name", "country")
