"""The timeline's thumbnail strip: which keyframe pictures to ask for, and their pixmaps.

The strip asks for pictures by emitting ``wanted(count, width)`` a moment after the timeline
was resized, zoomed or scrolled (``THUMBNAIL_DELAY_MS``, so a drag asks once), and only when
the count or width changed. The frame worker answers with ``(frame index, picture)`` pairs,
given to :meth:`ThumbnailStrip.set_pictures`; pixmaps scaled to the strip's height are kept
until the height or the pictures change. :meth:`ThumbnailStrip.clear` forgets everything
(another recording, or its frame table corrected), so pictures of the old one never show.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QImage, QPixmap

from vigeditor.project.model import Recording

THUMBNAIL_DELAY_MS = 250
MAX_THUMBNAILS = 400
MIN_THUMBNAIL_WIDTH = 8.0  # pixels


@dataclass(frozen=True)
class StripSize:
    """What the strip is drawn into: its height and the whole content's width (pixels at
    the current zoom), the device pixel ratio and the keyframes available to picture."""

    height: float
    content_width: float
    ratio: float
    keyframes: int


class ThumbnailStrip(QObject):
    """Keyframe thumbnails for the timeline; ``measure`` returns the current
    :class:`StripSize`, or None when no recording is shown."""

    wanted = Signal(int, int)  # count, width in device pixels

    def __init__(self, measure: Callable[[], StripSize | None],
                 recording: Callable[[], Recording | None], parent: QObject) -> None:
        super().__init__(parent)
        self._measure, self._recording = measure, recording
        self._pictures: list[tuple[int, QImage]] = []
        self._pixmaps: tuple[float, list[tuple[int, QPixmap]]] | None = None
        self._wanted: tuple[int, int] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(THUMBNAIL_DELAY_MS)
        self._timer.timeout.connect(self._request)

    def schedule(self, *, rescale: bool = False) -> None:
        """Ask again for pictures once the view settles; ``rescale`` drops the pixmaps."""
        if rescale:
            self._pixmaps = None
        self._timer.start()

    def clear(self) -> None:
        """Forget the pictures and what was asked for (another recording or table)."""
        self._pictures, self._pixmaps, self._wanted = [], None, None

    def set_pictures(self, pictures: list[tuple[int, QImage]]) -> None:
        """Keyframe pictures (frame index, picture) from the frame worker."""
        self._pictures = sorted(((int(index), image) for index, image in pictures),
                                key=lambda pair: pair[0])
        self._pixmaps = None

    def pixmaps(self, height: float, ratio: float) -> list[tuple[int, QPixmap]]:
        """The pictures scaled to ``height`` logical pixels at device pixel ``ratio``."""
        if self._pixmaps is not None and self._pixmaps[0] == height:
            return self._pixmaps[1]
        scaled = []
        for index, image in self._pictures:
            pixmap = QPixmap.fromImage(image.scaledToHeight(
                max(1, round(height * ratio)), Qt.TransformationMode.SmoothTransformation))
            pixmap.setDevicePixelRatio(ratio)
            scaled.append((index, pixmap))
        self._pixmaps = (height, scaled)
        return scaled

    def _aspect(self) -> float:
        """Width over height of a thumbnail: the pictures', else the recording's."""
        if self._pictures and not self._pictures[0][1].isNull():
            image = self._pictures[0][1]
            return image.width() / max(1, image.height())
        recording = self._recording()
        try:
            info = recording.info if recording is not None else {}
            return float(info["display_width"]) / float(info["display_height"])
        except (KeyError, ValueError, TypeError, ZeroDivisionError):
            return 16 / 9

    @Slot()
    def _request(self) -> None:
        size = self._measure()
        if size is None:
            return
        width = max(MIN_THUMBNAIL_WIDTH, size.height * self._aspect())
        limit = min(size.keyframes, MAX_THUMBNAILS)
        count = max(1, min(limit, math.ceil(size.content_width / width)))
        wanted = (count, round(width * size.ratio))
        if wanted != self._wanted:
            self._wanted = wanted
            self.wanted.emit(*wanted)
