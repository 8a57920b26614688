"""The export dialog: what to export, for what purpose (consent), where; then progress,
cancel, and "Show in folder". The export itself runs in the background.

Enter exports (Export is the default button; a multi-line text field keeps its Enter), and
after a finished export Enter closes. The folder and options of the last export of each kind
are remembered in the case (project/preferences.py), not in the app's settings, so nothing
about a family is written outside its case folder."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vigeditor.project.consent_check import EXPORT_PURPOSES
from vigeditor.project.model import PURPOSES
from vigeditor.project.preferences import export_key, get_preference, set_preference
from vigeditor.ui.exports.faces_panel import attach_faces
from vigeditor.ui.exports.options import OptionsForm
from vigeditor.ui.exports.specs import SPECS, ExportSpec
from vigeditor.ui.geometry import fit_path_field
from vigeditor.ui.places_warning import confirm_place, settings_of
from vigeditor.ui.session import CaseSession
from vigeditor.ui.tasks import Progress, Task, TaskRunner

PURPOSE_LABELS = {
    "family-copy": QT_TRANSLATE_NOOP("ExportDialog", "The family's own copy"),
    "review": QT_TRANSLATE_NOOP("ExportDialog", "Watching in a shared review"),
    "professional": QT_TRANSLATE_NOOP("ExportDialog", "Sharing with a named professional"),
    "supervision": QT_TRANSLATE_NOOP("ExportDialog", "Supervision"),
    "training": QT_TRANSLATE_NOOP("ExportDialog", "Training and presentations"),
    "research": QT_TRANSLATE_NOOP("ExportDialog", "Research"),
    "filming": QT_TRANSLATE_NOOP("ExportDialog", "Filming"),
}


def _work(progress: Progress, cancel: threading.Event, spec: ExportSpec, session: Any,
          output: Path, options: dict[str, Any]) -> Path:
    case = session.case if session is not None else None
    return spec.run(case, output, options, lambda share: progress(int(share * 1000), 1000),
                    cancel)


class ExportDialog(QDialog):
    """One export, start to finish, without blocking the window behind it."""

    def __init__(self, kind: str, session: CaseSession | None, runner: TaskRunner,
                 default_folder: Path, parent: QWidget | None = None,
                 preset: dict[str, Any] | None = None) -> None:
        super().__init__(parent)
        self.spec = SPECS[kind]
        self.session, self.runner = session, runner
        self.task: Task | None = None
        self.running_options: dict[str, Any] = {}
        self.written: Path | None = None
        self.setWindowTitle(QCoreApplication.translate("ExportDialog", self.spec.title))
        last = self._remembered()
        self.options = OptionsForm(kind, session, {}, self)
        self.options.apply({**last.get("options", {}), **(preset or {})})
        default_folder = self._last_folder(last, default_folder)
        self.purpose = QComboBox()
        self.purpose.setAccessibleName(self.tr("Purpose"))
        self.professional = QLineEdit()
        self.professional.setAccessibleName(self.tr("Professional's name"))
        self.professional.setPlaceholderText(self.tr("Who receives it, e.g. the social worker"))
        self.output = QLineEdit(str(default_folder / self.options.default_name()))
        self.output.setAccessibleName(self.tr("Save to"))
        fit_path_field(self.output)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Export message"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setAccessibleName(self.tr("Export progress"))
        self.progress.hide()
        self._build()
        self._fill_purposes()
        remembered_purpose = self.purpose.findData(last.get("purpose"))
        if remembered_purpose >= 0:
            self.purpose.setCurrentIndex(remembered_purpose)
        self.faces = attach_faces(self, last)  # "Blur faces…" and the face preview
        if self.faces is not None:  # an earlier refusal may say "blur": it is out of date
            self.faces.blur.toggled.connect(lambda _on: self.message.setText(""))

    # -- remembered choices (per case) ------------------------------------------------------

    def _remembered(self) -> dict[str, Any]:
        """The last export of this kind in this case: {"folder", "options", "purpose"}."""
        if self.session is None:
            return {}
        found = get_preference(self.session.case, export_key(self.spec.kind), {})
        return found if isinstance(found, dict) else {}

    @staticmethod
    def _last_folder(last: dict[str, Any], default: Path) -> Path:
        folder = Path(str(last.get("folder") or default)).expanduser()
        return folder if folder.is_dir() else default

    def _remember(self, output: Path) -> None:
        """Keep this export's folder and options in the case for next time."""
        if self.session is None:
            return
        self.session.guarded(set_preference, self.session.case, export_key(self.spec.kind),
                             {"folder": str(output.parent), "options": self.options.remembered(),
                              "purpose": self.purpose.currentData(),
                              "blur_faces": self.faces is not None
                              and self.faces.blur.isChecked()})  # never the face ticks

    # -- layout -----------------------------------------------------------------------------

    def _build(self) -> None:
        form = QFormLayout()
        form.addRow(self.options)
        if self.spec.purpose is not None:
            form.addRow(self.tr("&Purpose:"), self.purpose)
            form.addRow(self.tr("Pro&fessional:"), self.professional)
            note = QLabel(self.tr("The family's consent for this purpose is checked before "
                                  "anything is written, and the export is recorded."))
            note.setWordWrap(True)
            form.addRow(note)
        browse = QPushButton(self.tr("&Browse…"))
        browse.setAccessibleName(self.tr("Choose where to save"))
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.output, 1)
        where.addWidget(browse)
        save_label = QLabel(self.tr("&Save to:"))
        save_label.setBuddy(self.output)
        form.addRow(save_label, where)
        self.export_button = QPushButton(self.tr("&Export"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self.tr("&Cancel"))
        self.cancel_button.clicked.connect(self._cancel_or_close)
        self.show_button = QPushButton(self.tr("Show in &folder"))
        self.show_button.clicked.connect(self.show_in_folder)
        self.show_button.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.show_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.resize(620, self.sizeHint().height())

    def _fill_purposes(self) -> None:
        for code in EXPORT_PURPOSES.get(self.spec.kind, ()):
            if code in PURPOSES:
                self.purpose.addItem(QCoreApplication.translate(
                    "ExportDialog", PURPOSE_LABELS.get(code, code)), code)
        if self.spec.purpose is not None:
            self.purpose.setCurrentIndex(max(0, self.purpose.findData(self.spec.purpose)))
        self.purpose.currentIndexChanged.connect(self._purpose_changed)
        self._purpose_changed()

    def _purpose_changed(self) -> None:
        self.professional.setEnabled(self.purpose.currentData() == "professional")

    def _browse(self) -> None:
        current = self.output.text()
        if self.spec.output == "folder":
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Save in"), current)
            chosen = str(Path(chosen) / Path(current).name) if chosen else ""
        else:
            patterns = " ".join(f"*{suffix}" for suffix in self.spec.suffixes)
            chosen, _filter = QFileDialog.getSaveFileName(self, self.tr("Save as"), current,
                                                          patterns)
        if chosen:
            self.output.setText(chosen)

    # -- running ----------------------------------------------------------------------------

    def chosen_options(self) -> dict[str, Any]:
        options = self.options.values()
        options["purpose"] = self.purpose.currentData() if self.spec.purpose else None
        if options["purpose"] == "professional":
            options["professional"] = self.professional.text().strip() or None
        if self.faces is not None:
            options["blur"] = self.faces.choice()
        return options

    def start(self) -> None:
        """Run the export in the background; the dialog shows its progress."""
        output = Path(self.output.text().strip()).expanduser()
        encryption = getattr(self.options, "encryption", None)
        problem = encryption.problem() if encryption is not None else None
        if problem:  # nothing started, nothing remembered: the guider fixes the passphrase
            self.message.setText(problem)
            return
        if not confirm_place(self, output.parent, settings_of(self)):
            self._browse()  # a folder a cloud client synchronises: "Choose another place…"
            return
        self.message.setText("")
        self.export_button.setEnabled(False)
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.setText(self.tr("&Stop"))
        self.running_options = self.chosen_options()
        self._remember(output)
        title = QCoreApplication.translate("ExportDialog", self.spec.title)
        self.task = self.runner.start(title, _work, self.spec, self.session,
                                      output, self.running_options,
                                      on_success=self._done, on_failure=self._failed)
        self.task.progressed.connect(lambda done, _total: self.progress.setValue(done))

    def _done(self, written: Path) -> None:
        self.written = Path(written)
        self.progress.setValue(1000)
        notes = self.running_options.get("notes", [])
        self.message.setText("\n".join([self.tr("Saved to {path}").replace("{path}", str(written)),
                                         *notes]))
        self.show_button.show()
        self._finish()
        self.cancel_button.setDefault(True)  # done: Enter now closes, it never exports twice
        self._make_room()

    def _make_room(self) -> None:
        """Grow (never narrow) so the notes fit and nothing above them is squeezed."""
        layout = self.layout()
        if layout is not None:
            wanted = layout.totalHeightForWidth(self.width())
            self.resize(self.width(), max(self.height(), wanted))
            layout.activate()  # lay out now, not at the next turn of the event loop

    def _failed(self, message: str) -> None:
        self.progress.hide()
        self.message.setText(message)
        self._finish()
        self._make_room()  # a refusal can take two or three lines

    def _finish(self) -> None:
        self.export_button.setEnabled(True)
        self.cancel_button.setText(self.tr("&Close"))

    def _cancel_or_close(self) -> None:
        if self.task is not None and not self.task.done:
            self.task.cancel()
            return
        self.reject()

    def show_in_folder(self) -> None:
        if self.written is not None:
            folder = self.written if self.written.is_dir() else self.written.parent
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
