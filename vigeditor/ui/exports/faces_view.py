"""The face preview's picture: one frame of the export with the faces to blur pixelated as
they will be exported (:class:`~vigeditor.analysis.face_tracks.FaceBlur`), every face boxed
and numbered (kept faces in green, blurred ones in orange, dashed), scaled to the room it is
given. Dragging a rectangle on it emits :attr:`FacePicture.box_drawn` with the box as
fractions of the picture (x, y, width, height), for a blur box drawn by hand."""

from __future__ import annotations

from collections.abc import Collection

import numpy as np
from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QImage, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from vigeditor.analysis.face_tracks import FaceBlur, FaceTracks

KEPT = QColor(60, 200, 90)
BLURRED = QColor(255, 150, 30)
DRAWING = QColor(80, 170, 255)
MIN_DRAG = 6  # pixels on screen: a smaller drag is a click, not a box


def to_image(picture: np.ndarray) -> QImage:
    """An RGB uint8 picture (H×W×3) as a QImage that owns its pixels."""
    picture = np.ascontiguousarray(picture)
    height, width = picture.shape[:2]
    return QImage(picture.data, width, height, 3 * width, QImage.Format.Format_RGB888).copy()


class FacePicture(QWidget):
    """See the module. :meth:`show_frame` sets what is shown; :attr:`frame` is its index."""

    box_drawn = Signal(int, object)  # frame, (x, y, w, h) fractions of the picture

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.frame: int | None = None
        self.image = QImage()
        self.boxes: list[tuple[int, tuple[float, float, float, float], bool]] = []
        self._drag: tuple[QPoint, QPoint] | None = None
        self.setAccessibleName(self.tr("Face preview"))
        self.setAccessibleDescription(self.tr("The frame shown, faces to blur pixelated. "
                                              "Drag a rectangle to blur a face by hand."))
        self.setToolTip(self.tr("Faces with an orange box are blurred. Drag a rectangle over "
                                "a face the app missed to blur it too."))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(240, 135)
        self.setCursor(Qt.CursorShape.CrossCursor)

    def sizeHint(self) -> QSize:
        return QSize(560, 315)

    def show_frame(self, frame: int, picture: np.ndarray, tracks: FaceTracks,
                   keep: Collection[int]) -> None:
        """Show ``picture`` (RGB, frame ``frame``) with the faces of ``tracks`` not in
        ``keep`` (and hand-drawn boxes) pixelated, and every face boxed and numbered."""
        self.frame = frame
        self.image = to_image(FaceBlur(tracks, keep)(frame, picture))
        self.boxes = [(face.number, box, not face.manual and face.number in keep)
                      for face in tracks.faces if (box := face.box_at(frame)) is not None]
        self.update()

    def clear(self) -> None:
        self.frame, self.image, self.boxes = None, QImage(), []
        self.update()

    def picture_rect(self) -> QRectF:
        """Where the picture is drawn: as large as fits, centred, its shape kept."""
        if self.image.isNull():
            return QRectF(self.rect())
        scale = min(self.width() / self.image.width(), self.height() / self.image.height())
        width, height = self.image.width() * scale, self.image.height() * scale
        return QRectF((self.width() - width) / 2, (self.height() - height) / 2, width, height)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(30, 30, 30))
        if self.image.isNull():
            return
        area = self.picture_rect()
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(area, self.image)
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        for number, box, kept in self.boxes:
            self._draw_face(painter, area, number, box, kept)
        if self._drag is not None:
            painter.setPen(QPen(DRAWING, 2, Qt.PenStyle.DashLine))
            painter.drawRect(QRect(*self._drag).normalized())

    def _draw_face(self, painter: QPainter, area: QRectF, number: int,
                   box: tuple[float, float, float, float], kept: bool) -> None:
        colour = KEPT if kept else BLURRED
        rect = QRectF(area.x() + box[0] * area.width(), area.y() + box[1] * area.height(),
                      box[2] * area.width(), box[3] * area.height())
        painter.setPen(QPen(colour, 2, Qt.PenStyle.SolidLine if kept else Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect)
        text = str(number)
        metrics = painter.fontMetrics()
        label = QRectF(0, 0, metrics.horizontalAdvance(text) + 10, metrics.height() + 2)
        label.moveBottomLeft(QPointF(rect.left(), rect.top()))
        if label.top() < area.top():
            label.moveTopLeft(QPointF(rect.left(), rect.bottom()))
        painter.fillRect(label, colour)
        painter.setPen(QColor(0, 0, 0))
        painter.drawText(label, Qt.AlignmentFlag.AlignCenter, text)

    # -- drawing a blur box -----------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.frame is not None:
            point = event.position().toPoint()
            self._drag = (point, point)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag is not None:
            self._drag = (self._drag[0], event.position().toPoint())
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._drag is None:
            return
        start, end = self._drag[0], event.position().toPoint()
        self._drag = None
        self.update()
        if abs(end.x() - start.x()) >= MIN_DRAG and abs(end.y() - start.y()) >= MIN_DRAG:
            box = self.fractions(QRect(start, end).normalized())
            if box is not None and self.frame is not None:
                self.box_drawn.emit(self.frame, box)

    def fractions(self, rect: QRect) -> tuple[float, float, float, float] | None:
        """A rectangle on screen as fractions of the picture, clipped to it (None when it
        is outside the picture)."""
        area = self.picture_rect()
        clipped = QRectF(rect).intersected(area)
        if clipped.isEmpty():
            return None
        return ((clipped.x() - area.x()) / area.width(), (clipped.y() - area.y()) / area.height(),
                clipped.width() / area.width(), clipped.height() / area.height())
