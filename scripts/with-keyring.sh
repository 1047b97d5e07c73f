#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with an unlocked gnome-keyring
# (a real Secret Service), e.g. for benchmarks or screenshots on a headless machine:
#   scripts/with-keyring.sh .venv/bin/python bench/bench_open_verify.py
set -euo pipefail
export XDG_DATA_HOME="${XDG_DATA_HOME:-$(mktemp -d -t hat-keyring-XXXXXX)}"
exec dbus-run-session -- bash -c '
  printf "hat-local-keyring" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  exec "$@"
' bash "$@" 2> >(grep -v "Failed to set fd limit" >&2)
