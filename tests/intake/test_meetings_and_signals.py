"""Meetings, status signals and events read from sentences (negotiations/intake/)."""

import datetime

from negotiations.intake.extract import draft_candidates
from negotiations.models import Actor
from tests.factories import ActorFactory, PersonFactory, PositionFactory, ProposalFactory

DAY = datetime.date(2024, 6, 10)


def meetings(text):
    return [
        (
            sorted(p["actor"]["name"] if p["actor"] else p["actor_key"] for p in m["participants"]),
            m["date"],
            m["location_name"],
        )
        for m in draft_candidates(text, DAY)["meetings"]
    ]


def test_a_meeting_with_its_participants_place_and_date(world):
    text = "Blinken met President Abdel Fattah al-Sisi in Cairo on Friday."
    assert meetings(text) == [(["Abdel Fattah al-Sisi", "Antony Blinken"], "2024-06-07", "Cairo")]
    meeting = draft_candidates(text, DAY)["meetings"][0]
    assert meeting["location"] == {"id": world.cairo.pk, "name": "Cairo"}
    assert meeting["participants"][0]["actor_key"] == f"actor:{world.blinken.pk}"


def test_two_meetings_in_one_sentence_and_a_second_telling_of_the_first(world):
    text = (
        "After a stop in Egypt to meet President Abdel Fattah al-Sisi in Cairo on Monday, "
        "Blinken arrived in Israel for talks with Prime Minister Benjamin Netanyahu. "
        "In closed-door talks also attended by Egyptian intelligence chief Abbas Kamel, "
        "Sisi and Blinken discussed a ceasefire."
    )
    found = meetings(text)
    assert found[0] == (
        ["Abbas Kamel", "Abdel Fattah al-Sisi", "Antony Blinken"],
        "2024-06-10",
        "Cairo",
    )
    assert found[1][0][0] == "Antony Blinken" and found[1][1:] == ("2024-06-10", "Israel")
    assert len(found) == 2


def test_a_planned_meeting_is_not_a_meeting(world):
    assert meetings("Blinken will meet Sisi in Cairo next week.") == []


def test_a_meeting_names_the_proposals_discussed(world):
    text = "Blinken held talks with Sisi on the May 31 plan on Monday."
    meeting = draft_candidates(text, DAY)["meetings"][0]
    assert meeting["proposals"] == [{"id": world.plan.pk, "name": "May 31 three-phase plan"}]


def signals(text):
    return [
        (s["respondent_name"], (s["proposal"] or {}).get("name"), s["status"], s["changed_on"])
        for s in draft_candidates(text, DAY)["status_signals"]
    ]


def test_a_pending_response_to_the_proposal_the_article_names(world):
    text = "Biden announced the May 31 plan. Hamas has not formally responded to the plan."
    assert signals(text) == [("Hamas", "May 31 three-phase plan", "pending", "2024-06-10")]


def test_a_reference_to_a_plan_is_pinned_down_by_its_announcement_date(world):
    text = "A ceasefire proposal was announced on May 31. Hamas rejected the proposal on Sunday."
    assert signals(text) == [("Hamas", "May 31 three-phase plan", "rejected", "2024-06-09")]


def test_changes_of_a_response(world):
    assert signals("Hamas accepted the May 31 plan with reservations.")[0][2] == (
        "accepted_with_conditions"
    )
    assert signals("Hamas submitted its response to the May 31 plan.")[0][2] == "acknowledged"
    assert signals("Hamas submitted its response to the May 31 plan, with amendments.")[0][2] == (
        "countered"
    )
    assert signals("Israel agreed to the May 31 plan.")[0][2] == "accepted"


def test_a_signal_carries_the_respondents_key(world):
    signal = draft_candidates("Hamas rejected the May 31 plan.", DAY)["status_signals"][0]
    assert signal["respondent"] == {"id": world.hamas.pk, "name": "Hamas"}
    assert signal["respondent_key"] == f"actor:{world.hamas.pk}"


