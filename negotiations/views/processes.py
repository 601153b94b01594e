from django.db.models import Prefetch, Q
from django.shortcuts import get_object_or_404

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
from negotiations.timeline import build_timeline
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
        meetings = list(
            Meeting.objects.filter(process=process)
            .as_of(on)
            .select_related("location")
            .prefetch_related("sources")
            .order_by("date", "id")
        )
        statements = list(
            Statement.objects.filter(Q(process=process) | Q(proposal__process=process))
            .as_of(on)
            .select_related("speaker", "proposal", "process")
            .prefetch_related("sources")
            .order_by("date", "id")
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
            recent_meetings=meetings[::-1][:RECENT_COUNT],
            more_meetings=len(meetings) > RECENT_COUNT,
            events=events,
            timeline=build_timeline(
                title=f"Timeline of {process}",
                as_of=on,
                meetings=meetings,
                statements=statements,
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
