# The CNN course. `make demo` runs the instructor pipeline end to end; `make test` runs the suite.
# Every target creates .venv first when it is missing or older than requirements.txt.

PYTHON ?= $(shell command -v python3.11 2>/dev/null || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
READY  := $(VENV)/.ready
PYTEST := $(BIN)/python -m pytest
NBVAL  := --nbval  # the sanitizer file is in pyproject.toml's pytest options
JOBS   ?= 2

.PHONY: setup sandbox browser demo test test-fast lab formgrader release execute validate durations grade benchmark clean

setup: $(READY)

# A stale venv (requirements changed) is rebuilt from scratch so it holds exactly what is pinned.
$(READY): requirements.txt pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 11) else "course: Python 3.11 is required, $(PYTHON) is " + sys.version.split()[0])'
	@if [ -e $(VENV) ]; then echo "course: .venv is older than requirements.txt; rebuilding it"; rm -rf $(VENV); fi
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	@# jupyter-events pulls in rfc3987-syntax, an optional jsonschema extra whose IRI grammar is built on import:
	@# 0.9 s in every process that imports nbformat (the grader, each nbgrader run). Nothing here validates IRIs.
	$(BIN)/python -m pip uninstall --quiet --yes rfc3987-syntax
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	@$(MAKE) --no-print-directory sandbox
	@touch $@

# Grading runs student code inside bubblewrap where it can; without it, it falls back to the guard alone.
# Installed here only when we are root on a Debian-like machine; anyone else gets one line saying how.
sandbox:
	@command -v bwrap >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq bubblewrap >/dev/null 2>&1 || \
	    { apt-get update -qq >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq bubblewrap >/dev/null 2>&1; } || \
	    echo "course: could not install bubblewrap; grading will use the in-process guard alone (see README)"; \
	  else echo "course: bubblewrap (bwrap) is not installed; grading will use the in-process guard alone." \
	    "Install it for the full sandbox: sudo apt-get install bubblewrap"; fi; }

# The browser tests drive Debian's Chromium; installed here when we are root on a Debian-like machine, else skipped.
browser:
	@{ command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; } || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null 2>&1 || \
	    { apt-get update -qq >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null 2>&1; } || \
	    echo "course: could not install chromium; the browser tests will be skipped"; \
	  else echo "course: chromium and chromedriver are not installed; the browser tests will be skipped." \
	    "Install them for the full suite: sudo apt-get install chromium chromium-driver"; fi; }

demo: $(READY)
	$(BIN)/python -m course demo

# The whole suite: package unit tests, nbval over source/, release sync, nbgrader round trips, mutants.
# One torch thread per kernel: with one pytest worker per core, more threads only fight each other.
test: $(READY) browser
	@start=$$(date +%s); \
	OMP_NUM_THREADS=1 $(PYTEST) -n $(JOBS) --dist loadgroup --no-loadscope-reorder --durations=15 $(NBVAL) tests source; status=$$?; \
	echo "make test: $$(( $$(date +%s) - start )) s"; exit $$status

# The inner loop: everything but the slow nbgrader round trips.
test-fast: $(READY)
	OMP_NUM_THREADS=1 $(PYTEST) -n $(JOBS) --dist loadgroup --no-loadscope-reorder -m "not slow" tests

# A student's lab on student/ (a working copy of release/, created once, never overwritten; new notebooks are
# added), without the instructor tools; the instructor's lab with the Formgrader. Options: make lab LAB_ARGS="--port 9999"
lab: $(READY)
	$(BIN)/python -m course lab $(LAB_ARGS)

formgrader: $(READY)
	$(BIN)/python -m course formgrader $(LAB_ARGS)

release: $(READY)
	$(BIN)/python -m course release

execute: $(READY)
	$(BIN)/python -m course execute

# nbval over source/; on a GPU machine: COURSE_DEVICE=cuda make validate
validate: $(READY)
	$(BIN)/python -m course validate

durations: $(READY)
	$(BIN)/python -m course validate --durations

grade: $(READY)
	@test -n "$(MODULE)" || { echo "usage: make grade MODULE=m01_foundations"; exit 2; }
	$(BIN)/python -m course grade $(MODULE) --report grading-report.json

benchmark: $(READY)
	$(BIN)/python benchmarks/notebook_times.py --repeat 2 --readme

clean:
	rm -rf .demo gradebook.db submitted feedback grades.csv grading-report.json reports .jupyter course-handout.zip  # never student/: a student's own work
	find autograded -mindepth 1 ! -name README.md -exec rm -rf {} +
