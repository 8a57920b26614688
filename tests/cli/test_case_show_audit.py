"""Issue 10 item 1: ``vigeditor case show DIR --json`` lists the export audit entries (with
their state), and an export into the case folder is refused plainly from the command line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.test_export_cli import case_dir, film, run  # noqa: F401  (fixtures)
from vigeditor.project.case import Case
from vigeditor.project.store import now_stamp

REPO = Path(__file__).resolve().parents[2]


def test_case_show_json_lists_the_audit_entries(capsys: pytest.CaptureFixture[str],
                                                case_dir: Path,  # noqa: F811
                                                tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    assert run(capsys, "export", "clip", case_dir, "--clip", "1", "-o", out / "c.mp4")[0] == 0
    assert run(capsys, "export", "still", case_dir, "--still", "1", "-o", out / "s.png")[0] == 0
    with Case.open(case_dir) as case, case.operation("crash left", undoable=False) as db:
        db.execute("INSERT INTO export_audit (exported_at, what, purpose, destination, state) "
                   "VALUES (?, 'clip 1', 'family-copy', '/gone.mp4', 'started')",
                   [now_stamp()])
    shown = subprocess.run([sys.executable, "-m", "vigeditor", "case", "show", str(case_dir),
                            "--json"], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert shown.returncode == 0, shown.stderr
    exports = json.loads(shown.stdout)["exports"]
    assert [(entry["what"].split(" (")[0], entry["state"]) for entry in exports] == [
        ("clip 1", "done"), ("still 1", "done"), ("clip 1", "not written")]
    assert exports[0]["destination"] == str((out / "c.mp4").resolve())
    assert exports[0]["purpose"] == "family-copy"
    assert exports[0]["consents"] and not exports[0]["pseudonymised"]
    code, text, _err = run(capsys, "case", "show", case_dir)
    assert code == 0 and "exports: 3" in text and "not written" in text


def test_an_export_into_the_case_media_is_refused(capsys: pytest.CaptureFixture[str],
                                                  case_dir: Path) -> None:  # noqa: F811
    media = case_dir / "media"
    before = sorted(path.name for path in media.iterdir())
    code, _said, err = run(capsys, "export", "clip", case_dir, "--clip", "1", "-o",
                           media / "x.mp4")
    assert code != 0
    assert err.startswith("error: Exports cannot be saved inside the case folder")
    assert "Traceback" not in err
    [recording] = before
    code, _said, err = run(capsys, "export", "clip", case_dir, "--clip", "1", "-o",
                           media / recording)
    assert code != 0 and "is a recording of this case" in err
    assert sorted(path.name for path in media.iterdir()) == before
