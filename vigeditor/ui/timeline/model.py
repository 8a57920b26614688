"""What the timeline draws, as numpy arrays: the frame/pixel mapping, tracks and clusters.

No widgets here, so the arithmetic can be tested and benchmarked on its own. Positions are
frame indices; frame ``f`` occupies the pixel cell ``[x_of(f), x_of(f + 1))``. Marker
positions are kept in *content* pixels (``(frame + 0.5) * pixels_per_frame``), so they are
computed once per zoom and shifted by the scroll offset when painting.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np

from vigeditor.project.model import Clip, Moment, Still
from vigeditor.project.scheme import Scheme
from vigeditor.ui.panels.palette_look import matches

MAX_PIXELS_PER_FRAME = 20.0  # deepest zoom: every frame cell at least this wide
CLUSTER_PX = 18.0  # markers closer than this (in pixels) are drawn as one numbered cluster
CLIP_ROWS = 2


@dataclass
class Viewport:
    """Zoom (pixels per frame) and horizontal scroll (the frame at the left edge)."""

    frame_count: int = 0
    width: float = 1.0
    pixels_per_frame: float = 1.0
    start: float = 0.0

    @property
    def fit_pixels_per_frame(self) -> float:
        return max(self.width, 1.0) / max(self.frame_count, 1)

    @property
    def max_pixels_per_frame(self) -> float:
        return max(MAX_PIXELS_PER_FRAME, self.fit_pixels_per_frame)

    @property
    def is_fit(self) -> bool:
        return self.pixels_per_frame <= self.fit_pixels_per_frame * 1.0001

    @property
    def content_width(self) -> float:
        return self.frame_count * self.pixels_per_frame

    @property
    def max_start(self) -> float:
        return max(0.0, self.frame_count - self.width / self.pixels_per_frame)

    def x_of(self, frame: float) -> float:
        """The left edge of frame ``frame``'s cell, in widget pixels."""
        return (frame - self.start) * self.pixels_per_frame

    def frame_at(self, x: float) -> int:
        """The exact frame whose cell contains widget pixel ``x`` (clamped to the recording)."""
        if self.frame_count <= 0:
            return 0
        frame = math.floor(self.start + x / self.pixels_per_frame + 1e-9)
        return max(0, min(int(frame), self.frame_count - 1))

    def visible_frames(self) -> tuple[int, int]:
        """First and last frame with any part on screen."""
        first = max(0, math.floor(self.start))
        last = min(self.frame_count - 1, math.ceil(self.start + self.width /
                                                   self.pixels_per_frame))
        return first, max(first, last)

    def clamp(self) -> None:
        low, high = self.fit_pixels_per_frame, self.max_pixels_per_frame
        self.pixels_per_frame = min(max(self.pixels_per_frame, low), high)
        self.start = min(max(self.start, 0.0), self.max_start)

    def zoom(self, pixels_per_frame: float, anchor_x: float) -> None:
        """Zoom so the frame position under ``anchor_x`` stays under it."""
        anchor = self.start + anchor_x / self.pixels_per_frame
        self.pixels_per_frame = pixels_per_frame
        self.clamp()
        self.start = anchor - anchor_x / self.pixels_per_frame
        self.clamp()

    def resize(self, width: float, frame_count: int) -> None:
        """Keep the zoom relative to the whole recording when fitted, the scale otherwise."""
        fitted = self.is_fit
        self.width, self.frame_count = max(width, 1.0), frame_count
        if fitted:
            self.pixels_per_frame = self.fit_pixels_per_frame
        self.clamp()


@dataclass(frozen=True)
class Clusters:
    """Markers as drawn at one zoom: singles and clusters of nearby markers, in x order."""

    x: np.ndarray  # content pixels of each drawn marker
    first: np.ndarray  # index (into the track) of its first member
    count: np.ndarray  # members; 1 for a single marker
    last: np.ndarray  # index (into the track) of its last member

    @classmethod
    def empty(cls) -> Clusters:
        nothing = np.zeros(0, dtype=np.int64)
        return cls(np.zeros(0, dtype=np.float64), nothing, nothing, nothing)


def cluster(x: np.ndarray, members: np.ndarray, gap: float = CLUSTER_PX) -> Clusters:
    """Group sorted positions ``x`` (of track indices ``members``) closer than ``gap``.

    Greedy from the left: a marker starts a new group when it is at least ``gap`` from the
    first marker of the current group. The result has at most ``width / gap`` groups per
    screen, so painting does not scale with the number of moments.
    """
    if len(x) == 0:
        return Clusters.empty()
    if len(x) == 1 or float(np.min(np.diff(x))) >= gap:
        members = members.astype(np.int64)
        return Clusters(x.astype(np.float64), members, np.ones(len(x), dtype=np.int64), members)
    starts: list[int] = []
    anchor = -math.inf
    for position, value in enumerate(x.tolist()):
        if value - anchor >= gap:
            starts.append(position)
            anchor = value
    begin = np.asarray(starts, dtype=np.int64)
    end = np.append(begin[1:], len(x))
    sums = np.add.reduceat(x, begin)
    return Clusters(sums / (end - begin), members[begin].astype(np.int64), end - begin,
                    members[end - 1].astype(np.int64))


