"""The frame server on its own thread: the UI asks for frames and never waits for them.

Requests are coalesced: if the guider holds an arrow key, only the newest wanted frame is
decoded once the worker is free, so the picture keeps up instead of queueing behind.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from pathlib import Path

import numpy as np
from PySide6.QtCore import QObject, QThread, Signal, Slot
from PySide6.QtGui import QImage

from vigeditor.errors import PLAIN_ERRORS
from vigeditor.media.frame_server import DEFAULT_CACHE_BYTES, FrameServer
from vigeditor.media.info import MediaInfo

_log = logging.getLogger("vigeditor.ui")


def picture_to_image(picture: np.ndarray) -> QImage:
    """An RGB array as a QImage that owns its pixels."""
    picture = np.ascontiguousarray(picture)
    height, width = picture.shape[:2]
    image = QImage(picture.data, width, height, picture.strides[0], QImage.Format.Format_RGB888)
    return image.copy()


class _Worker(QObject):
    opened = Signal(object)  # MediaInfo
    frame_ready = Signal(int, QImage)
    thumbnails_ready = Signal(list)  # [(index, QImage)]
    failed = Signal(str)

    def __init__(self, cache_bytes: int) -> None:
        super().__init__()
        self._cache_bytes = cache_bytes
        self._server: FrameServer | None = None
        self._pending: tuple[int, tuple[int, int] | None] | None = None
        self._lock = threading.Lock()

    @Slot(str, str)
    def open(self, path: str, cache_dir: str) -> None:
        self._close()
        try:
            self._server = FrameServer.open(Path(path), cache_bytes=self._cache_bytes,
                                            cache_dir=Path(cache_dir) if cache_dir else None)
        except PLAIN_ERRORS as error:
            self.failed.emit(str(error))
            return
        self.opened.emit(self._server.info)

    def want(self, index: int, size: tuple[int, int] | None) -> None:
        """Called from the UI thread: remember the newest wanted frame."""
        with self._lock:
            self._pending = (index, size)

    @Slot()
    def serve(self) -> None:
        with self._lock:
            pending, self._pending = self._pending, None
        if pending is None or self._server is None:
            return
        index, size = pending
        try:
            image = picture_to_image(self._server.frame(index, size=size))
        except PLAIN_ERRORS as error:
            self.failed.emit(str(error))
            return
        except Exception:  # never let a decoding surprise take the app down
            _log.exception("frame %s could not be served", index)
            self.failed.emit(self.tr("This frame could not be shown."))
            return
        self.frame_ready.emit(index, image)
        self._use_idle_time()

    def _use_idle_time(self) -> None:
        """Decode ahead (e.g. the previous group when stepping back) until a request comes."""
        if self._server is None:
            return
        # prefetching is a bonus: the next real request reports any damage it meets
        with contextlib.suppress(*PLAIN_ERRORS):
            self._server.idle_work(lambda: self._pending is not None)

    @Slot(int, int)
    def thumbnails(self, count: int, width: int) -> None:
        if self._server is None:
            return
        try:
            strip = self._server.thumbnails(count, width)
        except PLAIN_ERRORS as error:
            self.failed.emit(str(error))
            return
        self.thumbnails_ready.emit([(index, picture_to_image(p)) for index, p in strip])

    @Slot()
    def shutdown(self) -> None:
        self._close()

    def _close(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None


class FrameWorker(QObject):
    """Owns a worker thread with a frame server; talk to it with signals only."""

    opened = Signal(object)
    frame_ready = Signal(int, QImage)
    thumbnails_ready = Signal(list)
    failed = Signal(str)
    _open_requested = Signal(str, str)
    _serve_requested = Signal()
    _thumbnails_requested = Signal(int, int)
    _shutdown_requested = Signal()

    def __init__(self, parent: QObject | None = None, *,
                 cache_bytes: int = DEFAULT_CACHE_BYTES) -> None:
        super().__init__(parent)
        self._thread = QThread(self)
        self._thread.setObjectName("frame-server")
        self._worker = _Worker(cache_bytes)
        self._worker.moveToThread(self._thread)
        self._open_requested.connect(self._worker.open)
        self._serve_requested.connect(self._worker.serve)
        self._thumbnails_requested.connect(self._worker.thumbnails)
        self._worker.thumbnails_ready.connect(self.thumbnails_ready)
        self._shutdown_requested.connect(self._worker.shutdown)
        self._worker.opened.connect(self.opened)
        self._worker.frame_ready.connect(self.frame_ready)
        self._worker.failed.connect(self.failed)
        self._thread.start()

    def open(self, path: str | Path, cache_dir: str | Path | None = None) -> None:
        """Probe (in a child process) and open ``path``; ``opened`` or ``failed`` follows."""
        self._open_requested.emit(str(path), str(cache_dir) if cache_dir else "")

    def request_thumbnails(self, count: int, width: int) -> None:
        """Ask for a strip of keyframe thumbnails; ``thumbnails_ready`` follows."""
        self._thumbnails_requested.emit(count, width)

    def request(self, index: int, size: tuple[int, int] | None = None) -> None:
        self._worker.want(index, size)
        self._serve_requested.emit()

    def stop(self) -> None:
        if self._thread.isRunning():
            self._shutdown_requested.emit()
            self._thread.quit()
            self._thread.wait()


__all__ = ["FrameWorker", "MediaInfo", "picture_to_image"]
