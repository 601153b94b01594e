from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse

from negotiations.models.actors import Actor, Source, SourcedQuerySet
from negotiations.models.base import (
    FieldUniqueConstraint,
    TrackedModel,
    ends_not_before_start,
    raise_if_errors,
    unique_slug,
)
from negotiations.models.status import StatusChange, StatusLoggedModel, StatusLogQuerySet


class NegotiationProcessQuerySet(StatusLogQuerySet):
    def active(self, on=None):
        return self.in_status_on([NegotiationProcess.Status.ACTIVE], on)

    def involving(self, actor):
        """Processes where `actor` is a party or a mediator."""
        return self.filter(Q(parties=actor) | Q(mediators__actor=actor)).distinct()


class NegotiationProcess(StatusLoggedModel):
    """One track of talks, such as the Gaza ceasefire and hostage-release negotiations."""

    class Status(models.TextChoices):
        ACTIVE = "active", "Active"
        STALLED = "stalled", "Stalled"
        SUSPENDED = "suspended", "Suspended"
        CONCLUDED = "concluded", "Concluded"
        COLLAPSED = "collapsed", "Collapsed"

    title = models.CharField(max_length=300)
    slug = models.SlugField(max_length=80, unique=True, blank=True)
    summary = models.TextField(blank=True)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.ACTIVE)
    started_on = models.DateField(null=True, blank=True)
    ended_on = models.DateField(null=True, blank=True)
    # The actors at the table, read through their party rows (side, period, sources).
    parties = models.ManyToManyField(
        Actor, through="Party", blank=True, related_name="processes_as_party"
    )

    objects = NegotiationProcessQuerySet.as_manager()

    world_start_field = "started_on"

    class Meta:
        ordering = ["-started_on", "title"]
        verbose_name = "negotiation process"
        verbose_name_plural = "negotiation processes"
        constraints = [
            ends_not_before_start(
                name="negotiations_process_ends_not_before_start",
                start="started_on",
                end="ended_on",
                message="A process cannot end before it starts.",
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("negotiations:process-detail", args=[self.slug])

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(self, self.title)
        super().save(*args, **kwargs)

    def clean(self):
        errors = {}
        self.require_start_not_after_log(errors)
        raise_if_errors(errors)

    def set_parties(self, actors) -> None:
        """Make `actors` the parties: a row without dates for each actor not yet a party, and
        no rows for an actor left out. Rows already there keep their side, period and sources."""
        wanted = {actor.pk for actor in actors}
        for row in self.party_roles.exclude(actor_id__in=wanted):
            row.delete()
        present = set(self.party_roles.values_list("actor_id", flat=True))
        for actor in actors:
            if actor.pk not in present:
                Party.objects.create(process=self, actor=actor)
                present.add(actor.pk)

    def party_actors(self) -> list[Actor]:
        """Each party once, in the order of `parties` (an actor may have several periods)."""
        seen = {}
        for actor in self.parties.all():
            seen.setdefault(actor.pk, actor)
        return list(seen.values())


def overlapping_periods(record, **same):
    """Other rows of the record's model with the same `same` values whose periods (`since` to
    `until`, open where unknown) overlap the record's."""
    others = type(record)._default_manager.filter(**same)
    if record.pk:
        others = others.exclude(pk=record.pk)
    if record.until is not None:
        others = others.filter(Q(since__isnull=True) | Q(since__lte=record.until))
    if record.since is not None:
        others = others.filter(Q(until__isnull=True) | Q(until__gte=record.since))
    return others


class PartyQuerySet(SourcedQuerySet):
    def on(self, date):
        return self.filter(Q(since__isnull=True) | Q(since__lte=date)).filter(
            Q(until__isnull=True) | Q(until__gte=date)
        )


class Party(TrackedModel):
    """An actor's place at the table of a process over a period, on a side, as sources say."""

    # A party row is part of the process: it goes with the process, as the bare list did.
    process = models.ForeignKey(
        NegotiationProcess, on_delete=models.CASCADE, related_name="party_roles"
    )
    actor = models.ForeignKey(Actor, on_delete=models.PROTECT, related_name="party_roles")
    side = models.CharField(
        max_length=200,
        blank=True,
        help_text="Whose side the actor sits on, such as “Israel” or “Hamas and allied factions”.",
    )
    since = models.DateField(null=True, blank=True)
    until = models.DateField(null=True, blank=True)
    sources = models.ManyToManyField(Source, blank=True, related_name="party_roles")

    objects = PartyQuerySet.as_manager()

    world_start_field = "since"
    audited_as_part_of = ("process", "parties")

    class Meta:
        ordering = ["process", "since", "actor__name", "id"]
        verbose_name_plural = "parties"
        constraints = [
            ends_not_before_start(
                name="negotiations_party_until_not_before_since",
                start="since",
                end="until",
                message="A party's period cannot end before it starts.",
            ),
            FieldUniqueConstraint(
                fields=["process", "actor", "since"],
                field="actor",
                name="negotiations_party_one_row_per_actor_and_start",
                violation_error_message="This actor is already a party to this process from "
                "that date.",
            ),
            FieldUniqueConstraint(
                fields=["process", "actor"],
                condition=Q(since__isnull=True),
                field="actor",
                name="negotiations_party_one_undated_row_per_actor",
                violation_error_message="This actor is already a party to this process with no "
                "start date.",
            ),
        ]

    def __str__(self):
        side = f", {self.side}" if self.side else ""
        return f"{self.actor} (party{side}) in {self.process}"

    def clean(self):
        # The period's own order is a constraint (reported on `until`); overlapping another
        # row's period spans rows, so it is checked here.
        period_in_order = self.since is None or self.until is None or self.since <= self.until
        if (
            period_in_order
            and self.process_id
            and self.actor_id
            and overlapping_periods(
                self, process_id=self.process_id, actor_id=self.actor_id
            ).exists()
        ):
            raise ValidationError(
                {"since": "This actor is already a party to this process for part of this period."}
            )


class ProcessStatusChange(StatusChange):
    record_field = "process"

    # The log is part of the process: it goes with the process and nowhere else.
    process = models.ForeignKey(
        NegotiationProcess, on_delete=models.CASCADE, related_name="status_changes"
    )
    status = models.CharField(max_length=20, choices=NegotiationProcess.Status.choices)

    class Meta(StatusChange.Meta):
        verbose_name = "process status change"


class MediatorQuerySet(SourcedQuerySet):
    def serving_on(self, date):
        return self.filter(Q(since__isnull=True) | Q(since__lte=date)).filter(
            Q(until__isnull=True) | Q(until__gte=date)
        )


class Mediator(TrackedModel):
    """An actor's mediating role in a process over a period."""

    class Role(models.TextChoices):
        MEDIATOR = "mediator", "Mediator"
        CO_MEDIATOR = "co_mediator", "Co-mediator"
        FACILITATOR = "facilitator", "Facilitator"
        GUARANTOR = "guarantor", "Guarantor"
        OBSERVER = "observer", "Observer"

    # A process with recorded mediators is not deleted from under them.
    process = models.ForeignKey(
        NegotiationProcess, on_delete=models.PROTECT, related_name="mediators"
    )
    actor = models.ForeignKey(Actor, on_delete=models.PROTECT, related_name="mediator_roles")
    role = models.CharField(max_length=20, choices=Role.choices, default=Role.MEDIATOR)
    since = models.DateField(null=True, blank=True)
    until = models.DateField(null=True, blank=True)
    notes = models.TextField(blank=True)
    sources = models.ManyToManyField(Source, blank=True, related_name="mediator_roles")

    objects = MediatorQuerySet.as_manager()

    world_start_field = "since"
    audited_as_part_of = ("process", "mediators")

    class Meta:
        ordering = ["process", "since", "actor__name"]
        constraints = [
            ends_not_before_start(
                name="negotiations_mediator_until_not_before_since",
                start="since",
                end="until",
                message="A mediating role cannot end before it starts.",
            ),
            FieldUniqueConstraint(
                fields=["process", "actor", "since"],
                field="since",
                name="negotiations_mediator_one_role_per_actor_and_period",
                violation_error_message="This actor already has a mediating role in this process "
                "from that date.",
            ),
            FieldUniqueConstraint(
                fields=["process", "actor"],
                condition=Q(since__isnull=True),
                field="since",
                name="negotiations_mediator_one_undated_role_per_actor",
                violation_error_message="This actor already has a mediating role in this process "
                "with no start date.",
            ),
        ]

    def __str__(self):
        return f"{self.actor} ({self.get_role_display()}) in {self.process}"

    def clean(self):
        # Overlap spans rows, so no constraint can hold it. A period that ends before it starts
        # is not compared: its constraint reports it on `until`.
        period_is_whole = self.since is None or self.until is None or self.since <= self.until
        if (
            period_is_whole
            and self.process_id
            and self.actor_id
            and self.overlapping_roles().exists()
        ):
            raise ValidationError(
                {
                    "since": "This actor already has a mediating role in this process for part "
                    "of this period."
                }
            )

    def overlapping_roles(self):
        """Other roles of the same actor in the same process whose periods overlap this one."""
        others = Mediator.objects.filter(process_id=self.process_id, actor_id=self.actor_id)
        if self.pk:
            others = others.exclude(pk=self.pk)
        if self.until is not None:
            others = others.filter(Q(since__isnull=True) | Q(since__lte=self.until))
        if self.since is not None:
            others = others.filter(Q(until__isnull=True) | Q(until__gte=self.since))
        return others
