"""The lists of moments, clips and stills: rows from events, selection, Delete, filter."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from vigeditor.project import clips, moments, stills
from vigeditor.project.model import Recording
from vigeditor.ui.editor_state import EditorState, Selection
from vigeditor.ui.panels.item_lists import ClipList, ItemList, MomentList, StillList
from vigeditor.ui.session import CaseSession


def _make(cls: type[ItemList], session: CaseSession, state: EditorState,
          qtbot: QtBot) -> ItemList:
    widget = cls(session, state)
    qtbot.addWidget(widget)
    widget.resize(800, 240)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def moment_list(session: CaseSession, state: EditorState, qtbot: QtBot) -> ItemList:
    return _make(MomentList, session, state, qtbot)


def _add(session: CaseSession, qtbot: QtBot, operation: object, *args: object,
         **kwargs: object) -> object:
    with qtbot.waitSignal(session.changed):
        return session.run(operation, session.case, *args, **kwargs)


def _click_row(widget: ItemList, qtbot: QtBot, row: int) -> None:
    rect = widget.view.visualRect(widget.proxy.index(row, 1))
    qtbot.mouseClick(widget.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_accessible_names(session: CaseSession, state: EditorState, qtbot: QtBot) -> None:
    lists = [_make(cls, session, state, qtbot) for cls in (MomentList, ClipList, StillList)]
    assert [widget.view.accessibleName() for widget in lists] == ["Moments", "Clips", "Stills"]
    assert all(widget.view.focusPolicy() & Qt.FocusPolicy.TabFocus for widget in lists)


def test_rows_follow_add_undo_and_redo(moment_list: ItemList, session: CaseSession,
                                       recording: Recording, qtbot: QtBot) -> None:
    resets: list[int] = []
    moment_list.model.modelReset.connect(lambda: resets.append(1))
    late = _add(session, qtbot, moments.add_moment, recording.id, 80,
                principles=["receiving.eye-contact"], who="parent-reception", note="Smiles")
    early = _add(session, qtbot, moments.add_moment, recording.id, 15)
    assert moment_list.visible_ids() == [early.id, late.id]  # in frame order
    model = moment_list.model
    assert [model.index(1, c).data() for c in range(3)] == ["2", "80", "00:02.667"]
    assert "Returning eye contact" in model.index(1, 3).data()
    assert model.index(1, 3).data(Qt.ItemDataRole.DecorationRole) is not None
    assert model.index(1, 4).data() == "Parent reception"
    with qtbot.waitSignal(session.changed):
        session.undo()
    assert moment_list.visible_ids() == [late.id]
    with qtbot.waitSignal(session.changed):
        session.redo()
    assert moment_list.visible_ids() == [early.id, late.id]
    _add(session, qtbot, moments.update_moment, late.id, frame=5)
    assert moment_list.visible_ids() == [late.id, early.id]  # moved to its new place
    assert resets == []  # row by row, never a full reload


def test_selecting_a_row_selects_the_item_and_its_frame(
        moment_list: ItemList, session: CaseSession, state: EditorState,
        recording: Recording, qtbot: QtBot) -> None:
    first = _add(session, qtbot, moments.add_moment, recording.id, 33)
    second = _add(session, qtbot, moments.add_moment, recording.id, 70)
    _click_row(moment_list, qtbot, 1)
    assert state.selection == Selection("moment", second.id) and state.frame == 70
    state.set_frame(3)  # moving on does not change the list or the selection
    assert moment_list.selected_item().id == second.id
    state.set_selection(Selection("moment", first.id))  # selected elsewhere, e.g. timeline
    assert moment_list.selected_item().id == first.id
    assert state.frame == 3  # showing a selection never moves the frame
    state.set_selection(Selection("clip", 1))
    assert moment_list.selected_item() is None


def test_delete_removes_and_undo_restores(session: CaseSession, state: EditorState,
                                          recording: Recording, qtbot: QtBot) -> None:
    clip_list = _make(ClipList, session, state, qtbot)
    clip = _add(session, qtbot, clips.add_clip, recording.id, 10, 50, title="Tower")
    clip_list.select_id(clip.id)
    assert state.selection == Selection("clip", clip.id) and state.frame == 10
    with qtbot.waitSignal(session.changed):
        qtbot.keyClick(clip_list.view, Qt.Key.Key_Delete)
    assert clips.list_clips(session.case, recording.id) == []
    assert clip_list.visible_ids() == [] and state.selection is None
    with qtbot.waitSignal(session.changed):
        session.undo()
    assert clip_list.visible_ids() == [clip.id]
    assert clip_list.model.index(0, 6).data() == "Tower"


def test_the_principle_filter_hides_rows(session: CaseSession, state: EditorState,
                                         recording: Recording, qtbot: QtBot) -> None:
    still_list = _make(StillList, session, state, qtbot)
    eye = _add(session, qtbot, stills.add_still, recording.id, 10,
               principles=["receiving.eye-contact"], caption="You smiled back")
    group = _add(session, qtbot, stills.add_still, recording.id, 20, principles=["receiving"])
    other = _add(session, qtbot, stills.add_still, recording.id, 30,
                 principles=["guiding.scaffolding"])
    state.set_filter("receiving")
    assert still_list.visible_ids() == [eye.id, group.id]
    state.set_filter("receiving.eye-contact")
    assert still_list.visible_ids() == [eye.id]
    assert still_list.view.model().index(0, 0).data() == "1"
    state.set_filter("")
    assert still_list.visible_ids() == [eye.id, group.id, other.id]
