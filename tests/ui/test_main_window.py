"""The first window: a real recording opened off the UI thread, stepped frame by frame."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from tests.data.videos import VideoSpec, make_video, read_code
from vigeditor.ui.main_window import MainWindow


def _shown_code(window: MainWindow) -> int:
    image = window._image.convertToFormat(window._image.Format.Format_RGB888)
    width, height = image.width(), image.height()
    data = np.frombuffer(image.constBits(), dtype=np.uint8)
    rows = data.reshape(height, image.bytesPerLine())[:, : width * 3]
    return read_code(rows.reshape(height, width, 3))


@pytest.fixture
def window(qtbot: QtBot) -> MainWindow:
    main = MainWindow()
    qtbot.addWidget(main)
    main.show()
    yield main
    main.close()


def _current_frame(window: MainWindow) -> str:
    label = next(widget for widget in window.findChildren(QLabel)
                 if widget.accessibleName() == "Current frame")
    return label.text()


def test_open_and_step_shows_exact_frames(window: MainWindow, qtbot: QtBot,
                                          tmp_path: Path) -> None:
    video = make_video(tmp_path / "visit.mp4", VideoSpec(frames=40, bframes=2, gop=10))
    with qtbot.waitSignal(window.frame_shown, timeout=20000):
        window.open_recording(video)
    assert _current_frame(window) == "0" and _shown_code(window) == 0
    for key, modifier, expected in ((Qt.Key.Key_Right, Qt.KeyboardModifier.NoModifier, 1),
                                    (Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier, 11),
                                    (Qt.Key.Key_Left, Qt.KeyboardModifier.NoModifier, 10),
                                    (Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier, 0)):
        with qtbot.waitSignal(window.frame_shown, timeout=10000):
            qtbot.keyClick(window, key, modifier)
        assert _current_frame(window) == str(expected)
        assert _shown_code(window) == expected


def test_a_file_that_fails_to_open_gives_a_message(window: MainWindow, qtbot: QtBot,
                                                   tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    broken = tmp_path / "broken.mp4"
    broken.write_text("not a film")
    window.open_recording(broken)
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    assert "not a video file" in shown[0]
    assert window.isVisible()
