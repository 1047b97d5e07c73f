# Two commands do all set-up on a fresh Debian/Ubuntu machine:
#   make run    installs what is missing, then opens HAT Desktop
#   make test   installs what is missing, then runs the lint and the whole test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# pip with its warnings hidden and its exit status kept, so that a failed install fails the
# target. The build backend's Python warnings (setuptools' boxes: the licence deprecation, the
# editable install) are turned off at their source, whole boxes (a grep for "warning" left
# their bodies, which read as errors to a newcomer); pip's own WARNING lines are filtered out.
# /bin/sh (dash) has no pipefail, hence bash; grep finding nothing to print is no failure.
QUIET_PIP = PYTHONWARNINGS=ignore bash -o pipefail -c '"$$0" "$$@" 2>&1 | { grep -v -i warning || true; }'

.PHONY: run demo test lint bench bundle screenshots forms

$(BIN)/python:
	$(PYTHON) -m venv $(VENV) || (scripts/debian-deps.sh run && rm -rf $(VENV) && $(PYTHON) -m venv $(VENV))
	$(BIN)/python -m pip install -q --upgrade pip

# Reinstall only when the project's metadata changed (the stamps sit in .venv).
$(VENV)/.installed-app: $(BIN)/python pyproject.toml setup.py
	$(QUIET_PIP) $(BIN)/pip install -q .
	$(BIN)/python -c "import hat_desktop.gui.app"
	touch $@

# --no-compile: byte-compiling all ~5,000 modules of the dependencies costs ~20 s of CPU at
# each fresh install (CI); the test run compiles, once, only what it imports.
$(VENV)/.installed-dev: $(BIN)/python pyproject.toml setup.py
	$(QUIET_PIP) $(BIN)/pip install -q --no-compile -e '.[test,build]'
	$(BIN)/python -c "import hat_desktop, pytest, pytestqt, PyInstaller"
	touch $@

run: $(BIN)/python
	scripts/debian-deps.sh run
	$(MAKE) --no-print-directory $(VENV)/.installed-app
	$(BIN)/hat-desktop $(ARGS)

demo: $(BIN)/python
	scripts/debian-deps.sh run
	$(MAKE) --no-print-directory $(VENV)/.installed-app
	$(BIN)/hat-desktop --demo

# The lint first (a build with lint errors fails), then the tests, TEST_WORKERS at once.
TEST_WORKERS ?= auto
test: $(BIN)/python
	scripts/debian-deps.sh test
	$(MAKE) --no-print-directory $(VENV)/.installed-dev
	$(MAKE) --no-print-directory lint
	scripts/run-tests.sh -n $(TEST_WORKERS) --dist worksteal $(ARGS)

# After editing a form in Qt Designer: compile ui/*.ui into hat_desktop/gui/forms/.
forms: $(BIN)/python
	$(MAKE) --no-print-directory $(VENV)/.installed-dev
	$(BIN)/python scripts/compile_forms.py

lint: $(BIN)/python
	$(MAKE) --no-print-directory $(VENV)/.installed-dev
	$(BIN)/ruff check hat_desktop tests bench
	$(BIN)/mypy
	PYTHONPATH=. $(BIN)/lint-imports --no-cache

bench: $(BIN)/python
	scripts/debian-deps.sh test
	$(MAKE) --no-print-directory $(VENV)/.installed-dev
	for b in bench/bench_*.py; do QT_QPA_PLATFORM=offscreen scripts/with-keyring.sh $(BIN)/python $$b || exit 1; done

screenshots: $(BIN)/python
	scripts/debian-deps.sh test
	$(MAKE) --no-print-directory $(VENV)/.installed-dev
	QT_QPA_PLATFORM=offscreen scripts/with-keyring.sh $(BIN)/python scripts/screenshots.py docs

bundle: $(BIN)/python
	scripts/debian-deps.sh bundle
	$(MAKE) --no-print-directory $(VENV)/.installed-dev
	$(BIN)/pyinstaller --noconfirm --clean build.spec
