"""Template helpers of the status pages: links that keep the date shown, and questions about a
record asked as of that date (templates cannot pass arguments to methods)."""

from urllib.parse import parse_qsl, urlencode, urlsplit

from django import template
from django.urls import reverse

from negotiations.admin.base import admin_change_url
from negotiations.models.status import NO_STATUS_YET

register = template.Library()


def _with_as_of(context, url: str, query: dict | None = None) -> str:
    """`url` with `query` added and the date in force kept, before any #fragment."""
    parts = urlsplit(url)
    params = {**dict(parse_qsl(parts.query)), **(query or {})}
    as_of = context.get("as_of")
    if as_of is not None and as_of.chosen:
        params["as_of"] = as_of.date.isoformat()
    params = {name: value for name, value in params.items() if value not in (None, "")}
    return parts._replace(query=urlencode(params)).geturl()


@register.simple_tag(takes_context=True)
def page_url(context, viewname, *args, **query):
    """The URL of a status page that keeps the date in force: {% page_url name arg key=value %}."""
    return _with_as_of(context, reverse(viewname, args=args), query)


@register.simple_tag(takes_context=True)
def record_url(context, record):
    """Where a record is shown (its get_absolute_url()), keeping the date in force."""
    return _with_as_of(context, record.get_absolute_url())


@register.simple_tag(takes_context=True)
def query_with(context, **changes):
    """The current page's query string with some parameters replaced (for pagination)."""
    params = context["request"].GET.copy()
    for name, value in changes.items():
        params[name] = value
    return f"?{params.urlencode()}"


register.simple_tag(admin_change_url)


@register.filter
def status_on(record, date):
    """The status value in force on `date` (None before the first recorded change)."""
    return record.status_on(date)


@register.filter
def status_label_on(record, date):
    return record.status_label_on(date)


@register.filter
def change_in_force_on(record, date):
    return record.change_in_force_on(date)


@register.filter
def days_pending_on(response, date):
    return response.days_pending(date)


@register.filter
def overdue_on(response, date):
    return response.is_overdue(date)


@register.filter
def awaited_on(response, date):
    return response.is_awaited_on(date)


@register.filter
def held_on(position, date):
    return position.held_on(date)


@register.filter
def status_value_label(value, record):
    """The label of a status value of `record`'s kind (for annotated `status_on_date`)."""
    return record.status_label(value)


@register.simple_tag
def no_status_yet() -> str:
    return NO_STATUS_YET
