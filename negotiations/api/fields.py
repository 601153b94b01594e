"""Serializer fields that carry the contract's conventions.

A relation is written as the related record's id and read as a small object ({id, name} or
{id, title}); text never reaches the database with characters it cannot store.
"""

import functools

from django.db.models import Prefetch
from django.db.models.fields.related_descriptors import (
    ManyToManyDescriptor,
    ReverseManyToOneDescriptor,
)
from django.utils.translation import gettext_lazy as _
from drf_spectacular.extensions import OpenApiSerializerFieldExtension
from drf_spectacular.plumbing import build_basic_type, build_object_type
from drf_spectacular.types import OpenApiTypes
from rest_framework import serializers
from rest_framework.relations import MANY_RELATION_KWARGS

from accounts.roles import can_read
from negotiations.limits import LIST_MAX_ITEMS, max_items_validator

SHOWN_ROWS = "{}_shown"


def shown(relation: str, queryset=None):
    """A prefetch of the rows a representation shows of `relation`, kept as a list, which
    prefetched_rows() finds: Django keeps the usual prefetch as a queryset per record, built
    and filtered for each record of each relation (hundreds on a page of proposals), where a
    list costs nothing to keep. For relations only a representation reads: the model's own
    methods read the usual prefetch (a status log stays one)."""
    return Prefetch(relation, queryset=queryset, to_attr=SHOWN_ROWS.format(relation))


@functools.cache
def prefetch_cache_key(model, name: str) -> str | None:
    """The key under which Django keeps the prefetched rows of `model`'s to-many relation
    `name` (what its related manager's get_queryset() reads), or None when `name` is not one."""
    descriptor = getattr(model, name, None)
    if isinstance(descriptor, ManyToManyDescriptor):
        field = descriptor.rel.field
        return field.related_query_name() if descriptor.reverse else field.name
    if isinstance(descriptor, ReverseManyToOneDescriptor):
        return descriptor.rel.cache_name
    return None


def prefetched_rows(instance, source_attrs: list[str]):
    """The prefetched queryset of the to-many relation that `source_attrs` names on
    `instance`, or None when it is not prefetched.

    It is the very queryset `getattr(instance, name).all()` answers with, found without
    building a related manager: a manager costs more to build than the rest of the field, and
    a page builds one for every relation of every row."""
    if len(source_attrs) != 1:
        return None
    listed = instance.__dict__.get(SHOWN_ROWS.format(source_attrs[0]))
    if listed is not None:
        return listed
    cache = getattr(instance, "_prefetched_objects_cache", None)
    if not cache:
        return None
    key = prefetch_cache_key(type(instance), source_attrs[0])
    return cache.get(key) if key is not None else None


class LimitedManyRelatedField(serializers.ManyRelatedField):
    """A list of ids of at most LIST_MAX_ITEMS, refused before any id is looked up."""

    def get_attribute(self, instance):
        rows = prefetched_rows(instance, self.source_attrs)
        return rows if rows is not None else super().get_attribute(instance)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.validators.append(max_items_validator(LIST_MAX_ITEMS))

    def to_internal_value(self, data):
        if isinstance(data, list) and len(data) > LIST_MAX_ITEMS:
            self.run_validators(data)
        return super().to_internal_value(data)


class RelatedObjectField(serializers.PrimaryKeyRelatedField):
    """Written as an id, read as {"id": ..., <label>: ...}; lists of them are limited."""

    @classmethod
    def many_init(cls, *args, **kwargs):
        # DRF's own many_init, with the limited list field in place of ManyRelatedField.
        list_kwargs = {"child_relation": cls(*args, **kwargs)}
        list_kwargs.update({key: kwargs[key] for key in kwargs if key in MANY_RELATION_KWARGS})
        return LimitedManyRelatedField(**list_kwargs)

    def __init__(self, *, label_field: str = "name", **kwargs):
        self.label_field = label_field
        super().__init__(**kwargs)

    def use_pk_only_optimization(self):
        # The representation needs the related record itself, not only its key.
        return False

    def to_representation(self, value):
        return {"id": value.pk, self.label_field: str(getattr(value, self.label_field))}

    def to_internal_value(self, data):
        # A boolean is an int to Python; as an id it is a client's mistake.
        if isinstance(data, bool) or not isinstance(data, int | str):
            self.fail("incorrect_type", data_type=type(data).__name__)
        return super().to_internal_value(data)

    def get_choices(self, cutoff=None):
        # Keyed by id: the default keys choices by the representation, a dict here.
        queryset = self.get_queryset()
        if queryset is None:
            return {}
        if cutoff is not None:
            queryset = queryset[:cutoff]
        return {item.pk: self.display_value(item) for item in queryset}


