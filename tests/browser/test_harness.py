"""The browser tests' own harness: a failing browser test leaves a screenshot and says where, and
a machine without Chromium fails the browser tests with the way to install it. Proved by running
small browser tests in a separate pytest that uses this folder's conftest as its plugin."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPOSITORY = Path(__file__).resolve().parents[2]

HARNESS_CONFTEST = """
from tests.browser.conftest import browser, page, pytest_runtest_makereport  # noqa: F401
"""

HARNESS_WITHOUT_CHROMIUM_CONFTEST = """
from pathlib import Path

import tests.browser.conftest as harness
from tests.browser.conftest import browser, page, pytest_runtest_makereport  # noqa: F401

harness.CHROMIUM = Path("/nonexistent/chromium")
"""

HEADING_TESTS = """
def test_a_heading_that_is_not_there(page):
    page.set_content("<h1>The page as it stood</h1>")
    assert page.locator("h1").inner_text() == "Another heading"


def test_a_heading_that_is_there(page):
    page.set_content("<h1>The page as it stood</h1>")
    assert page.locator("h1").inner_text() == "The page as it stood"
"""

pytestmark = pytest.mark.browser


def run_pytest(directory: Path, conftest: str, tests: str) -> tuple[int, str]:
    (directory / "pytest.ini").write_text("[pytest]\n")
    (directory / "conftest.py").write_text(conftest)
    (directory / "test_headings.py").write_text(tests)
    # Only this folder's conftest as a plugin: no Django, no database, a fast start.
    environment = {
        **os.environ,
        "PYTHONPATH": str(REPOSITORY),
        "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1",
    }
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-rA"],
        cwd=directory,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    return run.returncode, run.stdout + run.stderr


def test_a_failing_browser_test_saves_a_screenshot_and_says_where(tmp_path):
    status, output = run_pytest(tmp_path, HARNESS_CONFTEST, HEADING_TESTS)

    assert status == 1, output
    assert "1 failed, 1 passed" in output, output
    screenshot = tmp_path / "test-artifacts" / "test_a_heading_that_is_not_there.png"
    assert screenshot.read_bytes().startswith(b"\x89PNG\r\n\x1a\n"), output
    assert f"screenshot of the failing page saved to {screenshot}" in output
    assert not (tmp_path / "test-artifacts" / "test_a_heading_that_is_there.png").exists()


def test_without_chromium_the_browser_tests_fail_and_say_how_to_install_it(tmp_path):
    status, output = run_pytest(tmp_path, HARNESS_WITHOUT_CHROMIUM_CONFTEST, HEADING_TESTS)

    assert status == 1, output
    assert "2 errors" in output, output
    assert "skipped" not in output, output
    assert "Chromium is missing at /nonexistent/chromium" in output
    assert "apt-get update && apt-get install -y chromium" in output
    assert not (tmp_path / "test-artifacts").exists()
