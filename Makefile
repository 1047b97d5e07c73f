# Two commands do all set-up on a fresh Debian/Ubuntu machine:
#   make run    installs what is missing, then opens HAT Desktop
#   make test   installs what is missing, then runs the whole test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test demo bundle bench lint screenshots venv

$(BIN)/python:
	$(PYTHON) -m venv $(VENV) || (scripts/debian-deps.sh run && $(PYTHON) -m venv $(VENV))
	$(BIN)/python -m pip install -q --upgrade pip

venv: $(BIN)/python

run: venv
	scripts/debian-deps.sh run
	$(BIN)/pip install -q .
	$(BIN)/hat-desktop $(ARGS)

demo: venv
	scripts/debian-deps.sh run
	$(BIN)/pip install -q .
	$(BIN)/hat-desktop --demo

test: venv
	scripts/debian-deps.sh test
	$(BIN)/pip install -q -e '.[test]'
	scripts/run-tests.sh $(ARGS)

lint: venv
	$(BIN)/pip install -q -e '.[test]'
	$(BIN)/ruff check hat_desktop tests bench
	$(BIN)/mypy

bench: venv
	scripts/debian-deps.sh test
	$(BIN)/pip install -q -e '.[test]'
	dbus-run-session -- sh -c 'printf bench | gnome-keyring-daemon --unlock --components=secrets >/dev/null; for b in bench/bench_*.py; do QT_QPA_PLATFORM=offscreen $(BIN)/python $$b || exit 1; done'

bundle: venv
	scripts/debian-deps.sh bundle
	$(BIN)/pip install -q -e '.[build]'
	$(BIN)/pyinstaller --noconfirm --clean build.spec
