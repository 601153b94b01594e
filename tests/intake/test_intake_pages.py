"""The admin's "New article" and review pages: taking an article in, ticking and correcting its
candidates, creating them in one step."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from negotiations.intake.review import rows_of
from negotiations.models import (
    Actor,
    Event,
    Intake,
    IntakeRecord,
    Meeting,
    Response,
    Statement,
)
from tests.api.contract import row_counts
from tests.factories import PersonFactory
from tests.intake.builders import SEED_TEXT, intake_with, seed_candidates, seed_world, span

pytestmark = pytest.mark.django_db

NEW_ARTICLE = reverse("admin:negotiations_intake_add")


def review_url(intake) -> str:
    return reverse("admin:negotiations_intake_change", args=[intake.pk])


@pytest.fixture
def world(db):
    return seed_world()


@pytest.fixture
def intake(world):
    return intake_with(seed_candidates(world))


def html_id_of(intake, key) -> str:
    """The review form's name for a candidate: c1, c2... in the order of the kinds."""
    return next(row.html_id for row in rows_of(intake) if row.key == key)


def ticked_form(page) -> dict:
    """What the browser would post with the page's defaults: ticked boxes, selected options,
    filled inputs."""
    html = page.content.decode()
    data: dict = {}
    for tag in re.findall(r"<input[^>]*>", html):
        name = re.search(r'name="([^"]+)"', tag)
        kind = re.search(r'type="([^"]+)"', tag)
        if not name or name.group(1) == "csrfmiddlewaretoken":
            continue
        value = re.search(r'value="([^"]*)"', tag)
        if kind and kind.group(1) == "checkbox":
            if " checked" in tag:
                data.setdefault(name.group(1), []).append(value.group(1) if value else "on")
        elif kind and kind.group(1) == "submit":
            continue
        else:
            data[name.group(1)] = value.group(1) if value else ""
    for name, body in re.findall(r'<select name="([^"]+)"[^>]*>(.*?)</select>', html, re.S):
        selected = re.search(r'<option value="([^"]*)"[^>]*selected', body)
        first = re.search(r'<option value="([^"]*)"', body)
        data[name] = (selected or first).group(1)
    return data


def test_the_new_article_page_takes_the_article_and_opens_its_review(analyst_client):
    page = analyst_client.get(NEW_ARTICLE)
    counts = row_counts()

    posted = analyst_client.post(
        NEW_ARTICLE,
        {"text": SEED_TEXT, "published_on": "2024-06-10", "publisher": "AFP", "language": "en"},
    )

    assert page.status_code == 200
    html = page.content.decode()
    for field in ("text", "published_on", "title", "url", "publisher", "language"):
        assert f'for="id_{field}"' in html
    intake = Intake.objects.get()
    assert posted.status_code == 302
    assert posted["Location"] == review_url(intake)
    after = row_counts()
    assert {label for label in after if after[label] != counts[label]} == {
        "negotiations.Source",
        "negotiations.HistoricalSource",
        "negotiations.Intake",
        "negotiations.HistoricalIntake",
    }
    assert intake.source.publisher == "AFP"


def test_a_bad_article_comes_back_with_the_field_named_and_nothing_stored(analyst_client):
    counts = row_counts()

    page = analyst_client.post(NEW_ARTICLE, {"text": "Some text", "published_on": "June"})

    assert page.status_code == 200
    assert "published_on" in page.context["form"].errors
    assert row_counts() == counts


def test_the_review_marks_every_candidate_in_place_and_links_it_to_its_row(analyst_client, intake):
    page = analyst_client.get(review_url(intake))

    html = page.content.decode()
    assert page.status_code == 200
    rows = re.findall(r'id="row-(c\d+)"', html)
    marks = re.findall(r'id="mark-(c\d+)"', html)
    assert len(rows) == sum(len(intake.candidate_list(kind)) for kind in intake.candidates)
    assert set(marks) == set(rows)
    for html_id in rows:
        assert f'href="#row-{html_id}"' in html
        assert f'href="#mark-{html_id}"' in html
    assert "Antony Blinken</mark>" in html
    assert "Create selected records" in html
    assert "<script" not in html.split('id="content-main"')[1]


