"""Faces that move fast, searched every STEP frames (issue 14: the blurred export's speed).

The tracker searches every :data:`~vigeditor.analysis.face_tracks.STEP`-th frame and covers
the frames between with the union of the boxes around them. These tests check that this
keeps every frame covered when faces move about a third of their width a frame and change
direction (the "fast" footage), with the same proof as the plain footage: with one face
kept, the detector at the tracker's low threshold finds it in every frame and no other.
"""

from __future__ import annotations

import pytest

from tests.data.face_footage import FaceFootage, missing_photos, session_footage
from vigeditor.analysis.face_tracking import LOW_SCORE, Detection, fill
from vigeditor.analysis.face_tracks import STEP, FaceBlur, FaceTracks, enlarged, track_faces
from vigeditor.analysis.faces import YuNetDetector

pytestmark = pytest.mark.skipif(missing_photos() is not None, reason=str(missing_photos()))


@pytest.fixture(scope="module")
def fast(tmp_path_factory: pytest.TempPathFactory) -> tuple[FaceFootage, FaceTracks]:
    folder = tmp_path_factory.getbasetemp() / "face-footage"
    folder.mkdir(exist_ok=True)
    footage = session_footage(folder, "fast")
    return footage, track_faces(footage.path, 0, footage.frames - 1)


def test_a_frame_between_two_searches_gets_the_union_of_their_boxes() -> None:
    found = {0: Detection((0.1, 0.2, 0.1, 0.1), 0.9), 2: Detection((0.3, 0.1, 0.1, 0.2), 0.9),
             6: Detection((0.3, 0.1, 0.1, 0.2), 0.9)}
    boxes = fill(found, 0, 6, lambda frame: None, step=2)
    assert boxes[1] == pytest.approx((0.1, 0.1, 0.3, 0.2))  # anywhere between frames 0 and 2
    assert boxes[4] == pytest.approx((0.3, 0.1, 0.1, 0.2))  # a missed search: interpolated
    assert fill(found, 0, 6, lambda frame: None)[1] == pytest.approx((0.2, 0.15, 0.1, 0.15))


def test_fast_faces_are_covered_in_every_frame(fast: tuple[FaceFootage, FaceTracks]) -> None:
    footage, tracks = fast
    assert STEP > 1
    assert len(tracks.faces) == 3
    width, height = footage.size
    for slot, face in enumerate(tracks.faces):
        assert sorted(face.boxes) == list(range(footage.frames))
        for index in range(footage.frames):
            x, y, w, h = enlarged(face.boxes[index])
            fx, fy, fw, fh = footage.face_rect(slot, index)  # type: ignore[misc]
            assert x * width <= fx and fx + fw <= (x + w) * width, (slot, index)
            assert y * height <= fy and fy + fh <= (y + h) * height, (slot, index)


@pytest.mark.parametrize("kept_slot", [0, 1, 2])
def test_fast_faces_with_one_kept_the_detector_finds_no_other(
        fast: tuple[FaceFootage, FaceTracks], kept_slot: int) -> None:
    footage, tracks = fast
    blur = FaceBlur(tracks, keep={kept_slot + 1})
    detector = YuNetDetector(min_score=LOW_SCORE)
    kept = others = 0
    for index in range(footage.frames):
        for face in detector.detect(blur(index, footage.picture(index))):
            slot = footage.face_of(index, face.box)
            kept += slot == kept_slot
            others += slot is not None and slot != kept_slot
    print(f"fast faces, face {kept_slot + 1} kept: frames {footage.frames}, detections of "
          f"the kept face {kept}, of the others {others}")
    assert kept == footage.frames
    assert others == 0


def test_unsure_frames_one_search_step_apart_are_one_stretch() -> None:
    """Issue 14: unsure frames every 2nd frame (the detector's step) are one stretch, in the
    app's list as in the command line's report."""
    from vigeditor.analysis.face_tracks import STEP, FaceTracks
    tracks = FaceTracks(0, 59, (), (0, 2, 4, 6, 30, 40, 41))
    assert STEP == 2
    assert tracks.unsure_stretches() == [(0, 6), (30, 30), (40, 41)]
