"""The viewer panel on a real recording: exact frames when paused, the player's while playing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from tests.data.videos import VideoSpec, make_truncated, make_video, read_code, vfr_timestamps
from vigeditor.media.probe import open_recording
from vigeditor.ui.editor.frame_worker import FrameWorker
from vigeditor.ui.editor.playback import PAUSED, PLAYING, REVERSE
from vigeditor.ui.editor.viewer import ViewerPanel
from vigeditor.ui.editor_state import EditorState
from vigeditor.ui.players import factory
from vigeditor.ui.players.factory import vlc_available
from vigeditor.ui.session import CaseSession

LONG = 30000  # ms: generous; tests wait for conditions and never measure speed


def image_code(image: QImage) -> int:
    """The frame number a picture shows (ValueError when it shows none)."""
    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    height, width, stride = rgb.height(), rgb.width(), rgb.bytesPerLine()
    rows = np.frombuffer(rgb.constBits(), dtype=np.uint8).reshape(height, stride)
    return read_code(rows[:, : width * 3].reshape(height, width, 3))


def current_frame_text(panel: ViewerPanel) -> str:
    labels = [label for label in panel.findChildren(QLabel)
              if label.accessibleName() == "Current frame"]
    assert len(labels) == 1
    return labels[0].text()


def wait_exact(qtbot: QtBot, panel: ViewerPanel) -> int:
    """Wait until the viewer shows the frame server's picture of ``state.frame``."""
    viewer = panel.viewer
    qtbot.waitUntil(lambda: viewer.image_is_exact and viewer.image_index == panel.state.frame,
                    timeout=LONG)
    return image_code(viewer.image)


def open_panel(qtbot: QtBot, state: EditorState, path: Path, cache: Path) -> ViewerPanel:
    frames = FrameWorker()
    panel = ViewerPanel(state, frames, "qt")
    qtbot.addWidget(panel)
    panel.resize(640, 520)
    panel.show()
    with qtbot.waitSignal(frames.opened, timeout=10000):
        panel.open_media(path, cache)
    wait_exact(qtbot, panel)
    return panel


def close_panel(panel: ViewerPanel) -> None:
    panel.shutdown()
    panel.frames.stop()


@pytest.fixture
def panel(qtbot: QtBot, state: EditorState, session: CaseSession,
          film: Path) -> Iterator[ViewerPanel]:
    opened = open_panel(qtbot, state, film, session.case.frame_table_dir)
    yield opened
    close_panel(opened)


def test_stepping_shows_exactly_that_frame(qtbot: QtBot, panel: ViewerPanel) -> None:
    state = panel.state
    assert wait_exact(qtbot, panel) == 0
    expected = 0
    for steps in (1, 10, 10, -1, -10, 1, 10, 10, 10, -1, 100, -100):
        panel.playback.step(steps)
        expected = max(0, min(expected + steps, state.frame_count - 1))
        assert state.frame == expected
        assert wait_exact(qtbot, panel) == expected
        assert current_frame_text(panel) == str(expected)


