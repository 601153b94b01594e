"""The relationship graph on the pages: a section of the process and actor pages, and a page of
its own for the whole tracker (or, as the process and actor pages' full table, for one of them).
"""

from django.http import QueryDict
from django.urls import reverse

from negotiations.graph import build_graph
from negotiations.graph_drawing import draw_graph
from negotiations.views.base import ReaderPage
from negotiations.views.filters import GraphFilterForm, WholeGraphFilterForm, filter_values


def whole_table_url(as_of, form, *, process=None, actor=None) -> str:
    """The graph's own page for the same process or actor, date and date range."""
    query = QueryDict(mutable=True)
    if process is not None:
        query["process"] = process.slug
    if actor is not None:
        query["actor"] = actor.slug
    if as_of.chosen:
        query["as_of"] = as_of.date.isoformat()
    for name, value in filter_values(form).items():
        query[name] = value.isoformat()
    return f"{reverse('negotiations:graph')}?{query.urlencode()}#graph-table"


def graph_context(request, as_of, *, title: str, process=None, actor=None) -> dict:
    """What the graph partial needs on a process or actor page: its date-range form and the
    drawing as of the page's date, its table kept to the links drawn (a busy process has
    thousands), with a link to the whole table on the graph's own page."""
    form = GraphFilterForm(request.GET, auto_id="graph-%s")
    graph = build_graph(process=process, actor=actor, as_of=as_of.date, **filter_values(form))
    return {
        "graph_form": form,
        "graph_drawing": draw_graph(graph, title=title, whole_table=False),
        "graph_whole_table_url": whole_table_url(as_of, form, process=process, actor=actor),
    }


class GraphView(ReaderPage):
    """Every link and every meeting: of the whole tracker, or of `?process=` or `?actor=`."""

    template_name = "negotiations/graph.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = WholeGraphFilterForm(self.request.GET, auto_id="graph-%s")
        values = filter_values(form)
        process, actor = values.pop("process", None), values.pop("actor", None)
        context["graph_form"] = form
        if "process" in form.errors or "actor" in form.errors:
            # Drawing the whole tracker for a mistyped name would answer another question.
            context["graph_drawing"] = None
            return context
        if process is not None:
            title = f"Who met whom in {process}"
        elif actor is not None:
            title = f"Who met whom around {actor}"
        else:
            title = "Who met whom across the tracker"
        graph = build_graph(process=process, actor=actor, as_of=self.as_of.date, **values)
        context.update(
            graph_scope_process=process,
            graph_scope_actor=actor,
            graph_drawing=draw_graph(graph, title=title),
        )
        return context
