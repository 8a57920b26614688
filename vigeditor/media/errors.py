"""Errors a guider can meet while opening or reading a recording."""

from __future__ import annotations

from vigeditor.i18n import _


class MediaError(Exception):
    """A recording could not be read. ``str(error)`` is a plain-language message."""

    def __init__(self, message: str, *, path: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path

    def __str__(self) -> str:
        return self.message


class RenderCancelled(MediaError):
    """The guider stopped an export; nothing was written."""

    def __init__(self) -> None:
        super().__init__(_("The export was stopped. Nothing was written."))
