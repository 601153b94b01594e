"""The contract's query parameters: `?as_of=` and the list filters, each list taking those
that apply to it (`?search=` is in search.py)."""

import datetime
import re

import django_filters
from django import forms
from django.db.models import Q
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework.exceptions import ValidationError
from rest_framework.filters import OrderingFilter

from negotiations import models

# `?as_of=YYYY-MM-DD`: read processes, proposals and responses as they stood on that day.

ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def as_of_from(request) -> datetime.date | None:
    """The `as_of` date of a read, None when not asked; a 400 naming `as_of` when malformed."""
    if request is None or request.method not in ("GET", "HEAD"):
        return None
    value = request.query_params.get("as_of")
    if value is None or value == "":
        return None
    try:
        if not ISO_DATE.match(value):
            raise ValueError(value)
        return datetime.date.fromisoformat(value)
    except ValueError as error:
        raise ValidationError({"as_of": ["Enter a real date as YYYY-MM-DD."]}) from error


class UtcDateTimeField(django_filters.fields.IsoDateTimeField):
    """An ISO 8601 date-time that has a UTC equivalent: 9999-12-31T23:59:59-10:00 has none."""

    def to_python(self, value):
        value = super().to_python(value)
        if value is not None:
            try:
                value.astimezone(datetime.UTC)
            except OverflowError as error:
                raise forms.ValidationError("Datetime value out of range.") from error
        return value


class UtcDateTimeFilter(django_filters.IsoDateTimeFilter):
    """An ISO 8601 date-time read in UTC: Python takes offsets PostgreSQL refuses (+16:00)."""

    field_class = UtcDateTimeField

    def filter(self, queryset, value):
        if value is not None:
            value = value.astimezone(datetime.UTC)
        return super().filter(queryset, value)


class RecordFilterSet(django_filters.FilterSet):
    """Edit-time filters every list takes (when a record was last recorded or changed)."""

    updated_after = UtcDateTimeFilter(
        field_name="updated_at", lookup_expr="gte", help_text="Changed at or after (ISO 8601)."
    )
    updated_before = UtcDateTimeFilter(
        field_name="updated_at", lookup_expr="lte", help_text="Changed at or before (ISO 8601)."
    )


@extend_schema_field(OpenApiTypes.INT)
class ActorFilter(django_filters.ModelChoiceFilter):
    """An actor's id (typed for the schema, since the filter works through a method)."""


def actor_filter(*paths: str):
    """`?actor=<id>`: the actor in any of its roles on the record."""

    def filter_by_actor(queryset, name, actor):
        if actor is None:
            return queryset
        condition = Q()
        for path in paths:
            condition |= Q(**{path: actor})
        return queryset.filter(pk__in=queryset.model.objects.filter(condition).values("pk"))

    return ActorFilter(
        queryset=models.Actor.objects.all(),
        method=filter_by_actor,
        help_text="Actor id, in any role: " + ", ".join(path.split("__")[0] for path in paths),
    )


def date_filters(field: str):
    """`?date_after=` and `?date_before=` on the real-world date of the record."""
    return (
        django_filters.DateFilter(
            field_name=field, lookup_expr="gte", help_text=f"`{field}` on or after this date."
        ),
        django_filters.DateFilter(
            field_name=field, lookup_expr="lte", help_text=f"`{field}` on or before this date."
        ),
    )


class StatusFilterSet(RecordFilterSet):
    """`?status=` reads the status as it stood on `?as_of=` when that is given."""

    def filter_status(self, queryset, name, value):
        if not value:
            return queryset
        as_of = as_of_from(self.request)
        if as_of is not None:
            return queryset.with_status_on(as_of).filter(status_on_date=value)
        return queryset.filter(status=value)


class ActorFilterSet(RecordFilterSet):
    similar_to = django_filters.CharFilter(
        method="filter_similar_to",
        max_length=200,
        help_text="Actors whose name, short name or an alias may spell this name (ignoring case, "
        "accents, punctuation, spacing and al-/el-), best first; each result has `score` "
        "(0 to 1), `matched_on` and `matched_name`.",
    )

    class Meta:
        model = models.Actor
        fields = ["kind"]

    def filter_similar_to(self, queryset, name, value):
        return queryset.similar_to(value) if value else queryset


class PositionFilterSet(RecordFilterSet):
    actor = actor_filter("person", "organization")
    date_after, date_before = date_filters("start")

    class Meta:
        model = models.Position
        fields = []


