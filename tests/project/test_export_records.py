"""Issue 10 items 1 and 5: an export that exists has its audit entry, even when the app is
killed between the rename into place and the audit commit; exports never write inside the
case folder except under ``exports/``, nor over a file the case uses.

The kill tests run the export in a real child process that is SIGKILLed (it kills itself
right after the output is renamed into place, or the test kills it when the output or a
temporary file appears); the case is then opened again, as the app's next start would."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

import vigeditor
from tests.project.test_booklet import fill_family
from vigeditor.project import audit, reviews
from vigeditor.project.case import Case
from vigeditor.project.cycles import cycle_by_number
from vigeditor.project.documents.booklet.booklet import export_booklet
from vigeditor.project.documents.review_pack import export_review_pack
from vigeditor.project.documents.supervision_pack import export_supervision_pack
from vigeditor.project.errors import CaseError
from vigeditor.project.exporting import export_clip, export_still

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="uses SIGKILL")

ROOT = Path(vigeditor.__file__).resolve().parents[1]

CHILD = textwrap.dedent("""
    import os, signal, sys, time
    from pathlib import Path

    case_dir, kind, out, kill_at = sys.argv[1:5]
    slow = os.environ.get("SLOW_RENAME") == "1"

    def patched(real):
        def rename(src, dst, *args, **kwargs):
            result = real(src, dst, *args, **kwargs)
            if kill_at and Path(dst).name == kill_at:
                os.kill(os.getpid(), signal.SIGKILL)
            if slow and Path(dst).name == kill_at.lstrip("~"):
                time.sleep(30)  # the test kills us here, between rename and audit
            return result
        return rename

    os.replace = patched(os.replace)
    os.rename = patched(os.rename)

    from vigeditor.project import clips, stills
    from vigeditor.project.case import Case

    with Case.open(case_dir) as case:
        if kind == "clip":
            from vigeditor.project.exporting import export_clip
            export_clip(case, clips.list_clips(case, 1)[0].id, out)
        elif kind == "still":
            from vigeditor.project.exporting import export_still
            export_still(case, stills.list_stills(case, 1)[0].id, out)
        elif kind == "booklet":
            from vigeditor.project.documents.booklet.booklet import export_booklet
            export_booklet(case, out)
        elif kind == "review-pack":
            from vigeditor.project.documents.review_pack import export_review_pack
            export_review_pack(case, 1, out)
        elif kind == "supervision-pack":
            from vigeditor.project.documents.supervision_pack import export_supervision_pack
            export_supervision_pack(case, 1, out)
