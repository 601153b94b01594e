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


class DateRangeForm(forms.Form):
    """From and To dates, the second not before the first."""

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


class MeetingFilterForm(DateRangeForm):
    field_order = ["process", "actor", "location", "date_after", "date_before"]

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


def filter_values(form: forms.Form) -> dict:
    """The valid filters of a bound form; invalid ones are left out (the form shows why)."""
    form.is_valid()
    return {
        name: value
        for name, value in getattr(form, "cleaned_data", {}).items()
        if name not in form.errors and value not in (None, "")
    }


class GraphFilterForm(DateRangeForm):
    """The date range of a relationship graph (the date shown is the page's own `as_of`)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["date_after"].help_text = "Meetings and answers on or after this date."
        self.fields["date_before"].help_text = "Meetings and answers on or before this date."
