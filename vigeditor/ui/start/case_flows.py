"""Opening, creating and showing cases from the main window (dialogs and background work)."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QProgressDialog, QVBoxLayout

from vigeditor.errors import PLAIN_ERRORS
from vigeditor.project.case_setup import create_case
from vigeditor.project.demo import create_demo_case
from vigeditor.project.details import get_details
from vigeditor.project.workspace import default_workspace
from vigeditor.ui.places_warning import confirm_place
from vigeditor.ui.session import CaseSession
from vigeditor.ui.start.new_case_dialog import NewCaseDialog
from vigeditor.ui.tasks import Progress
from vigeditor.ui.window import CaseWindow


def _tr(text: str) -> str:
    """``text`` translated in the CaseFlows context (the window passed in is any CaseWindow, so
    ``window.tr`` would look in its class's context, which lupdate cannot know)."""
    return QCoreApplication.translate("CaseFlows", text)


def new_case(window: CaseWindow) -> NewCaseDialog:
    """Open (without blocking) the New case dialog; when accepted, create the case with its
    people and their consent, and open it. Returns the dialog."""
    guider = get_details(window.session.case).guider if window.session is not None else ""
    dialog = NewCaseDialog(default_workspace(window.settings), guider=guider or "",
                           parent=window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.on_accept = lambda: create_case_from(window, dialog)
    dialog.open()
    return dialog


def create_case_from(window: CaseWindow, dialog: NewCaseDialog) -> bool:
    """Create the case the dialog describes and open it; False after a plain message (the
    dialog then stays open with what was typed).

    All or nothing (:func:`vigeditor.project.case_setup.create_case`): when a person or their
    consent cannot be recorded, no case folder is left, and the message says so.
    """
    folder, code, guider = dialog.values()
    people = dialog.new_people()
    if not confirm_place(dialog, folder.parent, window.settings):
        dialog.browse()
        return False
    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        case = create_case(folder, family_code=code, guider=guider or None, people=people)
    except (*PLAIN_ERRORS, OSError) as error:
        text = str(error)
        if people:
            text += "\n\n" + _tr("The case was not created, so nothing was recorded. "
                                        "Check the names and try again.")
        QMessageBox.warning(window, _tr("New case"), text)
        return False
    window.close_case()
    window.attach(CaseSession(case, window))
    return True


def choose_case(window: CaseWindow) -> None:
    """Pick a case folder (``*.vigcase``) and open it; a folder synchronised by a cloud
    client is warned about first, and "Choose another place…" asks again."""
    start = str(default_workspace(window.settings))
    while True:
        folder = QFileDialog.getExistingDirectory(window, _tr("Open case"), start)
        if not folder:
            return
        if confirm_place(window, Path(folder), window.settings):
            window.open_case(Path(folder))
            return
        start = str(Path(folder).parent)


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
    task = window.runner.start(_tr("Making the demo case"), _build_demo, folder)
    if task.done:
        _demo_built(window, task.result, task.error)
        return
    dialog = QProgressDialog(_tr("Making the demo case…"), "", 0, 1000, window)
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(200)
    task.progressed.connect(lambda done, total: dialog.setValue(int(1000 * done / max(total, 1))))
    task.finished.connect(dialog.reset)
    task.finished.connect(lambda: _demo_built(window, task.result, task.error))


def _demo_built(window: CaseWindow, folder: Path | None, error: str | None) -> None:
    if error is not None or folder is None:
        QMessageBox.warning(window, _tr("Demo case"), error or "")
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
    dialog.setWindowTitle(_tr("Case details"))
    layout = QVBoxLayout(dialog)
    layout.addWidget(CaseDetails(session, dialog))
    dialog.resize(900, 640)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
