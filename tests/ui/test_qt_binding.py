"""Guard against a Qt binding that corrupts Python's reference counts.

PySide6 6.12.0 dropped a reference to ``None`` on every call of a C++ method returning void;
on Python 3.11 the app then aborts ("deallocating None") after a few thousand paints.
pyproject.toml excludes it; this test catches such a binding if one is ever installed.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QImage, QPainter


def test_void_qt_calls_keep_none_alive(qapp: object) -> None:
    holder = QObject()
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    before = sys.getrefcount(None)
    for _ in range(500):
        holder.setObjectName("x")
    painter = QPainter(image)
    for _ in range(500):
        painter.fillRect(0, 0, 2, 2, QColor(10, 20, 30))
    painter.end()
    assert sys.getrefcount(None) >= before - 10
