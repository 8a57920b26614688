"""A film of real faces at known places and turns, for measuring the faces analysis.

The faces are photographs that ship inside scikit-image (a test-only dependency, the ``dev``
extra): ``data.astronaut()`` (Eileen Collins, looking at the camera: "front") and
``data.camera()`` (the cameraman, in three-quarter view turned to the picture's right;
mirrored, he is turned to the left). Each face is cut out with its head and pasted over a
background (``data.coffee()``, a real photograph without faces), drifting a little so no two
frames are alike. Stretches, in seconds (:data:`SCRIPT`): none, one, two facing each other,
two turned away, two not facing (one frontal), none. 25 fps H.264 in MP4, no sound.

The truth is per frame (:meth:`FacesFilm.truth`): how many faces and whether two face each
other, from the script stretch that frame ``index`` (time ``index / FPS``) falls in.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

import av
import cv2
import numpy as np

FPS = 25
SIZE = (640, 360)  # width, height
FACE_HEIGHT = 150  # pixels: a head's height in the film
#: (start s, end s, faces left to right as (photo, turned)); photo "astronaut" or "camera"
SCRIPT: tuple[tuple[float, float, tuple[tuple[str, str], ...]], ...] = (
    (0.0, 2.0, ()),
    (2.0, 4.0, (("astronaut", "front"),)),
    (4.0, 6.0, (("camera", "right"),)),
    (6.0, 9.0, (("camera", "right"), ("camera", "left"))),  # facing each other
    (9.0, 12.0, (("camera", "left"), ("camera", "right"))),  # turned away
    (12.0, 14.0, (("astronaut", "front"), ("camera", "right"))),  # not facing
    (14.0, 16.0, (("camera", "left"), ("astronaut", "front"))),  # not facing
    (16.0, 18.0, ()),
)
SECONDS = 18.0


@dataclass(frozen=True)
class FacesFilm:
    """A generated film and its script (see the module)."""

    path: Path
    frames: int

    def truth(self, index: int) -> tuple[int, bool]:
        """(faces visible, two facing each other) in frame ``index``."""
        faces = _stretch(index / FPS)
        turns = [turned for _photo, turned in faces]
        facing = any(a == "right" and "left" in turns[i + 1:] for i, a in enumerate(turns))
        return len(faces), facing


def _stretch(seconds: float) -> tuple[tuple[str, str], ...]:
    for start, end, faces in SCRIPT:
        if start <= seconds < end:
            return faces
    return ()


def _photos() -> dict[str, np.ndarray]:
    """The heads cut from scikit-image's photographs (RGB), scaled to FACE_HEIGHT."""
    from skimage import data

    astronaut = data.astronaut()[15:250, 125:320]
    camera = cv2.cvtColor(data.camera(), cv2.COLOR_GRAY2RGB)[75:255, 150:300]
    heads = {}
    for name, head in (("astronaut", astronaut), ("camera", camera)):
        scale = FACE_HEIGHT / head.shape[0]
        heads[name] = cv2.resize(head, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    return heads


def _background() -> np.ndarray:
    from skimage import data

    return cv2.resize(data.coffee(), SIZE, interpolation=cv2.INTER_AREA)


def _picture(seconds: float, heads: dict[str, np.ndarray], background: np.ndarray
             ) -> np.ndarray:
    picture = background.copy()
    faces = _stretch(seconds)
    drift = round(12 * float(np.sin(seconds * 1.3)))
    for slot, (photo, turned) in enumerate(faces):
        head = heads[photo]
        if photo == "camera" and turned == "left":
            head = head[:, ::-1]
        height, width = head.shape[:2]
        centre = SIZE[0] * (slot + 1) // (len(faces) + 1) if faces else 0
        x = max(0, min(SIZE[0] - width, centre - width // 2 + drift))
        y = max(0, min(SIZE[1] - height, 90 + drift // 2))
        picture[y:y + height, x:x + width] = head
    return picture


def make_faces_film(path: Path, gop: int = 50, bframes: int = 0) -> FacesFilm:
    """Write the film (see the module) to ``path``, a keyframe at least every ``gop``
    frames, with up to ``bframes`` B-frames in a row."""
    heads, background = _photos(), _background()
    count = int(SECONDS * FPS)
    with av.open(str(path), "w") as container:
        stream = container.add_stream("libx264", rate=Fraction(FPS))
        stream.width, stream.height = SIZE
        stream.pix_fmt = "yuv420p"
        stream.options = {"preset": "ultrafast", "crf": "20", "g": str(gop),
                          "bf": str(bframes)}
        for index in range(count):
            frame = av.VideoFrame.from_ndarray(_picture(index / FPS, heads, background),
                                               format="rgb24")
            for packet in stream.encode(frame):
                container.mux(packet)
        for packet in stream.encode():
            container.mux(packet)
    return FacesFilm(path, count)