class LocationFilterSet(RecordFilterSet):
    class Meta:
        model = models.Location
        fields = ["kind"]


class SourceFilterSet(RecordFilterSet):
    date_after, date_before = date_filters("published_on")

    class Meta:
        model = models.Source
        fields = []


class ProcessFilterSet(StatusFilterSet):
    status = django_filters.ChoiceFilter(
        choices=models.NegotiationProcess.Status.choices, method="filter_status"
    )
    actor = actor_filter("parties", "mediators__actor")
    date_after, date_before = date_filters("started_on")

    class Meta:
        model = models.NegotiationProcess
        fields = []


class MediatorFilterSet(RecordFilterSet):
    actor = actor_filter("actor")
    date_after, date_before = date_filters("since")

    class Meta:
        model = models.Mediator
        fields = ["process"]


class PartyFilterSet(RecordFilterSet):
    actor = actor_filter("actor")
    date_after, date_before = date_filters("since")

    class Meta:
        model = models.Party
        fields = ["process"]


class ProposalFilterSet(StatusFilterSet):
    status = django_filters.ChoiceFilter(
        choices=models.Proposal.Status.choices, method="filter_status"
    )
    actor = actor_filter("announced_by", "authors", "responses__respondent")
    date_after, date_before = date_filters("announced_on")

    class Meta:
        model = models.Proposal
        fields = ["process"]


class ResponseFilterSet(StatusFilterSet):
    process = django_filters.ModelChoiceFilter(
        field_name="proposal__process", queryset=models.NegotiationProcess.objects.all()
    )
    status = django_filters.ChoiceFilter(
        choices=models.Response.Status.choices, method="filter_status"
    )
    actor = actor_filter("respondent")
    # A choice rather than a boolean filter, so that `overdue=maybe` is a 400, not ignored.
    overdue = django_filters.ChoiceFilter(
        choices=[("true", "true"), ("false", "false")],
        method="filter_overdue",
        help_text="true: past the deadline and still awaited (on as_of, or today); false: not.",
    )
    date_after, date_before = date_filters("requested_on")

    class Meta:
        model = models.Response
        fields = ["proposal", "respondent"]

    def filter_overdue(self, queryset, name, value):
        if not value:
            return queryset
        overdue = models.Response.objects.overdue(as_of_from(self.request)).values("pk")
        if value == "true":
            return queryset.filter(pk__in=overdue)
        return queryset.exclude(pk__in=overdue)


class MeetingFilterSet(RecordFilterSet):
    proposal = django_filters.ModelChoiceFilter(
        field_name="proposals", queryset=models.Proposal.objects.all(), distinct=True
    )
    actor = actor_filter("participants__actor")
    date_after, date_before = date_filters("date")

    class Meta:
        model = models.Meeting
        fields = ["process", "location", "kind"]


class TripFilterSet(RecordFilterSet):
    actor = actor_filter("traveller")
    location = django_filters.ModelChoiceFilter(
        field_name="stops__location", queryset=models.Location.objects.all(), distinct=True
    )
    date_after, date_before = date_filters("start")

    class Meta:
        model = models.Trip
        fields = []


class StatementFilterSet(RecordFilterSet):
    actor = actor_filter("speaker")
    date_after, date_before = date_filters("date")

    class Meta:
        model = models.Statement
        fields = ["process", "proposal", "meeting", "kind"]


class EventFilterSet(RecordFilterSet):
    actor = actor_filter("actors")
    date_after, date_before = date_filters("date")

    class Meta:
        model = models.Event
        fields = ["process", "location", "kind"]


class StrictOrderingFilter(OrderingFilter):
    """`?ordering=` on the fields a list offers; any other field is a 400 naming `ordering`.

    DRF drops an unknown field silently, so a client that misspells one would take the default
    order for the one it asked for.
    """

    def remove_invalid_fields(self, queryset, fields, view, request):
        valid = super().remove_invalid_fields(queryset, fields, view, request)
        unknown = [term for term in fields if term and term not in valid]
        if unknown:
            offered = [name for name, _label in self.get_valid_fields(queryset, view)]
            raise ValidationError(
                {
                    "ordering": [
                        f"Cannot order by {', '.join(repr(term) for term in unknown)}. "
                        f"Order by one of: {', '.join(offered)} (a leading '-' reverses)."
                    ]
                }
            )
        return valid
