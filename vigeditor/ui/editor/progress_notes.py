"""How far long media work has come, said where the guider looks.

:class:`ReadingNote` sits over the viewer while a recording's frame table is built by reading
every frame (the guider is waiting for it); :class:`CheckingNote` sits quietly in the status
bar while a recording is checked in the background (the guider can work meanwhile).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

BAR_STEPS = 1000


def _tr(text: str) -> str:
    return QCoreApplication.translate("ProgressNotes", text)


def _percent(share: float) -> int:
    return max(0, min(100, int(share * 100)))


def reading_text(name: str, share: float) -> str:
    return _tr("Reading every frame of {name}… {percent}%").format(
        name=name, percent=_percent(share))


def checking_text(name: str, share: float) -> str:
    return _tr("Checking every frame of {name}… {percent}%").format(
        name=name, percent=_percent(share))


class ReadingNote(QWidget):
    """A plate with a progress bar near the foot of ``host`` (the viewer), following its
    size; hidden until :meth:`show_progress` and after :meth:`finish`."""

    changed = Signal(str)  # what the note says now ("" when it is gone)

    def __init__(self, host: QWidget) -> None:
        super().__init__(host)
        self.setObjectName("reading-note")
        self.setAccessibleName(_tr("Reading the recording"))
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet("#reading-note { background: rgba(0, 0, 0, 190); border-radius: 6px;"
                           " border: 1px solid rgba(255, 255, 255, 70); }"
                           " QLabel { color: white; background: transparent; }")
        self.label = QLabel(self)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, BAR_STEPS)
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(6)
        self.bar.setAccessibleName(_tr("Reading progress"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 10)
        layout.setSpacing(6)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        host.installEventFilter(self)
        self.hide()

    @property
    def text(self) -> str:
        """What the note says ("" while hidden)."""
        return self.label.text() if not self.isHidden() else ""

    def show_progress(self, name: str, share: float) -> None:
        self.label.setText(reading_text(name, share))
        self.bar.setValue(round(max(0.0, min(1.0, share)) * BAR_STEPS))
        self.setAccessibleDescription(self.label.text())
        self._place()
        self.show()
        self.raise_()
        self.changed.emit(self.label.text())

    def finish(self) -> None:
        if not self.isHidden():
            self.hide()
            self.label.clear()
            self.setAccessibleDescription("")
            self.changed.emit("")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parent() and event.type() == QEvent.Type.Resize:
            self._place()
        return False

    def _place(self) -> None:
        host = self.parentWidget()
        if host is None:
            return
        self.adjustSize()
        width = min(max(self.sizeHint().width(), 320), max(120, host.width() - 24))
        height = self.sizeHint().height()
        self.setGeometry((host.width() - width) // 2, max(0, host.height() - height - 40),
                         width, height)


class CheckingNote(QLabel):
    """A quiet line in the status bar while a recording is checked in the background."""

    changed = Signal(str)  # what the note says now ("" when it is gone)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checking-note")
        self.setAccessibleName(_tr("Background check"))
        self.setToolTip(_tr("vigeditor is making sure, in the background, that it numbers "
                            "this recording's frames as the video decoder does. You can keep "
                            "working meanwhile."))
        self.setStyleSheet("#checking-note { color: palette(mid); }")
        self.hide()

    @property
    def note(self) -> str:
        """What the note says ("" while hidden)."""
        return self.text() if not self.isHidden() else ""

    def show_progress(self, name: str, share: float) -> None:
        self.setText(checking_text(name, share))
        self.show()
        self.changed.emit(self.text())

    def finish(self) -> None:
        if not self.isHidden():
            self.hide()
            self.clear()
            self.changed.emit("")


__all__ = ["CheckingNote", "ReadingNote", "checking_text", "reading_text"]
