"""A proposal's page: its phases with their provisions, its responses, its status history."""

import datetime
import re

from django.utils import timezone

from negotiations.models import Phase, Proposal, Provision
from tests.admin.pages import admin_url, form_errors, submitted_form
from tests.factories import (
    ActorFactory,
    PhaseFactory,
    ProposalFactory,
    ProvisionFactory,
    ResponseFactory,
)


def test_the_proposal_page_shows_phases_provisions_responses_and_status_history(
    analyst_client,
):
    proposal = ProposalFactory(title="May 31 three-phase plan")
    phase = PhaseFactory(proposal=proposal, number=1, title="Truce", duration_days=42)
    ProvisionFactory(phase=phase, topic="hostages", text="Hamas frees elderly hostages.")
    hamas = ActorFactory(name="Hamas")
    ResponseFactory(proposal=proposal, respondent=hamas, due_on=datetime.date(2024, 6, 5))

    page = analyst_client.get(admin_url(Proposal, "change", proposal.pk))

    assert page.status_code == 200
    content = page.content.decode()
    assert "Hostages: Hamas frees elderly hostages." in content
    assert admin_url(Phase, "change", phase.pk) in content
    days = (timezone.localdate() - datetime.date(2024, 5, 31)).days
    assert re.search(rf'<td class="field-days_pending">\s*<p>{days}</p>', content)
    assert re.search(r'<td class="field-overdue">\s*<p><img [^>]*alt="True"', content)
    assert "Recorded with the record." in content


def test_phases_are_edited_on_the_proposal_page(analyst_client):
    proposal = ProposalFactory()
    page = analyst_client.get(admin_url(Proposal, "change", proposal.pk))
    data = submitted_form(page)
    data.update(
        {
            "phases-TOTAL_FORMS": "2",
            "phases-0-number": "1",
            "phases-0-title": "Truce",
            "phases-0-duration_days": "42",
            "phases-1-number": "2",
            "phases-1-title": "Permanent end of hostilities",
        }
    )

    answer = analyst_client.post(admin_url(Proposal, "change", proposal.pk), data)

    assert answer.status_code == 302, form_errors(answer)
    phases = list(proposal.phases.values_list("number", "title", "duration_days"))
    assert phases == [(1, "Truce", 42), (2, "Permanent end of hostilities", None)]


def test_two_phases_with_one_number_are_rejected(analyst_client):
    proposal = ProposalFactory()
    data = submitted_form(analyst_client.get(admin_url(Proposal, "change", proposal.pk)))
    data.update(
        {
            "phases-TOTAL_FORMS": "2",
            "phases-0-number": "1",
            "phases-1-number": "1",
        }
    )

    answer = analyst_client.post(admin_url(Proposal, "change", proposal.pk), data)

    assert answer.status_code == 200
    assert not proposal.phases.exists()


def test_provisions_are_edited_on_their_phases_page(analyst_client):
    phase = PhaseFactory(number=1)
    data = submitted_form(analyst_client.get(admin_url(Phase, "change", phase.pk)))
    data.update(
        {
            "provisions-0-topic": "ceasefire",
            "provisions-0-text": "Fighting halts for six weeks.",
        }
    )

    answer = analyst_client.post(admin_url(Phase, "change", phase.pk), data)

    assert answer.status_code == 302, form_errors(answer)
    provision = Provision.objects.get()
    assert (provision.phase, provision.topic) == (phase, "ceasefire")
    assert provision.text == "Fighting halts for six weeks."


def test_a_phase_number_already_saved_is_refused_on_its_field_in_the_models_words(
    analyst_client,
):
    proposal = ProposalFactory()
    PhaseFactory(proposal=proposal, number=1, title="Truce")
    data = submitted_form(analyst_client.get(admin_url(Proposal, "change", proposal.pk)))
    data.update({"phases-TOTAL_FORMS": "2", "phases-1-number": "1", "phases-1-title": "Again"})

    answer = analyst_client.post(admin_url(Proposal, "change", proposal.pk), data)

    assert answer.status_code == 200
    phases = next(
        inline.formset
        for inline in answer.context["inline_admin_formsets"]
        if inline.formset.prefix == "phases"
    )
    assert phases.forms[1].errors == {
        "number": ["This proposal already has a phase with that number."]
    }
    assert list(proposal.phases.values_list("title", flat=True)) == ["Truce"]
