"""The contract's resources as serializers: they translate between JSON and the models.

Every write runs the model's own rules (see validation.py) before it is saved; relations are
written as ids and read as {id, name} or {id, title} (see fields.py).
"""

import copy
import datetime

from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import models as django_models
from django.utils import timezone
from django.utils.functional import cached_property
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from negotiations import models
from negotiations.api.fields import (
    DateTimeField,
    RecordUrlField,
    RelatedObjectField,
    TextField,
    UserField,
    prefetched_rows,
    prohibit_surrogates,
)
from negotiations.api.validation import errors_from_django, model_errors, raise_model_errors
from negotiations.identity import refuse_possible_duplicates
from negotiations.limits import (
    ALIAS_MAX_LENGTH,
    LIST_MAX_ITEMS,
    MAX_ALIASES,
    max_items_validator,
    text_max_length,
)

# The integer columns' ranges on PostgreSQL. SQLite stores any 64-bit integer; the same request
# must fail alike on both databases, with a 400 rather than a database error.
INTEGER_RANGES = {
    "SmallIntegerField": (-32768, 32767),
    "PositiveSmallIntegerField": (0, 32767),
    "IntegerField": (-2147483648, 2147483647),
    "PositiveIntegerField": (0, 2147483647),
    "BigIntegerField": (-9223372036854775808, 9223372036854775807),
    "PositiveBigIntegerField": (0, 9223372036854775807),
}

COMMON_FIELDS = ["id", "url"]
EDIT_TIMES = ["created_at", "updated_at"]


def label_field_for(model) -> str:
    """The field a relation to `model` is read with: its name, or else its title."""
    field_names = {field.name for field in model._meta.get_fields()}
    return "name" if "name" in field_names else "title"


class ReadableFieldsOnceMixin:
    """DRF walks the serializer's fields anew for every row (a generator over every field,
    filtered on `write_only`); a serializer's fields are fixed once built, so its readable ones
    are listed once and each row of a page reads the same tuple."""

    @cached_property
    def _readable_fields(self):
        return tuple(field for field in self.fields.values() if not field.write_only)


class ContractModelSerializer(ReadableFieldsOnceMixin, serializers.ModelSerializer):
    """Relations as ids in, small objects out; text that the database can store."""

    serializer_related_field = RelatedObjectField
    serializer_field_mapping = {
        **serializers.ModelSerializer.serializer_field_mapping,
        django_models.DateTimeField: DateTimeField,
    }

    def build_relational_field(self, field_name, relation_info):
        field_class, field_kwargs = super().build_relational_field(field_name, relation_info)
        field_kwargs["label_field"] = label_field_for(relation_info.related_model)
        return field_class, field_kwargs

    def build_standard_field(self, field_name, model_field):
        field_class, field_kwargs = super().build_standard_field(field_name, model_field)
        if issubclass(field_class, serializers.CharField):
            field_kwargs["validators"] = [*field_kwargs.get("validators", []), prohibit_surrogates]
            if field_kwargs.get("max_length") is None and isinstance(
                model_field, django_models.TextField
            ):
                field_kwargs["max_length"] = text_max_length(model_field)
        bounds = INTEGER_RANGES.get(model_field.get_internal_type())
        if issubclass(field_class, serializers.IntegerField) and bounds:
            low, high = bounds
            field_kwargs["min_value"] = max(field_kwargs.get("min_value", low), low)
            field_kwargs["max_value"] = min(field_kwargs.get("max_value", high), high)
        return field_class, field_kwargs

    def get_fields(self):
        """Every writable list (relations, nested records) takes at most LIST_MAX_ITEMS."""
        fields = super().get_fields()
        for field in fields.values():
            if isinstance(field, serializers.ListSerializer) and not field.read_only:
                # Checked before any item is, so a huge list costs nothing.
                field.max_length = field.max_length or LIST_MAX_ITEMS
                field.validators.append(max_items_validator(field.max_length))
        return fields