def test_an_event_dated_in_its_clause(world):
    text = "The visit comes eight months since war broke out in early October."
    events = draft_candidates(text, DAY)["events"]
    assert [(e["title"], e["date"], e["date_precision"], e["kind"]) for e in events] == [
        ("War broke out", "2023-10-01", "month", "military")
    ]


def test_another_language_drafts_nothing(world):
    drafted = draft_candidates("Blinken a rencontré Sissi lundi.", DAY, language="fr")
    assert all(items == [] for items in drafted.values())


def test_a_party_that_says_it_studies_a_proposal_has_not_responded(world):
    assert signals("Hamas said it was studying the May 31 plan.") == [
        ("Hamas", "May 31 three-phase plan", "pending", "2024-06-10")
    ]


def test_receiving_a_proposal_is_not_a_meeting(world):
    assert meetings("Sisi received the May 31 plan from Blinken on Friday.") == []


def test_each_signatory_accepts_what_it_signs(world):
    found = signals("Egypt, Israel and Hamas initialled the May 31 plan on Friday.")
    assert found == [
        (name, "May 31 three-phase plan", "accepted", "2024-06-07")
        for name in ("Egypt", "Israel", "Hamas")
    ]


def test_putting_a_name_to_a_proposal_is_signing_it(world):
    found = signals("Egypt and Israel put their names to the May 31 plan on Friday.")
    assert found == [
        (name, "May 31 three-phase plan", "accepted", "2024-06-07") for name in ("Egypt", "Israel")
    ]


# -- Status signals: reported speech, negations, passives, dates and the proposal meant --------
# (intake-signals; each sentence is written for the rule it names)


def test_a_respondent_reported_to_have_answered_on_a_day_answers(world):
    assert signals("Hamas said on Saturday it had rejected the May 31 plan.") == [
        ("Hamas", "May 31 three-phase plan", "rejected", "2024-06-08")
    ]
    assert signals("Officials said Israel had accepted the May 31 plan.") == [
        ("Israel", "May 31 three-phase plan", "accepted", "2024-06-10")
    ]


def test_a_party_that_has_not_yet_accepted_is_pending(world):
    assert signals("Israel has not yet accepted the May 31 plan.") == [
        ("Israel", "May 31 three-phase plan", "pending", "2024-06-10")
    ]


def test_a_negated_rejection_or_a_request_for_comment_is_no_signal(world):
    assert signals("Israel did not reject the May 31 plan outright.") == []
    assert signals("Hamas would not accept the May 31 plan in its present form.") == []
    assert signals("Hamas did not respond to requests for comment on the May 31 plan.") == []


def test_a_proposal_rejected_by_a_party_in_the_passive(world):
    assert signals("The May 31 plan was rejected on Saturday by Hamas.") == [
        ("Hamas", "May 31 three-phase plan", "rejected", "2024-06-08")
    ]


def test_a_proposal_initialled_by_named_leaders_is_accepted_by_their_states(world):
    found = signals(
        "The May 31 plan was initialled by President Abdel Fattah al-Sisi and Hamas on Friday."
    )
    assert [(s[0], s[2], s[3]) for s in found] == [
        ("Abdel Fattah al-Sisi", "accepted", "2024-06-07"),
        ("Hamas", "accepted", "2024-06-07"),
    ]
    signal = draft_candidates(
        "The May 31 plan was initialled by President Abdel Fattah al-Sisi.", DAY
    )["status_signals"][0]
    assert signal["respondent"] == {"id": world.egypt.pk, "name": "Egypt"}


def test_parties_that_agreed_on_a_day_to_a_plan_accept_it_that_day(world):
    assert signals(
        "Egypt's government and the Hamas movement agreed on Friday to the May 31 plan."
    ) == [
        ("Egypt", "May 31 three-phase plan", "accepted", "2024-06-07"),
        ("Hamas", "May 31 three-phase plan", "accepted", "2024-06-07"),
    ]


def test_an_abbreviation_in_brackets_stands_between_a_respondent_and_its_verb(world):
    assert signals("The Islamic Resistance Movement (Hamas) turned down the May 31 plan.") == [
        ("Islamic Resistance Movement", "May 31 three-phase plan", "rejected", "2024-06-10")
    ]


