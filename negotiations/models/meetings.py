from urllib.parse import urlencode

from django.db import models, transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from negotiations.models.actors import Actor, Location, Source, SourcedQuerySet
from negotiations.models.base import (
    FieldUniqueConstraint,
    PreciseDateMixin,
    TrackedModel,
    TrackedQuerySet,
    ends_not_before_start,
    raise_if_errors,
    require_not_before,
)
from negotiations.models.processes import NegotiationProcess
from negotiations.models.proposals import Proposal


class Trip(TrackedModel):
    """A diplomat's tour, such as Blinken's eighth visit to the region since the war began."""

    # The traveller is cited by the trip.
    traveller = models.ForeignKey(Actor, on_delete=models.PROTECT, related_name="trips")
    title = models.CharField(max_length=300)
    ordinal = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text="Which visit this is, such as 8 for the eighth."
    )
    start = models.DateField(null=True, blank=True)
    end = models.DateField(null=True, blank=True)
    purpose = models.TextField(blank=True)
    sources = models.ManyToManyField(Source, blank=True, related_name="trips")

    objects = SourcedQuerySet.as_manager()

    world_start_field = "start"

    class Meta:
        ordering = ["-start", "title"]
        constraints = [
            ends_not_before_start(
                name="negotiations_trip_end_not_before_start",
                start="start",
                end="end",
                message="A trip cannot end before it starts.",
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("negotiations:trip-detail", args=[self.pk])

    def stops_with_meetings(self, meetings) -> tuple[list[tuple["TripStop", list]], list]:
        """Each stop in order with the given meetings held there (same place, and the same day
        where both are dated), and the meetings that match no stop."""
        unmatched = list(meetings)
        visits = []
        for stop in self.stops.all():  # ordered by `order`; uses any prefetch
            here = [
                meeting
                for meeting in unmatched
                if meeting.location_id == stop.location_id
                and (stop.date is None or meeting.date == stop.date)
            ]
            unmatched = [meeting for meeting in unmatched if meeting not in here]
            visits.append((stop, here))
        return visits, unmatched


class TripStopQuerySet(TrackedQuerySet):
    def visited_by(self, meeting: "Meeting"):
        """The planned stops of the meeting's trip at the meeting's place, on its day where the
        stop is dated: the stops a recorded meeting shows were made."""
        if not (meeting.trip_id and meeting.location_id) or meeting.date > timezone.localdate():
            return self.none()
        return self.filter(
            Q(date__isnull=True) | Q(date=meeting.date),
            trip_id=meeting.trip_id,
            location_id=meeting.location_id,
            status=TripStop.Status.PLANNED,
        )


class TripStop(TrackedModel):
    class Status(models.TextChoices):
        PLANNED = "planned", "Planned"
        DONE = "done", "Done"
        CANCELLED = "cancelled", "Cancelled"

    # Stops are parts of the trip.
    trip = models.ForeignKey(Trip, on_delete=models.CASCADE, related_name="stops")
    order = models.PositiveSmallIntegerField()
    # A place a trip stopped at stays on record.
    location = models.ForeignKey(Location, on_delete=models.PROTECT, related_name="trip_stops")
    date = models.DateField(null=True, blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PLANNED)

    objects = TripStopQuerySet.as_manager()
    audited_as_part_of = ("trip", "stops")

    class Meta:
        ordering = ["trip", "order"]
        constraints = [
            FieldUniqueConstraint(
                fields=["trip", "order"],
                field="order",
                name="negotiations_tripstop_unique_order_per_trip",
                violation_error_message="This trip already has a stop at that position.",
            ),
        ]

    def __str__(self):
        return f"{self.order}. {self.location}"

    def clean(self):
        errors = {}
        if self.trip_id and self.date:
            trip = self.trip
            require_not_before(
                errors,
                later=self.date,
                earlier=trip.start,
                later_field="date",
                message="The stop cannot be before the trip starts.",
            )
            require_not_before(
                errors,
                later=trip.end,
                earlier=self.date,
                later_field="date",
                message="The stop cannot be after the trip ends.",
            )
        raise_if_errors(errors)


class MeetingQuerySet(SourcedQuerySet):
    def involving(self, actor):
        return self.filter(participants__actor=actor).distinct()


class Meeting(PreciseDateMixin, TrackedModel):
    """Who met whom, where, when, about what."""

    class Format(models.TextChoices):
        IN_PERSON = "in_person", "In person"
        PHONE = "phone", "Phone"
        VIDEO = "video", "Video"

    class Kind(models.TextChoices):
        BILATERAL = "bilateral", "Bilateral"
        MULTILATERAL = "multilateral", "Multilateral"
        SHUTTLE = "shuttle", "Shuttle"
        SUMMIT = "summit", "Summit"
        WORKING_LEVEL = "working_level", "Working level"

    # Meetings are facts of the process: a process with meetings is not deleted.
    process = models.ForeignKey(
        NegotiationProcess, on_delete=models.PROTECT, null=True, blank=True, related_name="meetings"
    )
    title = models.CharField(max_length=300)
    date = models.DateField()
    location = models.ForeignKey(
        Location, on_delete=models.PROTECT, null=True, blank=True, related_name="meetings"
    )
    format = models.CharField(max_length=10, choices=Format.choices, default=Format.IN_PERSON)
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.BILATERAL)
    closed_door = models.BooleanField(default=False)
    proposals = models.ManyToManyField(
        Proposal, blank=True, related_name="meetings", help_text="Proposals discussed."
    )
    # A trip with meetings stays on record.
    trip = models.ForeignKey(
        Trip, on_delete=models.PROTECT, null=True, blank=True, related_name="meetings"
    )
    summary = models.TextField(blank=True)
    outcome = models.TextField(blank=True)
    sources = models.ManyToManyField(Source, blank=True, related_name="meetings")

    objects = MeetingQuerySet.as_manager()

    world_start_field = "date"

    class Meta:
        ordering = ["-date", "title"]
        # Serves `as_of()` and the newest-first lists, their pages read by key (keyset).
        indexes = [models.Index(fields=["-date", "title", "id"], name="meeting_date_title_id")]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        with transaction.atomic():
            super().save(*args, **kwargs)
            self.mark_trip_stops_done()

    def mark_trip_stops_done(self) -> None:
        """A meeting recorded at a planned stop of its trip shows the stop was made: mark it
        done, each change in the stop's audit history with the reason."""
        for stop in TripStop.objects.visited_by(self):
            stop.status = TripStop.Status.DONE
            stop._change_reason = f"Meeting recorded here: {self.title} ({self.date_display})"
            stop.save(update_fields=["status", "updated_at"])

    def get_absolute_url(self):
        return reverse("negotiations:meeting-detail", args=[self.pk])

    def set_participants(self, chosen: list[tuple[Actor, str]]) -> None:
        """Make the participants exactly `chosen`, (actor, role) pairs: participant rows are
        added, given their new role or removed, each change in the audit history of the
        participant and of the meeting."""
        with transaction.atomic():
            current = {participant.actor_id: participant for participant in self.participants.all()}
            for actor, role in chosen:
                participant = current.pop(actor.pk, None)
                if participant is None:
                    participant = Participant(meeting=self, actor=actor, role=role)
                    participant.full_clean()
                    participant.save()
                elif participant.role != role:
                    participant.role = role
                    participant.save(update_fields=["role", "updated_at"])
            for participant in current.values():
                participant.delete()


class Participant(TrackedModel):
    class Role(models.TextChoices):
        HOST = "host", "Host"
        GUEST = "guest", "Guest"
        MEDIATOR = "mediator", "Mediator"
        ATTENDEE = "attendee", "Attendee"
        HEAD_OF_DELEGATION = "head_of_delegation", "Head of delegation"

    # Participation is part of the meeting record.
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="participants")
    # A participant is cited by the meeting: the actor stays.
    actor = models.ForeignKey(Actor, on_delete=models.PROTECT, related_name="participations")
    role = models.CharField(max_length=20, choices=Role.choices, default=Role.ATTENDEE)

    audited_as_part_of = ("meeting", "participants")

    class Meta:
        ordering = ["meeting", "id"]
        constraints = [
            FieldUniqueConstraint(
                fields=["meeting", "actor"],
                field="actor",
                name="negotiations_participant_once_per_meeting",
                violation_error_message="This actor is already a participant of this meeting.",
            ),
        ]

    def __str__(self):
        return f"{self.actor} ({self.get_role_display()})"


