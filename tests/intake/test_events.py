"""Events read from the wordings wire copy uses (negotiations/intake/events.py): what makes a
clause a dated development rather than background.

Every sentence here is written for the test; none is taken from the annotated articles."""

import datetime

import pytest

from negotiations.intake.extract import draft_candidates

DAY = datetime.date(2024, 6, 10)  # a Monday


def events(text):
    return [
        (e["title"], e["date"], e["date_precision"], e["kind"])
        for e in draft_candidates(text, DAY)["events"]
    ]


def dates_of(text):
    return [(e["date"], e["kind"]) for e in draft_candidates(text, DAY)["events"]]


@pytest.mark.parametrize(
    "text",
    [
        "More than 400 people have been killed since the war broke out in October.",
        "Fighting broke out in October in a war that has killed 30,000 people.",
        "Thousands have already been killed in the north since October, when the war broke out "
        "in October.",
    ],
)
def test_a_toll_told_in_the_perfect_is_no_event(world, text):
    assert [kind for _, kind in dates_of(text)] == ["military"]
    assert all("killed" not in title for title, *_ in events(text))


def test_a_killing_told_in_the_past_is_an_event(world):
    assert dates_of("A car bomb killed 22 cadets in January 2019.") == [("2019-01-01", "military")]


@pytest.mark.parametrize(
    "text",
    [
        "Rebels had seized the town in May.",
        "The army had captured the port in May.",
        "By then rebels had already seized the town in May.",
    ],
)
def test_the_past_perfect_is_dated_after_its_verb(world, text):
    assert dates_of(text) == [("2024-05-01", "military")]


def test_the_past_perfect_does_not_take_the_date_of_the_later_event(world):
    text = "Troops arrived in January 2013 to retake the towns that rebels had seized."
    assert dates_of(text) == []


def test_the_past_perfect_of_reported_speech_keeps_the_day_it_was_said(world):
    text = "Egypt said on Thursday it had suspended the Cairo talks."
    assert dates_of(text) == [("2024-06-06", "political")]


@pytest.mark.parametrize(
    "dateline",
    ["CAIRO, June 10 (Reuters) - ", "GAZA CITY, June 10 (AFP) - ", "DOHA, June 10 (AP) — "],
)
def test_the_dateline_does_not_date_an_event(world, dateline):
    text = dateline + "Israel and Hamas signed an agreement on Sunday to free hostages."
    assert dates_of(text) == [("2024-06-09", "political")]


@pytest.mark.parametrize(
    "text, date",
    [
        ("The accord, brokered by Egypt, was signed on Sunday in Cairo.", "2024-06-09"),
        ("A truce signed on May 20 lapsed within days.", "2024-05-20"),
        (
            "Under the Declaration of Cairo signed on May 11, both sides freed prisoners.",
            "2024-05-11",
        ),
        ("An earlier deal, signed in 2015, collapsed.", "2015-01-01"),
    ],
)
def test_signing_told_after_the_text_or_in_the_passive(world, text, date):
    assert (date, "political") in dates_of(text)


def test_a_signing_still_to_come_is_no_event(world):
    assert dates_of("The deal is to be signed next week.") == []


@pytest.mark.parametrize(
    "text, date",
    [
        ("Israel and Hamas agreed on Sunday to a ceasefire.", "2024-06-09"),
        ("Egypt and Israel agreed Tuesday to reopen the crossing.", "2024-06-04"),
        ("The parties agreed late on Friday on a prisoner swap.", "2024-06-07"),
    ],
)
def test_an_agreement_reached_on_a_day_is_an_event(world, text, date):
    assert dates_of(text) == [(date, "political")]


@pytest.mark.parametrize(
    "text",
    [
        "Israel and Hamas agreed to meet on Sunday.",
        "Sisi agreed with Blinken on Sunday that time was short.",
        "Egypt agreed that the plan on the table was fair on Sunday.",
        "Sisi agreed on Sunday that more aid was needed.",
        "Hamas said on Sunday it had agreed to nothing.",
    ],
)
def test_agreeing_to_meet_or_with_someone_is_no_event(world, text):
    assert dates_of(text) == []


