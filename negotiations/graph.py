"""The relationship graph: who met whom, who mediates between whom, who answered whose proposal.

`build_graph` computes it once, for the API (`GET /api/v1/graph/`) and the pages alike, from five
queries whatever the size of the tracker (seven for an actor's graph, which first finds the actor's
neighbours so as to read only their meetings and answers). Its nodes are actors; where a graph
spans several processes (the whole tracker, an actor's graph), each process an actor is a party
to is a node too, so that `party` edges have two ends a client can find among the nodes:

- an actor's node has the actor's integer `id` (the id of `GET /api/v1/actors/{id}/`);
- a process's node has the string id `"process:<id>"` and the kind `process`, so it can never be
  taken for an actor.

Edges and what their numbers mean:

- `met`: two actors took part in the same meeting; `weight` is the number of meetings, `meetings`
  their ids, `first` and `last` the dates of the first and last. The two ends are in id order.
- `mediates`: a mediator to each party of the process it mediates in, over the mediator's period;
  `weight` is the number of mediating roles, `first` the earliest known start, `last` the end of
  the latest role, or null while one is still running on the date shown.
- `party`: an actor to a process it is a party to, over the party's own recorded period (`since`
  to `until`; null `first` when the sources do not date it, null `last` while it lasts); an
  actor that left the table and came back has one edge covering both periods; `weight` is 1.
- `responded`: a respondent to each author of a proposal it answered by the date shown (pending
  and acknowledged responses are not answers); `weight` is the number of proposals answered,
  `first` and `last` the dates of the answers.

A node's `degree` is the number of edges that touch it in that graph.

Scopes: a process's graph holds the records of that process (its meetings, mediators and
parties, responses to its proposals; no `party` edges, the process being the graph itself). An
actor's graph is the actor, everyone directly linked to it anywhere in the tracker, and every link
among them (its "ego network"). The whole tracker's graph holds everything.

Dates: `as_of` shows the world as it stood that day (meetings held by then, roles begun by then,
parties seated by then, answers given by then); `date_after` and `date_before` keep the meetings
and answers dated in that range, and the roles and party periods that overlap it.
"""

import datetime
from collections import defaultdict
from dataclasses import dataclass, field

from django.db import models
from django.db.models import Q
from django.utils import timezone

from negotiations.models import (
    Actor,
    Mediator,
    NegotiationProcess,
    Participant,
    Party,
    Proposal,
    Response,
)
from negotiations.models.base import DatePrecision


class EdgeKind(models.TextChoices):
    MET = "met", "Met"
    MEDIATES = "mediates", "Mediates with"
    PARTY = "party", "Party to a process"
    RESPONDED = "responded", "Responded to"


PROCESS_NODE_KIND = "process"
EDGE_KIND_ORDER = {kind: index for index, kind in enumerate(EdgeKind.values)}


def process_node_id(process_id: int) -> str:
    return f"process:{process_id}"


@dataclass
class Node:
    id: int | str
    name: str
    kind: str
    slug: str
    degree: int = 0

    @property
    def is_process(self) -> bool:
        return self.kind == PROCESS_NODE_KIND


@dataclass(frozen=True)
class MeetingRef:
    """What the pages show of a meeting behind a `met` edge."""

    id: int
    title: str
    date: datetime.date
    date_precision: str

    @property
    def date_display(self) -> str:
        if self.date_precision == DatePrecision.YEAR:
            return f"{self.date:%Y}"
        if self.date_precision == DatePrecision.MONTH:
            return f"{self.date:%B %Y}"
        return f"{self.date.day} {self.date:%B %Y}"


@dataclass
class Edge:
    source: int | str
    target: int | str
    kind: str
    weight: int = 0
    first: datetime.date | None = None
    last: datetime.date | None = None
    meetings: list[int] = field(default_factory=list)
    # True while a role or process in the edge had not ended by the date shown.
    open_ended: bool = False

    @property
    def key(self) -> tuple:
        return (self.source, self.target, self.kind)

    def covers(self, start: datetime.date | None, end: datetime.date | None) -> None:
        """Widen the edge's dates to take in a record running from `start` to `end` (None: not
        known, or still running)."""
        if start is not None and (self.first is None or start < self.first):
            self.first = start
        if end is None:
            self.open_ended = True
        elif self.last is None or end > self.last:
            self.last = end
        if self.open_ended:
            self.last = None


@dataclass
class Graph:
    nodes: list[Node]
    edges: list[Edge]
    meetings: dict[int, MeetingRef]
    as_of: datetime.date
    date_after: datetime.date | None = None
    date_before: datetime.date | None = None

    def node(self, node_id) -> Node:
        return self._by_id[node_id]

    def __post_init__(self):
        self._by_id = {node.id: node for node in self.nodes}

    def counts_by_kind(self) -> dict[str, int]:
        counts = dict.fromkeys(EdgeKind.values, 0)
        for edge in self.edges:
            counts[edge.kind] += 1
        return counts


# Past this many ids, an IN list strains SQLite's limit on query parameters: a subquery instead.
LONGEST_ID_LIST = 500


