"""The filter forms of the list pages: they turn query parameters into clean values, and a bad
value becomes a message on the form instead of an error page."""

from django import forms

from negotiations.models import Actor, Location, NegotiationProcess, Proposal


class ProposalFilterForm(forms.Form):
    process = forms.ModelChoiceField(
        queryset=NegotiationProcess.objects.all(),
        to_field_name="slug",
        required=False,
        empty_label="All processes",
    )
    status = forms.ChoiceField(
        choices=[("", "Any status"), *Proposal.Status.choices], required=False
    )


class MeetingFilterForm(forms.Form):
    process = forms.ModelChoiceField(
        queryset=NegotiationProcess.objects.all(),
        to_field_name="slug",
        required=False,
        empty_label="All processes",
    )
    actor = forms.ModelChoiceField(
        queryset=Actor.objects.all(),
        to_field_name="slug",
        required=False,
        empty_label="Any participant",
    )
    location = forms.ModelChoiceField(
        queryset=Location.objects.all(), required=False, empty_label="Anywhere"
    )
    date_after = forms.DateField(
        required=False,
        label="From",
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text="On or after this date.",
    )
    date_before = forms.DateField(
        required=False,
        label="To",
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text="On or before this date.",
    )

    def clean(self):
        cleaned = super().clean()
        after, before = cleaned.get("date_after"), cleaned.get("date_before")
        if after and before and before < after:
            self.add_error("date_before", "The end of the range cannot be before its start.")
        return cleaned


def filter_values(form: forms.Form) -> dict:
    """The valid filters of a bound form; invalid ones are left out (the form shows why)."""
    form.is_valid()
    return {
        name: value
        for name, value in getattr(form, "cleaned_data", {}).items()
        if name not in form.errors and value not in (None, "")
    }


class GraphFilterForm(forms.Form):
    """The date range of a relationship graph (the date shown is the page's own `as_of`)."""

    date_after = forms.DateField(
        required=False,
        label="From",
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text="Meetings and answers on or after this date.",
    )
    date_before = forms.DateField(
        required=False,
        label="To",
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text="Meetings and answers on or before this date.",
    )

    def clean(self):
        cleaned = super().clean()
        after, before = cleaned.get("date_after"), cleaned.get("date_before")
        if after and before and before < after:
            self.add_error("date_before", "The end of the range cannot be before its start.")
        return cleaned
