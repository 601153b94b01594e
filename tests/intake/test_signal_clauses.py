"""Status signals read from a clause's structure (negotiations/intake/signals.py, the clause
path over negotiations/intake/clauses.py): its subject, its verb group (negation, tense,
modality, voice, a catenative or particle verb) and its object, wherever the clause stands
(main, reported, relative, participial, a later predicate of a shared subject). Every sentence
here is written for the test; none is taken from an article. Each structure has a near miss
that must not fire."""

import pytest

from negotiations.intake.extract import draft_candidates
from negotiations.models import Actor
from tests.factories import ActorFactory, PersonFactory, ProposalFactory
from tests.intake.test_signals import DAY, PLAN, signals

BEFORE = "Biden announced the May 31 plan. "


# --- the verb group: a particle, a phrasal verb, a catenative --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a particle verb split by its object
        "Hamas turned the May 31 plan down flatly on Sunday.",
        # a phrasal verb whose object follows a preposition
        "Hamas came out firmly against the May 31 plan on Sunday.",
        # a catenative: the response is the verb after "voted to"
        "Hamas on Sunday voted to reject the May 31 plan.",
        # a text held void was never in force for the one who voids it
        "Hamas on Sunday voted to nullify the May 31 plan.",
        "Hamas annulled the May 31 plan on Sunday.",
        # the pronoun as object, and the object's complement after it
        BEFORE + "Hamas denounced it as a trap on Sunday.",
    ],
)
def test_a_verb_group_that_rejects(world, text):
    assert signals(text) == [("Hamas", PLAN, "rejected", "2024-06-09")]


@pytest.mark.parametrize(
    "text",
    [
        "Hamas on Sunday voted to approve the May 31 plan.",
        "Hamas went along with the May 31 plan on Sunday.",
    ],
)
def test_a_verb_group_that_accepts(world, text):
    assert signals(text) == [("Hamas", PLAN, "accepted", "2024-06-09")]


@pytest.mark.parametrize(
    "text",
    [
        # future, conditional, expectation: no response stated yet
        "Hamas would go along with the May 31 plan.",
        "Hamas is expected to come out against the May 31 plan.",
        "Hamas will vote to approve the May 31 plan.",
        # negated: no answer stated either way
        "Hamas did not turn the May 31 plan down.",
        "Hamas never came out against the May 31 plan.",
        # a particle verb whose object is no proposal
        "Biden announced the May 31 plan. Hamas turned the heat down on Sunday.",
    ],
)
def test_a_verb_group_that_states_no_response(world, text):
    assert signals(text) == []


# --- the subject: coordinated, a group, a passive's agents -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A spokesman for Hamas in Cairo on Sunday denounced the May 31 plan as a trap.",
        "A spokeswoman for Sinwar's Hamas in Cairo denounced the May 31 plan on Sunday.",
    ],
)
def test_an_unnamed_spokesman_for_a_party_answers_for_it(world, text):
    # the place and day between the subject and its verb leave only the clause reader
    assert signals(text) == [("Hamas", PLAN, "rejected", "2024-06-09")]


def test_each_of_coordinated_subjects_answers_in_a_participial_clause(world):
    text = "Egypt and Israel ended their quarrel on Sunday, signing the May 31 plan in Cairo."
    assert signals(text) == [
        ("Egypt", PLAN, "accepted", "2024-06-09"),
        ("Israel", PLAN, "accepted", "2024-06-09"),
    ]


def test_a_participial_clause_about_something_else_signs_nothing(world):
    # the participle's object is no proposal; the subject of a relative clause is not its own
    text = "Egypt and Israel ended their quarrel on Sunday, signing a trade pact in Cairo."
    assert signals(text) == []


def test_the_agents_of_a_passive_listed_after_a_group_each_answer(world):
    text = (
        "The May 31 plan was signed on Sunday by the two neighbours - Egypt and Israel - and by "
        "Hamas."
    )
    assert sorted(signals(text)) == [
        ("Egypt", PLAN, "accepted", "2024-06-09"),
        ("Hamas", PLAN, "accepted", "2024-06-09"),
        ("Israel", PLAN, "accepted", "2024-06-09"),
    ]


def test_a_passive_still_to_come_leaves_its_agent_pending(world):
    assert signals("The May 31 plan still has to be approved by Israel.") == [
        ("Israel", PLAN, "pending", "2024-06-10")
    ]


