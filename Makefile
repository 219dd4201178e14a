# Two commands on a fresh machine: `make demo` and `make test`.
# Each creates the virtual environment it needs (.venv) and installs the kit into it.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test bench release clean sandbox-tools

## bubblewrap hides the course from student code; without it nnkit falls back to weaker walls.
sandbox-tools:
	@command -v bwrap >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq bubblewrap >/dev/null; \
	  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then \
	    sudo apt-get update -qq && sudo apt-get install -y -qq bubblewrap >/dev/null; \
	  fi; } || true
	@command -v bwrap >/dev/null 2>&1 || echo "note: bubblewrap is not installed; student code runs with weaker isolation (see README, Security model)"

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

## Grade the bundled examples: the reference solutions, the blank stubs and a few students.
demo: $(STAMP) sandbox-tools
	$(BIN)/nnkit grade solutions exercises examples/*/ --verbose
	@# A student's kit, without the answers, and its own nnkit checking one bundled example there.
	@handout=$$(mktemp -d)/student && $(BIN)/nnkit handout $$handout && \
	  cd $$handout && PYTHONPATH=kit $(CURDIR)/$(BIN)/python -m autograder.cli check $(CURDIR)/examples/ada; \
	  rm -rf $$(dirname $$handout)

## The kit's own tests.
test: $(STAMP) sandbox-tools
	$(BIN)/python -m pytest -q

## Timings (not part of the tests).
bench: $(STAMP)
	$(BIN)/python bench/bench_grade.py
	$(BIN)/python bench/bench_sandbox.py
	$(BIN)/python bench/bench_class.py

## Regenerate exercises/ from solutions/.
release: $(STAMP)
	$(BIN)/nnkit release

clean:
	rm -rf $(VENV)