@pytest.mark.parametrize(
    "text, date",
    [
        ("Egypt suspended the Cairo talks on Sunday.", "2024-06-09"),
        ("Talks between Israel and Hamas broke down in March.", "2024-03-01"),
        ("Hamas walked out of the indirect talks on Sunday.", "2024-06-09"),
        ("The army announced on Sunday that it was suspending its participation.", "2024-06-09"),
        ("Talks had been suspended in January 2019.", "2019-01-01"),
    ],
)
def test_talks_suspended_or_broken_off_are_an_event(world, text, date):
    assert dates_of(text) == [(date, "political")]


def test_talks_opening_or_only_planned_are_no_event(world):
    assert dates_of("Talks began on Sunday in Cairo.") == []
    assert dates_of("Hamas said it would resume talks on Sunday.") == []


@pytest.mark.parametrize(
    "text, date",
    [
        ("The truce, which expired on Sunday, was not renewed.", "2024-06-09"),
        ("Egypt renewed the truce on June 2.", "2024-06-02"),
        ("The ceasefire collapsed in March.", "2024-03-01"),
    ],
)
def test_a_truce_expiring_renewed_or_collapsing_is_an_event(world, text, date):
    assert dates_of(text) == [(date, "ceasefire")]


@pytest.mark.parametrize(
    "text, date",
    [
        ("The region has been calm since a war that killed 30,000 people ended in 1994.", "1994"),
        ("The fighting in the north ended in May.", "2024-05"),
        ("NATO began bombing rebel positions on Aug. 30, 1995.", "1995-08-30"),
        ("The army began shelling the town on Wednesday.", "2024-06-05"),
    ],
)
def test_wars_ending_and_campaigns_begun_are_events(world, text, date):
    assert [d[: len(date)] for d, kind in dates_of(text) if kind == "military"] == [date]


@pytest.mark.parametrize(
    "text",
    [
        "The company started pumping gas on Wednesday.",
        "Engineers began clearing the road on Wednesday.",
        "The ministry began registering voters on Wednesday.",
    ],
)
def test_something_else_set_going_on_a_day_is_an_event_of_another_kind(world, text):
    assert dates_of(text) == [("2024-06-05", "other")]


def test_beginning_during_a_night_is_no_campaign(world):
    assert dates_of("The talks began during the night.") == []


def test_a_clause_opened_by_when_takes_the_day_before_it(world):
    text = "Israel and Hamas met in Cairo on May 26, when they signed a deal on aid."
    assert dates_of(text) == [("2024-05-26", "political")]


def test_the_title_carries_what_the_verb_acted_on(world):
    text = "Israeli troops seized the Palestinian side of the Rafah crossing in May."
    ((title, date, precision, kind),) = events(text)
    assert title.startswith("Israeli troops seized the Palestinian side")
    assert (date, precision, kind) == ("2024-05-01", "month", "military")


@pytest.mark.parametrize(
    "text, date, kind",
    [
        ("Israel withdrew from the nuclear deal in May 2018.", "2018-05-01", "political"),
        ("The United States pulled out of the accord in 2018.", "2018-01-01", "political"),
        ("Israeli forces withdrew from Gaza in 2005.", "2005-01-01", "military"),
        ("Egypt withdrew its troops from the border in March.", "2024-03-01", "military"),
    ],
)
def test_a_withdrawal_from_a_deal_or_a_territory_is_an_event(world, text, date, kind):
    assert dates_of(text) == [(date, kind)]


def test_a_withdrawal_only_threatened_is_no_event(world):
    assert dates_of("Hamas threatened on Sunday to withdraw from the truce.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Israel struck a deal with Egypt on Sunday.",
        "The two sides reached an agreement on Sunday.",
        "Egypt clinched a last-minute deal on Sunday.",
    ],
)
def test_striking_a_deal_is_political_not_military(world, text):
    assert dates_of(text) == [("2024-06-09", "political")]


