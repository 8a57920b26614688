"""The waveform of a recording as a pyramid of peaks, for drawing it at any zoom.

Level 0 holds the lowest and highest sample of every :data:`FINEST` samples of the analysed
sound (mono, 16 kHz: 2 ms a bucket, so a single frame of a 60 fps film still spans 8
buckets); each further level merges :data:`FACTOR` buckets of the one below, up to buckets of
about 4 s. :meth:`PeakPyramid.peaks` answers "min and max per pixel" for any span by reducing
the coarsest level that is still at least as fine as one pixel, so it touches at most a few
thousand values whatever the zoom. Values are stored as int16 (1/32767 of full scale) in one
``.npz`` file, about 1.6 MB for a 10-minute recording.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import numpy as np

from vigeditor.atomic import write_atomically

FINEST = 32  # samples per bucket at level 0 (2 ms at 16 kHz)
FACTOR = 4  # buckets of one level merged into one bucket of the next
LEVELS = 6  # 2 ms, 8 ms, 32 ms, 128 ms, 512 ms, 2 s
_SCALE = 32767.0


@dataclass(frozen=True)
class PeakPyramid:
    """``lows[k]`` and ``highs[k]`` (int16, shape (n_k,)) are the minimum and maximum sample
    of each bucket of level ``k``; bucket ``i`` of level ``k`` covers seconds
    ``[i, i + 1) × bucket_seconds(k)`` of the recording's timeline. ``seconds`` is the
    sound's length."""

    lows: tuple[np.ndarray, ...]
    highs: tuple[np.ndarray, ...]
    rate: int
    seconds: float

    def bucket_seconds(self, level: int) -> float:
        """Seconds one bucket of ``level`` covers."""
        return FINEST * FACTOR ** level / self.rate

    def peaks(self, start_s: float, end_s: float, buckets: int) -> tuple[np.ndarray, np.ndarray]:
        """(lows, highs): float32 arrays of shape (``buckets``,), in −1…1, the lowest and
        highest sample in each of ``buckets`` equal parts of ``start_s … end_s`` (seconds on
        the recording's timeline). Parts outside the sound are 0. A part finer than 2 ms gets
        the 2-ms bucket it lies in. Raises ValueError when ``buckets`` < 1 or
        ``end_s`` <= ``start_s``."""
        if buckets < 1 or not end_s > start_s:
            raise ValueError("peaks need at least one bucket and a span that is not empty")
        level = self._level_for((end_s - start_s) / buckets)
        lows, highs = self.lows[level], self.highs[level]
        size = self.bucket_seconds(level)
        edges = np.linspace(start_s, end_s, buckets + 1) / size
        first = np.floor(edges[:-1]).astype(np.int64)
        last = np.maximum(first + 1, np.ceil(edges[1:]).astype(np.int64))  # exclusive
        inside = (first < len(lows)) & (last > 0)
        out_low = np.zeros(buckets, np.float32)
        out_high = np.zeros(buckets, np.float32)
        if not inside.any() or len(lows) == 0:
            return out_low, out_high
        first_c = np.clip(first[inside], 0, len(lows) - 1)
        last_c = np.clip(last[inside] - 1, 0, len(lows) - 1)  # the last bucket touched
        stop = int(last_c.max()) + 1
        # reduceat runs each part from its first bucket to the next part's first; the bucket
        # a part ends in may be the next part's first too, so it is added on its own
        low = np.minimum(np.minimum.reduceat(lows[:stop], first_c), lows[last_c])
        high = np.maximum(np.maximum.reduceat(highs[:stop], first_c), highs[last_c])
        out_low[inside] = low / _SCALE
        out_high[inside] = high / _SCALE
        return out_low, out_high

    def _level_for(self, part_seconds: float) -> int:
        level = 0
        while level + 1 < len(self.lows) and self.bucket_seconds(level + 1) <= part_seconds:
            level += 1
        return level

    def save(self, target: Path) -> Path:
        """Write the pyramid to ``target`` (``.npz``) atomically; OSError when it cannot."""
        arrays = {f"low{k}": low for k, low in enumerate(self.lows)}
        arrays |= {f"high{k}": high for k, high in enumerate(self.highs)}
        meta = np.array([self.rate, self.seconds], np.float64)

        def write(stream: BinaryIO) -> None:
            np.savez(stream, meta=meta, **arrays)

        return write_atomically(target, write)

    @classmethod
    def load(cls, source: Path) -> PeakPyramid:
        """A pyramid saved by :meth:`save`; OSError or ValueError when it cannot be read."""
        with np.load(source) as data:
            count = sum(1 for name in data.files if name.startswith("low"))
            lows = tuple(data[f"low{k}"] for k in range(count))
            highs = tuple(data[f"high{k}"] for k in range(count))
            rate, seconds = data["meta"].tolist()
        if count == 0 or any(len(low) != len(high) for low, high in zip(lows, highs,
                                                                       strict=True)):
            raise ValueError(f"{source.name} is not a peak pyramid")
        return cls(lows, highs, int(rate), float(seconds))


def build_pyramid(samples: np.ndarray, rate: int) -> PeakPyramid:
    """The peak pyramid of ``samples`` (float, shape (n,), −1…1, at ``rate`` per second)."""
    whole = len(samples) // FINEST * FINEST
    scaled = np.clip(samples, -1.0, 1.0) * _SCALE
    blocks = scaled[:whole].reshape(-1, FINEST)
    low = blocks.min(axis=1)
    high = blocks.max(axis=1)
    if whole < len(samples):  # the last, partial bucket
        low = np.append(low, scaled[whole:].min())
        high = np.append(high, scaled[whole:].max())
    lows, highs = [np.round(low).astype(np.int16)], [np.round(high).astype(np.int16)]
    for _level in range(1, LEVELS):
        lows.append(_merge(lows[-1], np.minimum))
        highs.append(_merge(highs[-1], np.maximum))
    return PeakPyramid(tuple(lows), tuple(highs), rate, len(samples) / rate)


def _merge(values: np.ndarray, reduce: np.ufunc) -> np.ndarray:
    if len(values) == 0:
        return values
    starts = np.arange(0, len(values), FACTOR)
    return reduce.reduceat(values, starts)