def test_a_passive_that_is_no_answer_has_no_agent_answering(world):
    # "drawn up by", "brokered by": the authors of the text, not respondents
    assert signals("The May 31 plan was drawn up on Sunday by Egypt and Israel.") == []


# --- the clause: a later predicate of a shared subject, a reported clause -------------------


def test_a_later_predicate_of_the_same_subject_answers(world):
    text = "Hamas met Egyptian mediators in Cairo on Sunday and rejected the May 31 plan."
    assert signals(text) == [("Hamas", PLAN, "rejected", "2024-06-09")]


def test_a_later_predicate_with_a_subject_of_its_own_is_not_the_first_subjects(world):
    text = "Hamas met Egyptian mediators in Cairo on Sunday, and Israel rejected the May 31 plan."
    assert signals(text) == [("Israel", PLAN, "rejected", "2024-06-09")]


def test_a_participial_clause_after_saying_answers_for_the_subject(world):
    text = "Israel welcomed the talks on Sunday, saying it accepted the May 31 plan."
    assert signals(text) == [("Israel", PLAN, "accepted", "2024-06-09")]


def test_a_participial_clause_of_someone_else_is_not_the_subjects(world):
    text = "Israel welcomed the talks on Sunday, saying Hamas would accept the May 31 plan."
    assert signals(text) == []


# --- an adjective or a noun is no verb group --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Israel sent the signed May 31 plan to Cairo on Sunday.",
        "Hamas rejection of the May 31 plan was expected.",
    ],
)
def test_a_participle_as_adjective_or_a_noun_states_no_response(world, text):
    assert signals(text) == []


# --- a refusal declared of oneself in a reported clause --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        BEFORE + "Hamas has said it will not sign it.",
        BEFORE + "Hamas said on Sunday it would vote against the plan.",
        # the appositive after a subject that names no party names it
        BEFORE + "Israel's old foe, the militant Hamas, has said it will vote against the plan.",
    ],
)
def test_a_refusal_declared_of_oneself_rejects(world, text):
    assert [s[:3] for s in signals(text)] == [("Hamas", PLAN, "rejected")]


@pytest.mark.parametrize(
    "text",
    [
        # a promise to accept is no answer yet
        BEFORE + "Hamas has said it will sign the plan.",
        # a refusal told of someone else, or denied
        BEFORE + "Israel has said Hamas will not sign the plan.",
        BEFORE + "Hamas denied it would vote against the plan.",
    ],
)
def test_a_promise_or_a_refusal_told_of_another_rejects_nothing(world, text):
    assert signals(text) == []


def test_a_person_whose_body_answered_otherwise_answers_apart_from_it(world):
    text = (
        "Egypt signed the May 31 plan on Sunday. President Abdel Fattah al-Sisi, who is at odds "
        "with the cabinet, has said he will not sign it."
    )
    found = signals(text)
    assert ("Egypt", PLAN, "accepted", "2024-06-09") in found
    assert ("Abdel Fattah al-Sisi", PLAN, "rejected", "2024-06-10") in found
    assert ("Egypt", PLAN, "rejected", "2024-06-10") not in found


# --- a signature's phrase, its list of signatories, its object and its day ------------------


def test_envoys_of_listed_parties_who_put_their_names_to_a_text_each_sign(world):
    text = "Envoys of Egypt, Israel and Hamas put their names to the May 31 plan on Sunday."
    assert sorted(signals(text)) == [
        ("Egypt", PLAN, "accepted", "2024-06-09"),
        ("Hamas", PLAN, "accepted", "2024-06-09"),
        ("Israel", PLAN, "accepted", "2024-06-09"),
    ]


def test_the_same_document_is_the_one_its_sentence_named_before(world):
    text = (
        "Egypt signed the May 31 plan on Sunday, a day after Hamas put its name to the same "
        "document in Doha."
    )
    # the day before Sunday: "a day after" (test_signal_dates.py)
    assert ("Hamas", PLAN, "accepted", "2024-06-08") in signals(text)


def test_a_day_in_a_clause_of_another_time_does_not_date_the_signature(world):
    text = (
        "Hamas put its name to the May 31 plan in Cairo, a week after Israel left Gaza on "
        "Monday, June 3."
    )
    assert signals(text) == [("Hamas", PLAN, "accepted", "2024-06-10")]


