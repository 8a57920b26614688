"""Importing recordings from the app: options, progress with cancel, all off the UI thread."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QMessageBox,
    QProgressDialog,
    QSpinBox,
    QWidget,
)

from vigeditor.project import cycles
from vigeditor.project.importing import Imported, import_recording
from vigeditor.ui.session import CaseSession
from vigeditor.ui.tasks import Progress, Task, TaskRunner

VIDEO_SUFFIXES = {".mp4", ".mov", ".m4v", ".avi", ".mkv", ".mts", ".m2ts", ".3gp", ".webm",
                  ".mpg", ".mpeg", ".wmv"}


class ImportOptions(QDialog):
    """Which cycle the recordings belong to and what kind of film they are."""

    def __init__(self, cycle: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import recordings"))
        self.cycle = QSpinBox()
        self.cycle.setRange(1, 99)
        self.cycle.setValue(cycle)
        self.cycle.setAccessibleName(self.tr("Cycle"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of film"))
        self.kind.addItem(self.tr("Interaction film (parent and child)"), "interaction")
        self.kind.addItem(self.tr("Shared review film (for supervision)"), "review")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Cycle:"), self.cycle)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(buttons)


def _import_one(progress: Progress, cancel: threading.Event, session: CaseSession,
                path: Path, cycle: int, kind: str) -> Imported:
    return import_recording(session.case, path, cycle=cycle, kind=kind,
                            progress=lambda done, total: progress(done, total), cancel=cancel)


class ImportFlow(QObject):
    """Imports files one after another in the background; reports each recording."""

    imported = Signal(object)  # Recording
    failed = Signal(str)

    def __init__(self, session: CaseSession, runner: TaskRunner, window: QWidget) -> None:
        super().__init__(window)
        self.session, self.runner, self.window = session, runner, window
        self.dialog: QProgressDialog | None = None

    def default_cycle(self) -> int:
        return cycles.default_import_cycle(self.session.case)

    def ask_and_import(self, paths: Sequence[Path]) -> None:
        options = ImportOptions(self.default_cycle(), self.window)
        if options.exec() == QDialog.DialogCode.Accepted:
            self.start(paths, options.cycle.value(), options.kind.currentData())

    def start(self, paths: Sequence[Path], cycle: int, kind: str = "interaction") -> None:
        queue = [Path(path) for path in paths]
        if queue:
            self._next(queue, cycle, kind)

    def _next(self, queue: list[Path], cycle: int, kind: str) -> None:
        path = queue.pop(0)
        task = self.runner.start(self.tr("Importing {name}").replace("{name}", path.name),
                                 _import_one, self.session, path, cycle, kind)
        if task.done:  # synchronous runner (tests): results are already there
            self._finished(task, queue, cycle, kind)
            return
        self._show_progress(task)
        task.finished.connect(lambda: self._finished(task, queue, cycle, kind))

    def _show_progress(self, task: Task) -> None:
        dialog = QProgressDialog(task.label, self.tr("Cancel"), 0, 1000, self.window)
        dialog.setWindowTitle(self.tr("Importing"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAccessibleName(self.tr("Import progress"))
        dialog.canceled.connect(task.cancel)
        task.progressed.connect(
            lambda done, total: dialog.setValue(int(1000 * done / total) if total else 0))
        self.dialog = dialog

    def _finished(self, task: Task, queue: list[Path], cycle: int, kind: str) -> None:
        if self.dialog is not None:
            self.dialog.reset()
            self.dialog.deleteLater()
            self.dialog = None
        if task.error is not None:
            self.failed.emit(task.error)
            if not task.cancel_event.is_set():
                QMessageBox.warning(self.window, self.tr("Import"), task.error)
        else:
            self.imported.emit(task.result.recording)
        if queue and not task.cancel_event.is_set():
            self._next(queue, cycle, kind)
