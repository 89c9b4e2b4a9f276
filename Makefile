# Facilitator: `make run` starts the app, `make test` runs every check headless.
# Both create .venv and install what they need first.

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
APP_STAMP := $(VENV)/.installed-app
DIST_STAMP := $(VENV)/.installed-dist

.PHONY: run test check lint typecheck contracts pytest benchmark benchmark-export soak fuzz translations dist screenshots accessibility clean

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

# 500 phones posting and voting against `facilitator serve` for 10 minutes:
# errors, p95 latency and the server's memory (docs/reliability.md). ARGS="--minutes 3".
soak: $(STAMP)
	$(BIN)/python benchmarks/soak.py $(ARGS)

# The participant API fuzzed for longer than CI does, every request printed. ARGS="--examples 500".
fuzz: $(STAMP)
	$(BIN)/python scripts/fuzz_api.py $(ARGS)

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

# The one-folder bundle (docs/bundle.md): dist/Facilitator-<version>/ with the
# desktop app and facilitator-cli. FACILITATOR_BUILD_DEBUG=1 builds it for debugging.
$(DIST_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[dist]"
	touch $@ $(APP_STAMP)

DIST_DIR = dist/Facilitator-$(shell $(PYTHON) -c 'import facilitator; print(facilitator.__version__)')
dist: $(DIST_STAMP)
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller build.spec
	@du -sh $(DIST_DIR)

# The README's pictures (docs/images/), from the real app: needs Debian's chromium.
screenshots: $(STAMP)
	$(BIN)/python scripts/screenshots.py

# What axe-core finds on the phone page, state by state (en, fi, sv; phone and desktop width).
accessibility: $(STAMP)
	$(BIN)/python scripts/check_accessibility.py

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
