"""The picture of the shared review: letterboxed on black, with the caption in large type,
and (on the guider's screens only) a notice about the picture, e.g. a damaged frame."""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QImage,
    QMouseEvent,
    QPainter,
    QPaintEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from vigeditor.ui.geometry import letterbox

_WRAP = int(Qt.AlignmentFlag.AlignCenter.value | Qt.TextFlag.TextWordWrap.value)
NOTICE_PLATE = QColor(255, 176, 0)  # amber, as the editor's damaged-frame marker


class PictureView(QWidget):
    """Paints one picture as large as fits, centred on black, and an optional caption."""

    clicked = Signal()

    def __init__(self, parent: QWidget | None = None, *, caption_scale: float = 1 / 20) -> None:
        super().__init__(parent)
        self.image = QImage()
        self.image_frame: int | None = None
        self.image_is_exact = False
        self.caption = ""
        self.notice = ""
        self.caption_scale = caption_scale
        self.bottom_margin = 0  # room kept free at the bottom (the controls, when shown)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 90)
        self.setAccessibleName(self.tr("Review picture"))

    def sizeHint(self) -> QSize:
        return QSize(640, 360)

    def set_picture(self, image: QImage, frame: int, exact: bool) -> None:
        self.image, self.image_frame, self.image_is_exact = image, frame, exact
        self.update()

    def clear(self) -> None:
        self.image, self.image_frame, self.image_is_exact = QImage(), None, False
        self.update()

    def set_notice(self, text: str) -> None:
        """A short word for the guider over the top of the picture ("" for none)."""
        if text != self.notice:
            self.notice = text
            self.setAccessibleDescription(text)
            self.update()

    def set_caption(self, text: str) -> None:
        if text != self.caption:
            self.caption = text
            self.update()

    def set_bottom_margin(self, pixels: int) -> None:
        if pixels != self.bottom_margin:
            self.bottom_margin = pixels
            self.update()

    def picture_rect(self) -> QRect:
        """Where the picture goes: as large as fits, centred, keeping its proportions."""
        aspect = self.image.width() / max(1, self.image.height()) if not self.image.isNull() \
            else 16 / 9
        return letterbox(self.width(), self.height(), aspect)

    def request_size(self) -> tuple[int, int]:
        """The size in device pixels that fills this view (for the frame server)."""
        ratio = self.devicePixelRatioF()
        return (max(2, round(self.width() * ratio)) // 2 * 2,
                max(2, round(self.height() * ratio)) // 2 * 2)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mousePressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.black)
        if not self.image.isNull():
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(QRectF(self.picture_rect()), self.image)
        if self.caption:
            self._paint_caption(painter)
        if self.notice:
            self._paint_notice(painter)
        painter.end()

    def _paint_notice(self, painter: QPainter) -> None:
        painter.setFont(self.font())
        box = painter.fontMetrics().boundingRect(self.rect().adjusted(8, 8, -8, -8),
                                                 int(Qt.AlignmentFlag.AlignHCenter.value
                                                     | Qt.TextFlag.TextWordWrap.value),
                                                 self.notice).adjusted(-8, -4, 8, 4)
        box.moveTop(8)
        painter.fillRect(box, NOTICE_PLATE)
        painter.setPen(QColor(0, 0, 0))
        painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter.value
                                  | Qt.TextFlag.TextWordWrap.value), self.notice)

    def caption_font(self) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(max(12, round(self.height() * self.caption_scale)))
        return font

    def caption_rect(self) -> QRect:
        """Where the caption's plate is painted (in this view's pixels; empty without a
        caption): centred, wrapped at 80 % of the width, its bottom ``bottom_margin`` plus
        a half line above the bottom, so it never sits under the controls."""
        if not self.caption:
            return QRect()
        font = self.caption_font()
        limit = round(self.width() * 0.8)
        bounds = QFontMetrics(font).boundingRect(QRect(0, 0, limit, self.height()),
                                                 _WRAP, self.caption)
        pad = font.pixelSize() // 2
        box = bounds.adjusted(-pad, -pad // 3, pad, pad // 3)
        box.moveCenter(self.rect().center())
        box.moveBottom(self.height() - max(self.bottom_margin, pad) - pad)
        return box

    def _paint_caption(self, painter: QPainter) -> None:
        font = self.caption_font()
        painter.setFont(font)
        wrap = _WRAP
        limit = round(self.width() * 0.8)
        pad = font.pixelSize() // 2
        box = self.caption_rect()
        lines = QRect((self.width() - limit) // 2, box.top(), limit, box.height())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, 190))
        painter.drawRoundedRect(box, pad / 2, pad / 2)
        painter.setPen(QColor(255, 255, 255))
        painter.drawText(lines, wrap, self.caption)  # wrapped at the measured width
