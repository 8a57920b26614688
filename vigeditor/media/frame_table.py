"""The frame table: the presentation timestamp of every frame of a recording.

It is read from the container's packets without decoding, sorted into presentation order,
so it is right with B-frames (packets arrive in decode order) and variable frame rate.
Positions in vigeditor are frame indices into this table; a time maps to the frame that is
on screen at that time. Never ``time × fps``.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Any

import numpy as np

from vigeditor.atomic import write_atomically
from vigeditor.i18n import _
from vigeditor.media.errors import MediaError

CACHE_VERSION = 1
_IDENTITY_CHUNK = 1 << 20


@dataclass(frozen=True)
class FrameTable:
    """Presentation timestamps (``pts``, in ``time_base`` units) of every frame, in order.

    ``keyframes`` holds the indices of frames a decoder can start from (sorted, always
    containing 0). ``last_duration`` is the display duration of the last frame in ticks.
    """

    pts: np.ndarray
    keyframes: np.ndarray
    time_base: Fraction
    last_duration: int

    def __post_init__(self) -> None:
        lookup = {int(value): index for index, value in enumerate(self.pts.tolist())}
        object.__setattr__(self, "_index_of_pts", lookup)
        object.__setattr__(self, "_relative", (self.pts - self.pts[0]).astype(np.float64))

    def __len__(self) -> int:
        return int(self.pts.shape[0])

    @property
    def duration(self) -> float:
        """Seconds from the start of the first frame to the end of the last one."""
        ticks = int(self.pts[-1] - self.pts[0]) + self.last_duration
        return float(ticks * self.time_base)

    def time(self, index: int) -> float:
        """Seconds from the first frame to frame ``index``."""
        self.check_index(index)
        return float((int(self.pts[index]) - int(self.pts[0])) * self.time_base)

    def display_duration(self, index: int) -> float:
        """Seconds frame ``index`` stays on screen (the last frame: its own duration)."""
        self.check_index(index)
        if index + 1 < len(self):
            return float((int(self.pts[index + 1]) - int(self.pts[index])) * self.time_base)
        return float(max(1, self.last_duration) * self.time_base)

    def source_time(self, index: int) -> float:
        """Seconds on the container's own clock (the clock audio packets use) at which
        frame ``index`` is presented, as the file's timestamps say."""
        self.check_index(index)
        return float(int(self.pts[index]) * self.time_base)

    def index_at(self, seconds: float) -> int:
        """The frame on screen ``seconds`` after the first frame (clamped to the recording)."""
        if seconds < 0 or seconds != seconds:
            raise MediaError(_("A time in a recording cannot be negative."))
        ticks = seconds / float(self.time_base)
        relative: np.ndarray = self._relative  # type: ignore[attr-defined]
        position = int(np.searchsorted(relative, ticks + 1e-6, side="right")) - 1
        return max(0, min(position, len(self) - 1))

    def index_of_pts(self, pts: int) -> int | None:
        """The frame index with presentation timestamp ``pts``, or None."""
        return self._index_of_pts.get(int(pts))  # type: ignore[attr-defined]

    def keyframe_at_or_before(self, index: int) -> int:
        """The index of the keyframe a decoder starts from to reach frame ``index``."""
        self.check_index(index)
        position = int(np.searchsorted(self.keyframes, index, side="right")) - 1
        return int(self.keyframes[max(position, 0)])

    def keyframe_before(self, keyframe: int) -> int | None:
        """The keyframe before the keyframe ``keyframe``, or None at the start."""
        position = int(np.searchsorted(self.keyframes, keyframe, side="left")) - 1
        return int(self.keyframes[position]) if position >= 0 else None

    def gop_end(self, keyframe: int) -> int:
        """The last frame index decoded from ``keyframe`` before the next keyframe."""
        position = int(np.searchsorted(self.keyframes, keyframe, side="right"))
        if position >= len(self.keyframes):
            return len(self) - 1
        return int(self.keyframes[position]) - 1

    def is_variable_rate(self) -> bool:
        """True when frame durations differ by more than timestamp rounding."""
        if len(self) < 3:
            return False
        steps = np.diff(self.pts)
        median = float(np.median(steps))
        tolerance = max(1.0, 0.005 * median)
        return bool(np.any(np.abs(steps - median) > tolerance))

    def check_index(self, index: int) -> None:
        if not 0 <= index < len(self):
            raise MediaError(
                _("Frame {index} is outside this recording, which has frames 0 to {last}.")
                .format(index=index, last=len(self) - 1)
            )


def table_from_packets(
    packets: list[tuple[int, bool]], time_base: Fraction, last_duration: int | None
) -> FrameTable:
    """Build a table from (pts, is_keyframe) pairs given in decode order."""
    if not packets:
        raise MediaError(_("This recording contains no video frames."))
    ordered = sorted(packets, key=lambda item: item[0])
    pts = np.fromiter((value for value, _key in ordered), dtype=np.int64, count=len(ordered))
    keys = [index for index, (_value, key) in enumerate(ordered) if key]
    if not keys or keys[0] != 0:
        keys.insert(0, 0)
    if last_duration is None or last_duration <= 0:
        last_duration = int(np.median(np.diff(pts))) if len(pts) > 1 else 1
    return FrameTable(pts, np.asarray(keys, dtype=np.int64), time_base, int(last_duration))


def file_identity(path: str | os.PathLike[str]) -> str:
    """A key for a file's content: its size and hashes of its first and last megabyte."""
    file_path = Path(path)
    size = file_path.stat().st_size
    digest = hashlib.sha256(str(size).encode())
    with file_path.open("rb") as handle:
        digest.update(handle.read(_IDENTITY_CHUNK))
        if size > _IDENTITY_CHUNK:
            handle.seek(max(size - _IDENTITY_CHUNK, _IDENTITY_CHUNK))
            digest.update(handle.read(_IDENTITY_CHUNK))
    return digest.hexdigest()[:32]


def save_cached(cache_dir: Path, key: str, table: FrameTable, info: dict[str, Any]) -> Path:
    """Write a table (and the probe's facts) to ``cache_dir`` atomically."""
    cache_dir.mkdir(parents=True, exist_ok=True)
    target = cache_dir / f"{key}.frames.npz"
    meta = {"version": CACHE_VERSION, "info": info,
            "time_base": [table.time_base.numerator, table.time_base.denominator],
            "last_duration": table.last_duration}
    write_atomically(target, lambda stream: np.savez(
        stream, pts=table.pts, keyframes=table.keyframes, meta=np.array(json.dumps(meta))))
    return target


def load_cached(cache_dir: Path, key: str) -> tuple[FrameTable, dict[str, Any]] | None:
    """A cached table and probe facts, or None if absent, stale or unreadable."""
    target = cache_dir / f"{key}.frames.npz"
    try:
        with np.load(target, allow_pickle=False) as data:
            meta = json.loads(str(data["meta"]))
            if meta.get("version") != CACHE_VERSION:
                return None
            numerator, denominator = meta["time_base"]
            table = FrameTable(data["pts"].astype(np.int64), data["keyframes"].astype(np.int64),
                               Fraction(numerator, denominator), int(meta["last_duration"]))
            return table, meta["info"]
    except (OSError, ValueError, KeyError, json.JSONDecodeError):
        return None
