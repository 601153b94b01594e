"""The contract's resources as viewsets, and the table of them (RESOURCES).
Views translate HTTP to the models and back: the rules live on the models, the shapes in
serializers.py."""

from functools import partial

from django.db import transaction
from django.http import Http404
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import (
    OpenApiParameter,
    OpenApiResponse,
    extend_schema,
    extend_schema_view,
)
from rest_framework import serializers as drf_serializers
from rest_framework import status, viewsets
from rest_framework.decorators import (
    action,
    api_view,
    authentication_classes,
    permission_classes,
    schema,
)
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.reverse import reverse

from negotiations import models
from negotiations.api import filters, serializers
from negotiations.api.csv_download import CSVListMixin, csv_response
from negotiations.api.etags import etag_from_version, record_version, representation_context
from negotiations.api.fields import shown
from negotiations.api.filters import as_of_from
from negotiations.api.history import HistoryEntrySerializer, attach_changes
from negotiations.api.policies import PreconditionFailed, etag_for, etag_matches
from negotiations.api.search import FullTextSearchFilter
from negotiations.identity import merge_actor
from negotiations.models.status import RetractionRefused


@api_view(["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"])
@permission_classes([AllowAny])
@authentication_classes([])
@schema(None)
def not_found(request, unmatched=""):
    """Any other address under /api/: a JSON 404 like the rest of the API."""
    if unmatched and not unmatched.endswith("/"):
        raise NotFound("Not found. API addresses end with a slash, such as /api/v1/actors/.")
    raise NotFound()


class SafeQueryParamsMixin:
    """Query parameters that the database cannot take (NUL) are a client error, not a 500."""

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        for name, values in request.query_params.lists():
            if any("\x00" in value for value in values):
                raise ValidationError({name: ["Null characters are not allowed."]})


