"""Background work with progress and cancel, so the UI thread never waits.

``TaskRunner.start(function, ...)`` runs ``function(progress, cancel, *args)`` on a thread pool;
``progress(done, total)`` may be called from the worker; ``cancel`` is a ``threading.Event``
the function checks. The returned ``Task`` reports ``progressed``, ``succeeded``, ``failed``
(plain message) and ``finished`` in the GUI thread. Tests use ``TaskRunner(synchronous=True)``,
which runs the work at once in the calling thread (the fake thread pool of Picard's tests).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from vigeditor.errors import PLAIN_ERRORS

_log = logging.getLogger("vigeditor.ui")
Progress = Callable[[int, int], None]
Work = Callable[..., Any]


class Task(QObject):
    """One piece of background work, seen from the GUI thread."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)
    finished = Signal()

    def __init__(self, label: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.label = label
        self.cancel_event = threading.Event()
        self.result: Any = None
        self.error: str | None = None
        self.done = False

    def cancel(self) -> None:
        self.cancel_event.set()

    def _run(self, work: Work, args: tuple[Any, ...]) -> None:
        try:
            self.result = work(self.progressed.emit, self.cancel_event, *args)
        except PLAIN_ERRORS as error:
            self.error = str(error)
        except Exception:
            _log.exception("background task %r failed", self.label)
            self.error = self.tr("{task} could not be finished. Details are in the log.") \
                .replace("{task}", self.label)
        self.done = True
        if self.error is None:
            self.succeeded.emit(self.result)
        else:
            self.failed.emit(self.error)
        self.finished.emit()


class _Runnable(QRunnable):
    def __init__(self, task: Task, work: Work, args: tuple[Any, ...]) -> None:
        super().__init__()
        self._task, self._work, self._args = task, work, args

    def run(self) -> None:
        self._task._run(self._work, self._args)


class TaskRunner(QObject):
    """Starts tasks on a thread pool (or inline when ``synchronous``)."""

    started = Signal(object)  # Task

    def __init__(self, parent: QObject | None = None, *, synchronous: bool = False) -> None:
        super().__init__(parent)
        self.synchronous = synchronous
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)
        self.tasks: list[Task] = []

    def start(self, label: str, work: Work, *args: Any,
              on_success: Callable[[Any], object] | None = None,
              on_failure: Callable[[str], object] | None = None,
              on_progress: Callable[[int, int], object] | None = None) -> Task:
        """Run ``work(progress, cancel, *args)``; the callbacks run in the GUI thread."""
        task = Task(label)  # no parent: it is signalled from a worker thread
        if on_progress is not None:
            task.progressed.connect(on_progress)
        if on_success is not None:
            task.succeeded.connect(on_success)
        if on_failure is not None:
            task.failed.connect(on_failure)
        self.tasks.append(task)
        task.finished.connect(lambda: self.tasks.remove(task) if task in self.tasks else None)
        self.started.emit(task)
        if self.synchronous:
            task._run(work, args)
        else:
            self._pool.start(_Runnable(task, work, args))
        return task

    def wait(self, milliseconds: int = -1) -> bool:
        """Wait for every running task (used on close and in tests)."""
        return self._pool.waitForDone(milliseconds)