class RecordSerializer(ContractModelSerializer):
    """A contract resource: id, url, its fields and edit times; the model's rules on write."""

    def build_url_field(self, field_name, model_class):
        return RecordUrlField, {"view_name": f"api:{self.Meta.route}-detail"}

    def get_validators(self):
        # Uniqueness and constraints are the model's to judge (validate() below), keyed to the
        # field that repeats rather than DRF's generic unique-together message.
        return []

    def validate(self, attrs):
        attrs = super().validate(attrs)
        raise_model_errors(self.instance_for_validation(attrs), exclude=self.excluded_from_clean())
        return attrs

    def instance_for_validation(self, attrs):
        """The record as it would be saved, built without touching the stored one."""
        model = self.Meta.model
        plain = {
            name: value
            for name, value in attrs.items()
            if isinstance(model._meta.get_field(name), django_models.Field)
            and not model._meta.get_field(name).many_to_many
        }
        if self.instance is None:
            return model(**plain)
        # A model instance copies as it pickles (Model.__getstate__): with its own state and its
        # own cache of related records, so setting a relation here leaves the stored one alone.
        candidate = copy.copy(self.instance)
        for name, value in plain.items():
            setattr(candidate, name, value)
        return candidate

    def excluded_from_clean(self) -> list[str]:
        """Model fields the serializer does not write: their stored values are not re-judged."""
        written = set(self.fields)
        return [
            field.name
            for field in self.Meta.model._meta.concrete_fields
            if field.name not in written and field.editable
        ]


class SourceSerializer(RecordSerializer):
    # A source's `url` is the contract's field: where it was published. It has no API address
    # field, since the two cannot share the name; its id locates it.
    class Meta:
        model = models.Source
        route = "source"
        fields = [
            "id",
            "title",
            "url",
            "publisher",
            "author",
            "published_on",
            "language",
            "excerpt",
            "reliability",
            "credibility",
            *EDIT_TIMES,
        ]


class ActorSerializer(RecordSerializer):
    aliases = serializers.ListField(
        child=TextField(max_length=ALIAS_MAX_LENGTH),
        required=False,
        max_length=MAX_ALIASES,
        help_text="Other names.",
    )
    confirm_new = serializers.BooleanField(
        write_only=True,
        required=False,
        default=False,
        help_text="Create (or rename) the actor even though its names match an actor already "
        "recorded; without it such a write answers 409 with the candidates.",
    )

    def validate(self, attrs):
        confirmed = attrs.pop("confirm_new", False)
        attrs = super().validate(attrs)
        refuse_possible_duplicates(self.instance_for_validation(attrs), confirmed=confirmed)
        return attrs

    class Meta:
        model = models.Actor
        route = "actor"
        fields = [
            *COMMON_FIELDS,
            "name",
            "slug",
            "kind",
            "short_name",
            "aliases",
            "country",
            "parent",
            "wikidata_id",
            "description",
            *EDIT_TIMES,
            "confirm_new",
        ]


class ActorCandidateSerializer(serializers.ModelSerializer):
    """An actor that a name may spell, with how well it matched."""

    matched_on = serializers.ChoiceField(
        choices=models.ActorName.Field.choices,
        help_text="Which of the actor's names matched: its name, short name or an alias.",
    )
    matched_name = serializers.CharField(help_text="That name as recorded.")
    score = serializers.SerializerMethodField(
        help_text="1 for the same name up to case, accents, punctuation, spacing and "
        "transliteration; otherwise the trigram similarity, 0 to 1."
    )

    class Meta:
        model = models.Actor
        fields = ["id", "name", "slug", "matched_on", "matched_name", "score"]

    def get_score(self, actor) -> float:
        return round(actor.score, 3)


