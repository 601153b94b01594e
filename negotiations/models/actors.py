from django.db import models
from django.db.models import Count, Q

from negotiations.models.base import (
    TrackedModel,
    TrackedQuerySet,
    country_code_validator,
    ends_not_before_start,
    raise_if_errors,
    require_not_before,
    unique_slug,
    wikidata_id_validator,
)


class Source(TrackedModel):
    """Where a fact comes from, graded on the Admiralty scale analysts use."""

    class Reliability(models.TextChoices):
        A = "A", "A – Completely reliable"
        B = "B", "B – Usually reliable"
        C = "C", "C – Fairly reliable"
        D = "D", "D – Not usually reliable"
        E = "E", "E – Unreliable"
        F = "F", "F – Reliability cannot be judged"

    class Credibility(models.TextChoices):
        CONFIRMED = "1", "1 – Confirmed by other sources"
        PROBABLY_TRUE = "2", "2 – Probably true"
        POSSIBLY_TRUE = "3", "3 – Possibly true"
        DOUBTFUL = "4", "4 – Doubtful"
        IMPROBABLE = "5", "5 – Improbable"
        CANNOT_BE_JUDGED = "6", "6 – Truth cannot be judged"

    title = models.CharField(max_length=300)
    url = models.URLField(max_length=500, blank=True)
    publisher = models.CharField(max_length=200, blank=True)
    author = models.CharField(max_length=200, blank=True)
    published_on = models.DateField(null=True, blank=True)
    language = models.CharField(
        max_length=8, blank=True, help_text="Language code of the text, such as en, ar or he."
    )
    excerpt = models.TextField(blank=True, help_text="The passage relied on, exactly as written.")
    reliability = models.CharField(
        max_length=1,
        choices=Reliability.choices,
        default=Reliability.F,
        help_text="Admiralty grade of the source: A (reliable) to F (cannot be judged).",
    )
    credibility = models.CharField(
        max_length=1,
        choices=Credibility.choices,
        default=Credibility.CANNOT_BE_JUDGED,
        help_text="Admiralty grade of the information: 1 (confirmed) to 6 (cannot be judged).",
    )

    class Meta:
        ordering = ["-published_on", "title"]
        constraints = [
            models.CheckConstraint(
                condition=Q(reliability__in=["A", "B", "C", "D", "E", "F"]),
                name="negotiations_source_reliability_admiralty_a_to_f",
                violation_error_message="Reliability must be an Admiralty grade from A to F.",
            ),
            models.CheckConstraint(
                condition=Q(credibility__in=["1", "2", "3", "4", "5", "6"]),
                name="negotiations_source_credibility_admiralty_1_to_6",
                violation_error_message="Credibility must be an Admiralty grade from 1 to 6.",
            ),
        ]

    def __str__(self):
        return self.title

    @property
    def grade(self) -> str:
        """The Admiralty grade as analysts write it, such as B2."""
        return f"{self.reliability}{self.credibility}"


class SourcedQuerySet(TrackedQuerySet):
    """Collections of records that cite sources."""

    def with_source_count(self):
        annotated = self.annotate(source_count=Count("sources", distinct=True))
        # Django drops Meta.ordering from GROUP BY queries; paginated lists need a stable order.
        if not annotated.ordered:
            annotated = annotated.order_by(*self.model._meta.ordering, "pk")
        return annotated

    def unsourced(self):
        return self.filter(sources__isnull=True)


class Actor(TrackedModel):
    """Anyone who acts: a state, a body, an armed group, a movement, an organisation, a person."""

    class Kind(models.TextChoices):
        STATE = "state", "State"
        GOVERNMENT_BODY = "government_body", "Government body"
        ARMED_GROUP = "armed_group", "Armed group"
        POLITICAL_MOVEMENT = "political_movement", "Political movement"
        INTERNATIONAL_ORG = "international_org", "International organisation"
        PERSON = "person", "Person"
        OTHER = "other", "Other"

    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=80, unique=True, blank=True)
    kind = models.CharField(max_length=20, choices=Kind.choices)
    short_name = models.CharField(max_length=80, blank=True)
    aliases = models.JSONField(
        default=list, blank=True, help_text="Other names, such as “Islamic Resistance Movement”."
    )
    country = models.CharField(
        max_length=2,
        blank=True,
        validators=[country_code_validator],
        help_text="ISO 3166-1 alpha-2 code, where the actor has one.",
    )
    # An organisation may belong to another (Egypt's intelligence service to Egypt); the parent
    # cannot be deleted while its parts are recorded.
    parent = models.ForeignKey(
        "self", on_delete=models.PROTECT, null=True, blank=True, related_name="children"
    )
    wikidata_id = models.CharField(
        max_length=20,
        blank=True,
        validators=[wikidata_id_validator],
        verbose_name="Wikidata id",
    )
    description = models.TextField(blank=True)

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(self, self.short_name or self.name)
        super().save(*args, **kwargs)

    def clean(self):
        errors = {}
        if not isinstance(self.aliases, list) or not all(
            isinstance(alias, str) for alias in self.aliases
        ):
            errors["aliases"] = ["Aliases must be a list of names."]
        if self.parent_id and self.pk and self.parent_id == self.pk:
            errors["parent"] = ["An actor cannot be its own parent."]
        raise_if_errors(errors)

    @property
    def is_person(self) -> bool:
        return self.kind == self.Kind.PERSON