def test_confident_candidates_are_ticked_and_doubtful_ones_are_not(world, analyst_client):
    candidates = seed_candidates(world)
    candidates["actors"][2]["similar"] = [{"id": world.sisi.pk, "name": "Abdel Fattah al-Sisi"}]
    intake = intake_with(candidates)

    data = ticked_form(analyst_client.get(review_url(intake)))

    ticked = set(data["accept"])
    assert html_id_of(intake, "actor-blinken") in ticked
    assert html_id_of(intake, "quote-aid") in ticked
    assert html_id_of(intake, "actor-kamel") not in ticked
    # Dates are no records: nothing to tick.
    assert html_id_of(intake, "date-monday") not in ticked


def test_the_text_of_the_article_is_shown_escaped(world, analyst_client):
    text = 'Hamas <script>alert("x")</script> has not formally responded & waits.'
    intake = intake_with(
        {
            "actors": [
                {
                    "key": "a",
                    "span": [0, 5],
                    "name": "Hamas",
                    "actor": {"id": world.hamas.pk, "name": "Hamas"},
                    "kind": "armed_group",
                }
            ]
        },
        text=text,
    )

    html = analyst_client.get(review_url(intake)).content.decode()

    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert "&amp; waits." in html
    assert '<script>alert("x")' not in html


def test_creating_the_ticked_records_in_one_step_then_showing_them_done(
    world, analyst_client, intake
):
    data = ticked_form(analyst_client.get(review_url(intake)))
    kamel = html_id_of(intake, "actor-kamel")
    if kamel not in data["accept"]:
        data["accept"].append(kamel)

    answer = analyst_client.post(review_url(intake), data)

    assert answer.status_code == 302
    assert answer["Location"] == f"{review_url(intake)}#created"
    statement = Statement.objects.get()
    assert statement.speaker == world.blinken
    assert intake.source in statement.sources.all()
    meeting = Meeting.objects.get()
    assert meeting.location == world.cairo and meeting.process == world.process
    assert Actor.objects.filter(name="Abbas Kamel").count() == 1
    assert Event.objects.get().date_precision == "month"
    assert Response.objects.get().respondent == world.hamas
    page = analyst_client.get(review_url(intake))
    html = page.content.decode()
    assert 'id="created"' in html
    assert reverse("admin:negotiations_statement_change", args=[statement.pk]) in html
    assert reverse("admin:negotiations_meeting_change", args=[meeting.pk]) in html
    assert html.count('class="done-marker"') == IntakeRecord.objects.count()
    assert f'value="{html_id_of(intake, "quote-aid")}"' not in html


def test_posting_the_same_form_twice_creates_nothing_twice(analyst_client, intake):
    data = ticked_form(analyst_client.get(review_url(intake)))
    analyst_client.post(review_url(intake), data)
    counts = row_counts()

    again = analyst_client.post(review_url(intake), data)

    assert again.status_code == 200  # nothing left to tick: the page says so
    assert row_counts() == counts


def test_corrections_in_the_form_choose_another_speaker_and_date(world, analyst_client, intake):
    data = ticked_form(analyst_client.get(review_url(intake)))
    quote = html_id_of(intake, "quote-aid")
    spokesman = PersonFactory(name="Matthew Miller")
    data[f"{quote}-speaker_id"] = str(spokesman.pk)
    data[f"{quote}-date"] = "2024-06-11"
    data["accept"] = [quote]

    analyst_client.post(review_url(intake), data)

    statement = Statement.objects.get()
    assert (statement.speaker, str(statement.date)) == (spokesman, "2024-06-11")


def test_a_bad_correction_comes_back_with_the_candidate_named_and_nothing_created(
    analyst_client, intake
):
    data = ticked_form(analyst_client.get(review_url(intake)))
    event = html_id_of(intake, "event-war")
    data[f"{event}-date"] = ""
    counts = row_counts()

    page = analyst_client.post(review_url(intake), data)

    assert page.status_code == 200
    html = page.content.decode()
    assert 'role="alert"' in html
    assert f'href="#row-{event}"' in html.split('id="errors"')[1].split("</div>")[0]
    assert "Give the date" in html
    assert row_counts() == counts
    # What the analyst ticked stays ticked.
    assert set(ticked_form(page)["accept"]) == set(data["accept"])


