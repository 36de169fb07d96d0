# The two commands a new user needs: `make demo` and `make test`. Both create .venv when missing.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test install bench package clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

## Start the desktop app on the bundled demo data
demo: $(STAMP)
	$(BIN)/undertow --demo

## Lint (ruff), type-check (mypy), then run the whole test suite headless (offscreen Qt)
test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

## Frozen desktop build (PyInstaller one-folder + tarball) in dist/
package: $(STAMP)
	bash packaging/build.sh

## Print the speed figures (one JSON line per benchmark)
bench: $(STAMP)
	@for b in bench/*.py; do QT_QPA_PLATFORM=offscreen $(BIN)/python $$b; done

include resources/i18n/translations.mk

clean:
	rm -rf $(VENV) build dist *.egg-info