""")


def _prepared(case: Case) -> Path:
    """The case with consent, captioned stills and clips and a shared review; closed."""
    fill_family(case)
    cycle = cycle_by_number(case, 1)
    assert cycle is not None
    reviews.add_item(case, cycle.id, clip_id=1)
    reviews.add_item(case, cycle.id, still_id=1)
    folder = case.folder
    case.close()
    return folder


def _child(case_dir: Path, kind: str, out: Path, kill_at: str = "",
           **env: str) -> subprocess.Popen[bytes]:
    environment = {**os.environ, "PYTHONPATH": str(ROOT), **env}
    return subprocess.Popen([sys.executable, "-c", CHILD, str(case_dir), kind, str(out),
                             kill_at], cwd=ROOT, env=environment,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _hidden(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir() if path.name.startswith("."))


KINDS = [("clip", "clip.mp4", "clip.mp4", ["clip.mp4"]),
         ("still", "still.png", "still.png", ["still.png"]),
         ("booklet", "booklet.pdf", "booklet.pdf", ["booklet.pdf"]),
         ("review-pack", "pack", "pack.zip", ["pack", "pack.zip"]),
         ("supervision-pack", "sup", "sup.zip", ["sup", "sup.zip"])]


@pytest.mark.parametrize(("kind", "name", "kill_at", "outputs"), KINDS)
def test_killed_right_after_the_rename_the_export_is_recorded(
        case_with_recording: Case, tmp_path: Path, kind: str, name: str, kill_at: str,
        outputs: list[str]) -> None:
    folder = _prepared(case_with_recording)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    child = _child(folder, kind, out_dir / name, kill_at)
    _stdout, stderr = child.communicate(timeout=120)
    assert child.returncode == -signal.SIGKILL, stderr.decode()
    assert sorted(path.name for path in out_dir.iterdir() if not path.name.startswith(".")) \
        == outputs  # the export is complete on disk
    with Case.open(folder) as case:
        [entry] = audit.list_exports(case)
        assert entry.state == "interrupted"
        assert str(out_dir / outputs[0]) in entry.destination
    assert _hidden(out_dir) == []


def test_killed_when_the_clip_appears_the_export_is_recorded(
        case_with_recording: Case, tmp_path: Path) -> None:
    """The test polls for the file and kills the exporting process (it is held between the
    rename and the audit update, so the kill lands where the issue's kills did)."""
    folder = _prepared(case_with_recording)
    out = tmp_path / "clip.mp4"
    child = _child(folder, "clip", out, "~clip.mp4", SLOW_RENAME="1")
    deadline = time.monotonic() + 120
    while not out.exists():
        assert child.poll() is None, child.communicate()[1].decode()
        assert time.monotonic() < deadline
        time.sleep(0.01)
    child.send_signal(signal.SIGKILL)
    child.communicate(timeout=30)
    with Case.open(folder) as case:
        [entry] = audit.list_exports(case)
        assert entry.state in ("interrupted", "done")
        assert entry.destination == str(out.resolve())
    assert _hidden(tmp_path) == []


def test_killed_while_rendering_leaves_no_temporary_file(case_with_recording: Case,
                                                          tmp_path: Path) -> None:
    folder = _prepared(case_with_recording)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    child = _child(folder, "supervision-pack", out_dir / "sup")
    deadline = time.monotonic() + 120
    while not _hidden(out_dir):  # the pack's folder, being built
        assert child.poll() is None, child.communicate()[1].decode()
        assert time.monotonic() < deadline
        time.sleep(0.005)
    child.send_signal(signal.SIGKILL)
    child.communicate(timeout=30)
    with Case.open(folder) as case:
        [entry] = audit.list_exports(case)
        assert entry.state == "not written"
    assert list(out_dir.iterdir()) == []


def test_exports_are_recorded_done(case_with_recording: Case, tmp_path: Path) -> None:
    case = case_with_recording
    fill_family(case)
    export_clip(case, 1, tmp_path / "a.mp4")
    export_still(case, 1, tmp_path / "a.png")
    assert [entry.state for entry in audit.list_exports(case)] == ["done", "done"]
    assert _hidden(tmp_path) == []


def test_a_pack_whose_zip_fails_is_not_kept(case_with_recording: Case, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    case = case_with_recording
    fill_family(case)
    import zipfile

    def full(*_args: object, **_kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(zipfile.ZipFile, "write", full)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(CaseError, match="No space left on device"):
        export_supervision_pack(case, 1, out / "sup")
    assert list(out.iterdir()) == []
    assert audit.list_exports(case) == []


# -- item 5: never inside the case, never over its files --------------------------------------
def _refused(case: Case, export: object, *paths: Path) -> None:
    before = {path: path.stat().st_mtime_ns for path in case.folder.rglob("*")
              if path.is_file() and path.suffix not in (".sqlite-wal", ".sqlite-shm")}
    with pytest.raises(CaseError) as refused:
        export()  # type: ignore[operator]
    message = str(refused.value)
    assert "inside the case folder" in message or "recording of this case" in message
    assert "Traceback" not in message
    after = {path: path.stat().st_mtime_ns for path in case.folder.rglob("*")
             if path.is_file() and path.suffix not in (".sqlite-wal", ".sqlite-shm")}
    assert after == before
    assert audit.list_exports(case) == []
    for path in paths:
        assert not path.exists()


def test_exports_into_the_case_folder_are_refused(case_with_recording: Case) -> None:
    case = case_with_recording
    fill_family(case)
    cycle = cycle_by_number(case, 1)
    assert cycle is not None
    reviews.add_item(case, cycle.id, clip_id=1)
    media = case.folder / "media"
    [recording] = list(media.glob("*.mp4"))
    _refused(case, lambda: export_clip(case, 1, media / "x.mp4"), media / "x.mp4")
    _refused(case, lambda: export_clip(case, 1, recording))
    _refused(case, lambda: export_clip(case, 1, case.folder / "x.mp4"), case.folder / "x.mp4")
    _refused(case, lambda: export_still(case, 1, media / "x.png"), media / "x.png")
    _refused(case, lambda: export_booklet(case, case.folder / "cache" / "b.pdf"),
             case.folder / "cache" / "b.pdf")
    _refused(case, lambda: export_review_pack(case, 1, media / "pack"), media / "pack")
    _refused(case, lambda: export_supervision_pack(case, 1, media / "sup"), media / "sup")


def test_the_exports_folder_of_the_case_is_allowed(case_with_recording: Case) -> None:
    case = case_with_recording
    fill_family(case)
    written = export_clip(case, 1, case.folder / "exports" / "x.mp4")
    assert written.is_file()
    [entry] = audit.list_exports(case)
    assert entry.state == "done"


def test_a_linked_recording_is_not_overwritten(case_with_recording: Case,
                                               tmp_path: Path) -> None:
    case = case_with_recording
    fill_family(case)
    original = case.folder / case.row("recordings", 1)["file"]  # type: ignore[index]
    moved = tmp_path / "elsewhere.mp4"
    os.replace(original, moved)
    with case.operation("link elsewhere", undoable=False) as db:
        db.execute("UPDATE recordings SET file = ?, linked = 1 WHERE id = 1", [str(moved)])
    size = moved.stat().st_size
    with pytest.raises(CaseError, match="recording of this case"):
        export_clip(case, 1, moved)
    assert moved.stat().st_size == size
