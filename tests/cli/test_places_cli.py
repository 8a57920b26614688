"""Issue 14, item 5: ``vigeditor check-folder PATH [--json]`` in plain words, with exit status
0 when neither cloud nor disk is a concern, 1 when one is, 2 for a path that is no folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from vigeditor.cli import main
from vigeditor.project import places


def run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    code = main([str(arg) for arg in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    made = tmp_path / "home"
    (made / "Documents" / "Plain").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(made))
    for name in ("OneDrive", "OneDriveCommercial", "OneDriveConsumer", "APPDATA",
                 "LOCALAPPDATA", "XDG_CONFIG_HOME", "USERPROFILE"):
        monkeypatch.delenv(name, raising=False)
    return made


def disk(monkeypatch: pytest.MonkeyPatch, verdict: str) -> None:
    monkeypatch.setattr(places, "disk_encryption", lambda path, **_: verdict)


def test_plain_encrypted_folder_is_no_concern(home: Path, capsys: pytest.CaptureFixture[str],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    disk(monkeypatch, places.ENCRYPTED_LUKS)
    code, out, err = run(capsys, "check-folder", home / "Documents" / "Plain")
    assert (code, err) == (0, "")
    assert "not synchronised by any cloud client" in out
    assert "encrypted (LUKS)" in out


def test_unknown_disk_is_said_and_no_concern(home: Path, capsys: pytest.CaptureFixture[str],
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    disk(monkeypatch, places.UNKNOWN)
    code, out, _err = run(capsys, "check-folder", home / "Documents" / "Plain")
    assert code == 0
    assert "cannot tell whether the disk is encrypted" in out


def test_cloud_folder_is_named_and_a_concern(home: Path, capsys: pytest.CaptureFixture[str],
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    disk(monkeypatch, places.ENCRYPTED_FILEVAULT)
    synced = home / "Dropbox" / "Cases"
    synced.mkdir(parents=True)
    (home / "Dropbox" / ".dropbox").write_text("{}")
    code, out, _err = run(capsys, "check-folder", synced)
    assert code == 1
    assert "synchronised by Dropbox" in out


def test_unencrypted_disk_is_a_concern(home: Path, capsys: pytest.CaptureFixture[str],
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    disk(monkeypatch, places.NOT_ENCRYPTED)
    code, out, _err = run(capsys, "check-folder", home / "Documents" / "Plain")
    assert code == 1
    assert "Disk: not encrypted" in out


def test_json(home: Path, capsys: pytest.CaptureFixture[str],
              monkeypatch: pytest.MonkeyPatch) -> None:
    disk(monkeypatch, places.UNKNOWN)
    synced = home / "OneDrive - Example Council" / "Cases"
    synced.mkdir(parents=True)
    code, out, _err = run(capsys, "check-folder", synced, "--json")
    assert code == 1
    assert json.loads(out) == {"path": str(synced), "cloud": "OneDrive",
                               "encryption": "unknown", "concern": True}


@pytest.mark.parametrize("name, words", [("missing", "does not exist"),
                                         ("file.txt", "is not a folder")])
def test_bad_path_is_one_error_line(home: Path, capsys: pytest.CaptureFixture[str],
                                    name: str, words: str) -> None:
    (home / "file.txt").write_text("x")
    code, out, err = run(capsys, "check-folder", home / name)
    assert (code, out) == (2, "")
    assert err.startswith("error: ") and words in err
    assert len(err.strip().splitlines()) == 1


def _dropbox(home: Path) -> Path:
    synced = home / "Dropbox"
    synced.mkdir()
    (home / ".dropbox").mkdir()
    (home / ".dropbox" / "info.json").write_text(json.dumps(
        {"personal": {"path": str(synced)}}), encoding="utf-8")
    return synced


def test_a_case_made_or_an_export_written_in_a_synced_folder_gets_a_note(
        home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    synced = _dropbox(home)
    code, out, err = run(capsys, "case", "new", synced, "--family", "D-1")
    assert code == 0 and "created" in out
    assert err.startswith("note: ") and "Dropbox" in err and err.count("\n") == 1
    case_dir = next(synced.glob("*.vigcase"))
    code, out, err = run(capsys, "case", "audit", case_dir, "-o", home / "Documents" / "a.pdf")
    assert code == 0 and err == ""  # written outside the synced folder: nothing to say
    code, out, err = run(capsys, "case", "audit", case_dir, "-o", synced / "a.pdf")
    assert code == 0 and "uploaded to Dropbox's servers" in err
