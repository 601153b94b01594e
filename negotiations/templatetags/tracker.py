"""Template helpers of the status pages: links that keep the date shown, and questions about a
record asked as of that date (templates cannot pass arguments to methods)."""

from urllib.parse import urlencode

from django import template
from django.urls import NoReverseMatch, reverse

from negotiations import models
from negotiations.models.status import StatusChange

register = template.Library()

# The page that shows each kind of record, and the field that names it in the URL.
RECORD_PAGES = {
    models.NegotiationProcess: ("negotiations:process-detail", "slug"),
    models.Proposal: ("negotiations:proposal-detail", "slug"),
    models.Actor: ("negotiations:actor-detail", "slug"),
    models.Meeting: ("negotiations:meeting-detail", "pk"),
    models.Trip: ("negotiations:trip-detail", "pk"),
    models.Source: ("negotiations:source-detail", "pk"),
}


def _with_as_of(context, url: str, query: dict | None = None) -> str:
    params = dict(query or {})
    as_of = context.get("as_of")
    if as_of is not None and as_of.chosen:
        params["as_of"] = as_of.date.isoformat()
    params = {name: value for name, value in params.items() if value not in (None, "")}
    return f"{url}?{urlencode(params)}" if params else url


@register.simple_tag(takes_context=True)
def page_url(context, viewname, *args, **query):
    """The URL of a status page that keeps the date in force: {% page_url name arg key=value %}."""
    return _with_as_of(context, reverse(viewname, args=args), query)


@register.simple_tag(takes_context=True)
def record_url(context, record):
    """The status page of any record, keeping the date in force. Records without a page of their
    own (a response, a statement, an event) link to where they are shown."""
    if isinstance(record, StatusChange):
        return record_url(context, record.record)
    if isinstance(record, models.Response):
        url = _with_as_of(
            context, reverse("negotiations:proposal-detail", args=[record.proposal.slug])
        )
        return f"{url}#response-{record.pk}"
    if isinstance(record, models.Statement):
        owner = record.proposal or record.process or record.speaker
        return f"{record_url(context, owner)}#statement-{record.pk}"
    if isinstance(record, models.Event):
        if record.process_id is None:
            return _with_as_of(context, reverse("negotiations:search"), {"q": record.title})
        return f"{record_url(context, record.process)}#event-{record.pk}"
    viewname, field = RECORD_PAGES[type(record)]
    return _with_as_of(context, reverse(viewname, args=[getattr(record, field)]))


@register.simple_tag(takes_context=True)
def query_with(context, **changes):
    """The current page's query string with some parameters replaced (for pagination)."""
    params = context["request"].GET.copy()
    for name, value in changes.items():
        params[name] = value
    return f"?{params.urlencode()}"


@register.simple_tag
def admin_change_url(record) -> str:
    """The admin page that edits `record`, or '' when the admin does not offer one."""
    opts = record._meta
    try:
        return reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[record.pk])
    except NoReverseMatch:
        return ""


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
    if not value:
        return "Not yet recorded"
    return record.Status(value).label