class RecordViewSet(SafeQueryParamsMixin, CSVListMixin, viewsets.ModelViewSet):
    """Single records carry an ETag: If-None-Match on a read answers 304 while it still
    matches, If-Match on a write answers 412 (and changes nothing) once it no longer does.
    The ETag comes from the record's version (etags.py), read before the record is: a 304
    neither reads nor serialises it."""

    # Any segment reaches the view, so that a malformed id is the API's JSON 404, not an HTML
    # page from the URL resolver.
    lookup_value_regex = "[^/]+"
    filter_backends = [DjangoFilterBackend, FullTextSearchFilter, filters.StrictOrderingFilter]
    search_fields: list[str] = []
    ordering_fields: list[str] = []
    # Whether the representation shows days pending or overdue, which change with the date.
    shows_days = False

    def get_serializer_class(self):
        if self.action == "history":
            return HistoryEntrySerializer
        return super().get_serializer_class()

    def representation(self, instance):
        """The record as GET shows it."""
        return self.serializer_class(instance, context=self.get_serializer_context()).data

    def fresh(self, pk):
        return self.get_queryset().get(pk=pk)

    def current_etag(self, pk) -> str | None:
        """The ETag of the record as GET shows it now; None when there is no such record."""
        version = record_version(self.version_queryset(), pk, self.serializer_class)
        if version is None:
            return None
        context = representation_context(
            self.request,
            self.serializer_class,
            as_of=as_of_from(self.request),
            shows_days=self.shows_days,
        )
        return etag_from_version(version, context=context)

    def version_queryset(self):
        """The records a detail's version is read from: those `get_object` reads it from, the
        list's filters applied. Without query parameters no filter applies, so the filter
        backends (a django-filter form built and validated) are skipped."""
        if not self.request.query_params:
            return self.get_queryset()
        return self.filter_queryset(self.get_queryset())

    def locked_object(self):
        """The record, locked for this transaction, after checking If-Match against it."""
        record = self.get_object()
        record.lock_row()
        record = self.get_object()
        header = self.request.headers.get("If-Match")
        if header is not None and not etag_matches(header, self.current_etag(record.pk) or ""):
            raise PreconditionFailed()
        return record

    def retrieve(self, request, *args, **kwargs):
        # Read before the record, so that a change in between gives an older ETag (a later
        # 200), never a newer one that would keep a client on what it read before the change.
        etag = self.current_etag(kwargs[self.lookup_url_kwarg or self.lookup_field])
        header = request.headers.get("If-None-Match")
        if etag is not None and header is not None and etag_matches(header, etag):
            return Response(status=status.HTTP_304_NOT_MODIFIED, headers={"ETag": etag})
        response = super().retrieve(request, *args, **kwargs)
        # (None only when the record appeared between the two reads.)
        response["ETag"] = etag or etag_for(response.data)
        return response

    def create(self, request, *args, **kwargs):
        with transaction.atomic():
            serializer = self.get_serializer(data=request.data)
            serializer.is_valid(raise_exception=True)
            record = serializer.save()
        return self.record_response(record.pk, status.HTTP_201_CREATED)

    def update(self, request, *args, **kwargs):
        partial = kwargs.pop("partial", False)
        with transaction.atomic():
            record = self.locked_object()
            serializer = self.get_serializer(record, data=request.data, partial=partial)
            serializer.is_valid(raise_exception=True)
            serializer.save()
        return self.record_response(record.pk, status.HTTP_200_OK)

    def destroy(self, request, *args, **kwargs):
        with transaction.atomic():
            self.locked_object().delete()
        return Response(status=status.HTTP_204_NO_CONTENT)

    def record_response(self, pk, status_code):
        etag = self.current_etag(pk)
        data = self.representation(self.fresh(pk))
        return Response(data, status=status_code, headers={"ETag": etag})

    @action(detail=True, methods=["get"], filter_backends=[])
    def history(self, request, pk=None):
        """The audit trail of the record, oldest first: who changed which fields, when. It stays
        readable after the record is deleted."""
        try:
            record_id = int(pk)
        except ValueError as error:
            raise NotFound() from error
        history_model = self.queryset.model.history.model
        rows = (
            history_model.objects.filter(id=record_id)
            .select_related("history_user")
            .order_by("history_date", "history_id")
        )
        if self.wants_csv():
            if not rows.exists():
                raise NotFound("This record has no history.")
            return csv_response(
                rows,
                HistoryEntrySerializer,
                self.get_serializer_context(),
                name=f"{self.basename}-{record_id}-history",
                prepare=partial(attach_changes_to_chunk, history_model),
            )
        page = self.paginate_queryset(rows)
        if not page and not rows.exists():
            raise NotFound("This record has no history.")
        attach_changes(history_model, page)
        return self.get_paginated_response(self.get_serializer(page, many=True).data)


def attach_changes_to_chunk(history_model, rows: list) -> list:
    """A chunk of one record's consecutive trail (oldest first), each row with its changes;
    the chunk's first row is diffed against the row before it, read from the database."""
    attach_changes(history_model, rows)
    return rows


AS_OF_PARAMETER = OpenApiParameter(
    "as_of",
    OpenApiTypes.DATE,
    description="Answer as the records stood on this date (YYYY-MM-DD): statuses, days pending "
    "and overdue. Records with no status recorded by then are left out (a detail answers 404).",
)


