"""The demo data set read through the API gives the article's facts."""

import io

from django.core.management import call_command


def test_the_demo_shows_hamas_pending_since_may_31_and_10_days_on_june_10(viewer_api):
    call_command("load_demo", stdout=io.StringIO())

    actors = viewer_api.get("/api/v1/actors/", {"search": "Hamas"}).json()["results"]
    hamas = next(actor for actor in actors if actor["name"] == "Hamas")
    responses = viewer_api.get(
        "/api/v1/responses/", {"respondent": hamas["id"], "as_of": "2024-06-10"}
    ).json()["results"]

    assert len(responses) == 1
    answer = responses[0]
    assert answer["status"] == "pending"
    assert answer["requested_on"] == "2024-05-31"
    assert answer["days_pending"] == 10
    proposal = viewer_api.get(
        f"/api/v1/proposals/{answer['proposal']['id']}/", {"as_of": "2024-06-10"}
    ).json()
    assert proposal["announced_on"] == "2024-05-31"
    assert [phase["number"] for phase in proposal["phases"]] == [1, 2, 3]
    row = next(r for r in proposal["responses"] if r["id"] == answer["id"])
    assert row["respondent"] == {"id": hamas["id"], "name": "Hamas"}
    assert (row["status"], row["days_pending"]) == ("pending", 10)
    log = viewer_api.get(f"/api/v1/responses/{answer['id']}/status-changes/").json()["results"]
    assert (log[0]["status"], log[0]["changed_on"]) == ("pending", "2024-05-31")
