"""Where analysis jobs run: an isolated child process of their own, at a lower priority.

The sound and faces analyses take seconds to minutes. Run in the shared child
(:func:`vigeditor.media.isolation.run_isolated`) they would hold it, and importing or opening
another recording, which reads the file there, would wait for them. They run instead in
:data:`analysis_worker`, a second child like the background frame-table check's
(:mod:`vigeditor.media.checking`), with its scheduling priority lowered by
:data:`ANALYSIS_NICE`, so that stepping, playback and the app's own reading come first on a
busy laptop.
"""

from __future__ import annotations

import atexit
from collections.abc import Callable
from typing import Any, TypeVar

from vigeditor.media.isolation import IsolatedWorker

T = TypeVar("T")
ANALYSIS_NICE = 10  # POSIX nice steps (0 normal … 19 lowest); "below normal" on Windows

analysis_worker = IsolatedWorker(nice=ANALYSIS_NICE)
atexit.register(analysis_worker.stop)


def run_analysis(func: Callable[..., T], *args: Any, timeout: float, label: str,
                 progress: Callable[[float], None] | None = None,
                 should_stop: Callable[[], bool] | None = None) -> T:
    """Call ``func(*args)`` in the analysis child (see the module). ``timeout`` counts in
    seconds from the start or the last progress report. Raises MediaError when the job
    fails, crashes, hangs or is stopped (see :meth:`IsolatedWorker.call`)."""
    return analysis_worker.call(func, *args, timeout=timeout, label=label, progress=progress,
                                should_stop=should_stop)