class Position(TrackedModel):
    """A person's post in an organisation over time, so that a meeting between two states is
    also a meeting between the people who held their posts that day."""

    # A person or organisation who held posts stays on record; delete the position first.
    person = models.ForeignKey(
        Actor,
        on_delete=models.PROTECT,
        related_name="positions",
        limit_choices_to={"kind": Actor.Kind.PERSON},
    )
    organization = models.ForeignKey(Actor, on_delete=models.PROTECT, related_name="office_holders")
    title = models.CharField(max_length=200)
    start = models.DateField(null=True, blank=True)
    end = models.DateField(null=True, blank=True)
    sources = models.ManyToManyField(Source, blank=True, related_name="positions")

    objects = SourcedQuerySet.as_manager()

    # A position is part of the person's record (edited on the person's page), while also a
    # resource of its own; the organisation only lists its office holders.
    audited_as_part_of = ("person", "positions")

    class Meta:
        ordering = ["person__name", "-start"]
        constraints = [
            ends_not_before_start(
                name="negotiations_position_end_not_before_start",
                start="start",
                end="end",
                message="A position cannot end before it starts.",
            ),
        ]

    def __str__(self):
        return f"{self.person}, {self.title}"

    def clean(self):
        errors = {}
        require_not_before(
            errors,
            later=self.end,
            earlier=self.start,
            later_field="end",
            message="The end cannot be before the start.",
        )
        if self.person_id and self.person.kind != Actor.Kind.PERSON:
            errors.setdefault("person", []).append("Only a person holds a position.")
        raise_if_errors(errors)

    def held_on(self, date) -> bool:
        return (self.start is None or self.start <= date) and (self.end is None or date <= self.end)


class Location(TrackedModel):
    class Kind(models.TextChoices):
        CITY = "city", "City"
        BORDER_CROSSING = "border_crossing", "Border crossing"
        REGION = "region", "Region"
        COUNTRY = "country", "Country"
        OTHER = "other", "Other"

    name = models.CharField(max_length=200)
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.CITY)
    country = models.CharField(
        max_length=2,
        blank=True,
        validators=[country_code_validator],
        help_text="ISO 3166-1 alpha-2 code.",
    )
    latitude = models.DecimalField(max_digits=8, decimal_places=5, null=True, blank=True)
    longitude = models.DecimalField(max_digits=8, decimal_places=5, null=True, blank=True)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                condition=Q(latitude__isnull=True) | Q(latitude__gte=-90, latitude__lte=90),
                name="negotiations_location_latitude_in_range",
                violation_error_message="Latitude must be between -90 and 90.",
            ),
            models.CheckConstraint(
                condition=Q(longitude__isnull=True) | Q(longitude__gte=-180, longitude__lte=180),
                name="negotiations_location_longitude_in_range",
                violation_error_message="Longitude must be between -180 and 180.",
            ),
        ]

    def __str__(self):
        return self.name

    def clean(self):
        errors = {}
        if self.latitude is not None and not -90 <= self.latitude <= 90:
            errors["latitude"] = ["Latitude must be between -90 and 90."]
        if self.longitude is not None and not -180 <= self.longitude <= 180:
            errors["longitude"] = ["Longitude must be between -180 and 180."]
        if (self.latitude is None) != (self.longitude is None):
            errors.setdefault("longitude" if self.longitude is None else "latitude", []).append(
                "Give both latitude and longitude, or neither."
            )
        raise_if_errors(errors)
