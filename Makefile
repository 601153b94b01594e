# The two commands: `make run` (the demo on http://127.0.0.1:8000) and `make test` (the suite).
# Both prepare .venv first; `make install` alone does just that.

VENV := .venv
PYTHON := $(VENV)/bin/python
# Rewritten whenever the lock files change, so a second `make install` costs nothing.
INSTALL_STAMP := $(VENV)/.installed-from-lock
# The pinned, hash-checked dependencies (`make lock` writes both from pyproject.toml):
# the production set, and the production set plus the dev extra that `make install` installs.
LOCK := requirements.lock
DEV_LOCK := requirements-dev.lock
# The resolver behind `make lock`; pinned so that two people locking get the same file format.
UV_VERSION := 0.13.9
# The installer itself, pinned: the pip that `python3 -m venv` bundles (23.2 on Debian 12) wrongly
# takes the newest release for a dependency that asks for a pinned package with an extra
# (pytest-cov's coverage[toml]) and then refuses it in hash-checking mode.
PIP_VERSION := 26.3
UV_COMPILE := $(VENV)/bin/uv pip compile pyproject.toml --quiet --generate-hashes --universal \
	--python-version 3.11 --custom-compile-command "make lock"
CHROMIUM := /usr/bin/chromium
BROWSER_TEST_DIR := tests/browser

# pytest-xdist workers: one per core, at most four; PYTEST_WORKERS=0 runs in one process. An
# idle worker takes queued tests from a busy one (worksteal), so the few long tests (servers,
# backups, the schema fuzzing) do not leave one core idle at the end of a run.
PYTEST_WORKERS ?= auto
# The slowest tests are listed at the end of every run: CI must stay under 30 minutes, and the
# list says where its time goes.
PYTEST_OPTIONS := --numprocesses=$(PYTEST_WORKERS) --maxprocesses=4 --dist=worksteal \
	--durations=20 --durations-min=5
HOST ?= 127.0.0.1
PORT ?= 8000
# `make load`: how long, how many reader and writer threads, and where to write the figures.
LOAD_SECONDS ?= 60
LOAD_READERS ?= 4
LOAD_WRITERS ?= 2
LOAD_REPORT ?=

.PHONY: install install-python install-browser run test lint format lock lock-upgrade load bench

install: install-python install-browser

install-python: $(INSTALL_STAMP)

# pip is the last thing venv creates, so a half-made .venv is made again next time.
$(VENV)/bin/pip:
	@python3 -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
		|| { echo "The project needs Python 3.11 or newer as python3."; exit 1; }
	@echo "python3 -m venv $(VENV)"
	@python3 -m venv $(VENV) || { \
		echo "python3 -m venv failed; on Debian or Ubuntu: sudo apt-get install python3-venv"; \
		rm -rf $(VENV); exit 1; }

# Exactly the locked versions, each checked against its hash; then the project itself, whose
# dependencies the lock already holds. A pyproject.toml edited without `make lock` stops here.
$(INSTALL_STAMP): pyproject.toml $(LOCK) $(DEV_LOCK) | $(VENV)/bin/pip
	@python3 scripts/lockfile.py check $(LOCK) $(DEV_LOCK)
	$(PYTHON) -m pip install --quiet --disable-pip-version-check "pip==$(PIP_VERSION)"
	$(PYTHON) -m pip install --quiet --disable-pip-version-check --require-hashes -r $(DEV_LOCK)
	$(PYTHON) -m pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $(INSTALL_STAMP)

# Regenerates the lock files from pyproject.toml, keeping every pin that still satisfies it (so
# a relock after adding one dependency changes only what that needs). The dev lock is
# constrained by the production one: both install the same versions of what they share.
lock: | $(VENV)/bin/pip
	$(PYTHON) -m pip install --quiet --disable-pip-version-check "uv==$(UV_VERSION)"
	$(UV_COMPILE) -o $(LOCK)
	$(UV_COMPILE) --extra dev -c $(LOCK) -o $(DEV_LOCK)
	python3 scripts/lockfile.py stamp $(LOCK) $(DEV_LOCK)

