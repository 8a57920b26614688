"""Faces in one picture: where they are and which way each is turned.

The detector is OpenCV's YuNet (``cv2.FaceDetectorYN`` in ``opencv-python-headless``), a
small CNN giving a box, a score and five landmarks per face (eyes, nose tip, mouth corners).
Its model ships in ``resources/models/`` (MIT, from the opencv_zoo repository; see the
README there for its origin and checksum); nothing is downloaded. Why YuNet and not Haar
cascades or MediaPipe: docs/performance.md (faces).

Which way a face is turned: the nose tip lies to the right of the eyes' midpoint when the
face is turned towards the picture's right (``yaw`` = that offset ÷ the eyes' distance;
:data:`TURN_THRESHOLD` and beyond counts as turned). Two faces
are **facing each other** when, of two faces side by side, the left one is turned right and
the right one turned left (:func:`facing_each_other`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import cv2
import numpy as np

from vigeditor.i18n import _
from vigeditor.media.errors import MediaError
from vigeditor.paths import resource_path

YUNET_MODEL = "face_detection_yunet_2026may.onnx"
#: |yaw| at or above which a face counts as turned (yaw: nose offset ÷ eye distance)
TURN_THRESHOLD = 0.25
Box = tuple[int, int, int, int]


@dataclass(frozen=True)
class Face:
    """One face in a picture: ``box`` (x, y, width, height) in the picture's pixels,
    ``score`` (0…1, the detector's confidence), ``yaw`` (nose offset from the eyes' midpoint
    ÷ eye distance: > 0 turned to the picture's right, < 0 to its left; None when the
    detector gives no landmarks) and ``turned``: "left", "right" or "front"."""

    box: Box
    score: float
    yaw: float | None
    turned: str


class FaceDetector(Protocol):
    """Finds faces in an RGB picture (height × width × 3, uint8)."""

    name: str

    def detect(self, picture: np.ndarray) -> list[Face]:
        """The faces in ``picture``, left to right."""
        ...


def models_dir() -> Path:
    """The folder of the shipped face models (``resources/models``)."""
    return resource_path("models")


def _turn(yaw: float | None) -> str:
    if yaw is None or abs(yaw) < TURN_THRESHOLD:
        return "front"
    return "right" if yaw > 0 else "left"


class YuNetDetector:
    """OpenCV's YuNet (see the module). ``min_score``: the detector's confidence threshold.
    Raises MediaError when the model file is missing or cannot be read."""

    name = "yunet"

    def __init__(self, model: Path | None = None, *, min_score: float = 0.75) -> None:
        path = model if model is not None else models_dir() / YUNET_MODEL
        if not path.is_file():
            raise MediaError(_("The face model {name} is missing.").format(name=path.name))
        logging = cv2.utils.logging
        level = logging.getLogLevel()
        logging.setLogLevel(logging.LOG_LEVEL_ERROR)  # OpenCV 5 warns about DNN targets
        try:
            self._net = cv2.FaceDetectorYN.create(str(path), "", (320, 320), min_score, 0.3)
        except cv2.error as error:
            raise MediaError(_("The face model {name} cannot be read.").format(
                name=path.name)) from error
        finally:
            logging.setLogLevel(level)
        self._size = (320, 320)

    def detect(self, picture: np.ndarray) -> list[Face]:
        """The faces in the RGB ``picture``, left to right, with their yaw."""
        height, width = picture.shape[:2]
        if (width, height) != self._size:
            self._net.setInputSize((width, height))
            self._size = (width, height)
        _count, rows = self._net.detect(cv2.cvtColor(picture, cv2.COLOR_RGB2BGR))
        faces = [yunet_face(row) for row in (rows if rows is not None else [])]
        return sorted(faces, key=lambda face: face.box[0])


def yunet_face(row: np.ndarray) -> Face:
    """A YuNet result row: box (4), five landmarks (x, y each), score."""
    x, y, w, h = (round(float(value)) for value in row[:4])
    right_eye, left_eye, nose = row[4:6], row[6:8], row[8:10]
    distance = float(np.hypot(*(left_eye - right_eye)))
    yaw = None
    if distance > 1.0:
        yaw = (float(nose[0]) - float(right_eye[0] + left_eye[0]) / 2) / distance
    return Face((x, y, w, h), float(row[14]), yaw, _turn(yaw))


def facing_each_other(faces: list[Face]) -> bool:
    """True when two of ``faces`` face each other: one turned right with another, to its
    right, turned left (boxes' centres compared horizontally)."""
    ordered = sorted(faces, key=lambda face: face.box[0] + face.box[2] / 2)
    for position, face in enumerate(ordered):
        if face.turned == "right" and any(
                other.turned == "left" for other in ordered[position + 1:]):
            return True
    return False
