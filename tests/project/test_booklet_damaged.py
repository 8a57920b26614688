"""A booklet whose still shows a damaged frame (one the decoder cannot produce) is written
all the same, with the nearest earlier good frame, and says so in its result and audit entry.

The damage is real: the case's frame table claims a frame the decoder never outputs (as with
a corrupt packet), so the real frame server on the real file cannot produce it.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.project.test_booklet import CAPTIONS, fill_family
from tests.ui.damage import damaged_table
from vigeditor.media.frame_server import FrameServer
from vigeditor.project import audit
from vigeditor.project.case import Case
from vigeditor.project.documents.booklet.booklet import export_booklet
from vigeditor.project.exporting import recording_media

DAMAGED = 45  # the frame of the still "Laughing together."


@pytest.fixture
def damaged(case_with_recording: Case) -> Case:
    fill_family(case_with_recording)
    table = damaged_table(case_with_recording.frame_table(1), DAMAGED)
    case_with_recording._tables[1] = table  # what the case knows of recording 1's frames
    _path, info, _table = recording_media(case_with_recording, 1)
    with FrameServer(info, table) as server:  # the frame really cannot be decoded
        served = server.serve(DAMAGED)
        assert served.damaged and served.shown == DAMAGED - 1
    return case_with_recording


def pdf_text(path: Path) -> str:
    done = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True, timeout=60)
    return " ".join(done.stdout.split())


@pytest.mark.parametrize("a5", [False, True])
def test_a_booklet_with_a_damaged_key_frame_is_written(damaged: Case, tmp_path: Path,
                                                       a5: bool) -> None:
    made = export_booklet(damaged, tmp_path / "booklet.pdf", a5=a5)
    assert made.path.is_file() and made.pictures == 4
    text = pdf_text(made.path)
    assert CAPTIONS[2] in text  # the damaged still's page, with its caption
    note = "Frame 45 of recording 1 was damaged; frame 44 was used."
    assert made.notes == (note,)
    record = audit.list_exports(damaged)[-1]
    assert record.destination == str(made.path) and note in record.what


def test_a_booklet_without_damage_has_no_notes(case_with_recording: Case,
                                               tmp_path: Path) -> None:
    fill_family(case_with_recording)
    made = export_booklet(case_with_recording, tmp_path / "booklet.pdf")
    assert made.notes == ()
    assert "damaged" not in audit.list_exports(case_with_recording)[-1].what
