"""Conditional requests: an ETag on every single-record response, derived from the
representation itself, so anything a client would see change (nested phases, a response's
days pending) changes it too."""

import hashlib
import json

from django.utils.http import parse_etags
from rest_framework import status
from rest_framework.exceptions import APIException
from rest_framework.utils.encoders import JSONEncoder


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
