#!/usr/bin/env bash
# Installs the Debian 12 packages Guild needs to build, test and run. Idempotent:
# packages already present are skipped, and apt is not touched when nothing is missing.
set -euo pipefail

packages=(
  build-essential cmake ninja-build ccache pkg-config git clang-format clang-tidy
  clang libclang-rt-14-dev
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-websockets-dev qt6-httpserver-dev qt6-charts-dev qt6-svg-dev
  qt6-multimedia-dev gstreamer1.0-plugins-good gstreamer1.0-plugins-bad gstreamer1.0-libav
  libqt6opengl6-dev libxkbcommon-dev libgl-dev
  libqt6sql6-sqlite libqt6sql6-psql libsqlite3-dev liblz4-dev
  qtkeychain-qt6-dev libsodium-dev libsource-highlight-dev qt6-translations-l10n
  postgresql
  fonts-noto-cjk
  fonts-noto-color-emoji
  ffmpeg
  gnome-keyring dbus dbus-x11 xvfb xauth openssl
  nginx-light prometheus curl dpkg-dev fakeroot desktop-file-utils appstream
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
