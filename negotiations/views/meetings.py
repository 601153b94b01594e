from django.db.models import Prefetch
from django.shortcuts import get_object_or_404

from negotiations.models import Meeting, Participant, Statement, Trip
from negotiations.views.base import ReaderPage
from negotiations.views.downloads import CsvDownloadMixin
from negotiations.views.filters import MeetingFilterForm, filter_values


def meetings_with_details():
    """Meetings with everything a meeting line shows, in a fixed number of queries."""
    return Meeting.objects.select_related("location", "process", "trip").prefetch_related(
        "sources",
        "proposals",
        Prefetch("participants", queryset=Participant.objects.select_related("actor")),
    )


class MeetingListView(CsvDownloadMixin, ReaderPage):
    csv_resource = "meetings"
    template_name = "negotiations/meeting_list.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = MeetingFilterForm(self.request.GET)
        filters = filter_values(form)
        meetings = meetings_with_details().as_of(self.as_of.date)
        if "process" in filters:
            meetings = meetings.filter(process=filters["process"])
        if "actor" in filters:
            meetings = meetings.involving(filters["actor"])
        if "location" in filters:
            meetings = meetings.filter(location=filters["location"])
        if "date_after" in filters:
            meetings = meetings.filter(date__gte=filters["date_after"])
        if "date_before" in filters:
            meetings = meetings.filter(date__lte=filters["date_before"])
        context.update(
            filter_form=form,
            filtered=bool(filters),
            page_obj=self.paginate(meetings.order_by("-date", "title", "id")),
        )
        return context


class MeetingDetailView(ReaderPage):
    template_name = "negotiations/meeting_detail.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        statements = Statement.objects.select_related("speaker", "proposal", "process")
        meeting = get_object_or_404(
            meetings_with_details().prefetch_related(
                Prefetch(
                    "statements",
                    queryset=statements.prefetch_related("sources").order_by("date", "id"),
                )
            ),
            pk=self.kwargs["pk"],
        )
        context.update(meeting=meeting, after_as_of=meeting.date > self.as_of.date)
        return context


class TripDetailView(ReaderPage):
    template_name = "negotiations/trip_detail.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        on = self.as_of.date
        trip = get_object_or_404(
            Trip.objects.select_related("traveller").prefetch_related("sources", "stops__location"),
            pk=self.kwargs["pk"],
        )
        meetings = list(meetings_with_details().filter(trip=trip).as_of(on).order_by("date"))
        visits, other_meetings = trip.stops_with_meetings(meetings)
        context.update(
            trip=trip,
            not_yet_started=bool(trip.start and trip.start > on),
            visits=visits,
            other_meetings=other_meetings,
        )
        return context
