"""What a locked-out sign-in sees: django-axes calls lockout_response (AXES_LOCKOUT_CALLABLE)."""

from django.conf import settings
from django.shortcuts import render


def cool_off_seconds() -> int:
    return int(settings.AXES_COOLOFF_TIME.total_seconds())


def lockout_response(request, original_response=None, credentials=None):
    """429 with a page that says why and for how long; Retry-After says the same to programs."""
    seconds = cool_off_seconds()
    response = render(
        request,
        "registration/locked_out.html",
        {"cool_off_minutes": max(1, seconds // 60), "failure_limit": settings.AXES_FAILURE_LIMIT},
        status=429,
    )
    response["Retry-After"] = str(seconds)
    return response
