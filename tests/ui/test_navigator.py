"""The case navigator: cycles → recordings → clips and stills, from events."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from tests.data.videos import VideoSpec, make_video
from vigeditor.project import clips, stills
from vigeditor.project.importing import import_recording
from vigeditor.project.model import Recording
from vigeditor.project.recordings import update_recording
from vigeditor.ui.editor_state import EditorState, Selection
from vigeditor.ui.panels.navigator import KIND, NAME, CaseNavigator
from vigeditor.ui.session import CaseSession


@pytest.fixture
def navigator(session: CaseSession, state: EditorState, qtbot: QtBot) -> CaseNavigator:
    widget = CaseNavigator(session, state)
    qtbot.addWidget(widget)
    widget.resize(420, 300)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _run(session: CaseSession, qtbot: QtBot, operation: object, *args: object,
         **kwargs: object) -> object:
    with qtbot.waitSignal(session.changed):
        return session.run(operation, session.case, *args, **kwargs)


def test_shows_cycle_one_with_its_recording(navigator: CaseNavigator, session: CaseSession,
                                            recording: Recording, qtbot: QtBot) -> None:
    tree = navigator.tree
    assert tree.accessibleName() == "Case navigator"
    assert tree.topLevelItemCount() == 1
    cycle = tree.topLevelItem(0)
    assert cycle.text(NAME) == "Cycle 1"
    row = cycle.child(0)
    assert row is navigator.row("recording", recording.id)
    assert row.text(NAME) == recording.original_name == "visit.mp4"
    assert row.text(KIND) == "Interaction film"
    assert row.text(2) == "00:04.000"
    assert tree.currentItem() is row  # the editor's recording is shown as current
    _run(session, qtbot, update_recording, recording.id, title="Bath time")
    assert navigator.row("recording", recording.id).text(NAME) == "Bath time"


def test_choosing_a_recording_emits_its_id(navigator: CaseNavigator, session: CaseSession,
                                           recording: Recording, film: object,
                                           qtbot: QtBot) -> None:
    other = make_video(session.case.folder.parent / "second.mp4",
                       VideoSpec(frames=30, width=160, height=120, gop=10))
    with qtbot.waitSignal(session.changed):
        second = import_recording(session.case, other, cycle=2).recording
    assert navigator.tree.topLevelItem(1).text(NAME) == "Cycle 2"
    with qtbot.waitSignal(navigator.recording_chosen) as chosen:
        navigator.choose("recording", second.id)
    assert chosen.args == [second.id]


def test_clips_and_stills_appear_under_their_recording(
        navigator: CaseNavigator, session: CaseSession, state: EditorState,
        recording: Recording, qtbot: QtBot) -> None:
    clip = _run(session, qtbot, clips.add_clip, recording.id, 30, 90, title="Tower")
    still = _run(session, qtbot, stills.add_still, recording.id, 45, caption="Big smile",
                 principles=["receiving.eye-contact"])
    parent = navigator.row("recording", recording.id)
    assert [parent.child(i).text(NAME) for i in range(parent.childCount())] == \
        ["Clip 1: Tower", "Still 1: Big smile"]
    assert parent.isExpanded()
    with qtbot.assertNotEmitted(navigator.recording_chosen):
        navigator.choose("clip", clip.id)  # its recording is open: select it, go to it
    assert state.selection == Selection("clip", clip.id) and state.frame == 30
    state.set_selection(Selection("still", still.id))  # selected elsewhere: shown here
    assert navigator.tree.currentItem() is navigator.row("still", still.id)
    with qtbot.waitSignal(session.changed):
        session.undo()
    with qtbot.waitSignal(session.changed):
        session.undo()
    assert navigator.row("clip", clip.id) is None
    assert navigator.row("recording", recording.id).childCount() == 0


def test_a_clip_of_another_recording_opens_it_first(
        navigator: CaseNavigator, session: CaseSession, state: EditorState,
        recording: Recording, qtbot: QtBot) -> None:
    clip = _run(session, qtbot, clips.add_clip, recording.id, 12, 40)
    state.set_recording(None, None)  # the main window opened nothing yet
    with qtbot.waitSignal(navigator.recording_chosen) as chosen:
        navigator.choose("clip", clip.id)
    assert chosen.args == [recording.id] and state.selection is None
    state.set_recording(recording, session.case.frame_table(recording.id))  # main window
    assert state.selection == Selection("clip", clip.id) and state.frame == 12
