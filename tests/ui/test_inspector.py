"""The inspector: one undoable operation per field edit, reloaded from events."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from vigeditor.project import clips, moments, stills
from vigeditor.project.model import Clip, Recording
from vigeditor.ui.editor_state import EditorState, Selection
from vigeditor.ui.panels.inspector import Inspector
from vigeditor.ui.session import CaseSession


@pytest.fixture
def inspector(session: CaseSession, state: EditorState, qtbot: QtBot) -> Inspector:
    widget = Inspector(session, state)
    qtbot.addWidget(widget)
    widget.resize(420, 640)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def clip(session: CaseSession, state: EditorState, recording: Recording, qtbot: QtBot) -> Clip:
    with qtbot.waitSignal(session.changed):
        made = clips.add_clip(session.case, recording.id, 20, 60, title="Tower",
                              caption="You waited for Sam", principles=["receiving"])
    session.undo_stack.clear()
    state.set_selection(Selection("clip", made.id))
    return made


def _edit_text(inspector: Inspector, qtbot: QtBot, kind: str, name: str, text: str) -> None:
    """Type into a text field and leave it, as the guider does."""
    field = inspector.field(kind, name)
    field.set_value(text)
    with qtbot.waitSignal(inspector.session.changed):
        field.edited.emit()  # what focus out / editing finished emits


def test_caption_edit_commits_and_undo_shows_the_old_one(
        inspector: Inspector, clip: Clip, session: CaseSession, qtbot: QtBot) -> None:
    caption = inspector.field("clip", "caption")
    assert caption.value() == "You waited for Sam"
    assert "family" in caption.placeholderText()
    _edit_text(inspector, qtbot, "clip", "caption", "Sam looked at you and you smiled")
    assert clips.list_clips(session.case)[0].caption == "Sam looked at you and you smiled"
    assert session.undo_stack.count() == 1
    inspector.field("clip", "caption").edited.emit()  # leaving again changes nothing
    assert session.undo_stack.count() == 1
    with qtbot.waitSignal(session.changed):
        session.undo()
    assert clips.list_clips(session.case)[0].caption == "You waited for Sam"
    assert caption.value() == "You waited for Sam"
    with qtbot.waitSignal(session.changed):
        session.redo()
    assert caption.value() == "Sam looked at you and you smiled"


def test_principles_toggle_one_operation_each(inspector: Inspector, clip: Clip,
                                              session: CaseSession, qtbot: QtBot) -> None:
    checklist = inspector.field("clip", "principles")
    assert checklist.value() == ("receiving",)
    with qtbot.waitSignal(session.changed):
        checklist.set_checked("developing.having-fun", True)
    with qtbot.waitSignal(session.changed):
        checklist.set_checked("receiving", False)
    assert clips.get_clip(session.case, clip.id).principles == ("developing.having-fun",)
    assert session.undo_stack.count() == 2
    with qtbot.waitSignal(session.changed):
        session.undo()
    assert set(checklist.value()) == {"receiving", "developing.having-fun"}


def test_key_frame_use_current_frame(inspector: Inspector, clip: Clip, session: CaseSession,
                                     state: EditorState, qtbot: QtBot) -> None:
    state.set_frame(42)
    with qtbot.waitSignal(session.changed):
        qtbot.mouseClick(inspector.use_current, Qt.MouseButton.LeftButton)
    assert clips.get_clip(session.case, clip.id).key_frame == 42
    assert inspector.field("clip", "key_frame").value() == 42
    state.set_frame(100)  # outside the clip: refused with a message, the field unchanged
    with qtbot.waitSignal(session.failed) as failed:
        inspector.use_current_frame()
    assert "key frame" in failed.args[0]
    assert inspector.field("clip", "key_frame").value() == 42
    assert clips.get_clip(session.case, clip.id).key_frame == 42
    with qtbot.waitSignal(session.changed):
        inspector.field("clip", "slow_motion").click()
    assert clips.get_clip(session.case, clip.id).slow_motion is True


def test_moment_fields(inspector: Inspector, session: CaseSession, state: EditorState,
                       recording: Recording, qtbot: QtBot) -> None:
    with qtbot.waitSignal(session.changed):
        moment = moments.add_moment(session.case, recording.id, 30, principles=["attentive"])
    session.undo_stack.clear()
    state.set_selection(Selection("moment", moment.id))
    assert inspector.stack.currentWidget() is inspector.pages["moment"]
    who = inspector.field("moment", "who")
    who.setCurrentIndex(who.findData("child-initiative"))
    with qtbot.waitSignal(session.changed):
        who.activated.emit(who.currentIndex())
    _edit_text(inspector, qtbot, "moment", "note", "Sam shows the tower")
    who.set_value("Sibling joins in")  # the guider's own words
    with qtbot.waitSignal(session.changed):
        who.lineEdit().editingFinished.emit()
    stored = moments.get_moment(session.case, moment.id)
    assert (stored.who, stored.note) == ("Sibling joins in", "Sam shows the tower")
    assert moments.list_moments(session.case, recording.id)[0].who == "Sibling joins in"
    assert session.undo_stack.count() == 3
    with qtbot.waitSignal(session.changed):
        session.undo()
    assert who.value() == "child-initiative" and who.currentText() == "Child initiative"


def test_typing_is_not_overwritten_by_events(inspector: Inspector, clip: Clip,
                                             session: CaseSession, qtbot: QtBot) -> None:
    title = inspector.field("clip", "title")
    inspector.activateWindow()
    title.setFocus()
    qtbot.waitUntil(title.hasFocus)
    title.setText("Sam builds a")  # still typing
    title.setCursorPosition(4)
    with qtbot.waitSignal(session.changed):  # a change elsewhere, e.g. from the palette
        session.run(clips.update_clip, session.case, clip.id, caption="New words")
    assert title.text() == "Sam builds a" and title.cursorPosition() == 4
    assert inspector.field("clip", "caption").value() == "New words"


def test_still_and_nothing_selected(inspector: Inspector, session: CaseSession,
                                    state: EditorState, recording: Recording,
                                    qtbot: QtBot) -> None:
    assert inspector.stack.currentIndex() == 0
    still = stills.add_still(session.case, recording.id, 48, caption="Look at his face")
    state.set_selection(Selection("still", still.id))
    _edit_text(inspector, qtbot, "still", "caption", "Look at his face: he loves it")
    with qtbot.waitSignal(session.changed):
        session.run(stills.remove_still, session.case, still.id)
    assert inspector.stack.currentIndex() == 0  # its item is gone
    for page in inspector.pages.values():  # every control named, labelled and reachable
        for editor in page.findChildren(QWidget):
            inner = isinstance(editor.parent(), QAbstractSpinBox | QComboBox) or \
                editor.window() is not inspector  # a combo box's popup list
            if editor.focusPolicy() & Qt.FocusPolicy.TabFocus and not inner:
                assert editor.accessibleName(), editor
    labels = inspector.pages["clip"].findChildren(QLabel)
    assert {label.buddy().accessibleName() for label in labels if label.buddy()} >= \
        {"Title", "Caption", "In frame", "Out frame", "Key frame", "Principles"}


def test_opening_a_recording_clears_the_inspector(inspector: Inspector, clip: Clip,
                                                  state: EditorState,
                                                  session: CaseSession,
                                                  recording: Recording) -> None:
    assert inspector.stack.currentWidget() is inspector.pages["clip"]
    state.set_recording(recording, session.case.frame_table(recording.id))
    assert inspector.stack.currentIndex() == 0 and inspector.item is None
