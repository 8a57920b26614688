"""Issue 9: one damaged frame never fails an export; the result and the audit say what was used.

A webcam MJPEG AVI whose frame 17 no decoder can picture (ffmpeg makes no picture of it,
checked in ``tests/media/test_render_sync.py``) is imported into a case; a clip over it, a
still of it, a review pack and a supervision pack are all written, and each says in plain
words that frame 16 was used instead.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.data.corpus_audio import make_damaged_mjpeg
from tests.data.videos import read_codes
from vigeditor.project.audit import list_exports
from vigeditor.project.case import Case
from vigeditor.project.clips import add_clip
from vigeditor.project.documents.review_pack import export_review_pack
from vigeditor.project.documents.supervision_pack import export_supervision_pack
from vigeditor.project.exporting import export_clip, export_still
from vigeditor.project.importing import import_recording
from vigeditor.project.people import add_person, give_consent
from vigeditor.project.reviews import add_item
from vigeditor.project.stills import add_still

NOTE = "Frame 17 was damaged; frame 16 was used."


@pytest.fixture
def damaged_case(case: Case, tmp_path_factory: pytest.TempPathFactory) -> tuple[Case, int]:
    film = make_damaged_mjpeg(tmp_path_factory.mktemp("webcam") / "webcam.avi").path
    recording = import_recording(case, film, cycle=1).recording
    for name, role in (("Alex", "carer"), ("Robin", "child")):
        person = add_person(case, name, role).id
        for purpose in ("family-copy", "supervision"):
            give_consent(case, person, purpose, "2024-01-10")
    return case, recording.id


def test_a_clip_and_a_still_over_a_damaged_frame_say_so(damaged_case: tuple[Case, int],
                                                        tmp_path: Path) -> None:
    case, recording = damaged_case
    clip = add_clip(case, recording, 12, 20, caption="You waited")
    still = add_still(case, recording, 17, caption="A smile")
    notes: list[str] = []

    written = export_clip(case, clip.id, tmp_path / "clip.mp4", notes=notes)
    assert read_codes(written) == [12, 13, 14, 15, 16, 16, 18, 19, 20]
    assert notes == [NOTE]
    export_still(case, still.id, tmp_path / "still.png", notes=notes)
    assert notes == [NOTE, NOTE]
    entries = list_exports(case)
    assert [entry.what.endswith(f". {NOTE}") for entry in entries] == [True, True]


def test_packs_over_a_damaged_frame_are_written_and_say_so(damaged_case: tuple[Case, int],
                                                           tmp_path: Path) -> None:
    case, recording = damaged_case
    clip = add_clip(case, recording, 15, 25, caption="You waited")
    still = add_still(case, recording, 30, caption="A smile")
    add_item(case, 1, clip_id=clip.id)
    add_item(case, 1, still_id=still.id)
    notes: list[str] = []

    folder, _archive = export_review_pack(case, 1, tmp_path / "review", notes=notes)
    assert notes == [f"Item 1: {NOTE}"]
    assert len(list(folder.glob("*-clip.mp4"))) == 1
    pack = export_supervision_pack(case, 1, tmp_path / "supervision")
    assert pack.notes == (f"Clip {clip.id}: {NOTE}",)
    whats = [entry.what for entry in list_exports(case)]
    assert whats[0].endswith(f"Item 1: {NOTE}") and whats[1].endswith(f"Clip {clip.id}: {NOTE}")
