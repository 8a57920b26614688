"""Case folders, the lock, the workspace and app settings."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest

from vigeditor.project import people
from vigeditor.project.case import Case, case_folder
from vigeditor.project.details import get_details, update_details
from vigeditor.project.errors import CaseError, CaseLockedError
from vigeditor.project.plan import list_sections
from vigeditor.project.settings import Settings, load_settings, save_settings
from vigeditor.project.workspace import (
    default_workspace,
    delete_case,
    list_cases,
    retention_due,
)

REPO = Path(__file__).resolve().parents[2]


def test_a_new_case_is_a_folder_with_its_parts(tmp_path: Path) -> None:
    with Case.create(tmp_path / "Smith family", family_code="SF-01", guider="Ann",
                     service="Early Help") as case:
        assert case.folder == tmp_path / "Smith family.vigcase"
        details = get_details(case)
        assert (details.family_code, details.guider, details.service) == (
            "SF-01", "Ann", "Early Help")
        assert [s.heading for s in list_sections(case)] == [
            "Basic Communication", "Daily Life", "Development of the Child",
            "Development of the Parent", "Neighbourhood/Community"]
    names = sorted(path.name for path in (tmp_path / "Smith family.vigcase").iterdir())
    assert {"case.sqlite", "media", "cache", "exports"} <= set(names)
    assert [p.name for p in tmp_path.iterdir()] == ["Smith family.vigcase"]  # nothing aside


def test_create_refuses_an_existing_folder_and_a_bad_family_code(tmp_path: Path) -> None:
    (tmp_path / "taken.vigcase").mkdir()
    with pytest.raises(CaseError, match="already exists"):
        Case.create(tmp_path / "taken", family_code="T")
    with pytest.raises(CaseError, match="cannot be empty"):
        Case.create(tmp_path / "blank", family_code="   ")
    with pytest.raises(CaseError, match="slashes"):
        Case.create(tmp_path / "slash", family_code="A/B")
    with pytest.raises(CaseError, match="does not exist"):
        Case.create(tmp_path / "no" / "such" / "x", family_code="X")
    assert not (tmp_path / "blank.vigcase").exists()


def test_open_finds_the_case_with_or_without_the_suffix(tmp_path: Path) -> None:
    Case.create(tmp_path / "fam", family_code="F").close()
    assert case_folder(tmp_path / "fam") == tmp_path / "fam.vigcase"
    for name in ("fam", "fam.vigcase"):
        with Case.open(tmp_path / name) as case:
            assert get_details(case).family_code == "F"
    with pytest.raises(CaseError, match="There is no case at"):
        Case.open(tmp_path / "other")
    (tmp_path / "plain.vigcase").mkdir()
    with pytest.raises(CaseError, match="not a vigeditor case"):
        Case.open(tmp_path / "plain.vigcase")


def test_a_second_opener_in_this_process_is_refused_clearly(case: Case) -> None:
    with pytest.raises(CaseLockedError, match="already open in another vigeditor") as caught:
        Case.open(case.folder)
    assert f"process {os.getpid()}" in str(caught.value)
    people.add_person(case, "Still works", "carer")  # the first opener is unaffected
    case.close()
    with Case.open(case.folder) as again:
        assert [p.name for p in people.list_people(again)] == ["Still works"]


def test_a_closed_case_refuses_operations(case: Case) -> None:
    case.close()
    with pytest.raises(CaseError, match="is closed"):
        people.add_person(case, "Late", "carer")
    case.close()  # closing twice is harmless


def _holder(folder: Path) -> subprocess.Popen[str]:
    script = textwrap.dedent(f"""
        import sys, time
        from vigeditor.project.case import Case
        case = Case.open({str(folder)!r})
        print("open", flush=True)
        time.sleep(60)
    """)
    child = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE,
                             text=True, cwd=REPO)
    assert child.stdout is not None and child.stdout.readline() == "open\n"
    return child


@pytest.mark.skipif(os.name != "posix", reason="kills with SIGKILL")
def test_another_program_holding_the_case_blocks_and_a_crash_does_not(tmp_path: Path) -> None:
    Case.create(tmp_path / "shared", family_code="S").close()
    child = _holder(tmp_path / "shared.vigcase")
    try:
        with pytest.raises(CaseLockedError) as caught:
            Case.open(tmp_path / "shared")
        assert f"process {child.pid}" in str(caught.value)
        assert "Close it there first" in str(caught.value)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    # the holder crashed: its lock file is still there, but it does not block
    assert (tmp_path / "shared.vigcase" / "case.lock").exists()
    with Case.open(tmp_path / "shared") as case:
        assert get_details(case).family_code == "S"


def test_unfinished_import_files_are_removed_on_open(case: Case) -> None:
    leftover = case.media_dir / ".importing-0123abcd.part"
    leftover.write_bytes(b"half a film")
    keep = case.media_dir / "film.mp4"
    keep.write_bytes(b"a film")
    case.close()
    with Case.open(case.folder):
        assert not leftover.exists()
        assert keep.exists()


def test_settings_round_trip_atomically_and_keep_unknown_keys(tmp_path: Path) -> None:
    folder = tmp_path / "config"
    assert load_settings(folder) == Settings()
    settings = Settings(workspace=str(tmp_path / "ws"), retention_months=3)
    settings.remember_case(tmp_path / "a.vigcase")
    settings.extra = {"from_a_newer_version": True}
    save_settings(settings, folder)
    assert [p.name for p in folder.iterdir()] == ["settings.json"]  # no temp file left
    loaded = load_settings(folder)
    assert loaded == settings
    assert loaded.logbook_targets["1"] == {"cycles": 6, "clients": 2, "supervisions": 7}
    (folder / "settings.json").write_text("{not json")
    assert load_settings(folder) == Settings()


def test_settings_honour_the_config_folder_variable(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VIGEDITOR_CONFIG_DIR", str(tmp_path / "cfg"))
    save_settings(Settings(player="vlc"))
    assert json.loads((tmp_path / "cfg" / "settings.json").read_text())["player"] == "vlc"
    assert load_settings().player == "vlc"


def test_workspace_lists_cases_even_while_one_is_open(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VIGEDITOR_WORKSPACE", str(tmp_path / "ws"))
    workspace = default_workspace()
    assert workspace == tmp_path / "ws"
    workspace.mkdir()
    Case.create(workspace / "one", family_code="ONE").close()
    with Case.create(workspace / "two", family_code="TWO", guider="G"):
        (workspace / "not-a-case").mkdir()
        (workspace / "broken.vigcase").mkdir()
        found = {summary.folder.name: summary for summary in list_cases()}
    assert set(found) == {"one.vigcase", "two.vigcase", "broken.vigcase"}
    assert found["two.vigcase"].family_code == "TWO"
    assert found["two.vigcase"].guider == "G"
    assert found["broken.vigcase"].problem


def test_default_workspace_from_settings_then_documents(monkeypatch: pytest.MonkeyPatch,
                                                        tmp_path: Path) -> None:
    monkeypatch.delenv("VIGEDITOR_WORKSPACE", raising=False)
    assert default_workspace(Settings(workspace=str(tmp_path))) == tmp_path
    assert default_workspace(Settings()).name == "vigeditor"


def test_retention_reminder_and_complete_deletion(tmp_path: Path) -> None:
    with Case.create(tmp_path / "ended", family_code="E") as case:
        update_details(case, end_of_involvement="2024-01-31")
    Case.create(tmp_path / "ongoing", family_code="O").close()
    cases = list_cases(tmp_path)
    assert retention_due(cases, 2, today=date(2024, 3, 31)) == []  # 2 months: until 31 March
    due = retention_due(cases, 2, today=date(2024, 4, 1))
    assert [summary.family_code for summary in due] == ["E"]
    with Case.open(tmp_path / "ended"), pytest.raises(CaseLockedError):
        delete_case(tmp_path / "ended.vigcase")
    delete_case(tmp_path / "ended.vigcase")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ongoing.vigcase"]
    with pytest.raises(CaseError, match="nothing was deleted"):
        delete_case(tmp_path)