def test_agreeing_to_what_a_recorded_proposal_describes_accepts_that_proposal(world):
    ProposalFactory(process=world.process, title="Egyptian proposal to extend the Gaza truce")
    assert signals("Israel agreed to extend the Gaza truce by a week.") == [
        ("Israel", "Egyptian proposal to extend the Gaza truce", "accepted", "2024-06-10")
    ]


def test_a_reference_means_the_proposal_its_paragraph_describes_not_the_first_one(world):
    ProposalFactory(process=world.process, title="Egyptian proposal to extend the Gaza truce")
    text = (
        "Mediators still hope the three-phase plan will end the war.\n\n"
        "Egypt proposed on Monday to extend the Gaza truce by a week. Hamas said it had "
        "accepted the offer."
    )
    assert signals(text) == [
        ("Hamas", "Egyptian proposal to extend the Gaza truce", "accepted", "2024-06-10")
    ]


def test_a_respondent_with_a_relative_clause_and_a_second_predicate(world):
    text = (
        "Israel, which sent no envoy to Cairo, stayed away from the talks and has not yet "
        "responded to the May 31 plan."
    )
    assert signals(text) == [("Israel", "May 31 three-phase plan", "pending", "2024-06-10")]


def test_a_respondent_with_its_abbreviation_a_relative_clause_and_a_second_predicate(world):
    ActorFactory(name="Northern Liberation Front", short_name="NLF", kind="armed_group")
    text = (
        "Egypt welcomed the May 31 plan. The Northern Liberation Front (NLF), which holds most "
        "of the hills, said it had not been consulted and has yet to give its answer."
    )
    assert signals(text) == [
        # (Egypt, no party of the talks, acknowledges the plan it welcomes: s58)
        ("Egypt", "May 31 three-phase plan", "acknowledged", "2024-06-10"),
        ("Northern Liberation Front", "May 31 three-phase plan", "pending", "2024-06-10"),
    ]


def test_those_met_before_a_signature_of_the_subjects_do_not_sign(world):
    text = (
        "Hamas and Egypt held talks in Cairo with Blinken and Abbas Kamel, the Egyptian "
        "intelligence chief, and initialled the May 31 plan on Sunday."
    )
    assert sorted(s[0] for s in signals(text)) == ["Egypt", "Hamas"]
    text = "Hamas held talks in Cairo with Blinken and initialled the May 31 plan on Sunday."
    assert [s[0] for s in signals(text)] == ["Hamas"]


def test_accepting_on_a_condition_is_accepted_with_conditions(world):
    assert signals("Hamas said it would accept the May 31 plan if the fighting stopped.") == [
        ("Hamas", "May 31 three-phase plan", "accepted_with_conditions", "2024-06-10")
    ]
    text = (
        "Hamas delivered its reply on Sunday, saying it could accept the May 31 plan provided "
        "the crossings reopened."
    )
    assert signals(text) == [
        ("Hamas", "May 31 three-phase plan", "accepted_with_conditions", "2024-06-09")
    ]


def test_a_signature_the_sentence_does_not_date_takes_the_day_of_the_signing(world):
    text = (
        "The May 31 plan was signed on Friday in Cairo. President Abdel Fattah al-Sisi signed "
        "two identical documents, one for each party."
    )
    found = draft_candidates(text, DAY)["status_signals"]
    assert [(s["respondent"]["name"], s["proposal"]["name"], s["changed_on"]) for s in found] == [
        ("Egypt", "May 31 three-phase plan", "2024-06-07")
    ]


def test_the_dateline_does_not_date_a_change(world):
    text = "CAIRO, June 9 (AFP) - Hamas rejected the May 31 plan on Saturday."
    assert signals(text) == [("Hamas", "May 31 three-phase plan", "rejected", "2024-06-08")]
    text = "CAIRO, June 9 (AFP) - Hamas rejected the May 31 plan, a spokesman said."
    assert signals(text) == [("Hamas", "May 31 three-phase plan", "rejected", "2024-06-10")]


