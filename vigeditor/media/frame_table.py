"""The frame table: the presentation timestamp of every frame of a recording.

It is read from the container's packets without decoding, sorted into presentation order,
so it is right with B-frames (packets arrive in decode order) and variable frame rate.
Positions in vigeditor are frame indices into this table; a time maps to the frame that is
on screen at that time. Never ``time × fps``.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field, replace
from fractions import Fraction
from pathlib import Path
from typing import Any

import numpy as np

from vigeditor.i18n import _
from vigeditor.media.errors import MediaError

CACHE_VERSION = 4  # 4: tags, repaired times, damage, colour and field facts; stricter doubts
#: stands for "no timestamp" in integer timestamp arrays
NO_STAMP = -(1 << 62)
_IDENTITY_CHUNK = 1 << 20


#: how a table says which decoded picture is which frame (see :class:`FrameTable`)
TAG_KINDS = ("pts", "pos", "serial")


@dataclass(frozen=True)
class FrameTable:
    """Every frame of a recording, in the order the decoder outputs them (frame N is the N-th
    picture, as ``ffmpeg -vf select=eq(n\\,N) -fps_mode passthrough`` counts them).

    ``pts`` holds each frame's presentation time in ``time_base`` ticks, strictly increasing
    (repaired where the container's timestamps lie, see :mod:`vigeditor.media.timestamps`).
    ``keyframes`` holds the indices of frames a decoder can start from (sorted, always
    containing 0); ``key_stamps`` (same length, or None) the container timestamp (stream
    ticks) to seek to for each. ``last_duration`` is the last frame's display time in ticks.

    ``tags`` identifies the packet each frame was decoded from, so a decoded picture is
    matched to its index without trusting container timestamps: with ``tag_kind`` "pos" the
    packet's byte position, with "serial" its number in decode order from the start of the
    file (the server then never seeks), with "pts" (``tags`` None) the packet's own pts (the
    packet table, where it has been proven to equal the decoder's output).
    ``source_pts`` (stream ticks of ``source_time_base``) is each frame's timestamp as the
    container says, the clock its audio uses. ``damaged`` lists frames the decoder output
    marked corrupt. ``method`` is "packets" (read from the packets) or "decoded" (built by
    decoding every frame); ``verified`` is True once a full decode confirmed the table.
    """

    pts: np.ndarray
    keyframes: np.ndarray
    time_base: Fraction
    last_duration: int
    tags: np.ndarray | None = None
    tag_kind: str = "pts"
    key_stamps: np.ndarray | None = None
    source_pts: np.ndarray | None = None
    source_time_base: Fraction | None = None
    damaged: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    method: str = "packets"
    verified: bool = False
    repairs: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        identity = self.tags if self.tags is not None else self.pts
        lookup: dict[int, int] = {}
        for index, value in enumerate(identity.tolist()):
            lookup.setdefault(int(value), index)
        object.__setattr__(self, "_index_of_tag", lookup)
        object.__setattr__(self, "_relative", (self.pts - self.pts[0]).astype(np.float64))
        object.__setattr__(self, "_damaged", frozenset(int(i) for i in self.damaged.tolist()))

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
        frame ``index`` is presented, as the file's timestamps say (where a frame has no
        timestamp of its own: the last frame before it that has one, plus the repaired
        time between them)."""
        self.check_index(index)
        if self.source_pts is None or self.source_time_base is None:
            return float(int(self.pts[index]) * self.time_base)
        known = np.flatnonzero(self.source_pts[: index + 1] != NO_STAMP)
        if len(known) == 0:
            return self.time(index)
        anchor = int(known[-1])
        return (float(int(self.source_pts[anchor]) * self.source_time_base)
                + self.time(index) - self.time(anchor))

    def index_at(self, seconds: float) -> int:
        """The frame on screen ``seconds`` after the first frame (clamped to the recording)."""
        if seconds < 0 or seconds != seconds:
            raise MediaError(_("A time in a recording cannot be negative."))
        ticks = seconds / float(self.time_base)
        relative: np.ndarray = self._relative  # type: ignore[attr-defined]
        position = int(np.searchsorted(relative, ticks + 1e-6, side="right")) - 1
        return max(0, min(position, len(self) - 1))

    def index_of_tag(self, tag: int, after: int | None = None) -> int | None:
        """The frame decoded from the packet tagged ``tag`` (see the class), or None.

        Where one packet gave several frames (packed B-frames), ``after`` (the index of the
        frame the decoder gave before this one) picks the next frame with that tag."""
        first = self._index_of_tag.get(int(tag))  # type: ignore[attr-defined]
        if first is None or after is None or after < first:
            return first
        candidate = after + 1
        if candidate < len(self) and self.tag(candidate) == int(tag):
            return candidate
        return first

    def tag(self, index: int) -> int:
        """The identity of the packet frame ``index`` was decoded from."""
        identity = self.tags if self.tags is not None else self.pts
        return int(identity[index])

    def is_damaged(self, index: int) -> bool:
        """True when the decoder marked frame ``index`` as corrupt."""
        return index in self._damaged  # type: ignore[attr-defined]

    def seek_stamp(self, keyframe: int) -> int | None:
        """The container timestamp to seek to for keyframe index ``keyframe`` (or None)."""
        position = int(np.searchsorted(self.keyframes, keyframe, side="left"))
        if self.key_stamps is None:
            return int(self.pts[keyframe]) if self.tag_kind == "pts" else None
        value = int(self.key_stamps[position])
        return None if value == NO_STAMP else value

    def with_changes(self, **changes: Any) -> FrameTable:
        """A copy with some fields replaced."""
        return replace(self, **changes)

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


def remap_frame(old: FrameTable, new: FrameTable, index: int) -> int:
    """The frame of table ``new`` that shows what frame ``index`` of table ``old`` showed,
    for the same recording (when a full decode corrected its table): the frame decoded
    from the same packet where ``new`` has it, otherwise the frame on screen at the same
    time on the container's clock."""
    old.check_index(index)
    if old.tags is not None and new.tags is not None and old.tag_kind == new.tag_kind:
        found = new.index_of_tag(old.tag(index))
        if found is not None:
            return found
    seconds = old.source_time(index) - new.source_time(0)
    return new.index_at(max(0.0, seconds))


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
