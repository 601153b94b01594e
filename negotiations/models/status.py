"""The dated, sourced log behind every status.

Processes, proposals and responses each keep a log of status changes. The status stored on the
record is a cache of the latest live change, kept equal to it inside one transaction, so that the
current view and any "as of" view read the same facts and can never disagree.

The log is written only where a caller asks for it, as healthchecks' `Check.ping()` writes its
`Flip`: `save_with_opening_entry()` creates a record with the entry its status begins with,
`change_status()` adds a change, `retract_status_change()` marks a mistaken one as retracted.
Entries are never deleted; a retracted one stays in the log, and every status read from the log
ignores it.
"""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import Exists, OuterRef, Q, Subquery
from django.utils import timezone

from negotiations.models.actors import Source
from negotiations.models.base import FieldCheckConstraint, TrackedModel, TrackedQuerySet

# Shown for a record on a day before its first recorded status.
NO_STATUS_YET = "Not yet recorded"


class StatusChangeQuerySet(TrackedQuerySet):
    def live(self):
        """The entries that count: those not retracted."""
        return self.filter(retracted_at__isnull=True)

    def delete(self):
        raise ValidationError(LOG_ENTRIES_STAY)

    delete.alters_data = True
    delete.queryset_only = True


# The order of a log: by real-world date, then by when each entry was typed (see the tests of
# two changes on the same day), then by id for entries recorded in the same instant.
OLDEST_FIRST = ("changed_on", "recorded_at", "id")
NEWEST_FIRST = tuple(f"-{field}" for field in OLDEST_FIRST)

LOG_ENTRIES_STAY = (
    "Status changes are never deleted: retract a mistaken one, with the reason, instead."
)


