"""The presentation screen: the review's picture full screen on black, and nothing else.

The large controls float over the bottom of the picture and hide (with the mouse pointer)
after :data:`IDLE_MS` without mouse movement; moving the mouse brings them back. While they
show, the caption moves up above them (it is never under them, whatever the window's size);
while they are hidden and the clip plays slowed, a small sign in the top corner says so
("½×"). Keys and presentation clickers work whether the controls show or not (see
:mod:`.keys`).
Guider-only words (talking points, notes) are never given to this window.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QColor, QPalette, QResizeEvent, QScreen
from PySide6.QtWidgets import QLabel, QWidget

from vigeditor.ui.review.controls import ControlBar
from vigeditor.ui.review.keys import ReviewInput
from vigeditor.ui.review.picture import PictureView
from vigeditor.ui.review.review_player import ReviewPlayer

IDLE_MS = 3000


class PresentationWindow(QWidget):
    """A frameless black window with the picture, the caption and the hiding controls."""

    closed = Signal()

    def __init__(self, review: ReviewPlayer, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.review = review
        self.setWindowTitle(self.tr("Shared review"))
        self.setAccessibleName(self.tr("Shared review presentation"))
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(0, 0, 0))
        self.setPalette(palette)
        self.setAutoFillBackground(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.picture = PictureView(self)
        self.controls = ControlBar(72, self)
        self.controls.setAutoFillBackground(False)
        self.slow_sign = QLabel(self)
        self.slow_sign.setAccessibleName(self.tr("Slow motion"))
        self.slow_sign.setStyleSheet("color: white; background: rgba(16, 16, 16, 190); "
                                     "border-radius: 6px; padding: 2px 8px;")
        self.slow_sign.hide()
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(IDLE_MS)
        self._idle.timeout.connect(self.hide_controls)
        self.input = ReviewInput(review.perform, self.show_controls, self)
        self.input.watch(self)
        self.controls.command.connect(review.perform)
        self.picture.clicked.connect(lambda: review.perform("toggle_play"))
        self._connect(review)
        self.show_controls()

    def _connect(self, review: ReviewPlayer) -> None:
        review.picture_changed.connect(self.picture.set_picture)
        review.picture_cleared.connect(self.picture.clear)  # notes are for the guider only
        review.mode_changed.connect(self.controls.set_mode)
        review.rate_changed.connect(self.controls.set_rate)
        review.rate_changed.connect(lambda _rate: self._update_slow_sign())
        review.captions_changed.connect(self._on_captions)
        review.item_changed.connect(self._on_item)
        review.handed_over_changed.connect(self._on_handed_over)

    # -- showing --------------------------------------------------------------------------

    def present_on(self, screen: QScreen | None) -> None:
        """Full screen on ``screen`` (or the current one)."""
        if screen is not None:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.raise_()
        self.activateWindow()
        self.setFocus()
        self.show_controls()

    @property
    def controls_visible(self) -> bool:
        return self.controls.isVisible()

    def show_controls(self) -> None:
        if self.controls.isHidden():
            self.controls.show()
            self.unsetCursor()
            self._place_controls()
            self._update_slow_sign()
        self._idle.start()

    def hide_controls(self) -> None:
        self.controls.hide()
        self.picture.set_bottom_margin(0)
        self.setCursor(Qt.CursorShape.BlankCursor)
        self._update_slow_sign()

    def _update_slow_sign(self) -> None:
        """The slow-motion sign shows only while the controls (and their speed button)
        are hidden and the clip plays slower than normal."""
        rate = self.review.rate
        slowed = rate < 1.0 and self.controls.isHidden()
        if slowed:
            self.slow_sign.setText(self.tr("Slow {rate}").replace(
                "{rate}", self.controls.buttons["slow_motion"].badge))
            font = self.slow_sign.font()
            font.setPixelSize(max(12, self.height() // 40))
            self.slow_sign.setFont(font)
            self.slow_sign.adjustSize()
            margin = max(8, self.height() // 60)
            self.slow_sign.move(self.width() - self.slow_sign.width() - margin, margin)
            self.slow_sign.raise_()
        self.slow_sign.setVisible(slowed)

    def _place_controls(self) -> None:
        self.controls.fit_width(round(self.width() * 0.94), max(48, min(110, self.height() // 10)))
        size = self.controls.sizeHint()
        self.controls.setGeometry((self.width() - size.width()) // 2,
                                  self.height() - size.height() - size.height() // 4,
                                  size.width(), size.height())
        self.controls.raise_()
        if not self.controls.isHidden():  # also before the window is first shown
            self.picture.set_bottom_margin(self.height() - self.controls.y())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.picture.setGeometry(self.rect())
        self._place_controls()
        self._update_slow_sign()
        self.review.set_picture_size(self.picture.request_size())

    def closeEvent(self, event: QCloseEvent) -> None:
        self._idle.stop()
        super().closeEvent(event)
        self.closed.emit()

    # -- reactions ------------------------------------------------------------------------

    def _on_item(self, index: int) -> None:
        item = self.review.items[index]
        self.picture.set_caption(item.caption if self.review.show_captions else "")
        self.controls.set_item(item.is_clip, index, len(self.review.items))

    def _on_captions(self, visible: bool) -> None:
        item = self.review.item
        self.controls.set_captions(visible)
        self.picture.set_caption(item.caption if visible and item is not None else "")

    def _on_handed_over(self, handed_over: bool) -> None:
        self.controls.set_handed_over(handed_over)
        self._place_controls()
        self.show_controls()
