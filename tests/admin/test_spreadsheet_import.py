"""Spreadsheet import through the admin: a CSV or XLSX file is previewed (a dry run showing what
would be created, updated and skipped), then stored on confirmation, all or nothing, every
record in the audit history with the analyst who imported it."""

import csv
import datetime
import io

import openpyxl
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from negotiations.models import (
    Actor,
    Event,
    Location,
    Meeting,
    Participant,
    Source,
    Statement,
)
from tests.admin.pages import admin_url
from tests.factories import (
    ActorFactory,
    LocationFactory,
    ProcessFactory,
    SourceFactory,
)

FORMATS = {"csv": "0", "xlsx": "1"}


def sheet_file(rows: list[list], kind: str) -> SimpleUploadedFile:
    """A spreadsheet as an analyst would save it: a header row, then one row per record."""
    if kind == "csv":
        text = io.StringIO()
        csv.writer(text).writerows(rows)
        return SimpleUploadedFile("sheet.csv", text.getvalue().encode(), "text/csv")
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    data = io.BytesIO()
    book.save(data)
    return SimpleUploadedFile(
        "sheet.xlsx",
        data.getvalue(),
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )


def preview(client, model, rows, kind="csv"):
    return client.post(
        admin_url(model, "import"),
        {"format": FORMATS[kind], "resource": "0", "import_file": sheet_file(rows, kind)},
    )


def confirm(client, model, page):
    """Press "Confirm import" on a preview page."""
    form = page.context["confirm_form"]
    return client.post(
        admin_url(model, "process_import"),
        {name: form.initial.get(name, "") for name in form.fields},
    )


def import_sheet(client, model, rows, kind="csv"):
    page = preview(client, model, rows, kind)
    assert page.status_code == 200
    assert page.context.get("confirm_form") is not None, import_errors(page)
    return confirm(client, model, page)


def import_errors(page) -> list[str]:
    """The error lines the preview shows, as text."""
    html = page.content.decode()
    start = html.find('class="errorlist import-errors"')
    if start < 0:
        return []
    block = html[start : html.find("</ul>", start)]
    return [
        " ".join(item.split("</li>")[0].split()) for item in block.split("<li>")[1:] if item.strip()
    ]


def created_by(record, user) -> bool:
    """The record's first history row is its creation, by `user`."""
    first = record.history.order_by("history_date", "history_id").first()
    return first.history_type == "+" and first.history_user == user


@pytest.fixture
def known(db):
    """What the sheets below refer to by name."""
    return {
        "hamas": ActorFactory(
            name="Hamas", kind="armed_group", aliases=["Islamic Resistance Movement"]
        ),
        "egypt": ActorFactory(name="Egypt"),
        "sisi": ActorFactory(name="Abdel Fattah al-Sisi", kind="person"),
        "blinken": ActorFactory(name="Antony Blinken", kind="person"),
        "cairo": LocationFactory(name="Cairo"),
        "doha": LocationFactory(name="Doha", country="QA"),
        "article": SourceFactory(title="AFP, 10 June 2024"),
        "process": ProcessFactory(title="Gaza ceasefire talks", slug="gaza-talks"),
    }


# One good sheet of each kind, with what it must store.

