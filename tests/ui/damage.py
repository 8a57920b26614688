"""Real trouble for the frame server, made without touching the media code.

:func:`damaged_table` gives a frame table that claims a frame the decoder never outputs (as a
corrupt packet does), so a real :class:`FrameServer` on the real file cannot produce it.
:class:`Gate` and :func:`gated_opener` make a real frame server that answers only when the
test lets it: a frame request stays "in flight" exactly as long as the test wants, without
sleeping.
"""

from __future__ import annotations

import dataclasses
import threading
from pathlib import Path

import numpy as np

from vigeditor.media.frame_server import FrameServer, ServedFrame
from vigeditor.media.frame_table import FrameTable
from vigeditor.media.probe import open_recording
from vigeditor.ui.editor.frame_worker import Progress, ServerOpener, StopCheck

Opener = ServerOpener
GATE_TIMEOUT = 60.0  # seconds a held request waits at most (a failing test must not hang)


def damaged_table(table: FrameTable, index: int) -> FrameTable:
    """``table`` with frame ``index`` identified by a value no decoded picture carries."""
    tags = getattr(table, "tags", None)
    if tags is not None:  # tables that match pictures by packet position or serial
        changed = np.array(tags, copy=True)
        changed[index] = int(changed.max()) + 1_000_003
        return dataclasses.replace(table, tags=changed)
    pts = np.array(table.pts, copy=True)
    pts[index] += 1
    assert index + 1 == len(pts) or pts[index] < pts[index + 1], "no room to shift this pts"
    return dataclasses.replace(table, pts=pts)


def open_damaged(path: Path, cache_dir: Path | None, index: int) -> FrameServer:
    """A real frame server on ``path`` whose frame ``index`` cannot be decoded."""
    info, table = open_recording(path, cache_dir=cache_dir)
    return FrameServer(info, damaged_table(table, index), cache_bytes=64 * 1024 * 1024)


def damaged_opener(index: int) -> Opener:
    """A FrameWorker opener giving servers whose frame ``index`` is damaged."""
    def opener(path: Path, cache_dir: Path | None, _progress: Progress,
               _should_stop: StopCheck) -> FrameServer:
        return open_damaged(path, cache_dir, index)
    return opener


class Gate:
    """Holds frame requests inside the worker until the test lets them through.

    While closed, every request waits, except those for a recording :meth:`release`d since;
    :attr:`arrivals` counts the requests that came to the closed gate.
    """

    def __init__(self) -> None:
        self._changed = threading.Condition()
        self._closed = False
        self._released: set[str] = set()
        self.arrivals = 0

    def close(self) -> None:
        with self._changed:
            self._closed, self._released, self.arrivals = True, set(), 0

    def open(self) -> None:
        with self._changed:
            self._closed = False
            self._changed.notify_all()

    def release(self, path: Path) -> None:
        """Let requests for ``path`` through from now on (others still wait)."""
        with self._changed:
            self._released.add(str(path))
            self._changed.notify_all()

    def pass_through(self, path: Path) -> None:
        with self._changed:
            if not self._closed or str(path) in self._released:
                return
            self.arrivals += 1
            self._changed.wait_for(lambda: not self._closed or str(path) in self._released,
                                   GATE_TIMEOUT)


class GatedServer(FrameServer):
    """A real frame server on ``path`` whose every answer waits at ``gate``."""

    def __init__(self, path: Path, gate: Gate, cache_dir: Path | None) -> None:
        info, table = open_recording(path, cache_dir=cache_dir)
        super().__init__(info, table, cache_bytes=64 * 1024 * 1024)
        self.path, self.gate = path, gate

    def serve(self, index: int, size: tuple[int, int] | None = None) -> ServedFrame:
        self.gate.pass_through(self.path)
        return super().serve(index, size)

    def thumbnails(self, count: int, width: int) -> list[tuple[int, np.ndarray]]:
        self.gate.pass_through(self.path)
        return super().thumbnails(count, width)


def gated_opener(gate: Gate) -> Opener:
    """A FrameWorker opener giving real servers that answer through ``gate``."""
    def opener(path: Path, cache_dir: Path | None, _progress: Progress,
               _should_stop: StopCheck) -> FrameServer:
        return GatedServer(path, gate, cache_dir)
    return opener