class StatusLoggedViewSet(RecordViewSet):
    """Processes, proposals and responses: `?as_of=` reads and the dated status log."""

    status_change_serializer_class: type
    # Whether the representation reads the record's log without `?as_of=` too (a response's
    # `overdue` is its status today); otherwise the log is read, and prefetched, only as of a
    # date, and a page of proposals does not load a log it never shows.
    reads_log_without_as_of = False

    def get_queryset(self):
        queryset = super().get_queryset()
        as_of = as_of_from(self.request)
        if as_of is not None or self.reads_log_without_as_of:
            queryset = queryset.prefetch_related("status_changes")
        if as_of is not None:
            # The serializer reads the status on that day from the prefetched log; `?status=`
            # annotates it where it filters by it (filters.StatusFilterSet).
            queryset = queryset.logged_by(as_of)
        return queryset

    def get_serializer_context(self):
        return {**super().get_serializer_context(), "as_of": as_of_from(self.request)}

    def get_serializer_class(self):
        if self.action in ("status_changes", "retract_status_change"):
            return self.status_change_serializer_class
        return super().get_serializer_class()

    @action(detail=True, methods=["get", "post"], url_path="status-changes", filter_backends=[])
    def status_changes(self, request, pk=None):
        """GET: the record's dated status log, oldest first. POST: record a change; where it is
        the latest, it becomes the record's current status."""
        if request.method == "GET":
            changes = (
                self.get_object()
                .status_changes.select_related("recorded_by", "retracted_by")
                .prefetch_related("sources")
            )
            if self.wants_csv():
                return csv_response(
                    changes,
                    self.get_serializer_class(),
                    self.get_serializer_context(),
                    name=f"{self.basename}-{pk}-status-changes",
                )
            page = self.paginate_queryset(changes)
            return self.get_paginated_response(self.get_serializer(page, many=True).data)
        with transaction.atomic():
            record = self.locked_object()
            serializer = self.get_serializer(
                data=request.data, context={**self.get_serializer_context(), "record": record}
            )
            serializer.is_valid(raise_exception=True)
            change = serializer.save()
        data = self.get_serializer(change).data
        return Response(data, status=status.HTTP_201_CREATED, headers={"ETag": etag_for(data)})

    @extend_schema(
        request=serializers.RetractionSerializer,
        parameters=[
            OpenApiParameter(
                "change_id", OpenApiTypes.INT, OpenApiParameter.PATH, description="The entry's id."
            )
        ],
    )
    @action(
        detail=True,
        methods=["post"],
        url_path=r"status-changes/(?P<change_id>[^/]+)/retract",
        filter_backends=[],
    )
    def retract_status_change(self, request, pk=None, change_id=None):
        """Retract a mistaken entry of the log, giving the reason: it stays in the log, and
        the current and "as of" statuses ignore it from then on. Answers the retracted entry;
        409 when it was already retracted, or is the last live entry."""
        if not change_id.isdecimal():
            raise NotFound("This record has no status change with that id.")
        with transaction.atomic():
            record = self.locked_object()
            change = record.status_changes.filter(pk=int(change_id)).first()
            if change is None:
                raise NotFound("This record has no status change with that id.")
            retraction = serializers.RetractionSerializer(data=request.data)
            retraction.is_valid(raise_exception=True)
            try:
                change = record.retract_status_change(
                    change, reason=retraction.validated_data["reason"], retracted_by=request.user
                )
            except RetractionRefused as refused:
                return Response({"detail": refused.messages[0]}, status=status.HTTP_409_CONFLICT)
        data = self.get_serializer(change).data
        return Response(data, status=status.HTTP_200_OK, headers={"ETag": etag_for(data)})


def with_sources(queryset):
    return queryset.prefetch_related(shown("sources"))


class SourceViewSet(RecordViewSet):
    queryset = models.Source.objects.all()
    serializer_class = serializers.SourceSerializer
    filterset_class = filters.SourceFilterSet
    search_fields = ["title", "publisher", "author", "excerpt"]
    ordering_fields = ["title", "published_on", "created_at", "updated_at"]


class DuplicateCandidatesSerializer(drf_serializers.Serializer):
    detail = drf_serializers.CharField()
    candidates = serializers.ActorCandidateSerializer(many=True)


class MergeConflictEntrySerializer(drf_serializers.Serializer):
    resource = drf_serializers.CharField()
    id = drf_serializers.IntegerField()
    name = drf_serializers.CharField()
    message = drf_serializers.CharField(help_text="The rule the merge would break.")


class MergeConflictSerializer(drf_serializers.Serializer):
    detail = drf_serializers.CharField()
    conflicts = MergeConflictEntrySerializer(many=True)


DUPLICATE_RESPONSE = OpenApiResponse(
    DuplicateCandidatesSerializer,
    description="The names match an actor already recorded; send `confirm_new: true` to "
    "write it all the same.",
)


