"""Admin forms: the stale-edit guard every record's form carries, and the dated, sourced status
change offered on processes, proposals and responses instead of an editable status."""

from django import forms
from django.contrib import admin
from django.contrib.admin.widgets import AdminDateWidget
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from negotiations.admin.fields import IdCheckedModelMultipleChoiceField
from negotiations.admin.widgets import TolerantAutocompleteSelectMultiple
from negotiations.limits import TEXT_MAX_LENGTH, text_max_length
from negotiations.models import ProcessStatusChange, Source


class TrackedModelAdminForm(forms.ModelForm):
    """Refuses to save over changes another analyst made after this form was opened.

    The form carries the record's `updated_at` as it was loaded. On save, the stored value is read
    again with the row locked (the admin saves inside one transaction), so of two analysts editing
    the same record the second one is told instead of silently overwriting the first.
    """

    loaded_updated_at = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk is not None and self.instance.updated_at is not None:
            self.fields["loaded_updated_at"].initial = self.instance.updated_at.isoformat()

    def clean(self):
        cleaned_data = super().clean()
        self.refuse_stale_edit(cleaned_data.get("loaded_updated_at"))
        return cleaned_data

    def refuse_stale_edit(self, loaded_value: str | None) -> None:
        if self.instance.pk is None:
            return
        if not loaded_value:
            # Without the version it was opened on, the edit may be over anyone's: refuse it.
            raise ValidationError(
                "The form did not say which version of this record it edits; reload the page "
                "and make your changes again.",
                code="stale",
            )
        try:
            loaded_at = parse_datetime(loaded_value)
        except ValueError:
            loaded_at = None
        if loaded_at is None:
            raise ValidationError("The form was damaged in transit; reload the page.")
        model = type(self.instance)
        stored_at = self.instance.lock_row()
        if stored_at is None or stored_at == loaded_at:
            return
        latest_edit = self.instance.history.select_related("history_user").first()
        editor = getattr(latest_edit, "history_user", None) or "someone else"
        changed_at = timezone.localtime(stored_at).strftime("%Y-%m-%d %H:%M:%S %Z")
        raise ValidationError(
            f"This {model._meta.verbose_name} was changed by {editor} at {changed_at} since you "
            "opened it. Reload the page to see their changes, then make yours again.",
            code="stale",
        )


class TrackedInlineFormSet(forms.BaseInlineFormSet):
    """Judges each row by all of its model's constraints, in the model's words.

    Django leaves an inline's foreign key out of each row's model validation, so a constraint
    that involves it (one phase number per proposal) would otherwise be checked only among the
    submitted rows, with a generic message on the whole list.
    """

    def clean(self):
        for form in self.forms:
            if form.is_valid() and not form.cleaned_data.get("DELETE"):
                try:
                    form.instance.validate_constraints()
                except ValidationError as error:
                    form.add_error(None, error)
        super().clean()


class StatusLoggedAdminForm(TrackedModelAdminForm):
    """On change, the status moves only through a dated, sourced entry of the record's log."""

    new_status = forms.ChoiceField(
        required=False,
        label="New status",
        help_text="Leave empty to keep the current status.",
    )
    changed_on = forms.DateField(
        required=False,
        label="Changed on",
        widget=AdminDateWidget,
        help_text="The real-world date the status changed, as the source gives it.",
    )
    status_note = forms.CharField(
        required=False,
        label="Note",
        max_length=TEXT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 2, "cols": 60}),
    )
    status_sources = IdCheckedModelMultipleChoiceField(
        queryset=Source.objects.all(),
        required=False,
        label="Sources",
        help_text="Where the change is reported.",
    )

    # Errors of the status-change model, shown on the form fields that fed them.
    status_change_fields = {
        "status": "new_status",
        "changed_on": "changed_on",
        "note": "status_note",
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        model = self._meta.model
        self.fields["new_status"].choices = [
            ("", "— keep the current status —"),
            *model.Status.choices,
        ]
        sources_field = model.status_change_model()._meta.get_field("sources")
        self.fields["status_sources"].widget = TolerantAutocompleteSelectMultiple(
            sources_field, admin.site
        )
        # Re-assigning the queryset hands its choices to the new widget.
        self.fields["status_sources"].queryset = Source.objects.all()

    def _post_clean(self):
        super()._post_clean()
        if self.instance.pk is not None:
            self.validate_status_change()

    def validate_status_change(self) -> None:
        """Check the requested change against the record as the form would save it, so a bad
        date shows on the form instead of failing after the record was saved."""
        data = self.cleaned_data
        new_status = data.get("new_status")
        if not new_status:
            if data.get("changed_on") or data.get("status_note") or data.get("status_sources"):
                self.add_error("new_status", "Choose the new status this date and source record.")
            return
        if data.get("changed_on") is None:
            if "changed_on" not in self._errors:
                self.add_error("changed_on", "Give the real-world date the status changed.")
            return
        change_model = self._meta.model.status_change_model()
        change = change_model(
            status=new_status,
            changed_on=data["changed_on"],
            note=data.get("status_note", ""),
            **{change_model.record_field: self.instance},
        )
        try:
            change.full_clean(exclude=[change_model.record_field])
        except ValidationError as error:
            for model_field, messages in error.message_dict.items():
                self.add_error(self.status_change_fields.get(model_field), messages)

    def requested_status_change(self) -> dict | None:
        """The keyword arguments for `change_status`, or None when no change was asked for."""
        data = self.cleaned_data
        if self.instance.pk is None or not data.get("new_status"):
            return None
        return {
            "status": data["new_status"],
            "changed_on": data["changed_on"],
            "note": data.get("status_note", ""),
            "sources": list(data.get("status_sources") or ()),
        }


class RetractionForm(forms.Form):
    reason = forms.CharField(
        max_length=text_max_length(ProcessStatusChange._meta.get_field("retraction_reason")),
        widget=forms.Textarea(attrs={"rows": 3, "cols": 60}),
        help_text="Why the entry is wrong, such as the source it misread. The entry stays in "
        "the status history, struck through, with your name and this reason.",
    )
