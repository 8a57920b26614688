"""Review → Review plan sheet to print… and File → Export → Review plan sheet…: with one
screen, the talking points go on paper (issue 12). Opened from the menu, exported by Enter."""

from __future__ import annotations

import subprocess
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from vigeditor.project import cycles, people, reviews, stills
from vigeditor.project.case import Case
from vigeditor.project.settings import Settings
from vigeditor.ui.exports.dialog import ExportDialog
from vigeditor.ui.main_window import MainWindow
from vigeditor.ui.session import CaseSession
from vigeditor.ui.tasks import TaskRunner


def test_the_sheet_from_the_review_menu_and_from_export(qtbot: QtBot, tmp_path: Path,
                                                        session: CaseSession) -> None:
    case: Case = session.case
    child = people.add_person(case, "Robin", "child")
    people.give_consent(case, child.id, "review", "2026-01-05")
    still = stills.add_still(case, 1, 12, caption="Robin smiles at you.")
    cycle = cycles.list_cycles(case)[0]
    item = reviews.add_item(case, cycle.id, still_id=still.id)
    reviews.set_talking_points(case, item.id, "How do you think Robin felt?")
    window = MainWindow(Settings(workspace=str(tmp_path / "ws")),
                        runner=TaskRunner(synchronous=True))
    qtbot.addWidget(window)
    window.attach(session)
    for name in ("review-plan-sheet", "export-review-plan"):
        action = window.findChild(QAction, name)
        assert action is not None
        action.trigger()
        dialog = [d for d in window.findChildren(ExportDialog) if d.isVisible()][-1]
        assert dialog.spec.kind == "review-plan"
        assert Path(dialog.output.text()).name == "F01-cycle1-review-plan.pdf"
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
        assert dialog.written is not None, dialog.message.text()
        text = subprocess.run(["pdftotext", str(dialog.written), "-"], capture_output=True,
                              check=True, text=True).stdout
        assert "How do you think the child felt?" in text and "Robin" not in text
        dialog.close()


def test_cycle_exports_start_on_the_cycle_of_the_film_on_screen(
        qtbot: QtBot, tmp_path: Path, session: CaseSession, portrait: Path) -> None:
    from vigeditor.project.importing import import_recording
    from vigeditor.ui.exports.menu import open_export

    cycles.add_cycle(session.case, 2)
    second = import_recording(session.case, portrait, cycle=2).recording
    window = MainWindow(Settings(workspace=str(tmp_path / "ws")),
                        runner=TaskRunner(synchronous=True))
    qtbot.addWidget(window)
    window.attach(session)
    assert window.editor is not None
    window.editor.state.set_recording(second, session.case.frame_table(second.id))
    for kind in ("review-pack", "review-plan", "supervision"):
        dialog = open_export(window, kind)
        assert dialog is not None
        assert dialog.options.fields["cycle"].currentData() == 2  # type: ignore[attr-defined]
        assert "cycle2" in Path(dialog.output.text()).name
        dialog.close()
