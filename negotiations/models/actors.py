from django.conf import settings
from django.contrib.postgres.search import TrigramSimilarity
from django.core.exceptions import ValidationError
from django.db import connection, models, transaction
from django.db.models import Case, Count, F, FloatField, OuterRef, Q, Subquery, Value, When
from django.db.models.functions import Greatest, Replace
from django.db.models.lookups import In
from django.urls import reverse
from simple_history.models import HistoricalRecords

from negotiations.limits import ALIAS_MAX_LENGTH, MAX_ALIASES
from negotiations.models.base import (
    FieldCheckConstraint,
    TrackedModel,
    TrackedQuerySet,
    country_code_validator,
    ends_not_before_start,
    raise_if_errors,
    unique_slug,
    wikidata_id_validator,
)
from negotiations.names import normalize_name

# Two names whose trigram similarity (pg_trgm's measure, see negotiations/names.py) reaches this
# are taken for spellings of one name: Hamas and Hamaz score 0.5, Antony and Anthony Blinken
# 0.72, while United States and United Kingdom score 0.32 and Egypt and Egyptian Intelligence
# 0.22. A warning an analyst dismisses costs less than a duplicate nobody notices.
SIMILAR_NAME_THRESHOLD = 0.5
# The PostgreSQL advisory lock key under which actors' names are checked and recorded
# (ActorQuerySet.lock_identities); any constant no other lock of the project uses.
ACTOR_IDENTITY_LOCK = 7_010_001

# The fields whose values ActorName indexes (Actor.identity_names).
NAME_FIELDS = frozenset({"name", "short_name", "aliases"})


