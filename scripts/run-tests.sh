#!/usr/bin/env bash
# Runs the whole test suite against a real Secret Service keyring.
# Started by `make test`, which has already made .venv and installed the
# Debian packages. Starts a private D-Bus session and gnome-keyring, with a
# throw-away XDG_DATA_HOME so runs never share a keyring file.
set -euo pipefail
cd "$(dirname "$0")/.."
export HAT_TEST_HOME
HAT_TEST_HOME="$(mktemp -d -t hat-test-XXXXXX)"
trap 'rm -rf "$HAT_TEST_HOME"' EXIT
export XDG_DATA_HOME="$HAT_TEST_HOME/xdg-data"
export XDG_CONFIG_HOME="$HAT_TEST_HOME/xdg-config"
export XDG_CACHE_HOME="$HAT_TEST_HOME/xdg-cache"
export XDG_RUNTIME_DIR="$HAT_TEST_HOME/xdg-runtime"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
export QT_QPA_PLATFORM=offscreen

set +e
dbus-run-session -- bash -c '
  printf "hat-test-keyring" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  exec .venv/bin/python -m pytest "$@"
' bash "$@" 2> >(grep -v "Failed to set fd limit" >&2)
rc=$?
set -e
if [ "$rc" -eq 5 ]; then
  echo "pytest collected no tests: that is a failure." >&2
  exit 1
fi
exit "$rc"
