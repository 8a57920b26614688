"""Keys and mouse of the shared review, the same on the presentation and the presenter view.

Presentation clickers send Page Up/Down (some also send the media keys), so they work like
the keyboard whichever of the two windows has the focus. The table is also shown in
Help → Keyboard shortcuts (``vigeditor.ui.shortcuts``).

============================  =========================================
Keys                          Command
============================  =========================================
Space, K, media play          play or pause
←  /  →                       one frame back / forward (pauses)
R                             play the clip again from its in frame
S                             slow motion: 1× → ½× → ¼× → 1× (silent when slowed)
C                             captions on or off
Page Down, ↓, N, Ctrl+→       next item
Page Up, ↑, P, Ctrl+←         previous item
H                             hand over to the parent
Ctrl+Shift+H                  the guider takes back control
Esc                           end the shared review
============================  =========================================
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

_K = Qt.Key
_CTRL = Qt.KeyboardModifier.ControlModifier
_SHIFT = Qt.KeyboardModifier.ShiftModifier
_PLAIN: dict[Qt.Key, str] = {
    _K.Key_Space: "toggle_play", _K.Key_K: "toggle_play",
    _K.Key_MediaTogglePlayPause: "toggle_play", _K.Key_MediaPlay: "toggle_play",
    _K.Key_MediaPause: "toggle_play",
    _K.Key_Left: "step_back", _K.Key_Right: "step_forward",
    _K.Key_R: "replay", _K.Key_S: "slow_motion", _K.Key_C: "toggle_captions",
    _K.Key_PageDown: "next_item", _K.Key_Down: "next_item", _K.Key_N: "next_item",
    _K.Key_MediaNext: "next_item",
    _K.Key_PageUp: "previous_item", _K.Key_Up: "previous_item", _K.Key_P: "previous_item",
    _K.Key_MediaPrevious: "previous_item",
    _K.Key_H: "hand_over", _K.Key_Escape: "end",
}
_WITH_CTRL: dict[Qt.Key, str] = {_K.Key_Right: "next_item", _K.Key_Left: "previous_item"}
_WITH_CTRL_SHIFT: dict[Qt.Key, str] = {_K.Key_H: "take_back"}


def command_for(event: QKeyEvent) -> str | None:
    """The review command of a key press, or None for keys the review leaves alone."""
    key = Qt.Key(event.key())
    modifiers = event.modifiers() & (_CTRL | _SHIFT | Qt.KeyboardModifier.AltModifier)
    if modifiers == (_CTRL | _SHIFT):
        return _WITH_CTRL_SHIFT.get(key)
    if modifiers == _CTRL:
        return _WITH_CTRL.get(key)
    if modifiers in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier):
        return _PLAIN.get(key)
    return None


class ReviewInput(QObject):
    """An event filter: review keys become commands; mouse activity calls ``on_activity``.

    Installed on a window and every widget in it, so a focused button never swallows Space
    or an arrow key. Tab, Enter and the other keys keep their usual meaning.
    """

    def __init__(self, perform: Callable[[str], object],
                 on_activity: Callable[[], object] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._perform = perform
        self._on_activity = on_activity

    def watch(self, widget: QWidget) -> None:
        """Filter ``widget`` and all its children (call again after adding children)."""
        for target in [widget, *widget.findChildren(QWidget)]:
            target.removeEventFilter(self)
            target.installEventFilter(self)
            if self._on_activity is not None:
                target.setMouseTracking(True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            name = command_for(event)  # type: ignore[arg-type]
            if name is None:
                return False
            event.accept()
            if kind == QEvent.Type.KeyPress:
                self._perform(name)
            return True
        if self._on_activity is not None and kind in (
                QEvent.Type.MouseMove, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel):
            self._on_activity()
        return False
