"""What a person does in the browser, one step at a time, shared by the browser tests."""

import datetime
import re

from django.conf import settings
from django.shortcuts import resolve_url
from playwright.sync_api import Page, expect

from tests.factories import PASSWORD


def log_in(page: Page, live_server, user) -> None:
    """Sign in through the site's own login form, as a person would."""
    login_path = resolve_url(settings.LOGIN_URL)
    page.goto(live_server.url + login_path)
    page.get_by_label("Username").fill(user.username)
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_label("Password", exact=True).press("Enter")
    # The login page redirects on success and shows itself again on failure.
    expect(page).not_to_have_url(re.compile(re.escape(login_path)))


def response_board_cell(page: Page, respondent: str, column: re.Pattern):
    """The cell of the response board in `respondent`'s row under the header matching `column`."""
    board = page.locator("#response-board")
    expect(board).to_be_visible()
    headers = [header.strip() for header in board.locator("thead th").all_inner_texts()]
    matching = [index for index, header in enumerate(headers) if column.search(header)]
    assert matching, f"no column {column.pattern!r} on the response board; headers: {headers}"
    row = board.locator("tbody tr").filter(has=page.locator("th[scope=row]", has_text=respondent))
    expect(row).to_have_count(1)
    return row.locator("th, td").nth(matching[0])


def days_text(days: int) -> re.Pattern:
    """A count of days as a page may print it: "908", "1,208", optionally followed by "days"."""
    numbers = "|".join(re.escape(text) for text in {str(days), f"{days:,}"})
    return re.compile(rf"^\s*({numbers})(\s+days?)?\s*$")


def submit_as_of_form(page: Page) -> None:
    page.locator(
        "#as-of-form button:not([type=button]):not([type=reset]), #as-of-form input[type=submit]"
    ).first.click()


def expect_date_in_force(page: Page, day: datetime.date) -> None:
    """The date in force is visible (in digits or in words) and, where it is a <time>, its
    machine-readable date is that day too."""
    in_force = page.locator("#as-of-in-force")
    ways_to_write = [
        day.isoformat(),
        f"{day.day} {day:%B %Y}",
        f"{day.day} {day:%b %Y}",
        f"{day:%B} {day.day}, {day.year}",
    ]
    expect(in_force).to_contain_text(re.compile("|".join(map(re.escape, ways_to_write))))
    times = in_force.locator("xpath=self::time | .//time")
    for index in range(times.count()):
        expect(times.nth(index)).to_have_attribute("datetime", day.isoformat())


def choose_in_autocomplete(page: Page, field_id: str, search: str, option: str) -> None:
    """Pick `option` in the admin's autocomplete (select2) widget of the <select id=field_id>:
    click it, type, and choose among the results the server sends back."""
    widget = page.locator(f"#{field_id} + .select2")
    assert widget.count() == 1, f"#{field_id} is not an autocomplete (select2) widget in the admin"
    widget.locator(".select2-selection").click()
    # Single selects open a search box in the dropdown, multiple selects type inline; either
    # way the focus is in the search field once the widget opens.
    page.keyboard.type(search)
    page.locator(
        ".select2-container--open .select2-results__option:not(.loading-results)",
        has_text=option,
    ).first.click()
    expect(widget.locator(".select2-selection")).to_contain_text(option)
