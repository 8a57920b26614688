"""New case: a family code (never a name in the folder), the guider, where to keep it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)


class NewCaseDialog(QDialog):
    """Asks for what a new case needs; ``values()`` gives (folder, family code, guider)."""

    def __init__(self, workspace: Path, guider: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New case"))
        self.family_code = QLineEdit()
        self.family_code.setAccessibleName(self.tr("Family code"))
        self.family_code.setPlaceholderText(self.tr("e.g. F-2026-014 (not the family's name)"))
        self.guider = QLineEdit(guider)
        self.guider.setAccessibleName(self.tr("Guider"))
        self.folder = QLineEdit(str(workspace))
        self.folder.setAccessibleName(self.tr("Folder"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.setAccessibleName(self.tr("Choose folder"))
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.folder, 1)
        where.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(self.tr("&Family code:"), self.family_code)
        form.addRow(self.tr("&Guider:"), self.guider)
        form.addRow(self.tr("Fo&lder:"), where)
        note = QLabel(self.tr("The case folder is named after the family code, so names never "
                              "appear in file names."))
        note.setWordWrap(True)
        form.addRow(note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.family_code.textChanged.connect(self._update_ok)
        self._update_ok()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.family_code.text().strip()))

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Keep the case in"),
                                                  self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def values(self) -> tuple[Path, str, str]:
        code = self.family_code.text().strip()
        return Path(self.folder.text()) / code, code, self.guider.text().strip()
