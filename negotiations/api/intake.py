"""Article intake over the API (design/api.md, "Article intake"): take an article in, read its
candidates, accept the chosen ones. The work is the model's (Intake) and
negotiations.intake.accept's; this module translates HTTP."""

from django.db import transaction
from drf_spectacular.utils import OpenApiResponse, extend_schema, extend_schema_field
from rest_framework import mixins, serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from negotiations.api.policies import etag_for, etag_matches
from negotiations.api.serializers import SourceSerializer
from negotiations.api.views import SafeQueryParamsMixin
from negotiations.intake.accept import MAX_KEYS, AcceptRefused
from negotiations.limits import INTAKE_TEXT_MAX_LENGTH
from negotiations.models import Intake

# The candidates' shapes, for the schema: what negotiations.intake.extract drafts.


class IntakeMatchedSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()


class IntakeCandidateSerializer(serializers.Serializer):
    key = serializers.CharField(help_text="Stable for this intake; accept and edits name it.")
    span = serializers.ListField(
        child=serializers.IntegerField(),
        min_length=2,
        max_length=2,
        help_text="[start, end] character offsets into the intake's text.",
    )


class IntakeActorCandidateSerializer(IntakeCandidateSerializer):
    name = serializers.CharField(help_text="As written.")
    actor = IntakeMatchedSerializer(allow_null=True, help_text="The matched actor, or null.")
    kind = serializers.CharField(help_text="Guessed for a new actor.")
    similar = IntakeMatchedSerializer(
        many=True, required=False, help_text="Actors of similar names."
    )


class IntakeQuoteCandidateSerializer(IntakeCandidateSerializer):
    text = serializers.CharField()
    speaker = IntakeMatchedSerializer(allow_null=True)
    speaker_name = serializers.CharField(allow_blank=True)
    date = serializers.DateField(allow_null=True)


class IntakeDateCandidateSerializer(IntakeCandidateSerializer):
    text = serializers.CharField()
    date = serializers.DateField()
    precision = serializers.CharField(help_text="`day`, `month` or `year`.")


class IntakeParticipantCandidateSerializer(serializers.Serializer):
    name = serializers.CharField()
    actor = IntakeMatchedSerializer(allow_null=True)


class IntakeMeetingCandidateSerializer(IntakeCandidateSerializer):
    title = serializers.CharField()
    date = serializers.DateField(allow_null=True)
    date_precision = serializers.CharField(help_text="`day`, `month` or `year`.")
    location = IntakeMatchedSerializer(allow_null=True)
    location_name = serializers.CharField(allow_blank=True, allow_null=True)
    participants = IntakeParticipantCandidateSerializer(many=True)
    proposals = IntakeMatchedSerializer(many=True)


class IntakeEventCandidateSerializer(IntakeCandidateSerializer):
    title = serializers.CharField()
    date = serializers.DateField(allow_null=True)
    date_precision = serializers.CharField(help_text="`day`, `month` or `year`.")
    kind = serializers.CharField()
    location_name = serializers.CharField(allow_blank=True, allow_null=True)


class IntakeStatusSignalCandidateSerializer(IntakeCandidateSerializer):
    respondent = IntakeMatchedSerializer(allow_null=True)
    respondent_name = serializers.CharField(allow_blank=True)
    proposal = IntakeMatchedSerializer(allow_null=True)
    status = serializers.CharField(help_text="A response status.")
    changed_on = serializers.DateField(allow_null=True)


class IntakeCandidatesSerializer(serializers.Serializer):
    actors = IntakeActorCandidateSerializer(many=True)
    quotes = IntakeQuoteCandidateSerializer(many=True)
    dates = IntakeDateCandidateSerializer(many=True)
    meetings = IntakeMeetingCandidateSerializer(many=True)
    events = IntakeEventCandidateSerializer(many=True)
    status_signals = IntakeStatusSignalCandidateSerializer(many=True)


class IntakeAcceptedRecordSerializer(serializers.Serializer):
    resource = serializers.CharField(help_text="Such as `actors` or `statements`.")
    id = serializers.IntegerField()
    created = serializers.BooleanField(
        help_text="False where the candidate was matched to a record already there."
    )


class IntakeSerializer(serializers.ModelSerializer):
    source = SourceSerializer(read_only=True)
    candidates = serializers.SerializerMethodField()
    accepted = serializers.SerializerMethodField()

    class Meta:
        model = Intake
        fields = ["id", "source", "text", "language", "candidates", "accepted", "created_at"]

    @extend_schema_field(IntakeCandidatesSerializer)
    def get_candidates(self, intake) -> dict:
        # Stored as drafted: the review reads the same candidates every time.
        return intake.candidates

    @extend_schema_field(serializers.DictField(child=IntakeAcceptedRecordSerializer()))
    def get_accepted(self, intake) -> dict:
        return {
            record.key: {
                "resource": record.resource,
                "id": record.object_id,
                "created": record.created,
            }
            for record in intake.records.all()
        }


