"""The API judges a write on a copy of the stored record, so a refused write leaves the record
(and the related records it has cached) exactly as it was."""

import copy

import pytest

from negotiations import models
from negotiations.api.serializers import ResponseSerializer
from tests import factories

pytestmark = pytest.mark.django_db


def test_a_copied_record_has_its_own_state_and_cache_of_related_records():
    """Relies on Model.__getstate__ (how Django pickles and copies instances); fails loudly if a
    Django upgrade makes copies share them again."""
    response = factories.ResponseFactory()
    cached_proposal = response.proposal

    candidate = copy.copy(response)
    candidate.proposal = factories.ProposalFactory()
    candidate._state.adding = True

    assert response.proposal is cached_proposal
    assert response._state.adding is False
    assert candidate._state is not response._state


def test_a_refused_change_leaves_the_instance_being_edited_untouched():
    response = factories.ResponseFactory()
    proposal, other = (
        response.proposal,
        factories.ProposalFactory(process=response.proposal.process),
    )
    factories.ResponseFactory(proposal=other, respondent=response.respondent)

    serializer = ResponseSerializer(
        response, data={"proposal": other.pk}, partial=True, context={"request": None}
    )

    assert not serializer.is_valid()
    assert serializer.errors == {
        "respondent": ["This respondent already has a response to this proposal."]
    }
    assert response.proposal is proposal
    assert models.Response.objects.get(pk=response.pk).proposal == proposal
