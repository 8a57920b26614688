"""Routes the tagging keys (1–6 then a letter) before the one-key shortcuts see them.

While a group number is pending, letters such as I, O or C mean an item of that group, not
"mark in" or "make clip". Keys typed into text fields are never taken.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from vigeditor.ui.editor.editing import EditingActions

_DIGITS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(1, 7)}
_TEXT_INPUTS = (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox)


def typing_into_text(widget: QWidget | None) -> bool:
    if widget is None:
        return False
    if isinstance(widget, QComboBox):
        return widget.isEditable()
    return isinstance(widget, _TEXT_INPUTS)


class TagKeyFilter(QObject):
    """An application event filter active while ``window`` has a case open."""

    def __init__(self, window: QWidget, editing: EditingActions) -> None:
        super().__init__(window)
        self.window, self.editing = window, editing

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        if not isinstance(event, QKeyEvent) or not self._ours(event):
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # keep the one-key shortcuts from taking this key
            return True
        return self._handle(event)

    def _ours(self, event: QKeyEvent) -> bool:
        focus = QApplication.focusWidget()
        if self.window.isHidden() or typing_into_text(focus):
            return False
        if focus is not None and focus.window() is not self.window:
            return False
        plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                      Qt.KeyboardModifier.KeypadModifier)
        if not plain:
            return False
        if event.key() in _DIGITS:
            return True
        pending = self.editing.pending_group is not None
        return pending and (event.key() == Qt.Key.Key_Escape or event.text().isalpha())

    def _handle(self, event: QKeyEvent) -> bool:
        if event.key() in _DIGITS:
            self.editing.press_digit(_DIGITS[event.key()])
        elif event.key() == Qt.Key.Key_Escape:
            self.editing.cancel_tag()
        else:
            self.editing.press_letter(event.text())
        return True
