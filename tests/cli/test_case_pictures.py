"""Issue 10 item 4: pictures and names of a family leave a case only through an export.

`vigeditor frame` on a recording inside a case folder, and `vigeditor screenshots --case` on a
family's case, refuse in one plain line and say which export to use; nothing is written.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.data.videos import VideoSpec, make_video
from vigeditor.cli import main
from vigeditor.project.case import Case
from vigeditor.project.importing import import_recording


@pytest.fixture
def family_case(tmp_path: Path) -> tuple[Path, Path]:
    film = make_video(tmp_path / "visit.mp4", VideoSpec(frames=20, width=160, height=120))
    with Case.create(tmp_path / "Jones", family_code="JF-7") as case:
        recording = import_recording(case, film, cycle=1).recording
        return case.folder, case.recording_path(case.row("recordings", recording.id))


def test_frame_refuses_a_recording_of_a_case(family_case: tuple[Path, Path], tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    folder, recording = family_case
    out = tmp_path / "out.png"
    assert main(["frame", str(recording), "--index", "3", "-o", str(out)]) == 2
    error = capsys.readouterr().err.strip().splitlines()
    assert len(error) == 1 and error[0].startswith("error: ")
    assert "vigeditor export still" in error[0] and folder.name in error[0]
    assert not out.exists()


def test_frame_still_works_on_a_file_outside_any_case(tmp_path: Path) -> None:
    film = make_video(tmp_path / "loose.mp4", VideoSpec(frames=5, width=160, height=120))
    assert main(["frame", str(film), "--index", "2", "-o", str(tmp_path / "f.png")]) == 0
    assert (tmp_path / "f.png").is_file()


def test_screenshots_of_a_family_case_are_refused(family_case: tuple[Path, Path],
                                                  tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    folder, _recording = family_case
    out = tmp_path / "shots"
    assert main(["screenshots", str(out), "--case", str(folder)]) == 2
    error = capsys.readouterr().err
    assert "demo case" in error and "vigeditor export" in error
    assert not out.exists() or not any(out.iterdir())
