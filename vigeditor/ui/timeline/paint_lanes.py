"""Painting the analysis lanes: waveform, voices, faces and suggested moments.

The waveform is the lowest and highest sample under every device pixel, at any zoom down to
single frames: each pixel column's edges are frame positions, turned into seconds through the
frame table's own times (so variable frame rate is right), and the peak pyramid answers for
them; the columns are drawn as one image. Voices, faces and suggestions are stretches of
frames, drawn only where on screen. Kinds differ by colour *and* by pattern or words, never
by colour alone: adult voice solid, child voice hatched, unclear dotted; one face a low bar,
two or more a full one, face to face cross-hatched with a line along the top.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QImage, QPainter, QPen

from vigeditor.analysis.peaks import PeakPyramid
from vigeditor.ui.timeline.lanes import LaneTracks, Runs
from vigeditor.ui.timeline.model import Viewport
from vigeditor.ui.timeline.paint import Scene, mix

VOICE_COLOURS = (QColor("#3D7EBF"), QColor("#E0892B"), QColor("#8C8C8C"))
VOICE_PATTERNS = (Qt.BrushStyle.SolidPattern, Qt.BrushStyle.BDiagPattern,
                  Qt.BrushStyle.Dense6Pattern)
FACES = QColor("#5E9C6A")
FACING = QColor("#1F8A5B")
SUGGESTION = QColor("#8E5BB5")
FINE = 4  # peak buckets asked for per device pixel, then merged at the pixels' true edges


def _tr(text: str) -> str:
    return QCoreApplication.translate("TimelineLanes", text)


def voice_words() -> tuple[str, str, str]:
    return _tr("Adult"), _tr("Child"), _tr("Unclear")


def lane_titles() -> dict[str, str]:
    return {"wave": _tr("Sound"), "voices": _tr("Voices"), "faces": _tr("Faces"),
            "suggestions": _tr("Suggested")}


# -- waveform -----------------------------------------------------------------------------


def column_peaks(pyramid: PeakPyramid, view: Viewport, times: np.ndarray,
                 columns: int) -> tuple[np.ndarray, np.ndarray]:
    """(lows, highs) under each of ``columns`` equal columns across the view's width.

    ``times`` holds each frame's start in seconds and the end of the last frame
    (:func:`vigeditor.ui.timeline.lanes.frame_times`); columns past the recording are 0."""
    count = len(times) - 1
    edges = view.start + np.arange(columns + 1) * (view.width / columns) / view.pixels_per_frame
    seconds = np.interp(np.clip(edges, 0, count), np.arange(count + 1), times)
    low, high = np.zeros(columns, np.float32), np.zeros(columns, np.float32)
    start_s, end_s = float(seconds[0]), float(seconds[-1])
    if count <= 0 or not end_s > start_s:
        return low, high
    fine = columns * FINE
    lows, highs = pyramid.peaks(start_s, end_s, fine)
    index = np.minimum(((seconds - start_s) / (end_s - start_s) * fine).astype(np.int64),
                       fine - 1)
    first = index[:-1]
    stop = int(max(first[-1] + 1, index[-1]))
    low = np.minimum.reduceat(lows[:stop], first)
    high = np.maximum.reduceat(highs[:stop], first)
    inside = edges[:-1] < count
    return np.where(inside, low, 0).astype(np.float32), np.where(inside, high, 0).astype(
        np.float32)


def loudness_gain(pyramid: PeakPyramid) -> float:
    """The gain that makes the recording's loudest peak fill the lane (at most ×20, so
    a quiet hum stays small)."""
    if not pyramid.lows or len(pyramid.lows[-1]) == 0:
        return 1.0
    peak = max(-int(pyramid.lows[-1].min()), int(pyramid.highs[-1].max())) / 32767
    return min(20.0, 1.0 / peak) if peak > 0 else 1.0


def wave_image(low: np.ndarray, high: np.ndarray, height: int, colour: QColor) -> QImage:
    """The columns as an image ``len(low)`` × ``height`` (transparent behind the wave)."""
    middle = (height - 1) / 2
    top = np.floor(middle - np.maximum(high, 0) * middle)
    bottom = np.ceil(middle - np.minimum(low, 0) * middle)
    rows = np.arange(height)[:, None]
    mask = (rows >= top[None, :]) & (rows <= bottom[None, :])
    pixels = np.where(mask, np.uint32(colour.rgba()), np.uint32(0)).astype(np.uint32)
    pixels = np.ascontiguousarray(pixels)
    image = QImage(pixels.data, pixels.shape[1], pixels.shape[0], pixels.shape[1] * 4,
                   QImage.Format.Format_ARGB32)
    return image.copy()  # own its pixels: the array goes away


def paint_wave(painter: QPainter, scene: Scene, tracks: LaneTracks, ratio: float) -> None:
    rect = scene.lanes.extra.get("wave")
    sound = tracks.sound
    if rect is None or sound is None or rect.width() < 1:
        return
    painter.fillRect(rect, mix(scene.look.base, scene.look.strip, 0.15))
    columns = max(1, round(rect.width() * ratio))
    low, high = column_peaks(sound.peaks, scene.view, tracks.times, columns)
    gain = loudness_gain(sound.peaks)
    low, high = low * gain, high * gain
    image = wave_image(low, high, max(1, round((rect.height() - 2) * ratio)),
                       mix(scene.look.base, scene.look.text, 0.7))
    image.setDevicePixelRatio(ratio)
    painter.drawImage(QPointF(rect.left(), rect.top() + 1), image)


# -- voices, faces, suggestions -------------------------------------------------------------


def _span(view: Viewport, first: int, end: int, rect: QRectF) -> QRectF:
    x0 = max(-2.0, view.x_of(first))
    x1 = min(view.width + 2, view.x_of(end))
    return QRectF(x0, rect.top() + 1, max(1.0, x1 - x0), rect.height() - 2)


def _fill(painter: QPainter, boxes: list[QRectF], brush: QBrush) -> None:
    """Fill every box with ``brush`` in one call."""
    if boxes:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(brush)
        painter.drawRects(boxes)
        painter.setBrush(Qt.BrushStyle.NoBrush)


def _boxes(scene: Scene, runs: Runs, rect: QRectF) -> list[tuple[int, QRectF]]:
    """(index, box) of every stretch on screen."""
    first, last = scene.view.visible_frames()
    return [(index, _span(scene.view, int(runs.first[index]), int(runs.end[index]), rect))
            for index in runs.visible(first, last).tolist()]


def paint_voices(painter: QPainter, scene: Scene, tracks: LaneTracks) -> None:
    rect, runs = scene.lanes.extra.get("voices"), tracks.voices
    if rect is None:
        return
    painter.fillRect(rect, scene.look.base)
    boxes = _boxes(scene, runs, rect)
    for kind, colour in enumerate(VOICE_COLOURS):
        mine = [box for index, box in boxes if runs.kind[index] == kind]
        _fill(painter, mine, QBrush(mix(scene.look.base, colour, 0.35)))
        _fill(painter, mine, QBrush(colour, VOICE_PATTERNS[kind]))
    words = voice_words()
    metrics = QFontMetricsF(scene.look.tiny)
    letters = (words[0][:1], words[1][:1], "?")
    sizes = [(metrics.horizontalAdvance(word), metrics.horizontalAdvance(letter))
             for word, letter in zip(words, letters, strict=True)]
    painter.setFont(scene.look.tiny)
    for index, box in boxes:
        kind = int(runs.kind[index])
        for text, size, room in zip((words[kind], letters[kind]), sizes[kind], (0.5, 0.7),
                                    strict=True):
            if size + 6 <= box.width() * room:  # the bar's colour and pattern stay seen
                plate = QRectF(box.left() + 2, box.top(), size + 4, box.height())
                painter.fillRect(plate, scene.look.base)
                painter.setPen(scene.look.text)
                painter.drawText(plate, Qt.AlignmentFlag.AlignCenter, text)
                break


def paint_faces(painter: QPainter, scene: Scene, tracks: LaneTracks) -> None:
    rect, runs = scene.lanes.extra.get("faces"), tracks.faces
    if rect is None:
        return
    painter.fillRect(rect, scene.look.base)
    boxes = [(index, box) for index, box in _boxes(scene, runs, rect) if runs.kind[index]]
    for index, box in boxes:
        if runs.kind[index] == 1:  # one face: a low bar
            box.setTop(box.bottom() - box.height() * 0.45)
    apart = [box for index, box in boxes if not runs.flag[index]]
    facing = [box for index, box in boxes if runs.flag[index]]
    _fill(painter, apart, QBrush(mix(scene.look.base, FACES, 0.55)))
    _fill(painter, facing, QBrush(mix(scene.look.base, FACING, 0.55)))
    _fill(painter, facing, QBrush(mix(scene.look.base, FACING, 0.95),
                                  Qt.BrushStyle.DiagCrossPattern))
    _fill(painter, [QRectF(box.left(), rect.top(), box.width(), 2) for box in facing],
          QBrush(FACING))


def paint_suggestions(painter: QPainter, scene: Scene, tracks: LaneTracks) -> None:
    rect = scene.lanes.extra.get("suggestions")
    if rect is None:
        return
    painter.fillRect(rect, scene.look.base)
    first, last = scene.view.visible_frames()
    selected = scene.selection.id if scene.selection is not None and \
        scene.selection.kind == "suggestion" else None
    for mark in tracks.suggestions:
        if mark.last < first or mark.first > last:
            continue
        box = _span(scene.view, mark.first, mark.last + 1, rect).adjusted(0, 1, 0, -1)
        box.setWidth(max(box.width(), 6.0))
        chosen = mark.id == selected
        painter.fillRect(box, scene.look.highlight if chosen
                         else mix(scene.look.base, SUGGESTION, 0.45))
        painter.setPen(QPen(scene.look.text if chosen else SUGGESTION, 2 if chosen else 1))
        painter.drawRect(box.adjusted(0.5, 0.5, -0.5, -0.5))


def paint_titles(painter: QPainter, scene: Scene) -> None:
    """Each lane's name on a small plate at its left edge."""
    titles = lane_titles()
    painter.setFont(scene.look.tiny)
    metrics = QFontMetricsF(scene.look.tiny)
    for name, rect in scene.lanes.extra.items():
        width = metrics.horizontalAdvance(titles[name]) + 8
        plate = QRectF(rect.left(), rect.top(), width, min(rect.height(), 14.0))
        painter.fillRect(plate, mix(scene.look.window, scene.look.base, 0.3))
        painter.setPen(scene.look.faint)
        painter.drawText(plate, Qt.AlignmentFlag.AlignCenter, titles[name])


def paint_lanes(painter: QPainter, scene: Scene, tracks: LaneTracks, ratio: float) -> None:
    """Every analysis lane that is shown (``ratio``: device pixels per pixel)."""
    if not scene.lanes.extra:
        return
    paint_wave(painter, scene, tracks, ratio)
    paint_voices(painter, scene, tracks)
    paint_faces(painter, scene, tracks)
    paint_suggestions(painter, scene, tracks)
    paint_titles(painter, scene)


__all__ = ["column_peaks", "lane_titles", "paint_lanes", "voice_words", "wave_image"]
