"""Hand-drawn blur boxes followed through a range of frames (inside face_tracks).

A box the guider draws on one frame (where the detector missed a face) is followed forwards
and backwards by template matching (``cv2.matchTemplate``, normalised correlation) on small
grey pictures (:data:`WIDTH` pixels wide): in each next frame the box's picture is looked for
within :data:`SEARCH` box sizes of where it was, and the template is refreshed slowly from
what was found, so a head that turns or comes closer is still followed. Template matching
was chosen over ``cv2.TrackerMIL`` because it is deterministic, needs nothing beyond
``opencv-python-headless`` and, on the small pictures used here, costs well under a
millisecond a frame. When the best match scores below :data:`MATCH_MIN` the box is lost: it
is held :data:`~vigeditor.analysis.face_tracking.HOLD` frames and the frame where it was lost
is unsure (the guider can draw another box there).
"""

from __future__ import annotations

import math

import cv2
import numpy as np

from vigeditor.analysis.face_tracking import HOLD, Box

WIDTH = 320  # pixels: the grey pictures' width for following hand-drawn boxes
SEARCH = 0.75  # the search window's margin around the last place, in box sizes
MATCH_MIN = 0.45  # normalised correlation below which the box is lost
REFRESH = 0.25  # share of the template replaced by what was found, per frame
MIN_SIDE = 8  # pixels: a box is never followed with a smaller template


class GreyFrames:
    """Small grey pictures of frames ``first …`` in order (None where not decoded)."""

    def __init__(self, first: int) -> None:
        self.first = first
        self.pictures: list[np.ndarray | None] = []

    def add(self, picture: np.ndarray | None) -> None:
        """The next frame's RGB picture (any size), or None when it could not be decoded."""
        if picture is None:
            self.pictures.append(None)
            return
        height, width = picture.shape[:2]
        scale = min(1.0, WIDTH / width)
        size = (max(1, round(width * scale)), max(1, round(height * scale)))
        grey = cv2.cvtColor(picture, cv2.COLOR_RGB2GRAY)
        self.pictures.append(cv2.resize(grey, size, interpolation=cv2.INTER_AREA)
                             if scale < 1.0 else grey)

    def at(self, frame: int) -> np.ndarray | None:
        return self.pictures[frame - self.first]

    @property
    def last(self) -> int:
        return self.first + len(self.pictures) - 1


def follow(frames: GreyFrames, frame: int, box: Box) -> tuple[dict[int, Box], set[int]]:
    """The boxes of a hand-drawn ``box`` on ``frame`` followed through all of ``frames``
    (frame → box, fractions of the picture) and the frames where it was lost."""
    boxes: dict[int, Box] = {frame: _clipped(box)}
    lost: set[int] = set()
    for step in (1, -1):
        _one_way(frames, frame, boxes[frame], step, boxes, lost)
    return dict(sorted(boxes.items())), lost


def _one_way(frames: GreyFrames, start: int, box: Box, step: int, boxes: dict[int, Box],
             lost: set[int]) -> None:
    picture = frames.at(start)
    if picture is None:
        return
    template = _crop(picture, box).astype(np.float32)
    current = box
    frame = start + step
    while frames.first <= frame <= frames.last:
        picture = frames.at(frame)
        found = None if picture is None else _match(picture, template, current)
        if found is None:
            lost.add(frame)
            for held in range(frame, frame + step * HOLD, step):
                if frames.first <= held <= frames.last:
                    boxes[held] = current
            return
        current, crop = found
        boxes[frame] = current
        template = (1 - REFRESH) * template + REFRESH * crop.astype(np.float32)
        frame += step


def _match(picture: np.ndarray, template: np.ndarray, box: Box
           ) -> tuple[Box, np.ndarray] | None:
    """Where ``template`` is in ``picture`` near ``box``: the new box and its crop."""
    height, width = picture.shape[:2]
    th, tw = template.shape[:2]
    cx, cy = (box[0] + box[2] / 2) * width, (box[1] + box[3] / 2) * height
    margin_x, margin_y = tw / 2 + SEARCH * tw, th / 2 + SEARCH * th
    left, top = max(0, math.floor(cx - margin_x)), max(0, math.floor(cy - margin_y))
    right = min(width, math.ceil(cx + margin_x))
    bottom = min(height, math.ceil(cy + margin_y))
    if right - left < tw or bottom - top < th:
        return None
    window = picture[top:bottom, left:right].astype(np.float32)
    result = cv2.matchTemplate(window, template, cv2.TM_CCOEFF_NORMED)
    _low, score, _where, (mx, my) = cv2.minMaxLoc(result)
    if not math.isfinite(score) or score < MATCH_MIN:
        return None
    x_px, y_px = left + mx, top + my
    crop = picture[y_px:y_px + th, x_px:x_px + tw]
    shift_x = (x_px + tw / 2) / width - (box[0] + box[2] / 2)
    shift_y = (y_px + th / 2) / height - (box[1] + box[3] / 2)
    return _clipped((box[0] + shift_x, box[1] + shift_y, box[2], box[3])), crop


def _crop(picture: np.ndarray, box: Box) -> np.ndarray:
    """The template for ``box``: its pixels, at least :data:`MIN_SIDE` square, centred on
    the box and inside the picture."""
    height, width = picture.shape[:2]
    w = min(width, max(MIN_SIDE, round(box[2] * width)))
    h = min(height, max(MIN_SIDE, round(box[3] * height)))
    cx, cy = (box[0] + box[2] / 2) * width, (box[1] + box[3] / 2) * height
    left = min(max(0, round(cx - w / 2)), width - w)
    top = min(max(0, round(cy - h / 2)), height - h)
    return picture[top:top + h, left:left + w]


def _clipped(box: Box) -> Box:
    """``box`` with its width and height within 0…1 and kept on the picture."""
    w, h = min(1.0, max(0.0, box[2])), min(1.0, max(0.0, box[3]))
    return (min(max(0.0, box[0]), 1.0 - w), min(max(0.0, box[1]), 1.0 - h), w, h)
