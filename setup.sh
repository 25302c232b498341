#!/usr/bin/env bash
# Casebench set-up for a fresh Debian 12 machine (root, or a user with sudo).
#   ./setup.sh run   install what is missing, build (release), create the demo case if absent, open the workbench
#   ./setup.sh test  install what is missing, build (asan: AddressSanitizer + UBSan), run the whole test suite through CTest
set -euo pipefail
cd "$(dirname "$0")"
mode="${1:-}"
case "$mode" in run|test) ;; *) echo "usage: $0 run|test" >&2; exit 2 ;; esac

packages=(build-essential cmake ninja-build pkg-config git
          qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6svg6 qt6-svg-dev qt6-charts-dev libqt6opengl6-dev qt6-translations-l10n
          libsqlite3-dev sqlite3 nettle-dev libuchardet-dev libphonenumber-dev libprotobuf-dev
          libzip-dev libfreexl-dev libpoppler-qt6-dev libsodium-dev libqpdf-dev libgraphviz-dev graphviz
          tzdata fonts-noto-cjk fonts-dejavu-core)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "installing: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

if [ "$mode" = run ]; then
    cmake --preset release
    cmake --build --preset release
    mkdir -p demo
    [ -f demo/demo.casebench ] || build/release/app/casebench demo demo/demo.casebench
    exec build/release/app/casebench demo/demo.casebench
fi
cmake --preset asan
cmake --build --preset asan
ctest --preset asan
