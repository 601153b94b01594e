"""What every negotiation record shares: edit times, audit history, dates with a precision,
and refusal to delete a record that others still cite."""

import datetime

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import F, ProtectedError, Q
from django.db.models.signals import pre_delete
from django.utils.text import slugify

from negotiations.models.audit import AuditedHistoricalRecords, PartsChangedRecord

country_code_validator = RegexValidator(
    r"^[A-Z]{2}$", "Enter an ISO 3166-1 alpha-2 country code in capitals, such as EG or US."
)

wikidata_id_validator = RegexValidator(r"^Q[1-9][0-9]*$", "A Wikidata id looks like Q1234.")


class TrackedQuerySet(models.QuerySet):
    def delete(self):
        # Refuse before Django opens its deletion transaction (see TrackedModel.delete).
        for record in self:
            refuse_delete_when_cited(sender=self.model, instance=record)
        return super().delete()

    delete.alters_data = True
    delete.queryset_only = True


class TrackedModel(models.Model):
    """A record analysts enter. Edit times and the audit trail are the system's, never theirs."""

    created_at = models.DateTimeField(auto_now_add=True, editable=False)
    updated_at = models.DateTimeField(auto_now=True, editable=False)
    history = AuditedHistoricalRecords(inherit=True, bases=[PartsChangedRecord])
    # A part of another record (a meeting's participant): (foreign key to the whole, the whole's
    # name for its parts). Its changes are then changes of the whole too (see audit.py).
    audited_as_part_of: tuple[str, str] | None = None

    objects = TrackedQuerySet.as_manager()

    class Meta:
        abstract = True

    def delete(self, *args, **kwargs):
        # The pre_delete signal below refuses too, but from inside Django's deletion transaction,
        # which leaves an enclosing transaction (an admin or API request, a command) unusable.
        # Refusing first keeps the caller's transaction healthy; the signal stays for cascades.
        refuse_delete_when_cited(sender=type(self), instance=self)
        return super().delete(*args, **kwargs)


class DatePrecision(models.TextChoices):
    DAY = "day", "Day"
    MONTH = "month", "Month"
    YEAR = "year", "Year"


def truncate_to_precision(date: datetime.date | None, precision: str) -> datetime.date | None:
    """'Early October 2023' is stored as 2023-10-01 at month precision: the first day of the
    period, so that ordering and date filters stay meaningful."""
    if date is None:
        return None
    if precision == DatePrecision.MONTH:
        return date.replace(day=1)
    if precision == DatePrecision.YEAR:
        return date.replace(month=1, day=1)
    return date


def format_with_precision(date: datetime.date | None, precision: str) -> str:
    if date is None:
        return ""
    if precision == DatePrecision.YEAR:
        return f"{date:%Y}"
    if precision == DatePrecision.MONTH:
        return f"{date:%B %Y}"
    return f"{date.day} {date:%B %Y}"


class PreciseDateMixin(models.Model):
    """A real-world date that may be known only to the month or the year."""

    date_precision = models.CharField(
        max_length=5,
        choices=DatePrecision.choices,
        default=DatePrecision.DAY,
        help_text="How precisely the source dates it: 'early October 2023' is month precision.",
    )

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        self.date = truncate_to_precision(self.date, self.date_precision)
        super().save(*args, **kwargs)

    @property
    def date_display(self) -> str:
        return format_with_precision(self.date, self.date_precision)


def ends_not_before_start(*, name: str, start: str, end: str, message: str):
    """The rule that a period cannot end before it starts, where both ends are known."""
    return models.CheckConstraint(
        condition=Q(**{f"{end}__isnull": True})
        | Q(**{f"{start}__isnull": True})
        | Q(**{f"{end}__gte": F(start)}),
        name=name,
        violation_error_message=message,
    )


def require_not_before(errors: dict, *, later, earlier, later_field: str, message: str) -> None:
    """Collect a field-keyed error when a later date precedes an earlier one (both known)."""
    if later is not None and earlier is not None and later < earlier:
        errors.setdefault(later_field, []).append(message)


def require_no_other(errors: dict, instance: models.Model, *, field: str, message: str, **lookups):
    """Collect a field-keyed error when another record of the model already has these values.

    The database constraint stays the guarantee; this names the field for forms, because
    Django reports a multi-field unique constraint as an error of the whole record.
    """
    others = type(instance)._default_manager.filter(**lookups)
    if instance.pk is not None:
        others = others.exclude(pk=instance.pk)
    if others.exists():
        errors.setdefault(field, []).append(message)


def raise_if_errors(errors: dict) -> None:
    if errors:
        raise ValidationError(errors)


def unique_slug(
    instance: models.Model, text: str, *, field: str = "slug", max_length: int = 80
) -> str:
    """A slug from `text` not yet used by another record of the same model."""
    base = slugify(text)[:max_length].strip("-") or "record"
    candidate, counter = base, 2
    others = type(instance)._default_manager.exclude(pk=instance.pk)
    while others.filter(**{field: candidate}).exists():
        suffix = f"-{counter}"
        candidate = f"{base[: max_length - len(suffix)]}{suffix}"
        counter += 1
    return candidate


def many_to_many_citations(instance: models.Model) -> list[models.Model]:
    """Records that cite `instance` through a many-to-many relation (sources, parties, ...).

    Django protects foreign keys with PROTECT, but silently drops many-to-many links on delete;
    a source that a meeting cites must not vanish from under it either.
    """
    citing = []
    for relation in instance._meta.related_objects:
        if not relation.many_to_many:
            continue
        accessor = relation.get_accessor_name()
        citing.extend(getattr(instance, accessor).all()[:20])
    return citing


def refuse_delete_when_cited(sender, instance, **kwargs) -> None:
    citing = many_to_many_citations(instance)
    if citing:
        names = ", ".join(f"{obj._meta.verbose_name} “{obj}”" for obj in citing[:10])
        raise ProtectedError(
            f"Cannot delete {instance._meta.verbose_name} “{instance}”: it is cited by {names}. "
            "Remove those references first, or keep the record.",
            set(citing),
        )


def connect_citation_protection(app_config) -> None:
    for model in app_config.get_models():
        if any(relation.many_to_many for relation in model._meta.related_objects):
            pre_delete.connect(
                refuse_delete_when_cited, sender=model, dispatch_uid=f"protect-{model._meta.label}"
            )
