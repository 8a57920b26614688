"""A film for the suggested moments, with known truth (issue 13, "Proof").

Both test generators together: espeak-ng speech (:mod:`tests.analysis.material`: a low
adult-like and a high child-like voice over room noise) and scikit-image's face photographs
over a background (:mod:`tests.analysis.faces_material`), 320 × 180 at 25 fps, about 35 s.

Planted **turn exchanges**: the adult says something and the child answers about 0.7 s
later while two faces are turned towards each other. **Distractors**: the adult speaking
alone while the two faces are turned away; an exchange while the faces are turned away; a
stretch of silence with one face looking at the camera. Between blocks there are 2.5 s of
quiet (more than an exchange's 1.5 s) and the faces change with the blocks.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

import av
import cv2
import numpy as np

from tests.analysis import faces_material
from tests.analysis.material import RATE, mix, speak

FPS = 25
SIZE = (320, 180)  # width, height: small, so the test stays fast
SCALE = 0.75  # heads at 3/4 of the faces film's size (112 px high)
LEAD, TAIL = 1.0, 1.5  # seconds of a block before its first and after its last words
ANSWER = 0.7  # seconds between the adult's words and the child's answer (planted)
SILENCE = 2.5  # seconds of a silent block
FACING = (("camera", "right"), ("camera", "left"))
AWAY = (("camera", "left"), ("camera", "right"))
ONE = (("astronaut", "front"),)
#: blocks in order: (faces, what is said as (speaker, words) in turn, planted exchange?)
BLOCKS: tuple[tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...], bool], ...] = (
    (FACING, (("adult", "Look at this one!"), ("child", "Wow!")), True),
    (AWAY, (("adult", "I will just put the blocks over there by the door."),), False),
    (FACING, (("adult", "Shall we build a tower?"), ("child", "Yes please!")), True),
    (ONE, (), False),
    (FACING, (("adult", "Which block goes first?"), ("child", "This one.")), True),
    (AWAY, (("adult", "Is it time for tea?"), ("child", "No!")), False),
    (FACING, (("adult", "Put it down gently."), ("child", "Okay!")), True),
    (FACING, (("adult", "Is it very tall now?"), ("child", "Yes, tall!")), True),
)


@dataclass(frozen=True)
class SuggestFilm:
    """The film and its truth: the planted exchanges as (adult starts, child ends) in
    seconds, and the faces of each block as (start, end, faces)."""

    path: Path
    seconds: float
    planted: tuple[tuple[float, float], ...]
    faces: tuple[tuple[float, float, tuple[tuple[str, str], ...]], ...]


def _length(speaker: str, words: str) -> float:
    samples = speak(words, speaker)
    loud = np.flatnonzero(np.abs(samples) > 0.02 * np.abs(samples).max())
    return (int(loud[-1]) + 1 - int(loud[0])) / RATE


def _plan() -> tuple[list[tuple[float, str, str]], list[tuple[float, float]],
                     list[tuple[float, float, tuple[tuple[str, str], ...]]], float]:
    """The script for :func:`~tests.analysis.material.mix`, the planted exchanges, the
    faces blocks and the film's length."""
    script, planted, faces = [], [], []
    now = 0.0
    for shown, said, is_planted in BLOCKS:
        start = now
        now += LEAD if said else SILENCE
        first = now
        for number, (speaker, words) in enumerate(said):
            if number:
                now += ANSWER
            script.append((round(now, 3), speaker, words))
            now += _length(speaker, words)
        if is_planted:
            planted.append((first, now))
        if said:
            now += TAIL
        faces.append((start, now, shown))
    return script, planted, faces, now


def _heads() -> dict[str, np.ndarray]:
    return {name: cv2.resize(head, None, fx=SCALE, fy=SCALE, interpolation=cv2.INTER_AREA)
            for name, head in faces_material._photos().items()}


def _picture(shown: tuple[tuple[str, str], ...], seconds: float, heads: dict[str, np.ndarray],
             background: np.ndarray) -> np.ndarray:
    picture = background.copy()
    drift = round(6 * float(np.sin(seconds * 1.3)))
    for slot, (photo, turned) in enumerate(shown):
        head = heads[photo][:, ::-1] if photo == "camera" and turned == "left" else heads[photo]
        height, width = head.shape[:2]
        centre = SIZE[0] * (slot + 1) // (len(shown) + 1)
        x = max(0, min(SIZE[0] - width, centre - width // 2 + drift))
        y = max(0, min(SIZE[1] - height, (SIZE[1] - height) // 2 + drift // 2))
        picture[y:y + height, x:x + width] = head
    return picture


def make_suggest_film(path: Path) -> SuggestFilm:
    """Write the film (see the module) to ``path``."""
    script, planted, faces, seconds = _plan()
    sound, _truth = mix(tuple(script), seconds, clatters=())
    heads = _heads()
    background = cv2.resize(faces_material._background(), SIZE, interpolation=cv2.INTER_AREA)
    with av.open(str(path), "w") as container:
        video = container.add_stream("libx264", rate=Fraction(FPS))
        video.width, video.height, video.pix_fmt = *SIZE, "yuv420p"
        video.options = {"preset": "ultrafast", "crf": "20", "g": "50", "bf": "0"}
        audio = container.add_stream("aac", rate=RATE)
        audio.layout = "mono"
        for index in range(int(seconds * FPS)):
            time = index / FPS
            shown = next((f for s, e, f in faces if s <= time < e), ())
            frame = av.VideoFrame.from_ndarray(_picture(shown, time, heads, background),
                                               format="rgb24")
            frame.pts = index
            container.mux(video.encode(frame))
        container.mux(video.encode())
        for start in range(0, len(sound), 1024):
            chunk = np.ascontiguousarray(sound[start:start + 1024].reshape(1, -1))
            piece = av.AudioFrame.from_ndarray(chunk, format="fltp", layout="mono")
            piece.sample_rate, piece.pts = RATE, start
            container.mux(audio.encode(piece))
        container.mux(audio.encode())
    return SuggestFilm(path, seconds, tuple(planted), tuple(faces))
