"""The shared review presentation on a real film: exact frames, playing, stepping, slow
motion, items, captions, hand-over, and no talking points on the parent's screen."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.review_helpers import POINTS, build_review, image_code, label_text, wait_picture
from vigeditor.project.model import Recording
from vigeditor.ui.review.review_mode import ReviewMode
from vigeditor.ui.review.review_player import HOLDING, PLAYING
from vigeditor.ui.review.show import load_show
from vigeditor.ui.session import CaseSession


@pytest.fixture
def mode(qtbot: QtBot, session: CaseSession, recording: Recording) -> Iterator[ReviewMode]:
    cycle_id = build_review(session.case, recording)
    running = ReviewMode(load_show(session.case, cycle_id),
                         cache_dir=session.case.frame_table_dir)
    running.start()
    running.presentation.resize(800, 600)
    yield running
    running.end()


def _show(mode: ReviewMode, qtbot: QtBot, frame: int) -> None:
    """The presentation and the presenter view both show exactly ``frame``."""
    assert wait_picture(qtbot, mode.presentation.picture, frame) == frame
    assert label_text(mode.presenter, "Current frame") == str(frame)
    assert image_code(mode.presenter.picture.image) == frame


def _key(qtbot: QtBot, widget: QWidget, key: Qt.Key,
         modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(widget, key, modifier)


def test_in_key_and_out_frames_are_exact(mode: ReviewMode, qtbot: QtBot) -> None:
    screen = mode.presentation
    _show(mode, qtbot, 10)  # the first clip opens on its in frame
    for _step in range(15):
        _key(qtbot, screen, Qt.Key.Key_Right)
    _show(mode, qtbot, 25)  # its key frame
    for _step in range(20):  # stepping stops at the out frame
        _key(qtbot, screen, Qt.Key.Key_Right)
    _show(mode, qtbot, 40)
    _key(qtbot, screen, Qt.Key.Key_Left)
    _show(mode, qtbot, 39)
    _key(qtbot, screen, Qt.Key.Key_PageDown)  # a presentation clicker's "next"
    _show(mode, qtbot, 60)
    for _step in range(40):
        _key(qtbot, screen, Qt.Key.Key_Right)
    _show(mode, qtbot, 90)
    for _step in range(40):  # stepping back stops at the in frame
        _key(qtbot, mode.presenter, Qt.Key.Key_Left)
    _show(mode, qtbot, 60)


def _play_through(mode: ReviewMode, qtbot: QtBot, first: int, last: int, hold: int) -> None:
    shown: list[int] = []
    mode.review.picture_changed.connect(lambda _image, frame, _exact: shown.append(frame))
    _key(qtbot, mode.presentation, Qt.Key.Key_Space)
    assert mode.review.mode == PLAYING
    qtbot.waitUntil(lambda: mode.review.mode == HOLDING, timeout=60000)
    _show(mode, qtbot, hold)
    assert shown and min(shown) >= first and max(shown) <= last
    assert last in shown  # the out frame was on screen before the hold
    assert len(set(shown)) > 1  # it really played (how many pictures: as fast as the machine)


def test_playing_a_clip_ends_holding_its_key_frame_or_out_frame(mode: ReviewMode,
                                                                 qtbot: QtBot) -> None:
    _show(mode, qtbot, 10)
    _play_through(mode, qtbot, 10, 40, 25)
    _key(qtbot, mode.presentation, Qt.Key.Key_Down)
    _show(mode, qtbot, 60)
    _play_through(mode, qtbot, 60, 90, 90)  # no key frame: holds the out frame
    _key(qtbot, mode.presentation, Qt.Key.Key_R)  # replay starts from the in frame
    qtbot.waitUntil(lambda: mode.review.mode == HOLDING, timeout=60000)
    _show(mode, qtbot, 90)


def test_slow_motion_is_slower_and_silent(mode: ReviewMode, qtbot: QtBot) -> None:
    player = mode.review.player
    assert player.rate() == 1.0 and not player.sound_muted()
    _key(qtbot, mode.presentation, Qt.Key.Key_S)
    assert player.rate() == 0.5 and player.sound_muted()
    _key(qtbot, mode.presentation, Qt.Key.Key_S)
    assert player.rate() == 0.25 and player.sound_muted()
    assert mode.presentation.controls.buttons["slow_motion"].badge == "¼×"
    _key(qtbot, mode.presentation, Qt.Key.Key_S)
    assert player.rate() == 1.0 and not player.sound_muted()
    _key(qtbot, mode.presentation, Qt.Key.Key_S)
    _show(mode, qtbot, 10)
    _play_through(mode, qtbot, 10, 40, 25)  # still exact at half speed
    assert player.rate() == 0.5


def test_items_in_order_with_the_still_and_captions(mode: ReviewMode, qtbot: QtBot) -> None:
    screen, review = mode.presentation, mode.review
    _show(mode, qtbot, 10)
    assert screen.picture.caption == "You waited for Sam."
    _key(qtbot, screen, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    _show(mode, qtbot, 60)
    _key(qtbot, screen, Qt.Key.Key_PageDown)
    _show(mode, qtbot, 100)  # the still, full screen with its caption
    assert screen.picture.caption == "Laughing together."
    assert label_text(mode.presenter, "Next item") == "This is the last item."
    _key(qtbot, screen, Qt.Key.Key_Space)  # a still does not play
    _key(qtbot, screen, Qt.Key.Key_Right)
    _show(mode, qtbot, 100)
    _key(qtbot, screen, Qt.Key.Key_PageDown)  # nothing after the last item
    assert review.index == 2
    _key(qtbot, screen, Qt.Key.Key_C)
    assert screen.picture.caption == "" and not review.show_captions
    _key(qtbot, screen, Qt.Key.Key_PageUp)
    _show(mode, qtbot, 60)
    assert screen.picture.caption == ""
    _key(qtbot, screen, Qt.Key.Key_C)
    assert screen.picture.caption == "Sam smiled at you."
    _key(qtbot, screen, Qt.Key.Key_Up)
    _show(mode, qtbot, 10)
    assert label_text(mode.presenter, "Talking points") == POINTS[0]
    assert label_text(mode.presenter, "Next item") == "Smiling"


def test_talking_points_never_reach_the_presentation(mode: ReviewMode, qtbot: QtBot) -> None:
    for index in range(3):
        mode.review.go_to(index)
        assert label_text(mode.presenter, "Talking points") == POINTS[index]
        words: list[str] = [mode.presentation.windowTitle(), mode.presentation.picture.caption]
        for widget in mode.presentation.findChildren(QWidget):
            words += [widget.accessibleName(), widget.toolTip(), widget.accessibleDescription()]
            if isinstance(widget, QLabel | QAbstractButton):
                words.append(widget.text())
        text = " ".join(words)
        assert all(point not in text for point in POINTS)
        assert "Sam doing" not in text and "feels" not in text


def test_hand_over_leaves_the_parent_play_replay_and_step(mode: ReviewMode,
                                                         qtbot: QtBot) -> None:
    screen, review = mode.presentation, mode.review
    _show(mode, qtbot, 10)
    _key(qtbot, screen, Qt.Key.Key_H)
    assert review.handed_over
    visible = {name for name, button in screen.controls.buttons.items()
               if button.isVisibleTo(screen.controls)}
    assert visible == {"toggle_play", "replay", "step_back", "step_forward"}
    for key in (Qt.Key.Key_PageDown, Qt.Key.Key_Down, Qt.Key.Key_S, Qt.Key.Key_C,
                Qt.Key.Key_Escape):
        _key(qtbot, screen, key)
    assert review.index == 0 and review.rate == 1.0 and review.show_captions
    assert screen.isVisible()  # Esc did not end the review
    _key(qtbot, screen, Qt.Key.Key_Right)
    _show(mode, qtbot, 11)
    screen.controls.buttons["step_forward"].click()
    _show(mode, qtbot, 12)
    _key(qtbot, screen, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier
         | Qt.KeyboardModifier.ShiftModifier)  # the guider takes back control
    assert not review.handed_over
    _key(qtbot, screen, Qt.Key.Key_PageDown)
    _show(mode, qtbot, 60)
    mode.presenter.hand_over.click()  # and from the presenter view
    assert review.handed_over and screen.controls.buttons["next_item"].isHidden()
    mode.presenter.hand_over.click()
    assert not review.handed_over


def test_controls_hide_when_idle_and_come_back(mode: ReviewMode, qtbot: QtBot,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    screen = mode.presentation
    assert screen.controls_visible
    screen.hide_controls()  # what the idle timer does after three seconds
    assert not screen.controls_visible
    qtbot.mouseMove(screen.picture, screen.picture.rect().center())
    qtbot.waitUntil(lambda: screen.controls_visible, timeout=2000)
    screen._idle.setInterval(50)
    screen.show_controls()
    qtbot.waitUntil(lambda: not screen.controls_visible, timeout=2000)


def test_escape_ends_the_review(mode: ReviewMode, qtbot: QtBot) -> None:
    with qtbot.waitSignal(mode.finished, timeout=2000):
        _key(qtbot, mode.presentation, Qt.Key.Key_Escape)


def test_pictures_keep_their_proportions_on_a_wide_screen(mode: ReviewMode,
                                                          qtbot: QtBot) -> None:
    mode.presentation.resize(1200, 500)
    mode.review.step_forward()
    picture = mode.presentation.picture
    _show(mode, qtbot, 11)
    assert abs(picture.image.width() / picture.image.height() - 4 / 3) < 0.02
    assert picture.image.height() >= 490  # decoded at the screen's size, not scaled up