def test_a_text_a_body_has_yet_to_see_in_a_relative_clause_is_pending(world):
    text = "Biden announced the May 31 plan, which Israel has yet to see."
    assert signals(text) == [("Israel", PLAN, "pending", "2024-06-10")]


def test_a_body_that_has_yet_to_see_something_else_is_not_pending(world):
    text = "Biden announced the May 31 plan. Israel has yet to see the hostages."
    assert signals(text) == []


# --- a text the parties struck, a text put before a body -------------------------------------


def test_the_parties_who_struck_a_deal_in_a_relative_clause_accept_it(world):
    text = "Biden praised the May 31 plan that Israel and Hamas struck in Doha on Sunday."
    assert sorted(signals(text)) == [
        ("Hamas", PLAN, "accepted", "2024-06-09"),
        ("Israel", PLAN, "accepted", "2024-06-09"),
    ]


def test_striking_something_else_accepts_nothing(world):
    assert signals("Biden announced the May 31 plan. Israel struck targets in Gaza.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The May 31 plan now goes to the Knesset.",
        "The May 31 plan was sent to the Knesset on Sunday.",
    ],
)
def test_a_text_put_before_a_body_awaits_its_answer(world, text):
    ActorFactory(name="Knesset", kind=Actor.Kind.GOVERNMENT_BODY, country="IL")
    assert signals(text) == [("Knesset", PLAN, "pending", "2024-06-10")]


@pytest.mark.parametrize(
    "text",
    [
        # a person, a text that is no proposal, or a verb that puts nothing before the body
        "The May 31 plan now goes to Blinken.",
        "The budget now goes to the Knesset.",
        "The May 31 plan went ahead despite the Knesset.",
    ],
)
def test_what_is_put_before_no_body_or_is_no_text_awaits_nothing(world, text):
    ActorFactory(name="Knesset", kind=Actor.Kind.GOVERNMENT_BODY, country="IL")
    assert signals(text) == []


def test_the_agents_of_a_passive_past_a_relative_clause_and_before_a_circumstance(world):
    text = (
        "The May 31 plan was signed by Israel, which had long opposed it, and Hamas, in the "
        "presence of Egypt."
    )
    assert sorted(signals(text)) == [
        ("Hamas", PLAN, "accepted", "2024-06-10"),
        ("Israel", PLAN, "accepted", "2024-06-10"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The May 31 plan must still be ratified by Israel.",
        "The May 31 plan still needs to be approved by Israel.",
        "Israel must still ratify the May 31 plan.",
        # a part of the text told of before stands for it
        "Biden unveiled the May 31 plan. The second phase, a truce, must still be approved by "
        "Israel.",
    ],
)
def test_a_ratification_still_due_is_pending(world, text):
    assert signals(text) == [("Israel", PLAN, "pending", "2024-06-10")]


@pytest.mark.parametrize(
    "text",
    [
        "Israel must not sign the May 31 plan, Hamas said.",
        "The May 31 plan must be a starting point for Israel.",
        "Israel needs more time.",
    ],
)
def test_an_obligation_that_is_no_answer_still_due_is_nothing(world, text):
    assert signals(text) == []


def test_a_later_predicate_of_a_relative_clause_withdraws_from_the_text_named_before(world):
    text = (
        "Hamas, which signed the May 31 plan in Cairo that same week but later walked away from "
        "it, met mediators on Sunday."
    )
    assert sorted(s[2] for s in signals(text)) == ["accepted", "withdrawn"]


def test_walking_away_from_the_talks_withdraws_from_no_text(world):
    text = "Biden announced the May 31 plan. Hamas walked away from the talks on Sunday."
    assert signals(text) == []


def test_a_body_before_a_post_and_a_name_is_the_post_not_a_signatory(world):
    # "Hamas leader X, who heads the delegation, and Y signed": the window patterns read whom
    # the signatories sign for; the clause path adds no body of a post
    hamas_leader = "Hamas negotiator Omar Haddad"
    text = f"{hamas_leader} and Egypt signed the May 31 plan on Sunday."
    found = signals(text)
    assert ("Hamas", PLAN, "accepted", "2024-06-09") in found
    assert len([s for s in found if s[0] == "Hamas"]) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Hamas criticised the May 31 plan approved by Israel on Sunday.",
        # a text a body passes, as a law is passed, is one it adopts
        "Hamas attacked the May 31 plan passed by Israel on Sunday, calling it a trap.",
    ],
)
def test_the_agent_of_a_participle_hanging_on_the_text_accepts_it(world, text):
    assert signals(text) == [("Israel", PLAN, "accepted", "2024-06-09")]


