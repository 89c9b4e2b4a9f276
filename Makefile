# Facilitator: `make run` starts the app, `make test` runs every check headless.
# Both create .venv and install what they need first.

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
APP_STAMP := $(VENV)/.installed-app

.PHONY: run test check lint typecheck contracts pytest benchmark benchmark-export translations clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# The app alone for `make run`; the app with its test tools for everything else.
$(APP_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $@ $(APP_STAMP)

run: $(APP_STAMP)
	$(BIN)/facilitator $(ARGS)

test: $(STAMP) check pytest

check: lint typecheck contracts

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

contracts: $(STAMP)
	$(BIN)/lint-imports

pytest: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

benchmark: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/board.py

# Exporting a 1,000-note session to every format, and to all of them in one ZIP.
benchmark-export: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/export.py

# Refresh the .ts sources from the code, then compile them to .qm.
# English is the source language: its catalogue only spells out plural forms.
# lupdate finds nothing when given folders, so it gets the file list.
SOURCES = $(shell find facilitator ui -name '*.py' | sort)
LUPDATE = $(BIN)/pyside6-lupdate $(SOURCES) -no-obsolete -locations none
translations: $(STAMP)
	$(LUPDATE) -ts resources/translations/facilitator_fi.ts resources/translations/facilitator_sv.ts
	$(LUPDATE) -pluralonly -ts resources/translations/facilitator_en.ts
	for ts in resources/translations/*.ts; do \
		$(BIN)/pyside6-lrelease -silent $$ts -qm $${ts%.ts}.qm; done

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
