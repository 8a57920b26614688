"""Large, simple playback buttons for the shared review, drawn as plain white shapes.

The same bar serves the presentation (large, on black) and the presenter view (smaller). In
hand-over mode only play/pause, replay and step stay visible.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QAbstractButton, QHBoxLayout, QWidget

from vigeditor.ui.numbers import speed
from vigeditor.ui.review.review_player import PARENT_COMMANDS, PLAYING

#: (command, glyph) in the order shown
BUTTONS = (("previous_item", "previous"), ("step_back", "step_back"), ("toggle_play", "play"),
           ("step_forward", "step_forward"), ("replay", "replay"), ("slow_motion", "speed"),
           ("toggle_captions", "captions"), ("next_item", "next"), ("end", "end"))


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReviewControls", text)


def _words() -> dict[str, tuple[str, str]]:
    """Each command's short label and its accessible name (with the key)."""
    return {
        "previous_item": (_tr("Previous"), _tr("Previous item (Page Up)")),
        "step_back": (_tr("Back"), _tr("One frame back (Left arrow)")),
        "toggle_play": (_tr("Play"), _tr("Play or pause (Space)")),
        "step_forward": (_tr("Forward"), _tr("One frame forward (Right arrow)")),
        "replay": (_tr("Again"), _tr("Play again from the start (R)")),
        "slow_motion": (_tr("Speed"), _tr("Slow motion: normal, half, quarter speed (S)")),
        "toggle_captions": (_tr("Captions"), _tr("Captions on or off (C)")),
        "next_item": (_tr("Next"), _tr("Next item (Page Down)")),
        "end": (_tr("End"), _tr("End the shared review (Esc)")),
    }


