"""The clause reader (negotiations/intake/clauses.py): subject, verb group and object of each
clause, on sentences written for these tests."""

import datetime
import random

import pytest

from negotiations.intake.clauses import clauses_of
from negotiations.intake.document import Document
from negotiations.intake.text import tokenize


def read(sentence: str) -> list[tuple[str, str | None, str, str | None]]:
    """(kind, subject, verb, patient) per clause; the verb is its lemmas joined by "+", with
    "not" before a negated one, the modal before a modal one and "was" before a passive."""
    tokens = tokenize(sentence)

    def words(span):
        return " ".join(token.text for token in tokens[span[0] : span[1]]) if span else None

    found = []
    for clause in clauses_of(tokens, sentence, 0, len(tokens)):
        verb = clause.verb
        if verb is None:
            described = ""
        else:
            described = "+".join(verb.lemmas)
            if verb.passive:
                described = "was " + described
            if verb.negated:
                described = "not " + described
            if verb.modal:
                described = f"{verb.modal} {described}"
        found.append((clause.kind, words(clause.own_subject()), described, words(clause.patient())))
    return found


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The militia has not formally answered the offer.",
            [("main", "The militia", "not answer", "the offer")],
        ),
        (
            "The junta, which seized power in March, rejected the roadmap on Friday.",
            [
                ("relative", "The junta", "seize", "power in March"),
                ("main", "The junta", "reject", "the roadmap on Friday"),
            ],
        ),
        (
            "Ruritania signed the protocol, which Borduria had drafted.",
            [
                ("main", "Ruritania", "sign", "the protocol"),
                ("relative", "Borduria", "draft", "the protocol"),
            ],
        ),
        (
            "The exiles refused to endorse the charter and walked out of the conference.",
            [
                ("main", "The exiles", "refuse+endorse", "the charter"),
                ("coordinate", "The exiles", "walk", "of the conference"),
            ],
        ),
        (
            "The parliament in Vaduz has yet to ratify the compact.",
            [("main", "The parliament in Vaduz", "have+ratify", "the compact")],
        ),
        (
            "The compact was rejected by the upper chamber.",
            [("main", "The compact", "was reject", "The compact")],
        ),
        (
            "Minister Orsini said on Friday that his cabinet would study the text.",
            [
                ("main", "Minister Orsini", "say", "on Friday that"),
                ("reported", "his cabinet", "would study", "the text"),
            ],
        ),
        (
            "Orsini told journalists the coalition had accepted the compromise.",
            [
                ("main", "Orsini", "tell", None),
                ("reported", "the coalition", "accept", "the compromise"),
            ],
        ),
        (
            "On Tuesday, Latveria, Genovia and the Holy See urged both camps to sign.",
            [
                ("main", "Latveria Genovia and the Holy See", "urge", "both camps"),
                ("infinitive", "both camps", "sign", None),
            ],
        ),
        (
            "Dorn, the movement's chief negotiator, said the movement would not sign.",
            [
                ("main", "Dorn", "say", None),
                ("reported", "the movement", "would not sign", None),
            ],
        ),
        (
            "After the rebels rejected the draft, the envoy flew home.",
            [
                ("adverbial", "the rebels", "reject", "the draft"),
                ("main", "the envoy", "fly", "home"),
            ],
        ),
        (
            "The agenda that the envoys circulated was turned down by the council.",
            [
                ("relative", "the envoys", "circulate", "The agenda"),
                ("main", "The agenda", "was turn", "The agenda"),
            ],
        ),
        (
            "The delegation, led by Marta Quell, which landed on Sunday, submitted its reply.",
            [
                ("relative", "The delegation", "lead", "by Marta Quell"),
                ("relative", "Marta Quell", "land", "on Sunday"),
                ("main", "The delegation", "submit", "its reply"),
            ],
        ),
        (
            "The Popular Front led by Omar Sy dismissed the plan.",
            [
                ("relative", "The Popular Front", "lead", "by Omar Sy"),
                ("main", "The Popular Front", "dismiss", "the plan"),
            ],
        ),
        (
            "Borduria dismissed the counter-offer, calling it an insult.",
            [
                ("main", "Borduria", "dismiss", "the counter-offer"),
                ("participial", "Borduria", "call", "it an insult"),
            ],
        ),
        (
            "The envoys met in Bern and agreed to resume talks, the ministry said.",
            [
                ("main", "The envoys", "meet", "in Bern"),
                ("coordinate", "The envoys", "agree+resume", "talks"),
                ("main", "the ministry", "say", None),
            ],
        ),
        (
            "The premier didn't accept the signed accord.",
            [("main", "The premier", "not accept", "the signed accord")],
        ),
        (
            "The council has yet to vote, and Senator Pell, who chairs the committee, said he "
            "opposed the pact.",
            [
                ("main", "The council", "have+vote", None),
                ("relative", "Senator Pell", "chair", "the committee"),
                ("coordinate", "Senator Pell", "say", None),
                ("reported", "he", "oppose", "the pact"),
            ],
        ),
        (
            "The talks stalled on Monday when the premier, in a call with the envoy, demanded "
            "a recount.",
            [
                ("main", "The talks", "stall", "on Monday"),
                ("adverbial", "the premier", "demand", "a recount"),
            ],
        ),
        (
            "The two factions that shelled the port signed the pact on Friday.",
            [
                ("relative", "The two factions", "shell", "the port"),
                ("main", "The two factions", "sign", "the pact on Friday"),
            ],
        ),
        (
            "The truce held in May but collapsed within days as militia fighters shelled the port.",
            [
                ("main", "The truce", "hold", "in May"),
                ("coordinate", "The truce", "collapse", "within days"),
                ("adverbial", "militia fighters", "shell", "the port"),
            ],
        ),
        (
            "The envoy sat with the army and militia delegations at a session hosted by the "
            "premier.",
            [
                ("main", "The envoy", "sit", "with the army and militia delegations at a session"),
                ("relative", "a session", "host", "by the premier"),
            ],
        ),
        (
            '"We are ready," the envoy told reporters.',
            [("main", "We", "be", "ready"), ("main", "the envoy", "tell", "reporters")],
        ),
        (
            "Earlier on Monday the premier also received the envoy.",
            [("main", "the premier", "receive", "the envoy")],
        ),
        (
            "A regent chosen from outside the factions will lead the council.",
            [
                ("relative", "A regent", "choose", "from outside the factions"),
                ("main", "A regent", "will lead", "the council"),
            ],
        ),
        (
            "The premier phoned his counterpart on Sunday to say the port was ready.",
            [
                ("main", "The premier", "phone", "his counterpart on Sunday"),
                ("infinitive", "The premier", "say", None),
                ("reported", "the port", "be", "ready"),
            ],
        ),
        (
            "The envoy visited the capital, whose mayor days later met the rebels.",
            [
                ("main", "The envoy", "visit", "the capital"),
                ("relative", "mayor", "meet", "the rebels"),
            ],
        ),
        (
            "The colonel, who weeks later met the envoy, left.",
            [
                ("relative", "The colonel", "meet", "the envoy"),
                ("main", "The colonel", "leave", None),
            ],
        ),
        (
            "The senator denounced it as a sellout and said his party would vote against.",
            [
                ("main", "The senator", "denounce", "it as a sellout"),
                ("coordinate", "The senator", "say", None),
                ("reported", "his party", "would vote", "against"),
            ],
        ),
        (
            "The pact was signed by the three emirates - Ajman, Dubai and Fujairah - and by Oman.",
            [
                (
                    "main",
                    "The pact",
                    "was sign",
                    "The pact",
                ),
            ],
        ),
        (
            "Boats may fish there until May, after which access will depend on talks.",
            [
                ("main", "Boats", "may fish", "there until May after"),
                ("relative", "access", "will depend", "on talks"),
            ],
        ),
        (
            "The guild said the boatmen would agree only if the state paid for the boats they "
            "will lose.",
            [
                ("main", "The guild", "say", None),
                ("reported", "the boatmen", "would agree", "only"),
                ("adverbial", "the state", "pay", "for the boats"),
                ("main", "they", "will lose", None),
            ],
        ),
        (
            "The envoy announced on state radio that the junta had agreed to the plan.",
            [
                ("main", "The envoy", "announce", "on state radio that"),
                ("reported", "the junta", "agree", "to the plan"),
            ],
        ),
        (
            "The deal still has to be approved by the assembly.",
            [("main", "The deal", "was have+approve", "The deal")],
        ),
        (
            "The four capitals cut ties with the emirate in June.",
            [("main", "The four capitals", "cut", "ties with the emirate in June")],
        ),
        (
            "In talks also attended by the regent, the envoy and the premier discussed a truce.",
            [("main", "the envoy and the premier", "discuss", "a truce")],
        ),
        (
            "After a stop in Bern to meet the premier, the envoy arrived in Oslo.",
            [
                ("main", None, "", None),  # "After a stop in Bern": no verb of its own
                ("infinitive", "the envoy", "meet", "the premier"),
                ("main", "the envoy", "arrive", "in Oslo"),
            ],
        ),
        (
            "Speaking to reporters, the envoy said the junta would sign, adding that it "
            "had no choice.",
            [
                ("main", "the envoy", "speak", "to reporters"),
                ("main", "the envoy", "say", None),
                ("reported", "the junta", "would sign", None),
                ("participial", "the envoy", "add", "that"),
                ("reported", "it", "have", "no choice"),
            ],
        ),
        (
            "The pact was settled when the regent and the colonel met in Bern.",
            [
                ("main", "The pact", "was settle", "The pact"),
                ("adverbial", "the regent and the colonel", "meet", "in Bern"),
            ],
        ),
        (
            "This comes after a much delayed vote.",
            [("main", "This", "come", "after a much delayed vote")],
        ),
    ],
)
def test_clauses(sentence, expected):
    assert read(sentence) == expected