SHEETS = {
    Actor: (
        [
            ["Name", "Kind", "Short name", "Aliases", "Country", "Parent"],
            ["Qatar", "state", "", "State of Qatar", "qa", ""],
            ["Amiri Diwan", "Government body", "", "", "QA", "Qatar"],
        ],
        lambda known: (
            Actor.objects.get(name="Amiri Diwan").parent
            == Actor.objects.get(name="Qatar", aliases=["State of Qatar"], country="QA")
        ),
    ),
    Location: (
        [
            ["name", "kind", "country", "latitude", "longitude"],
            ["Rafah crossing", "border_crossing", "EG", 31.2472, 34.2594],
        ],
        lambda known: Location.objects.get(name="Rafah crossing").kind == "border_crossing",
    ),
    Source: (
        [
            ["title", "url", "publisher", "published_on", "reliability", "credibility"],
            ["Reuters on Doha", "https://reuters.example/doha", "Reuters", "2024-06-11", "B", 2],
        ],
        lambda known: Source.objects.get(url="https://reuters.example/doha").grade == "B2",
    ),
    Meeting: (
        [
            ["title", "date", "process", "location", "participants", "sources", "closed_door"],
            [
                "Blinken meets al-Sisi",
                "2024-06-10",
                "gaza-talks",
                "cairo",
                "Antony Blinken (guest); Abdel Fattah el-Sisi (host); Egypt",
                "AFP, 10 June 2024",
                "yes",
            ],
        ],
        lambda known: (
            set(
                Meeting.objects.get(
                    title="Blinken meets al-Sisi", closed_door=True
                ).participants.values_list("actor__name", "role")
            )
            == {
                ("Antony Blinken", "guest"),
                ("Abdel Fattah al-Sisi", "host"),
                ("Egypt", "attendee"),
            }
        ),
    ),
    Statement: (
        [
            ["speaker", "date", "text", "kind", "process", "sources"],
            [
                "Islamic Resistance Movement",
                "2024-06-11",
                "We accept the resolution.",
                "Official statement",
                "Gaza ceasefire talks",
                "AFP, 10 June 2024",
            ],
        ],
        lambda known: (
            Statement.objects.get(text="We accept the resolution.").speaker == known["hamas"]
        ),
    ),
    Event: (
        [
            ["title", "date", "date_precision", "kind", "location", "actors", "sources"],
            [
                "Rafah crossing closes",
                "2024-05-07",
                "day",
                "border_crossing",
                "Cairo",
                "Egypt; Hamas",
                "AFP, 10 June 2024",
            ],
        ],
        lambda known: (
            set(Event.objects.get(title="Rafah crossing closes").actors.all())
            == {known["egypt"], known["hamas"]}
        ),
    ),
}


def xlsx_cells(rows):
    """In an XLSX file dates are date cells, as Excel stores them."""
    return [
        [
            datetime.date.fromisoformat(cell)
            if isinstance(cell, str) and len(cell) == 10 and cell[:2] == "20" and cell[4] == "-"
            else cell
            for cell in row
        ]
        for row in rows
    ]


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
@pytest.mark.parametrize("model", list(SHEETS), ids=lambda model: model.__name__)
def test_an_analyst_imports_each_kind_of_sheet_with_a_preview_then_a_confirmation(
    analyst_client, analyst, known, model, kind
):
    rows, stored = SHEETS[model]
    if kind == "xlsx":
        rows = xlsx_cells(rows)
    before = model.objects.count()

    page = preview(analyst_client, model, rows, kind)

    assert page.status_code == 200
    assert import_errors(page) == []
    assert f"would create {len(rows) - 1}, update" in page.content.decode()
    assert model.objects.count() == before, "the preview stores nothing"

    done = confirm(analyst_client, model, page)

    assert done.status_code == 302
    assert model.objects.count() == before + len(rows) - 1
    assert stored(known)
    for record in model.objects.order_by("-pk")[: len(rows) - 1]:
        assert created_by(record, analyst)


def test_the_preview_shows_what_would_be_created_updated_and_skipped(analyst_client, known):
    rows = [
        ["name", "kind", "country"],
        ["Cairo", "city", "EG"],  # as stored: skipped
        ["Doha", "city", "AE"],  # another country: updated
        ["Amman", "city", "JO"],  # new
    ]

    page = preview(analyst_client, Location, rows)

    html = page.content.decode()
    assert "would create 1, update\n  1 and skip 1" in html
    assert [row.import_type for row in page.context["result"].rows] == ["skip", "update", "new"]

    confirm(analyst_client, Location, page)

    assert Location.objects.get(name="Doha").country == "AE"
    assert Location.objects.filter(name="Amman", country="JO").exists()
    assert known["cairo"].history.count() == 1, "a skipped row changes nothing"


def test_imported_meetings_participants_and_sources_are_audited_with_the_importing_user(
    analyst_client, analyst, known
):
    rows, _stored = SHEETS[Meeting]

    import_sheet(analyst_client, Meeting, rows)

    meeting = Meeting.objects.get(title="Blinken meets al-Sisi")
    latest = meeting.history.first()
    assert latest.history_user == analyst
    assert [source.source for source in latest.sources.all()] == [known["article"]]
    for participant in meeting.participants.all():
        assert created_by(participant, analyst)
    assert "participants" in {part for row in meeting.history.all() for part in row.parts_changed}


def test_reimporting_a_meeting_replaces_its_participants(analyst_client, analyst, known):
    rows, _stored = SHEETS[Meeting]
    import_sheet(analyst_client, Meeting, rows)
    changed = [rows[0], [*rows[1][:4], "Antony Blinken (mediator)", *rows[1][5:]]]

    page = preview(analyst_client, Meeting, changed)
    assert [row.import_type for row in page.context["result"].rows] == ["update"]
    confirm(analyst_client, Meeting, page)

    meeting = Meeting.objects.get(title="Blinken meets al-Sisi")
    assert list(meeting.participants.values_list("actor__name", "role")) == [
        ("Antony Blinken", "mediator")
    ]
    assert Participant.history.filter(history_type="-", history_user=analyst).count() == 2