@dataclass
class MomentTrack:
    """A recording's moments in frame order with their number, group and filter match."""

    moments: list[Moment] = field(default_factory=list)
    frames: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    ends: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    groups: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    index_of: dict[int, int] = field(default_factory=dict)

    @classmethod
    def build(cls, moments: Iterable[Moment], scheme: Scheme) -> MomentTrack:
        ordered = sorted(moments, key=lambda moment: (moment.frame, moment.id))
        group_index = _group_index(scheme)
        frames = np.fromiter((m.frame for m in ordered), dtype=np.int64, count=len(ordered))
        ends = np.fromiter((m.end_frame if m.end_frame is not None else -1 for m in ordered),
                           dtype=np.int64, count=len(ordered))
        groups = np.fromiter((group_index.get(m.principles[0], -1) if m.principles else -1
                              for m in ordered), dtype=np.int64, count=len(ordered))
        return cls(ordered, frames, ends, groups,
                   {moment.id: index for index, moment in enumerate(ordered)})

    def __len__(self) -> int:
        return len(self.moments)

    def number(self, moment_id: int) -> int | None:
        """The moment's number on the timeline (1 for the first in frame order)."""
        index = self.index_of.get(moment_id)
        return None if index is None else index + 1

    def matching(self, wanted: str) -> np.ndarray:
        """A mask of the moments passing the principle filter ``wanted``."""
        if not wanted:
            return np.ones(len(self), dtype=bool)
        return np.fromiter((matches(m.principles, wanted) for m in self.moments),
                           dtype=bool, count=len(self))


def _group_index(scheme: Scheme) -> dict[str, int]:
    return {code: index for index, group in enumerate(scheme.groups)
            for code in (group.code, *(item.code for item in group.items))}


@dataclass
class ClipTrack:
    """A recording's clips by in frame, each given a row so overlapping clips stay apart."""

    clips: list[Clip] = field(default_factory=list)
    starts: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    ends: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    rows: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    groups: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))

    @classmethod
    def build(cls, clips: Iterable[Clip], scheme: Scheme) -> ClipTrack:
        ordered = sorted(clips, key=lambda clip: (clip.in_frame, clip.id))
        starts = np.fromiter((c.in_frame for c in ordered), dtype=np.int64, count=len(ordered))
        ends = np.fromiter((c.out_frame for c in ordered), dtype=np.int64, count=len(ordered))
        row_ends = [-1] * CLIP_ROWS
        rows = []
        for start, end in zip(starts.tolist(), ends.tolist(), strict=True):
            row = next((r for r in range(CLIP_ROWS) if row_ends[r] < start),
                       int(np.argmin(row_ends)))
            row_ends[row] = max(row_ends[row], end)
            rows.append(row)
        index = _group_index(scheme)
        groups = [index.get(c.principles[0], -1) if c.principles else -1 for c in ordered]
        return cls(ordered, starts, ends, np.asarray(rows, dtype=np.int64),
                   np.asarray(groups, dtype=np.int64))

    def visible(self, first: int, last: int) -> np.ndarray:
        """Indices of the clips overlapping frames ``first``..``last``."""
        return np.flatnonzero((self.starts <= last) & (self.ends >= first))


@dataclass
class StillTrack:
    stills: list[Still] = field(default_factory=list)
    frames: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))

    @classmethod
    def build(cls, stills: Iterable[Still]) -> StillTrack:
        ordered = sorted(stills, key=lambda still: (still.frame, still.id))
        return cls(ordered, np.fromiter((s.frame for s in ordered), dtype=np.int64,
                                        count=len(ordered)))


def coverage_runs(x0: np.ndarray, x1: np.ndarray, width: int) -> list[tuple[int, int]]:
    """Pixel runs ``[a, b)`` covered by any of the intervals ``[x0, x1)`` within ``width``.

    Turns any number of spans into at most ``width / 2`` rectangles to paint.
    """
    if len(x0) == 0 or width <= 0:
        return []
    a = np.clip(np.floor(x0), 0, width).astype(np.int64)
    b = np.clip(np.ceil(x1), 0, width).astype(np.int64)
    keep = b > a
    steps = np.zeros(width + 1, dtype=np.int64)
    np.add.at(steps, a[keep], 1)
    np.add.at(steps, b[keep], -1)
    covered = np.concatenate(([False], np.cumsum(steps[:-1]) > 0, [False]))
    edges = np.flatnonzero(np.diff(covered.astype(np.int8)))
    return list(zip(edges[0::2].tolist(), edges[1::2].tolist(), strict=True))


def nice_step(minimum: float, steps: Sequence[float]) -> float:
    """The first of ``steps`` at least ``minimum`` (or a multiple of the last)."""
    for step in steps:
        if step >= minimum:
            return step
    return steps[-1] * math.ceil(minimum / steps[-1])


@dataclass(frozen=True)
class StripCell:
    """One picture place of the thumbnail strip: its left edge and width (widget pixels)
    and which thumbnail it shows (its position in the strip's list, or None)."""

    x: float
    width: float
    thumbnail: int | None


def strip_cells(view: Viewport, picture_width: float, indices: list[int]) -> list[StripCell]:
    """Cells of equal width that tile the whole recording (no gaps, no overlaps, no slivers:
    ``round(content width / picture_width)`` cells, at least one), those on screen only.

    Each cell shows the thumbnail of the latest frame index in ``indices`` (sorted frame
    indices of the thumbnails, keyframes) at or before the cell's first frame, so a picture
    never stands for frames before its own; the first thumbnail where none is.
    """
    content = view.content_width
    if content <= 0 or picture_width <= 0:
        return []
    count = max(1, round(content / picture_width))
    width = content / count
    offset = view.start * view.pixels_per_frame  # content pixels left of the widget
    first = max(0, math.floor(offset / width))
    last = min(count - 1, math.ceil((offset + view.width) / width))
    cells = []
    for number in range(first, last + 1):
        x = number * width - offset
        chosen = bisect_right(indices, view.frame_at(x + 1e-6)) - 1 if indices else None
        cells.append(StripCell(x, width, None if chosen is None else max(0, chosen)))
    return cells
