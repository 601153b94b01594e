import datetime

from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone

from negotiations.models.actors import Actor, Source, SourcedQuerySet
from negotiations.models.base import (
    FieldCheckConstraint,
    FieldUniqueConstraint,
    TrackedModel,
    raise_if_errors,
    unique_slug,
)
from negotiations.models.processes import NegotiationProcess
from negotiations.models.status import (
    OLDEST_FIRST,
    StatusChange,
    StatusLoggedModel,
    StatusLogQuerySet,
)


class ProposalQuerySet(StatusLogQuerySet, SourcedQuerySet):
    pass


class Proposal(StatusLoggedModel):
    """A plan put on the table, such as the May 31 three-phase plan."""

    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        TABLED = "tabled", "Tabled"
        UNDER_NEGOTIATION = "under_negotiation", "Under negotiation"
        ACCEPTED = "accepted", "Accepted"
        PARTIALLY_ACCEPTED = "partially_accepted", "Partially accepted"
        REJECTED = "rejected", "Rejected"
        SUPERSEDED = "superseded", "Superseded"
        IMPLEMENTED = "implemented", "Implemented"
        COLLAPSED = "collapsed", "Collapsed"
        WITHDRAWN = "withdrawn", "Withdrawn"

    # Proposals belong to their process; a process with proposals is not deleted.
    process = models.ForeignKey(
        NegotiationProcess, on_delete=models.PROTECT, related_name="proposals"
    )
    title = models.CharField(max_length=300)
    slug = models.SlugField(max_length=80, unique=True, blank=True)
    short_name = models.CharField(max_length=80, blank=True)
    announced_on = models.DateField(null=True, blank=True)
    # Who announced it is a cited fact: the actor stays while the proposal names them.
    announced_by = models.ForeignKey(
        Actor,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="proposals_announced",
    )
    authors = models.ManyToManyField(
        Actor,
        blank=True,
        related_name="proposals_authored",
        help_text="The actors the proposal originates from.",
    )
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.TABLED)
    summary = models.TextField(blank=True)
    full_text = models.TextField(blank=True)
    document_url = models.URLField(max_length=500, blank=True)
    # Versions form a chain; an earlier version stays while a later one names it.
    supersedes = models.ForeignKey(
        "self", on_delete=models.PROTECT, null=True, blank=True, related_name="superseded_by"
    )
    sources = models.ManyToManyField(Source, blank=True, related_name="proposals")

    objects = ProposalQuerySet.as_manager()

    world_start_field = "announced_on"

    class Meta:
        ordering = ["-announced_on", "title"]
        indexes = [models.Index(fields=["announced_on"], name="proposal_announced_on")]

    def __str__(self):
        return self.short_name or self.title

    def get_absolute_url(self):
        return reverse("negotiations:proposal-detail", args=[self.slug])

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(self, self.short_name or self.title)
        super().save(*args, **kwargs)

    def clean(self):
        errors = {}
        if self.pk and self.supersedes_id == self.pk:
            errors["supersedes"] = ["A proposal cannot supersede itself."]
        self.require_start_not_after_log(errors)
        raise_if_errors(errors)

    @property
    def total_duration_days(self) -> int | None:
        durations = [phase.duration_days for phase in self.phases.all()]
        if not durations or None in durations:
            return None
        return sum(durations)


class ProposalStatusChange(StatusChange):
    record_field = "proposal"

    proposal = models.ForeignKey(Proposal, on_delete=models.CASCADE, related_name="status_changes")
    status = models.CharField(max_length=20, choices=Proposal.Status.choices)

    class Meta(StatusChange.Meta):
        verbose_name = "proposal status change"


