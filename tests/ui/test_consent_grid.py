"""The consent grid of Case details (issue 12): each cell's state at a glance, its history on
hover, safe double-click, fixed row heights, several cells at once, Ctrl+Z, and a mistaken
withdrawal removed on its own."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from vigeditor.project import people
from vigeditor.project.model import PURPOSES
from vigeditor.ui.details.case_details import CaseDetails
from vigeditor.ui.session import CaseSession

FILMING, REVIEW, COPY = (PURPOSES.index(code) for code in ("filming", "review", "family-copy"))
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def screen(session: CaseSession, qtbot: QtBot) -> Iterator[CaseDetails]:
    """Case details on the People & consent tab, with Kim (carer) and Alex (child)."""
    for name, role in (("Kim", "carer"), ("Alex", "child")):
        session.run(people.add_person, session.case, name, role)
    widget = CaseDetails(session)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.tabs.setCurrentWidget(widget.people)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    yield widget
    widget.people.dialog = None


def run(screen: CaseDetails, qtbot: QtBot, operation: object, *args: object) -> None:
    with qtbot.waitSignal(screen.session.changed):
        screen.session.run(operation, screen.session.case, *args)


def ids(screen: CaseDetails) -> tuple[int, int]:
    kim, alex = people.list_people(screen.session.case)
    return kim.id, alex.id


def states(screen: CaseDetails) -> list[tuple[int, str, str | None, str | None]]:
    return sorted((c.person_id, c.purpose, c.given, c.withdrawn)
                  for c in people.list_consents(screen.session.case))


def row_heights(screen: CaseDetails) -> list[int]:
    grid = screen.people.consents
    return [grid.rowHeight(row) for row in range(grid.rowCount())]


def test_cells_show_the_state_and_the_history_on_hover_at_one_height(
        screen: CaseDetails, qtbot: QtBot) -> None:
    kim, _alex = ids(screen)
    grid = screen.people.consents
    heights = row_heights(screen)
    assert len(set(heights)) == 1
    assert grid.item(0, FILMING).text() == "not recorded"
    run(screen, qtbot, people.give_consent, kim, "filming", "2026-11-30")
    run(screen, qtbot, people.withdraw_consent, kim, "filming", "2026-12-02")
    run(screen, qtbot, people.give_consent, kim, "review", "2026-11-30")
    assert grid.item(0, FILMING).text() == "withdrawn\n2 Dec 2026"
    assert grid.item(0, REVIEW).text() == "given\n30 Nov 2026"
    assert grid.item(1, FILMING).text() == "not recorded"
    assert grid.item(0, FILMING).toolTip().splitlines() == [
        "Kim – Filming:", "given 30 Nov 2026", "withdrawn 2 Dec 2026"]
    assert row_heights(screen) == heights  # rows keep their height


def test_double_click_then_enter_never_withdraws(screen: CaseDetails, qtbot: QtBot) -> None:
    kim, _alex = ids(screen)
    run(screen, qtbot, people.give_consent, kim, "filming", "2026-11-30")
    grid, tab = screen.people.consents, screen.people
    for column in (FILMING, REVIEW):
        rect = grid.visualItemRect(grid.item(0, column))
        qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        dialog = tab.dialog
        assert dialog is not None and dialog.isVisible()
        qtbot.waitUntil(lambda d=dialog: d.isActiveWindow())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        qtbot.waitUntil(lambda d=dialog: not d.isVisible())
    today = date.today().isoformat()
    assert states(screen) == [(kim, "filming", "2026-11-30", None),
                              (kim, "review", today, None)]  # Enter records only "given"


def test_several_cells_at_once_in_one_undo_step_and_ctrl_z(
        screen: CaseDetails, qtbot: QtBot) -> None:
    kim, alex = ids(screen)
    grid, tab = screen.people.consents, screen.people
    model = grid.model()
    grid.setCurrentCell(0, FILMING)
    chosen = QItemSelection(model.index(0, FILMING), model.index(1, COPY))  # 2 × 3 cells
    grid.selectionModel().select(chosen, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    dialog = tab.open_consent_dialog("give")
    assert dialog.cells and not dialog.person.isVisible()
    dialog.set_values(day="2026-11-30")
    with qtbot.waitSignal(screen.session.changed):
        qtbot.keyClick(dialog.day, Qt.Key.Key_Return)
    usual3 = ("filming", "review", "family-copy")
    assert states(screen) == sorted((who, code, "2026-11-30", None)
                                    for who in (kim, alex) for code in usual3)
    assert grid.item(1, COPY).text() == "given\n30 Nov 2026"

    assert len(tab.selected_cells()) == 6  # the selection outlives the reload
    dialog = tab.open_consent_dialog("withdraw")
    dialog.set_values(day="2026-12-02")
    with qtbot.waitSignal(screen.session.changed):
        dialog.ok_button.click()  # a withdrawal needs the explicit button
    assert all(withdrawn == "2026-12-02" for *_rest, withdrawn in states(screen))

    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)
    grid.setFocus()
    with qtbot.waitSignal(screen.session.changed):
        qtbot.keyClick(grid, Qt.Key.Key_Z, CTRL)  # Ctrl+Z in Case details
    assert all(withdrawn is None for *_rest, withdrawn in states(screen))
    with qtbot.waitSignal(screen.session.changed):
        qtbot.keyClick(grid, Qt.Key.Key_Z, CTRL)  # all six "given" in one step
    assert states(screen) == []
    with qtbot.waitSignal(screen.session.changed):
        qtbot.keyClick(grid, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert len(states(screen)) == 6


def test_removing_a_mistaken_withdrawal_keeps_the_given_record(
        screen: CaseDetails, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    kim, _alex = ids(screen)
    run(screen, qtbot, people.give_consent, kim, "filming", "2026-11-30")
    run(screen, qtbot, people.withdraw_consent, kim, "filming", "2026-12-02")
    tab, grid = screen.people, screen.people.consents
    grid.setCurrentCell(0, FILMING)
    offered: list[list[str]] = []

    def choose(options: list[str]) -> int:
        offered.append(options)
        return 0  # the latest: the withdrawal

    monkeypatch.setattr(tab, "choose_mistake", choose)
    with qtbot.waitSignal(screen.session.changed):
        tab.remove_consent_record()
    assert offered[0][0].startswith("withdrawn 2 Dec 2026")
    assert offered[0][1].startswith("given 30 Nov 2026")
    assert states(screen) == [(kim, "filming", "2026-11-30", None)]
    assert grid.item(0, FILMING).text() == "given\n30 Nov 2026"
    with qtbot.waitSignal(screen.session.changed):
        tab.remove_consent_record()  # now the only record: the mistaken "given"
    assert states(screen) == [] and grid.item(0, FILMING).text() == "not recorded"


def test_no_label_shows_an_ampersand(screen: CaseDetails) -> None:
    for index in range(screen.tabs.count()):
        screen.tabs.setCurrentIndex(index)
        for label in screen.tabs.currentWidget().findChildren(QLabel):
            # without a buddy a label shows its "&" as it is
            assert "&" not in label.text() or label.buddy() is not None, label.text()
