"""Watching faster: the speed choices with sound, and the J/K/L shuttle as editors know it
(issue 13, item 5), on real widgets with both players where installed.

Every assertion is on the state right after a key or a command (mode, speed, frame), or waits
for a condition (the exact picture); none depends on how fast the machine is.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.data.videos import VideoSpec, make_video
from tests.ui.test_typing_keys import _text_fields
from tests.ui.test_viewer import close_panel, wait_exact
from vigeditor.media.probe import open_recording
from vigeditor.project import moments
from vigeditor.project.case import Case
from vigeditor.project.settings import Settings
from vigeditor.ui.editor.frame_worker import FrameWorker
from vigeditor.ui.editor.playback import PAUSED, PLAYING, REVERSE, SHUTTLE, PlaybackController
from vigeditor.ui.editor.viewer import ViewerPanel
from vigeditor.ui.editor_state import EditorState, Selection
from vigeditor.ui.main_window import MainWindow
from vigeditor.ui.players.base import FAST_RATES
from vigeditor.ui.players.factory import vlc_available
from vigeditor.ui.shortcuts import ShortcutsDialog
from vigeditor.ui.tasks import TaskRunner

BACKENDS = ["qt", pytest.param("vlc", marks=pytest.mark.skipif(
    not vlc_available(), reason="libvlc (VLC) is not installed here"))]
MIDDLE = 300  # a frame far from both ends: the shuttle never reaches an end during a test
TIMEOUT = 30000  # ms: generous; waits are for conditions, never a measure of speed


@pytest.fixture(scope="module")
def long_film(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 20-second film with sound (a 440 Hz tone); every frame shows its number."""
    folder = tmp_path_factory.mktemp("shuttle")
    return make_video(folder / "long.mp4", VideoSpec(frames=600, width=160, height=120,
                                                     gop=30, audio=True))


@pytest.fixture(params=BACKENDS)
def panel(request: pytest.FixtureRequest, qtbot: QtBot, tmp_path: Path,
          long_film: Path) -> Iterator[ViewerPanel]:
    _info, table = open_recording(long_film, cache_dir=tmp_path / "cache")
    state = EditorState()
    state.set_recording(None, table)
    frames = FrameWorker()
    opened = ViewerPanel(state, frames, request.param)
    qtbot.addWidget(opened)
    opened.show()
    with qtbot.waitSignal(frames.opened, timeout=TIMEOUT):
        opened.open_media(long_film, tmp_path / "cache")
    wait_exact(qtbot, opened)
    assert opened.player.backend == request.param
    opened.playback.step(MIDDLE)
    yield opened
    close_panel(opened)


def expect(playback: PlaybackController, mode: str, speed: float) -> None:
    assert (playback.mode, playback.speed) == (mode, speed)
    assert playback.player.rate() == speed
    if mode == PLAYING:
        assert playback.state.playing


def test_the_speed_list_offers_faster_speeds_heard_at_their_own_pitch(
        qtbot: QtBot, panel: ViewerPanel) -> None:
    combo, playback, player = panel.transport.speed, panel.playback, panel.player
    offered = [float(combo.itemData(row)) for row in range(combo.count())]
    assert [speed for speed in offered if speed > 1] == list(FAST_RATES) == [1.25, 1.5, 2.0]
    combo.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is combo, timeout=TIMEOUT)
    for speed in FAST_RATES:  # the guider walks down the list with the arrow key
        qtbot.keyClick(combo, Qt.Key.Key_Down)
        assert combo.currentText() == f"{speed:g}×"
        assert playback.speed == player.rate() == speed
        assert not player.sound_muted(), f"sound is heard at {speed}×"
        assert player.pitch_kept(), f"{player.backend} keeps the pitch at {speed}×"
    playback.toggle_play()
    expect(playback, PLAYING, 2.0)
    assert not player.sound_muted()
    playback.pause()


def test_l_plays_faster_and_j_slows_down_then_turns_round(qtbot: QtBot,
                                                          panel: ViewerPanel) -> None:
    playback = panel.playback
    assert SHUTTLE == (1.0, 1.25, 1.5, 2.0)
    playback.shuttle_forward()
    expect(playback, PLAYING, 1.0)
    for speed in (1.25, 1.5, 2.0, 2.0):  # each further L faster, up to the players' 2×
        playback.shuttle_forward()
        expect(playback, PLAYING, speed)
        assert not playback.player.sound_muted()
    for speed in (1.5, 1.25, 1.0):  # J while playing forwards: slower, one step at a time
        playback.shuttle_back()
        expect(playback, PLAYING, speed)
    playback.shuttle_back()  # from 1×: backwards at 1×
    expect(playback, REVERSE, 1.0)
    assert not playback.state.playing
    playback.shuttle_back()
    expect(playback, REVERSE, 1.25)
    playback.shuttle_forward()  # L while going backwards: slower, then forwards
    expect(playback, REVERSE, 1.0)
    playback.shuttle_forward()
    expect(playback, PLAYING, 1.0)
    playback.pause()  # K
    expect(playback, PAUSED, 1.0)
    assert wait_exact(qtbot, panel) == playback.state.frame


def test_j_from_pause_goes_backwards_faster_and_k_stops_on_an_exact_frame(
        qtbot: QtBot, panel: ViewerPanel) -> None:
    playback, state = panel.playback, panel.state
    playback.shuttle_back()
    expect(playback, REVERSE, 1.0)
    for speed in (1.25, 1.5, 2.0, 2.0):
        playback.shuttle_back()
        expect(playback, REVERSE, speed)
    qtbot.waitUntil(lambda: state.frame < MIDDLE - 5, timeout=TIMEOUT)
    playback.pause()
    expect(playback, PAUSED, 2.0)
    stopped = state.frame
    assert wait_exact(qtbot, panel) == stopped < MIDDLE


