"""Painting the timeline's items: moment markers and clusters, moment spans, clips, stills.

A moment marker is its group's colour, its group's *shape* and hotkey digit (so colour is
never the only cue) and, under it, its number in frame order. Markers closer than
``CLUSTER_PX`` are drawn as one stacked pill with their count and, where there is room,
the numbers of their first and last moment. Shapes of one kind are batched into one path
per group, so a paint makes a few dozen painter calls however many moments there are.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF

from vigeditor.ui.timeline.model import CLUSTER_PX, coverage_runs
from vigeditor.ui.timeline.paint import BADGE, CLIP_ROW_H, Scene

MARKER_HALF = CLUSTER_PX / 2
_CORNERS = {
    2: [(0, -1), (1, 0), (0, 1), (-1, 0)],  # diamond
    3: [(0, -1), (1, 0.8), (-1, 0.8)],  # triangle up
    4: [(-1, -0.8), (1, -0.8), (0, 1)],  # triangle down
    5: [(math.cos(a), math.sin(a)) for a in (math.pi / 3 * i for i in range(6))],  # hexagon
}


def marker_rect(x: float, lane: QRectF) -> QRectF:
    """The clickable area of a marker (or cluster) drawn at widget x."""
    return QRectF(x - MARKER_HALF, lane.top(), CLUSTER_PX, lane.height() - 5)


def add_shape(path: QPainterPath, group: int, cx: float, cy: float,
              size: float = BADGE) -> None:
    """Circle, square, diamond, triangle up, triangle down, hexagon: one shape per group."""
    half = size / 2
    kind = group % 6 if group >= 0 else 0
    if kind == 0:
        path.addEllipse(QPointF(cx, cy), half, half)
    elif kind == 1:
        path.addRect(QRectF(cx - half + 1, cy - half + 1, size - 2, size - 2))
    else:
        points = [QPointF(cx + dx * half, cy + dy * half) for dx, dy in _CORNERS[kind]]
        path.addPolygon(QPolygonF([*points, points[0]]))


def ink_on(colour: QColor) -> QColor:
    """Black or white, whichever reads better on ``colour``."""
    luma = 0.299 * colour.red() + 0.587 * colour.green() + 0.114 * colour.blue()
    return QColor("#000000") if luma > 140 else QColor("#FFFFFF")


def paint_moments(painter: QPainter, scene: Scene) -> None:
    if len(scene.moments) == 0:
        return
    _paint_spans(painter, scene)
    _paint_dimmed(painter, scene)
    view, clusters = scene.view, scene.clusters
    shift = view.start * view.pixels_per_frame
    left = int(np.searchsorted(clusters.x, shift - CLUSTER_PX, side="left"))
    right = int(np.searchsorted(clusters.x, shift + view.width + CLUSTER_PX, side="right"))
    x = clusters.x[left:right] - shift
    room = np.minimum(np.diff(x, prepend=-math.inf), np.diff(x, append=math.inf))
    single = clusters.count[left:right] == 1
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    _paint_singles(painter, scene, x[single], clusters.first[left:right][single],
                   room[single])
    many = ~single
    _paint_clusters(painter, scene, x[many], clusters.count[left:right][many],
                    clusters.first[left:right][many], clusters.last[left:right][many],
                    room[many])
    _paint_selected_moment(painter, scene)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)


def _paint_singles(painter: QPainter, scene: Scene, xs: np.ndarray, indices: np.ndarray,
                   room: np.ndarray) -> None:
    lane, look = scene.lanes.moments, scene.look
    cy = lane.top() + 3 + BADGE / 2
    groups = scene.moments.groups[indices]
    for group in np.unique(groups).tolist():
        chosen = xs[groups == group].tolist()
        colour = scene.colour(group)
        painter.setPen(QPen(colour.darker(150) if group >= 0 else look.text, 1))
        painter.drawLines([QLineF(x, lane.top(), x, cy - BADGE / 2) for x in chosen])
        path = QPainterPath()
        for x in chosen:
            add_shape(path, group, x, cy)
        painter.setBrush(colour if group >= 0 else Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        painter.setFont(look.tiny_bold)
        painter.setPen(ink_on(colour))
        key = scene.key(group)
        for x in chosen if key else ():
            painter.drawText(QRectF(x - BADGE / 2, cy - BADGE / 2 + 0.5, BADGE, BADGE),
                             Qt.AlignmentFlag.AlignCenter, key)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    _paint_numbers(painter, scene, xs, [str(i + 1) for i in indices.tolist()], room,
                   cy + BADGE / 2)


def _paint_numbers(painter: QPainter, scene: Scene, xs: np.ndarray, labels: list[str],
                   room: np.ndarray, top: float) -> None:
    """Labels under markers, skipped where the neighbours leave no room to read them."""
    painter.setFont(scene.look.label)
    painter.setPen(scene.look.text)
    metrics = QFontMetricsF(scene.look.label)
    for x, label, space in zip(xs.tolist(), labels, room.tolist(), strict=True):
        width = metrics.horizontalAdvance(label) + 4
        if space >= width or space >= CLUSTER_PX * 2.5:
            painter.drawText(QRectF(x - width / 2, top, width, 12),
                             Qt.AlignmentFlag.AlignCenter, label)


def _paint_clusters(painter: QPainter, scene: Scene, xs: np.ndarray, counts: np.ndarray,
                    firsts: np.ndarray, lasts: np.ndarray, room: np.ndarray) -> None:
    """Stacked pills with the count; under them the first and last moment's numbers."""
    if len(xs) == 0:
        return
    look, top = scene.look, scene.lanes.moments.top() + 3
    pills = [QRectF(x - MARKER_HALF + 1, top, CLUSTER_PX - 3, BADGE - 1) for x in xs.tolist()]
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.setPen(QPen(look.text, 1))
    painter.setBrush(look.button)
    painter.drawRects([pill.translated(2, -2) for pill in pills])
    painter.drawRects(pills)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setFont(look.tiny_bold)
    painter.setPen(look.button_text)
    for pill, count in zip(pills, counts.tolist(), strict=True):
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, str(count) if count < 100 else "99+")
    labels = [f"{a + 1}–{b + 1}" for a, b in zip(firsts.tolist(), lasts.tolist(), strict=True)]
    _paint_numbers(painter, scene, xs, labels, room, top + BADGE)


