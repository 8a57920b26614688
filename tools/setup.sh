#!/bin/sh
# Set up vigeditor on a fresh Debian or Ubuntu machine, then start it or test it.
#   sh tools/setup.sh app    system libraries, a virtual environment, the app; then starts it
#   sh tools/setup.sh test   the same plus test tools and VLC; then runs the whole test suite
#   sh tools/setup.sh system only the system packages of both (no virtual environment)
# Needs Python 3.11 or newer, and root or sudo for the system packages.
set -eu
mode="${1:-}"
case "$mode" in app|test|system) ;; *) echo "usage: sh tools/setup.sh app|test|system" >&2; exit 2 ;; esac
cd "$(dirname "$0")/.."

# Qt's xcb platform (Qt >= 6.5) needs these on a fresh machine; Qt Multimedia and offscreen
# rendering need EGL/GL, fontconfig and GLib.
qt_packages="libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
  libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxkbcommon-x11-0
  libxkbcommon0 libegl1 libgl1 libfontconfig1 libdbus-1-3 libglib2.0-0 libpulse0"
# libvlc for the VLC playback backend (tests use it where installed); ffmpeg's ffprobe for
# benchmarks' baselines; poppler-utils to look at PDFs; espeak-ng speaks the voices of the
# sound analysis's test films; PulseAudio (a private server with a null sink) records what Qt
# plays, to prove the pitch is kept at 2×; 7zip (its command is 7zz) opens the encrypted packs;
# opencv-doc's sample photographs (messi5.jpg) are faces in the face-blurring test footage.
test_packages="libvlc5 vlc-plugin-base ffmpeg poppler-utils espeak-ng pulseaudio
  pulseaudio-utils 7zip opencv-doc"
packages="python3-venv $qt_packages"
[ "$mode" = app ] || packages="$packages $test_packages"

as_root=""
[ "$(id -u)" -ne 0 ] && as_root="sudo"
export DEBIAN_FRONTEND=noninteractive

# A new computer often runs its own updates (unattended-upgrades) for a while after its first
# start, holding the package manager's locks; apt-get would fail at once. Wait for them
# instead, saying so (VIGEDITOR_APT_LOCKS and VIGEDITOR_APT_WAIT are for the tests).
apt_locks="${VIGEDITOR_APT_LOCKS:-/var/lib/dpkg/lock-frontend /var/lib/dpkg/lock
  /var/lib/apt/lists/lock /var/cache/apt/archives/lock}"
apt_wait="${VIGEDITOR_APT_WAIT:-600}"

# Succeeds when another program holds one of the package manager's locks (dpkg and apt
# take them with fcntl, as lockf does; a lock file that is not there is free).
locks_held() {
  # shellcheck disable=SC2086
  $as_root python3 -c 'import fcntl, os, sys
for path in sys.argv[1:]:
    try:
        fd = os.open(path, os.O_RDWR)
    except OSError:
        continue
    try:
        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        sys.exit(0)
    finally:
        os.close(fd)
sys.exit(1)' $apt_locks 2>/dev/null
}

wait_for_package_manager() {
  waited=0
  while locks_held; do
    if [ "$waited" -eq 0 ]; then
      echo "setup: another program is installing or updating software (on a new computer," \
        "often its automatic updates after the first start)." >&2
      echo "setup: waiting for it to finish (up to $((apt_wait / 60)) minutes)..." >&2
    elif [ "$waited" -ge "$apt_wait" ]; then
      echo "setup: the package manager is still busy after $((apt_wait / 60)) minutes;" \
        "trying anyway." >&2
      return 0
    fi
    sleep 3
    waited=$((waited + 3))
  done
  if [ "$waited" -gt 0 ]; then echo "setup: the package manager is free; going on." >&2; fi
  return 0
}

# apt-get, after waiting for the locks; DPkg::Lock::Timeout (apt >= 1.9.11) covers a lock
# taken again just before apt-get starts.
apt_get() {
  wait_for_package_manager
  $as_root apt-get -o DPkg::Lock::Timeout="$apt_wait" "$@"
}

apt_get update -qq || apt_get update -qq  # once more: the lists lock has no timeout
# shellcheck disable=SC2086
apt_get install -y -qq --no-install-recommends $packages >/dev/null
if [ "$mode" = system ]; then
  echo "setup: the system packages are installed."
  exit 0
fi

python="${PYTHON:-python3}"
[ -x .venv/bin/python ] || "$python" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
if [ "$mode" = app ]; then
  .venv/bin/python -m pip install -q .
  exec .venv/bin/vigeditor
fi
.venv/bin/python -m pip install -q -e '.[dev]'
exec .venv/bin/python -m pytest
