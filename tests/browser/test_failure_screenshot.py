"""A failing browser test leaves a screenshot and says where: proved by running a failing and a
passing browser test in a separate pytest, with this folder's conftest as their plugin."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPOSITORY = Path(__file__).resolve().parents[2]

SELF_TEST_CONFTEST = """
from tests.browser.conftest import browser, page, pytest_runtest_makereport  # noqa: F401
"""

SELF_TESTS = """
def test_a_heading_that_is_not_there(page):
    page.set_content("<h1>The page as it stood</h1>")
    assert page.locator("h1").inner_text() == "Another heading"


def test_a_heading_that_is_there(page):
    page.set_content("<h1>The page as it stood</h1>")
    assert page.locator("h1").inner_text() == "The page as it stood"
"""

pytestmark = pytest.mark.browser


def test_a_failing_browser_test_saves_a_screenshot_and_says_where(tmp_path):
    (tmp_path / "pytest.ini").write_text("[pytest]\n")
    (tmp_path / "conftest.py").write_text(SELF_TEST_CONFTEST)
    (tmp_path / "test_self.py").write_text(SELF_TESTS)
    # Only this folder's conftest as a plugin: no Django, no database, a fast start.
    environment = {
        **os.environ,
        "PYTHONPATH": str(REPOSITORY),
        "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1",
    }

    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider"],
        cwd=tmp_path,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )

    output = run.stdout + run.stderr
    assert run.returncode == 1, output
    assert "1 failed, 1 passed" in output, output
    screenshot = tmp_path / "test-artifacts" / "test_a_heading_that_is_not_there.png"
    assert screenshot.read_bytes().startswith(b"\x89PNG\r\n\x1a\n"), output
    assert f"screenshot of the failing page saved to {screenshot}" in output
    assert not (tmp_path / "test-artifacts" / "test_a_heading_that_is_there.png").exists()
