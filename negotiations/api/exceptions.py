"""One error shape for everything a client can cause, and never a 500 for it."""

import logging

from django.core.exceptions import SuspiciousOperation
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import DataError, IntegrityError
from django.db.models import ProtectedError, RestrictedError
from rest_framework import status
from rest_framework.exceptions import ParseError, ValidationError
from rest_framework.response import Response
from rest_framework.settings import api_settings
from rest_framework.views import exception_handler

from config.outage import OUTAGE_DETAIL, RETRY_AFTER_SECONDS, is_database_outage
from negotiations.api.validation import errors_from_django
from negotiations.identity import MergeConflict, PossibleDuplicate

logger = logging.getLogger(__name__)

MAX_LISTED_REFERENCES = 50


def resource_name(obj) -> str:
    from negotiations.api.views import route_for_model

    return route_for_model(type(obj)) or obj._meta.model_name


def conflict_response(error) -> Response:
    citing = sorted(
        error.protected_objects
        if hasattr(error, "protected_objects")
        else error.restricted_objects,
        key=lambda obj: (obj._meta.label, obj.pk),
    )
    return Response(
        {
            "detail": error.args[0],
            "protected_by": [
                {"resource": resource_name(obj), "id": obj.pk, "name": str(obj)}
                for obj in citing[:MAX_LISTED_REFERENCES]
            ],
        },
        status=status.HTTP_409_CONFLICT,
    )


def possible_duplicate_response(error: PossibleDuplicate) -> Response:
    from negotiations.api.serializers import ActorCandidateSerializer

    return Response(
        {
            "detail": str(error),
            "candidates": ActorCandidateSerializer(error.candidates, many=True).data,
        },
        status=status.HTTP_409_CONFLICT,
    )


def merge_conflict_response(error: MergeConflict) -> Response:
    return Response(
        {
            "detail": str(error),
            "conflicts": [
                {
                    "resource": resource_name(record),
                    "id": record.pk,
                    "name": str(record),
                    "message": message,
                }
                for record, message in error.conflicts[:MAX_LISTED_REFERENCES]
            ],
        },
        status=status.HTTP_409_CONFLICT,
    )


def api_exception_handler(exc, context):
    if is_database_outage(exc):
        # A client can act on 503 + Retry-After; a 500 would say the request itself was at fault.
        return Response(
            {"detail": OUTAGE_DETAIL},
            status=status.HTTP_503_SERVICE_UNAVAILABLE,
            headers={"Retry-After": str(RETRY_AFTER_SECONDS), "Cache-Control": "no-store"},
        )
    if isinstance(exc, ProtectedError | RestrictedError):
        return conflict_response(exc)
    if isinstance(exc, PossibleDuplicate):
        return possible_duplicate_response(exc)
    if isinstance(exc, MergeConflict):
        return merge_conflict_response(exc)
    if isinstance(exc, SuspiciousOperation):
        # Such as a body over DATA_UPLOAD_MAX_MEMORY_SIZE: Django would answer with an HTML page.
        exc = ParseError(str(exc) or "The request cannot be processed.")
    elif isinstance(exc, DjangoValidationError):
        exc = ValidationError(errors_from_django(exc))
    elif isinstance(exc, IntegrityError | DataError):
        # The serializers run the models' rules first; reaching here means a rule the models
        # do not state. Log it to be added, and tell the client without a 500.
        logger.warning("Database refused an API write: %s", exc)
        exc = ValidationError(
            {api_settings.NON_FIELD_ERRORS_KEY: ["The database refused this data as invalid."]}
        )
    return exception_handler(exc, context)