def test_the_final_text_is_a_reference_to_a_proposal_but_the_same_text_is_not(world):
    assert signals("Israel has not yet responded to the final text.") == [
        ("Israel", "May 31 three-phase plan", "pending", "2024-06-10")
    ]
    assert signals("Hamas refused to sign the same text as Israel.") == []


def test_a_party_named_in_a_condition_answers_nothing(world):
    assert signals("Egypt would accept the May 31 plan only if Israel withdrew.") == [
        ("Egypt", "May 31 three-phase plan", "accepted_with_conditions", "2024-06-10")
    ]
    assert signals("Talks on the May 31 plan depend on whether Hamas accepts it.") == []


def test_refusing_to_attend_talks_is_not_rejecting_the_proposal(world):
    assert signals("Hamas refused to attend the talks on the May 31 plan.") == []
    assert signals("Hamas refused to sign the May 31 plan.") == [
        ("Hamas", "May 31 three-phase plan", "rejected", "2024-06-10")
    ]


def test_a_response_answers_the_proposal_of_its_own_clause(world):
    text = "Israel has signed many deals before, and Hamas turned down the May 31 plan."
    assert signals(text) == [("Hamas", "May 31 three-phase plan", "rejected", "2024-06-10")]
    text = "The May 31 plan, which Israel accepted, was turned down by Hamas."
    assert signals(text) == [
        ("Israel", "May 31 three-phase plan", "accepted", "2024-06-10"),
        ("Hamas", "May 31 three-phase plan", "rejected", "2024-06-10"),
    ]


def test_a_day_may_stand_between_a_respondent_and_its_verb(world):
    assert signals("Hamas on Saturday turned down the May 31 plan.") == [
        ("Hamas", "May 31 three-phase plan", "rejected", "2024-06-08")
    ]
    assert signals("Israel said Friday it had approved the May 31 plan.") == [
        ("Israel", "May 31 three-phase plan", "accepted", "2024-06-07")
    ]


def test_a_states_cabinet_or_government_answers_for_it_but_not_its_army(world):
    assert signals("Israel's war cabinet endorsed the May 31 plan.") == [
        ("Israel", "May 31 three-phase plan", "accepted", "2024-06-10")
    ]
    found = draft_candidates("The Egyptian government rejected the May 31 plan.", DAY)
    assert [(s["respondent"]["name"], s["status"]) for s in found["status_signals"]] == [
        ("Egypt", "rejected")
    ]
    assert signals("Israel's army rejected the May 31 plan.") == []
    assert signals("Israeli troops rejected the May 31 plan.") == []


def test_more_ways_wire_copy_tells_a_response(world):
    cases = {
        "Israel walked away from the May 31 plan on Sunday.": ("withdrawn", "2024-06-09"),
        "Israel and Hamas reached a truce deal on Friday.": ("accepted", "2024-06-07"),
        "Israel ratified the May 31 plan.": ("accepted", "2024-06-10"),
        "Hamas replied formally to the May 31 plan on Saturday.": ("acknowledged", "2024-06-08"),
        "Hamas responded with amendments to the May 31 plan.": ("countered", "2024-06-10"),
        "Hamas is expected to respond to the May 31 plan this week.": ("pending", "2024-06-10"),
    }
    for text, (status, changed_on) in cases.items():
        found = signals(text)
        assert {(s[1], s[2], s[3]) for s in found} == {
            ("May 31 three-phase plan", status, changed_on)
        }, text
    assert [s[0] for s in signals("Israel and Hamas reached a truce deal on Friday.")] == [
        "Israel",
        "Hamas",
    ]


def test_responding_to_something_else_is_no_answer_to_the_proposal(world):
    text = "Israel responded to the rocket fire with air strikes, a week after the May 31 plan."
    assert signals(text) == []


def test_a_passive_agent_may_be_a_states_government(world):
    found = draft_candidates("The May 31 plan was approved by the Israeli government.", DAY)
    assert [(s["respondent"]["name"], s["status"]) for s in found["status_signals"]] == [
        ("Israel", "accepted")
    ]


