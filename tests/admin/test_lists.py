import datetime

from django.utils import timezone

from negotiations.models import Actor, Meeting, Proposal, Response
from tests.admin.pages import admin_url
from tests.factories import (
    ActorFactory,
    MeetingFactory,
    ParticipantFactory,
    ProposalFactory,
    ResponseFactory,
    SourceFactory,
)


def listed(page) -> list:
    assert page.status_code == 200
    return list(page.context["cl"].result_list)


def test_an_unsourced_meeting_is_marked_in_the_list(analyst_client):
    sourced = MeetingFactory(title="Sourced meeting")
    sourced.sources.add(SourceFactory(), SourceFactory())
    MeetingFactory(title="Unsourced meeting")

    page = analyst_client.get(admin_url(Meeting, "changelist"))

    rows = {meeting.title: meeting.source_count for meeting in listed(page)}
    assert rows == {"Sourced meeting": 2, "Unsourced meeting": 0}
    assert page.content.decode().count('<strong class="unsourced">Unsourced</strong>') == 1


def test_the_sources_filter_picks_sourced_or_unsourced_records(analyst_client):
    sourced = ProposalFactory(title="Sourced plan")
    sourced.sources.add(SourceFactory())
    unsourced = ProposalFactory(title="Unsourced plan")
    url = admin_url(Proposal, "changelist")

    assert listed(analyst_client.get(url, {"sourced": "no"})) == [unsourced]
    assert listed(analyst_client.get(url, {"sourced": "yes"})) == [sourced]


def test_the_overdue_filter_lists_awaited_responses_past_their_deadline(analyst_client):
    today = timezone.localdate()
    overdue = ResponseFactory(due_on=today - datetime.timedelta(days=1))
    not_yet_due = ResponseFactory(due_on=today + datetime.timedelta(days=3))
    answered = ResponseFactory(due_on=today - datetime.timedelta(days=5))
    answered.change_status("accepted", changed_on=datetime.date(2024, 6, 20))
    no_deadline = ResponseFactory()
    url = admin_url(Response, "changelist")

    assert listed(analyst_client.get(url, {"overdue": "yes"})) == [overdue]
    assert set(listed(analyst_client.get(url, {"overdue": "no"}))) == {
        not_yet_due,
        answered,
        no_deadline,
    }
    page = analyst_client.get(url)
    assert page.content.decode().count('alt="True"') == 1  # the overdue column's icon


def test_the_response_list_shows_days_pending_and_filters_by_status_process_and_respondent(
    analyst_client,
):
    waiting = ResponseFactory()
    elsewhere = ResponseFactory()
    elsewhere.change_status("rejected", changed_on=datetime.date(2024, 6, 3))
    url = admin_url(Response, "changelist")

    page = analyst_client.get(url)
    expected_days = (timezone.localdate() - datetime.date(2024, 5, 31)).days
    assert f'<td class="field-days_pending">{expected_days}</td>' in page.content.decode()
    assert '<td class="field-days_pending">3</td>' in page.content.decode()
    assert listed(analyst_client.get(url, {"status__exact": "pending"})) == [waiting]
    process = waiting.proposal.process
    assert listed(analyst_client.get(url, {"proposal__process__id__exact": process.pk})) == [
        waiting
    ]
    respondent = elsewhere.respondent
    assert listed(analyst_client.get(url, {"respondent__id__exact": respondent.pk})) == [elsewhere]


def test_search_finds_an_actor_by_alias(analyst_client):
    hamas = ActorFactory(name="Hamas", aliases=["Islamic Resistance Movement"])
    ActorFactory(name="Qatar")

    page = analyst_client.get(admin_url(Actor, "changelist"), {"q": "resistance"})

    assert listed(page) == [hamas]


def test_text_from_sources_is_shown_escaped_in_lists_and_forms(analyst_client):
    actor = ActorFactory(name="<script>alert('x')</script>")
    meeting = MeetingFactory(title="<b>Cairo</b>")
    ParticipantFactory(meeting=meeting, actor=actor)

    listing = analyst_client.get(admin_url(Meeting, "changelist")).content.decode()
    form = analyst_client.get(admin_url(Meeting, "change", meeting.pk)).content.decode()

    for content in (listing, form):
        assert "<script>alert" not in content
        assert "<b>Cairo</b>" not in content
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in listing
    assert Meeting.objects.get().title == "<b>Cairo</b>"
