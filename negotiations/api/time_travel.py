"""`?as_of=YYYY-MM-DD`: read processes, proposals and responses as they stood on that day."""

import datetime
import re

from rest_framework.exceptions import ValidationError

ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def as_of_from(request) -> datetime.date | None:
    """The `as_of` date of a read, None when not asked; a 400 naming `as_of` when malformed."""
    if request is None or request.method not in ("GET", "HEAD"):
        return None
    value = request.query_params.get("as_of")
    if value is None or value == "":
        return None
    try:
        if not ISO_DATE.match(value):
            raise ValueError(value)
        return datetime.date.fromisoformat(value)
    except ValueError as error:
        raise ValidationError({"as_of": ["Enter a real date as YYYY-MM-DD."]}) from error