def test_keys_step_and_jump_while_the_panel_has_focus(qtbot: QtBot, panel: ViewerPanel) -> None:
    panel.setFocus()
    qtbot.keyClick(panel, Qt.Key.Key_End)
    assert wait_exact(qtbot, panel) == panel.state.frame_count - 1
    qtbot.keyClick(panel, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(panel, Qt.Key.Key_Left)
    assert wait_exact(qtbot, panel) == panel.state.frame_count - 12
    qtbot.keyClick(panel, Qt.Key.Key_Home)
    assert wait_exact(qtbot, panel) == 0
    assert current_frame_text(panel) == "0"


def test_play_then_pause_shows_the_exact_frame_of_the_players_position(
        qtbot: QtBot, panel: ViewerPanel) -> None:
    state, playback = panel.state, panel.playback
    playback.step(5)
    wait_exact(qtbot, panel)
    shown: list[tuple[int, int]] = []
    playback.picture_changed.connect(lambda image, index: shown.append((index,
                                                                        image_code(image))))
    playback.toggle_play()
    assert state.playing and playback.mode == PLAYING
    qtbot.waitUntil(lambda: len(shown) >= 10, timeout=LONG)  # however long that takes
    playback.toggle_play()
    assert not state.playing and playback.mode == PAUSED
    assert state.frame == state.table.index_at(panel.player.position())
    assert state.frame == shown[-1][0], "paused on the picture the guider saw last"
    assert wait_exact(qtbot, panel) == state.frame
    assert current_frame_text(panel) == str(state.frame)
    indices = [index for index, _code in shown]
    assert indices == sorted(indices) and indices[0] >= 5
    assert all(index == code for index, code in shown), "Qt's frame times map to the table"


def test_playing_to_the_end_stops_on_the_last_exact_frame(qtbot: QtBot,
                                                          panel: ViewerPanel) -> None:
    panel.playback.step(100)
    wait_exact(qtbot, panel)
    panel.playback.set_speed(2.0)
    with qtbot.waitSignal(panel.player.ended, timeout=LONG):
        panel.playback.toggle_play()
    qtbot.waitUntil(lambda: panel.playback.mode == PAUSED, timeout=LONG)
    assert wait_exact(qtbot, panel) == panel.state.frame_count - 1


def test_speed_is_clamped_and_stepped(qtbot: QtBot, panel: ViewerPanel) -> None:
    playback, player = panel.playback, panel.player
    assert playback.set_speed(5.0) == 2.0 and player.rate() == 2.0
    assert playback.set_speed(0.01) == 0.1 and player.rate() == 0.1
    assert player.sound_muted(), "no sound below half speed"
    playback.set_speed(1.0)
    for _ in range(10):
        playback.faster()
    assert playback.speed == 2.0 and panel.transport.speed.currentText() == "2×"
    playback.slower()
    assert playback.speed == 1.5
    for _ in range(10):
        playback.slower()
    assert playback.speed == 0.1 and panel.transport.speed.currentText() == "0.1×"
    playback.shuttle_forward()
    assert playback.speed == 1.0 and playback.mode == PLAYING
    playback.shuttle_forward()
    playback.shuttle_forward()
    assert playback.speed == 1.5
    playback.pause()


def test_shuttle_back_steps_backwards_through_exact_frames(qtbot: QtBot,
                                                           panel: ViewerPanel) -> None:
    playback, state = panel.playback, panel.state
    playback.step(60)
    wait_exact(qtbot, panel)
    playback.shuttle_back()
    assert playback.mode == REVERSE and not state.playing
    qtbot.waitUntil(lambda: state.frame <= 50, timeout=LONG)
    playback.pause()
    stopped = state.frame
    assert wait_exact(qtbot, panel) == stopped
    qtbot.wait(100)
    assert state.frame == stopped, "K stops the shuttle"


def test_variable_frame_rate_pause_snaps_to_the_frame_table(
        qtbot: QtBot, tmp_path: Path, session: CaseSession) -> None:
    path = make_video(tmp_path / "phone.mp4", VideoSpec(frames=90, pts_ms=vfr_timestamps(90)))
    _info, table = open_recording(path, cache_dir=tmp_path / "cache")
    state = EditorState()
    state.set_recording(None, table)
    panel = open_panel(qtbot, state, path, tmp_path / "cache")
    try:
        panel.playback.toggle_play()
        qtbot.waitUntil(lambda: state.frame > 10, timeout=LONG)
        panel.playback.toggle_play()
        assert state.frame == table.index_at(panel.player.position()) > 10
        assert wait_exact(qtbot, panel) == state.frame
    finally:
        close_panel(panel)


def test_a_recording_that_cannot_be_opened_gives_a_message(
        qtbot: QtBot, tmp_path: Path, film: Path, state: EditorState) -> None:
    broken = make_truncated(film, tmp_path / "broken.mp4", keep=0.02)
    frames = FrameWorker()
    panel = ViewerPanel(state, frames, "qt")
    qtbot.addWidget(panel)
    try:
        with qtbot.waitSignal(panel.media_failed, timeout=10000) as failed:
            panel.open_media(broken, tmp_path / "cache")
        assert failed.args[0] and "Traceback" not in failed.args[0]
        assert panel.viewer.message == failed.args[0]
    finally:
        close_panel(panel)


@pytest.mark.skipif(not vlc_available(), reason="libvlc (VLC) is not installed here")
def test_when_qt_cannot_play_the_panel_plays_with_vlc(qtbot: QtBot, panel: ViewerPanel) -> None:
    panel.player.failed.emit("Qt cannot play this recording.")
    assert panel.player.backend == "vlc" and panel.playback.player is panel.player
    panel.playback.step(10)
    wait_exact(qtbot, panel)
    pictures: list[int] = []
    panel.playback.picture_changed.connect(lambda _image, index: pictures.append(index))
    state = panel.state
    panel.playback.toggle_play()
    qtbot.waitUntil(lambda: len(pictures) >= 10 and state.frame > 15, timeout=LONG)
    panel.playback.toggle_play()
    assert pictures == sorted(pictures)
    assert state.frame == state.table.index_at(panel.player.position())
    assert wait_exact(qtbot, panel) == state.frame
    assert panel.viewer.message == ""


def test_when_no_backend_can_play_the_guider_is_told(
        qtbot: QtBot, panel: ViewerPanel, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(factory, "vlc_available", lambda: False)
    with qtbot.waitSignal(panel.media_failed) as failed:
        panel.player.failed.emit("This recording cannot be played with Qt Multimedia.")
    assert panel.player.backend == "qt"
    assert panel.viewer.message == failed.args[0]
    panel.playback.step(3)
    assert wait_exact(qtbot, panel) == 3, "stepping through exact frames still works"
