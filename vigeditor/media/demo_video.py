"""A generated demo film with no real people in it: two cartoon figures playing together.

A large figure (the "carer") and a small one (the "child") take turns with a ball; their
drawn faces turn towards each other and away again (:func:`look`), and in every turn of the
ball the carer says something and the child answers in made-up voices
(:mod:`vigeditor.media.demo_sound`; every third time the carer waits, quiet). The faces are
drawn so the face detector finds them and sees which way each is turned, so the demo case
shows sound, voices, faces and suggested moments. It lets a guider try every part of
vigeditor, and it is what the screenshots show, so no family's film is ever needed.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from fractions import Fraction
from pathlib import Path

import av
import cv2
import numpy as np

from vigeditor.media.demo_sound import voices

WIDTH, HEIGHT, FPS = 640, 360, 25
SAMPLE_RATE = 48000


def _background() -> np.ndarray:
    """A warm room: floor, wall and a window (RGB)."""
    picture = np.zeros((HEIGHT, WIDTH, 3), np.uint8)
    picture[:] = (236, 226, 208)
    picture[int(HEIGHT * 0.68):] = (186, 160, 128)
    cv2.rectangle(picture, (430, 40), (590, 150), (200, 225, 245), -1)
    cv2.rectangle(picture, (430, 40), (590, 150), (150, 130, 110), 4)
    return picture


def _positions(t: float) -> tuple[tuple[int, int], tuple[int, int], tuple[int, int], float]:
    """Carer, child and ball centres at time t, and how much they face each other (0..1)."""
    carer = (200 + int(12 * math.sin(t * 0.7)), 190)
    child = (420 + int(30 * math.sin(t * 0.45)), 238)
    turn = (t % 4.0) / 4.0
    ball_x = carer[0] + (child[0] - carer[0]) * (0.5 - 0.5 * math.cos(turn * 2 * math.pi))
    ball_y = 250 - 60 * abs(math.sin(turn * 2 * math.pi))
    facing = 0.5 + 0.5 * math.cos(t * 0.9)
    return carer, child, (int(ball_x), int(ball_y)), facing


def look(t: float) -> float:
    """Which way the carer's face is turned at time t: 1 towards the child (on its right),
    -1 away; the child turns the other way, a little more. Mostly towards each other."""
    return max(-1.0, min(1.0, 1.6 * math.cos(2 * math.pi * t / 12) + 0.5))


def draw_face(picture: np.ndarray, centre: tuple[int, int], size: int, turn: float,
              skin: tuple[int, int, int], hair: tuple[int, int, int]) -> None:
    """A cartoon face ``size`` pixels from centre to chin, its eyes, nose and mouth shifted
    by ``turn`` (-1…1, > 0 towards the picture's right) as a turned head's are."""
    x, y = centre
    half = int(size * 0.78)
    cv2.ellipse(picture, (x, y - int(size * 0.25)), (int(half * 1.08), int(size * 0.85)), 0, 180,
                360, hair, -1)
    cv2.ellipse(picture, (x, y), (half, size), 0, 0, 360, skin, -1)
    shift, eyes_y = int(turn * half * 0.5), y - int(size * 0.12)
    for eye_x in (x - int(half * 0.42) + shift, x + int(half * 0.42) + shift):
        cv2.ellipse(picture, (eye_x, eyes_y), (int(half * 0.2), int(size * 0.09)), 0, 0, 360,
                    (250, 250, 250), -1)
        pupil = (eye_x + int(turn * half * 0.08), eyes_y)
        cv2.circle(picture, pupil, int(size * 0.075), (60, 40, 30), -1)
        cv2.circle(picture, pupil, int(size * 0.035), (10, 10, 10), -1)
        cv2.ellipse(picture, (eye_x, eyes_y - int(size * 0.2)), (int(half * 0.22),
                    int(size * 0.06)), 0, 200, 340, hair, max(2, size // 18))
    nose = np.array([(x + shift, eyes_y + int(size * 0.02)),
                     (x + int(turn * half * 0.9), y + int(size * 0.28)),
                     (x + shift - int(turn * half * 0.1), y + int(size * 0.3))], np.int32)
    cv2.fillPoly(picture, [nose], tuple(int(c * 0.75) for c in skin))
    mouth = (x + int(shift * 1.1), y + int(size * 0.52))
    cv2.ellipse(picture, mouth, (int(half * 0.3), int(size * 0.1)), 0, 0, 180, (170, 70, 70), -1)
    cv2.line(picture, (mouth[0] - int(half * 0.3), mouth[1]), (mouth[0] + int(half * 0.3),
             mouth[1]), (120, 40, 40), 2)


def draw_demo_frame(index: int, background: np.ndarray) -> np.ndarray:
    """One frame of the demo film (RGB)."""
    t = index / FPS
    picture = background.copy()
    carer, child, ball, _facing = _positions(t)
    cv2.circle(picture, carer, 70, (92, 122, 196), -1)
    cv2.circle(picture, child, 40, (236, 150, 72), -1)
    turn = look(t)
    draw_face(picture, (carer[0], carer[1] - 118), 58, turn, (224, 178, 146), (80, 50, 30))
    draw_face(picture, (child[0], child[1] - 86), 52, -1.35 * turn, (236, 196, 160),
              (160, 100, 40))
    cv2.circle(picture, ball, 14, (220, 60, 70), -1)
    cv2.putText(picture, f"demo  {t:05.2f}s  frame {index}", (12, HEIGHT - 14),
                cv2.FONT_HERSHEY_SIMPLEX, 0.5, (60, 60, 60), 1, cv2.LINE_AA)
    return picture


def make_demo_video(path: Path, seconds: float = 30.0,
                    progress: Callable[[int, int], None] | None = None) -> Path:
    """Write the demo film (H.264 + AAC in MP4) to ``path`` and return it."""
    frames = int(seconds * FPS)
    background = _background()
    with av.open(str(path), "w") as container:
        video = container.add_stream("libx264", rate=FPS)
        video.width, video.height, video.pix_fmt = WIDTH, HEIGHT, "yuv420p"
        video.options = {"preset": "veryfast", "g": str(FPS * 2), "crf": "23"}
        audio = container.add_stream("aac", rate=SAMPLE_RATE)
        audio.layout = "mono"
        for index in range(frames):
            frame = av.VideoFrame.from_ndarray(draw_demo_frame(index, background), format="rgb24")
            frame.pts, frame.time_base = index, Fraction(1, FPS)
            container.mux(video.encode(frame))
            if progress is not None and index % FPS == 0:
                progress(index, frames)
        container.mux(video.encode())
        _write_sound(container, audio, voices(frames / FPS, SAMPLE_RATE))
    return path


def _write_sound(container: av.container.OutputContainer, stream: av.AudioStream,
                 samples: np.ndarray) -> None:
    chunk = 1024
    for start in range(0, len(samples) - chunk + 1, chunk):
        frame = av.AudioFrame.from_ndarray(samples[start:start + chunk].reshape(1, -1),
                                           format="fltp", layout="mono")
        frame.sample_rate, frame.pts = SAMPLE_RATE, start
        container.mux(stream.encode(frame))
    container.mux(stream.encode())