class SimilarActorSerializer(ActorSerializer):
    """An actor of `?similar_to=`, with its score."""

    matched_on = serializers.CharField(read_only=True)
    matched_name = serializers.CharField(read_only=True)
    score = serializers.SerializerMethodField()

    class Meta(ActorSerializer.Meta):
        fields = [*ActorSerializer.Meta.fields, "matched_on", "matched_name", "score"]

    def get_score(self, actor) -> float:
        return round(actor.score, 3)


class MergeSerializer(serializers.Serializer):
    into = RelatedObjectField(
        queryset=models.Actor.objects.all(), help_text="The id of the actor that stays."
    )

    def validate_into(self, into):
        if into.pk == self.context["actor"].pk:
            raise serializers.ValidationError("An actor cannot be merged into itself.")
        return into


class PositionSerializer(RecordSerializer):
    class Meta:
        model = models.Position
        route = "position"
        fields = [
            *COMMON_FIELDS,
            "person",
            "organization",
            "title",
            "start",
            "end",
            "sources",
            *EDIT_TIMES,
        ]


class LocationSerializer(RecordSerializer):
    class Meta:
        model = models.Location
        route = "location"
        fields = [
            *COMMON_FIELDS,
            "name",
            "kind",
            "country",
            "latitude",
            "longitude",
            *EDIT_TIMES,
        ]


class MediatorSerializer(RecordSerializer):
    class Meta:
        model = models.Mediator
        route = "mediator"
        fields = [
            *COMMON_FIELDS,
            "process",
            "actor",
            "role",
            "since",
            "until",
            "notes",
            "sources",
            *EDIT_TIMES,
        ]


class PartySerializer(RecordSerializer):
    class Meta:
        model = models.Party
        route = "party"
        fields = [
            *COMMON_FIELDS,
            "process",
            "actor",
            "side",
            "since",
            "until",
            "sources",
            *EDIT_TIMES,
        ]


class StatusLoggedSerializer(RecordSerializer):
    """A record whose status is its latest dated change; `as_of` in the context reads the
    status as it stood that day. Writing `status` records a change dated today."""

    def to_representation(self, instance):
        data = super().to_representation(instance)
        if self.context.get("as_of"):
            data["status"] = instance.status_on(self.context["as_of"])
        return data

    def create(self, validated_data):
        """The record with the opening entry of its log, dated the day it began and naming
        the analyst."""
        model = self.Meta.model
        links = {
            name: validated_data.pop(name)
            for name in list(validated_data)
            if model._meta.get_field(name).many_to_many
        }
        record = model(**validated_data)
        try:
            record.save_with_opening_entry(recorded_by=self.acting_user())
        except DjangoValidationError as error:
            raise serializers.ValidationError(errors_from_django(error)) from error
        for name, related in links.items():
            getattr(record, name).set(related)
        return record

    def update(self, instance, validated_data):
        new_status = validated_data.pop("status", instance.status)
        record = super().update(instance, validated_data)
        if new_status != record.status:
            try:
                record.change_status(
                    new_status,
                    changed_on=timezone.localdate(),
                    note="Status set directly.",
                    recorded_by=self.acting_user(),
                )
            except DjangoValidationError as error:
                messages = [m for ms in errors_from_django(error).values() for m in ms]
                raise serializers.ValidationError({"status": messages}) from error
        return record

    def acting_user(self):
        request = self.context.get("request")
        user = getattr(request, "user", None)
        return user if user is not None and user.is_authenticated else None


