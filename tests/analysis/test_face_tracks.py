"""Face tracking and blurring (issue 14, item 1) on footage of real face photographs.

The footage (tests/data/face_footage.py) has three faces, left to right: the astronaut, messi
and the cameraman, sliding across the picture; variants hide the middle face for a while or
slide the right face out of the picture. Tracking runs on the real MP4 (real decoding); the
blurring is checked on the exact RGB pictures that were encoded, with the faces lane's own
detector at the tracker's low threshold (stricter than the lane's normal one).
"""

from __future__ import annotations

import threading
from pathlib import Path

import numpy as np
import pytest

from tests.data.face_footage import OCCLUDED, FaceFootage, missing_photos, session_footage
from vigeditor.analysis.face_tracking import LOW_SCORE, iou
from vigeditor.analysis.face_tracks import (
    FaceBlur,
    FaceTracks,
    boxes_to_blur,
    enlarged,
    similarity,
    track_faces,
)
from vigeditor.analysis.faces import YuNetDetector
from vigeditor.media.errors import MediaError, RenderCancelled
from vigeditor.media.pixelate import BLOCKS

pytestmark = pytest.mark.skipif(missing_photos() is not None, reason=str(missing_photos()))


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.getbasetemp() / "face-footage"


def _footage(folder: Path, variant: str = "plain") -> FaceFootage:
    folder.mkdir(exist_ok=True)
    return session_footage(folder, variant)


@pytest.fixture(scope="module")
def plain(folder: Path) -> tuple[FaceFootage, FaceTracks]:
    footage = _footage(folder)
    return footage, track_faces(footage.path, 0, footage.frames - 1)


def test_three_faces_are_tracked_through_every_frame_numbered_left_to_right(
        plain: tuple[FaceFootage, FaceTracks]) -> None:
    footage, tracks = plain
    assert (tracks.first, tracks.last) == (0, footage.frames - 1)
    assert tracks.numbers == [1, 2, 3]
    print(f"unsure frames: {tracks.unsure}")  # a faint face in a shirt's crest, at most
    assert len(tracks.unsure) <= 2
    width, height = footage.size
    for slot, face in enumerate(tracks.faces):
        assert sorted(face.boxes) == list(range(footage.frames))
        assert not face.manual and face.signature
        for index, (x, y, w, h) in face.boxes.items():  # each box is on its own head
            pixels = (x * width, y * height, w * width, h * height)
            assert footage.face_of(index, pixels) == slot  # type: ignore[arg-type]
    again = track_faces(footage.path, 0, footage.frames - 1)
    assert again.to_json() == tracks.to_json()  # the same numbers every time


def test_with_one_face_kept_the_detector_finds_it_and_no_other_in_any_frame(
        plain: tuple[FaceFootage, FaceTracks]) -> None:
    footage, tracks = plain
    blur = FaceBlur(tracks, keep={2})
    assert blur.blurred_count == 2
    detector = YuNetDetector(min_score=LOW_SCORE)
    kept = others = elsewhere = 0
    for index in range(footage.frames):
        picture = footage.picture(index)
        before = picture.copy()
        out = blur(index, picture)
        assert np.array_equal(picture, before)  # the caller's picture is not changed
        x, y, w, h = footage.head_rect(1, index)  # type: ignore[misc]
        assert np.array_equal(out[y:y + h, x:x + w], picture[y:y + h, x:x + w])
        for face in detector.detect(out):
            slot = footage.face_of(index, face.box)
            if slot == 1:
                kept += 1
            elif slot is not None:
                others += 1
            else:
                elsewhere += 1
    print(f"frames {footage.frames}, detections of the kept face {kept}, "
          f"of the others {others}, elsewhere (no face there) {elsewhere}")
    assert kept == footage.frames
    assert others == 0


def test_pixelation_leaves_a_coarse_grid_of_blocks(plain: tuple[FaceFootage, FaceTracks]
                                                   ) -> None:
    footage, tracks = plain
    out = FaceBlur(tracks, keep=())(30, footage.picture(30))
    width, height = footage.size
    for face in tracks.faces:
        x, y, w, h = enlarged(face.boxes[30])
        left, top = int(np.ceil(x * width)), int(np.ceil(y * height))
        right, bottom = int((x + w) * width), int((y + h) * height)
        region = out[top:bottom, left:right].reshape(-1, 3)
        colours = len(np.unique(region, axis=0))
        print(f"face {face.number}: {right - left}x{bottom - top} pixels, {colours} colours")
        assert colours <= (BLOCKS + 1) ** 2


