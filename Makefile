# Two commands on a fresh Linux machine: `make run` and `make test`.
# Each creates .venv with Python 3.12+ when needed and installs the project into it.

VENV := .venv
STAMP := $(VENV)/.installed
# `make dist` builds in its own venv: the app is frozen from an installed wheel, not the checkout.
DIST_VENV := build/venv-dist
DIST_STAMP := $(DIST_VENV)/.installed
# The first interpreter found that is 3.12 or newer (pyenv installs count).
PY_CANDIDATES := python3.13 python3.12 $(wildcard $(HOME)/.pyenv/versions/3.1[2-9]*/bin/python3) python3
PYTHON := $(firstword $(foreach p,$(PY_CANDIDATES),$(shell $(p) -c 'import sys; sys.exit(sys.version_info < (3, 12))' >/dev/null 2>&1 && echo $(p))))

.PHONY: run test dist dist-smoke fuzz system-deps bench translations clean

$(STAMP): pyproject.toml
	@test -n "$(PYTHON)" || { echo "Casefile needs Python 3.12 or newer; none was found." >&2; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/python -m pip install --quiet --upgrade pip
	$(VENV)/bin/python -m pip install --quiet -e ".[dev]"
	@touch $(STAMP)

run: $(STAMP)
	$(VENV)/bin/casefile

test: $(STAMP) system-deps
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/python -m pytest -q
	$(MAKE) dist-smoke

$(DIST_STAMP): pyproject.toml
	@test -n "$(PYTHON)" || { echo "Casefile needs Python 3.12 or newer; none was found." >&2; exit 1; }
	$(PYTHON) -m venv $(DIST_VENV)
	$(DIST_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(DIST_VENV)/bin/python -m pip install --quiet ".[dist]"
	@touch $(DIST_STAMP)

# The app for this machine, in dist/: the wheel, the one-folder app dist/Casefile (two
# executables: the window, Casefile, and the command line, casefile) and on Linux a tarball
# with a menu entry, AppStream metadata and icons (packaging/build.py).
dist: $(DIST_STAMP)
	$(DIST_VENV)/bin/python packaging/build.py

# Builds the app, then runs the frozen executables from a folder outside the checkout.
dist-smoke: $(STAMP) dist
	CASEFILE_DIST=$(CURDIR)/dist QT_QPA_PLATFORM=offscreen \
	  $(VENV)/bin/python -m pytest -q tests/frozen

# The fuzz tests with many more examples than CI runs (minutes, not seconds).
fuzz: $(STAMP)
	CASEFILE_FUZZ_EXAMPLES=5000 $(VENV)/bin/python -m pytest -q -m fuzz

bench: $(STAMP)
	$(VENV)/bin/python bench/vault_bench.py

# Picks up new interface strings into resources/translations/*.ts and recompiles the .qm files.
translations: $(STAMP)
	$(VENV)/bin/python tools/update_translations.py

# pdftoppm renders report pages in one test; installed when this machine allows it.
system-deps:
	@command -v pdftoppm >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    (apt-get update -qq && apt-get install -y -qq poppler-utils >/dev/null) \
	      || echo "note: poppler-utils could not be installed; one test will be skipped"; \
	  else echo "note: pdftoppm (poppler-utils) is missing; one test will be skipped"; fi; }

clean:
	rm -rf $(VENV) build dist *.egg-info
