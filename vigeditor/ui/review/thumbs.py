"""Small pictures of clips' key frames and stills for the builder, decoded off the UI thread.

Exact frames from the frame server (PyAV), by frame index; each (recording, frame) is decoded
once and kept, under that key, so a picture can only ever stand for the frame it was made
of. A damaged frame gets the nearest earlier good picture; a frame that cannot be decoded at
all gets none (the others still arrive). Unlike
:class:`~vigeditor.ui.editor.frame_worker.FrameWorker`, which keeps only the newest request, every
asked-for thumbnail arrives.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

from vigeditor.errors import PLAIN_ERRORS
from vigeditor.media.frame_server import FrameServer
from vigeditor.ui.editor.frame_worker import picture_to_image
from vigeditor.ui.tasks import TaskRunner

THUMB_WIDTH = 160
Key = tuple[int, int]  # recording id, frame


def _decode(_progress: object, cancel: threading.Event, wanted: dict[Path, list[Key]],
            cache_dir: Path | None, width: int) -> list[tuple[Key, QImage]]:
    done: list[tuple[Key, QImage]] = []
    for path, keys in wanted.items():
        with FrameServer.open(path, cache_dir=cache_dir, cache_bytes=64 * 1024 * 1024) as server:
            size = server.size_for_width(width)
            for key in keys:
                if cancel.is_set():
                    return done
                try:
                    served = server.serve(key[1], size=size)
                except PLAIN_ERRORS:
                    continue  # no picture for this one; the list row shows its words
                done.append((key, picture_to_image(served.picture)))
    return done


class Thumbnails(QObject):
    """``request`` frames; ``ready`` says when new pictures are in :attr:`images`."""

    ready = Signal()

    def __init__(self, runner: TaskRunner, cache_dir: Path | None,
                 parent: QObject | None = None, width: int = THUMB_WIDTH) -> None:
        super().__init__(parent)
        self.runner, self.cache_dir, self.width = runner, cache_dir, width
        self.images: dict[Key, QImage] = {}
        self._asked: set[Key] = set()

    def image(self, recording_id: int, frame: int) -> QImage | None:
        return self.images.get((recording_id, frame))

    def request(self, wanted: list[tuple[Path, int, int]],
                on_failure: Callable[[str], object] | None = None) -> None:
        """Decode (path, recording id, frame) triples not decoded or asked for yet."""
        by_path: dict[Path, list[Key]] = {}
        for path, recording_id, frame in wanted:
            key = (recording_id, frame)
            if key not in self._asked:
                self._asked.add(key)
                by_path.setdefault(path, []).append(key)
        if by_path:
            self.runner.start(self.tr("Making thumbnails"), _decode, by_path, self.cache_dir,
                              self.width, on_success=self._arrived, on_failure=on_failure)

    def _arrived(self, pictures: list[tuple[Key, QImage]]) -> None:
        self.images.update(pictures)
        self.ready.emit()