@pytest.mark.parametrize(
    "text",
    [
        # drafting is no answer; a participle with no agent after it names none
        "Hamas criticised the May 31 plan drafted by Israel on Sunday.",
        "Hamas criticised the May 31 plan approved in Cairo on Sunday.",
    ],
)
def test_a_participle_hanging_on_the_text_with_no_answering_agent_is_nothing(world, text):
    assert signals(text) == []


def test_a_participle_with_no_day_of_its_own_tells_of_another_time(world):
    text = "Hamas criticised on Sunday the May 31 plan approved by Israel."
    assert signals(text) == []


def test_what_a_states_cabinet_decides_is_the_states_answer(world):
    text = "Egypt's cabinet approved the May 31 plan on Sunday."
    assert signals(text) == [("Egypt", PLAN, "accepted", "2024-06-09")]


def test_a_text_put_before_a_cabinet_awaits_the_cabinet_itself(world):
    text = "The May 31 plan now goes to Egypt's cabinet, which meets on Sunday."
    assert signals(text) == [("cabinet", PLAN, "pending", "2024-06-10")]
    (signal,) = draft_candidates(text, DAY)["status_signals"]
    assert signal["respondent_key"] == "actor:new:egyptian-cabinet"


@pytest.mark.parametrize(
    "text",
    [
        "Sisi said he would submit the May 31 plan to Egypt's National Assembly next week.",
        "Sisi will place the May 31 plan before Egypt's National Assembly.",
        # "it": the text told of before
        "The May 31 plan was read out on Sunday. Sisi said he would place it before Egypt's "
        "National Assembly later this month.",
    ],
)
def test_a_text_one_side_lays_before_a_body_awaits_that_body(world, text):
    ActorFactory(name="National Assembly of Egypt", kind=Actor.Kind.GOVERNMENT_BODY, country="EG")
    assert ("National Assembly of Egypt", PLAN, "pending", "2024-06-10") in signals(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sisi said he would not submit the May 31 plan to Egypt's National Assembly.",
        # not a body that answers for a state: a person, a movement
        "Sisi will submit the May 31 plan to Hamas next week.",
    ],
)
def test_a_text_not_laid_before_a_government_body_awaits_no_body(world, text):
    ActorFactory(name="National Assembly of Egypt", kind=Actor.Kind.GOVERNMENT_BODY, country="EG")
    assert not any(status == "pending" for _, _, status, _ in signals(text))


def test_a_parliament_named_before_its_description_has_yet_to_approve(world):
    text = "The May 31 plan still has to be approved by the Hural, Egypt's parliament."
    assert signals(text) == [("Hural", PLAN, "pending", "2024-06-10")]


def test_a_states_parliament_is_the_legislature_the_article_names_by_its_own_name(world):
    ActorFactory(name="Majlis al-Nuwab", short_name="Majlis", kind="government_body", country="EG")
    ActorFactory(name="Shura Council", kind=Actor.Kind.GOVERNMENT_BODY, country="EG")
    text = (
        "The opposition vowed to fight the May 31 plan in the Majlis. The plan still has to be "
        "approved by the Egyptian parliament in a vote next week."
    )
    assert signals(text) == [("Majlis al-Nuwab", PLAN, "pending", "2024-06-10")]


@pytest.mark.parametrize(
    "text",
    [
        "The May 31 plan still requires approval by Israel, where the cabinet is split.",
        BEFORE + "It needs final ratification from Israel before it takes effect.",
    ],
)
def test_a_body_whose_approval_a_text_still_needs_is_pending(world, text):
    assert signals(text) == [("Israel", PLAN, "pending", "2024-06-10")]


@pytest.mark.parametrize(
    "text",
    [
        # no longer needed, or what is needed is no answer
        "The May 31 plan no longer requires approval by Israel.",
        "The May 31 plan requires funding from Israel.",
    ],
)
def test_a_need_that_is_no_answer_awaited_is_nothing(world, text):
    assert signals(text) == []


