"""The read-only status pages analysts browse, one module per kind of page."""

from negotiations.views.actors import ActorDetailView, ActorListView
from negotiations.views.dashboard import DashboardView
from negotiations.views.graph import GraphView
from negotiations.views.meetings import MeetingDetailView, MeetingListView, TripDetailView
from negotiations.views.processes import ProcessDetailView, ProcessListView
from negotiations.views.proposals import ProposalDetailView, ProposalListView
from negotiations.views.search import SearchView
from negotiations.views.sources import SourceDetailView
from negotiations.views.statements import StatementListView

__all__ = [
    "ActorDetailView",
    "ActorListView",
    "DashboardView",
    "GraphView",
    "MeetingDetailView",
    "MeetingListView",
    "ProcessDetailView",
    "ProcessListView",
    "ProposalDetailView",
    "ProposalListView",
    "SearchView",
    "SourceDetailView",
    "StatementListView",
    "TripDetailView",
]
