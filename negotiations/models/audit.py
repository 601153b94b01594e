"""The rules that keep the audit trail complete.

- Many-to-many links (sources, proposals discussed, authors, event actors, ...) are snapshotted
  with every history row, so a changed link is a changed field like any other, with the acting
  user. A link written through the related record's side (`source.meetings.add(meeting)`) is
  recorded on the record that owns the field, not on the source.
- A record that is part of another (a meeting's participant, a proposal's phase, a phase's
  provision, a trip's stop, a person's position, a process's mediators and parties) declares
  `audited_as_part_of = (foreign key to the whole, the whole's name for its parts)`. Creating,
  editing or deleting it moves the whole's `updated_at` and writes a history row of the whole
  naming the parts (`parts_changed`), wherever the change is made: the API, the whole's admin
  page, the part's own admin page, a command.
- Within one request, the history rows of one record are one row: a write that saves a record,
  sets its links and replaces its parts reads in the trail as the single change it was.
"""

from functools import partial

from django.db import models
from django.db.models.query import QuerySet
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save
from django.dispatch import receiver
from django.utils import timezone
from simple_history.models import HistoricalRecords
from simple_history.signals import post_create_historical_record, pre_create_historical_record


class PartsChangedRecord(models.Model):
    """What every history row adds to django-simple-history's: the parts it records a change of."""

    parts_changed = models.JSONField(
        default=list,
        blank=True,
        help_text="The record's parts (such as participants) whose change this row records.",
    )

    class Meta:
        abstract = True


def audited_links(model) -> list:
    """The model's many-to-many fields whose links only a history snapshot can keep: those with
    Django's own link table. A link table of our own (a process's parties) is a model with its
    own history, recorded as a part of the record."""
    return [
        field
        for field in model._meta.local_many_to_many
        if not isinstance(field.remote_field.through, str)
        and field.remote_field.through._meta.auto_created
    ]


def current_request():
    return getattr(HistoricalRecords.context, "request", None)


def row_of_this_request(model, pk):
    """The history row this request already wrote for the record, if any: later changes in the
    same request join it rather than splitting one write into several entries."""
    request = current_request()
    rows = getattr(request, "_audit_rows", None) if request is not None else None
    if not rows:
        return None
    return rows.get((model._meta.label, pk))


class AuditedHistoricalRecords(HistoricalRecords):
    """django-simple-history with every many-to-many field snapshotted (see the module)."""

    def get_m2m_fields_from_model(self, model):
        return audited_links(model)

    def m2m_changed(self, instance, action, attr, pk_set, reverse, model, **kwargs):
        if hasattr(instance, "skip_history_when_saving"):
            return
        if reverse and action == "pre_clear":
            # The records losing their link are known only before the links go.
            instance._audit_cleared = list(model._default_manager.filter(**{attr: instance}))
            return
        if action not in ("post_add", "post_remove", "post_clear"):
            return
        if not reverse:
            records = [instance]
        elif action == "post_clear":
            records = getattr(instance, "_audit_cleared", [])
        else:
            records = list(model._default_manager.filter(pk__in=pk_set or ()))
        for record in records:
            self.record_links(record)

    def finalize(self, sender, **kwargs):
        super().finalize(sender, **kwargs)
        if sender is not self.cls and not (self.inherit and issubclass(sender, self.cls)):
            return
        for field in sender._meta.local_many_to_many:
            if field in audited_links(sender):
                continue
            through = field.remote_field.through
            if isinstance(through, str) and "." not in through:
                through = f"{sender._meta.app_label}.{through}"
            m2m_changed.connect(
                partial(self.rows_added_in_bulk, field=field),
                sender=through,
                weak=False,
                dispatch_uid=f"audit-bulk-{sender._meta.label}-{field.name}",
            )

    def rows_added_in_bulk(self, instance, action, reverse, pk_set, field, **kwargs):
        """`process.parties.add(actor)` inserts party rows in bulk, which sends no post_save:
        write their history rows and record the change on the whole here instead."""
        if action != "post_add" or not pk_set:
            return
        through = field.remote_field.through
        own, other = field.m2m_field_name(), field.m2m_reverse_field_name()
        if reverse:
            rows = through._default_manager.filter(**{other: instance, f"{own}__in": pk_set})
        else:
            rows = through._default_manager.filter(**{own: instance, f"{other}__in": pk_set})
        recorded = set(
            through.history.filter(id__in=[row.pk for row in rows]).values_list("id", flat=True)
        )
        for row in rows:
            if row.pk in recorded:
                continue
            self.create_historical_record(row, "+")
            if whole_of(row) is not None:
                record_part_change(*whole_of(row))

    def record_links(self, record) -> None:
        row = row_of_this_request(type(record), record.pk)
        if row is None:
            self.create_historical_record(record, "~")
            return
        for field in row._history_m2m_fields:
            self.m2m_models[field].objects.filter(history=row).delete()
        self.create_historical_record_m2ms(row, record)


