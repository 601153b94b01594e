import datetime

import pytest
from django.urls import reverse

from negotiations.models import Proposal, Response
from tests.factories import ProposalFactory, ResponseFactory, SourceFactory
from tests.pages.html import board_row, parse


def proposal_url(proposal, as_of=None):
    url = reverse("negotiations:proposal-detail", args=[proposal.slug])
    return f"{url}?as_of={as_of}" if as_of else url


def test_the_may_31_page_shows_hamas_pending_for_10_days_as_of_june_10(viewer_client, gaza):
    response = viewer_client.get(proposal_url(gaza.proposal, "2024-06-10"))

    assert response.status_code == 200
    page = parse(response)
    row = board_row(page, "Hamas")
    assert "Pending" in row.text
    assert "10 days" in row.text
    assert "31 May 2024" in row.text  # pending since the announcement
    assert gaza.article.title in row.text  # the source of the response
    assert page.by_id("as-of-in-force").text == "10 June 2024"
    assert page.by_id("as-of").attrs["value"] == "2024-06-10"
    assert Response.objects.get(pk=gaza.hamas_response.pk).status == Response.Status.PENDING


def test_the_board_shows_the_status_in_force_before_and_after_a_change(viewer_client, gaza):
    source = SourceFactory(title="Hamas hands its reply to the mediators")
    gaza.hamas_response.change_status(
        Response.Status.COUNTERED, changed_on=datetime.date(2024, 6, 11), sources=[source]
    )

    before = board_row(parse(viewer_client.get(proposal_url(gaza.proposal, "2024-06-10"))), "Hamas")
    after = board_row(parse(viewer_client.get(proposal_url(gaza.proposal, "2024-06-12"))), "Hamas")

    assert "Pending" in before.text and "10 days" in before.text
    assert "Countered" in after.text
    assert "11 Jun 2024" in after.text
    assert "answered after 11 days" in after.text
    assert source.title in after.text
    assert gaza.hamas_response.status_changes.count() == 2


def test_before_the_announcement_the_board_is_empty_and_says_so(viewer_client, gaza):
    response = viewer_client.get(proposal_url(gaza.proposal, "2024-05-20"))

    assert response.status_code == 200
    page = parse(response)
    assert page.by_id("response-board") is None
    assert "not yet on the table" in page.text
    assert "No response was requested on or before 20 May 2024" in page.text
    assert "Not yet recorded" in page.by_id("proposal-status").text


def test_the_page_shows_the_proposals_facts_phases_and_sources(viewer_client, gaza):
    page = parse(viewer_client.get(proposal_url(gaza.proposal, "2024-06-10")))

    assert "May 31 three-phase plan" in page.find("h1").text
    assert "Tabled" in page.by_id("proposal-status").text
    assert "by Joe Biden on 31 May 2024" in page.text
    assert "Phase 1: Initial ceasefire (42 days)" in page.text
    assert "Israel withdraws from Gaza population centers." in page.text
    assert "Blinken meets al-Sisi in Cairo" in page.text
    assert "if you want a ceasefire, press Hamas to say yes" in page.text
    grades = [abbr.text for abbr in page.find_all("abbr", class_="grade")]
    assert "B2" in grades


def test_meetings_and_statements_after_the_date_shown_are_hidden(viewer_client, gaza):
    page = parse(viewer_client.get(proposal_url(gaza.proposal, "2024-06-05")))

    assert "Blinken meets al-Sisi in Cairo" not in page.text
    assert "press Hamas to say yes" not in page.text
    assert "No meeting discussed it on or before 5 June 2024" in page.text
    board = board_row(page, "Hamas")
    assert "5 days" in board.text


