from urllib.parse import urlencode

from django.db.models import Prefetch
from django.shortcuts import get_object_or_404
from django.urls import reverse

from negotiations.models import (
    Event,
    Mediator,
    Meeting,
    NegotiationProcess,
    Party,
    ProcessStatusChange,
    Proposal,
    ProposalStatusChange,
    Statement,
)
from negotiations.timeline import build_timeline, date_span, period_for, tally, tally_marks
from negotiations.views.base import RECENT_COUNT, ReaderPage
from negotiations.views.dashboard import responses_for_board
from negotiations.views.downloads import CsvDownloadMixin
from negotiations.views.graph import graph_context


class ProcessListView(CsvDownloadMixin, ReaderPage):
    csv_resource = "processes"
    template_name = "negotiations/process_list.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        on = self.as_of.date
        processes = NegotiationProcess.objects.as_of(on).with_status_on(on)
        context["page_obj"] = self.paginate(processes)
        return context


# Up to this many meetings (and as many statements) a process's timeline marks one by one;
# beyond, it counts them by period, so that the chart's work does not grow with the records.
TIMELINE_RECORD_LIMIT = 100


def process_timeline_items(process, meetings, statements) -> dict:
    """build_timeline()'s meetings, statements and tallies for a process: each kind's records
    when they are few, else their counts by a period fine enough for the span they cover. A
    fixed number of queries either way (a span, then the records or the counts, per kind)."""
    spans = {"meeting": date_span(meetings), "statement": date_span(statements)}
    period = period_for(
        min((first for first, _, _ in spans.values() if first), default=None),
        max((last for _, last, _ in spans.values() if last), default=None),
    )

    def list_url(viewname):
        def url(start, end):
            query = {"process": process.slug, "date_after": start, "date_before": end}
            return f"{reverse(viewname)}?{urlencode(query)}"

        return url

    items = {"meetings": [], "statements": [], "tallies": []}
    tallies = []
    if spans["meeting"][2] <= TIMELINE_RECORD_LIMIT:
        items["meetings"] = list(meetings.order_by("date", "id"))
    else:
        tallies += tally("meeting", meetings, period, list_url("negotiations:meeting-list"))
    if spans["statement"][2] <= TIMELINE_RECORD_LIMIT:
        items["statements"] = list(
            statements.select_related("speaker", "proposal", "process").order_by("date", "id")
        )
    else:
        tallies += tally("statement", statements, period, list_url("negotiations:statement-list"))
    items["tallies"] = tally_marks(
        tallies,
        period,
        {"meeting": ("meeting", "meetings"), "statement": ("statement", "statements")},
    )
    return items


class ProcessDetailView(ReaderPage):
    template_name = "negotiations/process_detail.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        on = self.as_of.date
        process = get_object_or_404(
            NegotiationProcess.objects.prefetch_related(
                Prefetch(
                    "party_roles",
                    queryset=Party.objects.select_related("actor")
                    .prefetch_related("sources")
                    .as_of(on),
                ),
                Prefetch(
                    "status_changes",
                    queryset=ProcessStatusChange.objects.select_related(
                        "retracted_by"
                    ).prefetch_related("sources"),
                ),
                Prefetch(
                    "mediators",
                    queryset=Mediator.objects.select_related("actor")
                    .prefetch_related("sources")
                    .as_of(on),
                ),
            ),
            slug=self.kwargs["slug"],
        )
        proposals = list(
            Proposal.objects.filter(process=process)
            .as_of(on)
            .select_related("announced_by")
            .prefetch_related(
                Prefetch("status_changes", queryset=ProposalStatusChange.objects.all())
            )
            .order_by("announced_on", "id")
        )
        responses = list(
            responses_for_board()
            .filter(proposal__process=process)
            .as_of(on)
            .order_by("requested_on", "respondent__name")
        )
        # A process holds thousands of meetings and statements: the page lists the latest few
        # and the timeline counts the rest by period in the database, each count linking to the
        # full list filtered to its period, so the page's work does not grow with the records.
        meetings = Meeting.objects.filter(process=process).as_of(on)
        statements = Statement.objects.about_process(process).as_of(on)
        recent_meetings = list(
            meetings.select_related("location")
            .prefetch_related("sources")
            .order_by("-date", "-id")[: RECENT_COUNT + 1]
        )
        recent_statements = list(
            statements.select_related("speaker", "proposal", "process")
            .prefetch_related("sources")
            .order_by("-date", "-id")[: RECENT_COUNT + 1]
        )
        events = list(
            Event.objects.filter(process=process)
            .as_of(on)
            .select_related("process")
            .prefetch_related("sources")
            .order_by("date", "id")
        )
        status_changes = [c for c in process.status_changes.all() if c.changed_on <= on]
        proposal_changes = [
            change
            for proposal in proposals
            for change in proposal.status_changes.all()
            if change.changed_on <= on
        ]
        response_changes = [
            change
            for response in responses
            for change in response.status_changes.all()
            if change.changed_on <= on
        ]
        context.update(
            process=process,
            not_yet_started=bool(process.started_on and process.started_on > on),
            status_changes=status_changes,
            proposals=proposals,
            responses=responses,
            recent_meetings=recent_meetings[:RECENT_COUNT],
            more_meetings=len(recent_meetings) > RECENT_COUNT,
            recent_statements=recent_statements[:RECENT_COUNT],
            more_statements=len(recent_statements) > RECENT_COUNT,
            events=events,
            timeline=build_timeline(
                title=f"Timeline of {process}",
                as_of=on,
                **process_timeline_items(process, meetings, statements),
                events=events,
                status_changes=status_changes + proposal_changes + response_changes,
                responses=responses,
            ),
        )
        context.update(
            graph_context(
                self.request, self.as_of, title=f"Who met whom in {process}", process=process
            )
        )
        return context
