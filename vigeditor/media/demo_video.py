"""A generated demo film with no real people in it: two shapes playing together.

A large shape (the "carer") and a small one (the "child") take turns with a ball, turn
towards each other and "smile", with a soft tone for each turn. It lets a guider try every
part of vigeditor, and it is what the screenshots show, so no family's film is ever needed.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from fractions import Fraction
from pathlib import Path

import av
import cv2
import numpy as np

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


def draw_demo_frame(index: int, background: np.ndarray) -> np.ndarray:
    """One frame of the demo film (RGB)."""
    t = index / FPS
    picture = background.copy()
    carer, child, ball, facing = _positions(t)
    cv2.circle(picture, carer, 70, (92, 122, 196), -1)
    cv2.circle(picture, (carer[0], carer[1] - 95), 38, (232, 190, 160), -1)
    cv2.circle(picture, child, 40, (236, 150, 72), -1)
    cv2.circle(picture, (child[0], child[1] - 58), 24, (240, 200, 170), -1)
    for (x, y), radius, look in (((carer[0], carer[1] - 95), 38, 1), ((child[0], child[1] - 58),
                                                                       24, -1)):
        shift = int(look * radius * 0.35 * facing)
        for eye in (-radius // 3, radius // 3):
            cv2.circle(picture, (x + eye + shift, y - radius // 6), max(2, radius // 9),
                       (40, 40, 40), -1)
        smile = int(radius * 0.2 * facing) + 1
        cv2.ellipse(picture, (x + shift, y + radius // 4), (radius // 3, smile), 0, 0, 180,
                    (120, 40, 40), 2)
    cv2.circle(picture, ball, 14, (220, 60, 70), -1)
    cv2.putText(picture, f"demo  {t:05.2f}s  frame {index}", (12, HEIGHT - 14),
                cv2.FONT_HERSHEY_SIMPLEX, 0.5, (60, 60, 60), 1, cv2.LINE_AA)
    return picture


def _tone(seconds: float) -> np.ndarray:
    """A soft tone at each turn of the ball, quiet hum between."""
    times = np.arange(int(seconds * SAMPLE_RATE), dtype=np.float32) / SAMPLE_RATE
    envelope = np.exp(-((times % 2.0) * 6.0))
    return (0.15 * envelope * np.sin(2 * np.pi * 523.25 * times)).astype(np.float32)


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
        _write_sound(container, audio, _tone(frames / FPS))
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
