import datetime

from django.db.models import Prefetch
from django.shortcuts import get_object_or_404

from negotiations.models import (
    Event,
    Proposal,
    ProposalStatusChange,
)
from negotiations.timeline import build_timeline
from negotiations.views.base import ReaderPage
from negotiations.views.dashboard import responses_for_board
from negotiations.views.downloads import CsvDownloadMixin
from negotiations.views.filters import ProposalFilterForm, filter_values

# Events of the process this long before an announcement are shown as its context.
EVENT_CONTEXT_DAYS = 60


class ProposalListView(CsvDownloadMixin, ReaderPage):
    csv_resource = "proposals"
    template_name = "negotiations/proposal_list.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        on = self.as_of.date
        form = ProposalFilterForm(self.request.GET)
        filters = filter_values(form)
        proposals = (
            Proposal.objects.as_of(on).with_status_on(on).select_related("process", "announced_by")
        )
        if "process" in filters:
            proposals = proposals.filter(process=filters["process"])
        if "status" in filters:
            proposals = proposals.filter(status_on_date=filters["status"])
        context.update(
            filter_form=form,
            filtered=bool(filters),
            page_obj=self.paginate(proposals),
        )
        return context


class ProposalDetailView(ReaderPage):
    template_name = "negotiations/proposal_detail.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        on = self.as_of.date
        proposal = get_object_or_404(
            Proposal.objects.select_related(
                "process", "announced_by", "supersedes"
            ).prefetch_related(
                "authors",
                "sources",
                "phases__provisions",
                Prefetch(
                    "status_changes",
                    queryset=ProposalStatusChange.objects.select_related(
                        "retracted_by"
                    ).prefetch_related("sources"),
                ),
                Prefetch(
                    "superseded_by",
                    queryset=Proposal.objects.as_of(on),
                ),
            ),
            slug=self.kwargs["slug"],
        )
        responses = list(
            responses_for_board()
            .filter(proposal=proposal)
            .as_of(on)
            .select_related("counter_proposal")
            .order_by("respondent__name")
        )
        meetings = list(
            proposal.meetings.as_of(on)
            .select_related("location")
            .prefetch_related("sources", "participants__actor")
            .order_by("date", "id")
        )
        statements = list(
            proposal.statements.as_of(on)
            .select_related("speaker", "proposal", "process")
            .prefetch_related("sources")
            .order_by("date", "id")
        )
        events = []
        if proposal.announced_on:
            # Counted on ordinals so that an announcement dated near year 1 cannot overflow.
            since = datetime.date.fromordinal(
                max(1, proposal.announced_on.toordinal() - EVENT_CONTEXT_DAYS)
            )
            events = list(
                Event.objects.filter(process=proposal.process_id, date__gte=since)
                .as_of(on)
                .select_related("process")
                .prefetch_related("sources")
                .order_by("date", "id")
            )
        status_changes = [c for c in proposal.status_changes.all() if c.changed_on <= on]
        response_changes = [
            change
            for response in responses
            for change in response.status_changes.all()
            if change.changed_on <= on
        ]
        context.update(
            proposal=proposal,
            not_yet_announced=bool(proposal.announced_on and proposal.announced_on > on),
            responses=responses,
            meetings=meetings,
            statements=statements,
            events=events,
            status_changes=status_changes,
            timeline=build_timeline(
                title=f"Timeline of {proposal}",
                as_of=on,
                meetings=meetings,
                statements=statements,
                events=events,
                status_changes=status_changes + response_changes,
                responses=responses,
            ),
        )
        return context
