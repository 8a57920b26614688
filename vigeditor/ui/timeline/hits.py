"""What is under the pointer on the timeline: a moment marker, a cluster, a clip or a still."""

from __future__ import annotations

from typing import NamedTuple

import numpy as np
from PySide6.QtCore import QPointF, QRectF

from vigeditor.ui.editor_state import Selection
from vigeditor.ui.timeline.data import TimelineData
from vigeditor.ui.timeline.items import MARKER_HALF, clip_rect, marker_rect
from vigeditor.ui.timeline.model import Clusters
from vigeditor.ui.timeline.paint import Scene


class Hit(NamedTuple):
    """What is under the pointer: ``kind`` is "moment", "cluster", "clip" or "still"."""

    kind: str
    ids: tuple[int, ...]
    frame: int


def item_at(scene: Scene, data: TimelineData, pos: QPointF) -> Hit | None:
    """The marker, cluster, clip or still under ``pos`` (None: the place scrubs)."""
    lanes = scene.lanes
    if lanes.moments.contains(pos):
        return _moment_at(scene, data, pos)
    if lanes.clips.contains(pos):
        return _clip_at(scene, pos)
    if lanes.stills.contains(pos):
        return _still_at(scene, pos.x())
    return None


def moment_marker_rect(scene: Scene, data: TimelineData, moment_id: int) -> QRectF | None:
    """Where the moment's own marker is drawn; None if hidden, clustered or off screen."""
    view, clusters = scene.view, scene.clusters
    index = data.moments.index_of.get(moment_id)
    if index is None or not data.mask[index]:
        return None
    position = int(np.searchsorted(clusters.first, index, side="right")) - 1
    selected = scene.selection == Selection("moment", moment_id)
    if not selected and (position < 0 or clusters.count[position] != 1
                         or clusters.first[position] != index):
        return None
    x = view.x_of(int(data.moments.frames[index])) + view.pixels_per_frame / 2
    if not -MARKER_HALF <= x <= view.width + MARKER_HALF:
        return None
    return marker_rect(x, scene.lanes.moments)


def _moment_at(scene: Scene, data: TimelineData, pos: QPointF) -> Hit | None:
    selection = scene.selection
    if selection is not None and selection.kind == "moment":
        rect = moment_marker_rect(scene, data, selection.id)
        if rect is not None and rect.contains(pos):
            return Hit("moment", (selection.id,), data.frame_of(selection.id))
    clusters: Clusters = scene.clusters
    target = pos.x() + scene.view.start * scene.view.pixels_per_frame
    position = int(np.searchsorted(clusters.x, target))
    near = [p for p in (position - 1, position) if 0 <= p < len(clusters.x)]
    if not near:
        return None
    best = min(near, key=lambda p: abs(float(clusters.x[p]) - target))
    if abs(float(clusters.x[best]) - target) > MARKER_HALF:
        return None
    ids = data.cluster_members(clusters, best)
    return Hit("moment" if len(ids) == 1 else "cluster", ids, data.frame_of(ids[0]))


def _clip_at(scene: Scene, pos: QPointF) -> Hit | None:
    first, last = scene.view.visible_frames()
    for index in reversed(scene.clips.visible(first, last).tolist()):
        if clip_rect(scene, index).adjusted(-2, 0, 2, 0).contains(pos):
            clip = scene.clips.clips[index]
            return Hit("clip", (clip.id,), clip.in_frame)
    return None


def _still_at(scene: Scene, x: float) -> Hit | None:
    frames = scene.stills.frames
    if len(frames) == 0:
        return None
    view = scene.view
    centres = (frames + 0.5 - view.start) * view.pixels_per_frame
    best = int(np.argmin(np.abs(centres - x)))
    if abs(float(centres[best]) - x) > 6:
        return None
    still = scene.stills.stills[best]
    return Hit("still", (still.id,), still.frame)
