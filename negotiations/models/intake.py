"""An article on its way to becoming records: its text, the candidates drafted from it, and what
the analyst accepted (negotiations/intake/ drafts and accepts; see design/api.md, "Article
intake")."""

import datetime
import logging

from django.conf import settings
from django.db import DatabaseError, models, transaction
from django.urls import reverse
from django.utils.functional import cached_property

from negotiations.models.actors import Source
from negotiations.models.base import FieldUniqueConstraint, TrackedModel, TrackedQuerySet

logger = logging.getLogger(__name__)

# A source's title when the analyst gives none: the article's opening words.
UNTITLED_LENGTH = 120
# The kinds of candidates an intake holds, in the order the review shows them. Kept here rather
# than beside the drafting rules so that loading the models and the admin (every manage.py
# command, every server process) does not compile the rules' nine hundred-odd patterns.
CANDIDATE_KINDS = ("actors", "quotes", "dates", "meetings", "events", "status_signals")


class IntakeQuerySet(TrackedQuerySet):
    def create_from_article(
        self,
        *,
        text: str,
        published_on: datetime.date,
        url: str = "",
        title: str = "",
        publisher: str = "",
        language: str = "",
        created_by=None,
    ) -> "Intake":
        """Store the article as a source and draft its candidates, once: the review then reads
        the same candidates however often it is opened. Nothing else is created until accept."""
        from negotiations.intake.extract import draft_candidates
        from negotiations.limits import TEXT_MAX_LENGTH

        language = language or "en"
        try:
            candidates = draft_candidates(text, published_on, language)
        except DatabaseError:
            raise  # the database's trouble, answered as such (503), not the text's
        except Exception:
            # The draft only saves typing: a text the rules trip on (a bug, logged with its
            # traceback for us) must not lose the analyst's article or answer 500. It is stored
            # with no candidates, and the review says so and offers the rows to add by hand.
            logger.exception("Drafting candidates failed; the article is stored without them")
            candidates = {kind: [] for kind in CANDIDATE_KINDS}
        with transaction.atomic():
            source = Source(
                title=title or opening_words(text),
                url=url,
                publisher=publisher,
                published_on=published_on,
                language=language,
                # The source's excerpt has the length of any text; the intake keeps it all.
                excerpt=text[:TEXT_MAX_LENGTH],
            )
            source._history_user = created_by
            source.full_clean()
            source.save()
            intake = self.model(
                source=source,
                text=text,
                language=language,
                candidates=candidates,
                created_by=created_by,
            )
            intake._history_user = created_by
            intake.save()
        return intake


def opening_words(text: str) -> str:
    first_line = next((line.strip() for line in text.splitlines() if line.strip()), "")
    if len(first_line) <= UNTITLED_LENGTH:
        return first_line or "Untitled article"
    return first_line[: UNTITLED_LENGTH - 1].rsplit(" ", 1)[0] + "…"


class Intake(TrackedModel):
    """An article taken in: the source it is stored as, its full text, and the candidate
    records drafted from it for an analyst to review."""

    # The intake is the working copy of the article's source: it goes with it. (A source that
    # accepted records cite cannot be deleted, so neither can its intake then.)
    source = models.OneToOneField(Source, on_delete=models.CASCADE, related_name="intake")
    text = models.TextField(help_text="The article as pasted; candidates' spans point into it.")
    language = models.CharField(max_length=8, blank=True)
    candidates = models.JSONField(
        default=dict,
        blank=True,
        help_text="Drafted once, when the article was taken in (see design/api.md).",
    )
    # Who took the article in stays a fact even if their account is later removed.
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        editable=False,
    )

    objects = IntakeQuerySet.as_manager()

    # Its changes (what was accepted) are changes of the article's source in the audit trail.
    audited_as_part_of = ("source", "intake")

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self):
        return f"Intake of “{self.source}”"

    def get_absolute_url(self):
        return reverse("admin:negotiations_intake_change", args=[self.pk])

    @property
    def published_on(self) -> datetime.date | None:
        return self.source.published_on

    def candidate_list(self, kind: str) -> list[dict]:
        found = self.candidates.get(kind) if isinstance(self.candidates, dict) else None
        return [c for c in found or [] if isinstance(c, dict) and isinstance(c.get("key"), str)]

    def candidates_by_key(self) -> dict[str, tuple[str, dict]]:
        """{key: (kind, candidate)} over every kind."""
        return {
            candidate["key"]: (kind, candidate)
            for kind in CANDIDATE_KINDS
            for candidate in self.candidate_list(kind)
        }

    def accepted(self) -> dict[str, "IntakeRecord"]:
        """{key: the record it was accepted as}, read from the database rather than from any
        prefetched copy: accept() asks after locking the intake, when only the rows count."""
        return {record.key: record for record in IntakeRecord.objects.filter(intake=self)}

    def accept(self, keys, edits=None, *, user=None, additions=None):
        """Create the records of the chosen candidates, corrected by `edits`, and those the
        analyst adds (`additions`), in one transaction; see negotiations.intake.accept."""
        from negotiations.intake.accept import accept

        return accept(self, keys, edits or {}, user=user, additions=additions)


class IntakeRecord(TrackedModel):
    """Which record a candidate of an intake became: so that accepting it twice creates nothing
    twice, and the review shows it as done."""

    # What was accepted is part of the intake's story.
    intake = models.ForeignKey(Intake, on_delete=models.CASCADE, related_name="records")
    key = models.CharField(max_length=100)
    # The record's API resource (`actors`, `statements`, `meetings`, `events`, `responses`) and
    # id: a plain reference, so that the record may be merged or deleted later like any other.
    resource = models.CharField(max_length=30)
    object_id = models.PositiveBigIntegerField()
    created = models.BooleanField(
        default=True,
        help_text="False where the candidate was an actor or response already recorded.",
    )

    audited_as_part_of = ("intake", "records")

    class Meta:
        ordering = ["intake", "id"]
        constraints = [
            FieldUniqueConstraint(
                fields=["intake", "key"],
                field="key",
                name="negotiations_intakerecord_once_per_key",
                violation_error_message="This candidate was already accepted.",
            ),
        ]

    def __str__(self):
        return f"{self.key} → {self.resource} {self.object_id}"

    @cached_property
    def record(self):
        """The record this candidate became, or None where it has been deleted since."""
        from negotiations.api.views import MODELS

        model = MODELS.get(self.resource)
        return model._default_manager.filter(pk=self.object_id).first() if model else None

    @staticmethod
    def load_records(intake_records) -> None:
        """Read the records of many intake records at once, a query per resource (the review
        lists every record the article became)."""
        from negotiations.api.views import MODELS

        by_resource: dict[str, list[IntakeRecord]] = {}
        for intake_record in intake_records:
            by_resource.setdefault(intake_record.resource, []).append(intake_record)
        for resource, group in by_resource.items():
            model = MODELS.get(resource)
            found = (
                model._default_manager.in_bulk([item.object_id for item in group]) if model else {}
            )
            for intake_record in group:
                intake_record.record = found.get(intake_record.object_id)