def test_nouns_that_look_like_verbs_are_not_verbs():
    # "talks", "offer", "plans" after a determiner, a possessive or a preposition are nouns
    assert read("The talks on the offer stalled.") == [
        ("main", "The talks on the offer", "stall", None)
    ]
    assert read("Borduria's plans for the border collapsed.")[0][1:3] == (
        "Borduria plans for the border",
        "collapse",
    )
    # ... and verbs after a subject
    assert read("The rebels plan to sign.")[0][2] == "plan+sign"


def test_a_past_participle_after_a_determiner_is_no_verb():
    assert read("The revised text reached the envoys.") == [
        ("main", "The revised text", "reach", "the envoys")
    ]


def test_modal_and_future_are_kept_apart_from_a_past_answer():
    (clause,) = clauses_of(*_tokens("The junta will sign the accord."))
    assert clause.verb.modal == "will" and clause.verb.future and not clause.verb.past
    (clause,) = clauses_of(*_tokens("The junta signed the accord."))
    assert clause.verb.modal is None and not clause.verb.future and clause.verb.past


def test_the_agent_of_a_passive_is_the_phrase_after_by():
    sentence = "The accord was initialled by the two delegations."
    tokens = tokenize(sentence)
    (clause,) = clauses_of(tokens, sentence, 0, len(tokens))
    first, last = clause.agent(tokens)
    assert " ".join(t.text for t in tokens[first:last]) == "the two delegations"


