"""File → Export: the submenu and opening the right dialog for the open case."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from vigeditor.project import cycles
from vigeditor.project.workspace import default_workspace
from vigeditor.ui.exports.dialog import ExportDialog
from vigeditor.ui.exports.specs import SPECS
from vigeditor.ui.window import CaseWindow

MENU_TEXT = {"clip": QT_TRANSLATE_NOOP("ExportMenu", "&Clip…"),
             "still": QT_TRANSLATE_NOOP("ExportMenu", "&Still…"),
             "review-pack": QT_TRANSLATE_NOOP("ExportMenu", "&Review pack…"),
             "review-plan": QT_TRANSLATE_NOOP("ExportMenu",
                                              "Review plan shee&t (talking points)…"),
             "booklet": QT_TRANSLATE_NOOP("ExportMenu", "Family notes &booklet…"),
             "supervision": QT_TRANSLATE_NOOP("ExportMenu", "Su&pervision pack…"),
             "logbook": QT_TRANSLATE_NOOP("ExportMenu", "&Logbook…")}

def _tr(text: str) -> str:
    """``text`` translated in the ExportMenu context (the window passed in is any CaseWindow, so
    ``window.tr`` would look in its class's context, which lupdate cannot know)."""
    return QCoreApplication.translate("ExportMenu", text)


def add_export_menu(window: CaseWindow, file_menu: QMenu) -> QMenu:
    """Add File → Export with one action per export; case exports need an open case."""
    menu = file_menu.addMenu(_tr("&Export"))
    for kind, text in MENU_TEXT.items():
        action = QAction(_tr(text), window)
        action.setObjectName(f"export-{kind}")
        action.triggered.connect(lambda _checked=False, k=kind: open_export(window, k))
        menu.addAction(action)
    menu.aboutToShow.connect(lambda: _enable(window, menu))
    return menu


def add_review_plan_action(window: CaseWindow, review_menu: QMenu) -> QAction:
    """Review → Review plan sheet to print…: the talking points on paper, for a review on
    one screen (the presentation covers it); the same export as File → Export."""
    action = QAction(_tr("Review plan &sheet to print…"), window)
    action.setObjectName("review-plan-sheet")
    action.triggered.connect(lambda _checked=False: open_export(window, "review-plan"))
    review_menu.aboutToShow.connect(lambda: action.setEnabled(window.session is not None))
    review_menu.addSeparator()
    review_menu.addAction(action)
    return action


def _enable(window: CaseWindow, menu: QMenu) -> None:
    for action in menu.actions():
        kind = action.objectName().removeprefix("export-")
        action.setEnabled(window.session is not None or not SPECS[kind].needs_case)


def open_export(window: CaseWindow, kind: str, preset: dict[str, Any] | None = None
                ) -> ExportDialog | None:
    """Show the export dialog for ``kind`` (presetting e.g. the selected clip)."""
    if SPECS[kind].needs_case and window.session is None:
        return None
    folder = window.session.case.exports_dir if window.session is not None else \
        default_workspace(window.settings)
    chosen = dict(preset or {})
    editor = window.editor
    selection = editor.state.selection if editor is not None else None
    if selection is not None and selection.kind == kind:
        chosen.setdefault(kind, selection.id)
    recording = editor.state.recording if editor is not None else None
    if window.session is not None and recording is not None and recording.cycle_id:
        # the cycle of the film on screen (the one being reviewed), not always cycle 1
        chosen.setdefault("cycle", cycles.get_cycle(window.session.case,
                                                    recording.cycle_id).number)
    dialog = ExportDialog(kind, window.session, window.runner, folder, window, chosen)
    dialog.show()
    return dialog