def test_missiles_that_struck_are_still_military(world):
    assert dates_of("Two missiles struck the port on Sunday.") == [("2024-06-09", "military")]


@pytest.mark.parametrize(
    "text, date",
    [
        ("Hamas was founded in 1987.", "1987-01-01"),
        ("Elections were held on Sunday.", "2024-06-09"),
        ("The movement was formed in 1964.", "1964-01-01"),
    ],
)
def test_foundings_and_elections_are_political_events(world, text, date):
    assert dates_of(text) == [(date, "political")]


@pytest.mark.parametrize(
    "text",
    [
        "Egypt unveiled a new proposal on Sunday.",
        "The mediator put forward an expanded truce proposal on Sunday.",
        "Qatar sent the final draft to both governments on Sunday.",
    ],
)
def test_a_proposal_put_forward_on_a_day_is_an_event(world, text):
    assert dates_of(text) == [("2024-06-09", "political")]


def test_a_proposal_only_promised_is_no_event(world):
    assert dates_of("Egypt said it would put forward a proposal soon.") == []


@pytest.mark.parametrize(
    "text, date",
    [
        ("Sisi signed a letter to the Security Council on Tuesday.", "2024-06-04"),
        ("The two commanders signed an armistice in Cairo on Tuesday.", "2024-06-04"),
        ("Kamel countersigned the truce on Tuesday.", "2024-06-04"),
        ("On Tuesday Blinken put his name to the communique.", "2024-06-04"),
        ("Egypt's parliament ratified the treaty in March.", "2024-03-01"),
    ],
)
def test_more_ways_to_sign_are_political_events(world, text, date):
    assert dates_of(text) == [(date, "political")]


def test_signing_something_that_is_no_text_or_an_undated_signing_is_no_event(world):
    assert dates_of("Blinken signed autographs on Tuesday.") == []
    assert dates_of("Sisi signed a letter to the Security Council.") == []


@pytest.mark.parametrize(
    "text, date",
    [
        ("The opposition boycotted the March 3 election, observers said.", "2024-03-03"),
        ("Sisi leaves office on June 30.", "2024-06-30"),
        ("Kamel took over as intelligence chief in March.", "2024-03-01"),
        ("Hamas was a movement whose founder founded it in 1987.", "1987-01-01"),
        ("Kosovo declared independence in February 2008.", "2008-02-01"),
        ("A truce, brokered by Egypt in May, held for a week.", "2024-05-01"),
        ("Hamas dropped its demand for a full withdrawal in April.", "2024-04-01"),
        ("A revised text, made public on Tuesday, eased the terms.", "2024-06-04"),
        ("Two ministers walked out of the cabinet session on Tuesday.", "2024-06-04"),
        ("Egypt tabled a compromise on Tuesday.", "2024-06-04"),
    ],
)
def test_votes_offices_foundings_truces_brokered_and_texts_made_public_are_events(
    world, text, date
):
    assert [d for d, _ in dates_of(text)] == [date]


def test_an_election_without_its_own_date_or_an_endorsement_reported_is_no_event(world):
    assert dates_of("Sisi said on Tuesday that elections would follow.") == []
    assert dates_of("Kamel said on Tuesday that Hamas endorsed the plan.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Blinken, who flew to Cairo on Tuesday, spoke to reporters.",
        "Kamel flew home on Tuesday after the talks broke up.",
        "The envoy returned to Doha on Tuesday with a new text.",
        "Sisi arrived in Washington on Tuesday, his office said.",
    ],
)
def test_a_dated_journey_of_a_negotiator_is_an_event(world, text):
    assert dates_of(text) == [("2024-06-04", "other")]


@pytest.mark.parametrize(
    "text",
    [
        "Blinken flew to Cairo on Tuesday to see Sisi.",
        "Kamel travelled to Doha on Tuesday for talks with Hamas.",
        "Blinken flew to Cairo to meet the president.",
        "Sisi will fly to Washington on Tuesday.",
    ],
)
def test_a_journey_to_see_someone_or_undated_or_to_come_is_no_event(world, text):
    assert dates_of(text) == []