def test_the_document_reads_clauses_per_sentence_and_finds_the_one_at_an_offset():
    text = "Borduria, which hosts the talks, rejected the plan. Ruritania accepted it."
    document = Document(text, datetime.date(2024, 1, 1))
    first, second = document.sentences
    assert [c.kind for c in document.clauses_of(first)] == ["relative", "main"]
    assert document.clauses_of(first) is document.clauses_of(first)  # read once
    inner = document.clause_at(text.index("hosts"))
    assert inner.kind == "relative" and document.span_text(inner.own_subject()) == "Borduria"
    outer = document.clause_at(text.index("rejected"))
    assert outer.verb.lemmas == ("reject",)
    assert document.span_text(outer.object) == "the plan"
    assert document.clause_at(text.index("accepted")).verb.lemmas == ("accept",)


def _tokens(sentence):
    tokens = tokenize(sentence)
    return tokens, sentence, 0, len(tokens)


def test_who_is_the_subject_even_after_an_adverbial():
    assert read("The envoy saw Orsini, who days later met the council.")[-1] == (
        "relative",
        "Orsini",
        "meet",
        "the council",
    )


def test_a_regular_past_the_lexicon_lacks_after_had_is_a_verb_not_an_object():
    assert read("Orsini and Pell had shuttled between the camps, meeting the envoy.") == [
        ("main", "Orsini and Pell", "shuttle", "between the camps"),
        ("participial", "Orsini and Pell", "meet", "the envoy"),
    ]


