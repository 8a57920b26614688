#!/bin/sh
# Set up vigeditor on a fresh Debian or Ubuntu machine, then start it or test it.
#   sh tools/setup.sh app    system libraries, a virtual environment, the app; then starts it
#   sh tools/setup.sh test   the same plus test tools and VLC; then runs the whole test suite
# Needs Python 3.11 or newer, and root or sudo for the system packages.
set -eu
mode="${1:-}"
case "$mode" in app|test) ;; *) echo "usage: sh tools/setup.sh app|test" >&2; exit 2 ;; esac
cd "$(dirname "$0")/.."

# Qt's xcb platform (Qt >= 6.5) needs these on a fresh machine; Qt Multimedia and offscreen
# rendering need EGL/GL, fontconfig and GLib.
qt_packages="libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
  libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxkbcommon-x11-0
  libxkbcommon0 libegl1 libgl1 libfontconfig1 libdbus-1-3 libglib2.0-0 libpulse0"
# libvlc for the VLC playback backend (tests use it where installed); ffmpeg's ffprobe for
# benchmarks' baselines; poppler-utils to look at PDFs.
test_packages="libvlc5 vlc-plugin-base ffmpeg poppler-utils"
packages="python3-venv $qt_packages"
[ "$mode" = test ] && packages="$packages $test_packages"

as_root=""
[ "$(id -u)" -ne 0 ] && as_root="sudo"
export DEBIAN_FRONTEND=noninteractive
$as_root apt-get update -qq
# shellcheck disable=SC2086
$as_root apt-get install -y -qq --no-install-recommends $packages >/dev/null

python="${PYTHON:-python3}"
[ -x .venv/bin/python ] || "$python" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
if [ "$mode" = app ]; then
  .venv/bin/python -m pip install -q .
  exec .venv/bin/vigeditor
fi
.venv/bin/python -m pip install -q -e '.[dev]'
exec .venv/bin/python -m pytest