class BigButton(QAbstractButton):
    """A round-cornered button with a white glyph and a word under it."""

    def __init__(self, command: str, glyph: str, label: str, name: str, size: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.command, self.glyph, self.side = command, glyph, size
        self.badge = ""  # text drawn as the glyph (the speed)
        self.setText(label)
        self.setAccessibleName(name)
        self.setToolTip(name)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFixedSize(self.sizeHint())

    def sizeHint(self) -> QSize:
        return QSize(round(self.side * 1.3), round(self.side * 1.25))

    def set_side(self, size: int) -> None:
        self.side = size
        self.setFixedSize(self.sizeHint())
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = QRectF(self.rect()).adjusted(2, 2, -2, -2)
        shade = 70 if self.isDown() else 55 if self.underMouse() else 35
        painter.setPen(QPen(QColor(255, 255, 255, 200), 2) if self.hasFocus()
                       else Qt.PenStyle.NoPen)
        painter.setBrush(QColor(255, 255, 255, shade) if self.isChecked() or self.isDown()
                         or self.underMouse() else QColor(255, 255, 255, 22))
        painter.drawRoundedRect(area, self.side * 0.15, self.side * 0.15)
        glyph = QRectF(area.center().x() - self.side * 0.28, area.top() + self.side * 0.14,
                       self.side * 0.56, self.side * 0.56)
        colour = QColor(255, 255, 255) if self.isEnabled() else QColor(255, 255, 255, 90)
        _draw_glyph(painter, self.glyph, glyph, colour, self.badge)
        font = QFont(self.font())
        font.setPixelSize(max(10, round(self.side * 0.2)))
        painter.setFont(font)
        painter.setPen(colour)
        text_box = QRectF(area.left(), glyph.bottom() + self.side * 0.04, area.width(),
                          area.bottom() - glyph.bottom())
        painter.drawText(text_box, Qt.AlignmentFlag.AlignHCenter, self.text())
        painter.end()


def _triangle(box: QRectF, pointing: int) -> QPolygonF:
    """A triangle filling ``box``, pointing right (1) or left (-1)."""
    tip_x = box.right() if pointing > 0 else box.left()
    base_x = box.left() if pointing > 0 else box.right()
    return QPolygonF([QPointF(base_x, box.top()), QPointF(tip_x, box.center().y()),
                      QPointF(base_x, box.bottom())])


def _draw_glyph(painter: QPainter, glyph: str, box: QRectF, colour: QColor, badge: str) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    w, h, left, top = box.width(), box.height(), box.left(), box.top()
    if glyph == "play":
        painter.drawPolygon(_triangle(box.adjusted(w * 0.12, 0, -w * 0.02, 0), 1))
    elif glyph == "pause":
        painter.drawRect(QRectF(left + w * 0.15, top, w * 0.25, h))
        painter.drawRect(QRectF(left + w * 0.6, top, w * 0.25, h))
    elif glyph in ("step_back", "step_forward"):
        pointing = -1 if glyph == "step_back" else 1
        bar_x = left if pointing < 0 else left + w * 0.8
        painter.drawRect(QRectF(bar_x, top + h * 0.1, w * 0.2, h * 0.8))
        shape = QRectF(left + (w * 0.25 if pointing < 0 else 0), top + h * 0.1, w * 0.75, h * 0.8)
        painter.drawPolygon(_triangle(shape, pointing))
    elif glyph in ("previous", "next"):
        pointing = -1 if glyph == "previous" else 1
        half = w / 2
        for offset in (0, half):
            painter.drawPolygon(_triangle(QRectF(left + offset, top + h * 0.15, half,
                                                 h * 0.7), pointing))
    elif glyph == "replay":
        _draw_replay(painter, box, colour)
    elif glyph == "end":
        pen = QPen(colour, w * 0.12, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        inner = box.adjusted(w * 0.18, h * 0.18, -w * 0.18, -h * 0.18)
        painter.drawLine(inner.topLeft(), inner.bottomRight())
        painter.drawLine(inner.topRight(), inner.bottomLeft())
    else:  # speed and captions: words in a box
        _draw_badge(painter, box, colour, badge or "CC")


def _draw_replay(painter: QPainter, box: QRectF, colour: QColor) -> None:
    w = box.width()
    ring = box.adjusted(w * 0.1, w * 0.1, -w * 0.1, -w * 0.1)
    painter.setPen(QPen(colour, w * 0.11, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawArc(ring, 100 * 16, 290 * 16)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    tip = QPointF(ring.center().x() - w * 0.02, ring.top())
    arrow = QPainterPath()
    arrow.moveTo(tip + QPointF(w * 0.22, 0))
    arrow.lineTo(tip + QPointF(0, -w * 0.17))
    arrow.lineTo(tip + QPointF(0, w * 0.17))
    arrow.closeSubpath()
    painter.drawPath(arrow)


def _draw_badge(painter: QPainter, box: QRectF, colour: QColor, text: str) -> None:
    w = box.width()
    frame = box.adjusted(0, w * 0.18, 0, -w * 0.18)
    painter.setPen(QPen(colour, max(2.0, w * 0.06)))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(frame, w * 0.1, w * 0.1)
    font = painter.font()
    font.setPixelSize(max(9, round(frame.height() * 0.55)))
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(frame, Qt.AlignmentFlag.AlignCenter, text)


class ControlBar(QWidget):
    """The review's buttons in a row; ``command(name)`` when one is pressed."""

    command = Signal(str)

    def __init__(self, size: int = 72, parent: QWidget | None = None, *,
                 with_end: bool = True) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Review controls"))
        self.buttons: dict[str, BigButton] = {}
        self.side = size
        layout = QHBoxLayout(self)
        self._spacing(layout, size)
        words = _words()
        for name, glyph in BUTTONS:
            if name == "end" and not with_end:
                continue
            label, accessible = words[name]
            button = BigButton(name, glyph, label, accessible, size, self)
            button.clicked.connect(lambda _c=False, command=name: self.command.emit(command))
            layout.addWidget(button)
            self.buttons[name] = button
        self.buttons["toggle_captions"].setCheckable(True)
        self.buttons["toggle_captions"].setChecked(True)
        self.set_rate(1.0)

    @staticmethod
    def _spacing(layout: QHBoxLayout, size: int) -> None:
        layout.setContentsMargins(size // 5, size // 6, size // 5, size // 6)
        layout.setSpacing(size // 6)

    def fit_width(self, width: int, largest: int) -> None:
        """Buttons as large as ``largest`` while the whole bar fits in ``width``."""
        count = sum(1 for button in self.buttons.values() if not button.isHidden())
        side = max(36, min(largest, int(width / (count * 1.3 + count / 6 + 0.6))))
        if side != self.side:
            self.side = side
            for button in self.buttons.values():
                button.set_side(side)
            self._spacing(self.layout(), side)  # type: ignore[arg-type]
        self.adjustSize()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(16, 16, 16, 215))
        radius = self.height() * 0.18
        painter.drawRoundedRect(QRectF(self.rect()), radius, radius)
        painter.end()

    def set_mode(self, mode: str) -> None:
        button = self.buttons["toggle_play"]
        playing = mode == PLAYING
        button.glyph = "pause" if playing else "play"
        button.setText(_tr("Pause") if playing else _tr("Play"))
        button.update()

    def set_rate(self, rate: float) -> None:
        button = self.buttons["slow_motion"]
        button.badge = {1.0: "1×", 0.5: "½×", 0.25: "¼×"}.get(rate, speed(rate))
        button.setText(_tr("Normal") if rate == 1.0 else _tr("Slow"))
        button.update()

    def set_captions(self, visible: bool) -> None:
        self.buttons["toggle_captions"].setChecked(visible)

    def set_item(self, is_clip: bool, index: int, count: int) -> None:
        """Enable what makes sense for this item (a still cannot play or step)."""
        for name in ("step_back", "toggle_play", "step_forward", "replay", "slow_motion"):
            self.buttons[name].setEnabled(is_clip)
        self.buttons["previous_item"].setEnabled(index > 0)
        self.buttons["next_item"].setEnabled(index < count - 1)

    def set_handed_over(self, handed_over: bool) -> None:
        """In hand-over mode only the parent's buttons show."""
        for name, button in self.buttons.items():
            button.setVisible(not handed_over or name in PARENT_COMMANDS)
        self.adjustSize()
