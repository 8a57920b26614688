"""The case session: events reach the GUI thread and every operation is one undo command."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from vigeditor.project import moments
from vigeditor.project.model import Recording
from vigeditor.ui.session import CaseSession


def test_operations_become_undo_commands(session: CaseSession, recording: Recording,
                                         qtbot: QtBot) -> None:
    with qtbot.waitSignal(session.changed):
        moment = moments.add_moment(session.case, recording.id, 12,
                                    principles=["receiving.eye-contact"])
    assert session.undo_stack.count() == 1
    assert session.undo_stack.undoText() == session.case.last_change.label
    with qtbot.waitSignal(session.changed) as undone:
        session.undo()
    assert undone.args[0].origin == "undo"
    assert moments.list_moments(session.case, recording.id) == []
    with qtbot.waitSignal(session.changed):
        session.redo()
    assert [m.frame for m in moments.list_moments(session.case, recording.id)] == [moment.frame]
    assert session.undo_stack.count() == 1


def test_a_refused_operation_is_a_plain_message(session: CaseSession, recording: Recording,
                                                qtbot: QtBot) -> None:
    with qtbot.waitSignal(session.failed) as failure:
        session.run(moments.add_moment, session.case, recording.id, 10_000)
    assert "frame" in failure.args[0].lower()
    assert session.undo_stack.count() == 0
