"""The frame server on its own thread: the UI asks for frames and never waits for them.

Requests are coalesced: if the guider holds an arrow key, only the newest wanted frame is
decoded once the worker is free, so the picture keeps up instead of queueing behind.

Every request says which recording it is for (the path and which opening of it) and which
frame, and every result carries its request back. Results, failures, thumbnails and reading
progress of a recording that is no longer open never leave this class; the views then keep
only the result of the frame they are showing (see :meth:`FrameRequest.same_frame`).

Opening a recording whose frame table must be built by decoding every frame takes long: the
worker reports ``reading`` progress meanwhile, and stops that work as soon as another
recording is opened or the worker is stopped. A corrected table (after a full check) is put
in with :meth:`FrameWorker.replace_table`, which counts as a new opening of the same file, so
pictures and thumbnails made by the old table are dropped too.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import numpy as np
from PySide6.QtCore import QObject, QThread, Signal, Slot
from PySide6.QtGui import QImage

from vigeditor.errors import PLAIN_ERRORS
from vigeditor.media.frame_server import DEFAULT_CACHE_BYTES, FrameServer
from vigeditor.media.frame_table import FrameTable
from vigeditor.media.info import MediaInfo
from vigeditor.media.pictures import prepare_pictures
from vigeditor.media.probe import open_recording

_log = logging.getLogger("vigeditor.ui")
Size = tuple[int, int]
Progress = Callable[[float], None]  # 0…1
StopCheck = Callable[[], bool]  # True: stop the work now
#: opens a recording's frame server: (path, frame-table cache folder or None, progress of a
#: table built by decoding, should_stop) -> server
ServerOpener = Callable[[Path, Path | None, Progress, StopCheck], FrameServer]


class TableOpener(Protocol):
    """Probes and indexes a recording (as :func:`vigeditor.media.probe.open_recording`)."""

    def __call__(self, path: Path, *, cache_dir: Path | None = None,
                 progress: Progress | None = None,
                 should_stop: StopCheck | None = None) -> tuple[MediaInfo, FrameTable]: ...


def picture_to_image(picture: np.ndarray) -> QImage:
    """An RGB array as a QImage that owns its pixels."""
    picture = np.ascontiguousarray(picture)
    height, width = picture.shape[:2]
    image = QImage(picture.data, width, height, picture.strides[0], QImage.Format.Format_RGB888)
    return image.copy()


def server_opener(cache_bytes: int = DEFAULT_CACHE_BYTES,
                  open_table: TableOpener = open_recording) -> ServerOpener:
    """The usual opener: probe and index safely (in a child process), then serve."""
    def open_server(path: Path, cache_dir: Path | None, progress: Progress,
                    should_stop: StopCheck) -> FrameServer:
        info, table = open_table(path, cache_dir=cache_dir, progress=progress,
                                 should_stop=should_stop)
        prepare_pictures(info)
        return FrameServer(info, table, cache_bytes=cache_bytes)
    return open_server


@dataclass(frozen=True)
class FrameRequest:
    """One picture asked for: frame ``index`` of ``recording`` (its path, in its
    ``opening``-th opening by this worker) at ``size``; ``serial`` numbers the requests."""

    recording: str
    opening: int
    index: int
    size: Size | None
    serial: int

    def same_frame(self, other: FrameRequest | None) -> bool:
        """True when ``other`` asks for the same frame of the same opened recording."""
        return (other is not None and other.recording == self.recording
                and other.opening == self.opening and other.index == self.index)


@dataclass(frozen=True)
class FramePicture:
    """The answer to a request: ``image`` is frame ``shown``; that is the asked-for frame
    unless it is ``damaged``, when it is the nearest earlier good frame."""

    request: FrameRequest
    shown: int
    damaged: bool
    image: QImage

    @property
    def index(self) -> int:
        return self.request.index


class _Worker(QObject):
    served = Signal(int, object, object)  # opening, MediaInfo, FrameTable
    reading = Signal(int, float)  # opening, share of the frame table built by decoding
    frame_ready = Signal(object)  # FramePicture
    frame_failed = Signal(object, str)  # FrameRequest, message
    thumbnails_ready = Signal(int, list)  # opening, [(index, QImage)]
    failed = Signal(int, str)  # opening, message

    def __init__(self, opener: ServerOpener, cache_bytes: int) -> None:
        super().__init__()
        self._opener, self._cache_bytes = opener, cache_bytes
        self._server: FrameServer | None = None
        self._opening = 0
        self._pending: FrameRequest | None = None
        self._lock = threading.Lock()
        self._latest = 0  # the opening the UI asked for last (set from the UI thread)
        self._halted = False  # the worker is being stopped (set from the UI thread)

    def announce(self, opening: int) -> None:
        """Called from the UI thread: ``opening`` is wanted now; stop work for older ones."""
        with self._lock:
            self._latest = opening

    def halt(self) -> None:
        """Called from the UI thread: stop any work now, the worker is closing."""
        with self._lock:
            self._halted = True

    def _should_stop(self, opening: int) -> bool:
        with self._lock:
            return self._halted or opening != self._latest

    @Slot(str, str, int)
    def open(self, path: str, cache_dir: str, opening: int) -> None:
        self._close()
        self._opening = opening
        if self._should_stop(opening):
            return  # superseded before it began: no child process, no decoding
        try:
            self._server = self._opener(
                Path(path), Path(cache_dir) if cache_dir else None,
                lambda share: self.reading.emit(opening, float(share)),
                lambda: self._should_stop(opening))
        except PLAIN_ERRORS as error:
            self.failed.emit(opening, str(error))
            return
        self.served.emit(opening, self._server.info, self._server.table)
        self.serve()  # a frame asked for while this recording was opening

    @Slot(object, object, int)
    def replace(self, info: MediaInfo, table: FrameTable, opening: int) -> None:
        """Serve the same recording by a corrected ``table`` from now on."""
        self._close()
        self._opening = opening
        try:
            prepare_pictures(info)
            self._server = FrameServer(info, table, cache_bytes=self._cache_bytes)
        except PLAIN_ERRORS as error:
            self.failed.emit(opening, str(error))
            return
        self.served.emit(opening, info, table)
        self.serve()

    def want(self, request: FrameRequest) -> None:
        """Called from the UI thread: remember the newest wanted frame."""
        with self._lock:
            self._pending = request

    @Slot()
    def serve(self) -> None:
        with self._lock:
            request = self._pending
            if request is None or request.opening > self._opening:
                return  # nothing wanted, or wanted of a recording still to be opened
            self._pending = None
        if self._server is None or request.opening != self._opening:
            return  # a frame of a recording that is no longer open
        picture = self._picture(self._server, request)
        if picture is not None:
            self.frame_ready.emit(picture)
            self._use_idle_time()

    def _picture(self, server: FrameServer, request: FrameRequest) -> FramePicture | None:
        try:
            served = server.serve(request.index, size=request.size)
            image = picture_to_image(served.picture)
        except PLAIN_ERRORS as error:
            self.frame_failed.emit(request, str(error))
            return None
        except Exception:  # never let a decoding surprise take the app down
            _log.exception("frame %s could not be served", request.index)
            self.frame_failed.emit(request, self.tr("This frame could not be shown."))
            return None
        return FramePicture(request, served.shown, served.damaged, image)

    def _use_idle_time(self) -> None:
        """Decode ahead (e.g. the previous group when stepping back) until a request comes."""
        if self._server is None:
            return
        # prefetching is a bonus: the next real request reports any damage it meets
        with contextlib.suppress(*PLAIN_ERRORS):
            self._server.idle_work(lambda: self._pending is not None)

    @Slot(int, int, int)
    def thumbnails(self, count: int, width: int, opening: int) -> None:
        if self._server is None or opening != self._opening:
            return
        try:
            strip = self._server.thumbnails(count, width)
        except PLAIN_ERRORS as error:
            self.failed.emit(opening, str(error))
            return
        self.thumbnails_ready.emit(opening, [(index, picture_to_image(p)) for index, p in strip])

    @Slot()
    def shutdown(self) -> None:
        self._close()

    def _close(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None


class FrameWorker(QObject):
    """Owns a worker thread with a frame server; talk to it with signals only.

    ``frame_ready(FramePicture)``, ``frame_failed(FrameRequest, message)``, ``opened``,
    ``served``, ``reading``, ``failed`` and ``thumbnails_ready`` only ever speak of the
    recording opened last.
    """

    opened = Signal(object)  # MediaInfo: the recording opened last can be served now
    served = Signal(object, object)  # MediaInfo, FrameTable: the table frames are served by
    reading = Signal(float)  # share (0…1) of its frame table built by decoding so far
    frame_ready = Signal(object)  # FramePicture
    frame_failed = Signal(object, str)  # FrameRequest, message
    thumbnails_ready = Signal(list)  # [(index, QImage)]
    failed = Signal(str)  # the recording cannot be opened (or its thumbnails made)
    _open_requested = Signal(str, str, int)
    _replace_requested = Signal(object, object, int)
    _serve_requested = Signal()
    _thumbnails_requested = Signal(int, int, int)
    _shutdown_requested = Signal()

    def __init__(self, parent: QObject | None = None, *,
                 cache_bytes: int = DEFAULT_CACHE_BYTES,
                 opener: ServerOpener | None = None) -> None:
        super().__init__(parent)
        self.recording: str | None = None  # the path opened last
        self.opening = 0  # how many times a recording was opened (or its table replaced)
        self._serial = 0
        self._announced = False  # ``opened`` was said for the recording opened last
        self._thread = QThread(self)
        self._thread.setObjectName("frame-server")
        self._worker = _Worker(opener or server_opener(cache_bytes), cache_bytes)
        self._worker.moveToThread(self._thread)
        self._connect_worker()
        self._thread.start()

    def _connect_worker(self) -> None:
        worker = self._worker
        self._open_requested.connect(worker.open)
        self._replace_requested.connect(worker.replace)
        self._serve_requested.connect(worker.serve)
        self._thumbnails_requested.connect(worker.thumbnails)
        self._shutdown_requested.connect(worker.shutdown)
        worker.served.connect(self._on_served)
        worker.reading.connect(self._on_reading)
        worker.frame_ready.connect(self._on_frame)
        worker.frame_failed.connect(self._on_frame_failed)
        worker.thumbnails_ready.connect(self._on_thumbnails)
        worker.failed.connect(self._on_failed)

    def open(self, path: str | Path, cache_dir: str | Path | None = None) -> None:
        """Probe (in a child process) and open ``path``; ``opened`` or ``failed`` follows.
        From now on nothing of the recording open before is passed on, and building its
        frame table (if that is still going on) stops."""
        self._begin(str(path))
        self._announced = False
        self._open_requested.emit(str(path), str(cache_dir) if cache_dir else "", self.opening)

    def replace_table(self, info: MediaInfo, table: FrameTable) -> None:
        """Serve the open recording by ``table`` (a corrected one) from now on; ``served``
        follows. Pictures and thumbnails asked for before are dropped."""
        if self.recording is not None:
            self._begin(self.recording)
            self._replace_requested.emit(info, table, self.opening)

    def _begin(self, path: str) -> None:
        self.opening += 1
        self.recording = path
        self._worker.announce(self.opening)

    def request_thumbnails(self, count: int, width: int) -> None:
        """Ask for a strip of keyframe thumbnails; ``thumbnails_ready`` follows."""
        self._thumbnails_requested.emit(count, width, self.opening)

    def request(self, index: int, size: Size | None = None) -> FrameRequest | None:
        """Ask for frame ``index`` of the open recording (None when nothing is open)."""
        if self.recording is None:
            return None
        self._serial += 1
        request = FrameRequest(self.recording, self.opening, int(index), size, self._serial)
        self._worker.want(request)
        self._serve_requested.emit()
        return request

    def is_current(self, request: FrameRequest) -> bool:
        """True when ``request`` is for the recording opened last."""
        return request.opening == self.opening and request.recording == self.recording

    def stop(self) -> None:
        """Stop any work at once (a table being built too), then end the thread; nothing
        the worker says afterwards is passed on."""
        self.opening += 1
        self._worker.halt()
        if self._thread.isRunning():
            self._shutdown_requested.emit()
            self._thread.quit()
            self._thread.wait()

    # -- from the worker thread (queued): only the recording opened last gets through ------

    @Slot(int, object, object)
    def _on_served(self, opening: int, info: MediaInfo, table: FrameTable) -> None:
        if opening != self.opening:
            return
        self.served.emit(info, table)
        if not self._announced:  # a replacement may come before the opening was said
            self._announced = True
            self.opened.emit(info)

    @Slot(int, float)
    def _on_reading(self, opening: int, share: float) -> None:
        if opening == self.opening:
            self.reading.emit(share)

    @Slot(object)
    def _on_frame(self, picture: FramePicture) -> None:
        if self.is_current(picture.request):
            self.frame_ready.emit(picture)

    @Slot(object, str)
    def _on_frame_failed(self, request: FrameRequest, message: str) -> None:
        if self.is_current(request):
            self.frame_failed.emit(request, message)

    @Slot(int, list)
    def _on_thumbnails(self, opening: int, strip: list[tuple[int, QImage]]) -> None:
        if opening == self.opening:
            self.thumbnails_ready.emit(strip)

    @Slot(int, str)
    def _on_failed(self, opening: int, message: str) -> None:
        if opening == self.opening:
            self.failed.emit(message)


__all__ = ["FramePicture", "FrameRequest", "FrameWorker", "MediaInfo", "Progress",
           "ServerOpener", "StopCheck", "TableOpener", "picture_to_image", "server_opener"]
