"""The transport bar: go to start/end, step ±1/±10, play/pause, speed, frame and time.

Every control has an accessible name, a tab stop and a tooltip naming its key. The keys
themselves are bound by the main window (Help → Keyboard shortcuts), not here.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QStyle,
    QToolButton,
    QWidget,
)

from vigeditor.ui.editor.playback import PAUSED, SPEEDS, PlaybackController
from vigeditor.ui.editor_state import EditorState
from vigeditor.ui.numbers import speed as speed_text


def format_time(seconds: float) -> str:
    """``mm:ss.mmm`` (``h:mm:ss.mmm`` from an hour on)."""
    milliseconds = round(max(0.0, seconds) * 1000)
    minutes, milliseconds = divmod(milliseconds, 60_000)
    hours, minutes = divmod(minutes, 60)
    text = f"{minutes:02d}:{milliseconds // 1000:02d}.{milliseconds % 1000:03d}"
    return f"{hours}:{text}" if hours else text


def format_speed(speed: float) -> str:
    return speed_text(speed)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Transport", text)


class Transport(QWidget):
    """Buttons, speed selector and the current frame and time of the viewer."""

    def __init__(self, state: EditorState, playback: PlaybackController,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.playback = playback
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        self.buttons: dict[str, QToolButton] = {}
        self._add_buttons(layout)
        layout.addStretch(1)
        self._add_speed(layout)
        self._add_position(layout)
        state.frame_changed.connect(self._show_frame)
        state.recording_changed.connect(lambda _recording: self._show_frame(state.frame))
        playback.mode_changed.connect(self._show_mode)
        playback.speed_changed.connect(self._show_speed)
        self._show_frame(state.frame)
        self._show_mode(playback.mode, playback.speed)

    def _add_buttons(self, layout: QHBoxLayout) -> None:
        icons = QStyle.StandardPixmap
        specs: list[tuple[str, str, str, str, QStyle.StandardPixmap | None, Callable[[], None]]] = [
            ("start", _tr("Go to start"), "Home", "", icons.SP_MediaSkipBackward,
             self.playback.go_start),
            ("back10", _tr("Step back ten frames"), "Shift+←", "−10", None,
             lambda: self.playback.step(-10)),
            ("back1", _tr("Step back one frame"), "←", "−1", None,
             lambda: self.playback.step(-1)),
            ("play", _tr("Play or pause"), "Space", "", icons.SP_MediaPlay,
             self.playback.toggle_play),
            ("forward1", _tr("Step forward one frame"), "→", "+1", None,
             lambda: self.playback.step(1)),
            ("forward10", _tr("Step forward ten frames"), "Shift+→", "+10", None,
             lambda: self.playback.step(10)),
            ("end", _tr("Go to end"), "End", "", icons.SP_MediaSkipForward,
             self.playback.go_end),
        ]
        for key, name, shortcut, text, icon, action in specs:
            button = QToolButton(self)
            button.setText(text)
            if icon is not None:
                button.setIcon(self.style().standardIcon(icon))
            button.setAccessibleName(name)
            button.setToolTip(f"{name} ({shortcut})")
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.clicked.connect(lambda _checked=False, act=action: act())
            layout.addWidget(button)
            self.buttons[key] = button

    def _add_speed(self, layout: QHBoxLayout) -> None:
        self.speed = QComboBox(self)
        for value in SPEEDS:
            self.speed.addItem(format_speed(value), value)
        self.speed.setAccessibleName(_tr("Playback speed"))
        self.speed.setToolTip(_tr("Playback speed: 1.25×, 1.5× and 2× keep the voices' "
                                  "pitch; silent below 0.5× (J/K/L shuttle, [ slower, "
                                  "] faster)"))
        self.speed.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.speed.activated.connect(
            lambda row: self.playback.set_speed(float(self.speed.itemData(row))))
        layout.addWidget(self.speed)

    def _add_position(self, layout: QHBoxLayout) -> None:
        caption = QLabel(_tr("Frame"), self)
        self.frame_label = QLabel("0", self)
        self.frame_label.setAccessibleName(_tr("Current frame"))
        self.frame_label.setToolTip(_tr("Current frame number"))
        self.frame_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("000000"))
        self.frame_label.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        caption.setBuddy(self.frame_label)
        self.time_label = QLabel(format_time(0.0), self)
        self.time_label.setAccessibleName(_tr("Current time"))
        self.time_label.setToolTip(_tr("Time from the start of the recording"))
        self.time_label.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        for widget in (caption, self.frame_label, self.time_label):
            layout.addWidget(widget)

    def _show_frame(self, index: int) -> None:
        self.frame_label.setText(str(index))
        self.time_label.setText(format_time(self.state.time_of(index)))

    def _show_mode(self, mode: str, speed: float) -> None:
        icon = QStyle.StandardPixmap.SP_MediaPlay if mode == PAUSED else (
            QStyle.StandardPixmap.SP_MediaPause)
        self.buttons["play"].setIcon(self.style().standardIcon(icon))
        self._show_speed(speed)

    def _show_speed(self, speed: float) -> None:
        """Select the listed speed nearest to ``speed``."""
        row = min(range(len(SPEEDS)), key=lambda i: abs(SPEEDS[i] - speed))
        self.speed.setCurrentIndex(row)
