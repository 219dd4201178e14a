# Two commands on a fresh machine: `make demo` and `make test`.
# Each creates the virtual environment it needs (.venv) and installs the kit into it.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test bench release clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

## Grade the bundled examples: the reference solutions, the blank stubs and a few students.
demo: $(STAMP)
	$(BIN)/nnkit grade solutions exercises examples/*/ --verbose

## The kit's own tests.
test: $(STAMP)
	$(BIN)/python -m pytest -q

## Timings (not part of the tests).
bench: $(STAMP)
	$(BIN)/python bench/bench_grade.py

## Regenerate exercises/ from solutions/.
release: $(STAMP)
	$(BIN)/nnkit release

clean:
	rm -rf $(VENV)