class IntakeArticleSerializer(serializers.Serializer):
    text = serializers.CharField(max_length=INTAKE_TEXT_MAX_LENGTH, trim_whitespace=False)
    url = serializers.URLField(max_length=500, required=False, allow_blank=True, default="")
    title = serializers.CharField(max_length=300, required=False, allow_blank=True, default="")
    publisher = serializers.CharField(max_length=200, required=False, allow_blank=True, default="")
    published_on = serializers.DateField()
    language = serializers.CharField(max_length=8, required=False, allow_blank=True, default="en")

    def validate_text(self, text):
        if "\x00" in text:
            raise serializers.ValidationError("Null characters are not allowed.")
        if not text.strip():
            raise serializers.ValidationError("This field may not be blank.")
        return text


class IntakeAcceptRequestSerializer(serializers.Serializer):
    accept = serializers.ListField(
        child=serializers.CharField(max_length=100), max_length=MAX_KEYS, help_text="Keys."
    )
    edits = serializers.DictField(
        child=serializers.DictField(),
        required=False,
        default=dict,
        help_text="{key: {field: value}}: another actor (an id), a date (YYYY-MM-DD)...",
    )


class IntakeAcceptResultSerializer(serializers.Serializer):
    created = serializers.DictField(
        child=serializers.ListField(child=serializers.IntegerField()),
        help_text="The ids created, by kind: actors, statements, meetings, events, responses, "
        "status_changes.",
    )
    skipped = serializers.DictField(
        child=serializers.CharField(), help_text="Keys not acted on, with the reason."
    )


class IntakeViewSet(
    SafeQueryParamsMixin,
    mixins.CreateModelMixin,
    mixins.RetrieveModelMixin,
    viewsets.GenericViewSet,
):
    """An article stored as a source, with the candidate records drafted from it."""

    queryset = Intake.objects.select_related("source").prefetch_related("records")
    serializer_class = IntakeSerializer
    lookup_value_regex = "[^/]+"
    filter_backends: list = []

    def get_object(self):
        if not str(self.kwargs.get("pk", "")).isdecimal():
            from rest_framework.exceptions import NotFound

            raise NotFound()
        return super().get_object()

    def get_serializer_class(self):
        if self.action == "create":
            return IntakeArticleSerializer
        if self.action == "accept":
            return IntakeAcceptRequestSerializer
        return IntakeSerializer

    def answer(self, intake, status_code):
        data = IntakeSerializer(intake, context=self.get_serializer_context()).data
        return Response(data, status=status_code, headers={"ETag": etag_for(data)})

    @extend_schema(request=IntakeArticleSerializer, responses={201: IntakeSerializer})
    def create(self, request, *args, **kwargs):
        article = IntakeArticleSerializer(data=request.data)
        article.is_valid(raise_exception=True)
        intake = Intake.objects.create_from_article(
            **article.validated_data, created_by=request.user
        )
        return self.answer(self.get_queryset().get(pk=intake.pk), status.HTTP_201_CREATED)

    def retrieve(self, request, *args, **kwargs):
        data = IntakeSerializer(self.get_object(), context=self.get_serializer_context()).data
        etag = etag_for(data)
        header = request.headers.get("If-None-Match")
        if header is not None and etag_matches(header, etag):
            return Response(status=status.HTTP_304_NOT_MODIFIED, headers={"ETag": etag})
        return Response(data, headers={"ETag": etag})

    @extend_schema(
        request=IntakeAcceptRequestSerializer,
        responses={
            201: IntakeAcceptResultSerializer,
            400: OpenApiResponse(description="{key: {field: [messages]}}: nothing was created."),
        },
    )
    @action(detail=True, methods=["post"])
    def accept(self, request, pk=None):
        """Create the records of the chosen candidates, corrected by `edits`, in one
        transaction, each citing the article's source. A key accepted before creates nothing
        more (it is listed in `skipped`)."""
        intake = self.get_object()
        chosen = IntakeAcceptRequestSerializer(data=request.data)
        chosen.is_valid(raise_exception=True)
        try:
            with transaction.atomic():
                acceptance = intake.accept(
                    chosen.validated_data["accept"],
                    chosen.validated_data["edits"],
                    user=request.user,
                )
        except AcceptRefused as refused:
            return Response(refused.errors, status=status.HTTP_400_BAD_REQUEST)
        return Response(
            {"created": acceptance.created, "skipped": acceptance.skipped},
            status=status.HTTP_201_CREATED,
        )