@extend_schema_view(
    create=extend_schema(responses={201: serializers.ActorSerializer, 409: DUPLICATE_RESPONSE}),
    update=extend_schema(responses={200: serializers.ActorSerializer, 409: DUPLICATE_RESPONSE}),
    partial_update=extend_schema(
        responses={200: serializers.ActorSerializer, 409: DUPLICATE_RESPONSE}
    ),
    retrieve=extend_schema(
        responses={
            200: serializers.ActorSerializer,
            301: OpenApiResponse(
                description="The actor was merged into another: `Location` is the survivor's."
            ),
        }
    ),
)
class ActorViewSet(RecordViewSet):
    queryset = models.Actor.objects.select_related("parent")
    serializer_class = serializers.ActorSerializer
    filterset_class = filters.ActorFilterSet
    search_fields = ["name", "short_name", "description", "aliases"]
    ordering_fields = ["name", "short_name", "created_at", "updated_at"]

    def get_serializer_class(self):
        if self.action == "list" and self.request.query_params.get("similar_to"):
            return serializers.SimilarActorSerializer
        if self.action == "merge":
            return serializers.MergeSerializer
        return super().get_serializer_class()

    def retrieve(self, request, *args, **kwargs):
        try:
            return super().retrieve(request, *args, **kwargs)
        except Http404:
            merged = models.MergedActor.objects.filter(pk=merged_id(kwargs["pk"])).first()
            if merged is None:
                raise
            location = reverse("api:actor-detail", args=[merged.into_id], request=request)
            return Response(
                status=status.HTTP_301_MOVED_PERMANENTLY, headers={"Location": location}
            )

    @extend_schema(
        request=serializers.MergeSerializer,
        responses={
            200: serializers.ActorSerializer,
            409: OpenApiResponse(
                MergeConflictSerializer,
                description="Moving the references would break a rule; nothing was changed.",
            ),
        },
    )
    @action(detail=True, methods=["post"], filter_backends=[])
    def merge(self, request, pk=None):
        """Merge this actor into `into`: every reference moves to `into`, this actor's names
        become its aliases, and this actor is deleted (its address then answers 301)."""
        with transaction.atomic():
            actor = self.locked_object()
            merge = self.get_serializer(data=request.data, context={"actor": actor})
            merge.is_valid(raise_exception=True)
            survivor = merge_actor(actor, into=merge.validated_data["into"], merged_by=request.user)
        return self.record_response(survivor.pk, status.HTTP_200_OK)


def merged_id(pk) -> int | None:
    """The id in an address, if it can be one (any other text leads to no merged actor)."""
    try:
        return int(pk)
    except ValueError:
        return None


class PositionViewSet(RecordViewSet):
    queryset = with_sources(models.Position.objects.select_related("person", "organization"))
    serializer_class = serializers.PositionSerializer
    filterset_class = filters.PositionFilterSet
    search_fields = ["title"]
    ordering_fields = ["title", "start", "end", "created_at", "updated_at"]


class LocationViewSet(RecordViewSet):
    queryset = models.Location.objects.all()
    serializer_class = serializers.LocationSerializer
    filterset_class = filters.LocationFilterSet
    search_fields = ["name"]
    ordering_fields = ["name", "created_at", "updated_at"]


@extend_schema_view(list=extend_schema(parameters=[AS_OF_PARAMETER]))
@extend_schema_view(retrieve=extend_schema(parameters=[AS_OF_PARAMETER]))
class ProcessViewSet(StatusLoggedViewSet):
    queryset = models.NegotiationProcess.objects.prefetch_related(shown("parties"))
    serializer_class = serializers.ProcessSerializer
    status_change_serializer_class = serializers.ProcessStatusChangeSerializer
    filterset_class = filters.ProcessFilterSet
    search_fields = ["title", "summary"]
    ordering_fields = ["title", "started_on", "ended_on", "created_at", "updated_at"]


class MediatorViewSet(RecordViewSet):
    queryset = with_sources(models.Mediator.objects.select_related("process", "actor"))
    serializer_class = serializers.MediatorSerializer
    filterset_class = filters.MediatorFilterSet
    search_fields = ["notes"]
    ordering_fields = ["since", "until", "created_at", "updated_at"]


class PartyViewSet(RecordViewSet):
    queryset = with_sources(models.Party.objects.select_related("process", "actor"))
    serializer_class = serializers.PartySerializer
    filterset_class = filters.PartyFilterSet
    search_fields = ["side"]
    ordering_fields = ["since", "until", "created_at", "updated_at"]


