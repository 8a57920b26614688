"""The app's log folder: details for support go here, never to the guider's screen."""

from __future__ import annotations

import logging
import os
from logging.handlers import RotatingFileHandler
from pathlib import Path


def log_dir() -> Path:
    """The platform's log folder for vigeditor (override with VIGEDITOR_LOG_DIR)."""
    from platformdirs import user_log_dir

    override = os.environ.get("VIGEDITOR_LOG_DIR")
    return Path(override) if override else Path(user_log_dir("vigeditor", appauthor=False))


def setup_logging() -> Path | None:
    """Send log records to ``vigeditor.log`` in the log folder; returns its path."""
    root = logging.getLogger("vigeditor")
    if any(isinstance(handler, RotatingFileHandler) for handler in root.handlers):
        return Path(root.handlers[0].baseFilename)  # type: ignore[attr-defined]
    try:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(folder / "vigeditor.log", maxBytes=2_000_000,
                                      backupCount=3, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return folder / "vigeditor.log"
