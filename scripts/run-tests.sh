#!/usr/bin/env bash
# Runs the test suite against a real Secret Service keyring: `make test` runs it all (with
# pytest-xdist workers); give pytest arguments to run part of it:
#   scripts/run-tests.sh -q tests/test_ledger.py
# Started by `make test`, which has already made .venv and installed the Debian packages.
# Starts a private D-Bus session and gnome-keyring, with a throw-away XDG_DATA_HOME so
# runs never share a keyring file, and stops that keyring again at the end. With workers
# (-n), each worker starts a session and keyring of its own (tests/worker_keyring.py):
# gnome-keyring loses calls when two clients use it at once.
set -euo pipefail
cd "$(dirname "$0")/.."
export HAT_TEST_HOME
HAT_TEST_HOME="$(mktemp -d -t hat-test-XXXXXX)"
trap 'rm -rf "$HAT_TEST_HOME" 2>/dev/null || { sleep 1; rm -rf "$HAT_TEST_HOME"; } || true' EXIT
export XDG_DATA_HOME="$HAT_TEST_HOME/xdg-data"
export XDG_CONFIG_HOME="$HAT_TEST_HOME/xdg-config"
export XDG_CACHE_HOME="$HAT_TEST_HOME/xdg-cache"
export XDG_STATE_HOME="$HAT_TEST_HOME/xdg-state"
export XDG_RUNTIME_DIR="$HAT_TEST_HOME/xdg-runtime"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_STATE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
export QT_QPA_PLATFORM=offscreen
# Bytecode on (__pycache__ is git-ignored): with PYTHONDONTWRITEBYTECODE set, as some shells
# set it, every process of the run (the workers, and the hundreds of CLI, writer and window
# children the tests start) compiles the whole app again: half a second of CPU each.
unset PYTHONDONTWRITEBYTECODE

set +e
dbus-run-session -- bash -c '
  printf "hat-test-keyring" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  .venv/bin/python -m pytest "$@"
  rc=$?
  # The keyring daemon of this session (found through the bus) must not outlive it.
  pid=$(dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.GetConnectionUnixProcessID string:org.freedesktop.secrets \
        2>/dev/null | awk "/uint32/ {print \$2}")
  if [ -n "$pid" ] && kill "$pid" 2>/dev/null; then
    for _ in 1 2 3 4 5 6 7 8 9 10; do  # until it is gone (or a zombie: it wrote its last)
      grep -qs "^State:[[:space:]]*[^Z]" "/proc/$pid/status" || break
      sleep 0.2
    done
  fi
  exit "$rc"
' bash "$@" 2> >(grep -v "Failed to set fd limit" >&2)
rc=$?
set -e
if [ "$rc" -eq 5 ]; then
  echo "pytest collected no tests: that is a failure." >&2
  exit 1
fi
exit "$rc"