def test_a_viewer_reads_the_review_but_cannot_create(viewer_client, intake):
    page = viewer_client.get(review_url(intake))
    counts = row_counts()

    posted = viewer_client.post(review_url(intake), {"accept": ["c1"]})

    assert page.status_code == 200
    assert "Create selected records" not in page.content.decode()
    assert posted.status_code == 403
    assert viewer_client.get(NEW_ARTICLE).status_code == 403
    assert row_counts() == counts


def test_the_intake_list_and_history_answer(analyst_client, intake):
    listing = analyst_client.get(reverse("admin:negotiations_intake_changelist"))
    history = analyst_client.get(reverse("admin:negotiations_intake_history", args=[intake.pk]))

    assert listing.status_code == 200
    assert str(intake.source.title) in listing.content.decode()
    assert history.status_code == 200


def added_meeting_form(page, world, **fields) -> dict:
    """The page's form with only the added-meeting row ticked and filled in as the page offers."""
    row = page.content.decode().split('id="row-new-meetings"')[1].split("</fieldset>")[0]
    assert f'value="{world.blinken.pk}"' in row
    assert f'value="{world.netanyahu.pk}"' not in row
    data = ticked_form(page)
    data["accept"] = ["new-meetings"]
    data |= {
        "new-meetings-title": "Blinken meets Netanyahu",
        "new-meetings-date": "2024-06-10",
        "new-meetings-date_precision": "day",
        "new-meetings-location": str(world.jerusalem.pk),
        # Blinken is among the article's actors the row offers as checkboxes; Netanyahu, whom the
        # draft did not find, is given by id, as the page asks.
        "new-meetings-participants": [str(world.blinken.pk)],
        "new-meetings-participants_extra": str(world.netanyahu.pk),
        "new-meetings-proposals": [str(world.proposal.pk)],
    }
    return data | fields


def test_the_review_offers_to_add_what_the_draft_missed_unticked(world, analyst_client, intake):
    html = analyst_client.get(review_url(intake)).content.decode()

    for row_id in (
        *("new-meetings", "new-meetings-2", "new-meetings-3"),
        *("new-status-signals", "new-status-signals-2", "new-status-signals-3"),
    ):
        assert f'id="row-{row_id}"' in html
        assert re.search(rf'<input type="checkbox" name="accept" value="{row_id}"[^>]*>', html)
        assert f'value="{row_id}" id="{row_id}-accept" checked' not in html
    # The article's actors are offered as participants: recorded ones by id, new ones by key.
    participants = html.split('id="row-new-meetings"')[1].split("</fieldset>")[0]
    assert f'value="{world.blinken.pk}"' in participants
    assert 'value="key:actor-kamel"' in participants


def test_an_analyst_adds_a_meeting_the_draft_missed_and_it_cites_the_article(
    world, analyst_client, intake
):
    page = analyst_client.get(review_url(intake))
    data = added_meeting_form(page, world)

    answer = analyst_client.post(review_url(intake), data)

    assert answer.status_code == 302
    meeting = Meeting.objects.get()
    assert (meeting.title, str(meeting.date), meeting.location) == (
        "Blinken meets Netanyahu",
        "2024-06-10",
        world.jerusalem,
    )
    assert {p.actor for p in meeting.participants.all()} == {world.blinken, world.netanyahu}
    assert list(meeting.proposals.all()) == [world.proposal]
    # Left to its default, the process is the one its proposal belongs to.
    assert meeting.process == world.process
    assert intake.source in meeting.sources.all()
    # Only the addition was ticked: no drafted candidate became a record.
    assert IntakeRecord.objects.get().resource == "meetings"
    html = analyst_client.get(review_url(intake)).content.decode()
    created = html.split('id="created"')[1].split("</section>")[0]
    assert "Added in review" in created
    assert reverse("admin:negotiations_meeting_change", args=[meeting.pk]) in created
    # The draft's candidates are still there to tick, and a fresh empty row to add another.
    assert f'value="{html_id_of(intake, "meeting-cairo")}"' in html
    assert 'value="new-meetings" id="new-meetings-accept">' in html