class RecordUrlField(serializers.HyperlinkedIdentityField):
    """The record's API address (`url`). Reversing a URL costs more than the rest of a row; the
    addresses of a page's rows differ only in the id, so the address is reversed once per
    request (and format) with a placeholder id, which each row's id then replaces."""

    PLACEHOLDER = "RecordIdPlaceholder"

    def get_url(self, obj, view_name, request, format):
        if request is None:
            return super().get_url(obj, view_name, request, format)
        templates = request.__dict__.setdefault("_tracker_url_templates", {})
        key = (view_name, format)
        if key not in templates:
            kwargs = {self.lookup_url_kwarg: self.PLACEHOLDER}
            templates[key] = self.reverse(view_name, kwargs=kwargs, request=request, format=format)
        return templates[key].replace(self.PLACEHOLDER, str(getattr(obj, self.lookup_field)))


class DateTimeField(serializers.DateTimeField):
    """DRF's DateTimeField, asking for the current time zone once per serializer (one request)
    rather than for every value: it is read from a thread-local, which costs more than writing
    the time out, and a list has two edit times on every row."""

    def default_timezone(self):
        try:
            return self._request_time_zone
        except AttributeError:
            self._request_time_zone = super().default_timezone()
            return self._request_time_zone


class UserField(serializers.Field):
    """Who did it: {"id", "name"} with the username, or null for the system. Usernames are
    for accounts with a role: under public read, anonymous readers get null."""

    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        kwargs["allow_null"] = True
        super().__init__(**kwargs)

    def get_attribute(self, instance):
        # Decided on the first row, whoever made it, so a page costs the same queries whether
        # its first changes were made by an account or by the system.
        self.usernames_visible()
        return super().get_attribute(instance)

    def to_representation(self, value):
        if not self.usernames_visible():
            return None
        return {"id": value.pk, "name": value.get_username()}

    def usernames_visible(self) -> bool:
        """Decided once per request: a list has one row per change."""
        request = self.context.get("request")
        if request is None:
            return False
        if not hasattr(request, "_tracker_shows_usernames"):
            request._tracker_shows_usernames = can_read(request.user)
        return request._tracker_shows_usernames


def prohibit_surrogates(value: str) -> None:
    """A lone UTF-16 surrogate ("\\ud800") is valid JSON but cannot be stored as UTF-8."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as error:
        raise serializers.ValidationError(
            _("Text contains characters that cannot be stored (unpaired surrogates).")
        ) from error


class TextField(serializers.CharField):
    """A CharField that refuses NUL (DRF's default) and unpaired surrogates."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.validators.append(prohibit_surrogates)


def _object_schema(label_field: str) -> dict:
    return build_object_type(
        properties={
            "id": build_basic_type(OpenApiTypes.INT),
            label_field: build_basic_type(OpenApiTypes.STR),
        },
        required=["id", label_field],
    )


class RelatedObjectFieldExtension(OpenApiSerializerFieldExtension):
    """The request body takes an integer id; the response gives the small object."""

    target_class = RelatedObjectField

    def map_serializer_field(self, auto_schema, direction):
        if direction == "request":
            return build_basic_type(OpenApiTypes.INT)
        return _object_schema(self.target.label_field)


class UserFieldExtension(OpenApiSerializerFieldExtension):
    target_class = UserField

    def map_serializer_field(self, auto_schema, direction):
        return _object_schema("name")
