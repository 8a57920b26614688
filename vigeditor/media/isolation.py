"""Run untrusted decoding work in a child process with a timeout.

A decoder crash or hang on a hostile or damaged file then costs an error message, never the
app or the guider's data. One child interpreter (``python -m vigeditor.media.isolation``, or
the frozen app with ``--vigeditor-isolated-child``) is started on first use, or ahead of time
with :func:`prewarm`, and serves one job after another: starting Python with PyAV and NumPy
costs far more than reading a frame table, so it is paid once. A child that crashes or runs
past its timeout is killed, and the next job starts a fresh one. Jobs and results travel as
length-prefixed pickles over the child's stdin/stdout.
"""

from __future__ import annotations

import atexit
import contextlib
import importlib
import logging
import os
import pickle
import queue
import signal
import struct
import subprocess
import sys
import threading
import time
import traceback
from collections.abc import Callable
from typing import IO, Any, TypeVar

from vigeditor.i18n import _, current_language, document_language
from vigeditor.media.errors import MediaError

T = TypeVar("T")
CHILD_FLAG = "--vigeditor-isolated-child"
PARENT_ENV = "VIGEDITOR_ISOLATION_PARENT"  # the parent's process id, for the child to watch
NICE_ENV = "VIGEDITOR_ISOLATION_NICE"  # how much lower the child's scheduling priority is
_PR_SET_PDEATHSIG = 1
_HEADER = struct.Struct(">Q")
_log = logging.getLogger("vigeditor.media")


def child_command() -> list[str]:
    """The command line that starts an isolated child."""
    if getattr(sys, "frozen", False):
        return [sys.executable, CHILD_FLAG]
    return [sys.executable, "-m", "vigeditor.media.isolation"]


