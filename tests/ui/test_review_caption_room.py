"""Presentation (issue 12): the controls never cover the caption, at any window size; a
small sign says "slow" while the controls are hidden and the clip plays slowed."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect
from pytestqt.qtbot import QtBot

from tests.ui.review_helpers import build_review
from vigeditor.project.model import Recording
from vigeditor.ui.review.presentation import PresentationWindow
from vigeditor.ui.review.review_mode import ReviewMode
from vigeditor.ui.review.show import load_show
from vigeditor.ui.session import CaseSession

SIZES = [(640, 360), (800, 600), (1024, 768), (1280, 720), (1920, 1080), (1200, 500),
         (600, 900)]
LONG = ("You waited, and your child looked up and started the game again; you named what "
        "you saw and you both laughed together for a long time.")


@pytest.fixture
def mode(qtbot: QtBot, session: CaseSession, recording: Recording) -> Iterator[ReviewMode]:
    cycle_id = build_review(session.case, recording)
    running = ReviewMode(load_show(session.case, cycle_id),
                         cache_dir=session.case.frame_table_dir)
    running.start()
    running.presentation.showNormal()
    yield running
    running.end()


def _caption_rect(screen: PresentationWindow) -> QRect:
    local = screen.picture.caption_rect()
    return local.translated(screen.picture.mapTo(screen, QPoint(0, 0)))


@pytest.mark.parametrize("caption", ["Well done!", LONG])
def test_caption_and_controls_never_intersect(mode: ReviewMode, qtbot: QtBot,
                                              caption: str) -> None:
    screen = mode.presentation
    screen.picture.set_caption(caption)
    for width, height in SIZES:
        screen.resize(width, height)
        qtbot.waitUntil(lambda w=width, h=height: (screen.width(), screen.height()) == (w, h))
        screen.show_controls()
        assert screen.controls_visible
        box, bar = _caption_rect(screen), screen.controls.geometry()
        assert not box.isEmpty() and bar.height() > 0
        assert not box.intersects(bar), ((width, height), box, bar)
        assert box.bottom() < bar.top()
        screen.hide_controls()  # the caption goes back down near the bottom
        low = _caption_rect(screen)
        assert low.bottom() > box.bottom() and low.bottom() < screen.height()
    mode.review.hand_over()  # fewer buttons: a narrower bar, still clear of the caption
    screen.show_controls()
    assert not _caption_rect(screen).intersects(screen.controls.geometry())


def test_the_first_showing_keeps_the_caption_clear(session: CaseSession, qtbot: QtBot,
                                                    recording: Recording) -> None:
    """Before the fix the caption sat under the controls until the mouse moved: the room
    for the controls was only kept once the window was already visible."""
    cycle_id = build_review(session.case, recording)
    running = ReviewMode(load_show(session.case, cycle_id),
                         cache_dir=session.case.frame_table_dir)
    try:
        running.start()
        screen = running.presentation
        qtbot.waitExposed(screen)
        screen.picture.set_caption("Well done!")
        assert screen.controls_visible
        assert not _caption_rect(screen).intersects(screen.controls.geometry())
    finally:
        running.end()


def test_a_slow_motion_sign_while_the_controls_are_hidden(mode: ReviewMode) -> None:
    screen = mode.presentation
    screen.resize(1280, 720)
    assert mode.review.rate == 1.0
    screen.hide_controls()
    assert screen.slow_sign.isHidden()  # normal speed: no sign
    mode.review.perform("slow_motion")
    assert mode.review.rate == 0.5
    assert screen.slow_sign.isVisible() and "½×" in screen.slow_sign.text()
    sign = screen.slow_sign.geometry()
    assert screen.rect().contains(sign) and sign.top() < screen.height() // 4
    assert not sign.intersects(_caption_rect(screen))
    screen.show_controls()  # the speed button says it now
    assert screen.slow_sign.isHidden()
    screen.hide_controls()
    assert screen.slow_sign.isVisible()
    mode.review.perform("slow_motion")
    assert "¼×" in screen.slow_sign.text()
    mode.review.perform("slow_motion")  # back to normal speed
    assert screen.slow_sign.isHidden()