def test_the_timeline_titles_each_item_by_its_text(viewer_client, gaza):
    page = parse(viewer_client.get(proposal_url(gaza.proposal, "2024-06-10")))

    svg = page.by_id("timeline")
    assert svg.tag == "svg"
    assert svg.attrs["role"] == "img"
    titles = [title.text for title in svg.find_all("title")]
    assert "Blinken meets al-Sisi in Cairo" in titles
    assert "Blinken meets Netanyahu in Jerusalem" in titles
    assert any("Hamas on May 31 plan: Pending, 10 days pending" in title for title in titles)
    assert any("press Hamas to say yes" in title for title in titles)
    assert "As of 10 June 2024" in titles  # the line marking the date shown
    fallback = page.find("details", class_="timeline__list")
    assert "Blinken meets al-Sisi in Cairo" in fallback.text


def test_versions_it_supersedes_and_that_supersede_it_are_linked(viewer_client, gaza):
    earlier = ProposalFactory(process=gaza.process, title="May 6 framework", slug="may-6")
    gaza.proposal.supersedes = earlier
    gaza.proposal.save()
    later = ProposalFactory(
        process=gaza.process,
        title="July revision",
        slug="july-revision",
        announced_on=datetime.date(2024, 7, 2),
        supersedes=gaza.proposal,
    )

    june = parse(viewer_client.get(proposal_url(gaza.proposal, "2024-06-10")))
    july = parse(viewer_client.get(proposal_url(gaza.proposal, "2024-07-10")))

    assert "Supersedes May 6 framework" in june.text
    assert "July revision" not in june.text  # not yet announced on June 10
    assert "Superseded by July revision" in july.text
    assert Proposal.objects.get(pk=later.pk).supersedes == gaza.proposal


def test_an_unsourced_response_is_marked(viewer_client, gaza):
    israel_response = ResponseFactory(proposal=gaza.proposal, respondent=gaza.Israel)

    row = board_row(parse(viewer_client.get(proposal_url(gaza.proposal, "2024-06-10"))), "Israel")

    assert "unsourced" in row.text
    assert not israel_response.sources.exists()


def test_an_overdue_response_is_marked(viewer_client, gaza):
    gaza.hamas_response.due_on = datetime.date(2024, 6, 7)
    gaza.hamas_response.save()

    on_time = board_row(
        parse(viewer_client.get(proposal_url(gaza.proposal, "2024-06-06"))), "Hamas"
    )
    late = board_row(parse(viewer_client.get(proposal_url(gaza.proposal, "2024-06-10"))), "Hamas")

    assert "Overdue" not in on_time.text and "Due 7 Jun 2024" in on_time.text
    assert "Overdue" in late.text
    assert "is-overdue" in late.attrs["class"]


def test_an_invalid_date_shows_a_message_and_today(viewer_client, gaza, settings):
    response = viewer_client.get(proposal_url(gaza.proposal, "2024-13-45"))

    assert response.status_code == 200
    page = parse(response)
    assert "“2024-13-45” is not a date" in page.by_id("as-of-error").text
    assert "(today)" in page.text
    assert Response.objects.get(pk=gaza.hamas_response.pk).status == Response.Status.PENDING


def test_links_keep_the_date_shown(viewer_client, gaza):
    page = parse(viewer_client.get(proposal_url(gaza.proposal, "2024-06-10")))

    hamas_link = board_row(page, "Hamas").find("a")
    assert hamas_link.attrs["href"] == "/actors/hamas/?as_of=2024-06-10"
    nav_links = [a.attrs["href"] for a in page.find("nav", class_="main-nav").find_all("a")]
    assert all(href.endswith("?as_of=2024-06-10") for href in nav_links)


def test_an_unknown_proposal_is_not_found(viewer_client, db):
    response = viewer_client.get("/proposals/no-such-plan/")

    assert response.status_code == 404
    assert "Page not found" in response.content.decode()
    assert not Proposal.objects.filter(slug="no-such-plan").exists()


@pytest.mark.parametrize("as_of", ["2024-06-10", "", "31/05/2024"])
def test_the_date_picker_form_is_always_on_the_page(viewer_client, gaza, as_of):
    page = parse(viewer_client.get(proposal_url(gaza.proposal, as_of)))

    form = page.by_id("as-of-form")
    date_input = form.find("input", name="as_of")
    assert date_input.attrs["type"] == "date" and date_input.attrs["id"] == "as-of"
    assert form.find("label").attrs["for"] == "as-of"
