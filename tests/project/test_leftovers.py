"""Issue 10 item 9: nothing of a family outlives a crash. An import killed at the rename
leaves no untracked copy after the next open; an export's temporary files are removed on the
next open; the isolated reader child ends when its parent is killed."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

import vigeditor
from vigeditor.project import audit
from vigeditor.project.case import Case
from vigeditor.project.importing import import_recording
from vigeditor.project.leftovers import reconcile

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="uses SIGKILL")

ROOT = Path(vigeditor.__file__).resolve().parents[1]

IMPORT_CHILD = textwrap.dedent("""
    import os, signal, sys
    from pathlib import Path

    case_dir, video = sys.argv[1:3]
    real_rename = os.rename

    def rename(src, dst, *args, **kwargs):
        real_rename(src, dst, *args, **kwargs)
        if Path(dst).parent.name == "media" and not Path(dst).name.startswith("."):
            os.kill(os.getpid(), signal.SIGKILL)  # the full copy is in place, not recorded

    os.rename = rename
    from vigeditor.project.case import Case
    from vigeditor.project.importing import import_recording

    with Case.open(case_dir) as case:
        import_recording(case, video, cycle=1)
""")


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT)}


def test_an_import_killed_at_the_rename_leaves_no_copy(case: Case, video: Path) -> None:
    folder = case.folder
    case.close()
    child = subprocess.run([sys.executable, "-c", IMPORT_CHILD, str(folder), str(video)],
                           cwd=ROOT, env=_env(), capture_output=True, timeout=120)
    assert child.returncode == -signal.SIGKILL, child.stderr.decode()
    assert (folder / "media" / video.name).is_file()  # the untracked copy the crash left
    with Case.open(folder) as reopened:
        assert sorted(path.name for path in (folder / "media").iterdir()) == []
        imported = import_recording(reopened, video, cycle=1).recording
        assert imported.file == f"media/{video.name}"  # not "name (2).mp4"
    assert sorted(path.name for path in (folder / "media").iterdir()) == [video.name]


def test_an_imported_file_is_kept(case: Case, video: Path) -> None:
    import_recording(case, video, cycle=1)
    folder = case.folder
    case.close()
    with Case.open(folder):
        assert sorted(path.name for path in (folder / "media").iterdir()) == [video.name]


def test_an_unfinished_export_is_settled_on_open(case: Case, tmp_path: Path) -> None:
    """An entry still ``started``: its temporaries go, its state says what happened."""
    out = tmp_path / "out"
    out.mkdir()
    written, missing = out / "a.mp4", out / "b.mp4"
    written.write_bytes(b"complete")
    temp_file = out / ".vig-export-b.mp4.abc123.mp4"
    temp_file.write_bytes(b"half")
    temp_folder = out / ".pack.part-123"
    (temp_folder / "clips").mkdir(parents=True)
    unrelated = out / ".hidden-of-the-guider"
    unrelated.write_text("keep")
    for path, prefix in ((written, ".vig-export-a.mp4."), (missing, ".vig-export-b.mp4.")):
        with case.operation("started", undoable=False) as db:
            db.execute(
                "INSERT INTO export_audit (exported_at, what, purpose, destination, state, "
                "pending) VALUES ('2026-01-01', 'clip', 'family-copy', ?, 'started', ?)",
                [str(path), json.dumps({"outputs": [str(path)],
                                        "temps": [str(out / prefix), str(out / ".pack.part-")]})])
    settled = reconcile(case)
    assert [entry.state for entry in audit.list_exports(case)] == ["interrupted", "not written"]
    assert settled.interrupted == [1] and settled.not_written == [2]
    assert sorted(path.name for path in out.iterdir()) == [".hidden-of-the-guider", "a.mp4"]
    assert reconcile(case).interrupted == []  # settled once


CHILD_PARENT = textwrap.dedent("""
    import sys, threading, time
    from vigeditor.media import isolation

    worker = isolation.shared_worker()
    worker.start()
    print(worker.pid, flush=True)
    # a job that runs (hangs) for a long time in the child
    threading.Thread(target=isolation.run_isolated, args=(time.sleep, 120),
                     kwargs={"timeout": 300, "label": "hang"}, daemon=True).start()
    time.sleep(300)
""")


def _gone(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return True
    return state in ("Z", "X")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_the_isolated_child_ends_with_its_parent() -> None:
    parent = subprocess.Popen([sys.executable, "-c", CHILD_PARENT], cwd=ROOT, env=_env(),
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        assert parent.stdout is not None
        child_pid = int(parent.stdout.readline())
        time.sleep(1.5)  # the child is busy with the job
        assert not _gone(child_pid)
        parent.send_signal(signal.SIGKILL)
        parent.wait(timeout=30)
        deadline = time.monotonic() + 10
        while not _gone(child_pid) and time.monotonic() < deadline:
            time.sleep(0.05)
        alive = not _gone(child_pid)
        if alive:
            os.kill(child_pid, signal.SIGKILL)
        assert not alive, "the isolated child outlived its killed parent"
    finally:
        if parent.poll() is None:
            parent.kill()
            parent.wait()


def test_an_unfinished_cache_write_is_removed_on_opening(tmp_path: Path) -> None:
    """A kill between an atomic write and its rename (found by bench/bench_durability.py)
    leaves ``.vig-*.tmp`` in ``cache/``; the next opening removes it, and nothing else."""
    from vigeditor.project.case import Case

    with Case.create(tmp_path / "Family", family_code="F-1") as case:
        folder = case.folder
        tables = case.frame_table_dir
    tables.mkdir(parents=True, exist_ok=True)
    stale = tables / ".vig-abc123.npz.tmp"
    stale.write_bytes(b"half a frame table")
    kept = tables / "0123.frames.npz"
    kept.write_bytes(b"a finished table")
    with Case.open(folder):
        pass
    assert not stale.exists() and kept.exists()