# Bad files: the error names the row and the column, and nothing is stored.


def refused(client, model, rows, kind="csv") -> list[str]:
    before = model.objects.count()
    page = preview(client, model, rows, kind)
    assert page.status_code == 200
    assert page.context.get("confirm_form") is None, "a bad file cannot be confirmed"
    assert model.objects.count() == before
    return import_errors(page)


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_an_unknown_actor_is_an_error_on_its_row_and_column(analyst_client, known, kind):
    rows = [
        ["speaker", "date", "text"],
        ["Hamas", "2024-06-11", "First."],
        ["Hezbollah", "2024-06-12", "Second."],
    ]

    errors = refused(analyst_client, Statement, rows, kind)

    assert errors == [
        "Row 2 (line 3 of the file), column “speaker”: No actor is recorded as “Hezbollah”. "
        "Record new actors first (an actor sheet creates them)."
    ]


def test_an_unknown_participant_is_an_error_suggesting_the_close_names(analyst_client, known):
    rows = [["title", "date", "participants"], ["Talks", "2024-06-11", "Hamaz; Egypt"]]

    [error] = refused(analyst_client, Meeting, rows)

    assert error.startswith("Row 1 (line 2 of the file), column “participants”:")
    assert "No actor is recorded as “Hamaz”. Did you mean “Hamas”?" in error


def test_a_bad_date_is_an_error_on_its_row_and_column(analyst_client, known):
    rows = [["title", "date", "kind"], ["Strike", "31/05/2024", "military"]]

    errors = refused(analyst_client, Event, rows)

    assert errors == [
        "Row 1 (line 2 of the file), column “date”: “31/05/2024” is not a date: write it as "
        "YYYY-MM-DD, such as 2024-05-31."
    ]


def test_a_missing_required_column_is_named(analyst_client, known):
    rows = [["title", "kind"], ["Strike", "military"]]

    [error] = refused(analyst_client, Event, rows)

    assert error.startswith("The file has no column “date”, which events need.")


def test_an_unknown_column_is_named_rather_than_ignored(analyst_client, known):
    rows = [["title", "date", "partcipants"], ["Talks", "2024-06-11", "Hamas"]]

    [error] = refused(analyst_client, Meeting, rows)

    assert error.startswith("Unknown column “partcipants”. The columns for meetings are: title")


def test_the_models_own_rules_are_reported_on_their_column(analyst_client, known):
    rows = [["name", "latitude", "longitude"], ["Nowhere", 95, 10]]

    errors = refused(analyst_client, Location, rows)

    assert errors == [
        "Row 1 (line 2 of the file), column “latitude”: Latitude must be between -90 and 90."
    ]


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_a_near_duplicate_actor_is_refused_naming_the_candidates(analyst_client, known, kind):
    rows = [["name", "kind"], ["Hamaz", "armed_group"]]

    [error] = refused(analyst_client, Actor, rows, kind)

    assert error.startswith("Row 1 (line 2 of the file), column “name”: “Hamaz” may already be")
    assert "“Hamas”" in error
    assert "write yes in its confirm_new column" in error


def test_a_near_duplicate_actor_confirmed_as_new_is_created(analyst_client, analyst, known):
    rows = [["name", "kind", "confirm_new"], ["Hamaz", "armed_group", "yes"]]

    import_sheet(analyst_client, Actor, rows)

    assert created_by(Actor.objects.get(name="Hamaz"), analyst)


def test_an_actor_written_as_an_existing_alias_is_a_duplicate(analyst_client, known):
    rows = [["name", "kind"], ["Islamic Resistance Movement", "armed_group"]]

    [error] = refused(analyst_client, Actor, rows)

    assert "“Hamas”" in error


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_a_bad_row_in_the_middle_stores_nothing_at_all(analyst_client, known, kind):
    rows = [
        ["title", "date", "participants"],
        ["First talks", "2024-06-01", "Hamas"],
        ["Second talks", "2024-06-02", "Nobody at all"],
        ["Third talks", "2024-06-03", "Egypt"],
    ]

    errors = refused(analyst_client, Meeting, rows, kind)

    assert [error.split(":")[0] for error in errors] == [
        "Row 2 (line 3 of the file), column “participants”"
    ]
    assert not Meeting.objects.exists()
    assert not Participant.objects.exists()


