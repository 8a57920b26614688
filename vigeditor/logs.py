"""The app's log folder: details for support go here, never to the guider's screen.

Logging is never the thing that fails: a log folder that cannot be made or written (a file
in its place, no permission, a full disk) means records are dropped, silently.
"""

from __future__ import annotations

import logging
import os
from logging.handlers import RotatingFileHandler
from pathlib import Path


def log_dir() -> Path:
    """The platform's log folder for vigeditor (override with VIGEDITOR_LOG_DIR)."""
    override = os.environ.get("VIGEDITOR_LOG_DIR")
    if override:
        return Path(override)
    from platformdirs import user_log_dir

    return Path(user_log_dir("vigeditor", appauthor=False))


class _QuietHandler(RotatingFileHandler):
    """A rotating log file whose own failures (disk full, permissions) are dropped instead
    of printed as a traceback on the guider's screen."""

    def handleError(self, record: logging.LogRecord) -> None:
        return


def setup_logging() -> Path | None:
    """Send log records to ``vigeditor.log`` in the log folder; returns its path, or
    ``None`` when the folder cannot be used (then nothing is logged)."""
    root = logging.getLogger("vigeditor")
    for handler in root.handlers:
        if isinstance(handler, RotatingFileHandler):
            return Path(handler.baseFilename)
    try:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        handler = _QuietHandler(folder / "vigeditor.log", maxBytes=2_000_000,
                                backupCount=3, encoding="utf-8", delay=True)
        # find out now, not at the first record, whether the file can be written
        handler.stream = handler._open()
    except (OSError, ValueError):
        _no_log(root)
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return folder / "vigeditor.log"


def _no_log(root: logging.Logger) -> None:
    """No log folder: records go nowhere (not to the screen, through logging's fallback)."""
    if not any(isinstance(handler, logging.NullHandler) for handler in root.handlers):
        root.addHandler(logging.NullHandler())