class Source(TrackedModel):
    """Where a fact comes from, graded on the Admiralty scale analysts use."""

    world_start_field = "published_on"

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
        indexes = [models.Index(fields=["published_on"], name="source_published_on")]
        constraints = [
            FieldCheckConstraint(
                condition=Q(reliability__in=["A", "B", "C", "D", "E", "F"]),
                field="reliability",
                name="negotiations_source_reliability_admiralty_a_to_f",
                violation_error_message="Reliability must be an Admiralty grade from A to F.",
            ),
            FieldCheckConstraint(
                condition=Q(credibility__in=["1", "2", "3", "4", "5", "6"]),
                field="credibility",
                name="negotiations_source_credibility_admiralty_1_to_6",
                violation_error_message="Credibility must be an Admiralty grade from 1 to 6.",
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("negotiations:source-detail", args=[self.pk])

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


class ActorQuerySet(TrackedQuerySet):
    def lock_identities(self) -> None:
        """Hold, until the transaction ends, the right to check and record actors' names.

        Two analysts recording the same new actor at the same moment would otherwise both find no
        likely duplicate (and no slug taken) and both record it. PostgreSQL takes a
        transaction-level advisory lock (outside a transaction it would end at once, so callers
        open one); SQLite needs nothing, its transactions taking the database's write lock as
        they begin (`transaction_mode` IMMEDIATE in config/env.py).
        """
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_xact_lock(%s)", [ACTOR_IDENTITY_LOCK])

    def similar_to(self, *names: str, threshold: float = SIMILAR_NAME_THRESHOLD):
        """Actors one of whose names (name, short name or an alias) is a spelling of one of
        `names`, best first. Each is annotated with `score` (1 for the same normal form, else
        the trigram similarity, 0 to 1), `matched_on` (`name`, `short_name` or `alias`) and
        `matched_name` (that name as stored)."""
        normal_forms = sorted({normalize_name(name) for name in names} - {""})
        if not normal_forms:
            return self.none()
        best_name = (
            ActorName.objects.filter(actor=OuterRef("pk"))
            .annotate(score=name_score(normal_forms))
            .filter(score__gte=threshold)
            .order_by("-score", "pk")
        )
        # One join to the best name rather than a subquery for each of its three columns: the
        # score is a Greatest over every name asked, costly to build and to run, and the
        # annotations below read the single joined row (annotate reuses the filter's join).
        return (
            self.filter(indexed_names=Subquery(best_name.values("pk")[:1]))
            .annotate(
                score=name_score(normal_forms, "indexed_names__normalized"),
                matched_on=F("indexed_names__field"),
                matched_name=F("indexed_names__name"),
            )
            .order_by("-score", "name", "pk")
        )


def name_score(normal_forms: list[str], normalized: str = "normalized"):
    """The score of a stored name (the column `normalized`) against the best of
    `normal_forms`: 1 when the normal forms are equal but for spacing (pg_trgm gives names of
    no letters 0), else the best trigram similarity."""
    # The contract ignores spacing, so Ha-mas and Hamas are one name; the normal form keeps its
    # spaces because the trigram measure works word by word.
    unspaced = Replace(normalized, Value(" "), Value(""))
    similarities = [TrigramSimilarity(normalized, normal) for normal in normal_forms]
    return Case(
        When(In(unspaced, [normal.replace(" ", "") for normal in normal_forms]), then=Value(1.0)),
        default=similarities[0] if len(similarities) == 1 else Greatest(*similarities),
        output_field=FloatField(),
    )


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

    objects = ActorQuerySet.as_manager()

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("negotiations:actor-detail", args=[self.slug])

    def save(self, *args, **kwargs):
        # No pk yet: an insert (an actor built with a recorded id may replace that actor's row)
        new = self.pk is None
        update_fields = kwargs.get("update_fields")
        with transaction.atomic():
            if not self.slug:
                # Under the lock, so that two new actors of one name get two slugs.
                Actor.objects.lock_identities()
                self.slug = unique_slug(self, self.short_name or self.name)
            super().save(*args, **kwargs)
            # A save of other fields (a parent set, the time of a change) leaves the names
            # as indexed; a new actor has no rows to rewrite.
            if update_fields is None or NAME_FIELDS.intersection(update_fields):
                self.index_names(replace=not new)

    def identity_names(self) -> list[tuple[str, str]]:
        """(field, name) for every name the actor goes by: `name`, `short_name`, `alias`."""
        names = [("name", self.name), ("short_name", self.short_name)]
        if isinstance(self.aliases, list):
            names += [("alias", alias) for alias in self.aliases if isinstance(alias, str)]
        return [(field, name) for field, name in names if name and name.strip()]

    def index_names(self, replace: bool = True) -> None:
        """Rewrite the actor's rows in ActorName, which duplicate checks query (`replace`
        False: the actor has none yet)."""
        if replace:
            ActorName.objects.filter(actor=self).delete()
        ActorName.objects.bulk_create(
            ActorName(
                actor=self, field=field, name=name[:200], normalized=normalize_name(name)[:200]
            )
            for field, name in self.identity_names()
        )

    def clean(self):
        errors = {}
        if not isinstance(self.aliases, list) or not all(
            isinstance(alias, str) for alias in self.aliases
        ):
            errors["aliases"] = ["Aliases must be a list of names."]
        elif len(self.aliases) > MAX_ALIASES:
            errors["aliases"] = [f"An actor has at most {MAX_ALIASES} aliases."]
        elif any(len(alias) > ALIAS_MAX_LENGTH for alias in self.aliases):
            errors["aliases"] = [f"Each alias has at most {ALIAS_MAX_LENGTH} characters."]
        if self.parent_id and self.pk and self.parent_id == self.pk:
            errors["parent"] = ["An actor cannot be its own parent."]
        raise_if_errors(errors)

    @property
    def is_person(self) -> bool:
        return self.kind == self.Kind.PERSON


class ActorName(models.Model):
    """One name of an actor in its normal form: the index that duplicate checks search.

    Derived from the actor on every save (Actor.index_names), never edited on its own, so it
    has no audit trail of its own: the actor's history records its names.
    """

    class Field(models.TextChoices):
        NAME = "name", "Name"
        SHORT_NAME = "short_name", "Short name"
        ALIAS = "alias", "Alias"

    # The index of an actor's names goes with the actor.
    actor = models.ForeignKey(Actor, on_delete=models.CASCADE, related_name="indexed_names")
    field = models.CharField(max_length=10, choices=Field.choices)
    name = models.CharField(max_length=200)
    normalized = models.CharField(max_length=200, db_index=True)

    class Meta:
        ordering = ["actor", "pk"]

    def __str__(self):
        return self.name


class MergedActor(models.Model):
    """An actor merged into another: its old id answers with the survivor's address."""

    # The id the merged actor had; it is never given to another actor.
    id = models.BigIntegerField(primary_key=True)
    # Where the old id leads now. A later merge of the survivor moves this along with every
    # other reference; once the survivor itself is deleted, the old id leads nowhere.
    into = models.ForeignKey(Actor, on_delete=models.CASCADE, related_name="merged_actors")
    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=80)
    merged_at = models.DateTimeField(auto_now_add=True)
    # Who merged stays a fact even if their account is later removed.
    merged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    # A later merge moves `into` on: the history keeps where the old id led before.
    history = HistoricalRecords()

    class Meta:
        ordering = ["-merged_at"]

    def __str__(self):
        return f"{self.name} (merged into {self.into})"


# django-simple-history gives the history model of a model declared outside `models.py` the app's
# package as its module (django-simple-history #343), where `manage.py shell` looks for it in
# vain; it lives here, beside its model, as the history models of tracked records already do.
MergedActor.history.model.__module__ = __name__


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

    world_start_field = "start"
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
            FieldCheckConstraint(
                condition=Q(latitude__isnull=True) | Q(latitude__gte=-90, latitude__lte=90),
                field="latitude",
                name="negotiations_location_latitude_in_range",
                violation_error_message="Latitude must be between -90 and 90.",
            ),
            FieldCheckConstraint(
                condition=Q(longitude__isnull=True) | Q(longitude__gte=-180, longitude__lte=180),
                field="longitude",
                name="negotiations_location_longitude_in_range",
                violation_error_message="Longitude must be between -180 and 180.",
            ),
        ]

    def __str__(self):
        return self.name

    def clean(self):
        if (self.latitude is None) != (self.longitude is None):
            missing = "longitude" if self.longitude is None else "latitude"
            raise ValidationError({missing: "Give both latitude and longitude, or neither."})
