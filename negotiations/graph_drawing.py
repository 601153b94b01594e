"""The relationship graph drawn on the server: positions, sizes and texts for an SVG network.

The layout is networkx's force-directed (spring) layout with a fixed seed over nodes and edges
added in a fixed order, so the same data always gives the same picture. The template only draws
what is computed here. A big graph stays legible: only the strongest edges are drawn and only the
best-linked nodes are named on the picture (every node keeps its tooltip and link). The table
beside the picture lists every edge with every meeting on the page of the whole tracker's graph;
on the process and actor pages (`whole_table=False`) it lists only the edges drawn, each with its
latest few meetings, and links to the whole table: a busy process's every link and meeting made
most of its page.
"""

import math
from dataclasses import dataclass, field

import networkx

from negotiations.graph import EDGE_KIND_ORDER, Edge, EdgeKind, Graph, Node

WIDTH = 960
HEIGHT = 640
MARGIN = 48
# More edges than this turn the picture into a hairball; the rest are in the table.
MAX_DRAWN_EDGES = 150
# networkx lays out more than 500 nodes with scipy; the least linked beyond this are left off.
MAX_DRAWN_NODES = 300
MAX_LABELS = 30
# The meetings a shortened table row and a tooltip name, latest first in time; the rest counted.
MEETINGS_PER_ROW = 3
LAYOUT_SEED = 20240610
MIN_RADIUS, MAX_RADIUS = 5.0, 18.0
MIN_WIDTH, MAX_WIDTH = 2.0, 9.0
# Parallel edges of one pair (met and mediates between Egypt and Israel) are drawn side by side.
PARALLEL_GAP = 4.0

EDGE_KIND_TEXT = {
    EdgeKind.MET: "met",
    EdgeKind.MEDIATES: "mediates with",
    EdgeKind.PARTY: "is a party to",
    EdgeKind.RESPONDED: "responded to",
}


def _day(date) -> str:
    return f"{date.day} {date:%B %Y}" if date else ""


def edge_summary(edge: Edge, graph: Graph) -> str:
    """One sentence for an edge: "Antony Blinken met Abdel Fattah al-Sisi: 2 meetings, from ...
    to ..." (the SVG tooltip and the table say the same)."""
    source, target = graph.node(edge.source), graph.node(edge.target)
    text = f"{source.name} {EDGE_KIND_TEXT[edge.kind]} {target.name}"
    if edge.kind == EdgeKind.MET:
        text += f": {edge.weight} meeting{'s' if edge.weight != 1 else ''}"
    elif edge.kind == EdgeKind.MEDIATES and edge.weight > 1:
        text += f": {edge.weight} roles"
    elif edge.kind == EdgeKind.RESPONDED:
        text += f": {edge.weight} proposal{'s' if edge.weight != 1 else ''} answered"
    if edge.first and edge.last and edge.first == edge.last:
        text += f" ({_day(edge.first)})"
    elif edge.first or edge.last:
        text += f" (from {_day(edge.first) or 'an unrecorded date'}"
        text += f" to {_day(edge.last)})" if edge.last else ", still on the date shown)"
    if edge.meetings:
        shown = edge.meetings[-MEETINGS_PER_ROW:]
        text += ": " + "; ".join(
            f"{graph.meetings[pk].title}, {graph.meetings[pk].date_display}" for pk in shown
        )
        if len(edge.meetings) > len(shown):
            text += f"; and {len(edge.meetings) - len(shown)} more"
    return text


@dataclass
class DrawnNode:
    node: Node
    x: float
    y: float
    radius: float
    label: str = ""
    label_x: float = 0
    label_y: float = 0
    text: str = ""

    # A process's node is a square (shape, not only colour, tells it from an actor).
    @property
    def box_x(self) -> float:
        return round(self.x - self.radius, 1)

    @property
    def box_y(self) -> float:
        return round(self.y - self.radius, 1)

    @property
    def box_size(self) -> float:
        return round(2 * self.radius, 1)


@dataclass
class DrawnEdge:
    edge: Edge
    x1: float
    y1: float
    x2: float
    y2: float
    width: float
    text: str


@dataclass
class EdgeRow:
    """One line of the table: every edge, drawn or not (only those drawn in a shortened table)."""

    edge: Edge
    source: Node
    target: Node
    kind_label: str
    meetings: list = field(default_factory=list)
    drawn: bool = False
    # Meetings of the edge left out of a shortened row (the earliest ones).
    more_meetings: int = 0


