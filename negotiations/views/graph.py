"""The relationship graph on the pages: a section of the process and actor pages, and a page of
its own for the whole tracker."""

from negotiations.graph import build_graph
from negotiations.graph_drawing import draw_graph
from negotiations.views.base import ReaderPage
from negotiations.views.filters import GraphFilterForm, filter_values


def graph_context(request, as_of, *, title: str, process=None, actor=None) -> dict:
    """What the graph partial needs: its date-range form and the drawing, as of the page's date."""
    form = GraphFilterForm(request.GET, auto_id="graph-%s")
    graph = build_graph(process=process, actor=actor, as_of=as_of.date, **filter_values(form))
    return {"graph_form": form, "graph_drawing": draw_graph(graph, title=title)}


class GraphView(ReaderPage):
    template_name = "negotiations/graph.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            graph_context(self.request, self.as_of, title="Who met whom across the tracker")
        )
        return context
