from negotiations.models import Statement
from negotiations.views.base import ReaderPage
from negotiations.views.downloads import CsvDownloadMixin
from negotiations.views.filters import StatementFilterForm, filter_values


class StatementListView(CsvDownloadMixin, ReaderPage):
    """Every statement, latest first, filtered: where a process page's latest statements and its
    timeline's counts lead."""

    csv_resource = "statements"
    template_name = "negotiations/statement_list.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = StatementFilterForm(self.request.GET)
        filters = filter_values(form)
        statements = (
            Statement.objects.as_of(self.as_of.date)
            .select_related("speaker", "proposal", "process")
            .prefetch_related("sources")
        )
        if "process" in filters:
            process = filters["process"]
            statements = statements.about_process(process)
        if "speaker" in filters:
            statements = statements.filter(speaker=filters["speaker"])
        if "date_after" in filters:
            statements = statements.filter(date__gte=filters["date_after"])
        if "date_before" in filters:
            statements = statements.filter(date__lte=filters["date_before"])
        context.update(
            filter_form=form,
            filtered=bool(filters),
            page_obj=self.paginate(statements.order_by("-date", "-id")),
        )
        return context