def test_a_row_that_fails_on_confirmation_rolls_back_the_rows_before_it(analyst_client, known):
    """The preview passed, then the place of the middle row was deleted before the analyst
    confirmed: the confirmation stores none of the three meetings."""
    rows = [
        ["title", "date", "location", "participants"],
        ["First talks", "2024-06-01", "Cairo", "Hamas"],
        ["Second talks", "2024-06-02", "Doha", "Egypt"],
        ["Third talks", "2024-06-03", "Cairo", "Egypt"],
    ]
    page = preview(analyst_client, Meeting, rows)
    known["doha"].delete()

    done = confirm(analyst_client, Meeting, page)

    assert done.status_code == 200
    assert import_errors(done) == [
        "Row 2 (line 3 of the file), column “location”: No location is recorded as “Doha”."
    ]
    assert not Meeting.objects.exists()
    assert not Participant.objects.exists()


# Roles.


def test_a_viewer_sees_no_import_button_and_cannot_import(viewer_client, known):
    rows = [["name", "kind"], ["Amman", "city"]]

    listing = viewer_client.get(admin_url(Location, "changelist"))
    assert listing.status_code == 200
    assert admin_url(Location, "import") not in listing.content.decode()

    assert viewer_client.get(admin_url(Location, "import")).status_code == 403
    assert preview(viewer_client, Location, rows).status_code == 403
    assert not Location.objects.filter(name="Amman").exists()


@pytest.mark.parametrize("model", list(SHEETS), ids=lambda model: model.__name__)
def test_an_analyst_sees_the_import_button_with_the_columns(analyst_client, model):
    listing = analyst_client.get(admin_url(model, "changelist"))
    assert admin_url(model, "import") in listing.content.decode()

    page = analyst_client.get(admin_url(model, "import"))

    assert page.status_code == 200
    columns = dict(page.context["fields_list"])
    assert SHEETS[model][0][0][0].lower() in next(iter(columns.values()))


def test_an_admin_can_import_too(client, admin_user, known):
    client.force_login(admin_user)

    import_sheet(client, Location, [["name"], ["Amman"]])

    assert created_by(Location.objects.get(name="Amman"), admin_user)


def test_a_date_written_to_the_month_is_stored_at_month_precision(analyst_client, known):
    rows = [["title", "date", "kind"], ["Talks stall", "2024-05", "political"]]

    import_sheet(analyst_client, Event, rows)

    event = Event.objects.get(title="Talks stall")
    assert (event.date, event.date_precision) == (datetime.date(2024, 5, 1), "month")


def test_an_actor_listed_twice_in_a_meeting_is_an_error(analyst_client, known):
    rows = [["title", "date", "participants"], ["Talks", "2024-06-11", "Hamas; hamas (host)"]]

    errors = refused(analyst_client, Meeting, rows)

    assert errors == ["Row 1 (line 2 of the file), column “participants”: “Hamas” is listed twice."]


def test_confirming_twice_imports_once_and_says_so(analyst_client, known):
    page = preview(analyst_client, Location, [["name"], ["Amman"]])
    confirm(analyst_client, Location, page)

    again = confirm(analyst_client, Location, page)

    assert again.status_code == 302
    assert again.url == admin_url(Location, "import")
    assert Location.objects.filter(name="Amman").count() == 1


@pytest.mark.parametrize("chosen", ["", "9", "csv", "-1"])
def test_a_crafted_format_on_confirmation_is_refused_without_storing(analyst_client, known, chosen):
    page = preview(analyst_client, Location, [["name"], ["Amman"]])
    form = page.context["confirm_form"]

    answer = analyst_client.post(
        admin_url(Location, "process_import"), {**form.initial, "format": chosen}
    )

    assert answer.status_code == 302
    assert not Location.objects.filter(name="Amman").exists()


def test_a_file_that_is_not_a_spreadsheet_is_refused_on_the_form(analyst_client, known):
    upload = SimpleUploadedFile("sheet.xlsx", b"name\nAmman\n", "application/octet-stream")

    page = analyst_client.post(
        admin_url(Location, "import"),
        {"format": FORMATS["xlsx"], "resource": "0", "import_file": upload},
    )

    assert page.status_code == 200
    assert "while trying to read file" in str(page.context["form"].errors["import_file"])
    assert page.context.get("confirm_form") is None
    assert not Location.objects.filter(name="Amman").exists()
