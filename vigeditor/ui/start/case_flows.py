"""Opening, creating and showing cases from the main window (dialogs and background work)."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QProgressDialog, QVBoxLayout

from vigeditor.errors import PLAIN_ERRORS
from vigeditor.project.case import Case
from vigeditor.project.demo import create_demo_case
from vigeditor.project.workspace import default_workspace
from vigeditor.ui.session import CaseSession
from vigeditor.ui.start.new_case_dialog import NewCaseDialog
from vigeditor.ui.tasks import Progress
from vigeditor.ui.window import CaseWindow


def new_case(window: CaseWindow) -> None:
    """Ask for a family code, guider and folder; create the case and open it."""
    workspace = default_workspace(window.settings)
    dialog = NewCaseDialog(workspace, parent=window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    folder, code, guider = dialog.values()
    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        case = Case.create(folder, family_code=code, guider=guider or None)
    except (*PLAIN_ERRORS, OSError) as error:
        QMessageBox.warning(window, window.tr("New case"), str(error))
        return
    window.close_case()
    window.attach(CaseSession(case, window))


def choose_case(window: CaseWindow) -> None:
    """Pick a case folder (``*.vigcase``) and open it."""
    folder = QFileDialog.getExistingDirectory(window, window.tr("Open case"),
                                              str(default_workspace(window.settings)))
    if folder:
        window.open_case(Path(folder))


def _free_demo_folder(workspace: Path) -> Path:
    number = 1
    while (workspace / (f"DEMO-{number}" + ".vigcase")).exists():
        number += 1
    return workspace / f"DEMO-{number}"


def _build_demo(progress: Progress, _cancel: threading.Event, folder: Path) -> Path:
    folder.parent.mkdir(parents=True, exist_ok=True)
    case = create_demo_case(folder, progress=progress)
    made = case.folder
    case.close()
    return made


def demo_case(window: CaseWindow) -> None:
    """Build a demo case in the workspace in the background, then open it."""
    folder = _free_demo_folder(default_workspace(window.settings))
    task = window.runner.start(window.tr("Making the demo case"), _build_demo, folder)
    if task.done:
        _demo_built(window, task.result, task.error)
        return
    dialog = QProgressDialog(window.tr("Making the demo case…"), "", 0, 1000, window)
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(200)
    task.progressed.connect(lambda done, total: dialog.setValue(int(1000 * done / max(total, 1))))
    task.finished.connect(dialog.reset)
    task.finished.connect(lambda: _demo_built(window, task.result, task.error))


def _demo_built(window: CaseWindow, folder: Path | None, error: str | None) -> None:
    if error is not None or folder is None:
        QMessageBox.warning(window, window.tr("Demo case"), error or "")
        return
    window.open_case(folder)


def show_details(window: CaseWindow, session: CaseSession) -> QDialog:
    """The case details (people, consent, helping questions, plan, cycles) in a window."""
    from vigeditor.ui.details.case_details import CaseDetails

    existing = window.findChild(QDialog, "case-details")
    if existing is not None:
        existing.raise_()
        return existing
    dialog = QDialog(window)
    dialog.setObjectName("case-details")
    dialog.setWindowTitle(window.tr("Case details"))
    layout = QVBoxLayout(dialog)
    layout.addWidget(CaseDetails(session, dialog))
    dialog.resize(900, 640)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