class ProcessSerializer(StatusLoggedSerializer):
    # Read from the party rows, each actor once; writing the list creates rows without dates
    # for new parties and removes the rows of those left out (see NegotiationProcess.set_parties).
    parties = RelatedObjectField(
        many=True,
        required=False,
        queryset=models.Actor.objects.all(),
        label_field="name",
        help_text="Actor ids; each party's side, period and sources are in parties/.",
    )

    class Meta:
        model = models.NegotiationProcess
        route = "process"
        fields = [
            *COMMON_FIELDS,
            "title",
            "slug",
            "summary",
            "status",
            "started_on",
            "ended_on",
            "parties",
            *EDIT_TIMES,
        ]

    def to_representation(self, instance):
        data = super().to_representation(instance)
        # An actor with several periods has several rows: the list names each party once.
        data["parties"] = list({party["id"]: party for party in data["parties"]}.values())
        return data

    def create(self, validated_data):
        parties = validated_data.pop("parties", None)
        record = super().create(validated_data)
        if parties is not None:
            record.set_parties(parties)
        return record

    def update(self, instance, validated_data):
        parties = validated_data.pop("parties", None)
        record = super().update(instance, validated_data)
        if parties is not None:
            record.set_parties(parties)
        return record


class NestedListSerializer(serializers.ListSerializer):
    """A record's nested list (phases, participants, responses), read from its prefetched rows
    without building a related manager for each record (see fields.prefetched_rows)."""

    def get_attribute(self, instance):
        rows = prefetched_rows(instance, self.source_attrs)
        return rows if rows is not None else super().get_attribute(instance)


class PositionalErrorsListSerializer(NestedListSerializer):
    """A nested list's errors as a list with one entry per item, {} for the good ones, such as
    {"phases": [{}, {"number": ["..."]}]}: the shape the contract gives (DRF's own default is
    becoming a dict keyed by index)."""

    def to_internal_value(self, data):
        try:
            return super().to_internal_value(data)
        except serializers.ValidationError as error:
            by_index = error.detail
            if (
                isinstance(by_index, dict)
                and by_index
                and all(isinstance(k, int) for k in by_index)
            ):
                raise serializers.ValidationError(
                    [by_index.get(index, {}) for index in range(len(data))]
                ) from error
            raise


class ProvisionSerializer(ContractModelSerializer):
    class Meta:
        list_serializer_class = PositionalErrorsListSerializer
        model = models.Provision
        fields = ["id", "topic", "text"]


class PhaseSerializer(ContractModelSerializer):
    number = serializers.IntegerField(min_value=1, max_value=32767)
    provisions = ProvisionSerializer(many=True, required=False)

    class Meta:
        list_serializer_class = PositionalErrorsListSerializer
        model = models.Phase
        fields = ["id", "number", "title", "duration_days", "summary", "provisions"]


def save_nested_list(parent, relation: str, items: list[dict]) -> list[dict]:
    """Replace `parent`'s `relation` (phases, participants, stops) with `items`, judging each
    by the model's rules. Returns each item's errors ({} when it is good); the caller raises,
    so that its transaction undoes the whole write."""
    manager = getattr(parent, relation)
    manager.all().delete()
    errors = []
    for item in items:
        plain = {name: value for name, value in item.items() if not isinstance(value, list)}
        child = manager.model(**plain, **{manager.field.name: parent})
        item_errors = model_errors(child)
        if not item_errors:
            child.save()
            for name, sub_items in item.items():
                if isinstance(sub_items, list):
                    sub_errors = save_nested_list(child, name, sub_items)
                    if any(sub_errors):
                        item_errors[name] = sub_errors
        errors.append(item_errors)
    return errors


class NestedListsMixin:
    """Writable nested lists (Meta.nested_lists): a write that gives a list replaces it."""

    def create(self, validated_data):
        lists = self.pop_nested_lists(validated_data)
        record = super().create(validated_data)
        self.save_nested_lists(record, lists)
        return record

    def update(self, instance, validated_data):
        lists = self.pop_nested_lists(validated_data)
        record = super().update(instance, validated_data)
        self.save_nested_lists(record, lists)
        return record

    def pop_nested_lists(self, validated_data) -> dict:
        return {
            name: validated_data.pop(name)
            for name in self.Meta.nested_lists
            if name in validated_data
        }

    def save_nested_lists(self, record, lists: dict) -> None:
        errors = {}
        for name, items in lists.items():
            item_errors = save_nested_list(record, name, items)
            if any(item_errors):
                errors[name] = item_errors
        if errors:
            raise serializers.ValidationError(errors)


