"""Feeds for readers that cannot sign in: Atom feeds of what changed (status changes, proposals,
meetings, statements; newest first) and an iCalendar feed of meetings and planned trip stops.

Every feed address carries the account's feed key (`?key=`, see accounts.models.FeedKey) and
shows what that account may read; a missing, unknown or replaced key, or an account that may
no longer read, answers 404 (the same as an address that does not exist, so a guessed key
learns nothing).
"""

import datetime
from dataclasses import dataclass, replace

import icalendar
from django.contrib.syndication.views import Feed
from django.db.models import F
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed

from accounts.models import FeedKey
from accounts.roles import can_read
from negotiations import models
from negotiations.templatetags.tracker import record_url

# How many entries an Atom feed holds: readers keep what they have already fetched.
FEED_LENGTH = 50


def feed_reader(request):
    """The account whose key the request carries, if it may read; otherwise a 404."""
    user = FeedKey.objects.owner_of(request.GET.get("key", ""))
    if not can_read(user):
        raise Http404("No feed at this address.")
    return user


def start_of(day: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


@dataclass(frozen=True)
class FeedEntry:
    """One entry of a changes feed, whatever the record behind it."""

    guid: str
    title: str
    description: str
    link: str
    date: datetime.date
    recorded: datetime.datetime

    @property
    def sort_key(self):
        return (self.date, self.recorded, self.guid)


def status_change_entry(change) -> FeedEntry:
    record = change.record
    return FeedEntry(
        guid=f"{change._meta.model_name}-{change.pk}",
        title=f"{record}: {change.get_status_display()}",
        description=change.note or str(change),
        link=record_url({}, record),
        date=change.changed_on,
        recorded=change.recorded_at,
    )


def proposal_entry(proposal) -> FeedEntry:
    announced = f" by {proposal.announced_by}" if proposal.announced_by else ""
    return FeedEntry(
        guid=f"proposal-{proposal.pk}",
        title=f"New proposal: {proposal.title}",
        description=proposal.summary or f"Proposal in {proposal.process}{announced}.",
        link=record_url({}, proposal),
        date=proposal.announced_on or timezone.localdate(proposal.created_at),
        recorded=proposal.created_at,
    )


def meeting_entry(meeting) -> FeedEntry:
    place = f" in {meeting.location}" if meeting.location else ""
    return FeedEntry(
        guid=f"meeting-{meeting.pk}",
        title=f"Meeting: {meeting.title}",
        description=meeting.summary or f"{meeting.date_display}{place}.",
        link=record_url({}, meeting),
        date=meeting.date,
        recorded=meeting.created_at,
    )


def statement_entry(statement) -> FeedEntry:
    return FeedEntry(
        guid=f"statement-{statement.pk}",
        title=f"Statement by {statement.speaker}",
        description=statement.text,
        link=record_url({}, statement),
        date=statement.date,
        recorded=statement.created_at,
    )


@dataclass(frozen=True)
class FeedScope:
    """What one request of a feed is about: the feed instance is shared by every request, so
    the request travels with the object instead of on the feed."""

    request: object
    record: object = None

    def with_ids(self, entries: list[FeedEntry]) -> list[FeedEntry]:
        """The entries with ids that are absolute and unique: the record's address with the
        entry's own anchor (several entries can link to one page)."""
        return [
            replace(entry, guid=self.request.build_absolute_uri(f"{entry.link}#{entry.guid}"))
            for entry in entries
        ]


def live_changes(model, **scope):
    return model.objects.live().filter(**scope).order_by("-changed_on", "-recorded_at", "-id")


def newest(entries_by_kind) -> list[FeedEntry]:
    entries = [entry for entries in entries_by_kind for entry in entries]
    return sorted(entries, key=lambda entry: entry.sort_key, reverse=True)[:FEED_LENGTH]


def changes_feed_entries(
    *,
    process_changes,
    proposal_changes,
    response_changes,
    proposals,
    meetings,
    statements,
) -> list[FeedEntry]:
    """The newest FEED_LENGTH entries of these record sets (each read no further than that)."""
    top = slice(0, FEED_LENGTH)
    return newest(
        [
            [status_change_entry(c) for c in process_changes.select_related("process")[top]],
            [
                status_change_entry(c)
                for c in proposal_changes.select_related("proposal__process")[top]
            ],
            [
                status_change_entry(c)
                for c in response_changes.select_related(
                    "response__proposal", "response__respondent"
                )[top]
            ],
            [
                proposal_entry(p)
                for p in proposals.select_related("process", "announced_by").order_by(
                    F("announced_on").desc(nulls_last=True), "-created_at"
                )[top]
            ],
            [
                meeting_entry(m)
                for m in meetings.select_related("location").order_by("-date", "-created_at")[top]
            ],
            [
                statement_entry(s)
                for s in statements.select_related("speaker", "process", "proposal").order_by(
                    "-date", "-created_at"
                )[top]
            ],
        ]
    )


class ChangesFeed(Feed):
    """Everything that changed, newest first: /feeds/changes.atom?key=K."""

    feed_type = Atom1Feed
    title = "Negotiation tracker: changes"
    subtitle = "Status changes, new proposals, meetings and statements, newest first."

    def get_object(self, request, *args, **kwargs):
        feed_reader(request)
        return FeedScope(request, self.record(**kwargs))

    def record(self, **kwargs):
        return None

    def link(self, scope):
        return reverse("negotiations:dashboard")

    def items(self, scope):
        return scope.with_ids(self.entries(scope.record))

    def entries(self, record) -> list[FeedEntry]:
        return changes_feed_entries(
            process_changes=live_changes(models.ProcessStatusChange),
            proposal_changes=live_changes(models.ProposalStatusChange),
            response_changes=live_changes(models.ResponseStatusChange),
            proposals=models.Proposal.objects.all(),
            meetings=models.Meeting.objects.all(),
            statements=models.Statement.objects.all(),
        )

    def item_title(self, entry):
        return entry.title

    def item_description(self, entry):
        return entry.description

    def item_link(self, entry):
        return entry.link

    def item_guid(self, entry):
        return entry.guid

    def item_pubdate(self, entry):
        return start_of(entry.date)

    def item_updateddate(self, entry):
        return entry.recorded


class ProcessChangesFeed(ChangesFeed):
    """/feeds/processes/<slug>.atom?key=K: the process, its proposals and their answers."""

    def record(self, slug):
        return get_object_or_404(models.NegotiationProcess, slug=slug)

    def title(self, scope):
        return f"Negotiation tracker: {scope.record}"

    def link(self, scope):
        return record_url({}, scope.record)

    def entries(self, process):
        return changes_feed_entries(
            process_changes=live_changes(models.ProcessStatusChange, process=process),
            proposal_changes=live_changes(models.ProposalStatusChange, proposal__process=process),
            response_changes=live_changes(
                models.ResponseStatusChange, response__proposal__process=process
            ),
            proposals=process.proposals.all(),
            meetings=process.meetings.all(),
            statements=process.statements.all(),
        )


class ProposalChangesFeed(ChangesFeed):
    """/feeds/proposals/<slug>.atom?key=K: the proposal, its answers, where it was discussed."""

    def record(self, slug):
        return get_object_or_404(models.Proposal, slug=slug)

    def title(self, scope):
        return f"Negotiation tracker: {scope.record}"

    def link(self, scope):
        return record_url({}, scope.record)

    def entries(self, proposal):
        return changes_feed_entries(
            process_changes=models.ProcessStatusChange.objects.none(),
            proposal_changes=live_changes(models.ProposalStatusChange, proposal=proposal),
            response_changes=live_changes(models.ResponseStatusChange, response__proposal=proposal),
            proposals=models.Proposal.objects.filter(pk=proposal.pk),
            meetings=proposal.meetings.all(),
            statements=proposal.statements.all(),
        )


class ActorChangesFeed(ChangesFeed):
    """/feeds/actors/<slug>.atom?key=K: the actor's answers, proposals, meetings, statements."""

    def record(self, slug):
        return get_object_or_404(models.Actor, slug=slug)

    def title(self, scope):
        return f"Negotiation tracker: {scope.record}"

    def link(self, scope):
        return record_url({}, scope.record)

    def entries(self, actor):
        authored = models.Proposal.objects.filter(pk__in=actor.proposals_authored.values("pk"))
        return changes_feed_entries(
            process_changes=models.ProcessStatusChange.objects.none(),
            proposal_changes=models.ProposalStatusChange.objects.none(),
            response_changes=live_changes(models.ResponseStatusChange, response__respondent=actor),
            proposals=(authored | models.Proposal.objects.filter(announced_by=actor)).distinct(),
            meetings=models.Meeting.objects.involving(actor),
            statements=actor.statements.all(),
        )


def meetings_calendar(request):
    """/feeds/meetings.ics?key=K, optionally `&process=<slug>` or `&actor=<slug>`: meetings
    and planned trip stops, as all-day events a calendar application subscribes to."""
    feed_reader(request)
    meetings = models.Meeting.objects.select_related("location", "process")
    stops = models.TripStop.objects.filter(
        status=models.TripStop.Status.PLANNED, date__isnull=False
    ).select_related("trip__traveller", "location")
    name = "Negotiation tracker: meetings"
    if process_slug := request.GET.get("process"):
        process = get_object_or_404(models.NegotiationProcess, slug=process_slug)
        meetings = meetings.filter(process=process)
        stops = stops.filter(trip__meetings__process=process).distinct()
        name = f"{name} of {process}"
    elif actor_slug := request.GET.get("actor"):
        actor = get_object_or_404(models.Actor, slug=actor_slug)
        meetings = meetings.involving(actor)
        stops = stops.filter(trip__traveller=actor)
        name = f"{name} of {actor}"

    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//Negotiation tracker//meetings//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", name)
    host = request.get_host().split(":")[0]
    for meeting in meetings.order_by("date", "id"):
        event = all_day_event(
            uid=f"meeting-{meeting.pk}@{host}",
            summary=meeting.title,
            day=meeting.date,
            stamp=meeting.updated_at,
            url=request.build_absolute_uri(record_url({}, meeting)),
        )
        if meeting.location:
            event.add("location", str(meeting.location))
        if meeting.summary:
            event.add("description", meeting.summary)
        calendar.add_component(event)
    for stop in stops.order_by("date", "id"):
        event = all_day_event(
            uid=f"trip-stop-{stop.pk}@{host}",
            summary=f"{stop.trip.traveller} in {stop.location} (planned)",
            day=stop.date,
            stamp=stop.updated_at,
            url=request.build_absolute_uri(record_url({}, stop.trip)),
        )
        event.add("location", str(stop.location))
        event.add("description", f"A planned stop of {stop.trip}.")
        calendar.add_component(event)
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="meetings.ics"'
    return response


def all_day_event(*, uid, summary, day, stamp, url) -> icalendar.Event:
    event = icalendar.Event()
    event.add("uid", uid)
    event.add("summary", summary)
    event.add("dtstart", day)
    event.add("dtend", day + datetime.timedelta(days=1))
    event.add("dtstamp", stamp)
    event.add("url", url)
    return event