def _two_legislatures():
    ActorFactory(name="Knesset", kind=Actor.Kind.GOVERNMENT_BODY, country="IL")
    ActorFactory(
        name="People's Assembly of Egypt",
        short_name="People's Assembly",
        kind=Actor.Kind.GOVERNMENT_BODY,
        country="EG",
    )


@pytest.mark.parametrize(
    "text",
    [
        # a coordinated agent, a coordinated complement of "approval"
        "The May 31 plan must still be approved by the Knesset and the People's Assembly.",
        "The May 31 plan still needs the approval of the Knesset and of the People's Assembly.",
        # a plural agent: the two legislatures the article names
        "The Knesset and the People's Assembly meet next week. The May 31 plan must "
        "still be ratified by the parliaments of both countries.",
        "The Knesset and the People's Assembly meet next week. The May 31 plan still "
        "requires the approval of the two legislatures.",
    ],
)
def test_each_body_whose_approval_a_text_still_needs_is_pending(world, text):
    _two_legislatures()
    assert sorted(s for s in signals(text) if s[2] == "pending") == [
        ("Knesset", PLAN, "pending", "2024-06-10"),
        ("People's Assembly of Egypt", PLAN, "pending", "2024-06-10"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a clause after the body names no second one
        "The May 31 plan still requires approval by the Knesset, where the People's Assembly "
        "has no say.",
        # one legislature named is not "both parliaments"
        "The Knesset meets next week. The May 31 plan must still be ratified by the parliaments "
        "of both countries.",
    ],
)
def test_no_second_body_is_read_where_none_is_coordinated(world, text):
    _two_legislatures()
    assert [s[0] for s in signals(text) if s[2] == "pending"] in ([], ["Knesset"])
    assert "People's Assembly of Egypt" not in [s[0] for s in signals(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The May 31 plan is to be submitted to the Knesset for ratification.",
        "The May 31 plan is expected to be put to the Knesset next week.",
        # a pronoun opening a paragraph: the text the paragraph before told of
        "Israel approved the May 31 plan.\n\nIt will also be put to the Knesset.",
    ],
)
def test_a_text_to_be_put_before_a_body_awaits_its_answer(world, text):
    ActorFactory(name="Knesset", kind=Actor.Kind.GOVERNMENT_BODY, country="IL")
    assert ("Knesset", PLAN, "pending", "2024-06-10") in signals(text)


def test_a_text_put_to_a_vote_awaits_no_body(world):
    ActorFactory(name="Knesset", kind=Actor.Kind.GOVERNMENT_BODY, country="IL")
    assert signals("The May 31 plan is to be put to a referendum.") == []


def test_the_texts_of_a_deal_still_to_be_ratified_are_the_deal(world):
    ActorFactory(name="Knesset", kind=Actor.Kind.GOVERNMENT_BODY, country="IL")
    ProposalFactory(process=world.process, title="Rafah crossing agreement")
    text = (
        "Israel and Egypt signed the Rafah crossing agreement on Sunday.\n\n"
        "The agreements must still be approved by the Knesset."
    )
    assert ("Knesset", "Rafah crossing agreement", "pending", "2024-06-10") in signals(text)


def test_the_treaty_refers_to_the_recorded_treaty(world):
    ActorFactory(name="Knesset", kind=Actor.Kind.GOVERNMENT_BODY, country="IL")
    ProposalFactory(process=world.process, title="Treaty of Taba", short_name="Taba treaty")
    text = "Israel and Egypt signed the Taba treaty on Sunday. The treaty now goes to the Knesset."
    assert ("Knesset", "Treaty of Taba", "pending", "2024-06-10") in signals(text)


def test_a_states_government_in_a_long_coordinated_subject_signs_for_the_state(world):
    text = (
        "Egypt's government and leaders of the armed wing of the movement signed the May 31 "
        "plan in Cairo on Sunday."
    )
    assert ("Egypt", PLAN, "accepted", "2024-06-09") in signals(text)


def test_a_states_possessive_before_another_noun_in_a_subject_signs_nothing(world):
    text = (
        "Egypt's mediators and leaders of the armed wing of the movement signed the May 31 "
        "plan in Cairo on Sunday."
    )
    assert ("Egypt", PLAN, "accepted", "2024-06-09") not in signals(text)


def test_an_acceptance_declared_of_oneself_on_a_condition_is_conditional(world):
    text = (
        "When Biden circulated the May 31 plan on Sunday, Hamas said it could accept it "
        "provided its fighters were freed."
    )
    assert signals(text) == [("Hamas", PLAN, "accepted_with_conditions", "2024-06-09")]


