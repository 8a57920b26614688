"""Placing a picture in a view: as large as fits, centred, keeping its proportions."""

from __future__ import annotations

from PySide6.QtCore import QRect


def letterbox(width: int, height: int, aspect: float) -> QRect:
    """The rectangle of a picture with proportions ``aspect`` inside a width × height view."""
    if width / max(1, height) > aspect:
        fitted_w, fitted_h = max(1, round(height * aspect)), height
    else:
        fitted_w, fitted_h = width, max(1, round(width / aspect))
    return QRect((width - fitted_w) // 2, (height - fitted_h) // 2, fitted_w, fitted_h)
