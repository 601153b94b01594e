"""The dated, sourced log behind every status.

Processes, proposals and responses each keep a log of status changes. The status stored on the
record is a cache of the latest change, kept equal to it inside one transaction, so that the
current view and any "as of" view read the same facts and can never disagree.
"""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import OuterRef, Subquery
from django.utils import timezone

from negotiations.models.actors import Source
from negotiations.models.base import TrackedModel, TrackedQuerySet

# Shown for a record on a day before its first recorded status.
NO_STATUS_YET = "Not yet recorded"


class StatusChange(TrackedModel):
    """One dated entry of a status log. Concrete logs add the foreign key to their record."""

    # Concrete subclasses name the field that points at the record whose status this is.
    record_field: str

    status = models.CharField(max_length=30)
    changed_on = models.DateField(help_text="The real-world date the status changed.")
    note = models.TextField(blank=True)
    sources = models.ManyToManyField(Source, blank=True, related_name="%(class)ss")
    # Who typed it stays a fact of the log even if their account is later removed.
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        editable=False,
    )
    recorded_at = models.DateTimeField(auto_now_add=True, editable=False)

    class Meta:
        abstract = True
        ordering = ["changed_on", "recorded_at", "id"]

    def __str__(self):
        return f"{self.get_status_display()} on {self.changed_on:%Y-%m-%d}"

    @property
    def record(self):
        return getattr(self, self.record_field)

    def get_absolute_url(self):
        return self.record.get_absolute_url()

    def clean(self):
        errors = {}
        record = getattr(self, self.record_field, None) if self.record_id_set else None
        if record is not None and self.changed_on:
            begins = record.world_start_date
            if begins and self.changed_on < begins:
                errors["changed_on"] = [
                    f"The status cannot change on {self.changed_on:%Y-%m-%d}, before the "
                    f"{record._meta.verbose_name} existed ({begins:%Y-%m-%d})."
                ]
        if self.changed_on and self.changed_on > timezone.localdate():
            errors.setdefault("changed_on", []).append(
                "A status change records what happened; it cannot be dated in the future."
            )
        if errors:
            raise ValidationError(errors)

    @property
    def record_id_set(self) -> bool:
        return getattr(self, f"{self.record_field}_id") is not None


class StatusLogQuerySet(TrackedQuerySet):
    """Collections of status-logged records, read on any date."""

    def with_status_on(self, date: datetime.date):
        """Annotate `status_on_date`: the latest change on or before `date` (None before any)."""
        change_model = self.model.status_change_model()
        latest = (
            change_model.objects.filter(
                **{change_model.record_field: OuterRef("pk"), "changed_on__lte": date}
            )
            .order_by("-changed_on", "-recorded_at", "-id")
            .values("status")[:1]
        )
        return self.annotate(status_on_date=Subquery(latest))

    def in_status_on(self, statuses, date: datetime.date | None = None):
        if date is None:
            return self.filter(status__in=statuses)
        return self.with_status_on(date).filter(status_on_date__in=statuses)


