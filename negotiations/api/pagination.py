"""The list envelope `{count, next, previous, results}`, cheap at any depth of a large table.

`?page=N` works as it always did (an OFFSET: fine for small lists, slower the deeper it goes).
The `next` and `previous` links also carry a `cursor`: the sort key of the last (or first) row
shown, so that following them reads the next rows straight from the index of the list's order
(keyset pagination), as fast at the millionth row as at the first. A request with a cursor
ignores `page` (kept in the link as the page's number, for people reading it). Lists ordered by
a field that may be empty or belongs to another table (`?ordering=respondent__name`) have no
cursor and page by number only.

`count` is exact up to API_EXACT_COUNT_LIMIT rows (20,000 by default): counting stops there.
Above it, on PostgreSQL, the count is the planner's estimate (never below the limit) and the
response says so in an `X-Count-Estimated: true` header. A cursor carries the count of the page
it came from, so walking a list counts it once.
"""

import base64
import binascii
import datetime
import json

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.core.exceptions import ValidationError as DjangoValidationError
from django.core.paginator import Paginator
from django.core.serializers.json import DjangoJSONEncoder
from django.db import connections
from django.db.models import Q
from django.utils.functional import cached_property
from rest_framework.exceptions import ValidationError
from rest_framework.pagination import PageNumberPagination
from rest_framework.response import Response
from rest_framework.utils.urls import remove_query_param, replace_query_param

CURSOR_ERROR = "This cursor is not one the API gave out for this list; follow `next` links."


def exact_count_limit() -> int:
    return getattr(settings, "API_EXACT_COUNT_LIMIT", 20_000)


def bounded_count(queryset) -> tuple[int, bool]:
    """(count, estimated): exact up to the limit; above it the planner's estimate."""
    limit = exact_count_limit()
    counted = queryset.order_by()[: limit + 1].count()
    if counted <= limit:
        return counted, False
    connection = connections[queryset.db]
    if connection.vendor != "postgresql":
        return queryset.count(), False
    sql, params = queryset.order_by().query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN (FORMAT JSON) {sql}", params)
        plan = cursor.fetchone()[0]
    if isinstance(plan, str):
        plan = json.loads(plan)
    return max(int(plan[0]["Plan"]["Plan Rows"]), limit + 1), True


class BoundedCountPaginator(Paginator):
    @cached_property
    def count(self):
        self.count_estimated = False
        if not hasattr(self.object_list, "query"):
            return len(self.object_list)
        count, self.count_estimated = bounded_count(self.object_list)
        return count


def keyset_of(queryset) -> list[tuple[str, bool]] | None:
    """The list's order as (field attname, descending) pairs ending in the primary key, or None
    when a cursor cannot follow it (a nullable field, a related table's field, an expression)."""
    model = queryset.model
    ordering = list(queryset.query.order_by) or list(model._meta.ordering)
    if queryset.query.extra_order_by:
        return None
    keys, names = [], set()
    for item in ordering:
        if not isinstance(item, str) or item == "?":
            return None
        name = item.lstrip("-")
        try:
            field = model._meta.pk if name == "pk" else model._meta.get_field(name)
        except FieldDoesNotExist:
            return None
        if field.null or field.is_relation or not field.concrete:
            return None
        if field.attname not in names:
            keys.append((field.attname, item.startswith("-")))
            names.add(field.attname)
    if model._meta.pk.attname not in names:
        keys.append((model._meta.pk.attname, False))
    return keys


def rows_beyond(keys, values, *, forward: bool) -> Q:
    """Rows after (forward) or before the row whose sort key is `values`, in the list's order.

    The leading bound on the first field (`date <= d`) is implied by the rest, but it is what
    lets the database start its index scan at the cursor instead of filtering from the top."""
    condition = Q(pk__in=[])
    equal_so_far = Q()
    for (name, descending), value in zip(keys, values, strict=True):
        later = "lt" if descending == forward else "gt"
        condition |= equal_so_far & Q(**{f"{name}__{later}": value})
        equal_so_far &= Q(**{name: value})
    first_name, first_descending = keys[0]
    bound = "lte" if first_descending == forward else "gte"
    return Q(**{f"{first_name}__{bound}": values[0]}) & condition


class CursorEncoder(DjangoJSONEncoder):
    """Keeps a time's microseconds, which DjangoJSONEncoder rounds off: a cursor must name its
    row's sort key exactly."""

    def default(self, o):
        if isinstance(o, datetime.datetime):
            return o.isoformat()
        return super().default(o)


def order_names(keys) -> list[str]:
    return [f"-{name}" if descending else name for name, descending in keys]