@extend_schema_view(list=extend_schema(parameters=[AS_OF_PARAMETER]))
@extend_schema_view(retrieve=extend_schema(parameters=[AS_OF_PARAMETER]))
class ProposalViewSet(StatusLoggedViewSet):
    queryset = with_sources(
        models.Proposal.objects.select_related("process", "announced_by", "supersedes")
    ).prefetch_related(
        shown("authors"),
        shown("phases", queryset=models.Phase.objects.prefetch_related(shown("provisions"))),
        shown(
            "responses",
            queryset=models.Response.objects.select_related("respondent").prefetch_related(
                "status_changes"
            ),
        ),
    )
    serializer_class = serializers.ProposalSerializer
    shows_days = True  # its responses' days pending and overdue
    status_change_serializer_class = serializers.ProposalStatusChangeSerializer
    filterset_class = filters.ProposalFilterSet
    search_fields = ["title", "short_name", "summary", "full_text"]
    ordering_fields = ["title", "short_name", "announced_on", "created_at", "updated_at"]


@extend_schema_view(list=extend_schema(parameters=[AS_OF_PARAMETER]))
@extend_schema_view(retrieve=extend_schema(parameters=[AS_OF_PARAMETER]))
class ResponseViewSet(StatusLoggedViewSet):
    queryset = with_sources(
        models.Response.objects.select_related("proposal", "respondent", "counter_proposal")
    )
    serializer_class = serializers.ResponseSerializer
    shows_days = True
    reads_log_without_as_of = True  # `overdue` is read from the status today
    status_change_serializer_class = serializers.ResponseStatusChangeSerializer
    filterset_class = filters.ResponseFilterSet
    search_fields = ["summary"]
    ordering_fields = [
        "requested_on",
        "due_on",
        "responded_on",
        "respondent__name",
        "created_at",
        "updated_at",
    ]


class MeetingViewSet(RecordViewSet):
    queryset = with_sources(
        models.Meeting.objects.select_related("process", "location", "trip")
    ).prefetch_related(
        shown("proposals"),
        shown("participants", queryset=models.Participant.objects.select_related("actor")),
    )
    serializer_class = serializers.MeetingSerializer
    filterset_class = filters.MeetingFilterSet
    search_fields = ["title", "summary", "outcome"]
    ordering_fields = ["date", "title", "created_at", "updated_at"]


class TripViewSet(RecordViewSet):
    queryset = with_sources(models.Trip.objects.select_related("traveller")).prefetch_related(
        shown("stops", queryset=models.TripStop.objects.select_related("location"))
    )
    serializer_class = serializers.TripSerializer
    filterset_class = filters.TripFilterSet
    search_fields = ["title", "purpose"]
    ordering_fields = ["start", "end", "title", "ordinal", "created_at", "updated_at"]


class StatementViewSet(RecordViewSet):
    queryset = with_sources(
        models.Statement.objects.select_related("speaker", "process", "proposal", "meeting")
    )
    serializer_class = serializers.StatementSerializer
    filterset_class = filters.StatementFilterSet
    search_fields = ["text", "audience"]
    ordering_fields = ["date", "created_at", "updated_at"]


class EventViewSet(RecordViewSet):
    queryset = with_sources(
        models.Event.objects.select_related("location", "process")
    ).prefetch_related(shown("actors"))
    serializer_class = serializers.EventSerializer
    filterset_class = filters.EventFilterSet
    search_fields = ["title", "description"]
    ordering_fields = ["date", "title", "created_at", "updated_at"]


# The contract's resources: URL prefix and viewset (hence model), in one table that the router,
# the changes feed and error messages share.
RESOURCES = {
    "actors": ActorViewSet,
    "positions": PositionViewSet,
    "locations": LocationViewSet,
    "sources": SourceViewSet,
    "processes": ProcessViewSet,
    "mediators": MediatorViewSet,
    "parties": PartyViewSet,
    "proposals": ProposalViewSet,
    "responses": ResponseViewSet,
    "meetings": MeetingViewSet,
    "trips": TripViewSet,
    "statements": StatementViewSet,
    "events": EventViewSet,
}

MODELS = {route: viewset.queryset.model for route, viewset in RESOURCES.items()}


def route_for_model(model) -> str | None:
    for route, resource_model in MODELS.items():
        if resource_model is model:
            return route
    return None
