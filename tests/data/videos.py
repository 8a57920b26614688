"""Generators for test recordings whose every frame shows its own number as a visual code.

The code is two bands of 16 blocks across the top of the upright picture: the first band is
the frame number in binary (most significant bit on the left, white = 1), the second band is
its inverse, so a misread (a wrong frame, a rotated or half-decoded picture) is caught rather
than mistaken for another number. :func:`read_code` reads it back from any upright RGB picture
down to about 64 pixels wide.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

import av
import numpy as np

BITS = 16
_BAND = 0.18  # height of each code band, as a share of the picture height


def draw_code(index: int, width: int, height: int, texture: np.ndarray | None = None) -> np.ndarray:
    """An upright RGB picture (height × width × 3) showing ``index`` as a block code."""
    picture = np.full((height, width, 3), 96, dtype=np.uint8) if texture is None else texture.copy()
    picture[: int(height * 2 * _BAND) + 2] = 128
    bits = [(index >> (BITS - 1 - bit)) & 1 for bit in range(BITS)]
    band = int(height * _BAND)
    for bit, value in enumerate(bits):
        left, right = bit * width // BITS, (bit + 1) * width // BITS
        picture[:band, left:right] = 255 if value else 0
        picture[band : 2 * band, left:right] = 0 if value else 255
    # a mark in the lower right corner that shows which way is up
    picture[height - height // 8 :, width - width // 8 :] = (255, 0, 0)
    return picture


def read_code(picture: np.ndarray) -> int:
    """The frame number shown by an upright RGB picture; ValueError if it cannot be read."""
    height, width = picture.shape[:2]
    grey = picture[..., :3].astype(np.float32).mean(axis=2)
    band = height * _BAND
    value = 0
    for bit in range(BITS):
        centre = (bit + 0.5) * width / BITS
        half = max(1, int(width / BITS / 4))
        columns = slice(int(centre) - half, int(centre) + half + 1)
        top = grey[int(band * 0.3) : int(band * 0.7) + 1, columns].mean()
        bottom = grey[int(band * 1.3) : int(band * 1.7) + 1, columns].mean()
        if abs(top - bottom) < 80 or (top > 128) == (bottom > 128):
            raise ValueError(f"no readable frame code at bit {bit} (top {top:.0f}, "
                             f"bottom {bottom:.0f})")
        value = (value << 1) | int(top > 128)
    corner = picture[height - height // 16, width - width // 16, :3].astype(int)
    if not (corner[0] > 150 and corner[1] < 100 and corner[2] < 100):
        raise ValueError("the picture is not upright (the red corner mark is not lower right)")
    return value


@dataclass
class VideoSpec:
    """How to make one test recording."""

    codec: str = "libx264"
    frames: int = 60
    width: int = 320
    height: int = 240
    fps: int = 30
    bframes: int = 2
    gop: int = 12
    pts_ms: Sequence[int] | None = None  # irregular timestamps in milliseconds (variable rate)
    rotation_cw: int = 0  # clockwise turn a player must apply to show the picture upright
    audio: bool = False
    metadata: dict[str, str] | None = None
    options: dict[str, str] | None = None
    container_options: dict[str, str] | None = None
    texture: bool = False
    pix_fmt: str = "yuv420p"


def vfr_timestamps(frames: int) -> list[int]:
    """Irregular millisecond timestamps, like a phone that drops and stretches frames."""
    steps = [33, 50, 17, 100, 33, 41, 66, 20]
    stamps, now = [], 0
    for index in range(frames):
        stamps.append(now)
        now += steps[index % len(steps)]
    return stamps


def make_video(path: Path, spec: VideoSpec) -> Path:
    """Write a recording following ``spec``; every displayed frame shows its number."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with av.open(str(path), "w", options=spec.container_options or {}) as container:
        if spec.metadata:
            container.metadata.update(spec.metadata)
        video = _add_video(container, spec)
        audio = _add_audio(container) if spec.audio else None
        texture = _texture(spec) if spec.texture else None
        display_w, display_h = spec.width, spec.height
        turns = spec.rotation_cw // 90
        time_base = Fraction(1, 1000) if spec.pts_ms else Fraction(1, spec.fps)
        for index in range(spec.frames):
            upright = draw_code(index, display_w, display_h, _shifted(texture, index))
            coded = np.ascontiguousarray(np.rot90(upright, k=turns))
            frame = av.VideoFrame.from_ndarray(coded, format="rgb24")
            frame.pts = spec.pts_ms[index] if spec.pts_ms else index
            frame.time_base = time_base
            for packet in video.encode(frame):
                container.mux(packet)
        for packet in video.encode():
            container.mux(packet)
        if audio is not None:
            _write_audio(container, audio, _length_seconds(spec))
    return path


