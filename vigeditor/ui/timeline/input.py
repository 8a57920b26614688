"""The timeline's mouse, wheel, keys and tooltips (see :mod:`vigeditor.ui.timeline.view`).

:class:`TimelineInput` is the base class of :class:`~vigeditor.ui.timeline.view.Timeline`,
which provides what it uses (``view``, ``data``, ``tracks``, ``state``, ``item_at``,
``scene``, ``scroll_to``, ``set_zoom`` and the zoom steps); it changes the editor only through
the editor state's setters.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QToolTip, QWidget

from vigeditor.ui.editor_state import Selection
from vigeditor.ui.timeline.hits import Hit
from vigeditor.ui.timeline.lane_hits import any_tooltip
from vigeditor.ui.timeline.model import CLUSTER_PX

WHEEL_STEP = 1.25


class TimelineInput(QWidget):
    """Click or drag to scrub, click an item to select it, wheel to zoom or scroll, ``+``,
    ``-`` and ``0`` to zoom, tooltips for what is under the pointer."""

    _scrubbing = False

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self.view.frame_count == 0:
            super().mousePressEvent(event)
            return
        hit = self.item_at(event.position())
        if hit is None:
            # a click beside every item leaves nothing selected: I, O and Delete then never
            # act on a clip or moment elsewhere in the film
            self._scrubbing = True
            self.state.set_selection(None)
            self._scrub(event.position().x())
        else:
            self._activate(hit, event.position().x())
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if not self._scrubbing:
            super().mouseMoveEvent(event)
            return
        self._scrub(event.position().x())
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._scrubbing = False
        super().mouseReleaseEvent(event)

    def _scrub(self, x: float) -> None:
        """Go to the exact frame under x; past an edge, scroll and go to the edge frame."""
        view = self.view
        if x < 0 or x > view.width:
            overshoot = x if x < 0 else x - view.width
            self.scroll_to(view.start + overshoot / view.pixels_per_frame)
            x = min(max(x, 0.0), view.width - 0.01)
        self.state.set_frame(view.frame_at(x))
        self.update()

    def _activate(self, hit: Hit, x: float) -> None:
        if hit.kind == "cluster" and self.view.pixels_per_frame < self.view.max_pixels_per_frame:
            frames = [self.data.frame_of(moment_id) for moment_id in hit.ids]
            spread = max(1, max(frames) - min(frames) + 1)
            wanted = len(hit.ids) * CLUSTER_PX * 1.5 / spread
            self.set_zoom(max(self.view.pixels_per_frame * 2, wanted), x)
            return
        kind = "moment" if hit.kind == "cluster" else hit.kind  # same frame: the first
        self.state.set_selection(Selection(kind, hit.ids[0]))
        self.state.set_frame(hit.frame)

    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta()
        sideways = delta.x() != 0 or bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if sideways:
            steps = (delta.x() or delta.y()) / 120
            self.scroll_to(self.view.start - steps * self.view.width / 8
                           / self.view.pixels_per_frame)
        elif delta.y():
            self.set_zoom(self.view.pixels_per_frame * WHEEL_STEP ** (delta.y() / 120),
                          event.position().x())
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom_out()
        elif key == Qt.Key.Key_0:
            self.zoom_to_fit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            hit = self.item_at(QPointF(event.pos()))  # type: ignore[attr-defined]
            text = any_tooltip(self, self.scene(), self.tracks, hit, QPointF(event.pos()))  # type: ignore[attr-defined]
            if text:
                QToolTip.showText(event.globalPos(), text, self)  # type: ignore[attr-defined]
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

