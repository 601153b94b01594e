from negotiations.models.actors import (
    Actor,
    ActorName,
    Location,
    MergedActor,
    Position,
    Source,
)
from negotiations.models.base import DatePrecision
from negotiations.models.intake import Intake, IntakeRecord
from negotiations.models.meetings import Event, Meeting, Participant, Statement, Trip, TripStop
from negotiations.models.processes import (
    Mediator,
    NegotiationProcess,
    Party,
    ProcessStatusChange,
)
from negotiations.models.proposals import (
    Phase,
    Proposal,
    ProposalStatusChange,
    Provision,
    Response,
    ResponseStatusChange,
)

__all__ = [
    "Actor",
    "ActorName",
    "DatePrecision",
    "Event",
    "Intake",
    "IntakeRecord",
    "Location",
    "Mediator",
    "MergedActor",
    "Meeting",
    "NegotiationProcess",
    "Participant",
    "Party",
    "Phase",
    "Position",
    "ProcessStatusChange",
    "Proposal",
    "ProposalStatusChange",
    "Provision",
    "Response",
    "ResponseStatusChange",
    "Source",
    "Statement",
    "Trip",
    "TripStop",
]
