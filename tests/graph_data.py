"""A generated tracker for the relationship-graph tests, built from factories, whose graph is
known in advance: a hub who meets a ring of envoys, mediators between two parties, and answers
to one party's proposal.

With `size` envoys E0..E(size-1) (size >= 3), meeting i (on day i after START) has the hub, Ei
and E(i+1 mod size) around the table, so that:

- the hub met each envoy twice (meetings i-1 and i; E0 in the first and the last meeting);
- each envoy met the next once;
- each of the `size` mediators mediates between the two parties (2 * size edges);
- each of the `size` respondents answered the first party's proposal (size `responded` edges).
"""

import datetime
from dataclasses import dataclass, field

from negotiations.models import Actor, Response
from tests.factories import (
    ActorFactory,
    MediatorFactory,
    MeetingFactory,
    ParticipantFactory,
    PersonFactory,
    ProcessFactory,
    ProposalFactory,
    ResponseFactory,
)

START = datetime.date(2024, 1, 1)


def day(index: int) -> datetime.date:
    return START + datetime.timedelta(days=index)


@dataclass
class GeneratedTracker:
    size: int
    process: object
    hub: Actor
    envoys: list = field(default_factory=list)
    meetings: list = field(default_factory=list)
    mediators: list = field(default_factory=list)
    respondents: list = field(default_factory=list)
    parties: list = field(default_factory=list)

    @property
    def last_day(self) -> datetime.date:
        return day(self.size - 1)


def build_generated_tracker(size: int, *, prefix: str = "G") -> GeneratedTracker:
    assert size >= 3, "the ring needs three envoys for its pairs to be distinct"
    process = ProcessFactory(title=f"{prefix} talks", started_on=START)
    parties = [ActorFactory(name=f"{prefix} party {side}") for side in ("A", "B")]
    process.parties.add(*parties)
    tracker = GeneratedTracker(
        size=size, process=process, hub=PersonFactory(name=f"{prefix} hub"), parties=parties
    )
    tracker.envoys = [PersonFactory(name=f"{prefix} envoy {index}") for index in range(size)]
    for index in range(size):
        meeting = MeetingFactory(
            process=process, title=f"{prefix} round {index}", date=day(index), trip=None
        )
        for actor in (tracker.hub, tracker.envoys[index], tracker.envoys[(index + 1) % size]):
            ParticipantFactory(meeting=meeting, actor=actor)
        tracker.meetings.append(meeting)
    for index in range(size):
        mediator = ActorFactory(name=f"{prefix} mediator {index}")
        MediatorFactory(process=process, actor=mediator, since=day(index))
        tracker.mediators.append(mediator)
    proposal = ProposalFactory(process=process, title=f"{prefix} plan", announced_on=START)
    proposal.authors.add(parties[0])
    for index in range(size):
        respondent = ActorFactory(name=f"{prefix} respondent {index}")
        answer = ResponseFactory(proposal=proposal, respondent=respondent, requested_on=START)
        answer.change_status(Response.Status.ACCEPTED, changed_on=day(index))
        tracker.respondents.append(respondent)
    return tracker