def test_may_before_a_day_is_the_month():
    assert read("Orsini met the envoy on May 30 and left.") == [
        ("main", "Orsini", "meet", "the envoy on May 30"),
        ("coordinate", "Orsini", "leave", None),
    ]


def test_an_adverb_between_had_and_its_participle_keeps_them_one_group():
    assert read("Borduria had first demanded a referendum.") == [
        ("main", "Borduria", "demand", "a referendum")
    ]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the month, inside a sentence or before a day's number, is no modal
        (
            "The junta rejected the May 12 roadmap.",
            [("main", "The junta", "reject", "the May 12 roadmap")],
        ),
        (
            "The junta signed the accord in May.",
            [("main", "The junta", "sign", "the accord in May")],
        ),
        # the modal stays one where it stands in the verb group
        ("The junta may sign the accord.", [("main", "The junta", "may sign", "the accord")]),
    ],
)
def test_may_the_month_is_no_modal(sentence, expected):
    assert read(sentence) == expected


def test_a_passive_governed_by_a_catenative_is_one_group():
    # "has to be approved by": the governed verb is the participle, in the passive
    sentence = "The accord still has to be approved by the assembly."
    assert read(sentence) == [("main", "The accord", "was have+approve", "The accord")]
    tokens = tokenize(sentence)
    (clause,) = clauses_of(tokens, sentence, 0, len(tokens))
    first, last = clause.agent(tokens)
    assert " ".join(t.text for t in tokens[first:last]) == "the assembly"
    # "wants to be a partner": "be" with no participle after it stays "be"
    assert read("The junta wants to be a partner.")[0][2] == "want+be"


def test_a_bare_form_after_be_is_no_verb():
    # "was back at the table": "back" is no verb here, "was" stands alone
    assert read("The envoy was back at the table.") == [("main", "The envoy", "be", "at the table")]
    assert read("The envoy was backed by the army.")[0][2] == "was back"


def test_the_subject_of_a_reported_clause_after_the_day_of_the_saying():
    assert read("The junta said on Monday it would sign.")[1][:2] == ("reported", "it")
    assert read("The junta said on Monday the rebels would sign.")[1][:2] == (
        "reported",
        "the rebels",
    )


def test_first_and_long_stand_inside_a_verb_group():
    assert read("The rebels had first joined the talks.")[0][2] == "join"
    assert read("The rebels had long refused to sign the accord.")[0][2] == "refuse+sign"


def test_need_governs_the_verb_after_to():
    assert read("The accord still needs to be ratified by the assembly.")[0][2] == (
        "was need+ratify"
    )


def test_that_before_a_day_word_is_a_determiner_not_a_relative_pronoun():
    kinds = [c[0] for c in read("The junta signed the accord in Riga that same month and left.")]
    assert "relative" not in kinds


def test_an_adverb_before_a_shared_verb_is_no_subject():
    found = read("The junta, which signed the accord but later walked away from it, left.")
    assert ("relative", "The junta", "walk", "from it") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "The envoys met in Oslo with Dahl and Lars Berg, the Danish mediator, and signed a "
        "truce on Monday.",
        "The envoys met in Oslo with Dahl and Berg and signed a truce on Monday.",
    ],
)
def test_an_and_that_joins_two_names_before_a_second_predicate_opens_no_clause(sentence):
    assert ("coordinate", "The envoys", "sign", "a truce on Monday") in read(sentence)


