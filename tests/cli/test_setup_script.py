"""``tools/setup.sh`` waits for the package manager's lock (issue 12, set-up script): a new
Ubuntu computer runs its own updates after its first start, and apt-get would fail at once.

The script runs for real against a stand-in ``apt-get`` (and ``sudo``) that only note how
they were called, and a lock file that this test holds with the same kind of lock dpkg takes.
Nothing waits on a clock: the test reads the script's "waiting" line while it holds the lock,
then lets go and the script goes on.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(shutil.which("sh") is None or shutil.which("python3") is None,
                                reason="needs a POSIX shell and python3, as the script does")


def _stand_ins(folder: Path, log: Path) -> Path:
    """``apt-get`` that writes its arguments to ``log``; ``sudo`` that just runs the rest."""
    folder.mkdir()
    (folder / "apt-get").write_text(f'#!/bin/sh\necho "$*" >> "{log}"\n')
    (folder / "sudo").write_text('#!/bin/sh\nexec "$@"\n')
    for tool in folder.iterdir():
        tool.chmod(0o755)
    return folder


def test_setup_waits_for_the_package_manager_lock_and_says_so(tmp_path: Path) -> None:
    log = tmp_path / "apt-get.log"
    bin_dir = _stand_ins(tmp_path / "bin", log)
    lock = tmp_path / "lock-frontend"
    lock.touch()
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}",
           "VIGEDITOR_APT_LOCKS": f"{lock} {tmp_path / 'not-there'}"}
    held = os.open(lock, os.O_RDWR)
    fcntl.lockf(held, fcntl.LOCK_EX)
    script = subprocess.Popen(["sh", "tools/setup.sh", "system"], cwd=REPO, env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert script.stderr is not None
        first = script.stderr.readline()
        second = script.stderr.readline()
        assert first.startswith("setup: another program is installing or updating software")
        assert second == "setup: waiting for it to finish (up to 10 minutes)...\n"
        assert not log.exists()  # apt-get not run while the lock is held
    finally:
        os.close(held)  # lets go of the lock
        out, err = script.communicate(timeout=120)
    assert script.returncode == 0, err
    assert err == "setup: the package manager is free; going on.\n"
    assert out == "setup: the system packages are installed.\n"
    calls = log.read_text().splitlines()
    assert calls[0] == "-o DPkg::Lock::Timeout=600 update -qq"
    assert calls[1].startswith("-o DPkg::Lock::Timeout=600 install -y -qq "
                               "--no-install-recommends python3-venv libxcb-cursor0")
    assert len(calls) == 2


def test_setup_goes_straight_on_when_nothing_holds_the_lock(tmp_path: Path) -> None:
    log = tmp_path / "apt-get.log"
    bin_dir = _stand_ins(tmp_path / "bin", log)
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}",
           "VIGEDITOR_APT_LOCKS": str(tmp_path / "lock-frontend")}
    (tmp_path / "lock-frontend").touch()
    done = subprocess.run(["sh", "tools/setup.sh", "system"], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    assert (done.returncode, done.stderr) == (0, "")
    assert len(log.read_text().splitlines()) == 2
