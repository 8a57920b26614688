"""Painting the timeline: ruler, thumbnail strip, moment markers, clips, stills, playhead.

Every function draws only what is on screen, and the number of shapes it draws is bounded
by the widget's width (markers are clustered, spans merged into pixel runs), so a paint
costs the same with 10 moments or 10,000. Colours come from the widget palette (dark and
light mode) and, for principles, from the case's scheme.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
from PySide6.QtCore import QLineF, QPointF, QRectF
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
)

from vigeditor.media.frame_table import FrameTable
from vigeditor.ui.editor_state import Selection
from vigeditor.ui.timeline.model import (
    ClipTrack,
    Clusters,
    MomentTrack,
    StillTrack,
    Viewport,
    nice_step,
    strip_cells,
)

RULER_H, STILLS_H, CLIP_ROW_H, MOMENTS_H = 26.0, 12.0, 17.0, 34.0
BADGE = 15.0  # side of a moment marker's shape
PLAYHEAD = QColor("#E5484D")
NO_GROUP = QColor("#8A8A8A")
TIME_STEPS = (1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600)
TIME_MINOR = {1: 5, 2: 4, 5: 5, 10: 5, 15: 3, 30: 3, 60: 4, 120: 4, 300: 5, 600: 5,
              900: 3, 1800: 3, 3600: 4}
FRAME_STEPS = (1, 2, 5, 10, 25, 50, 100, 250, 500, 1000)
LABEL_SPACING = 96.0
#: the analysis lanes, top to bottom, and their heights
EXTRA_LANES = {"wave": 30.0, "voices": 15.0, "faces": 15.0, "suggestions": 16.0}


@dataclass(frozen=True)
class Lanes:
    """Where each part of the timeline goes, top to bottom."""

    ruler: QRectF
    strip: QRectF
    moments: QRectF
    clips: QRectF
    stills: QRectF
    #: the analysis lanes under the strip (vigeditor.ui.timeline.lanes), empty when not shown
    extra: dict[str, QRectF] = field(default_factory=dict)

    @property
    def body(self) -> QRectF:
        """Everything below the ruler."""
        return QRectF(self.strip.topLeft(), self.stills.bottomRight())

    @classmethod
    def layout(cls, width: float, height: float, clip_rows: int,
               shown: tuple[str, ...] = ()) -> Lanes:
        """``shown``: the analysis lanes (names in :data:`EXTRA_LANES`) under the strip."""
        extra_h = sum(EXTRA_LANES[name] for name in shown)
        fixed = RULER_H + MOMENTS_H + clip_rows * CLIP_ROW_H + STILLS_H + 4 + extra_h
        strip_h = max(18.0, height - fixed)
        top = RULER_H
        strip = QRectF(0, top, width, strip_h)
        extra: dict[str, QRectF] = {}
        for name in (name for name in EXTRA_LANES if name in shown):
            extra[name] = QRectF(0, strip.bottom() + sum(r.height() for r in extra.values()),
                                 width, EXTRA_LANES[name])
        moments = QRectF(0, strip.bottom() + extra_h, width, MOMENTS_H)
        clips = QRectF(0, moments.bottom() + 2, width, clip_rows * CLIP_ROW_H)
        stills = QRectF(0, clips.bottom() + 1, width, STILLS_H)
        return cls(QRectF(0, 0, width, RULER_H), strip, moments, clips, stills, extra)


def mix(a: QColor, b: QColor, amount: float) -> QColor:
    """An opaque colour ``amount`` of the way from ``a`` to ``b`` (opaque paints faster)."""
    return QColor(round(a.red() + (b.red() - a.red()) * amount),
                  round(a.green() + (b.green() - a.green()) * amount),
                  round(a.blue() + (b.blue() - a.blue()) * amount))


@dataclass(frozen=True)
class Look:
    """Colours (from the palette: dark or light mode) and fonts, looked up once per paint."""

    base: QColor
    window: QColor
    text: QColor
    faint: QColor
    grid: QColor
    strip: QColor
    button: QColor
    button_text: QColor
    shadow: QColor
    highlight: QColor
    highlighted_text: QColor
    tiny: QFont
    tiny_bold: QFont
    small: QFont
    label: QFont
    label_bold: QFont

    @classmethod
    def of(cls, palette: QPalette, font: QFont) -> Look:
        role = QPalette.ColorRole
        base, text = palette.color(role.Base), palette.color(role.Text)
        window = palette.color(role.Window)
        return cls(base=base, window=window, text=text, faint=mix(window, text, 0.45),
                   grid=mix(base, palette.color(role.Mid), 0.5),
                   strip=palette.color(role.Mid), button=palette.color(role.Button),
                   button_text=palette.color(role.ButtonText),
                   shadow=palette.color(role.Shadow), highlight=palette.color(role.Highlight),
                   highlighted_text=palette.color(role.HighlightedText),
                   tiny=small_font(font, 0.72), tiny_bold=small_font(font, 0.72, True),
                   small=small_font(font, 0.8), label=small_font(font, 0.75),
                   label_bold=small_font(font, 0.85, True))


@dataclass
class Scene:
    """Everything one paint needs."""

    view: Viewport
    lanes: Lanes
    palette: QPalette
    look: Look
    colours: list[QColor]
    keys: list[str]
    moments: MomentTrack
    clusters: Clusters
    mask: np.ndarray
    clips: ClipTrack
    stills: StillTrack
    table: FrameTable | None
    frame: int = 0
    mark_in: int | None = None
    mark_out: int | None = None
    selection: Selection | None = None
    thumbnails: list[tuple[int, QPixmap]] = field(default_factory=list)

    def colour(self, group: int) -> QColor:
        return self.colours[group] if 0 <= group < len(self.colours) else NO_GROUP

    def key(self, group: int) -> str:
        return self.keys[group] if 0 <= group < len(self.keys) else ""

    def selected(self, kind: str, item_id: int) -> bool:
        return self.selection is not None and self.selection == Selection(kind, item_id)


def small_font(base: QFont, scale: float = 0.8, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPointSizeF(max(6.5, base.pointSizeF() * scale))
    font.setBold(bold)
    return font


# -- ruler --------------------------------------------------------------------------------


def ruler_ticks(view: Viewport, table: FrameTable | None
                ) -> tuple[list[tuple[int, str, str]], list[int]]:
    """Major ticks (frame, label, second label) and minor tick frames for the visible range.

    Ticks fall on whole seconds (through the frame table, so variable frame rate is right)
    until a second is wider than three labels; then on frame numbers.
    """
    seconds_per_frame = (table.duration / len(table)) if table is not None and len(table) else 0
    pixels_per_second = view.pixels_per_frame / seconds_per_frame if seconds_per_frame else 0
    if pixels_per_second and pixels_per_second < 3 * LABEL_SPACING:
        return _time_ticks(view, table, nice_step(LABEL_SPACING / pixels_per_second,
                                                  TIME_STEPS))
    return _frame_ticks(view, table)


def _time_ticks(view: Viewport, table: FrameTable | None, step: float
                ) -> tuple[list[tuple[int, str, str]], list[int]]:
    assert table is not None
    first, last = view.visible_frames()
    start_s, end_s = table.time(first), table.time(last)
    minor_step = step / TIME_MINOR.get(int(step), 5)
    majors: list[tuple[int, str, str]] = []
    minors: list[int] = []
    count = math.floor(start_s / minor_step)
    while count * minor_step <= end_s + minor_step:
        seconds = count * minor_step
        count += 1
        if seconds < 0 or seconds > table.duration:
            continue
        frame = table.index_at(seconds)
        if abs(seconds / step - round(seconds / step)) < 1e-6:
            majors.append((frame, clock(seconds), str(frame)))
        else:
            minors.append(frame)
    return majors, minors


def _frame_ticks(view: Viewport, table: FrameTable | None
                 ) -> tuple[list[tuple[int, str, str]], list[int]]:
    step = int(nice_step(LABEL_SPACING / view.pixels_per_frame, FRAME_STEPS))
    minor = 1 if step <= 10 and view.pixels_per_frame >= 4 else max(1, step // 5)
    first, last = view.visible_frames()
    majors, minors = [], []
    for frame in range(first - first % minor, last + 1, minor):
        if frame % step == 0:
            time = clock(table.time(frame), precise=True) if table is not None else ""
            majors.append((frame, str(frame), time))
        else:
            minors.append(frame)
    return majors, minors


def clock(seconds: float, precise: bool = False) -> str:
    """``m:ss`` on the ruler; ``m:ss.ff`` (hundredths) when zoomed to frames."""
    if precise:
        minutes, rest = divmod(max(0.0, seconds), 60)
        return f"{int(minutes)}:{rest:05.2f}"
    minutes, rest = divmod(round(seconds), 60)
    return f"{minutes}:{rest:02d}"


def paint_ruler(painter: QPainter, scene: Scene) -> None:
    rect, look, view = scene.lanes.ruler, scene.look, scene.view
    painter.fillRect(rect, look.window)
    majors, minors = ruler_ticks(view, scene.table)
    painter.setPen(QPen(look.faint, 1))
    painter.drawLines([QLineF(x, rect.bottom() - 4, x, rect.bottom())
                       for x in (round(view.x_of(f)) + 0.5 for f in minors)])
    painter.setPen(QPen(look.text, 1))
    painter.drawLines([QLineF(x, rect.top() + 3, x, rect.bottom())
                       for x in (round(view.x_of(f)) + 0.5 for f, _a, _b in majors)])
    metrics = QFontMetricsF(look.label_bold)
    for frame, label, second in majors:
        x = round(view.x_of(frame)) + 4
        painter.setFont(look.label_bold)
        painter.setPen(look.text)
        painter.drawText(QPointF(x, rect.top() + 12), label)
        painter.setFont(look.label)
        painter.setPen(look.faint)
        painter.drawText(QPointF(x + metrics.horizontalAdvance(label) + 4, rect.top() + 12),
                         second)
    painter.setPen(QPen(look.grid, 1))
    painter.drawLine(QLineF(rect.left(), rect.bottom() + 0.5, rect.right(), rect.bottom() + 0.5))


# -- thumbnails, marks, frame grid --------------------------------------------------------


def paint_strip(painter: QPainter, scene: Scene) -> None:
    """The thumbnail strip: equal cells tiling the whole recording, each filled edge to edge
    by the picture of the keyframe at or before it (cropped, never stretched); a plain
    strip while the pictures are being made."""
    strip, view = scene.lanes.strip, scene.view
    painter.fillRect(strip, scene.look.strip)
    if not scene.thumbnails:
        return
    pixmap = scene.thumbnails[0][1]
    ratio = pixmap.devicePixelRatio() or 1.0
    indices = [index for index, _pixmap in scene.thumbnails]
    for cell in strip_cells(view, pixmap.width() / ratio, indices):
        if cell.thumbnail is not None:
            _draw_cover(painter, QRectF(cell.x, strip.top(), cell.width, strip.height()),
                        scene.thumbnails[cell.thumbnail][1])


def _draw_cover(painter: QPainter, target: QRectF, pixmap: QPixmap) -> None:
    """Fill ``target`` with the middle of ``pixmap`` at its own proportions."""
    width, height = pixmap.width(), pixmap.height()
    if width < 1 or height < 1 or target.width() <= 0:
        return
    aspect = target.width() / target.height()
    if width / height >= aspect:  # wider than the cell: its middle columns
        shown = height * aspect
        source = QRectF((width - shown) / 2, 0, shown, height)
    else:  # narrower: its middle rows
        shown = width / aspect
        source = QRectF(0, (height - shown) / 2, width, shown)
    painter.drawPixmap(target, pixmap, source)


def paint_marks(painter: QPainter, scene: Scene) -> None:
    """The in/out range and its brackets."""
    view, lanes, colour = scene.view, scene.lanes, scene.look.highlight
    if scene.mark_in is not None and scene.mark_out is not None:
        x0, x1 = max(-2.0, view.x_of(scene.mark_in)), min(view.x_of(scene.mark_out + 1),
                                                          view.width + 2)
        shade = QColor(colour)
        shade.setAlpha(55)
        if x1 > x0:
            painter.fillRect(QRectF(x0, lanes.ruler.top(), x1 - x0, lanes.stills.bottom()),
                             shade)
    painter.setPen(QPen(colour, 2))
    bottom = lanes.stills.bottom()
    for frame, sign in ((scene.mark_in, 1), (scene.mark_out, -1)):
        if frame is None:
            continue
        x = view.x_of(frame if sign > 0 else frame + 1)
        painter.drawLine(QLineF(x, lanes.ruler.top(), x, bottom))
        painter.drawLine(QLineF(x, lanes.ruler.top() + 1, x + 6 * sign, lanes.ruler.top() + 1))
        painter.drawLine(QLineF(x, bottom - 1, x + 6 * sign, bottom - 1))


def paint_grid(painter: QPainter, scene: Scene) -> None:
    """Frame boundaries, once frames are wide enough to tell apart."""
    view = scene.view
    if view.pixels_per_frame < 6:
        return
    first, last = view.visible_frames()
    painter.setPen(QPen(scene.look.grid, 1))
    body = scene.lanes.body
    painter.drawLines([QLineF(x, body.top(), x, body.bottom())
                       for x in (round(view.x_of(f)) + 0.5 for f in range(first, last + 2))])


def paint_playhead(painter: QPainter, scene: Scene) -> None:
    view, lanes = scene.view, scene.lanes
    x = view.x_of(scene.frame) + view.pixels_per_frame / 2
    if not -8 <= x <= view.width + 8:
        return
    if view.pixels_per_frame >= 6:
        cell = QColor(PLAYHEAD)
        cell.setAlpha(45)
        painter.fillRect(QRectF(view.x_of(scene.frame), lanes.strip.top(),
                                view.pixels_per_frame, lanes.body.height()), cell)
    painter.setPen(QPen(PLAYHEAD, 2))
    painter.drawLine(QLineF(x, lanes.ruler.top() + 8, x, lanes.stills.bottom()))
    head = QPainterPath()
    head.moveTo(x - 6, lanes.ruler.top())
    head.lineTo(x + 6, lanes.ruler.top())
    head.lineTo(x + 6, lanes.ruler.top() + 6)
    head.lineTo(x, lanes.ruler.top() + 12)
    head.lineTo(x - 6, lanes.ruler.top() + 6)
    head.closeSubpath()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.fillPath(head, PLAYHEAD)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