class Phase(TrackedModel):
    """One ordered phase of a proposal: phase 1 lasts 42 days and halts the fighting."""

    # Phases are parts of the proposal's text: they go with it.
    proposal = models.ForeignKey(Proposal, on_delete=models.CASCADE, related_name="phases")
    number = models.PositiveSmallIntegerField()
    title = models.CharField(max_length=200, blank=True)
    duration_days = models.PositiveIntegerField(
        null=True,
        blank=True,
        help_text="Length in days, where the proposal gives one (six weeks = 42).",
    )
    summary = models.TextField(blank=True)

    audited_as_part_of = ("proposal", "phases")

    class Meta:
        ordering = ["proposal", "number"]
        constraints = [
            FieldUniqueConstraint(
                fields=["proposal", "number"],
                field="number",
                name="negotiations_phase_unique_number_per_proposal",
                violation_error_message="This proposal already has a phase with that number.",
            ),
            FieldCheckConstraint(
                condition=Q(number__gte=1),
                field="number",
                name="negotiations_phase_number_from_one",
                violation_error_message="Phases are numbered from 1.",
            ),
        ]

    def __str__(self):
        return f"Phase {self.number}" + (f": {self.title}" if self.title else "")


class Provision(TrackedModel):
    class Topic(models.TextChoices):
        CEASEFIRE = "ceasefire", "Ceasefire"
        WITHDRAWAL = "withdrawal", "Withdrawal"
        HOSTAGES = "hostages", "Hostages"
        PRISONERS = "prisoners", "Prisoners"
        HUMANITARIAN_AID = "humanitarian_aid", "Humanitarian aid"
        BORDER_CROSSINGS = "border_crossings", "Border crossings"
        RECONSTRUCTION = "reconstruction", "Reconstruction"
        GOVERNANCE = "governance", "Governance"
        OTHER = "other", "Other"

    # A provision is a clause of its phase.
    phase = models.ForeignKey(Phase, on_delete=models.CASCADE, related_name="provisions")
    topic = models.CharField(max_length=20, choices=Topic.choices)
    text = models.TextField()

    audited_as_part_of = ("phase", "provisions")

    class Meta:
        ordering = ["phase", "id"]

    def __str__(self):
        return f"{self.get_topic_display()}: {self.text[:60]}"


class ResponseQuerySet(StatusLogQuerySet, SourcedQuerySet):
    def pending(self, on: datetime.date | None = None):
        """Responses still awaited on `on` (today's status when not given)."""
        return self.in_status_on(Response.AWAITING, on)

    def overdue(self, on: datetime.date | None = None):
        """Awaited responses whose deadline had passed by `on`."""
        on = on or timezone.localdate()
        return self.pending(on).filter(due_on__lt=on)

    def longest_waiting_first(self):
        return self.order_by(F("requested_on").asc(nulls_last=True), "id")


