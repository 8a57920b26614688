"""The after-review form: saved to the cycle in one undoable step and reloaded."""

from __future__ import annotations

from PySide6.QtWidgets import QSpinBox
from pytestqt.qtbot import QtBot

from vigeditor.project import cycles, questions, reviews
from vigeditor.project.model import Recording
from vigeditor.ui.review.after_review import AfterReviewDialog
from vigeditor.ui.session import CaseSession


def test_after_review_form_saves_and_reloads(qtbot: QtBot, session: CaseSession,
                                             recording: Recording) -> None:
    case = session.case
    cycle = cycles.list_cycles(case)[0]
    bedtime = questions.add_question(case, "How can I help Sam settle at bedtime?")
    play = questions.add_question(case, "How can I play with Sam for longer?")
    questions.rate_question(case, play.id, 4, stage="cycle", cycle_id=cycle.id)
    cycles.add_working_point(case, cycle.id, "Wait for Sam's turn.")
    session.undo_stack.clear()
    form = AfterReviewDialog(session, cycle.id)
    qtbot.addWidget(form)
    assert [form.points.item(row).text() for row in range(form.points.count())] == [
        "Wait for Sam's turn."]
    assert form.ratings[play.id].value() == 4 and form.ratings[bedtime.id].value() == 0
    form.noticed.setPlainText("I saw how Sam looks at me when I wait.")
    form.notes.setPlainText("Mum was moved by the second clip.")
    form.points.item(0).setText("Wait for Sam's turn, then name it.")
    form.new_point.setText("Notice Sam's smiles.")
    form.add_point()
    form.ratings[bedtime.id].setValue(6)
    form.ratings[play.id].setValue(0)  # not rated any more
    assert form.save()
    review = reviews.get_review(case, cycle.id)
    assert review is not None and review.parent_noticed == "I saw how Sam looks at me when I wait."
    assert review.notes == "Mum was moved by the second clip."
    assert [p.text for p in cycles.list_working_points(case, cycle.id)] == [
        "Wait for Sam's turn, then name it.", "Notice Sam's smiles."]
    ratings = {r.question_id: r.rating for r in questions.list_ratings(case)
               if r.stage == "cycle" and r.cycle_id == cycle.id}
    assert ratings == {bedtime.id: 6}
    assert session.undo_stack.count() == 1  # one step
    again = AfterReviewDialog(session, cycle.id)
    qtbot.addWidget(again)
    assert again.noticed.toPlainText() == "I saw how Sam looks at me when I wait."
    assert [again.points.item(row).text() for row in range(again.points.count())] == [
        "Wait for Sam's turn, then name it.", "Notice Sam's smiles."]
    assert again.ratings[bedtime.id].value() == 6 and again.ratings[play.id].value() == 0
    assert all(spin.accessibleName() for spin in again.findChildren(QSpinBox))
    session.undo_stack.undo()
    assert [p.text for p in cycles.list_working_points(case, cycle.id)] == [
        "Wait for Sam's turn."]
    assert {r.question_id: r.rating for r in questions.list_ratings(case)
            if r.stage == "cycle"} == {play.id: 4}


def test_a_refused_form_stays_open(qtbot: QtBot, session: CaseSession,
                                   recording: Recording) -> None:
    cycle = cycles.list_cycles(session.case)[0]
    form = AfterReviewDialog(session, cycle.id)
    qtbot.addWidget(form)
    messages: list[str] = []
    session.failed.connect(messages.append)
    form.noticed.setPlainText("x" * 20_000)
    form.show()
    assert not form.save()
    assert form.isVisible() and messages and "too long" in messages[0]
