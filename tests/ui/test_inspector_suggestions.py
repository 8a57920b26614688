"""The inspector offers the phrase library's captions for a clip's or a still's principles:
choosing one fills the caption (one undo step), ready to edit (issue 12)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from vigeditor.project import clips, people, phrases, stills
from vigeditor.project.model import Recording
from vigeditor.ui.editor_state import EditorState, Selection
from vigeditor.ui.panels.inspector import Inspector
from vigeditor.ui.session import CaseSession


@pytest.fixture
def inspector(session: CaseSession, state: EditorState, qtbot: QtBot) -> Inspector:
    people.add_person(session.case, "Sam", "child")
    widget = Inspector(session, state)
    qtbot.addWidget(widget)
    widget.resize(420, 720)
    widget.show()
    qtbot.waitExposed(widget)
    session.undo_stack.clear()
    return widget


def test_choosing_a_suggestion_fills_the_caption_ready_to_edit(
        inspector: Inspector, session: CaseSession, state: EditorState, recording: Recording,
        qtbot: QtBot) -> None:
    clip = clips.add_clip(session.case, recording.id, 10, 40,
                          principles=["receiving.eye-contact"])
    session.undo_stack.clear()
    state.set_selection(Selection("clip", clip.id))
    button = inspector.suggestions["clip"]
    assert button.isEnabled() and button.isVisibleTo(inspector)
    offered = button.phrases()
    assert offered[0] == "Sam looked at you, and you smiled back."
    assert offered == phrases.caption_suggestions(session.case, ["receiving.eye-contact"])
    assert [a.text() for a in button.menu().actions()] == offered
    with qtbot.waitSignal(session.changed):
        button.choose(1)
    assert clips.get_clip(session.case, clip.id).caption == offered[1]
    caption = inspector.field("clip", "caption")
    assert caption.value() == offered[1] and session.undo_stack.count() == 1
    assert QApplication.focusWidget() is caption
    assert caption.textCursor().position() == len(offered[1])  # the guider types on
    caption.insertPlainText(" Well done.")
    with qtbot.waitSignal(session.changed):
        caption.clearFocus()  # leaving the field commits the edit
    assert clips.get_clip(session.case, clip.id).caption == offered[1] + " Well done."
    with qtbot.waitSignal(session.changed):
        session.undo()
    with qtbot.waitSignal(session.changed):
        session.undo()
    assert clips.get_clip(session.case, clip.id).caption == ""


def test_suggestions_follow_the_principles(inspector: Inspector, session: CaseSession,
                                           state: EditorState, recording: Recording,
                                           qtbot: QtBot) -> None:
    clip = clips.add_clip(session.case, recording.id, 10, 40)
    state.set_selection(Selection("clip", clip.id))
    button = inspector.suggestions["clip"]
    general = phrases.caption_suggestions(session.case, [])
    assert button.phrases() == general and general  # no principles: general phrases
    with qtbot.waitSignal(session.changed):
        inspector.field("clip", "principles").set_checked("encouraging.waiting", True)
    assert button.phrases()[0] == "You waited, and Sam started the game."


def test_a_still_offers_the_phrases_of_its_principles(inspector: Inspector,
                                                      session: CaseSession,
                                                      state: EditorState,
                                                      recording: Recording,
                                                      qtbot: QtBot) -> None:
    still = stills.add_still(session.case, recording.id, 48, principles=["guiding"])
    state.set_selection(Selection("still", still.id))
    button = inspector.suggestions["still"]
    assert button.phrases()[0] == "You helped Sam take the next step."
    with qtbot.waitSignal(session.changed):
        button.choose(0)
    assert stills.get_still(session.case, still.id).caption == \
        "You helped Sam take the next step."
