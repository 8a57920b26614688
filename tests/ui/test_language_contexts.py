"""Strings Qt translates in a context lupdate could not guess (issue 15): with Dutch
installed the real widgets show Dutch: the main menus, File → Export, Settings…, the export
dialogs' titles and purposes, and the menu actions named in the keyboard map."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from tests.translations_built import ensure_compiled
from vigeditor import i18n
from vigeditor.project.settings import Settings
from vigeditor.ui.exports.dialog import ExportDialog
from vigeditor.ui.language import install_language, remove_language
from vigeditor.ui.main_window import MainWindow
from vigeditor.ui.session import CaseSession
from vigeditor.ui.tasks import TaskRunner


@pytest.fixture(autouse=True)
def _dutch(monkeypatch: pytest.MonkeyPatch, qapp: object) -> Iterator[None]:
    ensure_compiled()
    monkeypatch.setenv(i18n.ENV_VARIABLE, "en")
    install_language("nl")
    yield
    remove_language()


def _action(window: MainWindow, name: str) -> QAction:
    action = window.findChild(QAction, name)
    assert action is not None, name
    return action


def test_menus_in_dutch(qtbot: QtBot, tmp_path: Path) -> None:
    window = MainWindow(Settings(workspace=str(tmp_path / "ws")),
                        runner=TaskRunner(synchronous=True))
    qtbot.addWidget(window)
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles[:2] == ["&Bestand", "Be&werken"] and "&Help" in titles
    assert _action(window, "export-booklet").text() == "Notitie&boekje voor het gezin…"
    assert _action(window, "export-clip").text() == "&Clip…"
    assert _action(window, "settings").text() == "&Instellingen…"
    assert _action(window, "undo").text() == "Ongedaan maken"  # from the keyboard map


def test_export_dialog_title_and_purposes_in_dutch(qtbot: QtBot, tmp_path: Path,
                                                   session: CaseSession) -> None:
    dialog = ExportDialog("clip", session, TaskRunner(synchronous=True), tmp_path)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Clip exporteren"
    purposes = [dialog.purpose.itemText(index) for index in range(dialog.purpose.count())]
    assert "Het eigen exemplaar van het gezin" in purposes
    assert "Training en presentaties" in purposes
    booklet = ExportDialog("booklet", session, TaskRunner(synchronous=True), tmp_path)
    qtbot.addWidget(booklet)
    assert booklet.windowTitle() == "Notitieboekje voor het gezin exporteren"


def test_numbers_have_a_decimal_comma_in_dutch() -> None:
    from vigeditor.ui.editor.transport import format_speed
    from vigeditor.ui.review.show import format_seconds

    assert format_speed(1.25) == "1,25×" and format_speed(2.0) == "2×"
    assert format_seconds(4.0) == "4,0 s"
    install_language("cy")
    assert format_speed(1.25) == "1.25×" and format_seconds(4.0) == "4.0 e"