def _add_video(container: av.container.OutputContainer, spec: VideoSpec) -> av.VideoStream:
    rate = Fraction(spec.fps)
    video = container.add_stream(spec.codec, rate=rate)
    coded_w, coded_h = (spec.height, spec.width) if spec.rotation_cw in (90, 270) else (
        spec.width, spec.height)
    video.width, video.height = coded_w, coded_h
    video.pix_fmt = spec.pix_fmt
    video.time_base = Fraction(1, 1000) if spec.pts_ms else Fraction(1, spec.fps)
    video.codec_context.time_base = video.time_base
    options = {"g": str(spec.gop)}
    if spec.codec in ("libx264", "libx265"):
        options["bf"] = str(spec.bframes)
    if spec.codec == "libx265":
        options["x265-params"] = f"log-level=error:keyint={spec.gop}:bframes={spec.bframes}"
    if spec.codec == "libx264":
        options["preset"] = "veryfast"
    options.update(spec.options or {})
    video.options = options
    if spec.rotation_cw:
        video.set_display_rotation(-spec.rotation_cw)
    return video


def _length_seconds(spec: VideoSpec) -> float:
    if spec.pts_ms:
        return (spec.pts_ms[-1] + 40) / 1000
    return spec.frames / spec.fps


def _add_audio(container: av.container.OutputContainer) -> av.AudioStream:
    stream = container.add_stream("aac", rate=48000)
    stream.layout = "mono"
    return stream


def _write_audio(container: av.container.OutputContainer, stream: av.AudioStream,
                 seconds: float) -> None:
    rate, chunk = 48000, 1024
    total = int(seconds * rate)
    for start in range(0, total, chunk):
        times = (np.arange(start, start + chunk) / rate).astype(np.float32)
        samples = (0.2 * np.sin(2 * math.pi * 440 * times)).astype(np.float32)
        frame = av.AudioFrame.from_ndarray(samples.reshape(1, -1), format="fltp", layout="mono")
        frame.sample_rate = rate
        frame.pts = start
        for packet in stream.encode(frame):
            container.mux(packet)
    for packet in stream.encode():
        container.mux(packet)


def _texture(spec: VideoSpec) -> np.ndarray:
    """A busy picture (noise and gradients), so encoded frames cost what real footage costs."""
    generator = np.random.default_rng(7)
    noise = generator.integers(0, 96, size=(spec.height, spec.width, 1), dtype=np.uint8)
    ramp = np.linspace(0, 120, spec.width, dtype=np.float32)[None, :, None]
    return (noise + ramp).clip(0, 255).astype(np.uint8).repeat(3, axis=2)


def _shifted(texture: np.ndarray | None, index: int) -> np.ndarray | None:
    if texture is None:
        return None
    return np.roll(texture, shift=(index * 3) % texture.shape[1], axis=1)


def make_audio_only(path: Path, seconds: float = 1.0) -> Path:
    """A sound-only file (AAC in MP4), as a phone's voice memo would be."""
    with av.open(str(path), "w", format="mp4") as container:
        stream = _add_audio(container)
        _write_audio(container, stream, seconds)
    return path


def make_truncated(source: Path, path: Path, keep: float = 0.5) -> Path:
    """A copy of ``source`` cut short, as an interrupted copy would leave it."""
    data = source.read_bytes()
    path.write_bytes(data[: int(len(data) * keep)])
    return path


def read_codes(path: Path) -> list[int]:
    """The frame numbers shown by every decoded frame of a video, in presentation order."""
    with av.open(str(path)) as container:
        return [read_code(frame.to_ndarray(format="rgb24"))
                for frame in container.decode(container.streams.video[0])]


def frame_times(path: Path) -> list[float]:
    """Seconds from the first decoded video frame to each decoded frame."""
    with av.open(str(path)) as container:
        stream = container.streams.video[0]
        stamps = [float(frame.pts * stream.time_base)
                  for frame in container.decode(stream)]
    return [stamp - stamps[0] for stamp in stamps]
