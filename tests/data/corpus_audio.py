"""Recordings with sound, for proving that exported clips keep sound and picture in sync.

Every frame shows its number as the block code of :mod:`tests.data.videos`. The sound is a
quiet steady hum with loud bursts of noise that start exactly when certain frames are
presented, so a clip's sound can be lined up against the source's by cross-correlation and
silence (where the source had no sound) can be told from sound.

- :func:`make_audio_late`: H.264 with B-frames and AAC in MP4, 30 fps; the sound starts 0.5 s
  after the first picture (the audio stream's first timestamp is 0.5 s later).
- :func:`make_vfr_audio`: variable frame rate H.264 with AAC in MP4; one frame stays on screen
  for 400 ms (:data:`HELD_FRAME`), and a burst plays during it.
- :func:`make_long_audio`: 40 s of small 10 fps H.264 with AAC in MP4, so that a clip near
  the end makes the sound be read from a seek rather than from the start of the file.
- :func:`make_joined_audio`: two camcorder recordings (M2TS, H.264 and AAC) joined end to end,
  each starting its clock afresh, with different sound in each part.
- :func:`make_damaged_mjpeg`: a webcam-like MJPEG AVI with PCM sound, one frame's JPEG data
  overwritten so that no decoder can make a picture of it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

import av
import numpy as np

from tests.data.videos import VideoSpec, _add_video, draw_code

RATE = 48_000  # samples per second of the generated sound
HUM = 0.05  # amplitude of the steady 220 Hz hum
BURST_SECONDS = 0.06
#: frames of the 0.5-s-late recording at whose presentation a burst starts
LATE_BURSTS = (21, 38, 52, 77, 95, 103)
LATE_FRAMES = 120
LATE_START = 0.5  # seconds after the first picture at which the sound starts
#: the frame of the variable-rate recording that is held on screen for 400 ms
HELD_FRAME = 40
HELD_MS = 400
VFR_FRAMES = 60
VFR_BURSTS = (9, 17, 26, 33)
JOINED_PART_FRAMES = 36
#: frames of each joined part (counted within the part) at which a burst starts
JOINED_BURSTS = ((5, 20), (9, 14, 27))


@dataclass(frozen=True)
class AudioRecording:
    """A generated recording: its file, the frames' intended presentation times (seconds on
    the container's clock) and where its sound starts (seconds on the same clock)."""

    path: Path
    frame_times: tuple[float, ...]
    sound_start: float
    parts: tuple[Path, ...] = ()  # joined recordings: the parts, as separate files


def vfr_times_ms() -> list[int]:
    """Millisecond timestamps with irregular steps and :data:`HELD_FRAME` held 400 ms."""
    steps = [33, 50, 17, 100, 33, 41, 66, 20]
    stamps, now = [], 0
    for index in range(VFR_FRAMES):
        stamps.append(now)
        now += HELD_MS if index == HELD_FRAME else steps[index % len(steps)]
    return stamps


def sound_track(seconds: float, bursts: list[float], start: float = 0.0) -> np.ndarray:
    """Mono float32 samples at :data:`RATE` from ``start`` (seconds) for ``seconds``: a hum
    with a burst of noise beginning at each time in ``bursts`` (seconds on the same clock)."""
    count = round(seconds * RATE)
    times = start + np.arange(count) / RATE
    samples = HUM * np.sin(2 * math.pi * 220 * times)
    noise = np.random.default_rng(11)
    length = round(BURST_SECONDS * RATE)
    envelope = np.hanning(length)
    for at in bursts:
        begin = round((at - start) * RATE)
        burst = 0.6 * noise.uniform(-1, 1, length) * envelope
        lo, hi = max(0, begin), min(count, begin + length)
        if hi > lo:
            samples[lo:hi] += burst[lo - begin:hi - begin]
    return samples.astype(np.float32)


def make_audio_late(path: Path) -> AudioRecording:
    """The 0.5-s-late recording (see the module docstring)."""
    spec = VideoSpec(frames=LATE_FRAMES, bframes=2, gop=15)
    times = [index / spec.fps for index in range(spec.frames)]
    seconds = spec.frames / spec.fps - LATE_START
    sound = sound_track(seconds, [times[k] for k in LATE_BURSTS], start=LATE_START)
    _write(path, spec, [index for index in range(spec.frames)], Fraction(1, spec.fps), sound,
           round(LATE_START * RATE), container_format="mp4")
    return AudioRecording(path, tuple(times), LATE_START)


def make_vfr_audio(path: Path) -> AudioRecording:
    """The variable-rate recording with a held frame (see the module docstring)."""
    stamps = vfr_times_ms()
    spec = VideoSpec(frames=VFR_FRAMES, pts_ms=stamps, gop=10)
    times = [stamp / 1000 for stamp in stamps]
    bursts = [times[k] for k in VFR_BURSTS] + [times[HELD_FRAME] + 0.2]
    sound = sound_track(times[-1] + 0.1, bursts)
    _write(path, spec, stamps, Fraction(1, 1000), sound, 0, container_format="mp4")
    return AudioRecording(path, tuple(times), 0.0)


