"""What every status page shares: who may read it, and the date it shows the world as of."""

import datetime
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.utils import timezone
from django.views.generic import TemplateView

from accounts.roles import can_read_records, can_write

PAGE_SIZE = 25
# How many recent meetings, statements and trips a record's page lists before "more".
RECENT_COUNT = 20
# The dates a page can be shown as of: wide enough for any negotiation on record, narrow enough
# that date arithmetic (a chart's margins) never leaves the calendar.
EARLIEST_AS_OF = datetime.date(1900, 1, 1)
LATEST_AS_OF = datetime.date(2199, 12, 31)


@dataclass(frozen=True)
class AsOf:
    """The date a page shows the world as of, and whether the reader chose it."""

    date: datetime.date
    chosen: bool = False
    error: str = ""
    # Other query parameters of the page (filters), kept when the reader picks another date.
    other_params: list[tuple[str, str]] = field(default_factory=list)

    @property
    def is_today(self) -> bool:
        return self.date == timezone.localdate()

    @property
    def without_date_query(self) -> str:
        """The page's other parameters alone: the same page, shown as of today."""
        return urlencode(self.other_params)

    @property
    def query(self) -> str:
        """The query string that keeps this date on the next page ('' for today's view)."""
        return f"as_of={self.date.isoformat()}" if self.chosen else ""


def read_as_of(request) -> AsOf:
    raw = request.GET.get("as_of", "").strip()
    other_params = [
        (name, value)
        for name, values in request.GET.lists()
        if name not in ("as_of", "page")
        for value in values
    ]
    today = timezone.localdate()
    if not raw:
        return AsOf(date=today, other_params=other_params)
    try:
        date = datetime.date.fromisoformat(raw)
    except ValueError:
        return AsOf(
            date=today,
            error=f"“{raw}” is not a date of the form YYYY-MM-DD; showing today instead.",
            other_params=other_params,
        )
    if not EARLIEST_AS_OF <= date <= LATEST_AS_OF:
        return AsOf(
            date=today,
            error=(
                f"“{raw}” is outside the dates the tracker covers ({EARLIEST_AS_OF.isoformat()} "
                f"to {LATEST_AS_OF.isoformat()}); showing today instead."
            ),
            other_params=other_params,
        )
    return AsOf(date=date, chosen=date != today, other_params=other_params)


class ReaderPageMixin:
    """Reading needs a role (or a public deployment); every page is read as of a date."""

    def dispatch(self, request, *args, **kwargs):
        if not can_read_records(request.user):
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            raise PermissionDenied(
                "Your account is signed in but has no role in the tracker: ask an administrator "
                "to give it the viewer role."
            )
        self.as_of = read_as_of(request)
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["as_of"] = self.as_of
        context["user_can_write"] = can_write(self.request.user)
        return context

    def paginate(self, queryset, size: int = PAGE_SIZE):
        """One page of `queryset`; a page number out of range shows the nearest page."""
        return Paginator(queryset, size).get_page(self.request.GET.get("page"))


class ReaderPage(ReaderPageMixin, TemplateView):
    pass
