"""Confirming a recording's fast frame table in the background.

A table read from the container's packets is right only if the decoder agrees; the media
layer's :func:`~vigeditor.media.checking.verify_recording` decodes the whole recording once in
a child process of its own to find out (and caches what it finds). :class:`TableCheck` runs it
on a thread of its own — the thread only waits on the child, so it costs the UI nothing — for
one recording at a time: starting another check or :meth:`TableCheck.cancel` stops the one
running, and nothing a stopped check says afterwards is passed on.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QObject, Signal, Slot

from vigeditor.errors import PLAIN_ERRORS
from vigeditor.media.checking import verify_recording
from vigeditor.media.frame_table import FrameTable
from vigeditor.media.info import MediaInfo

_log = logging.getLogger("vigeditor.ui")
STOP_WAIT_SECONDS = 10.0  # how long closing waits for a stopped check's thread at most


class Verifier(Protocol):
    """Confirms a table by a full decode (as :func:`verify_recording`)."""

    def __call__(self, path: Path, *, cache_dir: Path | None = None,
                 progress: Callable[[float], None] | None = None,
                 should_stop: Callable[[], bool] | None = None,
                 ) -> tuple[MediaInfo, FrameTable]: ...


@dataclass(eq=False)
class _Job:
    key: object  # what the caller checks (e.g. a recording id)
    path: Path
    cache_dir: Path | None
    stop: threading.Event = field(default_factory=threading.Event)


class TableCheck(QObject):
    """Runs one confirmation at a time; its signals speak only of the check started last."""

    progressed = Signal(object, float)  # key, share done (0…1)
    confirmed = Signal(object, object, object)  # key, MediaInfo, FrameTable
    failed = Signal(object, str)  # key, plain message
    _report = Signal(object, str, object)  # from the check's thread: job, what, payload

    def __init__(self, parent: QObject | None = None, *,
                 verify: Verifier | None = None) -> None:
        super().__init__(parent)
        self._verify: Verifier = verify or verify_recording
        self._job: _Job | None = None
        self._threads: list[threading.Thread] = []
        self._report.connect(self._on_report)

    @property
    def key(self) -> object | None:
        """What the running check is for (None when none runs)."""
        return self._job.key if self._job is not None else None

    def start(self, key: object, path: str | Path, cache_dir: str | Path | None) -> None:
        """Confirm the table of ``path`` (cached in ``cache_dir``), stopping any other check."""
        self.cancel()
        job = _Job(key, Path(path), Path(cache_dir) if cache_dir else None)
        self._job = job
        thread = threading.Thread(target=self._run, args=(job,), daemon=True,
                                  name=f"table-check-{job.path.name}")
        self._threads = [alive for alive in self._threads if alive.is_alive()] + [thread]
        thread.start()

    def cancel(self) -> None:
        """Stop the running check (its child process is stopped within moments)."""
        if self._job is not None:
            self._job.stop.set()
            self._job = None

    def stop(self, wait_seconds: float = STOP_WAIT_SECONDS) -> None:
        """Cancel, then wait (briefly) for the threads to end, e.g. when the case closes."""
        self.cancel()
        for thread in self._threads:
            thread.join(wait_seconds)
        self._threads = []

    def _run(self, job: _Job) -> None:
        """On the check's own thread."""
        try:
            result: Any = self._verify(
                job.path, cache_dir=job.cache_dir,
                progress=lambda share: self._report.emit(job, "progress", float(share)),
                should_stop=job.stop.is_set)
        except PLAIN_ERRORS as error:
            self._report.emit(job, "failed", str(error))
        except Exception:  # a check is a bonus: it must never take the app down
            _log.exception("the full check of %s failed", job.path.name)
            self._report.emit(job, "failed", self.tr("The full check could not be finished."))
        else:
            self._report.emit(job, "done", result)

    @Slot(object, str, object)
    def _on_report(self, job: _Job, what: str, payload: Any) -> None:
        if job is not self._job or job.stop.is_set():
            return  # a check stopped or replaced since
        if what == "progress":
            self.progressed.emit(job.key, payload)
            return
        self._job = None
        if what == "done":
            self.confirmed.emit(job.key, *payload)
        else:
            self.failed.emit(job.key, payload)


__all__ = ["TableCheck", "Verifier"]
