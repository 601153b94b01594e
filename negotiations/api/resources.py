"""The contract's resources: URL prefix, viewset and model, in one table that the router,
the changes feed and error messages share."""

from negotiations.api import views

RESOURCES = {
    "actors": views.ActorViewSet,
    "positions": views.PositionViewSet,
    "locations": views.LocationViewSet,
    "sources": views.SourceViewSet,
    "processes": views.ProcessViewSet,
    "mediators": views.MediatorViewSet,
    "parties": views.PartyViewSet,
    "proposals": views.ProposalViewSet,
    "responses": views.ResponseViewSet,
    "meetings": views.MeetingViewSet,
    "trips": views.TripViewSet,
    "statements": views.StatementViewSet,
    "events": views.EventViewSet,
}

MODELS = {route: viewset.queryset.model for route, viewset in RESOURCES.items()}


def route_for_model(model) -> str | None:
    for route, resource_model in MODELS.items():
        if resource_model is model:
            return route
    return None