def _paint_selected_moment(painter: QPainter, scene: Scene) -> None:
    """The selected moment always gets its own, ringed marker, even inside a cluster."""
    selection = scene.selection
    if selection is None or selection.kind != "moment":
        return
    index = scene.moments.index_of.get(selection.id)
    if index is None or not scene.mask[index]:
        return
    x = scene.view.x_of(int(scene.moments.frames[index])) + scene.view.pixels_per_frame / 2
    if not -CLUSTER_PX <= x <= scene.view.width + CLUSTER_PX:
        return
    group = int(scene.moments.groups[index])
    ring = QPainterPath()
    add_shape(ring, group, x, scene.lanes.moments.top() + 3 + BADGE / 2, BADGE + 5)
    painter.setPen(QPen(scene.look.highlight, 3))
    painter.setBrush(scene.look.base)
    painter.drawPath(ring)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    xs, indices = np.array([x]), np.array([index])
    _paint_singles(painter, scene, xs, indices, np.array([math.inf]))


def _paint_spans(painter: QPainter, scene: Scene) -> None:
    """Moments with an end frame: merged coloured runs under the markers, per group."""
    track, view = scene.moments, scene.view
    first, last = view.visible_frames()
    spans = np.flatnonzero(scene.mask & (track.ends >= first) & (track.frames <= last))
    if len(spans) == 0:
        return
    y = scene.lanes.moments.bottom() - 4
    groups = track.groups[spans]
    for group in np.unique(groups).tolist():
        chosen = spans[groups == group]
        x0 = (track.frames[chosen] - view.start) * view.pixels_per_frame
        x1 = (track.ends[chosen] + 1 - view.start) * view.pixels_per_frame
        colour = scene.colour(group)
        for a, b in coverage_runs(x0, x1, math.ceil(view.width)):
            painter.fillRect(QRectF(a, y, b - a, 3), colour)


def _paint_dimmed(painter: QPainter, scene: Scene) -> None:
    """Moments hidden by the principle filter: faint ticks, so the guider knows they exist."""
    hidden = np.flatnonzero(~scene.mask)
    if len(hidden) == 0:
        return
    view = scene.view
    x = np.unique(np.floor((scene.moments.frames[hidden] + 0.5 - view.start)
                           * view.pixels_per_frame).astype(np.int64))
    x = x[(x >= 0) & (x <= view.width)]
    painter.setPen(QPen(scene.look.grid, 1))
    lane = scene.lanes.moments
    painter.drawLines([QLineF(v + 0.5, lane.top() + 4, v + 0.5, lane.top() + 14)
                       for v in x.tolist()])


