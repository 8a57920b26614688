"""The review plan builds itself: an empty plan offers the cycle's clips and stills in film
order with talking points, in one click and one undo step; Ctrl+Z and Ctrl+Shift+Z work in
the builder's window (issue 12)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from tests.data.videos import VideoSpec, make_video
from vigeditor.project import clips, cycles, people, reviews, stills
from vigeditor.project.case import Case
from vigeditor.project.model import Recording
from vigeditor.project.settings import Settings
from vigeditor.ui.main_window import MainWindow
from vigeditor.ui.review.builder import ReviewBuilder
from vigeditor.ui.session import CaseSession
from vigeditor.ui.tasks import TaskRunner

NONE = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def made(session: CaseSession, recording: Recording) -> list[tuple[str, int]]:
    """Two clips and a still made out of film order; returns them in film order."""
    case = session.case
    people.add_person(case, "Sam", "child")
    late = clips.add_clip(case, recording.id, 60, 90, principles=["developing.having-fun"])
    still = stills.add_still(case, recording.id, 30, caption="Look at you two.")
    early = clips.add_clip(case, recording.id, 5, 20, principles=["encouraging.waiting"])
    session.undo_stack.clear()
    return [("clip", early.id), ("still", still.id), ("clip", late.id)]


@pytest.fixture
def builder(qtbot: QtBot, session: CaseSession,
            made: list[tuple[str, int]]) -> Iterator[ReviewBuilder]:
    cycle_id = cycles.list_cycles(session.case)[0].id
    window = ReviewBuilder(session, cycle_id, TaskRunner(synchronous=True))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    yield window
    window.close()


def _plan(builder: ReviewBuilder) -> list[tuple[str, int]]:
    items = reviews.list_items(builder.session.case, builder.cycle_id)  # type: ignore[arg-type]
    assert builder.list.count() == len(items)  # the list is redrawn from the case
    return [("clip", i.clip_id) if i.clip_id else ("still", i.still_id)  # type: ignore[misc]
            for i in items]


def test_an_empty_plan_fills_in_film_order_in_one_step(builder: ReviewBuilder,
                                                       made: list[tuple[str, int]],
                                                       qtbot: QtBot) -> None:
    fill = builder.buttons["fill"]
    assert fill.isVisible() and fill.isDefault() and fill.hasFocus()
    assert "(3)" in fill.text()
    with qtbot.waitSignal(builder.session.changed):
        qtbot.keyClick(fill, Qt.Key.Key_Space)  # the focused button: one key (or one click)
    assert _plan(builder) == made
    assert not fill.isVisible()
    assert builder.session.undo_stack.count() == 1
    points = builder.points.toPlainText().splitlines()
    assert points == ["What did you do that gave Sam the chance to start?",
                      "What do you see here?", "What were you doing that helped?",
                      "How do you think Sam felt?"]
    assert all(item.talking_points for item in builder.items)
    assert "“Look at you two.”" in builder.list.item(1).text()


def test_ctrl_z_and_ctrl_shift_z_in_the_builder(builder: ReviewBuilder,
                                                made: list[tuple[str, int]],
                                                qtbot: QtBot) -> None:
    builder.buttons["fill"].click()
    assert _plan(builder) == made
    builder.list.setFocus()
    with qtbot.waitSignal(builder.session.changed):
        qtbot.keyClick(builder.list, Qt.Key.Key_Z, CTRL)
    assert _plan(builder) == [] and builder.buttons["fill"].isVisible()
    with qtbot.waitSignal(builder.session.changed):
        qtbot.keyClick(builder.buttons["fill"], Qt.Key.Key_Z, CTRL | SHIFT)
    assert _plan(builder) == made
    # a change made here (remove) undoes with Ctrl+Z too, and redoes with Ctrl+Y
    builder.list.setCurrentRow(0)
    builder.buttons["remove"].click()
    assert _plan(builder) == made[1:]
    builder.list.setFocus()
    with qtbot.waitSignal(builder.session.changed):
        qtbot.keyClick(builder.list, Qt.Key.Key_Z, CTRL)
    assert _plan(builder) == made
    with qtbot.waitSignal(builder.session.changed):
        qtbot.keyClick(builder.list, Qt.Key.Key_Y, CTRL)
    assert _plan(builder) == made[1:]


def test_no_offer_when_the_cycle_has_nothing_or_the_plan_has_items(
        session: CaseSession, recording: Recording, qtbot: QtBot) -> None:
    cycle_id = cycles.list_cycles(session.case)[0].id
    window = ReviewBuilder(session, cycle_id, TaskRunner(synchronous=True))
    qtbot.addWidget(window)
    window.show()
    assert not window.buttons["fill"].isVisible()  # no clips or stills yet
    clip = clips.add_clip(session.case, recording.id, 5, 20)
    assert window.buttons["fill"].isVisible()  # redrawn from the change event
    reviews.add_item(session.case, cycle_id, clip_id=clip.id)
    stills.add_still(session.case, recording.id, 40)
    assert not window.buttons["fill"].isVisible()  # the plan is not empty: Add… is the way
    window.close()


def test_from_tags_to_a_review_plan_with_few_keys(qtbot: QtBot, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """The shortest path: tag, C, tag, S in the editor; Ctrl+R; Enter builds the plan."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: shown.append(text))
    main = MainWindow(Settings(workspace=str(tmp_path / "workspace")),
                      runner=TaskRunner(synchronous=True))
    qtbot.addWidget(main)
    main.show()
    main.activateWindow()
    film = make_video(tmp_path / "visit.mp4", VideoSpec(frames=90, gop=15))
    case = Case.create(tmp_path / "F01", family_code="F01")
    people.add_person(case, "Sam", "child")
    folder = case.folder
    case.close()
    assert main.open_case(folder)
    main.imports.start([film], cycle=1)  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: main.editor is not None and main.editor.state.frame_count == 90,
                    timeout=20000)
    editor = main.editor
    assert editor is not None
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow, timeout=5000)

    def press(key: Qt.Key, modifier: Qt.KeyboardModifier = NONE) -> None:
        editor.viewer.setFocus()
        qtbot.keyClick(editor.viewer, key, modifier)

    editor.state.set_frame(60)
    for key in (Qt.Key.Key_3, Qt.Key.Key_E, Qt.Key.Key_S):  # tag eye contact, a still
        press(key)
    editor.state.set_frame(20)
    for key in (Qt.Key.Key_2, Qt.Key.Key_W, Qt.Key.Key_C):  # tag waiting, a clip
        press(key)
    press(Qt.Key.Key_R, CTRL)
    builder = main.findChild(ReviewBuilder)
    assert builder is not None
    qtbot.waitUntil(lambda: builder.buttons["fill"].hasFocus(), timeout=5000)
    qtbot.keyClick(builder.focusWidget(), Qt.Key.Key_Return)
    session = main.session
    assert session is not None
    items = reviews.list_items(session.case, builder.cycle_id)  # type: ignore[arg-type]
    clip, = clips.list_clips(session.case)
    still, = stills.list_stills(session.case)
    assert [(i.clip_id, i.still_id) for i in items] == [(clip.id, None), (None, still.id)]
    assert clip.caption == "You waited, and Sam started the game."
    assert still.caption == "Sam looked at you, and you smiled back."
    assert "How do you think Sam felt?" in items[1].talking_points
    builder.close()
    main.close()
    assert shown == []
