"""The Case details screen: real widgets on a real case, edits checked in the case file."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QFocusEvent, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from vigeditor.project import cycles, details, people, plan, questions
from vigeditor.project.model import PURPOSES
from vigeditor.ui.details.case_details import CaseDetails
from vigeditor.ui.details.questions import FIRST_RATING, HOPED
from vigeditor.ui.details.rating_chart import Series
from vigeditor.ui.session import CaseSession


@pytest.fixture
def screen(session: CaseSession, qtbot: QtBot) -> Iterator[CaseDetails]:
    widget = CaseDetails(session)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.people.dialog = None


def leave(widget: QWidget) -> None:
    """The guider leaves a field: it gets the focus-out it would get from a click elsewhere."""
    event = QFocusEvent(QEvent.Type.FocusOut, Qt.FocusReason.TabFocusReason)
    widget.focusOutEvent(event)  # type: ignore[attr-defined]


def add_person(screen: CaseDetails, qtbot: QtBot, name: str, role: str) -> None:
    tab = screen.people
    tab.new_name.setText(name)
    tab.new_role.setCurrentIndex(tab.new_role.findData(role))
    with qtbot.waitSignal(screen.session.changed):
        qtbot.keyClick(tab.new_name, Qt.Key.Key_Return)


def test_people_and_consent_given_and_withdrawn(screen: CaseDetails, qtbot: QtBot) -> None:
    case, tab = screen.session.case, screen.people
    add_person(screen, qtbot, "Kim", "carer")
    kim = people.list_people(case)[0]
    assert (kim.name, kim.role) == ("Kim", "carer")
    assert tab.people.item(0, 0).text() == "Kim" and tab.new_name.text() == ""
    tab.consents.setCurrentCell(0, PURPOSES.index("filming"))
    dialog = tab.open_consent_dialog("give")
    assert dialog.person.currentData() == kim.id and dialog.purpose.currentData() == "filming"
    dialog.set_values(day="2024-03-01")
    with qtbot.waitSignal(screen.session.changed):
        dialog.accept()
    assert [(c.purpose, c.given, c.withdrawn) for c in people.list_consents(case)] == [
        ("filming", "2024-03-01", None)]
    cell = tab.consents.item(0, PURPOSES.index("filming"))
    assert cell.text() == "given\n1 Mar 2024"

    dialog = tab.open_consent_dialog("withdraw")
    dialog.set_values(day="2024-04-02")
    with qtbot.waitSignal(screen.session.changed):
        dialog.accept()
    assert people.list_consents(case)[0].withdrawn == "2024-04-02"
    cell = tab.consents.item(0, PURPOSES.index("filming"))
    assert cell.text() == "withdrawn\n2 Apr 2024"
    assert cell.toolTip().splitlines()[1:] == ["given 1 Mar 2024", "withdrawn 2 Apr 2024"]
    assert not people.has_consent(case, kim.id, "filming", on="2024-05-01")

    with qtbot.waitSignal(screen.session.changed):
        screen.session.undo()
    assert people.list_consents(case)[0].withdrawn is None
    assert tab.consents.item(0, PURPOSES.index("filming")).text() == "given\n1 Mar 2024"


def test_professional_consent_needs_the_name(screen: CaseDetails, qtbot: QtBot) -> None:
    case, tab = screen.session.case, screen.people
    add_person(screen, qtbot, "Lee", "carer")
    dialog = tab.open_consent_dialog("give")
    dialog.set_values(purpose="professional", day="2024-03-01")
    with qtbot.waitSignal(screen.session.failed):
        dialog.accept()
    assert dialog.isVisible() and "professional" in dialog.error.text()
    assert people.list_consents(case) == []
    dialog.set_values(professional="Jo Patel")
    with qtbot.waitSignal(screen.session.changed):
        dialog.accept()
    assert not dialog.isVisible()
    assert [c.professional for c in people.list_consents(case)] == ["Jo Patel"]
    assert "Jo Patel" in tab.consents.item(0, PURPOSES.index("professional")).text()


def test_ratings_fill_the_chart_and_undo_restores(screen: CaseDetails, qtbot: QtBot) -> None:
    case, tab = screen.session.case, screen.questions
    screen.tabs.setCurrentWidget(tab)
    tab.new_text.setText("How can I help Sam settle at bedtime?")
    tab.new_hoped.setValue(8)
    with qtbot.waitSignal(screen.session.changed):
        qtbot.keyClick(tab.new_text, Qt.Key.Key_Return)
    question = questions.list_questions(case)[0]
    assert (question.text, question.hoped_rating) == ("How can I help Sam settle at bedtime?", 8)
    cycle_1 = cycles.list_cycles(case)[0]
    assert tab.stages == [("start", None), ("cycle", cycle_1.id), ("end", None)]
    for offset, value in ((0, "3"), (1, "5")):
        with qtbot.waitSignal(screen.session.changed):
            tab.table.item(0, FIRST_RATING + offset).setText(value)
    stored = [(r.stage, r.cycle_id, r.rating) for r in questions.list_ratings(case)]
    assert stored == [("start", None, 3), ("cycle", cycle_1.id, 5)]
    assert tab.chart.columns() == ["Start", "Cycle 1", "End"]
    assert tab.chart.series() == [Series(1, question.text, ((0, 3), (1, 5)), 8)]
    assert "Start 3, Cycle 1 5" in tab.chart.accessibleDescription()
    assert count_colour(render(tab.chart), tab.chart.colour(0)) > 50

    with qtbot.waitSignal(screen.session.changed):
        screen.session.undo()
    assert tab.chart.series()[0].points == ((0, 3),)
    assert tab.table.item(0, FIRST_RATING + 1).text() == ""


def render(widget: QWidget) -> QImage:
    widget.resize(500, 320)
    image = QImage(widget.size(), QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    widget.render(image)
    return image


def count_colour(image: QImage, colour: QColor) -> int:
    """Pixels within a small distance of ``colour`` (the line and markers of a series)."""
    found = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            pixel = image.pixelColor(x, y)
            if abs(pixel.red() - colour.red()) + abs(pixel.green() - colour.green()) + \
                    abs(pixel.blue() - colour.blue()) < 30:
                found += 1
    return found


def test_a_refused_rating_is_a_plain_message(screen: CaseDetails, qtbot: QtBot) -> None:
    case, tab = screen.session.case, screen.questions
    question = screen.session.run(questions.add_question, case, "Playing without shouting")
    qtbot.waitUntil(lambda: tab.table.rowCount() == 1)
    stack = screen.session.undo_stack.count()
    with qtbot.waitSignal(screen.session.failed) as failure:
        tab.table.item(0, FIRST_RATING).setText("11")
    assert "1 to 10" in failure.args[0]
    assert "1 to 10" in screen.message.text()
    assert questions.list_ratings(case) == []
    assert screen.session.undo_stack.count() == stack
    qtbot.waitUntil(lambda: tab.table.item(0, FIRST_RATING).text() == "")
    with qtbot.waitSignal(screen.session.failed):
        tab.table.item(0, HOPED).setText("ten")
    assert questions.get_question(case, question.id).hoped_rating is None


def test_traject_plan_text_is_stored_on_leaving(screen: CaseDetails, qtbot: QtBot) -> None:
    case, tab = screen.session.case, screen.plan
    headings = [s.heading for s in plan.list_sections(case)]
    assert [e.heading.text() for e in tab.editors] == headings
    assert headings[0] == "Basic Communication"
    editor = tab.editors[1]
    editor.text.setPlainText("Bath, story, lights out by 7:30.")
    with qtbot.waitSignal(screen.session.changed):
        leave(editor.text)
    assert plan.list_sections(case)[1].text == "Bath, story, lights out by 7:30."
    tab.new_heading.setText("School and Nursery")
    with qtbot.waitSignal(screen.session.changed):
        qtbot.keyClick(tab.new_heading, Qt.Key.Key_Return)
    with qtbot.waitSignal(screen.session.changed):
        tab.editor("School and Nursery").up.click()
    order = [s.heading for s in plan.list_sections(case)]
    assert order[-2:] == ["School and Nursery", headings[-1]]
    assert [e.heading.text() for e in tab.editors] == order
    with qtbot.waitSignal(screen.session.changed):
        screen.session.undo()
    with qtbot.waitSignal(screen.session.changed):
        screen.session.undo()
    with qtbot.waitSignal(screen.session.changed):
        screen.session.undo()
    assert plan.list_sections(case)[1].text == ""
    assert tab.editors[1].text.toPlainText() == ""


def test_working_points_and_cycle_dates(screen: CaseDetails, qtbot: QtBot) -> None:
    case, tab = screen.session.case, screen.cycles
    cycle = cycles.list_cycles(case)[0]
    assert tab.current_id == cycle.id and tab.cycles.count() == 1
    tab.new_point.setText("Wait for Sam to start the game")
    with qtbot.waitSignal(screen.session.changed):
        qtbot.keyClick(tab.new_point, Qt.Key.Key_Return)
    assert [p.text for p in cycles.list_working_points(case, cycle.id)] == [
        "Wait for Sam to start the game"]
    assert tab.points.item(0, 0).text() == "Wait for Sam to start the game"
    with qtbot.waitSignal(screen.session.changed):
        tab.points.item(0, 0).setText("Wait for Sam to start")
    assert cycles.list_working_points(case, cycle.id)[0].text == "Wait for Sam to start"
    tab.filming.set_value("2024-03-05")
    with qtbot.waitSignal(screen.session.changed):
        tab.filming.editingFinished.emit()
    assert cycles.get_cycle(case, cycle.id).filming_date == "2024-03-05"
    assert "Cycle 1" in tab.cycles.item(0).text()
    tab.review.set_value("2024-03-01")
    with qtbot.waitSignal(screen.session.failed):
        tab.review.editingFinished.emit()
    assert cycles.get_cycle(case, cycle.id).review_date is None
    assert tab.review.value() is None


def test_family_details_and_typing_is_not_clobbered(screen: CaseDetails,
                                                    qtbot: QtBot) -> None:
    case, tab = screen.session.case, screen.family
    assert tab.texts["family_code"].text() == "F01"
    tab.texts["family_name"].setText("Kowalski")
    with qtbot.waitSignal(screen.session.changed):
        tab.texts["family_name"].editingFinished.emit()
    assert details.get_details(case).family_name == "Kowalski"
    tab.dates["end_of_involvement"].set_value("2024-09-30")
    with qtbot.waitSignal(screen.session.changed):
        tab.dates["end_of_involvement"].editingFinished.emit()
    assert details.get_details(case).end_of_involvement == "2024-09-30"
    screen.activateWindow()
    tab.texts["service"].setFocus()
    qtbot.waitUntil(tab.texts["service"].hasFocus)
    tab.texts["service"].setText("Family Supp")  # still typing
    with qtbot.waitSignal(screen.session.changed):
        screen.session.undo()  # an event arrives for the case details
    assert details.get_details(case).end_of_involvement is None
    assert tab.dates["end_of_involvement"].value() is None
    assert tab.texts["service"].text() == "Family Supp"
    assert tab.texts["family_name"].text() == "Kowalski"


def test_every_control_is_named_and_a_tab_stop(screen: CaseDetails) -> None:
    unnamed: list[str] = []
    for index in range(screen.tabs.count()):
        screen.tabs.setCurrentIndex(index)
        page = screen.tabs.currentWidget()
        controls = [w for w in page.findChildren(QWidget) if is_control(w, page)]
        assert len(controls) >= (1 if page is screen.audit else 4)  # the audit: read-only
        unnamed += [f"{screen.tabs.tabText(index)}: {type(w).__name__}"
                    for w in controls if not w.accessibleName()]
        assert all(w.focusPolicy() & Qt.FocusPolicy.TabFocus for w in controls
                   if w.isEnabled())
    assert unnamed == []


def is_control(widget: QWidget, page: QWidget) -> bool:
    """A control the guider uses (not a part inside a spin box, combo box or table)."""
    kinds = (QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit, QAbstractItemView,
             QPlainTextEdit)
    inner = (QAbstractSpinBox, QComboBox, QAbstractItemView)
    return isinstance(widget, kinds) and widget.isVisibleTo(page) and \
        not isinstance(widget, QHeaderView) and \
        not isinstance(widget.parentWidget(), inner)


def test_chart_in_a_dark_palette_and_with_gaps(qtbot: QtBot) -> None:
    from PySide6.QtGui import QPalette

    from vigeditor.ui.details.rating_chart import RatingChart

    chart = RatingChart()
    qtbot.addWidget(chart)
    columns = ["Start", "Cycle 1", "Cycle 2", "End"]
    chart.set_data(columns, [Series(1, "Settle at bedtime", ((0, 2), (2, 6)), 9),
                             Series(2, "Play without shouting", (), None)])
    palette = chart.palette()
    palette.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#eeeeee"))
    chart.setPalette(palette)
    assert chart.colour(0).lightness() > QColor("#0072B2").lightness()
    image = render(chart)
    assert count_colour(image, chart.colour(0)) > 50
    assert image.pixelColor(image.width() - 4, 4).lightness() < 60  # dark background
    description = chart.accessibleDescription()
    assert "Start 2, Cycle 2 6. Hoped for 9." in description
    assert "Question 2, “Play without shouting”: no ratings yet." in description