def test_a_bare_noun_right_before_a_relative_clauses_verb_is_its_subject():
    found = read("The council passed a law, which lawmakers have yet to see.")
    assert ("relative", "lawmakers", "have+see", "a law") in found


@pytest.mark.parametrize(
    "text",
    ["\u0014", "", " ", ".", "— —", '"', "to", "that", "which", "and", "May", "had", "not"],
)
def test_text_with_no_words_or_one_word_reads_without_error(text):
    document = Document(text, datetime.date(2024, 1, 1))
    for sentence in document.sentences:
        for clause in document.clauses_of(sentence):
            assert sentence.first_token <= clause.first_token < clause.last_token
    assert clauses_of([], text, 0, 0) == []


def test_any_run_of_words_and_marks_reads_into_clauses_within_its_sentence():
    # Closed-class words, verbs in several forms and punctuation in random order: the reader
    # never fails and every clause, subject and object stays inside its sentence.
    words_and_marks = (
        "the a which who whose that and but or after when if to has had was were not never "
        "would will said told signed rejected met talks offer plan Hamas Israel May Monday "
        'by of in on yet refused agreed , , ; : — - ( ) " ’s'
    )
    pool = words_and_marks.split()
    generator = random.Random(8)
    for _ in range(1500):
        words = [generator.choice(pool) for _ in range(generator.randint(1, 14))]
        sentence = " ".join(words)
        tokens = tokenize(sentence)
        for clause in clauses_of(tokens, sentence, 0, len(tokens)):
            assert 0 <= clause.first_token < clause.last_token <= len(tokens), sentence
            for span in (clause.own_subject(), clause.object, clause.patient()):
                assert span is None or 0 <= span[0] <= span[1] <= len(tokens), sentence
            clause.agent(tokens)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Zembla has not said whether it will endorse the charter.",
            [
                ("main", "Zembla", "not say", "whether"),
                ("reported", "it", "will endorse", "the charter"),
            ],
        ),
        (
            "The council will decide whether or not the exiles may return.",
            [
                ("main", "The council", "will decide", "whether or not"),
                ("reported", "the exiles", "may return", None),
            ],
        ),
    ],
)
def test_whether_opens_a_reported_question_with_its_own_subject(sentence, expected):
    assert read(sentence) == expected
    tokens = tokenize(sentence)
    question = clauses_of(tokens, sentence, 0, len(tokens))[1]
    assert question.opener == "whether"  # the signal steps read it as stating no fact


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The charter hoped for was finally ratified.",
            [
                ("relative", "The charter", "hope", "for"),
                ("main", "The charter", "was ratify", "The charter"),
            ],
        ),
        (
            "The truce called for by the envoys has been ignored.",
            [
                ("relative", "The truce", "call", "for by the envoys"),
                ("main", "The truce", "was ignore", "The truce"),
            ],
        ),
    ],
)
def test_a_participle_with_its_preposition_left_at_the_end_hangs_on_the_noun(sentence, expected):
    assert read(sentence) == expected


def test_a_speech_participle_before_a_phrase_is_still_the_verb_of_saying():
    assert read("The junta said in a statement it would withdraw.") == [
        ("main", "The junta", "say", None),
        ("reported", "it", "would withdraw", None),
    ]


def test_a_participial_aside_between_subject_and_verb_keeps_the_subject():
    assert read("The compact, long awaited by the exiles, was signed in Vaduz.") == [
        ("main", "The compact", "was sign", "The compact"),
    ]
    assert read("The charter, drafted by the envoys, was approved.")[-1] == (
        "main",
        "The charter",
        "was approve",
        "The charter",
    )