@pytest.mark.parametrize(
    "text, kind",
    [
        ("A plan for the return of refugees, signed in Cairo on May 12, was shelved.", "political"),
        ("The parliament rejected an amnesty law passed by Congress on May 18.", "political"),
        ("The accord ends a process run since Egypt took over mediation in May.", "political"),
        ("Israel and Egypt issued a joint statement on May 12.", "political"),
        ("Rebels overran much of the capital on May 12, killing thousands.", "military"),
        ("The movement launched its insurgency from the hills in May.", "military"),
        ("The group took up arms in May after the elections.", "military"),
    ],
)
def test_more_ways_to_tell_a_text_signed_or_ground_taken_are_events(world, text, kind):
    assert dates_of(text)[0][1] == kind
    assert dates_of(text)[0][0].startswith("2024-05")


@pytest.mark.parametrize(
    "text",
    [
        "The accord is to be formally signed in Cairo on May 12.",
        "The agreement will be signed in Cairo on Friday next week.",
        "The law, which might be passed by Congress on June 18, divides the cabinet.",
        "Egypt signed up to the idea last year.",
    ],
)
def test_a_signing_or_a_vote_to_come_is_no_event(world, text):
    assert dates_of(text) == []


@pytest.mark.parametrize(
    "text, date, precision",
    [
        (
            "The accord ends a civil war that has killed 50,000 people since 1992.",
            "1992-01-01",
            "year",
        ),
        (
            "It offers hope of ending an insurgency, which has displaced millions since "
            "March 2011.",
            "2011-03-01",
            "month",
        ),
        (
            "The rebellion in the north, which has claimed 8,000 lives since May 2019, goes on.",
            "2019-05-01",
            "month",
        ),
        ("A war that has left 2,000 dead since 2020 is not over.", "2020-01-01", "year"),
    ],
)
def test_a_war_dated_by_its_toll_since_a_date_began_then(world, text, date, precision):
    found = events(text)
    assert [(d, p, k) for _, d, p, k in found] == [(date, precision, "military")]
    assert found[0][0].endswith("began")


def test_a_toll_without_since_or_of_something_else_dates_no_war(world):
    assert dates_of("The accord ends a civil war that has killed 50,000 people.") == []
    assert dates_of("A flood that has killed 200 people since May hit the region.") == []


@pytest.mark.parametrize(
    "text, kind",
    [
        ("The party swept to power in parliamentary elections on May 5.", "political"),
        ("Sisi won the first round of the presidential election on May 5.", "political"),
        ("The minister, who survived a car bombing on May 5, spoke.", "military"),
        ("The two leaders signed a joint statement on May 5.", "political"),
    ],
)
def test_an_election_won_an_attack_survived_and_a_statement_signed_are_events(world, text, kind):
    assert dates_of(text) == [("2024-05-05", kind)]


def test_an_election_to_win_or_an_undated_survival_is_no_event(world):
    assert dates_of("Sisi hopes to win the election.") == []
    assert dates_of("The minister survived a car bombing, his aides said.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The truce began on May 5 and held for a week.",
        "A ceasefire, which began on May 5, collapsed within days.",
        "The peace process that started on May 5 is in trouble.",
        "The weeklong lull that began on May 5 was over by Friday.",
    ],
)
def test_a_truce_or_a_process_that_began_on_a_day_is_an_event(world, text):
    assert ("2024-05-05", "political") in dates_of(text)


def test_talks_that_opened_are_no_event_but_a_meeting(world):
    assert dates_of("The talks opened in Cairo on May 5.") == []
    assert dates_of("The truce will begin on May 5.") == []