@dataclass
class Drawing:
    title: str
    description: str
    width: int
    height: int
    nodes: list[DrawnNode]
    edges: list[DrawnEdge]
    rows: list[EdgeRow]
    total_edges: int
    total_nodes: int
    kinds_shown: list[tuple[str, str]]

    @property
    def is_shortened(self) -> bool:
        """True when the table leaves out links or meetings (the whole table is elsewhere)."""
        return len(self.rows) < self.total_edges or any(row.more_meetings for row in self.rows)

    @property
    def is_empty(self) -> bool:
        return not self.nodes

    @property
    def hidden_edges(self) -> int:
        return self.total_edges - len(self.edges)

    @property
    def hidden_nodes(self) -> int:
        return self.total_nodes - len(self.nodes)


def _strength(edge: Edge) -> tuple:
    """Strongest first: meetings count most, then the other kinds, heavier before lighter."""
    return (edge.kind != EdgeKind.MET, -edge.weight, EDGE_KIND_ORDER[edge.kind])


# The same scales on every page, so that a thick line means as many meetings everywhere.
def node_radius(degree: int) -> float:
    return round(min(MAX_RADIUS, MIN_RADIUS + 2.5 * math.sqrt(degree)), 1)


def edge_width(weight: int) -> float:
    return round(min(MAX_WIDTH, MIN_WIDTH + 1.6 * math.log2(max(weight, 1))), 1)


def _layout(layout_graph: networkx.Graph, *, order: dict) -> dict:
    """Positions from 0 to 1 on both axes. Each connected group of nodes is laid out on its own
    and given a cell in proportion to its size, filled row by row (biggest first): laid out
    together, groups push each other to the corners and crowd their own nodes."""
    for _a, _b, data in layout_graph.edges(data=True):
        # Strongly tied actors pull together, on a log scale so one busy pair does not collapse.
        data["strength"] = 1 + math.log(data["weight"])
    groups = sorted(
        (
            sorted(group, key=order.__getitem__)
            for group in networkx.connected_components(layout_graph)
        ),
        key=lambda group: (-len(group), order[group[0]]),
    )
    total = sum(len(group) for group in groups)
    row_width = max(math.sqrt(total) * 1.6, math.sqrt(len(groups[0]))) if groups else 1
    placed, x, y, row_height = {}, 0.0, 0.0, 0.0
    for group in groups:
        side = math.sqrt(len(group))
        if x > 0 and x + side > row_width + 1e-9:
            x, y, row_height = 0.0, y + row_height, 0.0
        if len(group) == 1:
            local = {group[0]: (0.0, 0.0)}
        else:
            subgraph = layout_graph.subgraph(group)
            local = networkx.spring_layout(subgraph, seed=LAYOUT_SEED, weight="strength")
        # Spring layouts span -1..1; keep a margin inside the cell so groups do not touch.
        for node_id in group:
            lx, ly = local[node_id]
            placed[node_id] = (
                x + side * (0.5 + 0.4 * float(lx)),
                y + side * (0.5 + 0.4 * float(ly)),
            )
        x += side
        row_height = max(row_height, side)
    if not placed:
        return {}
    xs = [point[0] for point in placed.values()]
    ys = [point[1] for point in placed.values()]
    low_x, low_y = min(xs), min(ys)
    span_x, span_y = (max(xs) - low_x) or 1, (max(ys) - low_y) or 1
    centred_x, centred_y = max(xs) == low_x, max(ys) == low_y
    return {
        node_id: (
            0.5 if centred_x else (px - low_x) / span_x,
            0.5 if centred_y else (py - low_y) / span_y,
        )
        for node_id, (px, py) in placed.items()
    }


def _row(edge: Edge, graph: Graph, *, drawn: bool, whole: bool) -> EdgeRow:
    meeting_ids = edge.meetings if whole else edge.meetings[-MEETINGS_PER_ROW:]
    return EdgeRow(
        edge=edge,
        source=graph.node(edge.source),
        target=graph.node(edge.target),
        kind_label=EDGE_KIND_TEXT[edge.kind],
        meetings=[graph.meetings[pk] for pk in meeting_ids],
        drawn=drawn,
        more_meetings=len(edge.meetings) - len(meeting_ids),
    )


