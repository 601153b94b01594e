from django.shortcuts import get_object_or_404

from negotiations.models import Source
from negotiations.views.base import ReaderPage

CITATIONS_SHOWN = 50


class SourceDetailView(ReaderPage):
    template_name = "negotiations/source_detail.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        on = self.as_of.date
        source = get_object_or_404(Source, pk=self.kwargs["pk"])
        limit = CITATIONS_SHOWN
        context.update(
            source=source,
            published_after_as_of=bool(source.published_on and source.published_on > on),
            cited_by_proposals=source.proposals.as_of(on)[:limit],
            cited_by_meetings=source.meetings.as_of(on)[:limit],
            cited_by_statements=source.statements.as_of(on).select_related(
                "speaker", "proposal", "process"
            )[:limit],
            cited_by_events=source.events.as_of(on).select_related("process")[:limit],
            cited_by_responses=source.responses.as_of(on).select_related("respondent", "proposal")[
                :limit
            ],
            cited_by_positions=source.positions.as_of(on).select_related("person", "organization")[
                :limit
            ],
            cited_by_trips=source.trips.as_of(on).select_related("traveller")[:limit],
        )
        return context
