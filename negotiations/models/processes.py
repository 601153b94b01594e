from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse

from negotiations.models.actors import Actor
from negotiations.models.base import (
    FieldUniqueConstraint,
    TrackedModel,
    TrackedQuerySet,
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
    parties = models.ManyToManyField(Actor, blank=True, related_name="processes_as_party")

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


class ProcessStatusChange(StatusChange):
    record_field = "process"

    # The log is part of the process: it goes with the process and nowhere else.
    process = models.ForeignKey(
        NegotiationProcess, on_delete=models.CASCADE, related_name="status_changes"
    )
    status = models.CharField(max_length=20, choices=NegotiationProcess.Status.choices)

    class Meta(StatusChange.Meta):
        verbose_name = "process status change"


class MediatorQuerySet(TrackedQuerySet):
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

    objects = MediatorQuerySet.as_manager()

    world_start_field = "since"

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
