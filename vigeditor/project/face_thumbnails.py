"""Small numbered pictures of the faces of a clip or still, so the guider can tell which
number is whom (``vigeditor faces``; the export dialog may use them too).

Each is a crop of the face's best frame (:attr:`TrackedFace.best_frame`, decoded exactly at
the recording's display size) around its box, grown by :data:`CONTEXT` face sizes on each
side, scaled to :data:`HEIGHT` pixels high, with a band on top carrying the face's number.
These are plaintext pictures of people: the caller writes them only where the guider chose
(:func:`vigeditor.project.exporting.check_destination`).
"""

from __future__ import annotations

import cv2
import numpy as np

from vigeditor.analysis.face_tracks import FaceTracks, TrackedFace
from vigeditor.media.errors import MediaError
from vigeditor.media.frame_server import FrameServer
from vigeditor.media.probe import open_recording
from vigeditor.project.case import Case
from vigeditor.project.errors import CaseError

HEIGHT = 160  # pixels: a thumbnail's picture, without its number band
BAND = 28  # pixels: the band above it with the number
CONTEXT = 0.5  # the crop's margin around the face, in face widths and heights
_INK = (255, 255, 255)
_BACKGROUND = (40, 40, 40)


def face_thumbnails(case: Case, recording_id: int, tracks: FaceTracks, *,
                    height: int = HEIGHT, numbered: bool = True) -> dict[int, np.ndarray]:
    """Face number → an RGB picture (uint8, (``height`` + band) × W × 3) of each face of
    ``tracks`` (faces of a range of the recording) at its best frame; with ``numbered`` the
    number is drawn in a band above. CaseError when the recording cannot be read."""
    table = case.frame_table(recording_id)
    row = case.row("recordings", recording_id)
    assert row is not None  # frame_table checked it
    try:
        info, _table = open_recording(case.recording_path(row), cache_dir=case.frame_table_dir)
        with FrameServer(info, table) as server:
            pictures = {face.number: _crop(server.serve(face.best_frame).picture, face,
                                           height) for face in tracks.faces}
    except MediaError as error:
        raise CaseError(str(error)) from error
    if not numbered:
        return pictures
    return {number: with_number(picture, number) for number, picture in pictures.items()}


def _crop(picture: np.ndarray, face: TrackedFace, height: int) -> np.ndarray:
    """The face's surroundings at its best frame, ``height`` pixels high."""
    box = face.box_at(face.best_frame) or next(iter(face.boxes.values()))
    rows, columns = picture.shape[:2]
    x, y, w, h = box
    left = max(0, int((x - w * CONTEXT) * columns))
    right = min(columns, int(np.ceil((x + w * (1 + CONTEXT)) * columns)))
    top = max(0, int((y - h * CONTEXT) * rows))
    bottom = min(rows, int(np.ceil((y + h * (1 + CONTEXT)) * rows)))
    crop = picture[top:max(bottom, top + 1), left:max(right, left + 1)]
    width = max(1, round(crop.shape[1] * height / crop.shape[0]))
    return cv2.resize(crop, (width, height), interpolation=cv2.INTER_AREA
                      if crop.shape[0] > height else cv2.INTER_CUBIC)


def with_number(picture: np.ndarray, number: int) -> np.ndarray:
    """``picture`` with a band above it showing ``number`` (at least as wide as the
    number)."""
    text = str(number)
    scale = BAND / 34
    (text_w, text_h), _base = cv2.getTextSize(text, cv2.FONT_HERSHEY_SIMPLEX, scale, 2)
    width = max(picture.shape[1], text_w + 12)
    result = np.empty((picture.shape[0] + BAND, width, 3), np.uint8)
    result[:] = _BACKGROUND
    result[BAND:, :picture.shape[1]] = picture
    cv2.putText(result, text, (6, (BAND + text_h) // 2), cv2.FONT_HERSHEY_SIMPLEX, scale,
                _INK, 2, cv2.LINE_AA)
    return result


__all__ = ["HEIGHT", "face_thumbnails", "with_number"]
