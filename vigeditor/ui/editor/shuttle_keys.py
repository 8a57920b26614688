"""K held with L or J: one frame forward or back, as in Avid, Premiere and Final Cut.

J, K and L on their own are the main window's shortcuts (the keyboard map). This filter only
keeps track of whether K is held down (from its press to its release) and, while it is, takes
a press of L or J before the shortcuts see it and steps one exact frame instead of shuttling.
Keys typed into text fields are never taken, and neither are keys while a tagging key is
pending (there a letter names a principle item).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from vigeditor.ui.editor.playback import PlaybackController
from vigeditor.ui.editor.tag_keys import typing_into_text

#: the frames a key moves while K is held
_STEPS = {Qt.Key.Key_L: +1, Qt.Key.Key_J: -1}
_PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
_KEY_EVENTS = (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress, QEvent.Type.KeyRelease)


class ShuttleKeyFilter(QObject):
    """An application event filter active while ``window`` has a case open.

    ``busy()`` says when another key handler owns the letters (a tagging key pending).
    """

    def __init__(self, window: QWidget, playback: PlaybackController,
                 busy: Callable[[], bool] = lambda: False) -> None:
        super().__init__(window)
        self.window, self.playback, self.busy = window, playback, busy
        self.k_held = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.WindowDeactivate, QEvent.Type.ApplicationDeactivate):
            if watched is self.window or kind == QEvent.Type.ApplicationDeactivate:
                self.k_held = False  # its release may go to another program
            return False
        if kind not in _KEY_EVENTS or not isinstance(event, QKeyEvent):
            return False
        if event.key() == Qt.Key.Key_K:
            self._track_k(event)
            return False  # K itself still pauses, through its shortcut
        if not self.k_held or event.key() not in _STEPS or not self._ours(event):
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # keep the shuttle shortcut from taking this key
        elif kind == QEvent.Type.KeyPress and not event.isAutoRepeat():
            self.playback.step(_STEPS[Qt.Key(event.key())])
        return kind != QEvent.Type.KeyRelease

    def _track_k(self, event: QKeyEvent) -> None:
        """K is held from its first press (seen as an override or a press) to its release."""
        if event.isAutoRepeat():
            return
        if event.type() == QEvent.Type.KeyRelease:
            self.k_held = False
        elif self._ours(event):
            self.k_held = True

    def _ours(self, event: QKeyEvent) -> bool:
        focus = QApplication.focusWidget()
        if self.window.isHidden() or typing_into_text(focus) or self.busy():
            return False
        if focus is not None and focus.window() is not self.window:
            return False
        return event.modifiers() in _PLAIN