class StatementQuerySet(SourcedQuerySet):
    def about_process(self, process):
        """Statements of `process`: made in it, or about one of its proposals.

        The proposals are named by id rather than joined: PostgreSQL cannot use an index for an
        OR across a join and reads every statement, while over two indexed columns of this table
        it combines both indexes (a million statements: 380 ms to 75 ms)."""
        proposal_ids = list(Proposal.objects.filter(process=process).values_list("pk", flat=True))
        return self.filter(Q(process=process) | Q(proposal_id__in=proposal_ids))


class Statement(TrackedModel):
    """Words on the record, quoted exactly."""

    class Kind(models.TextChoices):
        QUOTE = "quote", "Quote"
        OFFICIAL_STATEMENT = "official_statement", "Official statement"
        READOUT = "readout", "Readout"
        PRESS_RELEASE = "press_release", "Press release"

    # The speaker is cited by the statement.
    speaker = models.ForeignKey(Actor, on_delete=models.PROTECT, related_name="statements")
    date = models.DateField()
    text = models.TextField(help_text="The exact words, as the source gives them.")
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.QUOTE)
    audience = models.CharField(max_length=200, blank=True, help_text="Audience or venue.")
    process = models.ForeignKey(
        NegotiationProcess,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="statements",
    )
    proposal = models.ForeignKey(
        Proposal, on_delete=models.PROTECT, null=True, blank=True, related_name="statements"
    )
    # Where it was said. A meeting that statements cite stays on record: clearing the link on
    # delete would change the statements without an entry in their audit trail.
    meeting = models.ForeignKey(
        Meeting,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="statements",
        help_text="The meeting where it was said, where the source ties it to one.",
    )
    sources = models.ManyToManyField(Source, blank=True, related_name="statements")

    objects = StatementQuerySet.as_manager()

    world_start_field = "date"

    class Meta:
        ordering = ["-date", "id"]
        indexes = [models.Index(fields=["-date", "id"], name="statement_date_id")]

    def __str__(self):
        excerpt = self.text if len(self.text) <= 60 else f"{self.text[:57]}..."
        return f"{self.speaker}: “{excerpt}”"

    def get_absolute_url(self):
        """A statement is shown on the page of what it is about, else of its speaker."""
        about = self.proposal or self.process or self.speaker
        return f"{about.get_absolute_url()}#statement-{self.pk}"