def test_rounds_of_talks_told_as_one_subject_with_several_verbs(world):
    text = (
        "Israeli and Hamas negotiators first met in Cairo in March, held a second round in "
        "Cairo on Tuesday and opened a third round in Cairo on Saturday."
    )
    assert meetings(text) == [
        (["Hamas", "Israel"], "2024-03-01", "Cairo"),
        (["Hamas", "Israel"], "2024-06-04", "Cairo"),
        (["Hamas", "Israel"], "2024-06-08", "Cairo"),
    ]


def test_parties_that_resume_or_hold_talks_without_a_guest_met_each_other(world):
    assert meetings("Israel and Hamas resumed indirect talks in Cairo on Thursday.") == [
        (["Hamas", "Israel"], "2024-06-06", "Cairo")
    ]
    assert meetings("Egypt and Israel held a new round of talks on Sunday.") == [
        (["Egypt", "Israel"], "2024-06-09", "")
    ]


def test_talks_someone_is_only_ready_to_resume_are_not_a_meeting(world):
    assert meetings("Egypt and Israel said they were ready to resume talks on Sunday.") == []
    assert meetings("Egypt and Israel would hold talks in Cairo.") == []


def test_a_delegation_led_by_someone_meets_the_officials_of_a_state(world):
    text = "A Hamas delegation led by Yusuf Marzouki met Egyptian officials in Cairo on Sunday."
    assert meetings(text) == [(["Egypt", "Hamas"], "2024-06-09", "Cairo")]


def test_a_host_of_talks_between_two_parties_takes_part_with_them(world):
    text = "Egypt hosted talks between Israel and Hamas in Cairo on Wednesday."
    assert meetings(text) == [(["Egypt", "Hamas", "Israel"], "2024-06-05", "Cairo")]


def test_phone_calls_told_without_a_guest_after_the_verb(world):
    for text in (
        "Blinken and Sisi spoke by phone on Tuesday.",
        "Sisi telephoned Blinken on Tuesday.",
        "Blinken phoned Sisi on Tuesday.",
    ):
        found = draft_candidates(text, DAY)["meetings"]
        assert [(m["date"], m["location"]) for m in found] == [("2024-06-04", None)], text
        assert {p["actor"]["name"] for p in found[0]["participants"]} == {
            "Antony Blinken",
            "Abdel Fattah al-Sisi",
        }


def test_the_government_is_the_state_whose_government_the_article_names(world):
    text = (
        "Israel's government sent negotiators to Cairo. "
        "Government and Hamas negotiators met in Cairo on Monday."
    )
    assert meetings(text) == [(["Hamas", "Israel"], "2024-06-10", "Cairo")]


def test_the_three_leaders_are_the_last_three_people_named(world):
    text = (
        "Sisi, Kamel and Dmitry Peskov arrived at the palace. "
        "Blinken met the three leaders for two hours on Saturday."
    )
    assert meetings(text) == [
        (
            ["Abbas Kamel", "Abdel Fattah al-Sisi", "Antony Blinken", "Dmitry Peskov"],
            "2024-06-08",
            "",
        )
    ]


def test_the_mediators_are_those_the_article_named_as_mediators(world):
    text = (
        "Egyptian and US mediators put forward a plan on Friday. "
        "Hamas envoys met the mediators in Cairo on Sunday."
    )
    assert meetings(text) == [(["Egypt", "Hamas", "United States"], "2024-06-09", "Cairo")]


def test_everyone_named_when_the_talks_opened_took_part(world):
    text = "When the talks opened on Tuesday, Blinken and Kamel sat across the table from Sisi."
    assert meetings(text) == [
        (["Abbas Kamel", "Abdel Fattah al-Sisi", "Antony Blinken"], "2024-06-04", "")
    ]


def test_guests_named_after_the_place_of_the_talks(world):
    text = "Egypt held talks in Sharm El Sheikh with Hamas on Thursday."
    assert meetings(text) == [(["Egypt", "Hamas"], "2024-06-06", "")]


