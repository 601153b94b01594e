"""Addresses the page tests share; the worked example itself is the `gaza` fixture in
tests/conftest.py."""

from negotiations.demo.article import PROCESS

# The process's page, as the tests address it.
PROCESS_URL = f"/processes/{PROCESS['slug']}/"