def _write_message(stream: IO[bytes], payload: object) -> None:
    data = pickle.dumps(payload, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(_HEADER.pack(len(data)) + data)
    stream.flush()


def _read_message(stream: IO[bytes]) -> Any:
    """One message, or raises EOFError when the other side has gone."""
    header = stream.read(_HEADER.size)
    if len(header) < _HEADER.size:
        raise EOFError
    size = _HEADER.unpack(header)[0]
    data = stream.read(size)
    if len(data) < size:
        raise EOFError
    return pickle.loads(data)


class _Child:
    """One running child process and a thread that reads its answers."""

    def __init__(self, nice: int = 0) -> None:
        environment = {**os.environ, PARENT_ENV: str(os.getpid()), NICE_ENV: str(nice)}
        self.process = subprocess.Popen(child_command(), stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                        env=environment)
        self.answers: queue.Queue[tuple[str, Any]] = queue.Queue()
        self._reader = threading.Thread(target=self._read, name="isolated-reader", daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        try:
            while True:
                self.answers.put(_read_message(self.process.stdout))
        except (EOFError, OSError, pickle.UnpicklingError, ValueError, AttributeError):
            self.answers.put(("gone", None))

    @property
    def alive(self) -> bool:
        return self.process.poll() is None

    def send(self, job: tuple[str, str, tuple[Any, ...]]) -> None:
        assert self.process.stdin is not None
        _write_message(self.process.stdin, job)

    def stop(self) -> str:
        """Kill the child; returns what it wrote on stderr (for the log)."""
        if self.alive:
            self.process.kill()
        try:
            _out, err = self.process.communicate(timeout=5)
        except (subprocess.TimeoutExpired, ValueError, OSError):
            err = b""
        return (err or b"").decode(errors="replace")[-4000:]


class IsolatedWorker:
    """A reusable child process that runs jobs one at a time, each with a timeout.

    ``nice`` (0–19) lowers the child's scheduling priority by that much (POSIX nice; on
    Windows any value above 0 means "below normal"), for long background work that must
    leave the computer to the guider: playback and stepping come first."""

    def __init__(self, *, nice: int = 0) -> None:
        self._nice = nice
        self._child: _Child | None = None
        self._lock = threading.Lock()

    @property
    def pid(self) -> int | None:
        return self._child.process.pid if self._child is not None else None

    def start(self) -> None:
        """Start the child now (e.g. while the app opens), so the first job need not wait."""
        with self._lock:
            self._ensure()

    def _ensure(self) -> _Child:
        if self._child is None or not self._child.alive:
            self._child = _Child(self._nice)
        return self._child

    def call(self, func: Callable[..., T], *args: Any, timeout: float, label: str,
             progress: Callable[[float], None] | None = None,
             should_stop: Callable[[], bool] | None = None) -> T:
        """Call ``func(*args)`` in the child; MediaError on error, crash or timeout.

        ``timeout`` (seconds) counts from the job's start or its last progress report (see
        :func:`report_progress`), which goes to ``progress``; when ``should_stop`` returns
        True the child is stopped and MediaError says so."""
        with self._lock:
            child = self._ensure()
            try:
                child.send((func.__module__, func.__qualname__, args, current_language()))
                status, payload = self._answer(child, timeout, progress, should_stop)
            except _Stopped:
                self._discard(label, "stopped")
                raise MediaError(_("Reading {name} was stopped.").format(name=label)) from None
            except queue.Empty:
                self._discard(label, "timeout")
                raise MediaError(_("Reading {name} took longer than {seconds:g} seconds and "
                                   "was stopped. The file may be damaged.")
                                 .format(name=label, seconds=timeout)) from None
            except OSError:
                status, payload = "gone", None
            if status == "gone":
                payload = self._discard(label, "crash")
        if status == "ok":
            return payload  # type: ignore[no-any-return]
        if status == "media-error":
            raise MediaError(payload)
        _log.error("isolated read of %s failed\n%s", label, payload)
        raise MediaError(_("vigeditor's video reader stopped unexpectedly while reading {name}. "
                           "The file may be damaged.").format(name=label))

    @staticmethod
    def _answer(child: _Child, timeout: float, progress: Callable[[float], None] | None,
                should_stop: Callable[[], bool] | None) -> tuple[str, Any]:
        """The job's answer, passing on progress reports while it works."""
        deadline = time.monotonic() + timeout
        while True:
            wait = min(0.2, max(0.0, deadline - time.monotonic()))
            try:
                status, payload = child.answers.get(timeout=wait)
            except queue.Empty:
                if should_stop is not None and should_stop():
                    raise _Stopped from None
                if time.monotonic() >= deadline:
                    raise
                continue
            if status != "progress":
                return status, payload
            deadline = time.monotonic() + timeout
            if progress is not None:
                progress(float(payload))
            if should_stop is not None and should_stop():
                raise _Stopped

    def _discard(self, label: str, why: str) -> str:
        details = self._child.stop() if self._child is not None else ""
        self._child = None
        _log.warning("isolated child stopped (%s) while reading %s", why, label)
        return details

    def stop(self) -> None:
        with self._lock:
            if self._child is not None:
                self._child.stop()
                self._child = None


class _Stopped(Exception):
    """The caller asked a running job to stop."""


_answers_out: IO[bytes] | None = None  # in the child: where answers and reports go


def report_progress(fraction: float) -> None:
    """From a job running in the child: tell the parent how far it is (0…1). Outside a
    child this does nothing."""
    if _answers_out is not None:
        _write_message(_answers_out, ("progress", float(fraction)))


_worker = IsolatedWorker()
atexit.register(_worker.stop)


def prewarm() -> None:
    """Start the shared child in the background (returns at once)."""
    threading.Thread(target=_worker.start, name="isolated-prewarm", daemon=True).start()


def shared_worker() -> IsolatedWorker:
    return _worker


def run_isolated(func: Callable[..., T], *args: Any, timeout: float, label: str,
                 progress: Callable[[float], None] | None = None,
                 should_stop: Callable[[], bool] | None = None) -> T:
    """Call ``func(*args)`` in the shared child process (see :class:`IsolatedWorker`)."""
    return _worker.call(func, *args, timeout=timeout, label=label, progress=progress,
                        should_stop=should_stop)


def _run_job(job: tuple[str, str, tuple[Any, ...], str]) -> tuple[str, Any]:
    """Run one job in the child, its messages in the caller's language (a worker lives on
    while a caller may change language: screenshots, tests)."""
    module_name, qualname, args, language = job
    try:
        func: Any = importlib.import_module(module_name)
        for part in qualname.split("."):
            func = getattr(func, part)
        with document_language(language):
            return "ok", func(*args)
    except MediaError as error:
        return "media-error", error.message
    except Exception as error:  # reported to the parent as a crash, with details for the log
        return "crash", "".join(traceback.format_exception(error))


def die_with_parent(parent: int | None = None) -> None:
    """In the child: end this process when its parent ends, however the parent ends (a
    crash, a kill), even in the middle of a job. On Linux the kernel kills the child
    (``PR_SET_PDEATHSIG``); everywhere a watchdog thread also checks the parent."""
    if parent is None:
        try:
            parent = int(os.environ.get(PARENT_ENV, ""))
        except ValueError:
            parent = os.getppid()
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0)
        except (OSError, AttributeError):
            _log.warning("cannot ask to end with the parent process", exc_info=True)
    if not _parent_alive(parent):  # it ended before the request above was made
        os._exit(1)
    threading.Thread(target=_watch_parent, args=(parent,), name="isolated-watchdog",
                     daemon=True).start()


def _parent_alive(parent: int) -> bool:
    if sys.platform == "win32":
        return True  # _watch_parent waits on the parent's handle
    return os.getppid() == parent


def _watch_parent(parent: int) -> None:
    if sys.platform == "win32":
        import ctypes

        synchronize, infinite = 0x00100000, 0xFFFFFFFF
        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(synchronize, False, parent)
        if handle:
            kernel32.WaitForSingleObject(handle, infinite)
        os._exit(1)
    while _parent_alive(parent):
        time.sleep(0.5)
    os._exit(1)


def lower_priority(steps: int) -> None:
    """In the child: lower this process's scheduling priority by ``steps`` (nothing for 0)."""
    if steps <= 0:
        return
    if sys.platform == "win32":
        import ctypes

        below_normal = 0x4000  # BELOW_NORMAL_PRIORITY_CLASS
        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        kernel32.SetPriorityClass(kernel32.GetCurrentProcess(), below_normal)
        return
    with contextlib.suppress(OSError):
        os.nice(steps)


def child_main() -> int:
    """Entry point of the child: serve jobs from stdin until the parent closes it."""
    global _answers_out
    from vigeditor.media.limits import bound_memory

    bound_memory()  # a hostile file's declared size cannot take the computer's memory
    die_with_parent()
    lower_priority(int(os.environ.get(NICE_ENV) or 0))
    jobs, answers = sys.stdin.buffer, sys.stdout.buffer
    _answers_out = answers
    sys.stdout = sys.stderr  # stray prints from libraries must not corrupt the answers
    import av  # noqa: F401  (load PyAV and NumPy before the first job)
    import numpy  # noqa: F401

    while True:
        try:
            job = _read_message(jobs)
        except EOFError:
            return 0
        _write_message(answers, _run_job(job))


if __name__ == "__main__":
    # run the imported module's copy, not this ``__main__`` one: jobs report progress through
    # ``vigeditor.media.isolation`` and must find the answer stream set there
    from vigeditor.media import isolation

    sys.exit(isolation.child_main())