def test_a_guest_named_by_a_pronoun_is_the_person_named_before(world):
    text = "Blinken flew to Cairo on Tuesday. Sisi received him at his palace."
    assert meetings(text) == [(["Abdel Fattah al-Sisi", "Antony Blinken"], "2024-06-04", "")]


def test_the_two_are_the_last_two_people_named(world):
    text = "Blinken and Sisi toured the Rafah crossing on Tuesday. The two met for an hour."
    assert meetings(text) == [(["Abdel Fattah al-Sisi", "Antony Blinken"], "2024-06-04", "")]


def test_a_capital_that_says_where_is_not_a_participant(world):
    ActorFactory(name="Russia", country="RU")
    assert meetings("In Moscow, Blinken met Sisi on Tuesday.") == [
        (["Abdel Fattah al-Sisi", "Antony Blinken"], "2024-06-04", "")
    ]


def test_a_delegation_led_by_someone_is_a_guest_too(world):
    text = "Sisi met a Hamas delegation led by Yusuf Marzouki in Cairo on Tuesday."
    assert meetings(text) == [(["Abdel Fattah al-Sisi", "Hamas"], "2024-06-04", "Cairo")]


def test_talks_that_stalled_and_the_opening_of_talks_named_before_others_are_no_meeting(world):
    assert meetings("Blinken said talks with Hamas had stalled on Tuesday.") == []
    assert meetings("The talks opened on Tuesday, a week after Israel struck Hamas.") == []


def test_a_call_talks_held_between_and_sitting_down_with_someone_are_meetings(world):
    assert meetings("In a video call with Sisi on Tuesday, Blinken pressed for a deal.") == [
        (["Abdel Fattah al-Sisi", "Antony Blinken"], "2024-06-04", "")
    ]
    assert meetings("Talks were held between Israel and Hamas in Cairo on Tuesday.") == [
        (["Hamas", "Israel"], "2024-06-04", "Cairo")
    ]
    assert meetings("Blinken sat down with Sisi in Cairo on Tuesday.") == [
        (["Abdel Fattah al-Sisi", "Antony Blinken"], "2024-06-04", "Cairo")
    ]
    assert meetings("Blinken, in a call with reporters, said Hamas should accept.") == []


def answers(text):
    return [
        (s["respondent"]["name"], (s["proposal"] or {}).get("name"), s["status"], s["changed_on"])
        for s in draft_candidates(text, DAY)["status_signals"]
    ]


def test_an_accord_is_the_only_recorded_proposal_of_its_kind(world):
    ProposalFactory(process=world.process, title="Rafah crossing agreement")
    assert answers("Egypt and Israel signed an accord on Sunday to reopen the border.") == [
        ("Egypt", "Rafah crossing agreement", "accepted", "2024-06-09"),
        ("Israel", "Rafah crossing agreement", "accepted", "2024-06-09"),
    ]


def test_signing_two_agreements_accepts_each_text_the_next_sentences_tell_of(world):
    ProposalFactory(process=world.process, title="Framework for a Gaza hostage exchange")
    ProposalFactory(process=world.process, title="Protocol on reopening the Rafah crossing")
    text = (
        "Egyptian President Abdel Fattah al-Sisi and Hamas signed two agreements in Cairo on "
        "Sunday. The first sets out a hostage exchange in Gaza. The second reopens the Rafah "
        "crossing within a week."
    )
    assert answers(text) == [
        ("Egypt", "Framework for a Gaza hostage exchange", "accepted", "2024-06-09"),
        ("Hamas", "Framework for a Gaza hostage exchange", "accepted", "2024-06-09"),
        ("Egypt", "Protocol on reopening the Rafah crossing", "accepted", "2024-06-09"),
        ("Hamas", "Protocol on reopening the Rafah crossing", "accepted", "2024-06-09"),
    ]


def test_a_leader_answers_for_the_body_of_his_post_and_the_idea_is_a_reference(world):
    text = "Hamas put forward the May 31 plan in Doha. Sisi rejected the idea outright."
    assert answers(text) == [("Egypt", "May 31 three-phase plan", "rejected", "2024-06-10")]


