"""A client written only from api.md enters a whole negotiation over HTTP and reads it back as
of several dates: the issue's definition of done, as one story."""

import datetime

import pytest
from django.utils import timezone
from rest_framework.test import APIClient

from negotiations import models
from tests.factories import PASSWORD

API = "/api/v1/"


class ContractClient:
    """What an analyst's script would hold: a token and the paths of api.md. Every answer is
    checked for the status the contract promises, so a 500 anywhere fails the journey."""

    def __init__(self, username: str, password: str):
        self.http = APIClient()
        answer = self.http.post(
            f"{API}auth/token/", {"username": username, "password": password}, format="json"
        )
        assert answer.status_code == 200, answer.content[:300]
        self.http.credentials(HTTP_AUTHORIZATION=f"Token {answer.json()['token']}")

    def create(self, resource: str, **fields) -> dict:
        answer = self.http.post(f"{API}{resource}/", fields, format="json")
        assert answer.status_code == 201, f"POST {resource}: {answer.content[:500]!r}"
        return answer.json()

    def change_status(self, resource: str, record: dict, status: str, changed_on: str, **more):
        answer = self.http.post(
            f"{API}{resource}/{record['id']}/status-changes/",
            {"status": status, "changed_on": changed_on, **more},
            format="json",
        )
        assert answer.status_code == 201, f"status of {resource}: {answer.content[:500]!r}"
        return answer.json()

    def patch(self, resource: str, record: dict, **fields) -> dict:
        answer = self.http.patch(f"{API}{resource}/{record['id']}/", fields, format="json")
        assert answer.status_code == 200, f"PATCH {resource}: {answer.content[:500]!r}"
        return answer.json()

    def get(self, path: str, **params):
        answer = self.http.get(f"{API}{path}", params)
        assert answer.status_code == 200, f"GET {path}: {answer.content[:500]!r}"
        return answer.json()

    def list(self, resource: str, **params) -> list:
        params.setdefault("page_size", 200)
        return self.get(f"{resource}/", **params)["results"]


@pytest.fixture
def script(analyst):
    """The analyst's script, signed in with a token it asked for with a username and password
    (named apart from pytest-django's `client`, which is a browser's session client)."""
    return ContractClient(analyst.username, PASSWORD)


def names(items, key="name"):
    return sorted(item[key] for item in items)