@receiver(pre_create_historical_record)
def note_parts_changed(sender, instance, history_instance, **kwargs):
    history_instance.parts_changed = list(getattr(instance, "_audit_parts_changed", ()))


@receiver(post_create_historical_record)
def remember_row_of_this_request(sender, instance, history_instance, **kwargs):
    request = current_request()
    if request is None:
        return
    rows = request.__dict__.setdefault("_audit_rows", {})
    key = (type(instance)._meta.label, instance.pk)
    if history_instance.history_type == "-":
        rows.pop(key, None)
    else:
        rows[key] = history_instance


# Parts of a record.


def whole_of(part) -> tuple[type[models.Model], object, str] | None:
    """(the whole's model, its id, its name for the parts) for a part, or None."""
    declared = getattr(type(part), "audited_as_part_of", None)
    if declared is None:
        return None
    foreign_key, parts_name = declared
    field = part._meta.get_field(foreign_key)
    return field.related_model, getattr(part, field.attname), parts_name


def record_part_change(whole_model, whole_id, parts_name: str, *, user=None) -> None:
    """Move the whole's `updated_at` and write its history row naming `parts_name`."""
    if whole_id is None:
        return
    row = row_of_this_request(whole_model, whole_id)
    if row is not None:
        now = timezone.now()
        whole_model._default_manager.filter(pk=whole_id).update(updated_at=now)
        if parts_name not in row.parts_changed:
            row.parts_changed = [*row.parts_changed, parts_name]
        row.updated_at = now
        row.save(update_fields=["parts_changed", "updated_at"])
        # The whole's own whole hears of it too (a provision's phase's proposal).
        whole = whole_model._default_manager.filter(pk=whole_id).first()
        outer = whole_of(whole) if whole is not None else None
        if outer is not None:
            record_part_change(*outer, user=user)
        return
    # A fresh copy: a cached one may be stale and its history row would undo others' edits.
    whole = whole_model._default_manager.filter(pk=whole_id).first()
    if whole is None:
        return
    whole._audit_parts_changed = [parts_name]
    if user is not None:
        whole._history_user = user
    # Saving it writes the history row (and tells the whole's own whole, if it is a part).
    whole.save(update_fields=["updated_at"])


def is_part(sender) -> bool:
    return getattr(sender, "audited_as_part_of", None) is not None


def remember_previous_whole(sender, instance, raw=False, **kwargs):
    """A part moved to another whole (a participant put on another meeting) changes both."""
    if raw or not is_part(sender) or instance.pk is None:
        return
    model, whole_id, _ = whole_of(instance)
    foreign_key = instance._meta.get_field(sender.audited_as_part_of[0])
    previous = (
        sender._default_manager.filter(pk=instance.pk)
        .values_list(foreign_key.attname, flat=True)
        .first()
    )
    instance._audit_previous_whole_id = previous


def part_saved(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw or not is_part(sender):
        return
    model, whole_id, parts_name = whole_of(instance)
    user = getattr(instance, "_history_user", None)
    previous = getattr(instance, "_audit_previous_whole_id", None)
    if previous is not None and previous != whole_id:
        record_part_change(model, previous, parts_name, user=user)
    record_part_change(model, whole_id, parts_name, user=user)


def deleted_for_itself(instance, origin) -> bool:
    """Whether the part was deleted on its own (or with others of its kind), rather than with
    the whole it belongs to, whose own deletion is then the change to record."""
    if origin is None or origin is instance:
        return True
    if isinstance(origin, QuerySet):
        return issubclass(origin.model, type(instance))
    return isinstance(origin, type(instance))


def part_deleted(sender, instance, origin=None, **kwargs):
    if not is_part(sender) or not deleted_for_itself(instance, origin):
        return
    model, whole_id, parts_name = whole_of(instance)
    record_part_change(model, whole_id, parts_name, user=getattr(instance, "_history_user", None))


def connect_part_auditing() -> None:
    """Connected once the models are ready, after django-simple-history's own receivers, so
    that a part's history row comes before the row it adds to its whole."""
    pre_save.connect(remember_previous_whole, dispatch_uid="audit-remember-previous-whole")
    post_save.connect(part_saved, dispatch_uid="audit-part-saved")
    post_delete.connect(part_deleted, dispatch_uid="audit-part-deleted")
