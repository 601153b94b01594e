"""Article intake in the admin: "New article" takes the text in, the review page shows it with
every candidate marked and a form to tick, correct and create them all in one step."""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.text import capfirst

from negotiations.admin.base import TrackedAdmin, admin_change_url, require_valid_key
from negotiations.intake import review
from negotiations.intake.accept import ADDED_PREFIX, AcceptRefused
from negotiations.limits import INTAKE_TEXT_MAX_LENGTH
from negotiations.models import Intake, IntakeRecord


class ArticleForm(forms.Form):
    text = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 18, "cols": 90}),
        max_length=INTAKE_TEXT_MAX_LENGTH,
        strip=False,
        help_text="The article as published. Candidates are drafted from it once, now.",
    )
    published_on = forms.DateField(
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        help_text="Dates such as “on Monday” are read against it.",
    )
    title = forms.CharField(max_length=300, required=False, help_text="By default its opening.")
    url = forms.URLField(max_length=500, required=False, assume_scheme="https", label="URL")
    publisher = forms.CharField(max_length=200, required=False)
    language = forms.CharField(max_length=8, required=False, initial="en")

    def clean_text(self):
        text = self.cleaned_data["text"]
        if "\x00" in text:
            raise forms.ValidationError("Null characters are not allowed.")
        if not text.strip():
            raise forms.ValidationError("This field is required.")
        return text


@admin.register(Intake)
class IntakeAdmin(TrackedAdmin):
    list_display = ("source_title", "published_on", "accepted_count", "created_by", "created_at")
    list_select_related = ("source", "created_by")
    search_fields = ("source__title", "source__publisher", "text")
    list_filter = ("created_at",)
    ordering = ("-created_at", "-id")

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("records")

    @admin.display(description="Article", ordering="source__title")
    def source_title(self, intake):
        return intake.source.title

    @admin.display(description="Published on", ordering="source__published_on")
    def published_on(self, intake):
        return intake.source.published_on

    @admin.display(description="Accepted candidates")
    def accepted_count(self, intake):
        return len(intake.records.all())

    # An intake is the story of where records came from: it stays.
    def has_delete_permission(self, request, obj=None):
        return False

    def add_view(self, request, form_url="", extra_context=None):
        """“New article”: the article's fields; saving drafts the candidates and opens the
        review."""
        if not self.has_add_permission(request):
            raise PermissionDenied
        form = ArticleForm(request.POST if request.method == "POST" else None)
        if form.is_valid():
            intake = Intake.objects.create_from_article(
                **form.cleaned_data, created_by=request.user
            )
            found = sum(len(intake.candidate_list(kind)) for kind in review.CANDIDATE_KINDS)
            self.message_user(
                request,
                f"The article is stored as a source; {found} candidates were found. Tick what "
                "is right, correct what is not, then create the records.",
                messages.SUCCESS,
            )
            return HttpResponseRedirect(
                reverse("admin:negotiations_intake_change", args=[intake.pk])
            )
        context = {
            **self.admin_site.each_context(request),
            "title": "New article",
            "opts": self.model._meta,
            "form": form,
            "add": True,
        }
        return TemplateResponse(request, "admin/negotiations/intake/new_article.html", context)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        """The review: the article with its candidates marked, and the form that accepts them."""
        require_valid_key(self.model._meta.pk, object_id)
        intake = self.get_object(request, object_id)
        if intake is None:
            raise Http404(f"No intake with the id {object_id!r}.")
        if not self.has_view_permission(request, intake):
            raise PermissionDenied
        can_accept = self.has_change_permission(request, intake)
        errors = {}
        if request.method == "POST":
            if not can_accept:
                raise PermissionDenied
            keys, edits, additions = review.submitted(review.rows_of(intake), request.POST)
            if not keys and not additions:
                errors = {"accept": ["Tick at least one candidate to create its record."]}
            else:
                try:
                    acceptance = intake.accept(keys, edits, user=request.user, additions=additions)
                except AcceptRefused as refused:
                    errors = refused.errors
                else:
                    created = sum(len(ids) for ids in acceptance.created.values())
                    skipped = len(acceptance.skipped)
                    note = f" {skipped} were already done or are not records." if skipped else ""
                    self.message_user(
                        request,
                        f"Created {created} records from the article, each citing it.{note}",
                        messages.SUCCESS,
                    )
                    url = reverse("admin:negotiations_intake_change", args=[intake.pk])
                    return HttpResponseRedirect(f"{url}#created")
        return self.review_page(request, intake, errors, can_accept)

    def review_page(self, request, intake, errors, can_accept):
        posted = request.POST if request.method == "POST" else None
        accepted = intake.accepted()
        IntakeRecord.load_records(accepted.values())
        rows = review.rows_of(intake, errors, accepted)
        choices = review.choices_for(rows)
        # The page that comes back with errors shows the form as the analyst left it.
        review.prepare_rows(rows, choices, posted)
        done = [(row, *recorded(row.done)) for row in rows if row.done is not None]
        # What the analyst added has no candidate row: it is listed among the records made.
        done += [
            (None, *recorded(record))
            for record in accepted.values()
            if record.key.startswith(ADDED_PREFIX)
        ]
        added = review.added_rows(posted, errors) if can_accept else []
        groups = [
            (
                kind,
                review.KIND_LABELS[kind][0],
                [row for row in rows if row.kind == kind],
                [row for row in added if row.kind == kind],
            )
            for kind in review.CANDIDATE_KINDS
        ]
        context = {
            **self.admin_site.each_context(request),
            "title": f"Review: {intake.source}",
            "opts": self.model._meta,
            "original": intake,
            "intake": intake,
            "article": review.highlighted_article(intake.text, rows),
            "groups": [group for group in groups if group[2] or group[3]],
            "rows": rows,
            "done": done,
            "errors": errors,
            "request_errors": {
                name: errors[name]
                for name in ("accept", "edits")
                if isinstance(errors.get(name), list)
            },
            "error_rows": [row for row in rows if row.errors],
            "added_error_rows": [row for row in added if row.errors],
            "choices": choices,
            "article_actors": review.article_actors(rows, choices),
            "lists": review.CHOICE_LISTS,
            "can_accept": can_accept,
            "source_url": admin_change_url(intake.source),
            "has_candidates": bool(rows),
        }
        return TemplateResponse(request, "admin/negotiations/intake/review.html", context)


def recorded(intake_record) -> tuple:
    """An accepted candidate's record, its admin link and its kind's label (the record may have
    been deleted since)."""
    record = intake_record.record
    if record is None:
        return None, "", ""
    return record, admin_change_url(record), capfirst(record._meta.verbose_name)
