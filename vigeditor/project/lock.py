"""An OS lock on a case folder, so two vigeditor instances never write one case at once.

The lock is an open file holding an exclusive ``flock`` (POSIX) or ``msvcrt`` byte lock
(Windows). The operating system drops it when the holder exits for any reason, so a lock
left by a crash never blocks the guider.
"""

from __future__ import annotations

import json
import os
import socket
import sys
from contextlib import suppress
from pathlib import Path
from typing import IO

from vigeditor.errors import explain_os_error
from vigeditor.i18n import _
from vigeditor.project.errors import CaseError, CaseLockedError

LOCK_NAME = "case.lock"


class CaseLock:
    """An exclusive lock on one case folder; :meth:`acquire` raises CaseLockedError if taken."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / LOCK_NAME
        self._handle: IO[str] | None = None

    @property
    def held(self) -> bool:
        return self._handle is not None

    def acquire(self) -> None:
        try:
            handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 (held open)
        except OSError as error:
            raise CaseError(_("The case {name} cannot be opened for writing: {reason}.")
                            .format(name=self.path.parent.name,
                                    reason=error.strerror or error)) from error
        if not _try_lock(handle):
            holder = _read_holder(handle)
            handle.close()
            raise CaseLockedError(_locked_message(self.path.parent.name, holder))
        try:
            handle.seek(0)
            handle.truncate()
            handle.write(json.dumps({"pid": os.getpid(), "host": socket.gethostname()}))
            handle.flush()
        except OSError as error:
            with suppress(OSError):
                _unlock(handle)
            with suppress(OSError):
                handle.close()
            raise CaseError(explain_os_error(error, self.path.parent) or _(
                "The case {name} cannot be opened for writing: {reason}.").format(
                name=self.path.parent.name, reason=error.strerror or error)) from error
        self._handle = handle

    def release(self) -> None:
        if self._handle is None:
            return
        handle, self._handle = self._handle, None
        try:
            handle.seek(0)
            handle.truncate()
            _unlock(handle)
        finally:
            handle.close()


def _locked_message(name: str, holder: dict[str, object]) -> str:
    if holder.get("pid"):
        return _("The case {name} is already open in another vigeditor window or program "
                 "(process {pid} on {host}). Close it there first.").format(
            name=name, pid=holder["pid"], host=holder.get("host", "this computer"))
    return _("The case {name} is already open in another vigeditor window or program. "
             "Close it there first.").format(name=name)


def _read_holder(handle: IO[str]) -> dict[str, object]:
    try:
        handle.seek(0)
        data = json.loads(handle.read() or "{}")
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds
    import msvcrt

    def _try_lock(handle: IO[str]) -> bool:
        handle.seek(0)
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(handle: IO[str]) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