@pytest.mark.parametrize(
    "text",
    [
        # no condition: a possibility, no answer yet
        "When Biden circulated the May 31 plan on Sunday, Hamas said it could accept it.",
        # a condition, but no party speaking of itself
        "When Biden circulated the May 31 plan on Sunday, Hamas said Cairo could accept it "
        "provided its fighters were freed.",
    ],
)
def test_a_possible_acceptance_with_no_condition_or_told_of_another_is_nothing(world, text):
    assert [s for s in signals(text) if s[0] == "Hamas"] == []


def test_the_person_whose_representatives_sign_is_a_party(world):
    PersonFactory(name="Juan Ortega", short_name="Ortega")
    text = "The May 31 plan was signed on Sunday by representatives of Ortega and of Hamas."
    assert sorted(signals(text)) == [
        ("Hamas", PLAN, "accepted", "2024-06-09"),
        ("Juan Ortega", PLAN, "accepted", "2024-06-09"),
    ]


def test_a_person_who_signs_for_no_body_is_still_no_party(world):
    PersonFactory(name="Juan Ortega", short_name="Ortega")
    text = "The May 31 plan was signed on Sunday by Ortega and Hamas."
    assert signals(text) == [("Hamas", PLAN, "accepted", "2024-06-09")]


def test_the_accord_signed_on_the_day_a_recorded_one_was_announced_is_that_one(world):
    ProposalFactory(process=world.process, title="Rafah accord")
    ProposalFactory(process=world.process, title="Sinai accord", announced_on=DAY.replace(day=9))
    text = (
        "Hamas dealt a final blow on Monday to the Rafah accord.\n\n"
        "The accord was signed on Sunday by Israel and Hamas."
    )
    assert ("Israel", "Sinai accord", "accepted", "2024-06-09") in signals(text)


def test_the_respondent_after_an_opening_place_and_before_an_aside_answers_alone(world):
    text = (
        "In Egypt, the militant Hamas, known as Harakat, has rejected the May 31 plan, and its "
        "supporters marched in Gaza on Friday."
    )
    assert signals(text) == [("Hamas", PLAN, "rejected", "2024-06-10")]


def test_an_appositive_after_the_subject_still_speaks_for_the_subject(world):
    # "X, the Y group, said": the verb is X's, not Y's (Y is no second party of a list)
    text = "Egypt, the Hamas mediator, has rejected the May 31 plan."
    assert signals(text) == [("Egypt", PLAN, "rejected", "2024-06-10")]


def _us_ceasefire_proposal(world):
    return ProposalFactory(
        process=world.process,
        title="US ceasefire proposal",
        announced_by=world.blinken,
        announced_on=DAY.replace(day=6),
    )


@pytest.mark.parametrize(
    "text, status",
    [
        ("Hamas accepted it the next day.", "accepted"),
        ("Israel said on Friday it agreed in principle.", "accepted_with_conditions"),
    ],
)
def test_a_step_proposed_by_its_author_is_the_proposal_answered_after(world, text, status):
    _us_ceasefire_proposal(world)
    text = (
        "Blinken, who visited Cairo this week, first proposed a truce in separate calls with "
        "both sides. " + text
    )
    assert [(s[1], s[2]) for s in signals(text)] == [("US ceasefire proposal", status)]


def test_a_step_proposed_by_someone_else_is_no_recorded_proposal(world):
    _us_ceasefire_proposal(world)
    text = "Sisi first proposed a ceasefire in calls with both sides. Hamas accepted it."
    assert ("Hamas", "US ceasefire proposal", "accepted", "2024-06-10") not in signals(text)


# --- tune42f


def test_a_text_voted_down_with_its_object_between_is_rejected(world):
    # "voted the plan down": the particle after the text, as "turned the plan down"
    text = "Hamas voted the May 31 plan down on Sunday."
    assert signals(text) == [("Hamas", PLAN, "rejected", "2024-06-09")]


def test_a_text_voted_through_is_no_rejection(world):
    # near miss: another particle after the text ("voted the plan through") is no "down"
    text = "Hamas voted the May 31 plan through on Sunday."
    assert ("Hamas", PLAN, "rejected", "2024-06-09") not in signals(text)