# -- the event's own clause (clauses.py): what it tells as a fact ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The militia did not sign the treaty on Sunday.",
        "The garrison never captured the fort in May.",
        "Neither faction signed the charter on Sunday.",
    ],
)
def test_an_event_denied_by_its_own_clause_is_no_event(world, text):
    assert dates_of(text) == []


@pytest.mark.parametrize(
    "text, date, kind",
    [
        # the negation is another clause's
        ("The charter signed on Sunday does not settle the border.", "2024-06-09", "political"),
        ("The militia signed the charter on Sunday but did not disarm.", "2024-06-09", "political"),
        (
            "The garrison captured the fort in May, officials did not deny.",
            "2024-05-01",
            "military",
        ),
    ],
)
def test_a_negation_in_another_clause_keeps_the_event(world, text, date, kind):
    assert dates_of(text) == [(date, kind)]


@pytest.mark.parametrize(
    "text",
    [
        "The militia would sign the treaty on Sunday if the garrison withdrew.",
        "The envoy will sign the treaty on Friday.",
        "Officials said the governor might leave office on Friday.",
        "The governor would leave office on Friday, officials said.",
    ],
)
def test_an_event_under_a_modal_is_no_event(world, text):
    assert dates_of(text) == []


@pytest.mark.parametrize(
    "text, date, kind",
    [
        # the modal is the outer clause's; the participle and the relative clause tell facts
        ("The charter signed on Sunday would end the feud.", "2024-06-09", "political"),
        ("Rebels, who seized the fort on Sunday, would not say more.", "2024-06-09", "military"),
    ],
)
def test_a_modal_in_another_clause_keeps_the_event(world, text, date, kind):
    assert dates_of(text) == [(date, kind)]


@pytest.mark.parametrize(
    "text",
    [
        "The governor threatened on Sunday to leave office.",
        "The envoy refused on Tuesday to sign the treaty.",
        "Both camps are expected to sign a peace agreement on Friday.",
        "The parties plan to sign the treaty on June 20.",
        "The mediator urged both camps to sign the treaty on Friday.",
        "The two envoys are to sign the treaty on June 20.",
        "The governor vowed on Friday to sign the treaty.",
    ],
)
def test_an_event_governed_by_intent_threat_or_refusal_is_no_event(world, text):
    assert dates_of(text) == []


@pytest.mark.parametrize(
    "text, date",
    [
        ("The army began shelling the fort on Saturday.", "2024-06-08"),
        ("The militia agreed on Tuesday to free the hostages.", "2024-06-04"),
        ("The envoys flew to Oslo on Monday to sign the charter.", "2024-06-10"),
    ],
)
def test_an_event_begun_agreed_or_travelled_for_stays(world, text, date):
    assert len(dates_of(text)) == 1 and dates_of(text)[0][0] == date


@pytest.mark.parametrize(
    "text",
    [
        "If the garrison attacked the fort in May, the talks would collapse.",
        "It is unclear whether the militia seized the fort on Sunday.",
        "The militia denied that it attacked the convoy on Sunday.",
    ],
)
def test_an_event_supposed_or_denied_is_no_event(world, text):
    assert dates_of(text) == []


@pytest.mark.parametrize(
    "text, date",
    [
        ("After the garrison attacked the fort in May, the talks collapsed.", "2024-05-01"),
        ("The army did not say why troops shelled the fort on Sunday.", "2024-06-09"),
        ("The militia said that it attacked the convoy on Sunday.", "2024-06-09"),
    ],
)
def test_an_event_told_after_a_fact_or_a_report_stays(world, text, date):
    assert (date, "military") in dates_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "A truce held from May 20 but collapsed within days as the militia shelled the port.",
        "Talks opened on Monday and the army shelled the fort.",
    ],
)
def test_a_date_of_an_earlier_conjunct_does_not_date_the_event(world, text):
    assert [d for d in dates_of(text) if d[1] == "military"] == []


@pytest.mark.parametrize(
    "text, date",
    [
        ("The governor stepped down on Aug. 11 and flew into exile.", "2024-08-11"),
        ("The militia seized the fort and shelled the port on Sunday.", "2024-06-09"),
    ],
)
def test_a_conjunct_sharing_the_subject_or_its_own_date_keeps_it(world, text, date):
    assert date in [d for d, _ in dates_of(text)]


