"""The booklet's pictures: exact frames of the case's recordings, decoded off the page writer.

A damaged frame (one the decoder cannot produce) does not stop the booklet: the nearest
earlier good frame is used instead, and :attr:`Frames.notes` says so in plain words, once
per frame, for the export's result and its audit entry.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import ExitStack
from dataclasses import dataclass

from vigeditor.i18n import _
from vigeditor.media.frame_server import FrameServer
from vigeditor.media.render_video import PictureFilter
from vigeditor.project.case import Case
from vigeditor.project.documents.pdf import jpeg, pixels_for
from vigeditor.project.exporting import recording_media
from vigeditor.project.model import Recording


@dataclass(frozen=True)
class Substitute:
    """Frame ``frame`` of recording ``recording_id`` was damaged; frame ``used`` was used."""

    recording_id: int
    frame: int
    used: int

    @property
    def note(self) -> str:
        return _("Frame {frame} of recording {recording} was damaged; frame {used} was "
                 "used.").format(frame=self.frame, recording=self.recording_id, used=self.used)


class Frames:
    """Exact frames of the case's recordings, each recording opened once.

    Pictures are decoded on one worker thread, in page order, while the pages are laid out
    and written (decoding releases the interpreter lock, so the two overlap); a page waits
    for its picture only when it is drawn. ``filters`` (recording id → picture filter, as
    for :func:`vigeditor.media.render.render_clip`: face blurring) change a recording's
    pictures before they are printed.
    """

    def __init__(self, case: Case, stack: ExitStack,
                 filters: Mapping[int, PictureFilter] | None = None) -> None:
        self.case = case
        self.stack = stack
        self.filters = dict(filters or {})
        self.servers: dict[int, FrameServer] = {}
        self.decoder = ThreadPoolExecutor(max_workers=1, thread_name_prefix="booklet-frames")
        stack.callback(self.decoder.shutdown, wait=True, cancel_futures=True)
        self._substitutes: list[Substitute] = []
        self._lock = threading.Lock()

    def server(self, recording: Recording) -> FrameServer:
        if recording.id not in self.servers:
            _path, info, table = recording_media(self.case, recording.id)
            server = FrameServer(info, table, cache_bytes=64 * 1024 * 1024)
            self.servers[recording.id] = self.stack.enter_context(server)
        return self.servers[recording.id]

    def aspect(self, recording: Recording) -> float:
        width, height = self.server(recording).display_size
        return width / height

    def picture(self, recording: Recording, frame: int, width_pt: float,
                height_pt: float) -> Future[bytes]:
        """The frame as a JPEG of about 200 dpi for this printed size (on its way)."""
        size = pixels_for(width_pt, height_pt)
        server = self.server(recording)

        def make() -> bytes:
            served = server.serve(frame, size)
            if served.damaged:
                self._substituted(Substitute(recording.id, frame, served.shown))
            picture_filter = self.filters.get(recording.id)
            picture = served.picture if picture_filter is None else picture_filter(
                served.shown, served.picture)
            return jpeg(picture, size)
        return self.decoder.submit(make)

    def _substituted(self, substitute: Substitute) -> None:
        with self._lock:
            if substitute not in self._substitutes:
                self._substitutes.append(substitute)

    @property
    def substitutes(self) -> list[Substitute]:
        """The damaged frames met so far, in the order they were met."""
        with self._lock:
            return list(self._substitutes)


__all__ = ["Frames", "Substitute"]