# The same, moving every pin to the newest release pyproject.toml allows.
lock-upgrade: | $(VENV)/bin/pip
	rm -f $(LOCK) $(DEV_LOCK)
	$(MAKE) lock

# The browser tests drive Debian's Chromium; Playwright never downloads a browser here.
install-browser:
	@if [ -x $(CHROMIUM) ]; then \
		:; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		echo "Installing Debian's chromium for the browser tests"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; \
	else \
		echo "NOTE: $(CHROMIUM) is missing, so the browser tests cannot run."; \
		echo "      Install it with: sudo apt-get install chromium"; \
	fi
	@if [ -f $(BROWSER_TEST_DIR)/package.json ]; then \
		if ! command -v npm >/dev/null; then \
			echo "NOTE: npm is missing, so $(BROWSER_TEST_DIR) cannot install its packages."; \
			echo "      Install it with: sudo apt-get install npm"; \
		elif [ ! -d $(BROWSER_TEST_DIR)/node_modules ] \
			|| [ $(BROWSER_TEST_DIR)/package.json -nt $(BROWSER_TEST_DIR)/node_modules ]; then \
			echo "Installing the browser tests' npm packages"; \
			if [ -f $(BROWSER_TEST_DIR)/package-lock.json ]; then \
				npm ci --prefix $(BROWSER_TEST_DIR) --no-audit --no-fund; \
			else \
				npm install --prefix $(BROWSER_TEST_DIR) --no-audit --no-fund; \
			fi; \
			touch $(BROWSER_TEST_DIR)/node_modules; \
		fi; \
	fi

# The demo: SQLite beside manage.py unless DATABASE_URL says otherwise. Development mode stays on
# the loopback: another HOST is refused with the way to run production mode instead.
run: install-python
	@$(PYTHON) manage.py check_serving_address "$(HOST)"
	$(PYTHON) manage.py migrate --noinput
	$(PYTHON) manage.py createcachetable
	$(PYTHON) manage.py load_demo
	$(PYTHON) manage.py ensure_admin
	@echo
	@echo "Negotiation tracker on http://$(HOST):$(PORT)/"
	@echo "  the site:      http://$(HOST):$(PORT)/"
	@echo "  the admin:     http://$(HOST):$(PORT)/admin/"
	@echo "  the API docs:  http://$(HOST):$(PORT)/api/docs/"
	@echo "Stop it with Ctrl-C."
	@echo
	$(PYTHON) manage.py runserver $(HOST):$(PORT)

# The whole suite; with DATABASE_URL pointing at PostgreSQL it runs against PostgreSQL.
# pytest's exit status 5 means it collected no tests: reported, and a failure like any other.
test: install
	@echo "$(PYTHON) -m pytest $(PYTEST_OPTIONS) $(PYTEST_ARGS)"
	@status=0; $(PYTHON) -m pytest $(PYTEST_OPTIONS) $(PYTEST_ARGS) || status=$$?; \
	if [ $$status = 5 ]; then echo "make test: pytest collected no tests; that is a failure."; fi; \
	exit $$status

# The production server (gunicorn, PostgreSQL: a database of its own on the server DATABASE_URL
# names, else postgres@127.0.0.1:5432) under readers and writers at once; fails on any error
# or lost write. See docs/reliability-operations.md.
load: install-python
	$(PYTHON) scripts/load.py --seconds $(LOAD_SECONDS) --readers $(LOAD_READERS) \
		--writers $(LOAD_WRITERS) $(if $(LOAD_REPORT),--report $(LOAD_REPORT))

lint: install-python
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(PYTHON) manage.py makemigrations --check --dry-run

format: install-python
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

# The benchmark (bench/runner.py) on PostgreSQL: scale 100 (a million statements) by default,
# interleaved with the same operations at scale 1 (`growth`), writing bench/results.json;
# `make bench QUICK=1` at scale 1 with few rounds, writing bench/results-quick.json.
# BENCH_DATABASE_URL picks the database; BENCH_ARGS adds options (--rounds N, --no-memory).
bench: install-python
	$(PYTHON) -m bench.runner $(if $(QUICK),--quick,--compare-scale 1) $(BENCH_ARGS)
