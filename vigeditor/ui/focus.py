"""Focus rules for the whole app: a click on a label puts the focus in its field.

Qt moves the focus to a label's buddy only for the label's mnemonic (Alt+letter); a guider
clicks the label, as in most desktop apps, and expects to type. :func:`install_focus_rules`
adds one application-wide event filter (once per application) that does this for every
QLabel with a buddy, which includes every label a QFormLayout row makes.

Single-key shortcuts and text fields: the editor's keys never act while a text field has
focus (Qt's own shortcut override for text widgets, and :mod:`vigeditor.ui.editor.tag_keys`
for the tagging keys); ``tests/ui/test_typing_keys.py`` holds both to it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QLabel


class LabelClicks(QObject):
    """The application event filter: a left click on a label focuses its buddy."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.MouseButtonRelease and isinstance(watched, QLabel)
                and isinstance(event, QMouseEvent)
                and event.button() == Qt.MouseButton.LeftButton):
            buddy = watched.buddy()
            if buddy is not None and buddy.isEnabled() and buddy.isVisible():
                buddy.setFocus(Qt.FocusReason.MouseFocusReason)
        return False


def install_focus_rules(app: QApplication | None = None) -> None:
    """Install :class:`LabelClicks` on ``app`` (the running application by default), once."""
    app = app or QApplication.instance()  # type: ignore[assignment]
    if app is None or app.findChild(LabelClicks) is not None:
        return
    app.installEventFilter(LabelClicks(app))
