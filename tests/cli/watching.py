"""Watching what is created in a folder, every entry, with Linux's inotify (through ctypes):
a test can prove that nothing but ciphertext was ever written somewhere, however briefly,
which polling a folder's listing could miss."""

from __future__ import annotations

import ctypes
import os
import select
import struct
import sys
from pathlib import Path

IN_CREATE = 0x100
IN_MOVED_TO = 0x80
_HEADER = struct.Struct("iIII")  # struct inotify_event: wd, mask, cookie, len; then name

available = sys.platform.startswith("linux")


class Watch:
    """The names created in (or moved into) a folder since the watch began."""

    def __init__(self, folder: Path) -> None:
        self._libc = ctypes.CDLL(None, use_errno=True)
        self.fd = self._libc.inotify_init1(os.O_NONBLOCK | os.O_CLOEXEC)
        if self.fd < 0:
            raise OSError(ctypes.get_errno(), "inotify_init1")
        self.folder = folder
        self.names: list[str] = []
        if self._libc.inotify_add_watch(self.fd, os.fsencode(folder),
                                        IN_CREATE | IN_MOVED_TO) < 0:
            raise OSError(ctypes.get_errno(), "inotify_add_watch")

    def wait(self, timeout: float) -> list[str]:
        """Wait up to ``timeout`` seconds for news; all names created so far."""
        ready, _w, _x = select.select([self.fd], [], [], timeout)
        if ready:
            self._read()
        return self.names

    def _read(self) -> None:
        try:
            data = os.read(self.fd, 1 << 16)
        except BlockingIOError:
            return
        offset = 0
        while offset < len(data):
            _wd, _mask, _cookie, size = _HEADER.unpack_from(data, offset)
            raw = data[offset + _HEADER.size:offset + _HEADER.size + size]
            self.names.append(raw.rstrip(b"\0").decode())
            offset += _HEADER.size + size

    def close(self) -> None:
        self._read()
        os.close(self.fd)