class StatusLoggedModel(TrackedModel):
    """A record whose `status` is the latest entry of its dated status log."""

    class Meta:
        abstract = True

    @classmethod
    def status_change_model(cls):
        return cls._meta.get_field("status_changes").related_model

    # The field holding the real-world date the record began (a proposal's announcement).
    world_start_field: str

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        instance._status_in_log = instance.__dict__.get("status")
        instance._world_start_in_db = instance.__dict__.get(cls.world_start_field)
        return instance

    @property
    def world_start_date(self) -> datetime.date | None:
        """The real-world date the record began; no status change may precede it."""
        return getattr(self, self.world_start_field)

    def require_start_not_after_log(self, errors: dict) -> None:
        """The opening entry of the log follows the start date; later entries do not, so the
        start cannot move past the first real change."""
        begins = self.world_start_date
        if self.pk is None or begins is None:
            return
        first_change = self.status_changes.order_by("changed_on", "recorded_at", "id")[1:2].first()
        if first_change is not None and first_change.changed_on < begins:
            errors.setdefault(self.world_start_field, []).append(
                f"The status already changed on {first_change.changed_on:%Y-%m-%d}; the "
                f"{self._meta.verbose_name} cannot begin after that."
            )

    def move_opening_entry_with_start(self) -> None:
        """When the start date is corrected, the status the record began with moves with it,
        so that "as of" views never show a record before it began, nor miss its first days."""
        begins = self.world_start_date
        if begins is None or begins == getattr(self, "_world_start_in_db", begins):
            return
        entries = list(self.status_changes.order_by("changed_on", "recorded_at", "id")[:2])
        next_entry_on = entries[1].changed_on if len(entries) > 1 else None
        if entries and (next_entry_on is None or begins <= next_entry_on):
            opening = entries[0]
            opening.changed_on = min(begins, timezone.localdate())
            opening.save(update_fields=["changed_on", "updated_at"])

    # Fields of the record that follow its status (a response's `responded_on`), saved with it.
    fields_following_status: tuple[str, ...] = ()

    def refresh_from_db(self, using=None, fields=None, from_queryset=None):
        super().refresh_from_db(using=using, fields=fields, from_queryset=from_queryset)
        # The reloaded status is the one in the log; without this, the next save would log the
        # status read from the database as a change "set directly" today.
        if fields is None or "status" in fields:
            self._status_in_log = self.status
        if fields is None or self.world_start_field in fields:
            self._world_start_in_db = self.world_start_date

    def save(self, *args, **kwargs):
        """Saving a new status directly is recorded as a change dated today (or, for a new
        record, on the day it began), so the log never misses a status the record showed."""
        with transaction.atomic():
            is_new = self._state.adding
            if not is_new:
                self.move_opening_entry_with_start()
                self._world_start_in_db = self.world_start_date
            if not is_new and self.status == getattr(self, "_status_in_log", None):
                super().save(*args, **kwargs)
                return
            today = timezone.localdate()
            changed_on = (self.world_start_date or today) if is_new else today
            change = self.status_change_model()(
                status=self.status,
                changed_on=min(changed_on, today),
                note="Recorded with the record." if is_new else "Status set directly.",
            )
            self.after_status_logged(change)
            if kwargs.get("update_fields") is not None:
                kwargs["update_fields"] = {*kwargs["update_fields"], *self.fields_following_status}
            super().save(*args, **kwargs)
            setattr(change, change.record_field, self)
            change.save()
            self._status_in_log = self.status
            self._world_start_in_db = self.world_start_date

    def change_status(
        self,
        status: str,
        *,
        changed_on: datetime.date,
        note: str = "",
        sources=(),
        recorded_by=None,
    ):
        """Record a dated, sourced status change and move the current status if it is now the
        latest. Locks the record so two analysts' changes are applied one after the other."""
        change_model = self.status_change_model()
        change = change_model(
            status=status,
            changed_on=changed_on,
            note=note,
            recorded_by=recorded_by,
            **{change_model.record_field: self},
        )
        change.full_clean(exclude=[change_model.record_field])
        if recorded_by is not None:
            # The audit history names the analyst even outside a request (commands, shell).
            change._history_user = self._history_user = recorded_by
        with transaction.atomic():
            self.lock_row()
            change.save()
            if sources:
                change.sources.set(sources)
            self.refresh_status_from_log(latest_change=change)
        return change

    def refresh_status_from_log(self, latest_change=None) -> None:
        latest = self.status_changes.order_by("-changed_on", "-recorded_at", "-id").first()
        self._status_in_log = latest.status
        self.status = latest.status
        self.after_status_logged(latest_change)
        # Only the status and what follows it: this copy of the record may be stale in its other
        # fields, and must not overwrite what another analyst saved meanwhile.
        self.save(update_fields=["status", "updated_at", *self.fields_following_status])

    def after_status_logged(self, change) -> None:
        """A hook for records whose other fields follow their status."""

    def status_on(self, date: datetime.date) -> str | None:
        """The status as it stood on `date`: the latest change on or before it."""
        current = None
        for change in self.status_changes.all():  # ordered oldest first; uses any prefetch
            if change.changed_on <= date:
                current = change.status
        return current

    def change_in_force_on(self, date: datetime.date):
        """The status change that set the status in force on `date` (None before any)."""
        in_force = None
        for change in self.status_changes.all():  # ordered oldest first; uses any prefetch
            if change.changed_on <= date:
                in_force = change
        return in_force

    def status_label_on(self, date: datetime.date) -> str:
        return self.status_label(self.status_on(date))

    @classmethod
    def status_label(cls, status: str | None) -> str:
        """The label of a status value, or what is shown before the first recorded change."""
        return cls.Status(status).label if status else NO_STATUS_YET
