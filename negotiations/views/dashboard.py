from itertools import chain

from django.db.models import Prefetch

from negotiations.models import (
    Meeting,
    NegotiationProcess,
    ProcessStatusChange,
    ProposalStatusChange,
    Response,
    ResponseStatusChange,
    Statement,
)
from negotiations.views.base import ReaderPage

LATEST_COUNT = 8
PENDING_PAGE_SIZE = 50


def responses_for_board():
    """Responses with what a response board shows, fetched in a fixed number of queries."""
    return Response.objects.select_related("respondent", "proposal").prefetch_related(
        "sources",
        Prefetch(
            "status_changes", queryset=ResponseStatusChange.objects.prefetch_related("sources")
        ),
    )


def latest_status_changes(on, limit: int) -> list:
    """The latest status changes of processes, proposals and responses on or before `on`."""
    logs = [
        ProcessStatusChange.objects.select_related("process"),
        ProposalStatusChange.objects.select_related("proposal"),
        ResponseStatusChange.objects.select_related("response__respondent", "response__proposal"),
    ]
    newest_first = ("-changed_on", "-recorded_at", "-id")
    changes = chain.from_iterable(
        log.live().as_of(on).prefetch_related("sources").order_by(*newest_first)[:limit]
        for log in logs
    )
    return sorted(changes, key=lambda c: (c.changed_on, c.recorded_at), reverse=True)[:limit]


class DashboardView(ReaderPage):
    template_name = "negotiations/dashboard.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        on = self.as_of.date
        pending = responses_for_board().as_of(on).pending(on).longest_waiting_first()
        context.update(
            active_processes=NegotiationProcess.objects.active(on).as_of(on),
            pending_page=self.paginate(pending, PENDING_PAGE_SIZE),
            overdue_count=Response.objects.as_of(on).overdue(on).count(),
            latest_meetings=Meeting.objects.as_of(on)
            .select_related("location", "process")
            .prefetch_related("sources")[:LATEST_COUNT],
            latest_statements=Statement.objects.as_of(on)
            .select_related("speaker", "proposal", "process")
            .prefetch_related("sources")[:LATEST_COUNT],
            latest_status_changes=latest_status_changes(on, LATEST_COUNT),
        )
        return context
