"""Placing things: a picture in a view (as large as fits, centred, keeping its proportions),
and a path field as wide as its path."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QLineEdit

PATH_ROOM = 24  # pixels beside the text's own width (frame and cursor)
PATH_WIDEST = 720  # pixels: a longer path scrolls in its field


def letterbox(width: int, height: int, aspect: float) -> QRect:
    """The rectangle of a picture with proportions ``aspect`` inside a width × height view."""
    if width / max(1, height) > aspect:
        fitted_w, fitted_h = max(1, round(height * aspect)), height
    else:
        fitted_w, fitted_h = width, max(1, round(width / aspect))
    return QRect((width - fitted_w) // 2, (height - fitted_h) // 2, fitted_w, fitted_h)


def fit_path_field(field: QLineEdit, text: str | None = None) -> None:
    """Make ``field`` at least as wide as ``text`` (its own text by default), up to
    :data:`PATH_WIDEST` pixels, so a folder or file path shows whole."""
    shown = field.text() if text is None else text
    field.setMinimumWidth(min(field.fontMetrics().horizontalAdvance(shown) + PATH_ROOM,
                              PATH_WIDEST))
