"""Browser tests: Playwright for Python drives Debian's Chromium against the live test server.

The browser is never downloaded: it is the distribution's package at /usr/bin/chromium. A test
that fails in the browser leaves a screenshot in test-artifacts/<test name>.png.
"""

import io
import os
import re
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

# Playwright's sync API keeps an asyncio event loop running in the test thread, and Django
# refuses ORM calls from a thread with a running event loop (SynchronousOnlyOperation). Every
# database call these tests make is still synchronous and made between browser steps, never
# concurrently with the loop's own work, so telling Django to allow them is safe here.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    # Containers and CI runners have no user namespaces for Chromium's sandbox.
    "--no-sandbox",
    "--disable-gpu",
    # The network is closed: no update checks, sync or other background traffic.
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
# Long enough for a slow CI runner, short enough that a missing element fails the run quickly.
STEP_TIMEOUT_MS = 10_000
ARTIFACTS_DIR_NAME = "test-artifacts"


@pytest.fixture(scope="session")
def browser():
    """One Chromium for the whole session; each test gets a fresh context (cookies, storage)."""
    # Failing, never skipping: a run without the browser must not look like a passing run.
    if not CHROMIUM.exists():
        pytest.fail(
            f"Chromium is missing at {CHROMIUM}. The browser tests drive Debian's Chromium; "
            "install it with `apt-get update && apt-get install -y chromium` "
            "(never `playwright install`).",
            pytrace=False,
        )
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    # A fixed locale and time zone so that date inputs take keystrokes in one known order.
    context = browser.new_context(
        locale="en-US", timezone_id="UTC", viewport={"width": 1280, "height": 900}
    )
    context.set_default_timeout(STEP_TIMEOUT_MS)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def demo_data(transactional_db):
    """The worked example (the AFP article of 2024-06-10), as `make run` loads it."""
    from django.core.management import call_command

    call_command("load_demo", stdout=io.StringIO())


def screenshot_path(artifacts_dir: Path, test_name: str) -> Path:
    safe_name = re.sub(r"[^A-Za-z0-9_.-]+", "_", test_name).strip("_")
    return artifacts_dir / f"{safe_name}.png"


def save_screenshot(page, artifacts_dir: Path, test_name: str) -> Path:
    path = screenshot_path(artifacts_dir, test_name)
    path.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(path), full_page=True)
    return path


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    """When a test that used the browser fails, keep a picture of the page and say where it is."""
    report = yield
    page = item.funcargs.get("page") if hasattr(item, "funcargs") else None
    # Setup counts too: a fixture that signs in through the browser can fail there.
    if report.when in ("setup", "call") and report.failed and page is not None:
        artifacts_dir = Path(item.config.rootpath) / ARTIFACTS_DIR_NAME
        try:
            path = save_screenshot(page, artifacts_dir, item.name)
        except Exception as error:  # A crashed page must not hide the test's own failure.
            message = f"could not save a screenshot: {error}"
        else:
            message = f"screenshot of the failing page saved to {path} (url: {page.url})"
        report.sections.append(("browser screenshot", message))
    return report
