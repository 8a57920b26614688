"""Presentation times that never go backwards, repaired from what a container says.

Real recordings carry timestamps that lie: MPEG-TS clocks wrap at 2**33 ticks, joined
camcorder files restart at zero, some muxers write presentation = decode timestamps although
the stream has B-frames, coarse track timescales give two frames one timestamp, and some
frames have none. :func:`repair_times` takes the container's timestamp of every frame in the
decoder's output order and returns strictly increasing times on one timeline:

1. missing timestamps are interpolated from their neighbours;
2. a clock wrap (a backward jump of about the wrap period, ISO/IEC 13818-1 §2.4.2.2: 33-bit
   90 kHz) is undone by adding the period;
3. a backward jump larger than reordering can explain (over ``max(16 frames, 1 s)``) starts a
   new segment (a joined recording), placed one frame after the previous segment's end;
4. inside a segment the timestamps are assigned in ascending order to the frames in output
   order (a decoder outputs frames in presentation order, so the smallest timestamp belongs
   to the first frame: this repairs presentation = decode timestamps);
5. equal timestamps are spread evenly towards the next distinct one, on a finer time base.

Where nothing needs repair, the times are the container's own, unchanged.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass
from fractions import Fraction

import numpy as np

#: the MPEG-TS presentation clock wraps after 2**33 ticks of 1/90000 s
MPEG_TS_WRAP = 1 << 33
_REORDER_FRAMES = 16  # backward jumps within this many frames are B-frame reordering
_MAX_FINER = 1 << 16


@dataclass(frozen=True)
class RepairedTimes:
    """Strictly increasing presentation times (``pts``, int64 ticks of ``time_base``), the
    typical frame duration ``step`` in those ticks, and what was repaired (plain words)."""

    pts: np.ndarray
    time_base: Fraction
    step: int
    repairs: tuple[str, ...]


def repair_times(raw: list[int | None], time_base: Fraction, *,
                 wrap: int | None = None) -> RepairedTimes:
    """Repair container timestamps ``raw`` (ticks of ``time_base``, decoder output order; None
    where a frame has none). ``wrap``: the clock's wrap period in ticks, if it has one."""
    if not raw:
        raise ValueError("no frames")
    repairs: list[str] = []
    values = _filled(raw, time_base, repairs)
    step = _typical_step(values, time_base)
    if wrap:
        values = _unwrapped(values, wrap, repairs)
    values = _joined_segments(values, step, time_base, repairs)
    values, finer = _spread_duplicates(values, repairs)
    return RepairedTimes(values, time_base / finer, max(1, step * finer), tuple(repairs))


def _filled(raw: list[int | None], time_base: Fraction, repairs: list[str]) -> np.ndarray:
    """Timestamps as floats, the missing ones interpolated (or counted at 25 per second)."""
    values = np.array([math.nan if value is None else float(value) for value in raw])
    known = ~np.isnan(values)
    if known.all():
        return values
    repairs.append("missing timestamps")
    if not known.any():
        return np.arange(len(values)) * max(1.0, round(1 / (25 * float(time_base))))
    positions = np.flatnonzero(known)
    if len(positions) == 1:
        step = max(1.0, round(1 / (25 * float(time_base))))
        return values[positions[0]] + (np.arange(len(values)) - positions[0]) * step
    return np.interp(np.arange(len(values)), positions, values[positions])


def _typical_step(values: np.ndarray, time_base: Fraction) -> int:
    """The median positive difference between neighbouring timestamps, in ticks."""
    ordered = np.sort(values)
    steps = np.diff(ordered)
    steps = steps[steps > 0]
    if len(steps) == 0:
        return max(1, round(1 / (25 * float(time_base))))
    return max(1, round(float(np.median(steps))))


def _unwrapped(values: np.ndarray, wrap: int, repairs: list[str]) -> np.ndarray:
    """Add the wrap period after each backward jump of more than half of it."""
    jumps = np.diff(values)
    turns = np.concatenate([[0], np.cumsum(jumps < -wrap / 2) - np.cumsum(jumps > wrap / 2)])
    if not turns.any():
        return values
    repairs.append("clock wrap")
    return values + turns * float(wrap)


def _joined_segments(values: np.ndarray, step: int, time_base: Fraction,
                     repairs: list[str]) -> np.ndarray:
    """Sort each segment; place each segment one frame after the previous one ends."""
    limit = max(_REORDER_FRAMES * step, 1 / float(time_base))
    starts = [0, *(int(i) + 1 for i in np.flatnonzero(np.diff(values) < -limit)), len(values)]
    if len(starts) > 2:
        repairs.append("timestamps restart (joined recordings)")
    result = np.empty_like(values)
    end = None
    for first, last in itertools.pairwise(starts):
        segment = np.sort(values[first:last])
        if not np.array_equal(segment, values[first:last]):
            _note(repairs, "timestamps out of presentation order")
        if end is not None and segment[0] <= end:
            segment = segment + (end + step - segment[0])
        result[first:last] = segment
        end = float(segment[-1])
    return result


def _spread_duplicates(values: np.ndarray, repairs: list[str]) -> tuple[np.ndarray, int]:
    """Integer ticks, strictly increasing: runs of equal values spread on a finer base."""
    ticks = np.round(values).astype(np.int64)
    if len(ticks) < 2 or bool(np.all(np.diff(ticks) > 0)):
        return ticks, 1
    repairs.append("duplicate timestamps")
    finer = 1
    runs = _runs(ticks)
    for start, length in runs:
        gap = _gap_after(ticks, start, length)
        finer = max(finer, math.ceil(length / max(gap, 1)))
    finer = min(_MAX_FINER, 1 << max(0, math.ceil(math.log2(finer))))
    spread = ticks * finer
    for start, length in runs:
        gap = _gap_after(ticks, start, length) * finer
        spread[start:start + length] += (np.arange(length) * gap) // length
    for index in range(1, len(spread)):  # only if a gap was too small even on the finer base
        if spread[index] <= spread[index - 1]:
            spread[index] = spread[index - 1] + 1
    return spread, finer


def _runs(ticks: np.ndarray) -> list[tuple[int, int]]:
    """(start, length) of every run of two or more equal values."""
    runs, start = [], 0
    for index in range(1, len(ticks) + 1):
        if index == len(ticks) or ticks[index] != ticks[start]:
            if index - start > 1:
                runs.append((start, index - start))
            start = index
    return runs


def _gap_after(ticks: np.ndarray, start: int, length: int) -> int:
    """Ticks from a run's value to the next distinct value (the previous gap at the end)."""
    end = start + length
    if end < len(ticks):
        return int(ticks[end] - ticks[start])
    earlier = ticks[:start]
    return int(ticks[start] - earlier[-1]) if len(earlier) else length


def _note(repairs: list[str], text: str) -> None:
    if text not in repairs:
        repairs.append(text)