def clip_boxes(scene: Scene, indices: np.ndarray) -> tuple[np.ndarray, np.ndarray,
                                                             np.ndarray]:
    """Left, right and top (widget pixels) of the bars of clips ``indices``."""
    track, view = scene.clips, scene.view
    x0 = np.maximum((track.starts[indices] - view.start) * view.pixels_per_frame, -4.0)
    x1 = (track.ends[indices] + 1 - view.start) * view.pixels_per_frame
    x1 = np.minimum(np.maximum(x1, x0 + 2), view.width + 4)
    top = scene.lanes.clips.top() + track.rows[indices] * CLIP_ROW_H + 1
    return x0, x1, top


def clip_rect(scene: Scene, index: int) -> QRectF:
    x0, x1, top = clip_boxes(scene, np.array([index]))
    return QRectF(float(x0[0]), float(top[0]), float(x1[0] - x0[0]), CLIP_ROW_H - 2)


def paint_clips(painter: QPainter, scene: Scene) -> None:
    """Clip bars in batches (body, then a principle stripe per group), then titles."""
    first, last = scene.view.visible_frames()
    visible = scene.clips.visible(first, last)
    if len(visible) == 0:
        return
    look, height = scene.look, CLIP_ROW_H - 2
    x0, x1, top = clip_boxes(scene, visible)
    boxes = list(zip(x0.tolist(), (x1 - x0).tolist(), top.tolist(), strict=True))
    painter.setPen(QPen(look.shadow, 1))
    painter.setBrush(look.button)
    painter.drawRects([QRectF(x, y, w - 1, height - 1) for x, w, y in boxes])
    painter.setPen(Qt.PenStyle.NoPen)
    groups = scene.clips.groups[visible]
    for group in np.unique(groups[groups >= 0]).tolist():
        chosen = np.flatnonzero(groups == group).tolist()
        painter.setBrush(scene.colour(group))
        painter.drawRects([QRectF(boxes[i][0], boxes[i][2], min(4.0, boxes[i][1]), height)
                           for i in chosen])
    painter.setBrush(Qt.BrushStyle.NoBrush)
    rects = [QRectF(x, y, w, height) for x, w, y in boxes]
    _clip_titles(painter, scene, visible.tolist(), rects)


def _clip_titles(painter: QPainter, scene: Scene, visible: list[int],
                 rects: list[QRectF]) -> None:
    look = scene.look
    painter.setFont(look.small)
    metrics = QFontMetricsF(look.small)
    for index, rect in zip(visible, rects, strict=True):
        clip = scene.clips.clips[index]
        selected = scene.selected("clip", clip.id)
        if selected:
            painter.fillRect(rect, look.highlight)
        if rect.width() < 30 and not selected:
            continue
        painter.setPen(look.highlighted_text if selected else look.button_text)
        box = rect.adjusted(7, 0, -3, 0)
        painter.drawText(box, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                         metrics.elidedText(clip.title, Qt.TextElideMode.ElideRight,
                                            box.width()))


def paint_stills(painter: QPainter, scene: Scene) -> None:
    """A small framed square per still (one per pixel column when they crowd)."""
    view, lane, look = scene.view, scene.lanes.stills, scene.look
    if len(scene.stills.stills) == 0:
        return
    x = (scene.stills.frames + 0.5 - view.start) * view.pixels_per_frame
    on_screen = np.flatnonzero((x >= -6) & (x <= view.width + 6))
    _, unique = np.unique(np.floor(x[on_screen]).astype(np.int64), return_index=True)
    for index in on_screen[unique].tolist():
        box = QRectF(float(x[index]) - 4.5, lane.top() + 1.5, 9, 9)
        if scene.selected("still", scene.stills.stills[index].id):
            painter.fillRect(box.adjusted(-2, -2, 2, 2), look.highlight)
        painter.fillRect(box, look.base)
        painter.setPen(QPen(look.text, 1))
        painter.drawRect(box)
        painter.fillRect(box.adjusted(2.5, 2.5, -2, -2), look.text)
