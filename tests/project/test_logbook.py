"""The logbook across a workspace: CSV rows, stage progress, and cases it cannot lock/read."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from pypdf import PdfReader

from vigeditor.project import audit, cycles, supervision
from vigeditor.project.case import Case
from vigeditor.project.documents.logbook.counting import build_logbook
from vigeditor.project.documents.logbook.document import CSV_COLUMNS
from vigeditor.project.documents.logbook.export import export_logbook
from vigeditor.project.settings import Settings

TODAY = "2026-06-30"


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    """Three small cases (no media): AB-1 with 4 reviewed cycles, CD-2 with 2 reviewed and one
    not yet, EF-3 with one cycle still to be reviewed; sessions shared between cases."""
    folder = tmp_path / "workspace"
    folder.mkdir()
    plans = {"AB-1": [("2026-01-05", "2026-01-12"), ("2026-02-02", "2026-02-09"),
                      ("2026-03-02", "2026-03-09"), ("2026-04-06", "2026-04-13")],
             "CD-2": [("2026-01-07", "2026-01-14"), ("2026-02-04", "2026-02-11"),
                      ("2026-06-20", None)],
             "EF-3": [("2026-06-25", "2026-07-02")]}  # its review is after TODAY
    for code, plan in plans.items():
        with Case.create(folder / code, family_code=code, guider="Guider G") as case:
            for number, (filmed, reviewed) in enumerate(plan, start=1):
                cycles.add_cycle(case, number, filming_date=filmed, review_date=reviewed)
            # group supervision recorded in every case: counts once
            supervision.add_session(case, "2026-02-20", 90, supervisor="Sue Visor", stage=1)
            if code == "AB-1":
                for day in ("2026-01-20", "2026-03-20", "2026-04-20"):
                    supervision.add_session(case, day, 60, supervisor="Sue Visor", stage=1)
    return folder


def small_targets() -> Settings:
    return Settings(logbook_targets={"1": {"cycles": 5, "clients": 2, "supervisions": 3},
                                     "2": {"cycles": 3, "clients": 1, "supervisions": 2}})


def test_csv_rows_and_stage_progress(workspace: Path, tmp_path: Path) -> None:
    made = export_logbook(workspace, tmp_path / "logbook.csv", settings=small_targets(),
                          today=TODAY)
    with open(made.path, encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert tuple(rows[0]) == CSV_COLUMNS
    cycle_rows = [(row["family_code"], row["cycle"], row["filming_date"], row["review_date"],
                   row["counted"]) for row in rows if row["record"] == "cycle"]
    assert cycle_rows[:2] == [("AB-1", "1", "2026-01-05", "2026-01-12", "yes"),
                              ("AB-1", "2", "2026-02-02", "2026-02-09", "yes")]
    assert ("CD-2", "3", "2026-06-20", "", "no") in cycle_rows
    assert ("EF-3", "1", "2026-06-25", "2026-07-02", "no") in cycle_rows
    assert len(cycle_rows) == 8
    sessions = [row for row in rows if row["record"] == "supervision"]
    assert [row["held_on"] for row in sessions] == ["2026-01-20", "2026-02-20", "2026-03-20",
                                                    "2026-04-20"]
    assert sessions[1]["family_code"] == "AB-1;CD-2;EF-3" and sessions[1]["minutes"] == "90"
    logbook = made.logbook
    assert (logbook.counted_cycles, logbook.clients, len(logbook.sessions)) == (6, 2, 4)
    assert logbook.hours == pytest.approx(4.5)
    first, second = logbook.stages
    assert first.reached and first.needed == {"cycles": 5, "clients": 2, "supervisions": 3}
    assert not second.reached and second.needed == {"cycles": 8, "clients": 3,
                                                     "supervisions": 5}
    assert second.remaining == {"cycles": 2, "clients": 1, "supervisions": 1}
    assert logbook.stage_reached == 1
    assert len(made.audited) == 3
    with Case.open(workspace / "AB-1.vigcase") as case:
        record = audit.list_exports(case)[-1]
    assert record.pseudonymised and record.destination == str(made.path)


def test_default_targets_are_the_aviguk_stages(workspace: Path) -> None:
    logbook = build_logbook(workspace, settings=Settings(), today=TODAY)
    assert [stage.needed for stage in logbook.stages] == [
        {"cycles": 6, "clients": 2, "supervisions": 7},
        {"cycles": 15, "clients": 5, "supervisions": 15},
        {"cycles": 27, "clients": 8, "supervisions": 23}]
    assert logbook.stage_reached == 0
    assert logbook.stages[0].remaining == {"cycles": 0, "clients": 0, "supervisions": 3}


def test_locked_and_unreadable_cases_do_not_stop_the_logbook(workspace: Path,
                                                             tmp_path: Path) -> None:
    broken = workspace / "broken.vigcase"
    broken.mkdir()
    (broken / "case.sqlite").write_bytes(b"this is not a database")
    with Case.open(workspace / "CD-2.vigcase"):  # open "in another window"
        made = export_logbook(workspace, tmp_path / "logbook.pdf", settings=small_targets(),
                              today=TODAY)
    text = " ".join(page.extract_text() for page in PdfReader(made.path).pages)
    text = " ".join(text.split())
    assert "CD-2: Open in another vigeditor window: counted as last saved." in text
    assert "broken.vigcase: The case file cannot be read." in text
    assert "AB-1" in text and "Stage reached: 1." in text
    assert made.logbook.counted_cycles == 6  # the open case is still counted
    # the open case gets its audit entry all the same (issue 10); the broken one cannot
    assert set(made.not_audited) == {broken}
    with Case.open(workspace / "CD-2.vigcase") as case:
        assert [entry.destination for entry in audit.list_exports(case)] == [str(made.path)]
    assert PdfReader(made.path).metadata.title == "VIG logbook"
