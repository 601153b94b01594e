"""The filter forms of the list pages: they turn query parameters into clean values, and a bad
value becomes a message on the form instead of an error page."""

from django import forms
from django.core.exceptions import ValidationError

from negotiations.models import Actor, ActorName, Location, NegotiationProcess, Proposal
from negotiations.names import normalize_name

# How many candidates an ambiguous actor name lists in its error.
AMBIGUOUS_LISTED = 5


class ActorByNameField(forms.CharField):
    """An actor typed as text: its address name (slug) or one of its names, in any spelling that
    has the same normal form (negotiations.names). A select of every actor would put tens of
    thousands of options on each list page; this looks up one actor through indexed columns."""

    widget = forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"})

    def clean(self, value):
        text = super().clean(value).strip()
        if not text:
            return None
        actor = Actor.objects.filter(slug=text).first()
        if actor:
            return actor
        normal = normalize_name(text)
        actor_ids = (
            list(
                ActorName.objects.filter(normalized=normal[:200])
                .values_list("actor", flat=True)
                .distinct()
                .order_by("actor")[: AMBIGUOUS_LISTED + 1]
            )
            if normal
            else []
        )
        if not actor_ids:
            raise ValidationError(
                "No actor is called “%(text)s”: type a name, a short name, an alias or the "
                "name in the actor's address.",
                code="unknown",
                params={"text": text},
            )
        if len(actor_ids) > 1:
            candidates = Actor.objects.filter(pk__in=actor_ids[:AMBIGUOUS_LISTED]).order_by("name")
            listed = "; ".join(f"{actor.name} ({actor.slug})" for actor in candidates)
            more = " and more" if len(actor_ids) > AMBIGUOUS_LISTED else ""
            raise ValidationError(
                "“%(text)s” names more than one actor: %(listed)s%(more)s. Type the name in "
                "the actor's address (in brackets) to pick one.",
                code="ambiguous",
                params={"text": text, "listed": listed, "more": more},
            )
        return Actor.objects.get(pk=actor_ids[0])


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
    actor = ActorByNameField(
        required=False,
        label="Actor",
        help_text="Who took part: a name, short name or alias. Empty for anyone.",
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


class StatementFilterForm(DateRangeForm):
    field_order = ["process", "speaker", "date_after", "date_before"]

    process = forms.ModelChoiceField(
        queryset=NegotiationProcess.objects.all(),
        to_field_name="slug",
        required=False,
        empty_label="All processes",
        help_text="Statements on the process or on one of its proposals.",
    )
    speaker = ActorByNameField(
        required=False,
        help_text="Who spoke: a name, short name or alias. Empty for anyone.",
    )
