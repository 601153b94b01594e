"""What every negotiation record shares: edit times, audit history, dates with a precision,
and refusal to delete a record that others still cite."""

import datetime

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import DEFAULT_DB_ALIAS, models
from django.db.models import F, ProtectedError, Q
from django.db.models.signals import pre_delete
from django.utils.text import slugify

from negotiations.models.audit import AuditedHistoricalRecords, PartsChangedRecord

country_code_validator = RegexValidator(
    r"^[A-Z]{2}$", "Enter an ISO 3166-1 alpha-2 country code in capitals, such as EG or US."
)

wikidata_id_validator = RegexValidator(r"^Q[1-9][0-9]*$", "A Wikidata id looks like Q1234.")


class TrackedQuerySet(models.QuerySet):
    def as_of(self, on: datetime.date):
        """The records that existed in the world on `on`: those whose real-world start (the
        model's `world_start_field`: a meeting's date, a proposal's announcement...) is on or
        before it. A record whose start is not known is taken to have always existed.

        Written as a range on the date (plus IS NULL where the date is optional) rather than as
        NOT (date > on), so that PostgreSQL can answer it from the date's index."""
        field = self.model._meta.get_field(self.model.world_start_field)
        on_or_before = Q(**{f"{field.name}__lte": on})
        if field.null:
            on_or_before |= Q(**{f"{field.name}__isnull": True})
        return self.filter(on_or_before)

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

    # The date field on which the record began to exist in the world, for `as_of()`; records
    # that have no such date (actors, places) exist on every date and leave it unset.
    world_start_field: str

    class Meta:
        abstract = True

    def delete(self, *args, **kwargs):
        # The pre_delete signal below refuses too, but from inside Django's deletion transaction,
        # which leaves an enclosing transaction (an admin or API request, a command) unusable.
        # Refusing first keeps the caller's transaction healthy; the signal stays for cascades.
        refuse_delete_when_cited(sender=type(self), instance=self)
        return super().delete(*args, **kwargs)

    def lock_row(self):
        """Lock this record's row until the transaction ends, so that concurrent writers take
        turns, and return its stored `updated_at` (None when the row is gone)."""
        return (
            type(self)
            ._default_manager.select_for_update()
            .filter(pk=self.pk)
            .values_list("updated_at", flat=True)
            .first()
        )


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


class ReportedOnField:
    """A database constraint that also says, once, which field a violation is the fault of.

    The constraint holds the rule and its message (`violation_error_message`); `field` keys that
    message to the field to correct. `full_clean()` runs every constraint after `clean()`, so
    the admin, the API and imports all report the rule in the same words on the same field, and
    `clean()` keeps only what no constraint can say (rules spanning rows or tables).
    """

    def __init__(self, *args, field: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.field = field

    def validate(self, model, instance, exclude=None, using=DEFAULT_DB_ALIAS):
        try:
            super().validate(model, instance, exclude=exclude, using=using)
        except ValidationError as error:
            raise ValidationError({self.field: error.error_list}) from error

    # Where the message shows is not part of the schema: migrations record Django's own
    # constraint, so choosing or changing `field` never needs a migration.
    django_path: str

    def deconstruct(self):
        _path, args, kwargs = super().deconstruct()
        return self.django_path, args, kwargs

    def clone(self):
        _path, args, kwargs = self.deconstruct()
        return type(self)(*args, field=self.field, **kwargs)


class FieldCheckConstraint(ReportedOnField, models.CheckConstraint):
    """`CheckConstraint(condition=..., name=..., violation_error_message=..., field=...)`"""

    django_path = "django.db.models.CheckConstraint"


class FieldUniqueConstraint(ReportedOnField, models.UniqueConstraint):
    """`UniqueConstraint(fields=[...], name=..., violation_error_message=..., field=...)`; the
    field is usually the last of the set, the one that repeats (such as `respondent`)."""

    django_path = "django.db.models.UniqueConstraint"


def ends_not_before_start(*, name: str, start: str, end: str, message: str):
    """The rule that a period cannot end before it starts, where both ends are known; a
    violation is reported on the end."""
    return FieldCheckConstraint(
        condition=Q(**{f"{end}__isnull": True})
        | Q(**{f"{start}__isnull": True})
        | Q(**{f"{end}__gte": F(start)}),
        name=name,
        violation_error_message=message,
        field=end,
    )


def require_not_before(errors: dict, *, later, earlier, later_field: str, message: str) -> None:
    """Collect a field-keyed error when a later date precedes an earlier one (both known), for
    rules across records that no constraint can hold (a trip stop within its trip)."""
    if later is not None and earlier is not None and later < earlier:
        errors.setdefault(later_field, []).append(message)


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