def test_the_same_addition_posted_twice_is_created_once(world, analyst_client, intake):
    data = added_meeting_form(analyst_client.get(review_url(intake)), world)
    analyst_client.post(review_url(intake), data)
    counts = row_counts()

    again = analyst_client.post(review_url(intake), data)

    assert again.status_code == 302
    assert row_counts() == counts
    assert Meeting.objects.count() == 1


def test_an_added_meeting_may_name_a_new_actor_of_the_article_accepted_with_it(
    world, analyst_client, intake
):
    page = analyst_client.get(review_url(intake))
    data = added_meeting_form(
        page,
        world,
        **{
            "new-meetings-participants": [str(world.sisi.pk), "key:actor-kamel"],
            "new-meetings-participants_extra": "",
        },
    )

    refused = analyst_client.post(review_url(intake), data)
    assert refused.status_code == 200
    assert "Accept the actor candidate “actor-kamel” too" in refused.content.decode()
    assert Meeting.objects.count() == 0

    data["accept"] = ["new-meetings", html_id_of(intake, "actor-kamel")]
    analyst_client.post(review_url(intake), data)

    kamel = Actor.objects.get(name="Abbas Kamel")
    assert {p.actor for p in Meeting.objects.get().participants.all()} == {world.sisi, kamel}


def test_a_bad_addition_comes_back_named_with_what_was_posted_and_nothing_created(
    world, analyst_client, intake
):
    page = analyst_client.get(review_url(intake))
    data = added_meeting_form(
        page,
        world,
        **{"new-meetings-participants_extra": ""},
    )
    data["accept"].append(html_id_of(intake, "quote-aid"))
    counts = row_counts()

    answer = analyst_client.post(review_url(intake), data)

    assert answer.status_code == 200
    assert row_counts() == counts
    html = answer.content.decode()
    errors = html.split('id="errors"')[1].split("</div>")[0]
    assert 'href="#row-new-meetings"' in errors
    assert "participants: Choose at least two participants" in errors
    # What the analyst typed and chose is still in the row, ticked, to correct and send again.
    again = ticked_form(answer)
    assert set(again["accept"]) == {"new-meetings", html_id_of(intake, "quote-aid")}
    assert again["new-meetings-title"] == "Blinken meets Netanyahu"
    assert again["new-meetings-participants"] == [str(world.blinken.pk)]
    assert again["new-meetings-location"] == str(world.jerusalem.pk)


def test_an_analyst_adds_a_response_the_draft_missed(world, analyst_client, intake):
    data = ticked_form(analyst_client.get(review_url(intake)))
    israel = world.states["Israel"]
    data["accept"] = ["new-status-signals"]
    data |= {
        "new-status-signals-respondent_id": str(israel.pk),
        "new-status-signals-proposal": str(world.proposal.pk),
        "new-status-signals-status": "accepted",
        "new-status-signals-changed_on": "2024-06-10",
    }

    answer = analyst_client.post(review_url(intake), data)

    assert answer.status_code == 302
    response = Response.objects.get()
    assert (response.respondent, response.proposal, response.status) == (
        israel,
        world.proposal,
        "accepted",
    )
    assert intake.source in response.sources.all()


def test_an_analyst_adds_several_misses_in_one_step_and_a_bad_one_stops_them_all(
    world, analyst_client, intake
):
    data = ticked_form(analyst_client.get(review_url(intake)))
    israel, hamas = world.states["Israel"], world.hamas
    data["accept"] = ["new-status-signals", "new-status-signals-2", "new-meetings-3"]
    for row_id, respondent in (("new-status-signals", israel), ("new-status-signals-2", hamas)):
        data |= {
            f"{row_id}-respondent_id": str(respondent.pk),
            f"{row_id}-proposal": str(world.proposal.pk),
            f"{row_id}-status": "accepted",
        }
    data |= {
        "new-meetings-3-title": "Blinken meets Sisi again",
        "new-meetings-3-date": "2024-06-11",
        "new-meetings-3-date_precision": "day",
        "new-meetings-3-participants_extra": f"{world.blinken.pk}, {world.sisi.pk}",
    }
    counts = row_counts()
    data["new-status-signals-2-status"] = "agreed"  # not a status

    refused = analyst_client.post(review_url(intake), data)

    assert refused.status_code == 200 and row_counts() == counts
    errors = refused.content.decode().split('id="errors"')[1].split("</div>")[0]
    assert 'href="#row-new-status-signals-2"' in errors
    assert "A second response the draft missed" in errors
    assert ticked_form(refused)["new-status-signals-respondent_id"] == str(israel.pk)

    data["new-status-signals-2-status"] = "rejected"
    answer = analyst_client.post(review_url(intake), data)

    assert answer.status_code == 302
    assert {(r.respondent, r.status) for r in Response.objects.all()} == {
        (israel, "accepted"),
        (hamas, "rejected"),
    }
    meeting = Meeting.objects.get()
    assert {p.actor for p in meeting.participants.all()} == {world.blinken, world.sisi}
    assert IntakeRecord.objects.count() == 3


