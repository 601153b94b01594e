"""Text from sources is shown escaped everywhere, and no page carries inline styles or scripts
(they would break a strict Content-Security-Policy)."""

import datetime

from django.urls import reverse

from negotiations.models import Statement
from tests.factories import EventFactory, MeetingFactory, SourceFactory, StatementFactory
from tests.pages.html import parse

SCRIPT = '<script>alert("owned")</script><b onmouseover="x()">bold</b>'


def hostile_records(gaza):
    source = SourceFactory(title=f"Leak {SCRIPT}", excerpt=f"Excerpt {SCRIPT}")
    statement = StatementFactory(
        speaker=gaza.blinken,
        date=datetime.date(2024, 6, 10),
        text=f"Quote {SCRIPT}",
        process=gaza.process,
        proposal=gaza.proposal,
    )
    statement.sources.add(source)
    meeting = MeetingFactory(process=gaza.process, title=f"Talks {SCRIPT}", summary=SCRIPT)
    meeting.proposals.add(gaza.proposal)
    meeting.sources.add(source)
    EventFactory(process=gaza.process, title=f"Event {SCRIPT}", date=datetime.date(2024, 6, 1))
    gaza.proposal.full_text = f"Full text {SCRIPT}"
    gaza.proposal.save()
    gaza.hamas_response.summary = f"Summary {SCRIPT}"
    gaza.hamas_response.save()
    return source, statement, meeting


def every_page(gaza, source, meeting):
    return [
        "/",
        "/processes/",
        f"/processes/{gaza.process.slug}/",
        "/proposals/",
        f"/proposals/{gaza.proposal.slug}/",
        "/actors/",
        f"/actors/{gaza.blinken.slug}/",
        f"/actors/{gaza.hamas.slug}/",
        "/meetings/",
        f"/meetings/{meeting.pk}/",
        f"/trips/{gaza.trip.pk}/",
        f"/sources/{source.pk}/",
        "/search/?q=script",
        "/search/?q=" + "%3Cscript%3E",
        "/who-met-whom/",
    ]


def test_source_and_statement_text_is_escaped_on_every_page_and_in_the_svg(viewer_client, gaza):
    source, statement, meeting = hostile_records(gaza)

    for url in every_page(gaza, source, meeting):
        sep = "&" if "?" in url else "?"
        response = viewer_client.get(f"{url}{sep}as_of=2024-06-10")
        html = response.content.decode()

        assert response.status_code == 200, url
        assert "<script>" not in html, url
        assert "<b onmouseover" not in html, url
    proposal_page = viewer_client.get(f"/proposals/{gaza.proposal.slug}/?as_of=2024-06-10")
    svg_titles = [t.text for t in parse(proposal_page).by_id("timeline").find_all("title")]
    assert f"Talks {SCRIPT}" in svg_titles  # shown as text, decoded only by the parser
    assert "&lt;script&gt;alert(&quot;owned&quot;)&lt;/script&gt;" in proposal_page.content.decode()
    assert Statement.objects.get(pk=statement.pk).text == f"Quote {SCRIPT}"  # stored as written


def assert_no_inline_style_or_script(response, url):
    page = parse(response)
    for element in page.iter():
        assert "style" not in element.attrs, (url, element.tag)
        assert not any(name.startswith("on") for name in element.attrs), (url, element.tag)
        if element.tag == "script":
            assert element.attrs.get("src", "").startswith("/static/"), url
            assert element.text == "", url
        if element.tag in ("link", "img", "script"):
            ref = element.attrs.get("href") or element.attrs.get("src") or ""
            assert ref.startswith("/static/"), (url, ref)
    assert page.find("style") is None, url


def test_no_page_has_inline_styles_scripts_or_external_assets(
    client, analyst, outsider, gaza, settings
):
    settings.PUBLIC_READ = False
    source, _, meeting = hostile_records(gaza)
    assert_no_inline_style_or_script(client.get("/accounts/login/"), "/accounts/login/")
    client.force_login(outsider)
    forbidden = client.get("/")
    assert forbidden.status_code == 403
    assert_no_inline_style_or_script(forbidden, "403")
    client.force_login(analyst)

    for url in every_page(gaza, source, meeting) + ["/?as_of=nonsense", "/nowhere/"]:
        response = client.get(url)
        assert response.status_code in (200, 404), url
        assert_no_inline_style_or_script(response, url)


def test_every_page_has_landmarks_a_skip_link_and_one_heading(viewer_client, gaza):
    source, _, meeting = hostile_records(gaza)

    for url in every_page(gaza, source, meeting):
        page = parse(viewer_client.get(url))

        skip = page.find("a", class_="skip-link")
        assert skip.attrs["href"] == "#main", url
        assert page.find("main", id="main") is not None, url
        assert page.find("header") is not None and page.find("footer") is not None, url
        assert len(page.find_all("h1")) == 1, url
        for field in page.find_all("input"):
            if field.attrs.get("type") in ("hidden", "submit"):
                continue
            labelled = page.find("label", for_=field.attrs.get("id")) is not None
            assert labelled or "aria-label" in field.attrs, (url, field.attrs)


def test_the_timeline_is_an_accessible_image_with_a_list_fallback(viewer_client, gaza):
    page = parse(
        viewer_client.get(
            reverse("negotiations:process-detail", args=[gaza.process.slug]) + "?as_of=2024-06-10"
        )
    )

    svg = page.by_id("timeline")
    assert svg.attrs["role"] == "img"
    assert svg.attrs["aria-labelledby"] == "timeline-title timeline-desc"
    assert "2 meetings" in page.by_id("timeline-desc").text
    fallback = page.find("details", class_="timeline__list").find("ol")
    assert len(fallback.find_all("li")) == len(
        svg.find_all("g", class_="mark mark--meeting")
    ) + len(svg.find_all("g", class_="mark mark--statement")) + len(
        svg.find_all("g", class_="mark mark--event")
    ) + len(svg.find_all("g", class_="mark mark--status"))
