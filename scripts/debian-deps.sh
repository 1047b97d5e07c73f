#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages HAT Desktop needs, only those missing.
#   scripts/debian-deps.sh run    Qt's runtime libraries (to open the window)
#   scripts/debian-deps.sh test   the above + a Secret Service keyring, D-Bus, poppler,
#                                 zbar (reads the QR codes on printed pages back)
#   scripts/debian-deps.sh bundle the above + binutils (PyInstaller needs objdump)
set -euo pipefail
profile="${1:-run}"

run_pkgs=(libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6
          libdbus-1-3 libglib2.0-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1
          libxcb-shape0 libxcb-render-util0 libxcb-image0 libxcb-randr0 libxcb-xinerama0
          libxcb-xkb1 libx11-xcb1 python3-venv)
test_pkgs=(gnome-keyring dbus dbus-daemon poppler-utils zbar-tools)
bundle_pkgs=(binutils)

case "$profile" in
  run) want=("${run_pkgs[@]}") ;;
  test) want=("${run_pkgs[@]}" "${test_pkgs[@]}") ;;
  bundle) want=("${run_pkgs[@]}" "${test_pkgs[@]}" "${bundle_pkgs[@]}") ;;
  *) echo "usage: $0 run|test|bundle" >&2; exit 2 ;;
esac

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "Not a Debian/Ubuntu system: install the equivalents of ${want[*]} by hand." >&2
  exit 0
fi

missing=()
for p in "${want[@]}"; do
  # Some names (dbus-daemon) exist only on newer releases; skip unknown ones.
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then sudo=(); elif command -v sudo >/dev/null; then sudo=(sudo); else
  echo "These Debian packages are missing and I cannot install them without root: ${missing[*]}" >&2
  exit 1
fi
echo "Installing Debian packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
installable=()
for p in "${missing[@]}"; do
  if apt-cache show "$p" >/dev/null 2>&1; then installable+=("$p"); fi
done
[ ${#installable[@]} -eq 0 ] || "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${installable[@]}" >/dev/null
