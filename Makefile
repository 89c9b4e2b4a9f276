# Facilitator: `make run` starts the app, `make test` runs every check headless.
# Both create .venv and install what they need first.

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TS_FILES := $(wildcard resources/translations/*.ts)

.PHONY: run test check lint typecheck contracts pytest benchmark translations clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $@

run: $(STAMP)
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

# Refresh the .ts sources from the code, then compile them to .qm.
translations: $(STAMP)
	$(BIN)/pyside6-lupdate facilitator ui -extensions py -no-obsolete -locations none \
		-ts resources/translations/facilitator_fi.ts resources/translations/facilitator_sv.ts \
		resources/translations/facilitator_en.ts
	for ts in $(TS_FILES); do $(BIN)/pyside6-lrelease -silent $$ts -qm $${ts%.ts}.qm; done

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
