import datetime

from negotiations.models import Meeting, Participant
from tests.admin.pages import admin_url, form_errors
from tests.factories import (
    ActorFactory,
    LocationFactory,
    PersonFactory,
    ProcessFactory,
    ProposalFactory,
    SourceFactory,
    TripFactory,
)


def meeting_form(**fields) -> dict:
    data = {
        "title": "",
        "date": "",
        "date_precision": "day",
        "format": "in_person",
        "kind": "bilateral",
        "participants-TOTAL_FORMS": "0",
        "participants-INITIAL_FORMS": "0",
        "participants-MIN_NUM_FORMS": "0",
        "participants-MAX_NUM_FORMS": "1000",
    }
    data.update(fields)
    return data


def with_participants(data: dict, *participants) -> dict:
    data["participants-TOTAL_FORMS"] = str(len(participants))
    for index, (actor, role) in enumerate(participants):
        data[f"participants-{index}-actor"] = str(actor.pk)
        data[f"participants-{index}-role"] = role
    return data


def test_an_analyst_logs_in_and_enters_a_meeting_with_participants_and_a_source_on_one_page(
    client, analyst, password
):
    blinken, sisi, kamel = (
        PersonFactory(name="Blinken"),
        PersonFactory(name="Sisi"),
        PersonFactory(),
    )
    process, cairo, trip = ProcessFactory(), LocationFactory(name="Cairo"), TripFactory()
    proposal, article = ProposalFactory(process=process), SourceFactory(title="AFP")

    login = client.post(
        "/admin/login/?next=/admin/",
        {"username": analyst.username, "password": password, "next": "/admin/"},
    )
    assert login.status_code == 302
    assert login.url == "/admin/"
    add_page = client.get(admin_url(Meeting, "add"))
    assert add_page.status_code == 200
    # Actors, places, trips, proposals and sources are picked by autocomplete, not long lists.
    assert 'data-model-name="meeting"' in add_page.content.decode()
    assert "admin-autocomplete" in add_page.content.decode()

    data = meeting_form(
        title="Blinken meets al-Sisi in Cairo",
        process=process.pk,
        date="2024-06-10",
        location=cairo.pk,
        trip=trip.pk,
        closed_door="on",
        proposals=[proposal.pk],
        sources=[article.pk],
        summary="Joint efforts to reach a ceasefire.",
    )
    with_participants(data, (sisi, "host"), (blinken, "guest"), (kamel, "attendee"))
    response = client.post(admin_url(Meeting, "add"), data)

    assert response.status_code == 302, form_errors(response)
    meeting = Meeting.objects.get()
    assert meeting.title == "Blinken meets al-Sisi in Cairo"
    assert meeting.date == datetime.date(2024, 6, 10)
    assert (meeting.process, meeting.location, meeting.trip) == (process, cairo, trip)
    assert meeting.closed_door is True
    assert list(meeting.proposals.all()) == [proposal]
    assert list(meeting.sources.all()) == [article]
    roles = {(p.actor, p.role) for p in meeting.participants.all()}
    assert roles == {(sisi, "host"), (blinken, "guest"), (kamel, "attendee")}
    assert meeting.history.get().history_user == analyst


def test_a_vague_meeting_date_is_stored_at_its_precision(analyst_client):
    response = analyst_client.post(
        admin_url(Meeting, "add"),
        meeting_form(title="Talks in early October", date="2023-10-09", date_precision="month"),
    )

    assert response.status_code == 302, form_errors(response)
    meeting = Meeting.objects.get()
    assert meeting.date == datetime.date(2023, 10, 1)
    assert meeting.date_display == "October 2023"


def test_the_same_actor_twice_in_one_meeting_is_rejected_and_nothing_is_saved(analyst_client):
    actor = ActorFactory()
    data = meeting_form(title="Double entry", date="2024-06-10")
    with_participants(data, (actor, "host"), (actor, "guest"))

    response = analyst_client.post(admin_url(Meeting, "add"), data)

    assert response.status_code == 200
    formset = response.context["inline_admin_formsets"][0].formset
    assert formset.non_form_errors()
    assert not Meeting.objects.exists()
    assert not Participant.objects.exists()


def test_a_meeting_without_a_date_is_rejected_on_the_date_field(analyst_client):
    response = analyst_client.post(admin_url(Meeting, "add"), meeting_form(title="Undated"))

    assert response.status_code == 200
    assert "date" in form_errors(response)
    assert not Meeting.objects.exists()