class Event(PreciseDateMixin, TrackedModel):
    """A development that moves the talks."""

    class Kind(models.TextChoices):
        MILITARY = "military", "Military"
        HUMANITARIAN = "humanitarian", "Humanitarian"
        BORDER_CROSSING = "border_crossing", "Border crossing"
        HOSTAGE_RELEASE = "hostage_release", "Hostage release"
        CEASEFIRE = "ceasefire", "Ceasefire"
        RESOLUTION = "resolution", "Resolution"
        POLITICAL = "political", "Political"
        OTHER = "other", "Other"

    date = models.DateField()
    kind = models.CharField(max_length=20, choices=Kind.choices)
    title = models.CharField(max_length=300)
    description = models.TextField(blank=True)
    location = models.ForeignKey(
        Location, on_delete=models.PROTECT, null=True, blank=True, related_name="events"
    )
    actors = models.ManyToManyField(Actor, blank=True, related_name="events")
    process = models.ForeignKey(
        NegotiationProcess, on_delete=models.PROTECT, null=True, blank=True, related_name="events"
    )
    sources = models.ManyToManyField(Source, blank=True, related_name="events")

    objects = SourcedQuerySet.as_manager()

    world_start_field = "date"

    class Meta:
        ordering = ["-date", "title"]
        indexes = [models.Index(fields=["-date", "title", "id"], name="event_date_title_id")]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        """An event is shown on its process's page; one outside any process, by searching."""
        if self.process_id is None:
            return f"{reverse('negotiations:search')}?{urlencode({'q': self.title})}"
        return f"{self.process.get_absolute_url()}#event-{self.pk}"