# -- the keys, through the main window ------------------------------------------------------


@pytest.fixture(params=BACKENDS)
def window(request: pytest.FixtureRequest, qtbot: QtBot, tmp_path: Path,
           long_film: Path) -> Iterator[MainWindow]:
    main = MainWindow(Settings(workspace=str(tmp_path / "workspace"), player=request.param),
                      runner=TaskRunner(synchronous=True))
    qtbot.addWidget(main)
    main.show()
    main.activateWindow()
    case = Case.create(tmp_path / "F01", family_code="F01")
    folder = case.folder
    case.close()
    assert main.open_case(folder)
    main.imports.start([long_film], cycle=1)  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: main.editor is not None and main.editor.state.frame_count == 600,
                    timeout=TIMEOUT)
    panel = main.editor.viewer  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: panel.player.path is not None, timeout=TIMEOUT)
    assert panel.player.backend == request.param
    panel.playback.step(MIDDLE)
    panel.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel, timeout=TIMEOUT)
    yield main
    main.close()


def _keys(window: MainWindow) -> tuple[ViewerPanel, PlaybackController]:
    """The viewer panel (it has the keyboard) and its playback."""
    panel = window.editor.viewer  # type: ignore[union-attr]
    return panel, panel.playback


def test_j_k_l_keys_shuttle(qtbot: QtBot, window: MainWindow) -> None:
    focus, playback = _keys(window)
    qtbot.keyClick(focus, Qt.Key.Key_L)
    expect(playback, PLAYING, 1.0)
    qtbot.keyClick(focus, Qt.Key.Key_L)
    expect(playback, PLAYING, 1.25)
    qtbot.keyClick(focus, Qt.Key.Key_J)
    expect(playback, PLAYING, 1.0)
    qtbot.keyClick(focus, Qt.Key.Key_J)
    expect(playback, REVERSE, 1.0)
    qtbot.keyClick(focus, Qt.Key.Key_K)
    expect(playback, PAUSED, 1.0)


def test_a_held_j_or_l_counts_once(window: MainWindow) -> None:
    for name in ("shuttle_back", "shuttle_forward"):
        assert not window.actions_by_name[name].autoRepeat()
    assert window.actions_by_name["step_forward"].autoRepeat(), "a held → still steps on"


def test_k_held_with_l_or_j_steps_one_frame(qtbot: QtBot, window: MainWindow) -> None:
    panel, playback = _keys(window)
    focus = panel
    state = playback.state
    qtbot.keyClick(focus, Qt.Key.Key_L)
    expect(playback, PLAYING, 1.0)
    qtbot.keyPress(focus, Qt.Key.Key_K)  # K down: pauses, and is held
    expect(playback, PAUSED, 1.0)
    start = state.frame
    assert wait_exact(qtbot, panel) == start
    for key, frame in ((Qt.Key.Key_L, start + 1), (Qt.Key.Key_L, start + 2),
                       (Qt.Key.Key_J, start + 1)):
        qtbot.keyClick(focus, key)
        assert (playback.mode, state.frame) == (PAUSED, frame)
        assert wait_exact(qtbot, panel) == frame
    qtbot.keyRelease(focus, Qt.Key.Key_K)
    qtbot.keyClick(focus, Qt.Key.Key_L)  # K let go: L plays again
    expect(playback, PLAYING, 1.0)
    qtbot.keyClick(focus, Qt.Key.Key_K)
    expect(playback, PAUSED, 1.0)


def test_k_is_let_go_when_the_window_loses_the_keyboard(qtbot: QtBot,
                                                        window: MainWindow) -> None:
    focus, playback = _keys(window)
    qtbot.keyPress(focus, Qt.Key.Key_K)
    QApplication.sendEvent(window, QEvent(QEvent.Type.WindowDeactivate))
    window.activateWindow()
    focus.setFocus()
    qtbot.keyClick(focus, Qt.Key.Key_L)  # K's release went elsewhere: L plays
    expect(playback, PLAYING, 1.0)
    playback.pause()


def test_k_and_l_typed_into_a_text_field_never_act(qtbot: QtBot, window: MainWindow) -> None:
    _panel, playback = _keys(window)
    editor, case = window.editor, window.session.case  # type: ignore[union-attr]
    moment = moments.add_moment(case, editor.state.recording.id, MIDDLE)  # type: ignore
    editor.state.set_selection(Selection("moment", moment.id))  # the inspector's fields
    field = _text_fields(window)[0]
    field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field, timeout=TIMEOUT)
    frame = playback.state.frame
    qtbot.keyPress(field, Qt.Key.Key_K)
    qtbot.keyClick(field, Qt.Key.Key_L)
    qtbot.keyRelease(field, Qt.Key.Key_K)
    qtbot.keyClick(field, Qt.Key.Key_L)
    assert (playback.mode, playback.state.frame) == (PAUSED, frame)


def test_the_shortcuts_sheet_says_what_j_k_l_do(qtbot: QtBot) -> None:
    sheet = ShortcutsDialog()
    qtbot.addWidget(sheet)
    rows = {keys: what for keys, what, _group in sheet.rows_of("Editor")}
    assert "K+L  or  K+J" in rows and "one frame forward or back" in rows["K+L  or  K+J"]
    assert "faster" in rows["L"] and "slower, then backwards" in rows["J"]
    assert "own pitch" in rows["L"] and rows["K"] == "Pause"
