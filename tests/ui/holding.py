"""Long media work held "in progress" for as long as a test needs, without sleeping on time.

:class:`HeldReading` is a table opener and :class:`HeldCheck` a verifier: both do the real
work on the real file, but the first time they work on ``path`` they hold still — after the
first progress report of a table built by decoding, or before a full check begins — until the
work is told to stop (or ``GATE_TIMEOUT`` passes, so a failing test cannot hang). What the
work's ``should_stop`` answered is recorded, so a test sees the stop itself.

:func:`reporting_children` starts the media layer's child processes the way the packaged app
does (importing :mod:`vigeditor.media.isolation`, then calling its ``child_main``). Started
with ``python -m vigeditor.media.isolation``, as in a source checkout, the child runs that
module as ``__main__`` and sets its answer stream there, so the jobs' ``report_progress`` (the
imported module's) stays silent and no progress ever reaches the parent.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.ui.damage import GATE_TIMEOUT
from vigeditor.media import checking, isolation
from vigeditor.media.checking import verify_recording
from vigeditor.media.errors import MediaError
from vigeditor.media.frame_table import FrameTable
from vigeditor.media.info import MediaInfo
from vigeditor.media.probe import open_recording

Progress = Callable[[float], None] | None
StopCheck = Callable[[], bool] | None
CHILD_CODE = ("import sys; from vigeditor.media.isolation import child_main; "
              "sys.exit(child_main())")


@pytest.fixture
def reporting_children(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Child processes whose jobs' progress reaches the parent (see the module docstring)."""
    monkeypatch.setattr(isolation, "child_command", lambda: [sys.executable, "-c", CHILD_CODE])
    workers = (isolation.shared_worker(), checking._background)
    for worker in workers:
        worker.stop()  # the next job starts a child by the command above
    yield
    for worker in workers:
        worker.stop()


class _Held:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.arrived = threading.Event()  # the work is in progress and held
        self.stopped = threading.Event()  # its should_stop said "stop"
        self.errors: list[str] = []

    def _hold(self, should_stop: StopCheck) -> None:
        """Wait until the work is told to stop (checked as often as the media layer does)."""
        self.arrived.set()
        deadline = time.monotonic() + GATE_TIMEOUT
        while not (should_stop is not None and should_stop()) and time.monotonic() < deadline:
            time.sleep(0.02)

    def _observed(self, should_stop: StopCheck) -> Callable[[], bool]:
        def stop() -> bool:
            answer = should_stop is not None and should_stop()
            if answer:
                self.stopped.set()
            return answer
        return stop

    def _first(self, path: str | Path) -> bool:
        return Path(path) == self.path and not self.arrived.is_set()


class HeldReading(_Held):
    """Opens recordings with :func:`open_recording`, holding ``path``'s first build."""

    def __call__(self, path: Path, *, cache_dir: Path | None = None, progress: Progress = None,
                 should_stop: StopCheck = None) -> tuple[MediaInfo, FrameTable]:
        if not self._first(path):
            return open_recording(path, cache_dir=cache_dir, progress=progress,
                                  should_stop=should_stop)

        def held(share: float) -> None:
            if progress is not None:
                progress(share)  # the guider sees this report…
            if not self.arrived.is_set():
                self._hold(should_stop)  # …and the decoding goes on only when stopped

        try:
            return open_recording(path, cache_dir=cache_dir, progress=held,
                                  should_stop=self._observed(should_stop))
        except MediaError as error:
            self.errors.append(str(error))
            raise


class HeldCheck(_Held):
    """Confirms tables with :func:`verify_recording`, holding ``path``'s first check."""

    def __call__(self, path: Path, *, cache_dir: Path | None = None, progress: Progress = None,
                 should_stop: StopCheck = None) -> tuple[MediaInfo, FrameTable]:
        if self._first(path):
            self._hold(should_stop)
            self._observed(should_stop)()  # records the stop that ended the hold
        try:
            return verify_recording(path, cache_dir=cache_dir, progress=progress,
                                    should_stop=self._observed(should_stop))
        except MediaError as error:
            self.errors.append(str(error))
            raise