def test_an_analyst_enters_a_whole_negotiation_and_reads_it_back_on_any_date(script):
    afp = script.create(
        "sources",
        title="Blinken pushes Gaza truce plan in Cairo",
        url="https://news.example.org/afp-2024-06-10",
        publisher="AFP",
        published_on="2024-06-10",
        language="en",
        reliability="A",
        credibility="2",
    )
    cite = [afp["id"]]

    united_states = script.create("actors", name="United States", kind="state", country="US")
    egypt = script.create("actors", name="Egypt", kind="state", country="EG")
    israel = script.create("actors", name="Israel", kind="state", country="IL")
    qatar = script.create("actors", name="Qatar", kind="state", country="QA")
    hamas = script.create(
        "actors",
        name="Hamas",
        kind="armed_group",
        aliases=["Islamic Resistance Movement"],
    )
    intelligence = script.create(
        "actors",
        name="General Intelligence Directorate",
        kind="government_body",
        country="EG",
        parent=egypt["id"],
    )
    blinken = script.create("actors", name="Antony Blinken", kind="person", country="US")
    biden = script.create("actors", name="Joe Biden", kind="person", country="US")
    sisi = script.create("actors", name="Abdel Fattah al-Sisi", kind="person", country="EG")
    kamel = script.create("actors", name="Abbas Kamel", kind="person", country="EG")

    script.create(
        "positions",
        person=blinken["id"],
        organization=united_states["id"],
        title="Secretary of State",
        start="2021-01-26",
        sources=cite,
    )
    script.create(
        "positions",
        person=kamel["id"],
        organization=intelligence["id"],
        title="Chief",
        sources=cite,
    )

    cairo = script.create(
        "locations", name="Cairo", kind="city", country="EG", latitude=30.0444, longitude=31.2357
    )
    jerusalem = script.create("locations", name="Jerusalem", kind="city")
    amman = script.create("locations", name="Amman", kind="city", country="JO")
    doha = script.create("locations", name="Doha", kind="city", country="QA")
    rafah = script.create("locations", name="Rafah crossing", kind="border_crossing")

    process = script.create(
        "processes",
        title="Gaza ceasefire and hostage-release negotiations",
        started_on="2023-10-07",
        status="active",
        parties=[israel["id"], hamas["id"]],
    )
    for mediator in (egypt, qatar, united_states):
        script.create(
            "mediators",
            process=process["id"],
            actor=mediator["id"],
            role="mediator",
            since="2023-11-01",
        )

    plan = script.create(
        "proposals",
        process=process["id"],
        title="Three-phase ceasefire and hostage-release plan",
        short_name="May 31 plan",
        announced_on="2024-05-31",
        announced_by=biden["id"],
        authors=[united_states["id"]],
        status="tabled",
        phases=[
            {
                "number": 1,
                "title": "Truce",
                "duration_days": 42,
                "summary": "Six weeks of truce.",
                "provisions": [
                    {"topic": "ceasefire", "text": "Fighting halts."},
                    {"topic": "withdrawal", "text": "Israel withdraws from population centres."},
                    {"topic": "hostages", "text": "Hamas frees hostages."},
                ],
            },
            {
                "number": 2,
                "title": "Permanent end of hostilities",
                "provisions": [{"topic": "hostages", "text": "All living hostages released."}],
            },
            {
                "number": 3,
                "title": "Reconstruction",
                "provisions": [{"topic": "reconstruction", "text": "Gaza is rebuilt."}],
            },
        ],
        sources=cite,
    )
    assert [phase["number"] for phase in plan["phases"]] == [1, 2, 3]
    assert len(plan["phases"][0]["provisions"]) == 3

    hamas_answer = script.create(
        "responses",
        proposal=plan["id"],
        respondent=hamas["id"],
        requested_on="2024-05-31",
        due_on="2024-06-07",
        sources=cite,
    )
    israel_answer = script.create("responses", proposal=plan["id"], respondent=israel["id"])
    assert hamas_answer["status"] == "pending"
    assert israel_answer["requested_on"] == "2024-05-31"

    # Months of answers, each dated when it happened and sourced.
    script.change_status("responses", israel_answer, "accepted", "2024-06-02", sources=cite)
    script.change_status(
        "responses", hamas_answer, "countered", "2024-06-11", note="Amendments via mediators."
    )
    script.change_status("responses", hamas_answer, "accepted_with_conditions", "2024-07-06")
    script.change_status("proposals", plan, "under_negotiation", "2024-06-11")
    script.change_status("proposals", plan, "collapsed", "2024-09-02")
    script.change_status("processes", process, "stalled", "2024-08-25")

    trip = script.create(
        "trips",
        traveller=blinken["id"],
        title="Eighth visit to the region since the war began",
        ordinal=8,
        start="2024-06-10",
        end="2024-06-12",
        purpose="Push the May 31 plan.",
        stops=[
            {"order": 1, "location": cairo["id"], "date": "2024-06-10", "status": "done"},
            {"order": 2, "location": jerusalem["id"], "date": "2024-06-10", "status": "done"},
            {"order": 3, "location": amman["id"], "date": "2024-06-11", "status": "planned"},
            {"order": 4, "location": doha["id"], "date": "2024-06-12", "status": "planned"},
        ],
        sources=cite,
    )
    meeting = script.create(
        "meetings",
        process=process["id"],
        title="Blinken meets al-Sisi in Cairo",
        date="2024-06-10",
        location=cairo["id"],
        format="in_person",
        kind="bilateral",
        closed_door=True,
        participants=[
            {"actor": sisi["id"], "role": "host"},
            {"actor": blinken["id"], "role": "guest"},
            {"actor": kamel["id"], "role": "attendee"},
        ],
        proposals=[plan["id"]],
        trip=trip["id"],
        summary="Joint efforts to reach a ceasefire and hostage-prisoner exchange.",
        sources=cite,
    )
    statement = script.create(
        "statements",
        speaker=blinken["id"],
        date="2024-06-10",
        text="Deal or no deal, it remains absolutely essential that we get more aid to "
        "Palestinians who need it.",
        kind="quote",
        audience="Reporters in Cairo",
        process=process["id"],
        proposal=plan["id"],
        sources=cite,
    )
    script.create(
        "events",
        date="2023-10-07",
        date_precision="month",
        kind="military",
        title="War breaks out",
        process=process["id"],
        sources=cite,
    )
    rafah_seized = script.create(
        "events",
        date="2024-05-07",
        date_precision="month",
        kind="border_crossing",
        title="Israeli troops seize the Palestinian side of the Rafah crossing",
        location=rafah["id"],
        actors=[israel["id"]],
        process=process["id"],
        sources=cite,
    )
    assert rafah_seized["date"] == "2024-05-01"
    assert rafah_seized["date_precision"] == "month"

    # Read back on the day of the article.
    hamas_on_june_10 = script.get(f"responses/{hamas_answer['id']}/", as_of="2024-06-10")
    assert hamas_on_june_10["status"] == "pending"
    assert hamas_on_june_10["days_pending"] == 10
    assert hamas_on_june_10["overdue"] is True
    plan_on_june_10 = script.get(f"proposals/{plan['id']}/", as_of="2024-06-10")
    assert plan_on_june_10["status"] == "tabled"
    statuses = {
        answer["respondent"]["name"]: answer["status"] for answer in plan_on_june_10["responses"]
    }
    assert statuses == {"Hamas": "pending", "Israel": "accepted"}
    answers_on_june_10 = script.list("responses", proposal=plan["id"], as_of="2024-06-10")
    assert {answer["status"] for answer in answers_on_june_10} == {"pending", "accepted"}

    # ... a week later, in July, and now.
    hamas_on_june_20 = script.get(f"responses/{hamas_answer['id']}/", as_of="2024-06-20")
    assert (hamas_on_june_20["status"], hamas_on_june_20["days_pending"]) == ("countered", 11)
    assert hamas_on_june_20["overdue"] is False
    hamas_in_july = script.get(f"responses/{hamas_answer['id']}/", as_of="2024-07-10")
    assert hamas_in_july["status"] == "accepted_with_conditions"
    assert script.get(f"proposals/{plan['id']}/", as_of="2024-07-10")["status"] == (
        "under_negotiation"
    )
    assert script.get(f"proposals/{plan['id']}/")["status"] == "collapsed"
    assert script.get(f"processes/{process['id']}/", as_of="2024-08-01")["status"] == "active"
    assert script.get(f"processes/{process['id']}/")["status"] == "stalled"
    # Before it was requested the answer did not exist in the world: not found, or not pending.
    before_the_plan = script.http.get(f"{API}responses/{hamas_answer['id']}/?as_of=2024-05-01")
    assert before_the_plan.status_code in (200, 404)
    if before_the_plan.status_code == 200:
        assert before_the_plan.json()["days_pending"] is None

    log = script.get(f"responses/{hamas_answer['id']}/status-changes/")
    log = log["results"] if isinstance(log, dict) else log
    assert [(change["status"], change["changed_on"]) for change in log] == [
        ("pending", "2024-05-31"),
        ("countered", "2024-06-11"),
        ("accepted_with_conditions", "2024-07-06"),
    ]
    assert log[1]["note"] == "Amendments via mediators."

    # Writing a status directly is a change dated today.
    script.patch("processes", process, status="suspended")
    process_log = script.get(f"processes/{process['id']}/status-changes/")
    process_log = process_log["results"] if isinstance(process_log, dict) else process_log
    assert (process_log[-1]["status"], process_log[-1]["changed_on"]) == (
        "suspended",
        timezone.localdate().isoformat(),
    )

    # The rest of the record reads back as entered.
    meeting_read = script.get(f"meetings/{meeting['id']}/")
    assert meeting_read["location"]["name"] == "Cairo"
    assert meeting_read["trip"]["title"] == trip["title"]
    assert {(p["actor"]["name"], p["role"]) for p in meeting_read["participants"]} == {
        ("Abdel Fattah al-Sisi", "host"),
        ("Antony Blinken", "guest"),
        ("Abbas Kamel", "attendee"),
    }
    trip_read = script.get(f"trips/{trip['id']}/")
    assert [stop["location"]["name"] for stop in trip_read["stops"]] == [
        "Cairo",
        "Jerusalem",
        "Amman",
        "Doha",
    ]
    assert script.get(f"statements/{statement['id']}/")["text"] == statement["text"]
    mediators = script.list("mediators", process=process["id"])
    assert names([m["actor"] for m in mediators]) == ["Egypt", "Qatar", "United States"]
    hamas_read = script.get(f"actors/{hamas['id']}/")
    assert hamas_read["aliases"] == ["Islamic Resistance Movement"]
    assert script.get(f"actors/{intelligence['id']}/")["parent"]["name"] == "Egypt"

    # Filters and search as api.md lists them.
    assert [m["id"] for m in script.list("meetings", actor=blinken["id"])] == [meeting["id"]]
    assert [s["id"] for s in script.list("statements", actor=blinken["id"])] == [statement["id"]]
    assert [e["title"] for e in script.list("events", date_after="2024-01-01")] == [
        rafah_seized["title"]
    ]
    assert [e["id"] for e in script.list("events", search="Rafah")] == [rafah_seized["id"]]
    assert names(script.list("responses", respondent=hamas["id"]), "id") == [hamas_answer["id"]]
    overdue_in_june = script.list("responses", overdue="true", as_of="2024-06-10")
    assert [answer["id"] for answer in overdue_in_june] == [hamas_answer["id"]]

    # The database holds the negotiation as entered.
    assert models.Actor.objects.count() == 10
    assert models.Mediator.objects.filter(process_id=process["id"]).count() == 3
    assert models.Provision.objects.filter(phase__proposal_id=plan["id"]).count() == 5
    assert models.TripStop.objects.filter(trip_id=trip["id"]).count() == 4
    assert models.Participant.objects.filter(meeting_id=meeting["id"]).count() == 3
    assert models.Response.objects.get(pk=hamas_answer["id"]).responded_on == datetime.date(
        2024, 6, 11
    )
    assert models.ResponseStatusChange.objects.filter(response_id=hamas_answer["id"]).count() == 3
