"""The contract's rules for every request (DRF's "policies"): JSON bodies, who may do what,
pages of lists, and conditional requests with ETags."""

import hashlib
import json

from django.utils.http import parse_etags
from rest_framework import status
from rest_framework.exceptions import APIException, ParseError
from rest_framework.parsers import JSONParser
from rest_framework.permissions import SAFE_METHODS, BasePermission
from rest_framework.utils.encoders import JSONEncoder

from accounts.roles import can_read_records, can_write


class JSONBodyParser(JSONParser):
    """DRF's JSON parser, also refusing bodies nested too deeply for Python's parser."""

    def parse(self, stream, media_type=None, parser_context=None):
        try:
            return super().parse(stream, media_type, parser_context)
        except RecursionError as error:
            raise ParseError("JSON parse error - the body is nested too deeply.") from error


class RolePermission(BasePermission):
    """Viewers read, analysts and admins write (accounts.roles decides); anonymous requests
    read only where the deployment turned public read on."""

    def has_permission(self, request, view) -> bool:
        if request.method in SAFE_METHODS:
            return can_read_records(request.user)
        return can_write(request.user)


# Conditional requests: an ETag on every single-record response, derived from the
# representation itself, so anything a client would see change (nested phases, a response's
# days pending) changes it too.


class PreconditionFailed(APIException):
    status_code = status.HTTP_412_PRECONDITION_FAILED
    default_detail = (
        "The record has changed since you read it: If-Match does not match its current ETag."
    )
    default_code = "precondition_failed"


def etag_for(representation) -> str:
    encoded = json.dumps(representation, cls=JSONEncoder, sort_keys=True).encode()
    return f'"{hashlib.sha256(encoded).hexdigest()[:40]}"'


def _strip_weak(tag: str) -> str:
    return tag[2:] if tag.startswith("W/") else tag


def etag_matches(header: str, etag: str) -> bool:
    """Whether an If-Match / If-None-Match header names `etag` (or is `*`)."""
    tags = parse_etags(header)
    return tags == ["*"] or _strip_weak(etag) in {_strip_weak(tag) for tag in tags}
