"""Detections, frame by frame, joined into tracks: one track per face (inside face_tracks).

:class:`Tracker` takes each frame's detections in frame order and joins each to the track it
continues: the pairs of (track, detection) whose boxes overlap or whose centres are close
(closer than :data:`NEAR` box widths to where the track's last two detections say it should
be now, :data:`NEAR_PER_FRAME` more for each further frame since the track was last seen),
cheapest first (1 − overlap + centre distance), each track and detection used once (greedy;
with the two or three faces of a home film this is what an optimal assignment gives, and it
needs no SciPy at run time). A detection that continues no track starts one. A track not seen
for more than :data:`MAX_GAP` frames is closed.

:meth:`Tracker.finish` turns the tracks into boxes for every frame: a frame between two
searches (the detector runs every ``step`` frames) takes the union of the boxes around it,
longer gaps are filled by linear interpolation, each track is held :data:`HOLD` frames
beyond its ends (within the range) — a face found only by the search at the fine size (small
faces) on to the next fine search and back to the previous one (or the range's ends), since
no search in between could have seen it leave (issue 14) —, and it says which frames are
**unsure** (the guider should look and maybe add a box by hand): gaps longer than
:data:`SURE_GAP` frames (a face hidden or missed), a face appearing or vanishing away from
the picture's edges (it was there but not found, or is hidden now), a box touching the
picture's edge (a face partly out of the frame), a sudden jump in place or size, frames that
could not be decoded, and faces found only with a low score (between the detector's low
threshold and :data:`NORMAL_SCORE`). A track with no detection of the normal score and fewer
than :data:`MIN_WEAK_FRAMES` detections is dropped (its frames stay unsure).

A face hidden for longer than :data:`MAX_GAP` (someone walks in front) is rejoined to its
track when it comes back within :data:`RELINK_GAP` frames, near where it was lost and
looking alike (:func:`vigeditor.analysis.face_signature.similarity`), so it keeps its number;
the frames it was hidden are unsure.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import pairwise

import numpy as np

from vigeditor.analysis.face_signature import Signature, signature, similarity

Box = tuple[float, float, float, float]  # x, y, width, height: fractions of the picture
#: the detector's normal confidence (faces lane, YuNetDetector's default)
NORMAL_SCORE = 0.75
#: the low threshold: faces scored between this and NORMAL_SCORE are kept but unsure
LOW_SCORE = 0.5
MAX_GAP = 12  # frames a track may go unseen and still be continued (bridged)
SURE_GAP = 3  # frames of a bridged gap beyond which its frames are unsure
HOLD = 3  # frames a track's box is held beyond its first and last detection
NEAR = 0.6  # centre distance, in box widths, within which a detection continues a track
NEAR_PER_FRAME = 0.2  # … more for each frame after the next that the track was not seen
#: the smallest box width (fraction of the picture) distances are measured in: a face a
#: few dozen pixels wide in 1080p, seen only every few frames, moves more than its width
MIN_UNIT = 0.02
MIN_WEAK_FRAMES = 3  # detections a track found only at low scores needs to be kept
EDGE = 0.005  # a box this close to the picture's edge (fraction) touches it
JUMP = 0.5  # a move of more than this many box widths in one frame is a jump
SIZE_JUMP = 1.6  # … and a change of width by more than this factor
EDGE_HOLD = 12  # frames a track that ends at the picture's edge is held (it may be half out)
RELINK_GAP = 75  # frames across which a face lost and found again may be rejoined …
RELINK_NEAR = 1.5  # … when found within this many box widths of where it was lost …
RELINK_ALIKE = 0.75  # … and its signature is at least this alike (face_signature)


@dataclass
class Detection:
    """A face found in one frame: ``box`` (fractions of the picture), ``score`` (0…1);
    ``fine_only``: found only by the search at the fine size (face_search.merged)."""

    box: Box
    score: float
    fine_only: bool = False


@dataclass
class RawTrack:
    """One face's detections (frame → Detection) while tracking, then its ``boxes`` for
    every frame it covers; ``best`` is (score, area, frame) of its best detection."""

    detections: dict[int, Detection]
    best: tuple[float, float, int]
    signature: Signature
    manual: bool = False
    boxes: dict[int, Box] = field(default_factory=dict)

    @property
    def last_frame(self) -> int:
        """The frame of the latest detection (detections are added in frame order)."""
        return next(reversed(self.detections))

    def predicted(self, frame: int) -> Box:
        """Where the face should be in ``frame``: its last box moved on at the speed
        between its last two detections."""
        frames = reversed(self.detections)
        last = next(frames)
        box = self.detections[last].box
        before = next(frames, None)
        if before is None:
            return box
        earlier = self.detections[before].box
        share = (frame - last) / (last - before)
        return (box[0] + (box[0] - earlier[0]) * share, box[1] + (box[1] - earlier[1]) * share,
                box[2], box[3])

    @property
    def strong(self) -> bool:
        return any(d.score >= NORMAL_SCORE for d in self.detections.values())


class Tracker:
    """Joins detections into tracks over frames ``first … last`` (see the module)."""

    def __init__(self, first: int, last: int, fine_every: int = 0, step: int = 1) -> None:
        self.first, self.last, self.fine_every, self.step = first, last, fine_every, step
        self.fine: set[int] = set()  # frames also searched at the fine size
        self.open: list[RawTrack] = []
        self.closed: list[RawTrack] = []
        self.unsure: set[int] = set()

    def damaged(self, frame: int) -> None:
        """Frame ``frame`` could not be decoded: nothing is known there."""
        self.unsure.add(frame)

    def add(self, frame: int, found: list[Detection], picture: np.ndarray, *,
            fine: bool = False) -> None:
        """The detections of ``frame`` (frames given in increasing order) in ``picture``
        (an RGB picture of the frame, for the signatures); ``fine``: the frame was also
        searched at the fine size (small faces: face_tracks). A detection found only at the
        fine size below :data:`NORMAL_SCORE` continues a track but never starts one."""
        if fine:
            self.fine.add(frame)
        still = [t for t in self.open if frame - t.last_frame <= MAX_GAP + 1]
        self.closed.extend(t for t in self.open if t not in still)
        self.open = still
        used: set[int] = set()
        for track_at, found_at in _pairs(self.open, found, frame):
            track, detection = self.open[track_at], found[found_at]
            track.detections[frame] = detection
            _consider_best(track, frame, detection, picture)
            used.add(found_at)
        for position, detection in enumerate(found):
            if position not in used and not (detection.fine_only
                                             and detection.score < NORMAL_SCORE):
                track = RawTrack({frame: detection}, (-1.0, 0.0, frame), {})
                _consider_best(track, frame, detection, picture)
                self.open.append(track)

    def finish(self) -> tuple[list[RawTrack], set[int]]:
        """The tracks kept, each with its ``boxes``, and the unsure frames."""
        kept = []
        for track in _relinked([*self.closed, *self.open]):
            count = len(track.detections)
            if not track.strong:
                self.unsure.update(track.detections)
                if count < min(MIN_WEAK_FRAMES, self.last - self.first + 1):
                    continue
            small = bool(self.fine) and (set(track.detections) <= self.fine or any(
                found.fine_only for found in track.detections.values()))
            spacing = self.fine_every if small else 0  # seen only every fine_every frames
            sure_gap = max(SURE_GAP, 2 * self.step - 1)  # one search missed is sure
            track.boxes = fill(track.detections, self.first, self.last, self.unsure.add,
                               sure_gap=sure_gap + spacing, hold=HOLD, step=self.step,
                               held_to=self._fine_around(track) if small else None)
            kept.append(track)
        return kept, self.unsure

    def _fine_around(self, track: RawTrack) -> tuple[int, int]:
        """The fine searches before a small face's first detection and after its last
        (the range's ends when there is none): it is held to them (issue 14: a face only
        the fine search finds may be there until a fine search fails to see it)."""
        start, end = min(track.detections), track.last_frame
        before = max((frame for frame in self.fine if frame < start), default=self.first)
        after = min((frame for frame in self.fine if frame > end), default=self.last)
        return before, after


def fill(detections: dict[int, Detection], first: int, last: int,
         flag: Callable[[int], None], *, sure_gap: int = SURE_GAP,
         hold: int = HOLD, step: int = 1,
         held_to: tuple[int, int] | None = None) -> dict[int, Box]:
    """Boxes for every frame from a track's first to its last detection (gaps interpolated)
    and ``hold`` frames beyond (within ``first … last``), and at least back to
    ``held_to[0]`` and on to ``held_to[1]`` when given (the searches that could have seen
    the face before and after it was seen: the frames held beyond ``hold`` are unsure);
    ``flag`` gets each unsure frame
    (gaps longer than ``sure_gap``, but for their first ``step - 1`` frames, never searched,
    and the rest: see the module). ``step``: frames between two searches (face_tracks.STEP);
    a frame between two detections ``step`` or fewer frames apart (not searched) gets the
    union of their boxes, so it covers the face wherever it went between them (however it
    moved: not only at a steady speed)."""
    frames = sorted(detections)
    boxes: dict[int, Box] = {}
    for before, after in pairwise(frames):
        a, b = detections[before].box, detections[after].box
        for frame in range(before + 1, after):
            boxes[frame] = (union(a, b) if after - before <= step
                            else _between(a, b, (frame - before) / (after - before)))
            if after - before - 1 > sure_gap and frame - before >= step:
                flag(frame)  # (the frames after a search are held, as at a track's end)
        if _jump(a, b, after - before):
            flag(after)
    for frame in frames:
        boxes[frame] = detections[frame].box
        if touches_edge(boxes[frame]):
            flag(frame)
    start, end = frames[0], frames[-1]
    for step in range(1, max(hold, EDGE_HOLD) + 1):
        if start - step >= first and (step <= hold or touches_edge(boxes[start])):
            boxes[start - step] = boxes[start]
        if end + step <= last and (step <= hold or touches_edge(boxes[end])):
            boxes[end + step] = boxes[end]
    if held_to is not None:
        _hold_to(boxes, [detections[frame].box for frame in frames[:2]],
                 [detections[frame].box for frame in frames[-2:]], frames,
                 (max(first, held_to[0]), min(last, held_to[1])), hold, flag)
    if start > first and not touches_edge(boxes[start]):
        flag(start)  # appeared in the middle of the picture: missed before?
    if end < last and not touches_edge(boxes[end]):
        flag(end)  # vanished in the middle of the picture: hidden, or missed after?
    return dict(sorted(boxes.items()))


def _hold_to(boxes: dict[int, Box], head: list[Box], tail: list[Box], frames: list[int],
             held_to: tuple[int, int], hold: int, flag: Callable[[int], None]) -> None:
    """Hold the first box (``head``: the first two detections' boxes) back to
    ``held_to[0]`` and the last (``tail``: the last two) on to ``held_to[1]`` (frames), each
    held box grown to where the face would be had it gone on moving as between those two
    detections; the frames beyond ``hold`` held without being seen are unsure."""
    start, end = frames[0], frames[-1]
    for frame in range(held_to[0], start - hold):
        boxes.setdefault(frame, _drifted(head[0], head[-1], frames[1] - start if len(frames)
                                         > 1 else 1, frame - start))
        flag(frame)
    for frame in range(end + hold + 1, held_to[1] + 1):
        boxes.setdefault(frame, _drifted(tail[-1], tail[0], end - frames[-2] if len(frames)
                                         > 1 else 1, end - frame))
        flag(frame)


def _drifted(box: Box, other: Box, apart: int, frames: int) -> Box:
    """``box`` united with itself moved on ``frames`` frames (negative: the other way) at
    the speed from ``other`` to ``box`` (``apart`` frames between them)."""
    share = -frames / apart
    moved = (box[0] + (box[0] - other[0]) * share, box[1] + (box[1] - other[1]) * share,
             box[2], box[3])
    return union(box, moved)


def _between(a: Box, b: Box, share: float) -> Box:
    """The box ``share`` (0…1) of the way from ``a`` to ``b`` (linear interpolation)."""
    return (a[0] + (b[0] - a[0]) * share, a[1] + (b[1] - a[1]) * share,
            a[2] + (b[2] - a[2]) * share, a[3] + (b[3] - a[3]) * share)


def union(a: Box, b: Box) -> Box:
    """The smallest box holding both ``a`` and ``b``."""
    left, top = min(a[0], b[0]), min(a[1], b[1])
    right, bottom = max(a[0] + a[2], b[0] + b[2]), max(a[1] + a[3], b[1] + b[3])
    return (left, top, right - left, bottom - top)


def _relinked(tracks: list[RawTrack]) -> list[RawTrack]:
    """``tracks`` with each face lost and found again joined into one (see the module)."""
    ordered = sorted(tracks, key=lambda track: min(track.detections))
    joined: list[RawTrack] = []
    for track in ordered:
        start = min(track.detections)
        box = track.detections[start].box
        for earlier in joined:
            end = earlier.last_frame
            lost = earlier.detections[end].box
            if (0 < start - end <= RELINK_GAP
                    and _centre_distance(lost, box) <= RELINK_NEAR * max(lost[2], box[2])
                    and similarity(earlier.signature, track.signature) >= RELINK_ALIKE):
                earlier.detections.update(track.detections)
                if track.best[:2] > earlier.best[:2]:
                    earlier.best, earlier.signature = track.best, track.signature
                break
        else:
            joined.append(track)
    return joined


def touches_edge(box: Box) -> bool:
    """True when ``box`` reaches (within :data:`EDGE`) or crosses the picture's edge."""
    x, y, w, h = box
    return x <= EDGE or y <= EDGE or x + w >= 1 - EDGE or y + h >= 1 - EDGE


def _jump(a: Box, b: Box, frames: int) -> bool:
    distance = _centre_distance(a, b) / max(a[2], b[2], 1e-6)
    ratio = max(a[2], b[2]) / max(min(a[2], b[2]), 1e-6)
    return distance > JUMP * frames or ratio > SIZE_JUMP


def _consider_best(track: RawTrack, frame: int, detection: Detection,
                   picture: np.ndarray) -> None:
    quality = (round(detection.score, 2), detection.box[2] * detection.box[3], frame)
    if quality[:2] > track.best[:2]:
        track.best = quality
        track.signature = signature(picture, detection.box)


def _pairs(tracks: list[RawTrack], found: list[Detection], frame: int
           ) -> list[tuple[int, int]]:
    """(track, detection) positions joined, cheapest first, each used once."""
    costs = []
    for t, track in enumerate(tracks):
        expected = track.predicted(frame)
        gap = frame - track.last_frame
        for d, detection in enumerate(found):
            cost = _cost(expected, detection.box, gap)
            if cost is not None:
                costs.append((cost, t, d))
    pairs, tracks_used, found_used = [], set(), set()
    for _cost_value, t, d in sorted(costs):
        if t not in tracks_used and d not in found_used:
            pairs.append((t, d))
            tracks_used.add(t)
            found_used.add(d)
    return pairs


def _cost(a: Box, b: Box, gap: int) -> float | None:
    """The cost of joining box ``b`` to a track last seen at ``a`` ``gap`` frames ago, or
    None when they cannot be the same face."""
    overlap = iou(a, b)
    distance = _centre_distance(a, b) / max(a[2], b[2], MIN_UNIT)
    ratio = max(a[2], b[2]) / max(min(a[2], b[2]), 1e-6)
    if ratio > 2.0 or (overlap <= 0.05 and distance > NEAR + NEAR_PER_FRAME * (gap - 1)):
        return None
    return (1.0 - overlap) + distance


def iou(a: Box, b: Box) -> float:
    """Intersection over union of two boxes (0…1)."""
    left, top = max(a[0], b[0]), max(a[1], b[1])
    right, bottom = min(a[0] + a[2], b[0] + b[2]), min(a[1] + a[3], b[1] + b[3])
    inter = max(0.0, right - left) * max(0.0, bottom - top)
    union = a[2] * a[3] + b[2] * b[3] - inter
    return inter / union if union > 0 else 0.0


def _centre_distance(a: Box, b: Box) -> float:
    return math.hypot(a[0] + a[2] / 2 - b[0] - b[2] / 2, a[1] + a[3] / 2 - b[1] - b[3] / 2)