def test_a_wording_starts_a_word(world):
    # "sent the text" is not read inside "to present the text"
    assert dates_of("The envoy came on Monday to present the text.") == []
    assert dates_of("The envoy sent the text on Monday.") == [("2024-06-10", "political")]


@pytest.mark.parametrize(
    "text",
    [
        "The envoy said he was ready to sign the treaty on Monday.",
        "The militia is willing to sign the treaty on Monday.",
        "Officials hope the truce takes effect on Monday.",
        "Officials expect that the truce took effect on Monday.",
        "The militia denied on Monday that it attacked the convoy on Sunday.",
        "The militia accused the garrison of having attacked the convoy on Sunday.",
    ],
)
def test_an_event_readied_hoped_for_denied_or_alleged_is_no_event(world, text):
    assert dates_of(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # the hope or the wish is about the text, not the signing: the signing is told
        "The charter the envoys wanted was signed on Monday.",
        "The charter that both camps had hoped for was signed on Monday.",
        "The charter, long expected by diplomats, was signed on Monday.",
        "The charter is due to take effect on Monday, and was signed on Monday.",
    ],
)
def test_a_hope_about_the_text_keeps_its_signing(world, text):
    assert ("2024-06-10", "political") in dates_of(text)


@pytest.mark.parametrize(
    "text, kind",
    [
        ("The militia that seized the fort in May signed the charter.", "military"),
        ("The faction that won the vote in May signed the charter.", "political"),
    ],
)
def test_a_date_in_a_relative_clause_dates_only_that_clause(world, text, kind):
    # the relative clause's event keeps its day; the signing told after it takes none
    assert dates_of(text) == [("2024-05-01", kind)]


def test_an_event_with_its_own_date_after_a_relative_clause_keeps_it(world):
    text = "The militia that signed the charter on Sunday seized the fort in May."
    assert sorted(dates_of(text)) == [("2024-05-01", "military"), ("2024-06-09", "political")]


def test_a_truce_due_to_take_effect_is_a_scheduled_event(world):
    # the annotations keep a scheduled truce; one "not due" or only hoped for is none
    assert dates_of("A lasting truce is due to take effect on June 20.") == [
        ("2024-06-20", "ceasefire")
    ]
    assert dates_of("The truce is not due to take effect on June 20.") == []
    assert dates_of("Officials hope the truce takes effect on June 20.") == []


def test_going_to_is_no_event_but_going_on_to_is(world):
    assert dates_of("The two envoys are going to sign the treaty on June 20.") == []
    assert dates_of("The two envoys went on to sign the treaty on June 7.") == [
        ("2024-06-07", "political")
    ]


def test_a_journey_told_in_a_relative_clause_is_titled_with_its_antecedent(world):
    text = (
        "Sisi signed the accord in Cairo on Monday. The Cold War. Blinken, who flew in from "
        "Rome earlier in the day, watched."
    )
    titles = [title for title, *_ in events(text)]
    assert any(title.startswith("Blinken flew in") for title in titles)
    assert not any(title.lower().startswith(("who", "war.")) for title in titles)


def test_troops_storming_a_place_on_a_day_is_an_event(world):
    assert dates_of("French troops stormed a cave on the island on June 5.") == [
        ("2024-06-05", "military")
    ]


def test_near_miss_storming_out_of_talks_is_no_military_event(world):
    assert ("2024-06-05", "military") not in dates_of(
        "The delegates stormed out of the talks on June 5."
    )


def test_a_strike_beginning_on_a_day_is_an_event(world):
    assert ("2024-01-23", "other") in dates_of(
        "The union demanded more when the strike began on Jan. 23."
    )


def test_near_miss_a_strike_beginning_with_a_demand_is_undated(world):
    assert dates_of("The strike began with the union's demand for a raise.") == []