def _sort_key(node_id) -> tuple:
    """Actors (integer ids) before processes, each in id order."""
    return (0, node_id, "") if isinstance(node_id, int) else (1, 0, node_id)


def _pair(a: int, b: int) -> tuple[int, int]:
    return (a, b) if a < b else (b, a)


def build_graph(
    *,
    process: NegotiationProcess | None = None,
    actor: Actor | None = None,
    as_of: datetime.date | None = None,
    date_after: datetime.date | None = None,
    date_before: datetime.date | None = None,
) -> Graph:
    """The graph of `process`, of `actor`, or (neither given) of the whole tracker."""
    as_of = as_of or timezone.localdate()
    end = min(as_of, date_before) if date_before else as_of
    edges: dict[tuple, Edge] = {}

    def edge(source, target, kind) -> Edge:
        key = (source, target, kind)
        if key not in edges:
            edges[key] = Edge(source, target, kind)
        return edges[key]

    participants_in_window = Participant.objects.filter(meeting__date__lte=end)
    if date_after:
        participants_in_window = participants_in_window.filter(meeting__date__gte=date_after)
    if process is not None:
        participants_in_window = participants_in_window.filter(meeting__process=process)

    def in_window(start, finish) -> bool:
        return (start is None or start <= end) and (
            date_after is None or finish is None or finish >= date_after
        )

    def ended_by_then(finish):
        return finish if finish is not None and finish <= as_of else None

    # 2. Parties at the table in the window, each period its own row (an actor that left and came
    # back has two rows and is counted once), with its process for the process nodes.
    party_roles = Party.objects.all()
    if process is not None:
        party_roles = party_roles.filter(process=process)
    parties_of: dict[int, list[int]] = defaultdict(list)
    party_periods: list[tuple[int, int, datetime.date | None, datetime.date | None]] = []
    process_rows: dict[int, tuple] = {}
    for process_id, title, slug, party_id, since, until in party_roles.order_by(
        "process_id", "actor_id", "since"
    ).values_list("process_id", "process__title", "process__slug", "actor_id", "since", "until"):
        if not in_window(since, until):
            continue
        process_rows[process_id] = (title, slug)
        party_periods.append((process_id, party_id, since, until))
        if party_id not in parties_of[process_id]:
            parties_of[process_id].append(party_id)

    # 3. Mediators serving in the window, to each party of their process.
    mediators = Mediator.objects.filter(Q(since__isnull=True) | Q(since__lte=end))
    if date_after:
        mediators = mediators.filter(Q(until__isnull=True) | Q(until__gte=date_after))
    if process is not None:
        mediators = mediators.filter(process=process)
    mediator_ids = set()
    for process_id, mediator_id, since, until in mediators.order_by("id").values_list(
        "process_id", "actor_id", "since", "until"
    ):
        mediator_ids.add(mediator_id)
        for party_id in parties_of.get(process_id, []):
            if party_id == mediator_id:
                continue
            mediates = edge(mediator_id, party_id, EdgeKind.MEDIATES)
            mediates.weight += 1
            mediates.covers(since, ended_by_then(until))

    # 4. Parties to processes, over each party's own period, where the graph spans processes.
    if process is None:
        for process_id, party_id, since, until in party_periods:
            party = edge(party_id, process_node_id(process_id), EdgeKind.PARTY)
            party.weight = 1
            party.covers(since, ended_by_then(until))

    # 5. Answers given by the date shown: the respondent to each author of the proposal.
    answers = (
        Response.objects.with_status_on(end)
        .filter(status_on_date__isnull=False)
        .exclude(status_on_date__in=Response.AWAITING)
    )
    if date_after:
        answers = answers.filter(responded_on__gte=date_after)
    if date_before:
        answers = answers.filter(responded_on__lte=date_before)
    if process is not None:
        answers = answers.filter(proposal__process=process)
    if actor is not None:
        # Only answers among the actor and its neighbours are kept, so only those given by one of
        # them are read: the neighbours are those met at a meeting (a subquery), those linked by
        # a role (steps 2 to 4) and those the actor answered or was answered by.
        co_participants = (
            participants_in_window.filter(
                meeting_id__in=participants_in_window.filter(actor=actor).values("meeting_id")
            )
            .values("actor_id")
            .distinct()
        )
        other_neighbours = {
            other
            for edge_ in edges.values()
            for one, other in ((edge_.source, edge_.target), (edge_.target, edge_.source))
            if one == actor.pk and isinstance(other, int)
        }
        other_neighbours.add(actor.pk)
        # The actor's proposals by subquery: a filter on the joined authors would first join
        # (and date) every answer in the tracker.
        own_proposals = Proposal.authors.through.objects.filter(actor=actor).values("proposal_id")
        for respondent_id, author_id in (
            answers.filter(Q(respondent=actor) | Q(proposal_id__in=own_proposals))
            .order_by()
            .values_list("respondent_id", "proposal__authors")
        ):
            if respondent_id == actor.pk and author_id is not None:
                other_neighbours.add(author_id)
            if author_id == actor.pk:
                other_neighbours.add(respondent_id)
        # Named by id, the neighbours let PostgreSQL read their rows from the actor indexes; as
        # a subquery ORed with a list it scanned every participant and meeting instead. Past a
        # few hundred (SQLite's limit on query parameters) the subquery stands in.
        neighbours = set(co_participants[: LONGEST_ID_LIST + 1].values_list("actor_id", flat=True))
        named = len(neighbours | other_neighbours) <= LONGEST_ID_LIST

        def in_neighbourhood(field_name: str) -> Q:
            if named:
                return Q(**{f"{field_name}__in": sorted(neighbours | other_neighbours)})
            return Q(**{f"{field_name}__in": co_participants}) | Q(
                **{f"{field_name}__in": other_neighbours}
            )

        answers = answers.filter(in_neighbourhood("respondent_id"))
    for respondent_id, author_id, responded_on in answers.order_by(
        "id", "proposal__authors"
    ).values_list("respondent_id", "proposal__authors", "responded_on"):
        if author_id is None or author_id == respondent_id:
            continue
        responded = edge(respondent_id, author_id, EdgeKind.RESPONDED)
        responded.weight += 1
        responded.covers(responded_on, responded_on)

    # 1. Meetings held in the window: every pair of participants met.
    participants = participants_in_window
    if actor is not None:
        # An actor's graph keeps only the links among the actor and its neighbours: only their
        # attendance is read, not every participant row of the tracker.
        participants = participants.filter(in_neighbourhood("actor_id"))
    meetings: dict[int, MeetingRef] = {}
    attendance: dict[int, list[int]] = defaultdict(list)
    for meeting_id, actor_id, title, date, precision in participants.order_by(
        "meeting__date", "meeting_id", "actor_id"
    ).values_list(
        "meeting_id", "actor_id", "meeting__title", "meeting__date", "meeting__date_precision"
    ):
        meetings[meeting_id] = MeetingRef(meeting_id, title, date, precision)
        attendance[meeting_id].append(actor_id)
    for meeting_id, actor_ids in attendance.items():
        meeting = meetings[meeting_id]
        for index, first_actor in enumerate(actor_ids):
            for second_actor in actor_ids[index + 1 :]:
                met = edge(*_pair(first_actor, second_actor), EdgeKind.MET)
                met.weight += 1
                met.meetings.append(meeting_id)
                met.covers(meeting.date, meeting.date)

    node_ids = {end_id for edge_ in edges.values() for end_id in (edge_.source, edge_.target)}
    if process is not None:
        # The people of the process belong in its picture even before they are linked.
        node_ids |= set(parties_of.get(process.pk, [])) | mediator_ids
    kept = list(edges.values())
    if actor is not None:
        neighbours = {
            other
            for edge_ in kept
            for one, other in ((edge_.source, edge_.target), (edge_.target, edge_.source))
            if one == actor.pk
        }
        node_ids = neighbours | {actor.pk}
        kept = [e for e in kept if e.source in node_ids and e.target in node_ids]

    actor_ids = [node_id for node_id in node_ids if isinstance(node_id, int)]
    # A long IN list strains SQLite's limit on query parameters: those met at the meetings read
    # above are named by the same query as a subquery (a busy process has thousands; reading every
    # actor of the tracker instead grew with the tracker), the few others by id.
    attended = {actor_id for actor_ids_ in attendance.values() for actor_id in actor_ids_}
    others = [actor_id for actor_id in actor_ids if actor_id not in attended]
    if len(actor_ids) <= LONGEST_ID_LIST:
        actors = Actor.objects.filter(pk__in=actor_ids)
    elif len(others) > LONGEST_ID_LIST:
        actors = Actor.objects.all()
    else:
        actors = Actor.objects.filter(Q(pk__in=participants.values("actor_id")) | Q(pk__in=others))
    wanted = set(actor_ids)
    nodes = [
        Node(id=pk, name=name, kind=kind, slug=slug)
        for pk, name, kind, slug in actors.values_list("id", "name", "kind", "slug")
        if pk in wanted
    ]
    for node_id in node_ids:
        if isinstance(node_id, str):
            title, slug = process_rows[int(node_id.split(":")[1])]
            nodes.append(Node(id=node_id, name=title, kind=PROCESS_NODE_KIND, slug=slug))
    degree = defaultdict(int)
    for edge_ in kept:
        degree[edge_.source] += 1
        degree[edge_.target] += 1
    for node in nodes:
        node.degree = degree[node.id]
    nodes.sort(key=lambda node: (node.name.casefold(), _sort_key(node.id)))
    kept.sort(
        key=lambda e: (EDGE_KIND_ORDER[e.kind], -e.weight, _sort_key(e.source), _sort_key(e.target))
    )
    return Graph(
        nodes=nodes,
        edges=kept,
        meetings={pk: meetings[pk] for e in kept for pk in e.meetings},
        as_of=as_of,
        date_after=date_after,
        date_before=date_before,
    )
