"""Every list as a CSV download: `?format=csv` or `Accept: text/csv`.

The download holds every row the filters match (not one page), a header row of the fields the
JSON list shows, and relations written as their names. It is streamed: rows are read from the
database CHUNK_SIZE at a time (`QuerySet.iterator(chunk_size=...)`, which also prefetches per
chunk) and written out as they are serialized, so a list of 100,000 rows takes no more memory
than one of a few hundred.

Cells that a spreadsheet would read as a formula (text starting with `=`, `+`, `-`, `@`, a tab
or a carriage return) are written with a leading `'`, so that opening a download never runs
what someone typed into a record (CSV injection). Numbers, negative ones included, are left as
they are.
"""

import csv
import itertools
import re

from django.conf import settings
from django.http import StreamingHttpResponse
from django.utils import timezone
from rest_framework.relations import HyperlinkedIdentityField
from rest_framework.renderers import BaseRenderer, JSONRenderer
from rest_framework.settings import api_settings
from rest_framework.utils.urls import remove_query_param

CSV_MEDIA_TYPE = "text/csv"
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
NUMBER = re.compile(r"-?\d+(\.\d+)?([eE][-+]?\d+)?")
LIST_SEPARATOR = "; "


def chunk_size() -> int:
    return getattr(settings, "CSV_CHUNK_SIZE", 500)


def spreadsheet_safe(text: str) -> str:
    """The text, with a leading `'` where a spreadsheet would take it for a formula."""
    if text.startswith(FORMULA_PREFIXES) and not NUMBER.fullmatch(text):
        return "'" + text
    return text


def cell(value) -> str:
    """A serialized value as one cell: a relation by its name (or title), a list of them
    joined by "; ", a nested record as its fields, a boolean as true/false."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        for label in ("name", "title"):
            if label in value:
                return cell(value[label])
        return ", ".join(
            f"{key}: {cell(item)}"
            for key, item in value.items()
            if key not in ("id", "url") and item not in (None, "", [])
        )
    if isinstance(value, list | tuple):
        return LIST_SEPARATOR.join(cell(item) for item in value)
    return str(value)


class Echo:
    """A file-like object whose write() hands back the line: csv.writer writes one row at a
    time into the response's stream."""

    def write(self, value):
        return value


def readable_fields(serializer_class, context) -> list[str]:
    serializer = serializer_class(context=context)
    return [name for name, field in serializer.fields.items() if not field.write_only]


def record_addresses(serializer) -> set[str]:
    """The fields that hold a row's own API address (`url`; a source's `url` is data)."""
    return {
        name
        for name, field in serializer.fields.items()
        if isinstance(field, HyperlinkedIdentityField)
    }


def json_address(url: str) -> str:
    """A row's address without the download's `?format=csv`, which DRF carries over into every
    link it builds: a record answers JSON only, so the link would be a 404."""
    return remove_query_param(url, api_settings.URL_FORMAT_OVERRIDE)


class JsonAddresses:
    """json_address() for the rows of one download. Their addresses differ only in the id, the
    last segment of the path (see fields.RecordUrlField), which taking the query parameter out
    leaves as it is; so the parameter is taken out once per address with the id replaced by a
    placeholder, and each row's id put back in: parsing and re-encoding each row's address
    cost more than the rest of its line."""

    PLACEHOLDER = "RecordIdPlaceholder"

    def __init__(self):
        self.templates = {}

    def __call__(self, url: str, record_id) -> str:
        segment = f"/{record_id}/"
        before, found, after = str(url).rpartition(segment)
        if not found or self.PLACEHOLDER in url:
            return json_address(url)
        key = (before, after)
        if key not in self.templates:
            self.templates[key] = json_address(f"{before}/{self.PLACEHOLDER}/{after}")
        return self.templates[key].replace(self.PLACEHOLDER, str(record_id))


def csv_lines(queryset, serializer_class, context, prepare=None):
    """The header line, then one line per row of `queryset`, serialized a chunk at a time
    (`prepare` turns a chunk of rows into what the serializer reads, where they differ)."""
    writer = csv.writer(Echo())
    fields = readable_fields(serializer_class, context)
    yield writer.writerow(fields)
    # One serializer for every row: a serializer per chunk would leave reference cycles
    # (serializer <-> fields) that only a full garbage collection frees, so memory would grow
    # with the rows until one ran.
    serializer = serializer_class(context=context)
    addresses = record_addresses(serializer)
    address_of = JsonAddresses()
    rows = queryset.iterator(chunk_size=chunk_size())
    while chunk := list(itertools.islice(rows, chunk_size())):
        lines = []
        for row in prepare(chunk) if prepare is not None else chunk:
            data = serializer.to_representation(row)
            for name in addresses:
                if data.get(name):
                    data[name] = address_of(data[name], row.pk)
            lines.append(
                writer.writerow([spreadsheet_safe(cell(data.get(name))) for name in fields])
            )
        # A chunk's lines in one piece: the response encodes each piece it is handed on its own.
        yield "".join(lines)


def csv_response(
    queryset, serializer_class, context, *, name: str, prepare=None
) -> StreamingHttpResponse:
    response = StreamingHttpResponse(
        csv_lines(queryset, serializer_class, context, prepare),
        content_type=f"{CSV_MEDIA_TYPE}; charset=utf-8",
    )
    filename = f"{name}-{timezone.localdate().isoformat()}.csv"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


class CSVRenderer(BaseRenderer):
    """Lets content negotiation pick CSV for a list (`?format=csv`, `Accept: text/csv`). The
    list answers with csv_response() and errors are answered in JSON (handle_exception below),
    so nothing is rendered here; should anything be, it is JSON rather than a table that
    pretends to hold rows."""

    media_type = CSV_MEDIA_TYPE
    format = "csv"
    charset = "utf-8"

    def render(self, data, accepted_media_type=None, renderer_context=None):
        return JSONRenderer().render(data)


class CSVListMixin:
    """A viewset whose list also answers CSV, with the same filters and ordering."""

    # For the schema (negotiations.api.schema): the list takes `format` and answers text/csv.
    answers_csv = True

    def get_renderers(self):
        renderers = super().get_renderers()
        if self.lists_here():
            renderers.append(CSVRenderer())
        return renderers

    # The record's own lists (its audit trail, its status log) answer CSV as the lists do.
    csv_sub_lists = ("history", "status_changes")

    def lists_here(self) -> bool:
        """Whether this request reads a list: the list itself, or a record's sub-list (a
        viewset's other actions answer JSON only)."""
        action = getattr(self, "action", None)
        if action in self.csv_sub_lists:
            request = getattr(self, "request", None)
            return request is None or request.method == "GET"
        return action == "list"

    def wants_csv(self) -> bool:
        renderer = getattr(self.request, "accepted_renderer", None)
        return isinstance(renderer, CSVRenderer)

    def list(self, request, *args, **kwargs):
        if self.wants_csv():
            queryset = self.filter_queryset(self.get_queryset())
            return csv_response(
                queryset,
                self.get_serializer_class(),
                self.get_serializer_context(),
                name=self.basename,
            )
        return super().list(request, *args, **kwargs)

    def handle_exception(self, exc):
        # An error answers in JSON even to a request that asked for CSV: it is a message for
        # the person who sent it, not a table.
        if self.wants_csv():
            self.request.accepted_renderer = JSONRenderer()
            self.request.accepted_media_type = JSONRenderer.media_type
        return super().handle_exception(exc)