class Response(StatusLoggedModel):
    """One party's answer to one proposal, and its life."""

    class Status(models.TextChoices):
        PENDING = "pending", "Pending"
        ACKNOWLEDGED = "acknowledged", "Acknowledged"
        ACCEPTED = "accepted", "Accepted"
        ACCEPTED_WITH_CONDITIONS = "accepted_with_conditions", "Accepted with conditions"
        COUNTERED = "countered", "Countered"
        REJECTED = "rejected", "Rejected"
        WITHDRAWN = "withdrawn", "Withdrawn"

    # An acknowledgement is not an answer: the party still keeps everyone waiting.
    AWAITING = (Status.PENDING, Status.ACKNOWLEDGED)

    # A response is an analyst's record about the proposal; the proposal stays while it is cited.
    proposal = models.ForeignKey(Proposal, on_delete=models.PROTECT, related_name="responses")
    respondent = models.ForeignKey(Actor, on_delete=models.PROTECT, related_name="responses")
    status = models.CharField(max_length=30, choices=Status.choices, default=Status.PENDING)
    requested_on = models.DateField(
        blank=True, help_text="When an answer was first asked for; by default the announcement."
    )
    due_on = models.DateField(null=True, blank=True, help_text="The deadline, where one is known.")
    responded_on = models.DateField(null=True, blank=True)
    # The counter-proposal is cited by the response, so it stays while the response names it.
    counter_proposal = models.ForeignKey(
        Proposal,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="countering_responses",
    )
    summary = models.TextField(blank=True)
    sources = models.ManyToManyField(Source, blank=True, related_name="responses")

    objects = ResponseQuerySet.as_manager()

    world_start_field = "requested_on"

    class Meta:
        ordering = ["proposal", "respondent__name"]
        indexes = [models.Index(fields=["requested_on"], name="response_requested_on")]
        constraints = [
            FieldUniqueConstraint(
                fields=["proposal", "respondent"],
                field="respondent",
                name="negotiations_response_one_per_respondent",
                violation_error_message="This respondent already has a response to this proposal.",
            ),
            FieldCheckConstraint(
                condition=Q(responded_on__isnull=True) | Q(responded_on__gte=F("requested_on")),
                field="responded_on",
                name="negotiations_response_not_before_request",
                violation_error_message="A response cannot come before it was requested.",
            ),
            FieldCheckConstraint(
                condition=Q(due_on__isnull=True) | Q(due_on__gte=F("requested_on")),
                field="due_on",
                name="negotiations_response_due_not_before_request",
                violation_error_message="A response cannot be due before it was requested.",
            ),
        ]

    def __str__(self):
        return f"{self.respondent} on {self.proposal}"

    def get_absolute_url(self):
        """A response is shown on its proposal's page."""
        return f"{self.proposal.get_absolute_url()}#response-{self.pk}"

    def save(self, *args, **kwargs):
        self.fill_in_requested_on()
        super().save(*args, **kwargs)

    def fill_in_requested_on(self) -> None:
        """By default an answer was asked for when the proposal was announced (or today)."""
        if self.requested_on is None and self.proposal_id:
            self.requested_on = self.proposal.announced_on or timezone.localdate()

    def clean(self):
        # The date constraints then judge the response against the request as it will be saved.
        self.fill_in_requested_on()
        errors = {}
        if self.counter_proposal_id and self.counter_proposal_id == self.proposal_id:
            errors["counter_proposal"] = ["A proposal cannot counter itself."]
        self.require_start_not_after_log(errors)
        raise_if_errors(errors)

    fields_following_status = ("responded_on",)

    def after_status_logged(self, change) -> None:
        # An answer dates the end of the wait, unless the analyst already gave that date.
        if change is not None and change.status not in self.AWAITING and self.responded_on is None:
            self.responded_on = change.changed_on

    def after_status_retracted(self, change) -> None:
        # The end of the wait that a retracted answer dated goes with it, to the next live answer.
        if change.status in self.AWAITING or self.responded_on != change.changed_on:
            return
        self.responded_on = (
            self.status_changes.live()
            .exclude(status__in=self.AWAITING)
            .order_by(*OLDEST_FIRST)
            .values_list("changed_on", flat=True)
            .first()
        )

    def is_awaited_on(self, date: datetime.date) -> bool:
        return self.status_on(date) in self.AWAITING

    def days_pending(self, as_of: datetime.date | None = None) -> int | None:
        """Days from the request to the answer, or to `as_of` (today) while still awaited."""
        as_of = as_of or timezone.localdate()
        if self.requested_on is None or as_of < self.requested_on:
            return None
        waited_until = as_of
        if self.responded_on is not None and self.responded_on <= as_of:
            waited_until = self.responded_on
        return (waited_until - self.requested_on).days

    def is_overdue(self, as_of: datetime.date | None = None) -> bool:
        as_of = as_of or timezone.localdate()
        return self.due_on is not None and as_of > self.due_on and self.is_awaited_on(as_of)


class ResponseStatusChange(StatusChange):
    record_field = "response"

    response = models.ForeignKey(Response, on_delete=models.CASCADE, related_name="status_changes")
    status = models.CharField(max_length=30, choices=Response.Status.choices)

    class Meta(StatusChange.Meta):
        verbose_name = "response status change"
