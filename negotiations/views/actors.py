from django.db.models import Q
from django.shortcuts import get_object_or_404

from negotiations.models import (
    Actor,
    Meeting,
    NegotiationProcess,
    Party,
    Position,
    Statement,
    Trip,
)
from negotiations.views.base import RECENT_COUNT, ReaderPage
from negotiations.views.dashboard import responses_for_board
from negotiations.views.downloads import CsvDownloadMixin
from negotiations.views.graph import graph_context


class ActorListView(CsvDownloadMixin, ReaderPage):
    csv_resource = "actors"
    template_name = "negotiations/actor_list.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        kind = self.request.GET.get("kind", "")
        actors = Actor.objects.select_related("parent")
        if kind in Actor.Kind.values:
            actors = actors.filter(kind=kind)
        context.update(
            kinds=Actor.Kind.choices,
            kind=kind if kind in Actor.Kind.values else "",
            page_obj=self.paginate(actors),
        )
        return context


class ActorDetailView(ReaderPage):
    template_name = "negotiations/actor_detail.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        on = self.as_of.date
        actor = get_object_or_404(
            Actor.objects.select_related("parent").prefetch_related("children"),
            slug=self.kwargs["slug"],
        )
        positions = (
            Position.objects.filter(Q(person=actor) | Q(organization=actor))
            .as_of(on)
            .select_related("person", "organization")
            .prefetch_related("sources")
            .order_by("-start", "id")
        )
        meetings = (
            Meeting.objects.involving(actor)
            .as_of(on)
            .select_related("location", "process")
            .prefetch_related("sources")
        )
        statements = (
            Statement.objects.filter(speaker=actor)
            .as_of(on)
            .select_related("speaker", "proposal", "process")
            .prefetch_related("sources")
        )
        party_roles = (
            Party.objects.filter(actor=actor)
            .as_of(on)
            .select_related("process")
            .prefetch_related("sources")
        )
        context.update(
            actor=actor,
            positions=list(positions),
            party_roles=list(party_roles),
            processes=NegotiationProcess.objects.involving(actor).as_of(on).with_status_on(on),
            meetings=list(meetings[: RECENT_COUNT + 1]),
            statements=list(statements[: RECENT_COUNT + 1]),
            responses=responses_for_board()
            .filter(respondent=actor)
            .as_of(on)
            .longest_waiting_first(),
            trips=Trip.objects.filter(traveller=actor).as_of(on)[:RECENT_COUNT],
            recent_count=RECENT_COUNT,
        )
        context.update(
            graph_context(
                self.request, self.as_of, title=f"Who met whom around {actor}", actor=actor
            )
        )
        return context
