"""Exports with faces blurred: the renderer's picture filter, end to end through the encoder.

The footage (tests/data/face_footage.py) shows three real faces; the tracks come from the
real MP4 and the export is decoded back frame by frame (each frame's code says which frame it
is) and searched with the faces lane's detector at the tracker's low threshold.
"""

from __future__ import annotations

import threading
from pathlib import Path

import av
import cv2
import numpy as np
import pytest

from tests.data.face_footage import FaceFootage, missing_photos, session_footage
from tests.data.videos import read_code
from vigeditor.analysis.face_tracking import LOW_SCORE
from vigeditor.analysis.face_tracks import FaceBlur, FaceTracks, track_faces
from vigeditor.analysis.faces import YuNetDetector
from vigeditor.media import render_video
from vigeditor.media.errors import MediaError
from vigeditor.media.frame_server import ServedFrame
from vigeditor.media.probe import open_recording
from vigeditor.media.render import render_clip, render_still
from vigeditor.media.render_caption import CaptionOverlay

needs_photos = pytest.mark.skipif(missing_photos() is not None, reason=str(missing_photos()))


@pytest.fixture(scope="module")
def material(tmp_path_factory: pytest.TempPathFactory) -> tuple[FaceFootage, FaceTracks]:
    if missing_photos() is not None:
        pytest.skip(str(missing_photos()))
    folder = tmp_path_factory.getbasetemp() / "face-footage"
    folder.mkdir(exist_ok=True)
    footage = session_footage(folder)
    return footage, track_faces(footage.path, 0, footage.frames - 1)


def _counts(footage: FaceFootage, pictures: list[tuple[int, np.ndarray]], kept_slot: int
            ) -> tuple[int, int, int]:
    """Detections on the kept face, on the other faces, and elsewhere (the detector's
    false alarms on shirts and crockery: no face is there)."""
    detector = YuNetDetector(min_score=LOW_SCORE)
    counts = [0, 0, 0]
    for index, picture in pictures:
        for face in detector.detect(picture):
            slot = footage.face_of(index, face.box)
            counts[0 if slot == kept_slot else 1 if slot is not None else 2] += 1
    return counts[0], counts[1], counts[2]


@needs_photos
def test_an_exported_clip_shows_the_kept_face_and_no_other(
        material: tuple[FaceFootage, FaceTracks], tmp_path: Path) -> None:
    footage, tracks = material
    info, table = open_recording(footage.path, cache_dir=tmp_path)
    first, last = 5, footage.frames - 1
    result = render_clip(footage.path, table, info, first, last, tmp_path / "blurred.mp4",
                         picture_filter=FaceBlur(tracks, keep={1}))
    with av.open(str(result.path)) as container:
        pictures = [frame.to_ndarray(format="rgb24") for frame in container.decode(video=0)]
    codes = [read_code(picture) for picture in pictures]
    assert codes == list(range(first, last + 1))
    kept, others, elsewhere = _counts(footage, list(zip(codes, pictures, strict=True)),
                                      kept_slot=0)
    print(f"exported frames {len(pictures)}, detections of the kept face {kept}, "
          f"unblurred detections of the others {others}, elsewhere {elsewhere}")
    assert others == 0
    assert kept == len(pictures)


@needs_photos
def test_an_exported_still_shows_the_kept_face_and_no_other(
        material: tuple[FaceFootage, FaceTracks], tmp_path: Path) -> None:
    footage, tracks = material
    info, table = open_recording(footage.path, cache_dir=tmp_path)
    still = render_still(footage.path, table, info, 17, tmp_path / "still.png",
                         picture_filter=FaceBlur(tracks, keep={3}))
    picture = cv2.cvtColor(cv2.imread(str(still.path)), cv2.COLOR_BGR2RGB)
    assert read_code(picture) == 17
    kept, others, _elsewhere = _counts(footage, [(17, picture)], kept_slot=2)
    print(f"still: detections of the kept face {kept}, of the others {others}")
    assert (kept, others) == (1, 0)


class _Server:
    """A frame server whose frame ``damaged`` cannot be decoded (the renderer then shows the
    frame before it)."""

    def __init__(self, damaged: int) -> None:
        self.damaged = damaged
        self.served: dict[int, np.ndarray] = {}

    def serve(self, index: int, size: tuple[int, int] | None = None) -> ServedFrame:
        if index == self.damaged:
            raise MediaError("damaged")
        width, height = size or (64, 48)
        picture = np.full((height, width, 3), index * 10 % 256, np.uint8)
        self.served[index] = picture
        return ServedFrame(index, index, False, picture)


def test_the_filter_gets_the_frame_shown_and_comes_before_the_caption() -> None:
    server = _Server(damaged=3)
    calls: list[int] = []

    def black(frame: int, picture: np.ndarray) -> np.ndarray:
        calls.append(frame)
        return np.zeros_like(picture)

    caption = CaptionOverlay("Consent given", 64, 48)
    made = list(render_video._served(server, 1, 5, (64, 48), caption,  # type: ignore[arg-type]
                                     black))
    assert [picture.shown for picture in made] == [1, 2, 2, 4, 5]
    assert calls == [1, 2, 2, 4, 5]  # the damaged frame 3 shows frame 2: filtered as 2
    assert all(picture.mean() == (index * 10 % 256)  # served pictures untouched
               for index, picture in server.served.items())
    shown = made[0].frame.to_ndarray(format="rgb24")
    assert shown.max() > 100  # the caption was drawn on the blacked-out picture


def test_render_clip_passes_its_filter_for_every_frame(tmp_path: Path) -> None:
    from tests.data.videos import VideoSpec, make_video

    path = make_video(tmp_path / "plain.mp4", VideoSpec(frames=12))
    info, table = open_recording(path, cache_dir=tmp_path)
    seen: list[int] = []
    lock = threading.Lock()

    def record(frame: int, picture: np.ndarray) -> np.ndarray:
        with lock:
            seen.append(frame)
        return picture

    render_clip(path, table, info, 2, 9, tmp_path / "out.mp4", picture_filter=record)
    assert seen == list(range(2, 10))
