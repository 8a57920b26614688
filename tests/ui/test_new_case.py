"""New case in one dialog: family code, guider, the people and the consent each gave today
(issue 12), created all or nothing, driven through the real dialog without blocking."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from vigeditor.project import people
from vigeditor.project.details import get_details
from vigeditor.project.settings import Settings
from vigeditor.ui.main_window import MainWindow
from vigeditor.ui.start import case_flows
from vigeditor.ui.start.new_case_dialog import NewCaseDialog
from vigeditor.ui.tasks import TaskRunner

RETURN = Qt.Key.Key_Return
LONG = Path("/home/guider.with.a.long.name/Documents/VIG cases of the family support service")


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    main = MainWindow(Settings(workspace=str(tmp_path / "workspace")),
                      runner=TaskRunner(synchronous=True))
    qtbot.addWidget(main)
    main.show()
    main.activateWindow()
    yield main
    main.close()


def open_dialog(window: MainWindow, qtbot: QtBot) -> NewCaseDialog:
    """File → New case by its shortcut (Ctrl+N): one input; the dialog opens without
    blocking (``open()``)."""
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(NewCaseDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.family_code)
    return dialog


def type_into(qtbot: QtBot, text: str) -> None:
    """Type into the field that has the focus (one input), as the guider would."""
    field = QApplication.focusWidget()
    assert field is not None
    qtbot.keyClicks(field, text)


def press(qtbot: QtBot, key: Qt.Key) -> None:
    field = QApplication.focusWidget()
    assert field is not None
    qtbot.keyClick(field, key)


def test_a_carer_and_a_child_with_the_usual_consent_in_nine_inputs(
        window: MainWindow, qtbot: QtBot) -> None:
    dialog = open_dialog(window, qtbot)               # 1  Ctrl+N
    type_into(qtbot, "F-2026-014")                    # 2
    press(qtbot, RETURN)                              # 3  on to the guider
    type_into(qtbot, "Sam Guider")                    # 4
    press(qtbot, RETURN)                              # 5  on to the first person
    type_into(qtbot, "Kim")                           # 6
    press(qtbot, RETURN)                              # 7  on to the next person
    type_into(qtbot, "Alex")                          # 8
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)  # 9 Create
    assert window.session is not None and not dialog.isVisible()
    case = window.session.case
    assert case.folder.name == "F-2026-014.vigcase"
    assert get_details(case).guider == "Sam Guider"
    added = people.list_people(case)
    assert [(p.name, p.role) for p in added] == [("Kim", "carer"), ("Alex", "child")]
    today = date.today().isoformat()
    assert sorted((c.person_id, c.purpose, c.given, c.withdrawn)
                  for c in people.list_consents(case)) == sorted(
        (person.id, code, today, None) for person in added for code in people.USUAL_PURPOSES)


def test_enter_in_an_empty_name_creates_and_purposes_one_by_one(
        window: MainWindow, qtbot: QtBot) -> None:
    dialog = open_dialog(window, qtbot)
    type_into(qtbot, "F7")
    press(qtbot, RETURN)
    press(qtbot, RETURN)  # no guider: on to the first person
    assert QApplication.focusWidget() is dialog.people.rows[0].name
    type_into(qtbot, "Kim")
    row = dialog.people.rows[0]
    row.usual.click()  # not all the usual: filming and review only
    row.actions["filming"].trigger()
    row.actions["review"].trigger()
    row.actions["research"].trigger()
    assert row.chosen() == ("filming", "review", "research") and not row.usual.isChecked()
    press(qtbot, RETURN)
    press(qtbot, RETURN)  # an empty name: create
    assert window.session is not None
    case = window.session.case
    assert sorted(c.purpose for c in people.list_consents(case)) == [
        "filming", "research", "review"]


def test_a_refused_person_leaves_no_case_and_keeps_the_dialog(
        window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.warning",
                        lambda _p, _t, text, *_a: shown.append(text))
    dialog = open_dialog(window, qtbot)
    dialog.family_code.setText("F8")
    dialog.people.rows[0].name.setText("K" * 300)  # longer than a name may be
    dialog.buttons.buttons()[0].click()
    assert shown and "not created" in shown[0]
    assert dialog.isVisible() and window.session is None
    workspace = Path(window.settings.workspace)
    assert not list(workspace.glob("*F8*"))


def test_labels_focus_their_fields_and_show_no_ampersand(
        window: MainWindow, qtbot: QtBot) -> None:
    dialog = open_dialog(window, qtbot)
    labels = [label for label in dialog.findChildren(QLabel) if label.isVisible()]
    for label in labels:
        assert "&" not in label.text() or label.buddy() is not None, label.text()
        assert "&&" not in label.text()
    fields = {"Family code": dialog.family_code, "Guider": dialog.guider,
              "Folder": dialog.folder, "People": dialog.people.rows[0].name}
    for text, field in fields.items():
        label = next(one for one in labels if one.text().replace("&", "") == text + ":")
        assert label.buddy() is field
        other = dialog.guider if field is not dialog.guider else dialog.family_code
        other.setFocus()
        qtbot.mouseClick(label, Qt.MouseButton.LeftButton, pos=QPoint(3, 3))
        assert QApplication.focusWidget() is field, text


def test_the_dialog_is_wide_enough_for_a_long_folder(qtbot: QtBot) -> None:
    folder = LONG
    dialog = NewCaseDialog(folder)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    needed = dialog.folder.fontMetrics().horizontalAdvance(str(folder))
    assert dialog.folder.width() >= needed
    rect = dialog.folder.geometry()
    assert dialog.rect().contains(QWidget.mapTo(dialog.folder.parentWidget(), dialog,
                                                rect.topRight()))


def test_new_case_suggests_the_open_case_guider(window: MainWindow, qtbot: QtBot) -> None:
    first = open_dialog(window, qtbot)
    first.family_code.setText("F1")
    first.guider.setText("Robin Guider")
    first.buttons.buttons()[0].click()
    second = case_flows.new_case(window)
    assert second.guider.text() == "Robin Guider"
    second.reject()