class ResponsesOnDateListSerializer(NestedListSerializer):
    """Under `as_of`, only the responses that had a status on that day, like the lists."""

    def to_representation(self, data):
        # A manager's rows; a queryset (the prefetched rows) as it is: `.all()` on it would be
        # a new queryset, read again from the database.
        responses = data.all() if isinstance(data, django_models.manager.BaseManager) else data
        as_of = self.context.get("as_of")
        if as_of is not None:
            responses = [response for response in responses if response.status_on(as_of)]
        return super().to_representation(responses)


class DaysPendingMixin:
    """`days_pending` and `overdue`, read on `as_of` or, without it, today. Today is read once
    for the whole representation: `localdate()` (the active time zone, a thread-local) costs
    more than the rest of a row's day arithmetic, and a page of proposals asks for it twice
    for each of its hundreds of responses."""

    def reading_date(self) -> datetime.date:
        as_of = self.context.get("as_of")
        if as_of is not None:
            return as_of
        # A serializer lives for one request (a list's rows share its child serializer).
        today = getattr(self, "_today", None)
        if today is None:
            today = self._today = timezone.localdate()
        return today

    @extend_schema_field(serializers.IntegerField(allow_null=True))
    def get_days_pending(self, response) -> int | None:
        return response.days_pending(self.reading_date())

    def get_overdue(self, response) -> bool:
        return response.is_overdue(self.reading_date())


class ProposalResponseSerializer(
    DaysPendingMixin, ReadableFieldsOnceMixin, serializers.ModelSerializer
):
    """A response as the proposal lists it: who, where it stands, how long it has waited."""

    respondent = RelatedObjectField(read_only=True, label_field="name")
    status = serializers.SerializerMethodField()
    days_pending = serializers.SerializerMethodField()
    overdue = serializers.SerializerMethodField()

    class Meta:
        list_serializer_class = ResponsesOnDateListSerializer
        model = models.Response
        fields = ["id", "respondent", "status", "days_pending", "overdue"]

    @extend_schema_field(serializers.ChoiceField(choices=models.Response.Status.choices))
    def get_status(self, response):
        as_of = self.context.get("as_of")
        return response.status_on(as_of) if as_of else response.status


class ProposalSerializer(NestedListsMixin, StatusLoggedSerializer):
    phases = PhaseSerializer(
        many=True, required=False, help_text="Writing the list replaces all phases."
    )
    responses = ProposalResponseSerializer(many=True, read_only=True)

    class Meta:
        model = models.Proposal
        route = "proposal"
        nested_lists = ["phases"]
        fields = [
            *COMMON_FIELDS,
            "process",
            "title",
            "slug",
            "short_name",
            "announced_on",
            "announced_by",
            "authors",
            "status",
            "summary",
            "full_text",
            "document_url",
            "supersedes",
            "phases",
            "sources",
            "responses",
            *EDIT_TIMES,
        ]


class ResponseSerializer(DaysPendingMixin, StatusLoggedSerializer):
    days_pending = serializers.SerializerMethodField(
        help_text="Days from the request to the answer, or to today (or as_of) while awaited."
    )
    overdue = serializers.SerializerMethodField(help_text="Past its deadline and still awaited.")

    class Meta:
        model = models.Response
        route = "response"
        fields = [
            *COMMON_FIELDS,
            "proposal",
            "respondent",
            "status",
            "requested_on",
            "due_on",
            "responded_on",
            "counter_proposal",
            "summary",
            "sources",
            "days_pending",
            "overdue",
            *EDIT_TIMES,
        ]


class ParticipantSerializer(ContractModelSerializer):
    class Meta:
        list_serializer_class = PositionalErrorsListSerializer
        model = models.Participant
        fields = ["id", "actor", "role"]