def encode_cursor(data: dict) -> str:
    text = json.dumps(data, cls=CursorEncoder, separators=(",", ":"))
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


def decode_cursor(token: str, queryset, keys) -> dict:
    try:
        data = json.loads(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)))
        if not isinstance(data, dict) or data.get("k") != order_names(keys):
            raise ValueError("another ordering")
        values = data["v"]
        if not isinstance(values, list) or len(values) != len(keys):
            raise ValueError("wrong length")
        fields = {field.attname: field for field in queryset.model._meta.concrete_fields}
        data["v"] = [
            fields[name].to_python(value) for (name, _), value in zip(keys, values, strict=True)
        ]
        page, count = int(data["p"]), int(data["c"])
        if page < 1 or count < 0 or data["d"] not in ("after", "before"):
            raise ValueError("out of range")
    except (ValueError, TypeError, KeyError, binascii.Error, DjangoValidationError) as error:
        raise ValidationError({"cursor": [CURSOR_ERROR]}) from error
    return data


class ContractPagination(PageNumberPagination):
    """`?page=` and `?page_size=`; a page size above 200 is served as 200, and one that is not
    a positive number falls back to the default (REST_FRAMEWORK["PAGE_SIZE"], 50). `next` and
    `previous` carry a `cursor`."""

    page_size_query_param = "page_size"
    max_page_size = 200
    page_size_query_description = "Results per page: 1 to 200 (larger values give 200)."
    cursor_query_param = "cursor"
    django_paginator_class = BoundedCountPaginator

    def paginate_queryset(self, queryset, request, view=None):
        self.request = request
        self.keys = keyset_of(queryset) if hasattr(queryset, "query") else None
        self.count_estimated = False
        token = request.query_params.get(self.cursor_query_param)
        if self.keys is None or token is None:
            if token is not None:
                raise ValidationError({"cursor": ["This list is paged by `page` only."]})
            rows = super().paginate_queryset(queryset, request, view)
            if rows is None:
                return None
            self.count = self.page.paginator.count
            self.count_estimated = getattr(self.page.paginator, "count_estimated", False)
            self.number = self.page.number
            self.has_next = self.page.has_next()
            self.rows = rows
            return rows
        cursor = decode_cursor(token, queryset, self.keys)
        page_size = self.get_page_size(request)
        forward = cursor["d"] == "after"
        # Backwards, the rows just before the cursor are the first in the reversed order.
        ordering = [f"-{name}" if desc == forward else name for name, desc in self.keys]
        rows = list(
            queryset.filter(rows_beyond(self.keys, cursor["v"], forward=forward)).order_by(
                *ordering
            )[: page_size + 1]
        )
        more = len(rows) > page_size
        rows = rows[:page_size]
        if not forward:
            rows.reverse()
        self.count = cursor["c"]
        self.count_estimated = bool(cursor.get("e"))
        self.number = cursor["p"]
        self.has_next = more if forward else True
        self.rows = rows
        return rows

    def key_of(self, row) -> list:
        return [getattr(row, name) for name, _ in self.keys]

    def cursor_link(self, row, *, direction: str, number: int) -> str:
        token = encode_cursor(
            {
                "k": order_names(self.keys),
                "v": self.key_of(row),
                "d": direction,
                "p": number,
                "c": self.count,
                "e": self.count_estimated,
            }
        )
        url = self.request.build_absolute_uri()
        url = replace_query_param(url, self.page_query_param, number)
        return replace_query_param(url, self.cursor_query_param, token)

    def get_next_link(self):
        if not self.has_next or not self.rows:
            return None
        if self.keys is None:
            return super().get_next_link()
        return self.cursor_link(self.rows[-1], direction="after", number=self.number + 1)

    def get_previous_link(self):
        if self.number <= 1:
            return None
        if self.keys is None:
            return super().get_previous_link()
        if self.number == 2 or not self.rows:
            url = remove_query_param(self.request.build_absolute_uri(), self.cursor_query_param)
            return remove_query_param(url, self.page_query_param)
        return self.cursor_link(self.rows[0], direction="before", number=self.number - 1)

    def get_paginated_response(self, data):
        headers = {"X-Count-Estimated": "true"} if self.count_estimated else None
        return Response(
            {
                "count": self.count,
                "next": self.get_next_link(),
                "previous": self.get_previous_link(),
                "results": data,
            },
            headers=headers,
        )

    def get_schema_operation_parameters(self, view):
        return [
            *super().get_schema_operation_parameters(view),
            {
                "name": self.cursor_query_param,
                "required": False,
                "in": "query",
                "description": "A position in the list, as given in `next` and `previous`.",
                "schema": {"type": "string"},
            },
        ]
