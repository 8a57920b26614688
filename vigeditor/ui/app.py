"""Start the desktop app."""

from __future__ import annotations

import sys
from pathlib import Path

from vigeditor import __version__


def make_application(argv: list[str]) -> object:
    """The QApplication (created once), named for settings and the desktop."""
    from PySide6.QtCore import QLoggingCategory
    from PySide6.QtWidgets import QApplication

    # Qt Multimedia's FFmpeg backend describes every file it opens; that is for developers
    QLoggingCategory.setFilterRules("qt.multimedia.*.info=false\nqt.multimedia.*.debug=false\n"
                                    "qt.multimedia.ffmpeg*=false")
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setApplicationName("vigeditor")
    app.setOrganizationName("vigeditor")
    app.setApplicationVersion(__version__)
    app.setApplicationDisplayName("vigeditor")
    return app


def settle_leftovers(workspace: Path | None = None) -> None:
    """Settle what a crash left half-done in the cases of the workspace that are not open
    elsewhere (project/settling.py: unfinished exports' temporary and plain build files);
    it never stops the app from starting."""
    import logging

    from vigeditor.project.settling import settle_workspace

    try:
        settle_workspace(workspace)
    except Exception:  # a start that fails here would leave the guider without the app
        logging.getLogger("vigeditor.ui").exception("settling the workspace's leftovers")


def run_app(argv: list[str], case: Path | None = None) -> int:
    """Show the main window (on ``case`` if given) and run until it is closed."""
    from vigeditor.media.isolation import prewarm
    from vigeditor.project.settings import load_settings
    from vigeditor.ui.language import choose_language, install_language
    from vigeditor.ui.main_window import MainWindow
    from vigeditor.ui.places_warning import confirm_place

    prewarm()  # start the probing child now, so opening the first film does not wait for it
    app = make_application(argv)
    install_language(choose_language(load_settings().language))
    settle_leftovers()
    window = MainWindow()
    window.show()
    # a case folder a cloud client synchronises is warned about first, as from the start
    # screen; "Choose another place…" leaves the guider on the start screen
    if case is not None and confirm_place(window, Path(case), window.settings) \
            and not window.open_case(case):
        return 2
    return int(app.exec())  # type: ignore[attr-defined]
