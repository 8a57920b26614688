"""The main window as the flows see it.

The flows that the main window starts and that act on it (opening and creating cases in
``ui/start/case_flows``, shared reviews in ``ui/review/flows``, the Export menu in
``ui/exports/menu``) take a :class:`CaseWindow`, the main window's base class, so they never
import :mod:`vigeditor.ui.main_window`, which imports them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMainWindow

from vigeditor.project.settings import Settings
from vigeditor.ui.editor.editor_view import EditorView
from vigeditor.ui.session import CaseSession
from vigeditor.ui.tasks import TaskRunner


class CaseWindow(QMainWindow):
    """The window that shows one case at a time; :class:`~vigeditor.ui.main_window.MainWindow`
    is the one implementation.

    Attributes: ``settings`` (the app's settings, saved by the window), ``runner`` (its
    background tasks), ``session`` (the open case, or None on the start screen) and ``editor``
    (the editor of the open case, or None).
    """

    settings: Settings
    runner: TaskRunner
    session: CaseSession | None
    editor: EditorView | None

    def open_case(self, folder: Path) -> bool:
        """Open the case at ``folder`` (closing the open one); False, after a plain message,
        when it cannot be opened."""
        raise NotImplementedError

    def attach(self, session: CaseSession) -> None:
        """Show ``session`` (an opened case) in the editor."""
        raise NotImplementedError

    def close_case(self) -> None:
        """Close the open case, if any, and go back to the start screen."""
        raise NotImplementedError
