"""``vigeditor faces`` and ``--blur-faces [--keep …]`` on the exports (issue 14, item 5), run
in-process on a real case holding the face footage."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import cv2
import pytest

from tests.data.face_footage import OCCLUDED, FaceFootage, session_footage
from tests.project import blur_helpers
from tests.project.blur_helpers import (
    SLOTS,
    count_faces,
    decoded,
    needs_photos,
    read_picture,
)
from vigeditor.cli import main
from vigeditor.cli_faces import stretches
from vigeditor.project.audit import list_exports
from vigeditor.project.case import Case

# the fixtures of blur_helpers, used here
face_footage = blur_helpers.face_footage
face_case_template = blur_helpers.face_case_template

pytestmark = needs_photos


@pytest.fixture
def case_dir(tmp_path: Path, face_case_template: Path) -> Path:
    folder = tmp_path / "faces.vigcase"
    shutil.copytree(face_case_template, folder)
    return folder


def run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    code = main([str(arg) for arg in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_faces_writes_numbered_thumbnails_and_lists_the_faces(
        capsys: pytest.CaptureFixture[str], case_dir: Path, tmp_path: Path) -> None:
    code, out, err = run(capsys, "faces", case_dir, "--clip", "1", "-o", tmp_path / "faces",
                         "--link", "1:Eileen Collins")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == "clip 1 (recording 1, frames 0–29): 3 faces"
    assert lines[1].startswith("face 1: frames 0–29  linked to Eileen Collins (person 1)")
    assert lines[2].startswith("face 2: frames 0–29  not linked")
    assert sorted(path.name for path in (tmp_path / "faces").iterdir()) == \
        ["face-1.png", "face-2.png", "face-3.png"]
    for number in (1, 2, 3):
        assert f"{tmp_path / 'faces' / f'face-{number}.png'}" in lines[number]
        thumbnail = cv2.imread(str(tmp_path / "faces" / f"face-{number}.png"))
        assert thumbnail.shape[0] > 160 and thumbnail[5, 5].tolist() == [40, 40, 40]
    code, out, err = run(capsys, "faces", case_dir, "--still", "2", "--json")
    report = json.loads(out)
    assert [face["person"] for face in report["faces"]] == [
        {"id": 1, "name": "Eileen Collins"}, None, None]  # remembered at another frame
    assert report["item"] == {"kind": "still", "id": 2, "recording": 1, "first": 45,
                              "last": 45}
    code, out, err = run(capsys, "faces", case_dir, "--still", "2", "--unlink", "1")
    assert code == 0 and "linked to" not in out
    assert out.splitlines()[0] == "still 2 (recording 1, frame 45): 3 faces"
    assert out.splitlines()[1].startswith("face 1: frame 45  ")
    code, out, err = run(capsys, "faces", case_dir, "--clip", "1", "--link", "1:Eileen Collins")
    assert "note:" not in out
    code, out, err = run(capsys, "faces", case_dir, "--clip", "1", "--link", "1:Leo Parent")
    assert (code, err) == (0, "")
    assert out.splitlines()[-1] == ("note: face 1 was linked to Eileen Collins: that link is "
                                    "removed")


def test_faces_refuses_thumbnails_inside_the_case_and_bad_links(
        capsys: pytest.CaptureFixture[str], case_dir: Path) -> None:
    code, _out, err = run(capsys, "faces", case_dir, "--still", "1", "-o", case_dir / "media")
    assert code == 2 and err.startswith("error: Exports cannot be saved inside the case")
    assert not (case_dir / "media" / "face-1.png").exists()
    code, _out, err = run(capsys, "faces", case_dir, "--still", "1", "-o",
                         case_dir / "exports" / "faces")
    assert code == 0 and (case_dir / "exports" / "faces" / "face-3.png").is_file()
    for bad in ("x", "1", "1:", "one:2"):
        code, _out, err = run(capsys, "faces", case_dir, "--still", "1", "--link", bad)
        assert code == 2 and err.count("\n") == 1 and err.startswith("error: --link takes")
    code, _out, err = run(capsys, "faces", case_dir, "--still", "1", "--link", "7:1")
    assert code == 2 and "no face 7" in err


def test_unsure_frames_are_said_as_stretches() -> None:
    assert stretches([120, 121, 122, 130, 5]) == [[5, 5], [120, 122], [130, 130]]


def test_unsure_frames_every_search_step_make_one_stretch() -> None:
    """Issue 14: the detector looks at every 2nd frame, so unsure frames 0, 2, 4, 6 are one
    stretch, not four lines; a lone frame is said in the singular."""
    assert stretches([0, 2, 4, 6, 20, 23]) == [[0, 6], [20, 20], [23, 23]]


def test_a_lone_unsure_frame_reads_at_frame(capsys: pytest.CaptureFixture[str]) -> None:
    from vigeditor.cli_faces import print_faces
    item = {"id": 3, "kind": "clip", "recording": 2, "first": 0, "last": 59}
    print_faces({"item": item, "faces": [], "unsure": stretches([2, 0, 4, 30])})
    lines = capsys.readouterr().out.splitlines()
    assert lines[1:] == ["detection unsure at frames 0–4: check them in the app",
                         "detection unsure at frame 30: check it in the app"]


def test_export_clip_and_still_blur_faces_with_keep(
        capsys: pytest.CaptureFixture[str], case_dir: Path, tmp_path: Path,
        face_footage: FaceFootage) -> None:
    code, _out, err = run(capsys, "export", "clip", case_dir, "--clip", "2", "-o",
                          tmp_path / "clip.mp4", "--blur-faces", "--keep", "2")
    assert (code, err) == (0, "")
    frames, kept, others = count_faces(face_footage, decoded(tmp_path / "clip.mp4"),
                                       {SLOTS[2]})
    print(f"export clip --keep 2: frames {frames}, kept detections {kept}, others' "
          f"detections {others}")
    assert others == 0 and kept == frames == 30
    code, _out, err = run(capsys, "export", "still", case_dir, "--still", "1", "-o",
                          tmp_path / "still.png", "--blur-faces")
    assert (code, err) == (0, "")
    picture = read_picture(tmp_path / "still.png")
    assert count_faces(face_footage, [(17, picture)], set())[1:] == (0, 0)  # nobody linked
    with Case.open(case_dir) as case:
        entries = list_exports(case)
    assert [entry.blurred_faces for entry in entries] == [2, 3]
    assert "faces blurred: 3, kept visible: 0" in entries[1].what


@pytest.mark.parametrize(("argv", "message"), [
    (("export", "clip", "--clip", "1", "--blur-faces", "--keep", "1,x"), "--keep takes face"),
    (("export", "still", "--still", "1", "--keep", "1"), "--keep is for --blur-faces"),
    (("export", "clip", "--clip", "1", "--blur-faces", "--keep", "4"), "has no face 4"),
    (("export", "booklet", "--blur-faces", "--keep", "still:1"), "clip:ID:N or still:ID:N"),
    (("export", "review-pack", "--cycle", "1", "--blur-faces", "--keep", "frame:1:1"),
     "clip:ID:N or still:ID:N"),
    (("export", "supervision", "--cycle", "1", "--blur-faces", "--keep", "clip:1:0"),
     "clip:ID:N or still:ID:N"),
])
def test_bad_keep_values_are_one_error_line(capsys: pytest.CaptureFixture[str],
                                            case_dir: Path, tmp_path: Path,
                                            argv: tuple[str, ...], message: str) -> None:
    suffix = {"clip": "out.mp4", "still": "out.png", "booklet": "out.pdf"}.get(argv[1], "out")
    code, _out, err = run(capsys, *argv[:2], case_dir, *argv[2:], "-o", tmp_path / suffix)
    assert code == 2 and err.count("\n") == 1 and message in err, err
    assert sorted(path.name for path in tmp_path.iterdir()) == ["faces.vigcase"]


def test_document_exports_blur_faces_keeping_linked_people_and_named_faces(
        capsys: pytest.CaptureFixture[str], case_dir: Path, tmp_path: Path,
        face_footage: FaceFootage) -> None:
    assert run(capsys, "faces", case_dir, "--clip", "1", "--link", "1:1")[0] == 0
    code, _out, err = run(capsys, "export", "review-pack", case_dir, "--cycle", "1", "-o",
                          tmp_path / "pack", "--blur-faces", "--keep", "still:1:3")
    assert (code, err) == (0, "")
    clip = decoded(next((tmp_path / "pack").glob("*-clip.mp4")))
    still = read_picture(next((tmp_path / "pack").glob("*-still.jpg")))
    clip_counts = count_faces(face_footage, clip, {SLOTS[1]})
    still_counts = count_faces(face_footage, [(17, still)], {SLOTS[1], SLOTS[3]})
    print(f"review-pack --blur-faces --keep still:1:3: clip {clip_counts}, still "
          f"{still_counts} (pictures, kept detections, others' detections)")
    assert clip_counts == (30, 30, 0) and still_counts == (1, 2, 0)
    code, _out, err = run(capsys, "export", "booklet", case_dir, "-o", tmp_path / "b.pdf",
                          "--blur-faces")
    assert (code, err) == (0, "")
    code, _out, err = run(capsys, "export", "supervision", case_dir, "--cycle", "1", "-o",
                          tmp_path / "sup", "--blur-faces", "--keep", "clip:2:3")
    assert code == 0
    with Case.open(case_dir) as case:
        entries = list_exports(case)
    assert [(entry.blurred_faces, entry.what.split("; ")[-1].split(" (")[0])
            for entry in entries] == [
        (3, "faces blurred: 3, kept visible: 3"),
        (8, "faces blurred: 8, kept visible: 4"),
        (3, "faces blurred: 3, kept visible: 3")]


def test_faces_says_where_detection_was_unsure(capsys: pytest.CaptureFixture[str],
                                               case_dir: Path, tmp_path: Path) -> None:
    hidden = session_footage(tmp_path, "occluded")  # the middle face behind a card
    assert run(capsys, "case", "import", case_dir, hidden.path, "--cycle", "1")[0] == 0
    assert run(capsys, "case", "add-clip", case_dir, "--recording", "2", "--in", "0",
               "--out", "59")[0] == 0
    code, out, err = run(capsys, "faces", case_dir, "--clip", "3")
    assert (code, err) == (0, "")
    assert out.splitlines()[0] == "clip 3 (recording 2, frames 0–59): 3 faces"
    first, last = min(OCCLUDED), max(OCCLUDED)
    assert f"detection unsure at frames {first}–{last}: check them in the app" in out
    code, out, err = run(capsys, "export", "clip", case_dir, "--clip", "3", "-o",
                         tmp_path / "hidden.mp4", "--blur-faces")
    assert (code, err) == (0, "")
    notes = [line for line in out.splitlines() if line.startswith("note: face detection")]
    assert len(notes) == 1 and f"{first}–{last}" in notes[0], out
    assert "may not be blurred" in notes[0] and "export dialog" in notes[0]


def test_a_bad_keep_is_refused_before_the_passphrase_is_asked_for(
        capsys: pytest.CaptureFixture[str], case_dir: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("VIGEDITOR_PASSPHRASE", raising=False)
    code, _out, err = run(capsys, "export", "supervision", case_dir, "--cycle", "1", "-o",
                          tmp_path / "sup", "--encrypt", "--blur-faces", "--keep", "3")
    assert code == 2 and err.startswith("error: --keep takes faces as clip:ID:N"), err