def make_long_audio(path: Path, seconds: int = 40) -> AudioRecording:
    """The long recording (see the module docstring): 160x120, 10 fps, bursts every 1.3 s."""
    spec = VideoSpec(frames=seconds * 10, fps=10, width=160, height=120, bframes=2, gop=20)
    times = [index / spec.fps for index in range(spec.frames)]
    sound = sound_track(float(seconds), [times[k] for k in range(7, spec.frames, 13)])
    _write(path, spec, list(range(spec.frames)), Fraction(1, spec.fps), sound, 0,
           container_format="mp4")
    return AudioRecording(path, tuple(times), 0.0)


def make_joined_audio(folder: Path) -> AudioRecording:
    """Two 25 fps M2TS recordings with sound, joined byte-wise (``cat``, ``copy /b``): the
    clocks of both streams start again at the join. The parts are kept beside it."""
    spec = VideoSpec(frames=JOINED_PART_FRAMES, fps=25, bframes=2, gop=12)
    times = [index / spec.fps for index in range(spec.frames)]
    parts = []
    for number, bursts in enumerate(JOINED_BURSTS):
        sound = sound_track(spec.frames / spec.fps, [times[k] for k in bursts])
        part = folder / f"joined-part{number}.mts"
        codes = [number * spec.frames + index for index in range(spec.frames)]
        _write(part, spec, list(range(spec.frames)), Fraction(1, spec.fps), sound, 0,
               container_format="mpegts", codes=codes,
               container_options={"mpegts_m2ts_mode": "1"})
        parts.append(part)
    path = folder / "joined.mts"
    path.write_bytes(b"".join(part.read_bytes() for part in parts))
    return AudioRecording(path, tuple(times + times), 0.0, tuple(parts))


def make_damaged_mjpeg(path: Path, frames: int = 40, damaged: int = 17) -> AudioRecording:
    """A 25 fps MJPEG AVI with PCM sound whose frame ``damaged`` cannot be decoded: its JPEG
    data is overwritten with zeros (the packet stays, with its size, in the file's index)."""
    spec = VideoSpec(codec="mjpeg", frames=frames, fps=25, gop=1, pix_fmt="yuvj420p",
                     options={"qscale": "3"})
    times = [index / spec.fps for index in range(frames)]
    sound = sound_track(frames / spec.fps, [times[5], times[damaged]])
    _write(path, spec, list(range(frames)), Fraction(1, spec.fps), sound, 0,
           container_format="avi", audio_codec="pcm_s16le")
    _overwrite_packet(path, damaged)
    return AudioRecording(path, tuple(times), 0.0)


def _write(path: Path, spec: VideoSpec, stamps: list[int], time_base: Fraction,
           sound: np.ndarray, sound_pts: int, *, container_format: str,
           audio_codec: str = "aac", codes: list[int] | None = None,
           container_options: dict[str, str] | None = None) -> None:
    """Frames showing their numbers (or ``codes``) at ``stamps`` (in ``time_base``) and
    ``sound`` whose first sample is at ``sound_pts`` (in 1/:data:`RATE` s)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with av.open(str(path), "w", format=container_format,
                 options=container_options or {}) as container:
        video = _add_video(container, spec)
        audio = container.add_stream(audio_codec, rate=RATE)
        audio.layout = "mono"
        for index, stamp in enumerate(stamps):
            code = codes[index] if codes is not None else index
            frame = av.VideoFrame.from_ndarray(draw_code(code, spec.width, spec.height),
                                               format="rgb24")
            frame.pts, frame.time_base = stamp, time_base
            for packet in video.encode(frame):
                container.mux(packet)
        for packet in video.encode():
            container.mux(packet)
        _write_sound(container, audio, sound, sound_pts)


def _write_sound(container: av.container.OutputContainer, stream: av.AudioStream,
                 sound: np.ndarray, first_pts: int) -> None:
    chunk = 1024
    pcm = stream.codec_context.name.startswith("pcm")
    for start in range(0, len(sound), chunk):
        piece = sound[start:start + chunk].reshape(1, -1)
        if pcm:
            piece = (piece * 32767).astype(np.int16)
        frame = av.AudioFrame.from_ndarray(piece, format="s16" if pcm else "fltp",
                                           layout="mono")
        frame.sample_rate = RATE
        frame.pts = first_pts + start
        frame.time_base = Fraction(1, RATE)
        for packet in stream.encode(frame):
            container.mux(packet)
    for packet in stream.encode():
        container.mux(packet)


def _overwrite_packet(path: Path, index: int) -> None:
    """Zero the data of video packet ``index`` (in file order) of ``path``."""
    with av.open(str(path)) as container:
        stream = container.streams.video[0]
        packets = [packet for packet in container.demux(stream) if packet.size]
        position, size = packets[index].pos, packets[index].size
    assert position is not None and position >= 0
    with path.open("r+b") as handle:
        handle.seek(position)
        handle.write(bytes(size))
