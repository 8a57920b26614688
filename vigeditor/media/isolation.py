"""Run untrusted decoding work in a child process with a timeout.

A decoder crash or hang on a hostile or damaged file then costs an error message, never the
app or the guider's data. The child is a fresh interpreter (``python -m
vigeditor.media.isolation``, or the frozen app with ``--vigeditor-isolated-child``); the job and
its result travel as pickles over stdin/stdout.
"""

from __future__ import annotations

import importlib
import logging
import pickle
import subprocess
import sys
import traceback
from collections.abc import Callable
from typing import Any, TypeVar

from vigeditor.i18n import _
from vigeditor.media.errors import MediaError

T = TypeVar("T")
CHILD_FLAG = "--vigeditor-isolated-child"
_log = logging.getLogger("vigeditor.media")


def child_command() -> list[str]:
    """The command line that starts an isolated child."""
    if getattr(sys, "frozen", False):
        return [sys.executable, CHILD_FLAG]
    return [sys.executable, "-m", "vigeditor.media.isolation"]


def run_isolated(func: Callable[..., T], *args: Any, timeout: float, label: str) -> T:
    """Call ``func(*args)`` in a child process; raise MediaError on error, crash or timeout."""
    job = pickle.dumps((func.__module__, func.__qualname__, args))
    try:
        completed = subprocess.run(child_command(), input=job, capture_output=True,
                                   timeout=timeout, check=False)
    except subprocess.TimeoutExpired as error:
        raise MediaError(_("Reading {name} took longer than {seconds:g} seconds and was "
                           "stopped. The file may be damaged.")
                         .format(name=label, seconds=timeout)) from error
    try:
        status, payload = pickle.loads(completed.stdout)
    except (pickle.UnpicklingError, EOFError, ValueError, TypeError, AttributeError):
        status, payload = "crash", completed.stderr.decode(errors="replace")
    if status == "ok":
        return payload  # type: ignore[no-any-return]
    if status == "media-error":
        raise MediaError(payload)
    _log.error("isolated read of %s failed (exit code %s)\n%s", label, completed.returncode,
               payload)
    raise MediaError(_("vigeditor's video reader stopped unexpectedly while reading {name}. "
                       "The file may be damaged.").format(name=label))


def child_main() -> int:
    """Entry point of the child: run one job from stdin, write its outcome to stdout."""
    out = sys.stdout.buffer
    try:
        module_name, qualname, args = pickle.loads(sys.stdin.buffer.read())
        func: Any = importlib.import_module(module_name)
        for part in qualname.split("."):
            func = getattr(func, part)
        outcome: tuple[str, Any] = ("ok", func(*args))
    except MediaError as error:
        outcome = ("media-error", error.message)
    except BaseException as error:  # reported to the parent as a crash, with details for the log
        outcome = ("crash", "".join(traceback.format_exception(error)))
    out.write(pickle.dumps(outcome))
    out.flush()
    return 0


if __name__ == "__main__":
    sys.exit(child_main())