def test_a_call_is_a_reference_only_where_a_recorded_proposal_is_a_call(world):
    ProposalFactory(process=world.process, title="Egyptian call for a Gaza truce")
    text = "Israel has not said whether it will heed the call, officials said."
    assert answers(text) == [("Israel", "Egyptian call for a Gaza truce", "pending", "2024-06-10")]


def test_a_party_that_has_not_said_whether_it_will_comply_is_pending(world):
    text = (
        "Blinken presented the May 31 plan in Cairo.\n\n"
        "Israel has not said whether it will observe the ceasefire."
    )
    assert answers(text) == [("Israel", "May 31 three-phase plan", "pending", "2024-06-10")]


def test_backing_a_proposal_only_as_long_as_is_accepted_with_conditions(world):
    text = "Hamas said it would back the May 31 plan only as long as the crossings stay open."
    assert answers(text) == [
        ("Hamas", "May 31 three-phase plan", "accepted_with_conditions", "2024-06-10")
    ]


def test_a_later_predicate_says_more_than_a_welcome(world):
    text = (
        "Hamas welcomed the May 31 plan but said on Sunday that it would back a truce only "
        "as long as the crossings stay open."
    )
    assert answers(text) == [
        ("Hamas", "May 31 three-phase plan", "accepted_with_conditions", "2024-06-09")
    ]


def test_a_call_the_past_perfect_tells_is_a_meeting(world):
    assert meetings("Blinken had spoken by telephone with Sisi on Saturday.") == [
        (["Abdel Fattah al-Sisi", "Antony Blinken"], "2024-06-08", "")
    ]


def test_the_person_in_the_possessive_did_not_meet(world):
    text = (
        "Sisi's intelligence chief, Abbas Kamel, prepared the visit in talks with Blinken in "
        "Cairo on Sunday."
    )
    assert meetings(text) == [(["Abbas Kamel", "Antony Blinken"], "2024-06-09", "Cairo")]


def test_the_two_leaders_of_an_earlier_clause_met_again(world):
    # and "in January" is when, not where
    text = "Sisi first met Blinken in January, and the two leaders met again in March."
    assert meetings(text) == [
        (["Abdel Fattah al-Sisi", "Antony Blinken"], "2024-01-01", ""),
        (["Abdel Fattah al-Sisi", "Antony Blinken"], "2024-03-01", ""),
    ]


def test_the_government_countering_with_a_proposal_counters_the_one_before(world):
    ProposalFactory(
        process=world.process,
        title="Hamas demand for a full withdrawal",
        short_name="full withdrawal demand",
    )
    ProposalFactory(
        process=world.process,
        title="Israeli offer of a phased withdrawal",
        short_name="phased withdrawal offer",
    )
    text = (
        "Hamas put the full withdrawal demand to Israel's government in Cairo. The government "
        "countered on Sunday with the phased withdrawal offer."
    )
    assert answers(text) == [
        ("Israel", "Hamas demand for a full withdrawal", "countered", "2024-06-09")
    ]


def test_a_body_in_an_appositive_of_the_subject_did_not_meet(world):
    text = (
        "Sisi, a former head of the General Intelligence Directorate, met Blinken in Cairo "
        "on Friday."
    )
    assert meetings(text) == [(["Abdel Fattah al-Sisi", "Antony Blinken"], "2024-06-07", "Cairo")]


def test_sealing_a_deal_accepts_it(world):
    text = "Israel and Hamas on Saturday sealed the May 31 plan."
    assert signals(text) == [
        ("Israel", "May 31 three-phase plan", "accepted", "2024-06-08"),
        ("Hamas", "May 31 three-phase plan", "accepted", "2024-06-08"),
    ]


def test_balking_at_saying_no_to_and_turning_it_down_reject(world):
    assert signals("Hamas balked at the May 31 plan on Sunday.") == [
        ("Hamas", "May 31 three-phase plan", "rejected", "2024-06-09")
    ]
    assert signals("Hamas said no to the May 31 plan on Sunday.")[0][2] == "rejected"
    text = "Blinken presented the May 31 plan. Hamas turned it down on Sunday."
    assert signals(text) == [("Hamas", "May 31 three-phase plan", "rejected", "2024-06-09")]