@pytest.mark.parametrize(
    "sentence, subject, verb",
    [
        ("The exiles fear the junta will cancel the vote.", "The exiles", "fear"),
        ("Observers doubt that the truce can hold.", "Observers", "doubt"),
        ("He wished the assembly would reconvene.", "He", "wish"),
        ("The envoy hopes the factions will sign.", "The envoy", "hope"),
        ("Diplomats expect the council will endorse the charter.", "Diplomats", "expect"),
        ("The junta insisted the vote would go ahead.", "The junta", "insist"),
        ("The mediator warned the truce could collapse.", "The mediator", "warn"),
    ],
)
def test_verbs_of_fearing_doubting_wishing_and_expecting_take_a_reported_clause(
    sentence, subject, verb
):
    main, reported = read(sentence)
    assert main[:3] == ("main", subject, verb)
    assert reported[0] == "reported"


def test_fears_and_doubts_as_nouns_are_not_verbs():
    assert read("Fears of a collapse grew.") == [("main", "Fears of a collapse", "grow", None)]
    assert read("The envoy voiced doubts about the charter.") == [
        ("main", "The envoy", "voice", "doubts about the charter"),
    ]


def test_the_irregular_pasts_the_date_step_reads_come_from_the_clause_readers_lexicon():
    from negotiations.intake import clauses, vocabulary

    assert clauses.VERB_LEMMAS is vocabulary.VERB_LEMMAS
    assert {"said", "met", "held", "withdrew", "spent", "upheld"} <= vocabulary.IRREGULAR_PAST_VERBS
    # no past written as its present ("set to resume on Monday"), no auxiliary ("was due")
    assert not {"set", "put", "cut", "was", "had", "did"} & vocabulary.IRREGULAR_PAST_VERBS
    for past in vocabulary.IRREGULAR_PAST_VERBS:
        assert any(kind == "past" for _, kind in clauses._verb_forms(tokenize(past)[0])), past


def test_once_after_at_is_an_adverb_not_a_subordinator():
    assert [c[0] for c in read("Oslo agreed at once, but Bern hesitated for a week.")] == [
        "main",
        "coordinate",
    ]
    # "once" opening a clause still subordinates it
    assert [c[0] for c in read("Oslo agreed once Bern hesitated.")] == ["main", "adverbial"]


def test_a_participle_only_form_after_a_comma_is_no_verb_of_the_subject():
    # "known" is no past tense: ", known as ...," names the subject, whose verb comes after
    assert read("The Front, known as Halo, has rejected the plan.") == [
        ("main", "The Front", "reject", "the plan")
    ]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The deal needs the approval of the Senate.", ("the deal", "need")),
        ("The government demands a vote on the plan.", ("the government", "demand")),
        ("The accord calls their bluff.", ("the accord", "call")),
    ],
)
def test_an_s_form_between_a_singular_subject_and_its_object_is_the_verb(sentence, expected):
    assert read(sentence)[0][1:3] == (expected[0].capitalize(), expected[1])


def test_an_s_form_noun_with_no_object_after_it_stays_a_noun():
    # "the peace needs" before a verb of its own: "needs" is a noun ("the peace needs were met")
    assert read("The peace needs were met.")[0][2] == "was meet"


def test_a_source_closing_the_sentence_is_no_verb_of_the_part_before_it():
    sentence = (
        "The envoy met the foreign minister, and the Egyptian intelligence chief on Monday "
        "evening, Arab diplomats said."
    )
    assert read(sentence)[-1] == ("main", "Arab diplomats", "say", None)
    assert not any(kind == "coordinate" for kind, *_ in read(sentence))
    # near miss: with no comma before it, the verb of saying is the joined part's own
    sentence = "The envoy met the foreign minister, and the Egyptian intelligence chief said so."
    assert read(sentence)[-1][:3] == ("coordinate", "the Egyptian intelligence chief", "say")


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        (
            "The Legislative Assembly voted on Saturday to reject the plan.",
            "The Legislative Assembly",
        ),
        ("The family rejected the offer.", "The family"),
        ("The rally endorsed the deal.", "The rally"),
    ],
)
def test_a_noun_ending_in_ly_closes_its_subject(sentence, subject):
    # read as an adverb, "Assembly" cut the subject short: "The Legislative voted"
    assert read(sentence)[0][1] == subject


