"""Long text in the report PDFs (issue 10, item 8): a 70-line caption, a 5,000-character
caption and a 300-character word without spaces flow across pages; nothing is cut."""

from __future__ import annotations

import re
import sqlite3
import subprocess
from pathlib import Path

import pytest

from tests.project.test_booklet import fill_family
from vigeditor.project import clips, cycles, supervision
from vigeditor.project.case import Case
from vigeditor.project.documents.logbook.export import export_logbook
from vigeditor.project.documents.supervision_pack import export_supervision_pack
from vigeditor.project.settings import Settings

SEVENTY_LINES = "\n".join(f"row {number:02d} said" for number in range(70))  # 839 characters
LONG_CAPTION = " ".join(f"word{number:04d}" for number in range(556))  # 5,003 characters
LONG_WORD = ("abcdefghij" * 30)  # 300 characters, no spaces


def pdf_text(path: Path) -> str:
    """The text as a reader shows it (pdftotext, in the order it is drawn)."""
    return subprocess.run(["pdftotext", "-raw", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


def pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True,
                          text=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", info).group(1))


def set_caption(case: Case, clip_id: int, caption: str) -> None:
    """Write a caption as an earlier version or another tool may have stored it (the editor
    takes at most 1,000 characters; the PDF must not depend on that)."""
    with case.operation("long caption") as db:
        db.execute("UPDATE clips SET caption = ? WHERE id = ?", [caption, clip_id])


@pytest.fixture
def long_family(case_with_recording: Case) -> Case:
    case = case_with_recording
    fill_family(case)
    made = [clips.add_clip(case, 1, 30 + index, 34 + index, title=f"Long {index}")
            for index in range(3)]
    clips.update_clip(case, made[0].id, caption=SEVENTY_LINES)  # within the editor's limit
    set_caption(case, made[1].id, LONG_CAPTION)
    clips.update_clip(case, made[2].id, caption=f"Before {LONG_WORD} after")
    cycle = cycles.list_cycles(case)[0]
    cycles.update_cycle(case, cycle.id, notes=SEVENTY_LINES.replace("said", "noted"))
    supervision.add_session(case, "2026-01-21", 60, supervisor="Pat Supervisor",
                            notes=LONG_WORD, clip_ids=[made[2].id])
    return case


def test_long_captions_flow_across_pages_of_the_supervision_pack(long_family: Case,
                                                                 tmp_path: Path) -> None:
    pack = export_supervision_pack(long_family, 1, tmp_path / "pack")
    text = pdf_text(pack.summary)
    # every line, once, in order, each on a line of its own (the first after the title)
    assert re.findall(r"row (\d\d) said$", text, re.MULTILINE) == [
        f"{number:02d}" for number in range(70)]
    assert re.findall(r"row (\d\d) noted$", text, re.MULTILINE) == [
        f"{number:02d}" for number in range(70)]
    assert re.findall(r"word\d{4}", text) == LONG_CAPTION.split()
    flat = "".join(text.split())
    assert flat.count(LONG_WORD) == 2  # the caption and the supervision notes
    assert f"Before{LONG_WORD}after" in flat
    assert pages(pack.summary) >= 4


def test_long_text_in_the_logbook_pdf_flows_across_pages(tmp_path: Path) -> None:
    workspace = tmp_path / "workspace"
    workspace.mkdir()
    with Case.create(workspace / "AB-1", family_code="AB-1") as case:
        cycles.add_cycle(case, 1, filming_date="2026-01-05", review_date="2026-01-12")
        for day in ("2026-01-20", "2026-02-20", "2026-03-20"):
            supervision.add_session(case, day, 60, supervisor="Sue")
    # names as an earlier version or another tool may have stored them
    connection = sqlite3.connect(workspace / "AB-1.vigcase" / "case.sqlite")
    with connection:
        connection.execute("UPDATE supervision_sessions SET supervisor = ? WHERE held_on = ?",
                           [SEVENTY_LINES, "2026-01-20"])
        connection.execute("UPDATE supervision_sessions SET supervisor = ? WHERE held_on = ?",
                           [LONG_CAPTION, "2026-02-20"])
        connection.execute("UPDATE supervision_sessions SET supervisor = ? WHERE held_on = ?",
                           [LONG_WORD, "2026-03-20"])
    connection.close()
    made = export_logbook(workspace, tmp_path / "logbook.pdf", today="2026-06-30",
                          settings=Settings())
    text = pdf_text(made.path)
    assert re.findall(r"row (\d\d) said", text) == [f"{number:02d}" for number in range(70)]
    flat = "".join(text.split())
    assert LONG_WORD in flat
    assert pages(made.path) >= 3
