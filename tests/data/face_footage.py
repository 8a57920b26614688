"""Test footage of real faces moving across the picture, for face tracking and blurring.

The faces are photographs that ship in packages: scikit-image's ``data.astronaut()`` (Eileen
Collins) and ``data.camera()`` (the cameraman), and the sample image ``messi5.jpg`` of
Debian's ``opencv-doc`` package (/usr/share/doc/opencv-doc/examples/data; install it with
``apt-get install opencv-doc``, done by tools/setup.sh's test step). Each head is cut out with
its surroundings and pasted on a background without faces (scikit-image's ``data.coffee()``),
in three slots left to right (astronaut, messi, camera), each sliding sideways and a little
up and down, so no two frames are alike and the faces never overlap. The top of each picture
carries its frame code (:func:`tests.data.videos.draw_code`), so a decoded frame says which
frame it is.

Variants: ``occluded`` hides the middle face (messi) behind a grey card for frames
:data:`OCCLUDED` (a gap the tracker must flag); ``edge`` slides the right face (camera) half
out of the picture in the last third; ``fast`` slides every face to and fro
every :data:`FAST_PERIOD` frames (by 6 % of the picture's width: about a third of a face's
width a frame at 640x360 with faces 56 px high, changing speed and direction); ``darting``
does the same at a third of each face's own width a frame whatever the picture's size (a
small face far off, moving as fast for its size). :func:`make_face_footage` writes H.264 in
MP4 with PyAV (25 fps); :meth:`FaceFootage.picture` gives the exact RGB picture of a frame
before encoding.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

import av
import cv2
import numpy as np

from tests.data.videos import draw_code

FPS = 25
OPENCV_DATA = Path("/usr/share/doc/opencv-doc/examples/data")
MESSI = OPENCV_DATA / "messi5.jpg"
VARIANTS = ("plain", "occluded", "edge", "fast", "darting")
NAMES = ("astronaut", "messi", "camera")  # the faces, left to right (numbers 1, 2, 3)
OCCLUDED = range(20, 36)  # frames where the middle face is hidden in the "occluded" variant
PERIOD = 100  # frames of one to-and-fro of the sideways slide (4 s)
FAST_PERIOD = 14  # … in the "fast" variant (about a third of a face's width a frame, jerky)
_CODE_SHARE = 0.38  # the top share of the picture taken by the frame code
#: where each head is cut from its photograph (rows, columns) and the face's height there
_CUTS = {"astronaut": ((20, 300), (120, 330), 109), "messi": ((70, 215), (195, 300), 37),
         "camera": ((70, 270), (140, 310), 74)}
#: where the face is in each cut (x, y, width, height in the photograph's pixels)
_FACES = {"astronaut": (59, 48, 90, 109), "messi": (31, 23, 31, 40), "camera": (56, 43, 61, 81)}


def missing_photos() -> str | None:
    """Why the footage cannot be made here (a photograph is not installed), else None."""
    if not MESSI.is_file():
        return f"{MESSI} is missing: install Debian's opencv-doc package"
    return None


@dataclass(frozen=True)
class FaceFootage:
    """Generated footage: ``path``, ``frames``, picture ``size`` (width, height), the
    ``face_height`` in pixels and the ``variant`` ("plain", "occluded", "edge", "fast" or
    "darting")."""

    path: Path
    frames: int
    size: tuple[int, int]
    face_height: int
    variant: str = "plain"

    def picture(self, index: int) -> np.ndarray:
        """The RGB picture of frame ``index`` exactly as it was encoded."""
        return _picture(index, self.frames, self.size, self.face_height, self.variant)

    def head_rect(self, slot: int, index: int) -> tuple[int, int, int, int] | None:
        """Where the head of slot ``slot`` (0-2) is pasted in frame ``index``: (x, y, w, h)
        in pixels, clipped to the picture; None when it is hidden or out of the picture."""
        rect = _layout(index, self.frames, self.size, self.face_height, self.variant)[slot]
        if rect is None:
            return None
        x, y, w, h = rect
        left, top = max(0, x), max(0, y)
        right, bottom = min(self.size[0], x + w), min(self.size[1], y + h)
        return (left, top, right - left, bottom - top) if right > left else None

    def face_rect(self, slot: int, index: int) -> tuple[int, int, int, int] | None:
        """Where the face of slot ``slot`` is in frame ``index`` (x, y, w, h in pixels,
        unclipped); None when it is hidden."""
        rect = _layout(index, self.frames, self.size, self.face_height, self.variant)[slot]
        if rect is None:
            return None
        name = NAMES[slot]
        scale = self.face_height / _CUTS[name][2]
        x, y, w, h = (round(value * scale) for value in _FACES[name])
        return rect[0] + x, rect[1] + y, w, h

    def face_of(self, index: int, box: tuple[int, int, int, int]) -> int | None:
        """The slot whose face a detection ``box`` (pixels) in frame ``index`` is on (its
        centre within the face's box grown by half on each side), None for none."""
        cx, cy = box[0] + box[2] / 2, box[1] + box[3] / 2
        for slot in range(len(NAMES)):
            rect = self.face_rect(slot, index)
            if rect is None:
                continue
            x, y, w, h = rect
            if x - w / 2 <= cx < x + w * 1.5 and y - h / 2 <= cy < y + h * 1.5:
                return slot
        return None


def make_face_footage(path: Path, *, frames: int = 60, size: tuple[int, int] = (640, 360),
                      face_height: int = 56, variant: str = "plain",
                      crf: int = 18) -> FaceFootage:
    """Write the footage (see the module) to ``path``: ``frames`` frames of ``size`` with
    faces ``face_height`` pixels high. Needs :func:`missing_photos` to be None."""
    if variant not in VARIANTS:
        raise ValueError(f"no face footage variant {variant!r}: one of {', '.join(VARIANTS)}")
    footage = FaceFootage(path, frames, size, face_height, variant)
    with av.open(str(path), "w") as container:
        stream = container.add_stream("libx264", rate=Fraction(FPS))
        stream.width, stream.height = size
        stream.pix_fmt = "yuv420p"
        stream.options = {"preset": "ultrafast", "crf": str(crf), "g": "25", "bf": "2"}
        for index in range(frames):
            frame = av.VideoFrame.from_ndarray(footage.picture(index), format="rgb24")
            for packet in stream.encode(frame):
                container.mux(packet)
        for packet in stream.encode():
            container.mux(packet)
    return footage


@functools.cache
def _heads(face_height: int) -> tuple[np.ndarray, ...]:
    """The three heads (RGB), scaled so each face is ``face_height`` pixels high."""
    from skimage import data

    photos = {"astronaut": data.astronaut(),
              "messi": cv2.cvtColor(cv2.imread(str(MESSI)), cv2.COLOR_BGR2RGB),
              "camera": cv2.cvtColor(data.camera(), cv2.COLOR_GRAY2RGB)}
    heads = []
    for name in NAMES:
        (top, bottom), (left, right), face = _CUTS[name]
        scale = face_height / face
        heads.append(cv2.resize(photos[name][top:bottom, left:right], None, fx=scale,
                                fy=scale, interpolation=cv2.INTER_AREA))
    return tuple(heads)


@functools.cache
def _background(size: tuple[int, int]) -> np.ndarray:
    from skimage import data

    return cv2.resize(data.coffee(), size, interpolation=cv2.INTER_AREA)


def _layout(index: int, frames: int, size: tuple[int, int], face_height: int,
            variant: str) -> list[tuple[int, int, int, int] | None]:
    """Where each head goes in frame ``index`` (unclipped x, y, w, h), None when hidden."""
    width, height = size
    rects: list[tuple[int, int, int, int] | None] = []
    quick = variant in ("fast", "darting")
    phase = index / (FAST_PERIOD if quick else PERIOD)  # whatever the length
    share = index / max(1, frames - 1)  # how far through the footage
    for slot, head in enumerate(_heads(face_height)):
        h, w = head.shape[:2]
        sway = width * 0.06
        if variant == "darting":  # peak speed 2π·sway/FAST_PERIOD = a third of the face's width
            face_width = _FACES[NAMES[slot]][2] * face_height / _CUTS[NAMES[slot]][2]
            sway = face_width / 3 * FAST_PERIOD / (2 * math.pi)
        centre = width * (slot * 2 + 1) / 6 + sway * math.sin(2 * math.pi * phase + slot)
        if variant == "edge" and slot == 2 and share > 2 / 3:
            centre += (share - 2 / 3) * 3 * (width + w * 0.05 - centre)
        top_space = height * _CODE_SHARE
        y = top_space + (height - top_space - h) * (0.3 + 0.15 * math.cos(2 * phase + slot))
        rects.append((round(centre - w / 2), round(y), w, h))
    if variant == "occluded" and index in OCCLUDED:
        rects[1] = None
    return rects


def _picture(index: int, frames: int, size: tuple[int, int], face_height: int,
             variant: str) -> np.ndarray:
    width, height = size
    picture = draw_code(index, width, height, _background(size))
    moving = variant if variant in ("fast", "darting") else "plain"
    for head, rect in zip(_heads(face_height),
                          _layout(index, frames, size, face_height, moving), strict=True):
        _paste(picture, head, rect)
    hidden = _layout(index, frames, size, face_height, variant)
    if variant == "occluded" and hidden[1] is None:
        x, y, w, h = _layout(index, frames, size, face_height, "plain")[1]  # type: ignore[misc]
        picture[max(0, y - 4):y + h + 4, max(0, x - 4):x + w + 4] = 128
    if variant == "edge":
        picture[:] = draw_code(index, width, height, _background(size))
        for head, rect in zip(_heads(face_height), hidden, strict=True):
            _paste(picture, head, rect)
    return picture


def _paste(picture: np.ndarray, head: np.ndarray, rect: tuple[int, int, int, int] | None
           ) -> None:
    if rect is None:
        return
    x, y, w, h = rect
    height, width = picture.shape[:2]
    left, top = max(0, x), max(0, y)
    right, bottom = min(width, x + w), min(height, y + h)
    if right > left and bottom > top:
        picture[top:bottom, left:right] = head[top - y:bottom - y, left - x:right - x]


_MADE: dict[tuple[object, ...], FaceFootage] = {}


def session_footage(folder: Path, variant: str = "plain", **options: int) -> FaceFootage:
    """The footage of ``variant`` with ``options`` (as for :func:`make_face_footage`), made
    once per test session in ``folder`` (a session-scoped temporary folder)."""
    key = (str(folder), variant, *sorted(options.items()))
    if key not in _MADE:
        name = "-".join([variant, *(f"{k}{v}" for k, v in sorted(options.items()))])
        _MADE[key] = make_face_footage(folder / f"faces-{name}.mp4", variant=variant,
                                       **options)  # type: ignore[arg-type]
    return _MADE[key]
