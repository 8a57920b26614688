"""A running shared review: the review player, the presentation and the presenter view.

The presentation goes full screen on the chosen screen (by default a second screen when
there is one, else the screen the guider's window is on). With a second screen the presenter
view opens on the guider's screen; with one screen it stays hidden. Esc (or End, or closing
either window) ends the review.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

from vigeditor.ui.review.presentation import PresentationWindow
from vigeditor.ui.review.presenter import PresenterView
from vigeditor.ui.review.review_player import ReviewPlayer
from vigeditor.ui.review.show import ShowItem


def default_screen(current: QScreen | None) -> QScreen | None:
    """A screen other than ``current`` when there is one (the TV), else ``current``."""
    screens = QGuiApplication.screens()
    here = current or QGuiApplication.primaryScreen()
    others = [screen for screen in screens if screen is not here]
    return others[0] if others else here


def screen_names() -> list[str]:
    """The screens as the guider can tell them apart: name and size."""
    return [f"{index + 1}: {screen.name() or screen.model()} ({screen.geometry().width()}×"
            f"{screen.geometry().height()})"
            for index, screen in enumerate(QGuiApplication.screens())]


class ReviewMode(QObject):
    """Runs one shared review from start to end."""

    finished = Signal()

    def __init__(self, items: list[ShowItem], *, player_preference: str = "qt",
                 cache_dir: Path | None = None, parent: QObject | None = None,
                 audio: bool = True) -> None:
        super().__init__(parent)
        self.review = ReviewPlayer(player_preference, self, cache_dir=cache_dir, audio=audio)
        self.presentation = PresentationWindow(self.review)
        self.presenter = PresenterView(self.review)
        self.screen: QScreen | None = None
        self._ended = False
        self.review.end_requested.connect(self.end)
        self.presentation.closed.connect(self.end)
        self.presenter.closed.connect(self.end)
        self.review.set_items(items)

    @property
    def uses_presenter_view(self) -> bool:
        return self.presenter.isVisible()

    def start(self, screen: QScreen | None = None, guider_window: QWidget | None = None) -> None:
        """Show the presentation on ``screen`` (default: see :func:`default_screen`)."""
        current = guider_window.screen() if guider_window is not None else None
        self.screen = screen or default_screen(current)
        self.presentation.present_on(self.screen)
        guider_screen = current or QGuiApplication.primaryScreen()
        if guider_screen is not None and guider_screen is not self.screen:
            self.presenter.setScreen(guider_screen)
            self.presenter.setGeometry(guider_screen.availableGeometry())
            self.presenter.showMaximized()
        self.presenter.start_clock()

    def end(self) -> None:
        if self._ended:
            return
        self._ended = True
        self.review.shutdown()
        for window in (self.presentation, self.presenter):
            window.blockSignals(True)
            window.close()
            window.deleteLater()
        self.finished.emit()
