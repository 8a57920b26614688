"""Start the desktop app."""

from __future__ import annotations

import sys
from pathlib import Path

from vigeditor import __version__


def run_app(argv: list[str], recording: Path | None = None) -> int:
    """Create the Qt application and the main window; returns the exit status."""
    from PySide6.QtWidgets import QApplication

    from vigeditor.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setApplicationName("vigeditor")
    app.setOrganizationName("vigeditor")
    app.setApplicationVersion(__version__)
    window = MainWindow()
    window.show()
    if recording is not None:
        window.open_recording(recording)
    return int(app.exec())