def test_a_hand_drawn_box_is_followed_through_the_range(
        plain: tuple[FaceFootage, FaceTracks]) -> None:
    footage, tracks = plain
    drawn = tracks.face(2).boxes[30]
    result = track_faces(footage.path, 0, footage.frames - 1, manual=[(30, drawn)])
    assert result.numbers == [1, 2, 3]  # a hand-drawn box renumbers nothing
    hand = result.face(4)
    assert hand.manual and hand.best_frame == 30
    assert sorted(hand.boxes) == list(range(footage.frames))
    overlaps = [iou(hand.boxes[index], tracks.face(2).boxes[index])
                for index in range(footage.frames)]
    print(f"hand-drawn box vs the tracked face: least overlap {min(overlaps):.2f}")
    assert min(overlaps) > 0.5
    assert len(boxes_to_blur(result, {1, 2, 3}, 10)) == 1  # kept faces, but the box blurs


def test_a_hidden_face_is_flagged_and_keeps_its_number(folder: Path) -> None:
    footage = _footage(folder, "occluded")
    tracks = track_faces(footage.path, 0, footage.frames - 1)
    assert tracks.numbers == [1, 2, 3]
    assert set(OCCLUDED) <= set(tracks.unsure)
    assert set(tracks.unsure) <= set(range(OCCLUDED.start - 1, OCCLUDED.stop + 1))
    assert similarity(tracks.face(2), tracks.face(2)) == pytest.approx(1.0)
    assert similarity(tracks.face(1), tracks.face(2)) < 0.6


def test_a_face_going_out_of_the_picture_is_flagged_and_still_blurred(folder: Path) -> None:
    footage = _footage(folder, "edge")
    tracks = track_faces(footage.path, 0, footage.frames - 1)
    assert tracks.numbers == [1, 2, 3]
    assert [frame for frame in tracks.unsure if frame > footage.frames * 2 // 3]
    assert footage.frames - 1 in tracks.face(3).boxes  # held at the edge to the end
    out = FaceBlur(tracks, keep={1, 2})(footage.frames - 1, footage.picture(footage.frames - 1))
    assert all(footage.face_of(footage.frames - 1, face.box) != 2
               for face in YuNetDetector(min_score=LOW_SCORE).detect(out))


def test_a_still_is_a_range_of_one_frame(plain: tuple[FaceFootage, FaceTracks]) -> None:
    footage, _tracks = plain
    still = track_faces(footage.path, 12, 12)
    assert still.numbers == [1, 2, 3]
    assert all(list(face.boxes) == [12] for face in still.faces)


def test_tracks_survive_json_and_outside_frames_take_the_nearest(
        plain: tuple[FaceFootage, FaceTracks]) -> None:
    tracks = plain[1]
    again = FaceTracks.from_json(tracks.to_json())
    assert again.numbers == tracks.numbers and again.unsure == tracks.unsure
    for face, copy in zip(tracks.faces, again.faces, strict=True):
        assert face.best_frame == copy.best_frame
        assert all(abs(a - b) < 1e-4 for frame in face.boxes
                   for a, b in zip(face.boxes[frame], copy.boxes[frame], strict=True))
    assert boxes_to_blur(tracks, (), -5) == boxes_to_blur(tracks, (), 0)
    assert boxes_to_blur(tracks, {1, 2, 3}, 10) == []
    for text in ("{}", "[]", '{"version": 999}', "not json"):
        with pytest.raises(ValueError):
            FaceTracks.from_json(text)


def test_progress_and_cancel(plain: tuple[FaceFootage, FaceTracks]) -> None:
    footage, _tracks = plain
    seen: list[float] = []
    track_faces(footage.path, 0, 9, progress=seen.append)
    assert seen[-1] == 1.0 and seen == sorted(seen)
    stop = threading.Event()
    stop.set()
    with pytest.raises(RenderCancelled):
        track_faces(footage.path, 0, 9, cancel=stop)
    with pytest.raises(MediaError):
        track_faces(footage.path, 5, 4)
    with pytest.raises(MediaError):
        track_faces(footage.path, 0, 5, manual=[(9, (0.1, 0.1, 0.1, 0.1))])


def test_small_faces_in_1080p_are_found(folder: Path) -> None:
    """Faces 32 px high in 1080p: below what the 960x540 search sees, found by the search
    at full size every FINE_EVERY frames and followed in between."""
    folder.mkdir(exist_ok=True)
    footage = session_footage(folder, "plain", frames=21, size=(1920, 1080), face_height=32)
    tracks = track_faces(footage.path, 0, footage.frames - 1)
    width, height = footage.size
    on = [footage.face_of(10, (round(x * width), round(y * height), round(w * width),
                               round(h * height)))
          for face in tracks.faces for x, y, w, h in [face.boxes[10]]]
    print(f"faces 32 px high in 1080p: tracks on faces {on}, unsure {tracks.unsure}")
    assert on == [0, 1, 2]
    assert all(sorted(face.boxes) == list(range(footage.frames)) for face in tracks.faces)
