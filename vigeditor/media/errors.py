"""Errors a guider can meet while opening or reading a recording."""

from __future__ import annotations


class MediaError(Exception):
    """A recording could not be read. ``str(error)`` is a plain-language message."""

    def __init__(self, message: str, *, path: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path

    def __str__(self) -> str:
        return self.message