class MeetingSerializer(NestedListsMixin, RecordSerializer):
    participants = ParticipantSerializer(
        many=True, required=False, help_text="Writing the list replaces all participants."
    )

    class Meta:
        model = models.Meeting
        route = "meeting"
        nested_lists = ["participants"]
        fields = [
            *COMMON_FIELDS,
            "process",
            "title",
            "date",
            "date_precision",
            "location",
            "format",
            "kind",
            "closed_door",
            "participants",
            "proposals",
            "trip",
            "summary",
            "outcome",
            "sources",
            *EDIT_TIMES,
        ]


class TripStopSerializer(ContractModelSerializer):
    class Meta:
        list_serializer_class = PositionalErrorsListSerializer
        model = models.TripStop
        fields = ["id", "order", "location", "date", "status"]


class TripSerializer(NestedListsMixin, RecordSerializer):
    stops = TripStopSerializer(
        many=True, required=False, help_text="Writing the list replaces all stops."
    )

    class Meta:
        model = models.Trip
        route = "trip"
        nested_lists = ["stops"]
        fields = [
            *COMMON_FIELDS,
            "traveller",
            "title",
            "ordinal",
            "start",
            "end",
            "purpose",
            "stops",
            "sources",
            *EDIT_TIMES,
        ]


class StatementSerializer(RecordSerializer):
    class Meta:
        model = models.Statement
        route = "statement"
        fields = [
            *COMMON_FIELDS,
            "speaker",
            "date",
            "text",
            "kind",
            "audience",
            "process",
            "proposal",
            "meeting",
            "sources",
            *EDIT_TIMES,
        ]


class EventSerializer(RecordSerializer):
    class Meta:
        model = models.Event
        route = "event"
        fields = [
            *COMMON_FIELDS,
            "date",
            "date_precision",
            "kind",
            "title",
            "description",
            "location",
            "actors",
            "process",
            "sources",
            *EDIT_TIMES,
        ]


class StatusChangeSerializer(ContractModelSerializer):
    """One dated entry of a status log. Posting one goes through the record's change_status,
    which moves the current status when the change is the latest."""

    recorded_by = UserField(allow_null=True)
    retracted_by = UserField(allow_null=True, read_only=True)
    retraction_reason = serializers.SerializerMethodField(
        help_text="Why the entry was retracted; null on live entries."
    )

    class Meta:
        fields = [
            "id",
            "status",
            "changed_on",
            "note",
            "sources",
            "recorded_by",
            "recorded_at",
            "retracted_at",
            "retracted_by",
            "retraction_reason",
        ]
        read_only_fields = ["recorded_at", "retracted_at"]

    @extend_schema_field(serializers.CharField(allow_null=True))
    def get_retraction_reason(self, change) -> str | None:
        return change.retraction_reason if change.is_retracted else None

    def create(self, validated_data):
        record = self.context["record"]
        try:
            return record.change_status(
                validated_data["status"],
                changed_on=validated_data["changed_on"],
                note=validated_data.get("note", ""),
                sources=validated_data.get("sources", ()),
                recorded_by=self.context["request"].user,
            )
        except DjangoValidationError as error:
            raise serializers.ValidationError(errors_from_django(error)) from error


class RetractionSerializer(serializers.Serializer):
    reason = TextField(
        max_length=text_max_length(models.ProcessStatusChange._meta.get_field("retraction_reason")),
        help_text="Why the entry is retracted, such as the source it misread.",
    )


class ProcessStatusChangeSerializer(StatusChangeSerializer):
    class Meta(StatusChangeSerializer.Meta):
        model = models.ProcessStatusChange


class ProposalStatusChangeSerializer(StatusChangeSerializer):
    class Meta(StatusChangeSerializer.Meta):
        model = models.ProposalStatusChange


class ResponseStatusChangeSerializer(StatusChangeSerializer):
    class Meta(StatusChangeSerializer.Meta):
        model = models.ResponseStatusChange
