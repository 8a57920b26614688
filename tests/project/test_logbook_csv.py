"""The logbook (issue 10, item 7): formula cells neutralised in the CSV, an audit entry in a
case open in another vigeditor, and a case reached twice (a link, a copy) counted once."""

from __future__ import annotations

import csv
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from vigeditor.project import audit, cycles, supervision
from vigeditor.project.case import Case
from vigeditor.project.documents.logbook.export import export_logbook
from vigeditor.project.settings import Settings

TODAY = "2026-06-30"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")  # OWASP "CSV injection"
ROOT = Path(__file__).resolve().parents[2]
# what was typed (or stored by another tool): each would be run as a formula by a spreadsheet
CODES = ("=HYPERLINK(\"http://x\",\"AB\")", "+41-1", "-2+3", "@SUM(A1)", "\tTAB-1", "\rCR-1")
SUPERVISORS = ("=cmd|' /C calc'!A0", "+Sue", "-Sue", "@Sue", "\tSue", "\rSue")
GUIDERS = ("=Guider", "+Guider", "-Guider", "@Guider", "\tGuider", "\rGuider")


def read_rows(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as stream:
        return list(csv.DictReader(stream))


def make_case(workspace: Path, name: str, code: str, *, reviewed: int = 1,
              supervisor: str = "Sue Visor", guider: str = "Guider G",
              held_on: str = "2026-01-20") -> Path:
    with Case.create(workspace / name, family_code=name, guider="Guider") as case:
        for number in range(1, reviewed + 1):
            cycles.add_cycle(case, number, filming_date=f"2026-0{number}-05",
                             review_date=f"2026-0{number}-12")
        supervision.add_session(case, held_on, 60, supervisor="placeholder")
        folder = case.folder
    # stored as they are: the editor trims and refuses some of these, another tool or an
    # earlier version may not have
    connection = sqlite3.connect(folder / "case.sqlite")
    with connection:
        connection.execute("UPDATE case_info SET family_code = ?, guider = ?", [code, guider])
        connection.execute("UPDATE supervision_sessions SET supervisor = ?", [supervisor])
    connection.close()
    return folder


def test_formula_cells_are_neutralised(tmp_path: Path) -> None:
    workspace = tmp_path / "workspace"
    workspace.mkdir()
    for index, (code, who, guider) in enumerate(zip(CODES, SUPERVISORS, GUIDERS,
                                                    strict=True)):
        make_case(workspace, f"case-{index}", code, supervisor=who, guider=guider,
                  held_on=f"2026-01-{10 + index}")
    broken = workspace / "=1+1.vigcase"  # a folder name in a note
    broken.mkdir()
    (broken / "case.sqlite").write_bytes(b"not a database")
    made = export_logbook(workspace, tmp_path / "logbook.csv", today=TODAY,
                          settings=Settings())
    rows = read_rows(made.path)
    cycle_codes = sorted(row["family_code"] for row in rows if row["record"] == "cycle")
    assert cycle_codes == sorted("'" + code for code in CODES)
    session_cells = sorted((row["supervisor"], row["family_code"]) for row in rows
                           if row["record"] == "supervision")
    assert [cell for cell, _code in session_cells] == sorted("'" + who for who in SUPERVISORS)
    assert {code for _who, code in session_cells} == {"'" + code for code in CODES}
    notes = [row["note"] for row in rows if row["record"] == "case-note"]
    assert notes and all(note.startswith("'=1+1.vigcase: ") for note in notes)
    # no cell anywhere starts a formula; every cell is quoted
    for row in rows:
        for value in row.values():
            assert not value.startswith(FORMULA_STARTS), (row, value)
    raw = made.path.read_text(encoding="utf-8-sig")
    assert raw.startswith('"record","family_code",')
    assert '"\'=HYPERLINK(""http://x"",""AB"")"' in raw
    # ordinary cells are unchanged
    assert {row["filming_date"] for row in rows if row["record"] == "cycle"} == {"2026-01-05"}


HOLDER = """
import sys
from vigeditor.project import audit, cycles
from vigeditor.project.case import Case

case = Case.open(sys.argv[1])           # as the other vigeditor window does: lock + database
print("open", flush=True)
sys.stdin.readline()                    # the logbook is exported meanwhile
entries = audit.list_exports(case)      # the window sees the entry and keeps working
cycles.add_cycle(case, 9, filming_date="2026-06-01")
case.history.undo()                     # its undo history is its own: undoes only cycle 9
cycles.add_cycle(case, 3, filming_date="2026-06-02")
print(len(entries), entries[-1].purpose if entries else "-", flush=True)
case.close()
"""


def test_case_open_in_another_instance_gets_its_audit_entry(tmp_path: Path) -> None:
    workspace = tmp_path / "workspace"
    workspace.mkdir()
    free = make_case(workspace, "AB-1", "AB-1")
    held = make_case(workspace, "CD-2", "CD-2", reviewed=2)
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(held)], cwd=ROOT,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        made = export_logbook(workspace, tmp_path / "logbook.csv", today=TODAY,
                              settings=Settings())
        case = next(one for one in made.logbook.cases if one.folder == held)
        assert case.open_elsewhere and len(case.cycles) == 2
        assert set(made.audited) == {free, held} and made.not_audited == ()
        # written at once, while the other instance still holds the case
        reader = sqlite3.connect(f"{(held / 'case.sqlite').as_uri()}?mode=ro", uri=True)
        stored = reader.execute("SELECT purpose, destination, pseudonymised FROM "
                                "export_audit").fetchall()
        reader.close()
        assert stored == [("supervision", str(made.path), 1)]
        out, _err = holder.communicate("go\n", timeout=60)
    finally:
        if holder.poll() is None:
            holder.kill()
            holder.wait()
    assert holder.returncode == 0
    assert out.split() == ["1", "supervision"]
    with Case.open(held) as opened:  # and the case is whole when next opened
        entries = audit.list_exports(opened)
        assert [(entry.destination, entry.pseudonymised) for entry in entries] == [
            (str(made.path), True)]
        assert [cycle.number for cycle in cycles.list_cycles(opened)] == [1, 2, 3]


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links need privileges")
def test_a_linked_or_copied_case_is_counted_once(tmp_path: Path) -> None:
    workspace = tmp_path / "workspace"
    workspace.mkdir()
    first = make_case(workspace, "AB-1", "AB-1", reviewed=2)
    second = make_case(workspace, "CD-2", "CD-2", reviewed=1, supervisor="")
    (workspace / "AB-1 link.vigcase").symlink_to(first, target_is_directory=True)
    copy = workspace / "CD-2 backup.vigcase"
    shutil.copytree(second, copy)
    with Case.open(second) as case:  # the original changes after the copy was made
        cycles.add_cycle(case, 2, filming_date="2026-02-05", review_date="2026-02-12")
    made = export_logbook(workspace, tmp_path / "logbook.csv", today=TODAY,
                          settings=Settings())
    logbook = made.logbook
    assert (logbook.counted_cycles, logbook.clients, len(logbook.sessions)) == (4, 2, 2)
    counted = [case.folder for case in logbook.cases if case.duplicate_of is None]
    assert sorted(counted) == [first, second]  # of the copies, the one changed last
    noted = {case.folder.name: case.duplicate_of for case in logbook.cases
             if case.duplicate_of is not None}
    assert noted == {"AB-1 link.vigcase": first, "CD-2 backup.vigcase": second}
    rows = read_rows(made.path)
    assert sorted(row["family_code"] for row in rows if row["record"] == "cycle") == [
        "AB-1", "AB-1", "CD-2", "CD-2"]
    assert len([row for row in rows if row["record"] == "case-note"]) == 2
    # one audit entry per case, none in the copy that was not counted
    assert sorted(made.audited) == [first, second] and made.not_audited == ()
    for folder, expected in ((first, 1), (second, 1), (copy, 0)):
        with Case.open(folder) as case:
            assert len(audit.list_exports(case)) == expected, folder
