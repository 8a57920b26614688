"""Issue 10 item 1 for the logbook: a logbook that exists has its audit entry in every case
it counts, even when the app is killed right after the file is renamed into place (the
entries are written "started" before the file and marked "done" after it; the next opening
of a case marks a "started" entry "interrupted")."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import vigeditor
from vigeditor.project import audit, cycles
from vigeditor.project.case import Case
from vigeditor.project.documents.logbook.export import export_logbook
from vigeditor.project.errors import CaseError

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="uses SIGKILL")

ROOT = Path(vigeditor.__file__).resolve().parents[1]

CHILD = textwrap.dedent("""
    import os, signal, sys
    from pathlib import Path

    workspace, out = sys.argv[1:3]
    real = os.replace

    def replace(src, dst, *args, **kwargs):
        result = real(src, dst, *args, **kwargs)
        if Path(dst) == Path(out):
            os.kill(os.getpid(), signal.SIGKILL)  # the logbook has just appeared
        return result

    os.replace = replace
    from vigeditor.project.documents.logbook.export import export_logbook
    export_logbook(workspace, out, today="2026-06-30")
""")


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    folder = tmp_path / "workspace"
    folder.mkdir()
    for code, reviewed in (("AB-1", "2026-01-12"), ("CD-2", "2026-02-11"),
                           ("EF-3", None)):
        with Case.create(folder / code, family_code=code, guider="Guider G") as case:
            cycles.add_cycle(case, 1, filming_date="2026-01-05", review_date=reviewed)
    return folder


def _killed_export(workspace: Path, out: Path) -> None:
    environment = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.run([sys.executable, "-c", CHILD, str(workspace), str(out)],
                           cwd=ROOT, env=environment, capture_output=True, timeout=120)
    assert child.returncode == -signal.SIGKILL, child.stderr.decode()
    assert out.is_file()  # the logbook is complete on disk


@pytest.mark.parametrize("name", ["logbook.pdf", "logbook.csv"])
def test_killed_right_after_the_logbook_appears_every_case_has_its_entry(
        workspace: Path, tmp_path: Path, name: str) -> None:
    out = tmp_path / "out" / name
    out.parent.mkdir()
    _killed_export(workspace, out)
    for code in ("AB-1", "CD-2", "EF-3"):
        with Case.open(workspace / f"{code}.vigcase") as case:
            entries = audit.list_exports(case)
            assert [entry.destination for entry in entries] == [str(out)], code
            assert entries[0].state == audit.INTERRUPTED
            assert entries[0].purpose == "supervision" and entries[0].pseudonymised
    assert sorted(path.name for path in out.parent.iterdir()) == [name]  # no temporaries


def test_a_case_open_in_another_window_gets_its_entry_when_killed(
        workspace: Path, tmp_path: Path) -> None:
    out = tmp_path / "logbook.pdf"
    window = Case.open(workspace / "CD-2.vigcase")  # open "in another window"
    try:
        _killed_export(workspace, out)
        [entry] = audit.list_exports(window)
        assert entry.state == audit.STARTED and entry.destination == str(out)
    finally:
        window.close()
    for code in ("AB-1", "CD-2", "EF-3"):
        with Case.open(workspace / f"{code}.vigcase") as case:
            [entry] = audit.list_exports(case)
            assert entry.state == audit.INTERRUPTED, code


def test_entries_are_started_before_the_file_and_done_after(
        workspace: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "logbook.csv"
    seen: dict[str, list[str]] = {}
    real = os.replace

    def replace(src: object, dst: object, *args: object, **kwargs: object) -> None:
        for code in ("AB-1", "CD-2"):  # read as another program would, mid-export
            import sqlite3
            connection = sqlite3.connect(workspace / f"{code}.vigcase" / "case.sqlite")
            seen[code] = [row[0] for row in connection.execute(
                "SELECT state FROM export_audit")]
            connection.close()
        real(src, dst, *args, **kwargs)

    window = Case.open(workspace / "CD-2.vigcase")
    try:
        monkeypatch.setattr(os, "replace", replace)
        made = export_logbook(workspace, out, today="2026-06-30")
        monkeypatch.undo()
        assert seen == {"AB-1": ["started"], "CD-2": ["started"]}
        assert [entry.state for entry in audit.list_exports(window)] == ["done"]
    finally:
        window.close()
    assert len(made.audited) == 3
    for code in ("AB-1", "EF-3"):
        with Case.open(workspace / f"{code}.vigcase") as case:
            assert [entry.state for entry in audit.list_exports(case)] == ["done"]


def test_a_logbook_that_cannot_be_written_leaves_no_entry(
        workspace: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "logbook.pdf"

    def broken(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    window = Case.open(workspace / "CD-2.vigcase")
    try:
        monkeypatch.setattr("vigeditor.project.documents.logbook.export.write_report", broken)
        with pytest.raises(CaseError):
            export_logbook(workspace, out, today="2026-06-30")
        assert audit.list_exports(window) == []
    finally:
        window.close()
    assert not out.exists()
    assert sorted(path.name for path in tmp_path.iterdir()) == ["workspace"]
    for code in ("AB-1", "CD-2", "EF-3"):
        with Case.open(workspace / f"{code}.vigcase") as case:
            assert audit.list_exports(case) == [], code
