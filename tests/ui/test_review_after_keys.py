"""The after-review form's keys (issue 12): Enter in the working-point field adds a point
and stays there; Ctrl+Z / Ctrl+Shift+Z in the form undo and redo the case's history."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from vigeditor.project import cycles, reviews
from vigeditor.project.model import Recording
from vigeditor.ui.review.after_review import AfterReviewDialog
from vigeditor.ui.session import CaseSession


def _form(qtbot: QtBot, session: CaseSession) -> AfterReviewDialog:
    cycle = cycles.list_cycles(session.case)[0]
    form = AfterReviewDialog(session, cycle.id)
    qtbot.addWidget(form)
    form.show()
    form.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is form)
    return form


def _points(form: AfterReviewDialog) -> list[str]:
    return [form.points.item(row).text() for row in range(form.points.count())]


def test_enter_adds_a_working_point_and_stays(qtbot: QtBot, session: CaseSession,
                                              recording: Recording) -> None:
    form = _form(qtbot, session)
    form.new_point.setFocus()
    qtbot.keyClicks(form.new_point, "Wait for Sam's turn.")
    qtbot.keyClick(form.new_point, Qt.Key.Key_Return)
    qtbot.keyClicks(form.new_point, "Name the smile.")
    qtbot.keyClick(form.new_point, Qt.Key.Key_Enter)
    assert _points(form) == ["Wait for Sam's turn.", "Name the smile."]
    assert form.isVisible() and form.focusWidget() is form.new_point and form.new_point.text() == ""
    assert reviews.get_review(session.case, form.cycle_id) is None or \
        cycles.list_working_points(session.case, form.cycle_id) == []  # not saved yet
    qtbot.keyClick(form.new_point, Qt.Key.Key_Return)  # empty: nothing added, still open
    assert form.isVisible() and len(_points(form)) == 2


def test_ctrl_z_and_ctrl_shift_z_in_the_form_undo_and_redo_the_case(
        qtbot: QtBot, session: CaseSession, recording: Recording) -> None:
    cycle = cycles.list_cycles(session.case)[0]
    session.run(cycles.add_working_point, session.case, cycle.id, "Wait.")
    session.run(cycles.add_working_point, session.case, cycle.id, "Entered by mistake")
    form = _form(qtbot, session)
    assert _points(form) == ["Wait.", "Entered by mistake"]
    for field in (form.new_point, form.noticed):  # text fields too
        field.setFocus()
        qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert [p.text for p in cycles.list_working_points(session.case, cycle.id)] == ["Wait."]
        assert _points(form) == ["Wait."]  # the form shows the case as it now is
        qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
                       | Qt.KeyboardModifier.ShiftModifier)
        assert _points(form) == ["Wait.", "Entered by mistake"]
    assert session.undo_stack.index() == session.undo_stack.count()


def test_ctrl_enter_saves_from_any_field(qtbot: QtBot, session: CaseSession,
                                         recording: Recording) -> None:
    form = _form(qtbot, session)
    assert form.focusWidget() is form.noticed  # typing can start at once
    qtbot.keyClicks(form.noticed, "I saw how Sam waits for me.")
    form.new_point.setFocus()
    qtbot.keyClicks(form.new_point, "Wait for Sam's turn.")
    qtbot.keyClick(form.new_point, Qt.Key.Key_Return)
    qtbot.keyClick(form.new_point, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not form.isVisible()
    review = reviews.get_review(session.case, form.cycle_id)
    assert review is not None and review.parent_noticed == "I saw how Sam waits for me."
    assert [p.text for p in cycles.list_working_points(session.case, form.cycle_id)] == [
        "Wait for Sam's turn."]


def test_ctrl_z_takes_back_the_forms_own_edit_before_the_case(
        qtbot: QtBot, session: CaseSession, recording: Recording) -> None:
    """A working point just added (not yet saved) is what Ctrl+Z takes back, not an unseen
    step of the case's history (found by trying the app as a guider); typing in the field
    with the focus comes first of all."""
    cycle = cycles.list_cycles(session.case)[0]
    session.run(cycles.add_working_point, session.case, cycle.id, "Wait.")
    form = _form(qtbot, session)
    steps = session.undo_stack.index()
    form.new_point.setFocus()
    qtbot.keyClicks(form.new_point, "Point 2")
    qtbot.keyClick(form.new_point, Qt.Key.Key_Return)
    qtbot.keyClicks(form.new_point, "Poi")
    qtbot.keyClick(form.new_point, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert form.new_point.text() == "" and _points(form) == ["Wait.", "Point 2"]
    qtbot.keyClick(form.new_point, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _points(form) == ["Wait."]  # the point just added
    assert session.undo_stack.index() == steps  # the case's history untouched
    qtbot.keyClick(form.new_point, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [p.text for p in cycles.list_working_points(session.case, cycle.id)] == []
    assert _points(form) == []  # now the case's last step, shown in the form