class RetractionRefused(ValidationError):
    """A retraction the log's state does not allow: the entry is already retracted, or it is
    the last live one and the record would be left without a status."""


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
    # A retracted entry stays in the log with who retracted it, when and why (see
    # StatusLoggedModel.retract_status_change); every status read from the log ignores it.
    retracted_at = models.DateTimeField(null=True, blank=True, editable=False)
    retracted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        editable=False,
    )
    retraction_reason = models.TextField(blank=True, editable=False)

    objects = StatusChangeQuerySet.as_manager()

    world_start_field = "changed_on"

    class Meta:
        abstract = True
        ordering = list(OLDEST_FIRST)
        constraints = [
            FieldCheckConstraint(
                condition=Q(retracted_at__isnull=True, retraction_reason="")
                | (Q(retracted_at__isnull=False) & ~Q(retraction_reason="")),
                field="retraction_reason",
                name="negotiations_%(class)s_retraction_gives_its_reason",
                violation_error_message="A retraction gives its reason; a live entry has none.",
            ),
        ]
        # `as_of()` and the newest changes across all records (the dashboard).
        indexes = [models.Index(fields=["changed_on", "recorded_at", "id"], name="%(class)s_dated")]

    def __str__(self):
        return f"{self.get_status_display()} on {self.changed_on:%Y-%m-%d}"

    @property
    def is_retracted(self) -> bool:
        return self.retracted_at is not None

    def delete(self, *args, **kwargs):
        # Deleting the record deletes its log with it (a cascade never calls this).
        raise ValidationError(LOG_ENTRIES_STAY)

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
        """Annotate `status_on_date`: the latest live change on or before `date` (None before
        any)."""
        return self.annotate(status_on_date=self.latest_logged_status(on=date))

    def logged_by(self, date: datetime.date):
        """The records with a status on `date`: a live change on or before it. The same rows as
        `with_status_on(date).filter(status_on_date__isnull=False)`, as a semi-join that the
        database runs once for the whole table (counting a list of them stays cheap) instead of
        a latest-change subquery per record."""
        change_model = self.model.status_change_model()
        changes = change_model.objects.live().filter(
            **{change_model.record_field: OuterRef("pk")}, changed_on__lte=date
        )
        return self.filter(Exists(changes))

    def latest_logged_status(self, *, on: datetime.date | None = None) -> Subquery:
        """The status of each record's latest live change (on or before `on`, when given)."""
        change_model = self.model.status_change_model()
        changes = change_model.objects.live().filter(**{change_model.record_field: OuterRef("pk")})
        if on is not None:
            changes = changes.filter(changed_on__lte=on)
        return Subquery(changes.order_by(*NEWEST_FIRST).values("status")[:1])

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

    @property
    def world_start_date(self) -> datetime.date | None:
        """The real-world date the record began; no status change may precede it."""
        return getattr(self, self.world_start_field)

    def live_status_changes(self) -> list:
        """The log without its retracted entries, oldest first (uses any prefetch)."""
        # A prefetched log is read straight from the prefetch cache: `.all()` would build a
        # manager and a queryset each time, and a page of proposals asks for its responses'
        # logs hundreds of times (status, overdue, as of a date).
        prefetched = getattr(self, "_prefetched_objects_cache", {}).get("status_changes")
        changes = prefetched if prefetched is not None else self.status_changes.all()
        return [change for change in changes if not change.is_retracted]

    def require_start_not_after_log(self, errors: dict) -> None:
        """The opening entry of the log follows the start date; later entries do not, so the
        start cannot move past the first real change, nor into the future, where no entry of
        the log may be dated."""
        begins = self.world_start_date
        if begins is not None and begins > timezone.localdate():
            errors.setdefault(self.world_start_field, []).append(
                f"The {self._meta.verbose_name} cannot begin in the future: its status log "
                "records what has happened."
            )
            return
        if self.pk is None or begins is None:
            return
        first_change = self.status_changes.live().order_by(*OLDEST_FIRST)[1:2].first()
        if first_change is not None and first_change.changed_on < begins:
            errors.setdefault(self.world_start_field, []).append(
                f"The status already changed on {first_change.changed_on:%Y-%m-%d}; the "
                f"{self._meta.verbose_name} cannot begin after that."
            )

    def move_opening_entry_with_start(self) -> None:
        """When the start date is corrected, the status the record began with moves with it,
        so that "as of" views never show a record before it began, nor miss its first days."""
        begins = self.world_start_date
        entries = list(self.status_changes.live().order_by(*OLDEST_FIRST)[:2])
        next_entry_on = entries[1].changed_on if len(entries) > 1 else None
        if entries and (next_entry_on is None or begins <= next_entry_on):
            opening = entries[0]
            opening.changed_on = min(begins, timezone.localdate())
            opening._history_user = getattr(self, "_history_user", None)
            opening.save(update_fields=["changed_on", "updated_at"])

    # Fields of the record that follow its status (a response's `responded_on`), saved with it.
    fields_following_status: tuple[str, ...] = ()

    def save_with_opening_entry(
        self,
        *,
        changed_on: datetime.date | None = None,
        note: str = "Recorded with the record.",
        sources=(),
        recorded_by=None,
    ) -> None:
        """Create the record together with the entry its status log opens with: its `status`,
        dated `changed_on`, by default the day it began in the world (today when unknown)."""
        if not self._state.adding:
            raise ValueError(
                f"This {self._meta.verbose_name} already exists: move its status with "
                "change_status()."
            )
        if recorded_by is not None:
            self._history_user = recorded_by
        self.save(
            opening_entry={
                "changed_on": changed_on,
                "note": note,
                "sources": sources,
                "recorded_by": recorded_by,
            }
        )

    def save(self, *args, opening_entry: dict | None = None, **kwargs):
        """Save the record's own fields. The status log is written only by the explicit calls
        (save_with_opening_entry, change_status, retract_status_change), so a save refuses a
        new record without its opening entry, and a status the log does not hold.

        A corrected start date is the one thing of the log a save follows: the opening entry
        moves with it (read against the stored row, in the same transaction)."""
        with transaction.atomic():
            if self._state.adding:
                self.save_as_new(opening_entry, *args, **kwargs)
            else:
                self.follow_stored_log(kwargs.get("update_fields"))
                super().save(*args, **kwargs)

    def save_as_new(self, opening_entry: dict | None, *args, **kwargs) -> None:
        if opening_entry is None:
            raise ValidationError(
                f"A new {self._meta.verbose_name} opens its status log as it is saved: create "
                "it with save_with_opening_entry().",
                code="status_log_not_opened",
            )
        opening_entry = dict(opening_entry)
        sources = opening_entry.pop("sources")
        today = timezone.localdate()
        # By now the record's own save filled its start in (a response's request date).
        changed_on = opening_entry.pop("changed_on") or min(self.world_start_date or today, today)
        change_model = self.status_change_model()
        change = change_model(status=self.status, changed_on=changed_on, **opening_entry)
        self.after_status_logged(change)
        super().save(*args, **kwargs)
        setattr(change, change_model.record_field, self)
        change.full_clean(exclude=[change_model.record_field])
        if change.recorded_by is not None:
            change._history_user = change.recorded_by
        change.save()
        if sources:
            change.sources.set(sources)

    def follow_stored_log(self, update_fields) -> None:
        """Refuse a status the log does not hold; move the opening entry with a corrected
        start date. Both are read against the stored row, not a copy kept since loading."""
        writes_status = update_fields is None or "status" in update_fields
        writes_start = update_fields is None or self.world_start_field in update_fields
        if not (writes_status or writes_start):
            return
        model = type(self)
        stored = (
            model._default_manager.filter(pk=self.pk)
            .annotate(logged_status=model._default_manager.latest_logged_status())
            .values(self.world_start_field, "logged_status")
            .first()
        )
        if stored is None:
            return
        if writes_status and self.status != stored["logged_status"]:
            raise ValidationError(
                {
                    "status": f"The status log says “{stored['logged_status']}”: the status "
                    "moves only through a dated status change (change_status), never by saving "
                    "the record."
                },
                code="status_not_in_log",
            )
        begins = self.world_start_date
        if writes_start and begins is not None and begins != stored[self.world_start_field]:
            self.move_opening_entry_with_start()

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
            self.after_status_logged(change)
            self.refresh_status_from_log()
        return change

    def retract_status_change(self, change, *, reason: str, retracted_by=None):
        """Retract a mistaken entry of this record's log. It stays in the log, marked with who
        retracted it, when and why; the current status and every "as of" status ignore it from
        then on. A correction is a retraction plus a new entry (change_status).

        The last live entry cannot be retracted, since a record always has a status: record
        the right status first, then retract the wrong one."""
        reason = (reason or "").strip()
        if not reason:
            raise ValidationError(
                {"retraction_reason": "Give the reason the entry is retracted."}, code="required"
            )
        change_model = self.status_change_model()
        with transaction.atomic():
            self.lock_row()
            change = change_model.objects.select_for_update().get(
                pk=change.pk, **{change_model.record_field: self}
            )
            if change.is_retracted:
                raise RetractionRefused(
                    f"This status change ({change}) was already retracted on "
                    f"{timezone.localtime(change.retracted_at):%Y-%m-%d %H:%M} by "
                    f"{change.retracted_by or 'a removed account'}: {change.retraction_reason}",
                    code="already_retracted",
                )
            if not self.status_changes.live().exclude(pk=change.pk).exists():
                raise RetractionRefused(
                    f"This status change ({change}) is the only live entry of the log, and a "
                    f"{self._meta.verbose_name} always has a status: record the right status "
                    "first, then retract this one.",
                    code="last_live_entry",
                )
            change.retracted_at = timezone.now()
            change.retracted_by = retracted_by
            change.retraction_reason = reason
            if retracted_by is not None:
                change._history_user = self._history_user = retracted_by
            change.save(
                update_fields=["retracted_at", "retracted_by", "retraction_reason", "updated_at"]
            )
            self.after_status_retracted(change)
            self.refresh_status_from_log()
        return change

    def refresh_status_from_log(self) -> None:
        """Set the status to the latest live change, and save it with the fields following it.
        Also when nothing moved: the save dates the change of the log (updated_at) and puts it
        in the record's audit history."""
        latest = self.status_changes.live().order_by(*NEWEST_FIRST).first()
        self.status = latest.status
        # Whatever was prefetched no longer shows the log as it is.
        getattr(self, "_prefetched_objects_cache", {}).pop("status_changes", None)
        # Only the status and what follows it: this copy of the record may be stale in its other
        # fields, and must not overwrite what another analyst saved meanwhile.
        self.save(update_fields=["status", "updated_at", *self.fields_following_status])

    def after_status_logged(self, change) -> None:
        """A hook for records whose other fields follow their status."""

    def after_status_retracted(self, change) -> None:
        """A hook for records whose other fields follow their status."""

    def status_on(self, date: datetime.date) -> str | None:
        """The status as it stood on `date`: the latest live change on or before it."""
        in_force = self.change_in_force_on(date)
        return in_force.status if in_force else None

    def change_in_force_on(self, date: datetime.date):
        """The live status change that set the status in force on `date` (None before any)."""
        in_force = None
        for change in self.live_status_changes():  # ordered oldest first; uses any prefetch
            if change.changed_on <= date:
                in_force = change
        return in_force

    def status_label_on(self, date: datetime.date) -> str:
        return self.status_label(self.status_on(date))

    @classmethod
    def status_label(cls, status: str | None) -> str:
        """The label of a status value, or what is shown before the first recorded change."""
        return cls.Status(status).label if status else NO_STATUS_YET