def test_an_adverb_in_ly_is_still_passed_over():
    assert read("The army quickly rejected the offer.") == [
        ("main", "The army", "reject", "the offer")
    ]


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        (
            "When the plenary broke up, Ruritania, Borduria and Syldavia took the envoy aside.",
            "Ruritania Borduria and Syldavia",
        ),
        (
            "After the junta rejected the plan, Borduria and Syldavia proposed a truce.",
            "Borduria and Syldavia",
        ),
        (
            "After the talks failed, Tanaka and the Bordurian foreign minister flew home.",
            "Tanaka and the Bordurian foreign minister",
        ),
    ],
)
def test_names_listed_after_an_opening_subordinate_clause_are_one_subject(sentence, subject):
    # the comma closed the subordinate clause; the "and" joins names, not a clause of the last
    assert read(sentence)[-1][:2] == ("main", subject)
    assert not any(kind == "coordinate" for kind, *_ in read(sentence))


def test_a_clause_joined_after_the_subordinate_clause_keeps_its_own_subject():
    # near miss: a verb stands before the "and", which joins a clause of its own
    sentence = "When the plenary broke up, Ruritania left and Borduria took the envoy aside."
    assert read(sentence)[-1][:3] == ("coordinate", "Borduria", "take")


def test_an_opening_phrase_without_a_comma_keeps_its_verb_before_a_but():
    # the first comma comes before "but", so the words before it were a clause, not a phrase
    sentence = (
        "At Zenda in late August Tanaka sat down with the envoys, "
        "but in September Borduria rejected his draft."
    )
    kind, _, verb, patient = read(sentence)[0]
    assert (kind, verb, patient) == ("main", "sit", "with the envoys")
    assert read(sentence)[-1][1:3] == ("Borduria", "reject")


def test_near_miss_a_participle_in_an_opening_phrase_before_a_comma_is_still_no_verb():
    sentence = "In talks also attended by Tanaka, but not by the envoy, Borduria signed the deal."
    assert not any(verb == "attend" for _, _, verb, _ in read(sentence))


# --- tune40i
def test_the_bare_be_of_a_clause_after_provided_that_opens_a_clause_of_its_own():
    sentence = "Ruritania voted to accept the offer, provided that no striker be discharged."
    assert read(sentence)[0] == ("main", "Ruritania", "vote+accept", "the offer")
    assert [(kind, verb) for kind, _, verb, _ in read(sentence)[1:]] == [
        ("adverbial", "was discharge")
    ]


def test_near_miss_be_after_to_is_no_clause_of_its_own():
    # near miss: "to be" is an infinitive, with no tense of its own
    sentence = "Ruritania voted to accept the offer that was meant to be final."
    assert read(sentence)[-1][:3] == ("infinitive", "the offer", "be")


# --- tune46b
def test_a_time_between_and_and_the_verb_leaves_the_subject_shared():
    sentence = "Borduria rejected the offer in November, and in January turned down the draft."
    assert read(sentence)[-1] == ("coordinate", "Borduria", "turn", "the draft")


def test_near_miss_a_time_before_a_new_subject_leaves_that_subject_its_own():
    # near miss: a name after the time is the second clause's own subject
    sentence = (
        "Borduria rejected the offer in November, and in January Syldavia turned down the draft."
    )
    assert read(sentence)[-1][:2] == ("coordinate", "Syldavia")


# --- tune50c: a simple past after "and" goes on from the verb that reports, not from a modal
def test_a_past_after_a_reported_modal_clause_shares_the_subject_of_the_reporting_verb():
    sentence = "Borduria has said the summit will go ahead and rejected the request."
    assert read(sentence)[-1] == ("coordinate", "Borduria", "reject", "the request")


@pytest.mark.parametrize(
    "sentence",
    [
        # a participle goes on from a perfect: the reported clause's own subject
        "Borduria said the talks would have resumed and rejected the offer.",
        # a participle with no object after "is": what the reported subject is
        "Borduria said the deal is ready and signed.",
    ],
)
def test_near_miss_a_participle_goes_on_from_the_reported_clause(sentence):
    assert read(sentence)[-1][:2] == ("reported", "the " + sentence.split(" the ")[1].split()[0])