def draw_graph(graph: Graph, *, title: str, whole_table: bool = True) -> Drawing:
    """The picture and its table; `whole_table=False` keeps the table to the edges drawn, each
    with its latest MEETINGS_PER_ROW meetings."""
    rank = {node.id: index for index, node in enumerate(graph.nodes)}
    by_degree = sorted(graph.nodes, key=lambda node: (-node.degree, rank[node.id]))
    drawn_nodes = by_degree[:MAX_DRAWN_NODES]
    drawn_ids = {node.id for node in drawn_nodes}
    candidates = [e for e in graph.edges if e.source in drawn_ids and e.target in drawn_ids]
    drawn_edges = sorted(candidates, key=_strength)[:MAX_DRAWN_EDGES]

    layout_graph = networkx.Graph()
    for node in drawn_nodes:
        layout_graph.add_node(node.id)
    for edge in drawn_edges:
        if layout_graph.has_edge(edge.source, edge.target):
            layout_graph[edge.source][edge.target]["weight"] += edge.weight
        else:
            layout_graph.add_edge(edge.source, edge.target, weight=edge.weight)
    positions = _layout(layout_graph, order=rank)

    def place(node_id) -> tuple[float, float]:
        x, y = positions[node_id]
        return (
            round(MARGIN + x * (WIDTH - 2 * MARGIN), 1),
            round(MARGIN + y * (HEIGHT - 2 * MARGIN), 1),
        )

    labelled = {node.id for node in by_degree[:MAX_LABELS]}
    nodes = []
    for node in drawn_nodes:
        x, y = place(node.id)
        radius = node_radius(node.degree)
        label = ""
        if node.id in labelled:
            label = node.name if len(node.name) <= 28 else f"{node.name[:27]}…"
        # Labels go on the side away from the centre, so they run off the picture less often.
        on_left = x > WIDTH * 0.7
        nodes.append(
            DrawnNode(
                node=node,
                x=x,
                y=y,
                radius=radius,
                label=label,
                label_x=round(x - radius - 3 if on_left else x + radius + 3, 1),
                label_y=round(y + 4, 1),
                text=f"{node.name}: {node.degree} link{'s' if node.degree != 1 else ''}",
            )
        )
    nodes.sort(key=lambda drawn: rank[drawn.node.id])

    parallel: dict[frozenset, list[Edge]] = {}
    for edge in drawn_edges:
        parallel.setdefault(frozenset((edge.source, edge.target)), []).append(edge)
    edges = []
    for edge in drawn_edges:
        (x1, y1), (x2, y2) = place(edge.source), place(edge.target)
        siblings = parallel[frozenset((edge.source, edge.target))]
        shift = (siblings.index(edge) - (len(siblings) - 1) / 2) * PARALLEL_GAP
        length = math.hypot(x2 - x1, y2 - y1) or 1
        dx, dy = -(y2 - y1) / length * shift, (x2 - x1) / length * shift
        edges.append(
            DrawnEdge(
                edge=edge,
                x1=round(x1 + dx, 1),
                y1=round(y1 + dy, 1),
                x2=round(x2 + dx, 1),
                y2=round(y2 + dy, 1),
                width=edge_width(edge.weight),
                text=edge_summary(edge, graph),
            )
        )
    # Lighter edges first, so the strongest are drawn on top.
    edges.reverse()

    drawn_keys = {edge.key for edge in drawn_edges}
    # In the graph's own order (kind, then heaviest first), whichever edges the table keeps.
    rows = [
        _row(edge, graph, drawn=edge.key in drawn_keys, whole=whole_table)
        for edge in graph.edges
        if whole_table or edge.key in drawn_keys
    ]
    counts = graph.counts_by_kind()
    description = (
        f"{len(graph.nodes)} nodes and {len(graph.edges)} links ("
        + ", ".join(f"{label.lower()}: {counts[kind]}" for kind, label in EdgeKind.choices)
        + ")."
    )
    return Drawing(
        title=title,
        description=description,
        width=WIDTH,
        height=HEIGHT,
        nodes=nodes,
        edges=edges,
        rows=rows,
        total_edges=len(graph.edges),
        total_nodes=len(graph.nodes),
        kinds_shown=[(kind, label) for kind, label in EdgeKind.choices if counts[kind]],
    )