def test_balking_while_demanding_changes_and_answering_with_amendments_counter(world):
    text = "Hamas balked at signing the May 31 plan on June 2, demanding changes to the map."
    assert signals(text) == [("Hamas", "May 31 three-phase plan", "countered", "2024-06-02")]
    text = "Hamas answered on June 3 with a list of amendments to the May 31 plan."
    assert signals(text) == [("Hamas", "May 31 three-phase plan", "countered", "2024-06-03")]


def test_being_ready_to_heed_an_appeal_accepts_it(world):
    ProposalFactory(process=world.process, title="Egyptian appeal for a Gaza truce")
    text = "Blinken said Israel was ready to heed the appeal."
    assert answers(text) == [
        ("Israel", "Egyptian appeal for a Gaza truce", "accepted", "2024-06-10")
    ]


def test_signing_its_own_deal_accepts_no_recorded_proposal(world):
    text = "The May 31 plan was announced. Egypt signed its own peace deal with Israel in 1979."
    assert signals(text) == []


def test_a_response_with_no_object_answers_the_proposal_its_sentence_named(world):
    text = "Israel said it would study the May 31 plan, but Hamas said no on Sunday."
    assert ("Hamas", "May 31 three-phase plan", "rejected", "2024-06-09") in signals(text)


def test_a_reference_two_titles_describe_alike_is_the_one_with_fewest_other_words(world):
    ProposalFactory(process=world.process, title="Hamas final draft of the maritime corridor deal")
    ProposalFactory(process=world.process, title="Maritime corridor agreement")
    text = "Israel accepted a US-brokered agreement on the maritime corridor on Sunday."
    assert answers(text) == [("Israel", "Maritime corridor agreement", "accepted", "2024-06-09")]


TWO_MEN = (
    "The ceremony was watched by leaders including Kenya's Amina Odhiambo and Malawi's Peter "
    "Banda. The process began last Thursday, when Nyusi flew to the mountains and held talks "
    "with Momade before the two men signed the Gorongosa ceasefire. The two leaders also met "
    "on Monday to finalise the text."
)


def test_the_two_men_are_the_two_people_their_sentence_named_before(db):
    mozambique = ActorFactory(name="Mozambique", country="MZ")
    renamo = ActorFactory(name="Renamo", kind=Actor.Kind.POLITICAL_MOVEMENT)
    nyusi = PersonFactory(name="Filipe Nyusi", short_name="Nyusi")
    momade = PersonFactory(name="Ossufo Momade", short_name="Momade")
    PositionFactory(person=nyusi, organization=mozambique, title="President", start=None)
    PositionFactory(person=momade, organization=renamo, title="Leader", start=None)
    ProposalFactory(title="Gorongosa ceasefire")
    found = draft_candidates(TWO_MEN, DAY)
    met = [sorted(p["name"] for p in m["participants"]) for m in found["meetings"]]
    assert ["Momade", "Nyusi"] in met or ["Ossufo Momade", "Filipe Nyusi"] in met
    assert all("Amina Odhiambo" not in names for names in met)
    respondents = {s["respondent_name"] for s in found["status_signals"]}
    assert not respondents & {"Amina Odhiambo", "Peter Banda", "Kenya", "Malawi"}


def test_two_people_who_are_the_subject_are_not_the_two_men_they_meet(db):
    PersonFactory(name="Kofi Annan", short_name="Annan")
    PersonFactory(name="Jakaya Kikwete", short_name="Kikwete")
    PersonFactory(name="Mwai Kibaki", short_name="Kibaki")
    PersonFactory(name="Raila Odinga", short_name="Odinga")
    found = draft_candidates(
        "Kibaki and Odinga signed the deal on Thursday. Annan and Kikwete had met the two men "
        "before the signing. The two leaders then left.",
        DAY,
    )
    for meeting in found["meetings"]:
        names = {p["name"] for p in meeting["participants"]}
        assert names != {"Annan", "Kikwete"}
