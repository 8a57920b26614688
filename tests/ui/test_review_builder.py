"""The review builder on a real case: add, reorder (drag and drop, buttons, keys), talking
points, remove, preview, each step undoable and redrawn from the session's events."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.review_helpers import build_review, image_code, wait_picture
from vigeditor.project import clips, reviews
from vigeditor.project.model import Recording
from vigeditor.ui.review.builder import ReviewBuilder
from vigeditor.ui.review.picker import choices
from vigeditor.ui.review.review_player import HOLDING
from vigeditor.ui.session import CaseSession
from vigeditor.ui.tasks import TaskRunner


@pytest.fixture
def builder(qtbot: QtBot, session: CaseSession,
            recording: Recording) -> Iterator[ReviewBuilder]:
    cycle_id = build_review(session.case, recording)
    session.undo_stack.clear()
    made = ReviewBuilder(session, cycle_id, TaskRunner(synchronous=True))
    qtbot.addWidget(made)
    made.show()
    made.activateWindow()
    qtbot.waitUntil(made.isActiveWindow, timeout=2000)
    yield made
    made.close()


def _order(builder: ReviewBuilder) -> list[int]:
    assert builder.cycle_id is not None
    planned = [item.id for item in reviews.list_items(builder.session.case, builder.cycle_id)]
    shown = [builder.list.item(row).data(Qt.ItemDataRole.UserRole)
             for row in range(builder.list.count())]
    assert shown == planned  # the list is redrawn from the case
    return planned


def test_the_list_shows_items_with_thumbnails(builder: ReviewBuilder) -> None:
    texts = [builder.list.item(row).text() for row in range(builder.list.count())]
    assert texts[0].startswith("1. Waiting") and "Clip · 1.0 s" in texts[0]
    assert texts[2].startswith("3. Still, frame 100") and "Laughing together." in texts[2]
    icons = [builder.list.item(row).icon() for row in range(3)]
    assert all(not icon.isNull() for icon in icons)
    key_frame = builder.thumbs.image(builder.items[0].recording_id, 25)
    assert key_frame is not None and image_code(key_frame) == 25


def test_reorder_by_buttons_keys_and_drag_then_undo(builder: ReviewBuilder,
                                                   qtbot: QtBot) -> None:
    first, second, still = _order(builder)
    builder.list.setCurrentRow(0)
    builder.buttons["down"].click()
    assert _order(builder) == [second, first, still]
    assert builder.selected_id() == first  # the moved item stays selected
    builder.list.setFocus()
    qtbot.keyClick(builder.list, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert _order(builder) == [second, still, first]
    # a drag and drop moves the still to the top (the model move a drop makes)
    assert builder.list.model().moveRow(QModelIndex(), 1, QModelIndex(), 0)
    qtbot.waitUntil(lambda: _order(builder) == [still, second, first], timeout=2000)
    builder.list.setCurrentRow(2)
    builder.buttons["up"].click()
    assert _order(builder) == [still, first, second]
    stack = builder.session.undo_stack
    assert stack.count() == 4
    for expected in ([still, second, first], [second, still, first], [second, first, still],
                     [first, second, still]):
        stack.undo()
        assert _order(builder) == expected
    stack.redo()
    assert _order(builder) == [second, first, still]


def test_talking_points_commit_on_focus_out_and_undo(builder: ReviewBuilder,
                                                    qtbot: QtBot) -> None:
    builder.list.setCurrentRow(1)
    builder.points.setFocus()
    qtbot.waitUntil(builder.points.hasFocus, timeout=2000)
    builder.points.setPlainText("Look at Sam's face.")
    builder.list.setFocus()  # leaving the field saves it
    QApplication.processEvents()
    item_id = builder.items[1].item_id
    saved = {item.id: item.talking_points
             for item in reviews.list_items(builder.session.case, builder.cycle_id)}
    assert saved[item_id] == "Look at Sam's face."
    builder.session.undo_stack.undo()
    assert builder.points.toPlainText() == "How do you think Sam feels?"


def test_add_and_remove_items(builder: ReviewBuilder, recording: Recording) -> None:
    case = builder.session.case
    extra = clips.add_clip(case, recording.id, 100, 110, title="Extra")
    listed = choices(case, builder.cycle_id)  # type: ignore[arg-type]
    assert [used for kind, ident, _text, used in listed if ident == extra.id
            and kind == "clip"] == [False]
    assert sum(used for *_rest, used in listed) == 3
    builder.add([("clip", extra.id)])
    assert builder.list.count() == 4 and builder.items[3].name == "Extra"
    builder.list.setCurrentRow(0)
    builder.buttons["remove"].click()
    assert builder.list.count() == 3 and builder.items[0].name == "Smiling"
    builder.session.undo_stack.undo()
    assert builder.list.count() == 4 and builder.items[0].name == "Waiting"


def test_preview_plays_the_item_exactly(builder: ReviewBuilder, qtbot: QtBot) -> None:
    builder.list.setCurrentRow(0)
    preview = builder.preview
    assert wait_picture(qtbot, preview.picture, 10) == 10
    preview.buttons["toggle_play"].click()
    assert preview.review is not None
    qtbot.waitUntil(lambda: preview.review.mode == HOLDING, timeout=60000)  # type: ignore
    assert wait_picture(qtbot, preview.picture, 25) == 25
    builder.list.setCurrentRow(2)
    assert wait_picture(qtbot, preview.picture, 100) == 100
    assert not preview.buttons["toggle_play"].isEnabled()