def test_an_added_response_names_what_is_missing(world, analyst_client, intake):
    data = ticked_form(analyst_client.get(review_url(intake)))
    data["accept"] = ["new-status-signals"]
    data["new-status-signals-status"] = "rejected"
    counts = row_counts()

    answer = analyst_client.post(review_url(intake), data)

    errors = answer.content.decode().split('id="errors"')[1].split("</div>")[0]
    assert "respondent: Choose the respondent." in errors
    assert row_counts() == counts
    data["new-status-signals-respondent_id"] = str(world.hamas.pk)

    answer = analyst_client.post(review_url(intake), data)

    errors = answer.content.decode().split('id="errors"')[1].split("</div>")[0]
    assert "proposal: Choose the proposal this response is to." in errors
    assert row_counts() == counts


def test_a_page_that_comes_back_with_errors_keeps_every_correction(world, analyst_client, intake):
    data = ticked_form(analyst_client.get(review_url(intake)))
    event, meeting, quote, signal, kamel = (
        html_id_of(intake, key)
        for key in ("event-war", "meeting-cairo", "quote-aid", "signal-hamas", "actor-kamel")
    )
    data[f"{event}-date"] = ""  # the error
    corrections = {
        f"{meeting}-title": "Blinken and Sisi in Cairo",
        f"{meeting}-location": str(world.jerusalem.pk),
        f"{meeting}-process": "",
        f"{meeting}-participants_extra": str(world.netanyahu.pk),
        f"{quote}-speaker": str(world.sisi.pk),
        f"{quote}-date": "2024-06-09",
        f"{signal}-status": "rejected",
        f"{signal}-respondent_id": str(world.hamas.pk),
        f"{kamel}-name": "Abbas Kamal",
    }
    data |= corrections
    # Unticking a participant stays unticked.
    data[f"{meeting}-participants"] = data[f"{meeting}-participants"][:1]
    counts = row_counts()

    page = analyst_client.post(review_url(intake), data)

    assert page.status_code == 200 and row_counts() == counts
    shown = ticked_form(page)
    assert {name: shown[name] for name in corrections} == corrections
    assert shown[f"{meeting}-participants"] == data[f"{meeting}-participants"]
    assert shown["accept"] == data["accept"]


def intake_with_meetings(world, count: int):
    """The seed intake with `count` meeting candidates, each matched to recorded participants
    and to the May 31 plan."""
    candidates = seed_candidates(world)
    meeting = candidates["meetings"][0]
    candidates["meetings"] = [
        {**meeting, "key": f"meeting-{number}", "span": span(SEED_TEXT, "Blinken", number)}
        for number in range(1, count + 1)
    ]
    return intake_with(candidates)


def queries_of_review(client, intake) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(review_url(intake)).status_code == 200
    return len(queries)


def test_the_review_reads_the_same_queries_for_one_meeting_or_many(world, analyst_client):
    one, four = intake_with_meetings(world, 1), intake_with_meetings(world, 4)

    assert queries_of_review(analyst_client, four) == queries_of_review(analyst_client, one)

    for intake in (one, four):
        data = ticked_form(analyst_client.get(review_url(intake)))
        data["accept"] = [row.html_id for row in rows_of(intake) if row.is_record]
        assert analyst_client.post(review_url(intake), data).status_code == 302
    assert (
        IntakeRecord.objects.filter(intake=four).count()
        > IntakeRecord.objects.filter(intake=one).count()
    )
    # The records the article became are listed with a query per kind, not per record.
    assert queries_of_review(analyst_client, four) == queries_of_review(analyst_client, one)
