"""A recording's sound decoded once, as the analysis hears it: mono, 16 kHz, float32.

The first audio stream is decoded with PyAV, mixed to mono and resampled to
:data:`ANALYSIS_RATE` by ffmpeg's resampler, and every decoded frame is placed by its own
timestamp on the recording's timeline (second 0 = the moment the first picture is presented,
``FrameTable.time(0)``), as :mod:`vigeditor.media.render_audio` places a clip's sound: sound
that starts after the picture keeps its place, gaps and damaged packets become silence.
Recordings whose clock starts again part-way (files joined end to end) are read in file
order from the first restart on (the parts are laid one after the other).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import av
import av.error
import numpy as np

_log = logging.getLogger("vigeditor.analysis")

ANALYSIS_RATE = 16_000  # samples per second (what the voice detector and pitch tracker take)
_GROW = 60 * ANALYSIS_RATE  # samples: the least a buffer holds (it grows by half as needed)
_MAX_EXPECTED = 3 * 3600  # seconds: a longer declared duration is not reserved up front
RESTART_GAP = 1.0  # seconds a timestamp may go back before the clock counts as restarted

Progress = Callable[[float], None]


@dataclass(frozen=True)
class Sound:
    """``samples``: float32, shape (n,), mono at ``rate`` samples per second; sample 0 is at
    second 0 of the recording's timeline. Empty when the recording has no sound."""

    samples: np.ndarray
    rate: int = ANALYSIS_RATE

    @property
    def seconds(self) -> float:
        return len(self.samples) / self.rate


class _Buffer:
    """Samples placed at sample offsets, growing as needed."""

    def __init__(self, expected: int = _GROW) -> None:
        self.data = np.zeros(max(expected, _GROW), np.float32)
        self.length = 0

    def place(self, samples: np.ndarray, offset: int) -> None:
        skip = max(0, -offset)
        begin = max(0, offset)
        count = len(samples) - skip
        if count <= 0:
            return
        end = begin + count
        if end > len(self.data):
            grown = np.zeros(max(end, len(self.data) * 3 // 2), np.float32)
            grown[: self.length] = self.data[: self.length]
            self.data = grown
        self.data[begin:end] = samples[skip:]
        self.length = max(self.length, end)

    def result(self) -> np.ndarray:
        return self.data[: self.length].copy()


def decode_sound(path: Path, origin: float = 0.0, progress: Progress | None = None) -> Sound:
    """The first audio stream of ``path`` as :class:`Sound`; ``origin`` is the container
    time (seconds) of the first picture (``FrameTable.source_time(0)``), which becomes second
    0. ``progress`` gets 0…1 as decoding goes. Empty :class:`Sound` when the file has no
    audio stream. Raises ``av.error.FFmpegError`` or OSError when the file cannot be opened;
    damaged packets are skipped (silence)."""
    with av.open(str(path), metadata_errors="ignore") as container:
        if not container.streams.audio:
            return Sound(np.zeros(0, np.float32))
        stream = container.streams.audio[0]
        total = float(container.duration or 0) / av.time_base if container.duration else 0.0
        buffer = _Buffer(round(min(total, _MAX_EXPECTED) * ANALYSIS_RATE) + ANALYSIS_RATE)
        resampler = av.AudioResampler(format="flt", layout="mono", rate=ANALYSIS_RATE)
        shift, previous, following = 0.0, None, None
        for packet in container.demux(stream):
            try:
                frames = packet.decode()
            except (av.error.FFmpegError, ValueError) as error:
                _log.info("skipping a damaged sound packet at %s: %s", packet.pts, error)
                continue
            for frame in frames:
                at = float(frame.pts * frame.time_base) if frame.pts is not None else following
                if at is None:
                    at = 0.0
                if previous is not None and at < previous - RESTART_GAP:
                    shift += previous - at  # the clock started again: lay this part after
                previous = at
                following = at + frame.samples / frame.sample_rate
                _place_frame(buffer, resampler, frame, at + shift - origin)
            if progress is not None and total > 0 and previous is not None:
                progress(min(1.0, (previous + shift) / total))
    return Sound(buffer.result())


def _place_frame(buffer: _Buffer, resampler: av.AudioResampler, frame: av.AudioFrame,
                 at: float) -> None:
    pieces = [out.to_ndarray().reshape(-1) for out in resampler.resample(frame)]
    if pieces:
        buffer.place(np.concatenate(pieces), round(at * ANALYSIS_RATE))
