"""The export dialog's encryption rows for packs that leave the laptop (issue 14, item 2):
"Encrypt (7-Zip archive with a passphrase)", on by default, the passphrase typed twice (not
shown), and a plain note that it is not stored and cannot be recovered.

The passphrase lives only in these two fields and in the options of the export under way;
it is never among the choices the dialog remembers (OptionsForm.remembered leaves out
every key of :data:`SECRET_KEYS`)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QWidget

from vigeditor.project.documents.encrypted import MIN_PASSPHRASE

SECRET_KEYS = ("encrypt", "passphrase", "passphrase_again")  # never remembered


class EncryptionRows(QWidget):
    """The encryption choice and the passphrase typed twice; :meth:`problem` says what is
    still wrong with it (None when the export may start)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.encrypt = QCheckBox(self.tr("&Encrypt (7-Zip archive with a passphrase)"))
        self.encrypt.setChecked(True)
        self.passphrase = self._secret(self.tr("Passphrase"))
        self.again = self._secret(self.tr("Passphrase again"))
        note = QLabel(self.tr("Only the archive (.7z) is saved; it opens with 7-Zip and other "
                              "standard tools. The passphrase is not stored anywhere and "
                              "cannot be recovered: tell it to the person who receives the "
                              "pack in another way (by phone, in person)."))
        note.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Passphrase check"))
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.encrypt)
        form.addRow(self.tr("Pass&phrase:"), self.passphrase)
        form.addRow(self.tr("Passphrase a&gain:"), self.again)
        form.addRow(note)
        form.addRow(self.status)
        self.encrypt.toggled.connect(self._update)
        self.passphrase.textChanged.connect(self._update)
        self.again.textChanged.connect(self._update)
        self._update()

    @staticmethod
    def _secret(name: str) -> QLineEdit:
        line = QLineEdit()
        line.setEchoMode(QLineEdit.EchoMode.Password)
        line.setAccessibleName(name)
        return line

    def problem(self) -> str | None:
        """Why the export cannot start yet (a too short or mismatched passphrase), or
        None."""
        if not self.encrypt.isChecked():
            return None
        if len(self.passphrase.text()) < MIN_PASSPHRASE:
            return self.tr("The passphrase needs at least {count} characters.").replace(
                "{count}", str(MIN_PASSPHRASE))
        if self.again.text() != self.passphrase.text():
            return self.tr("Type the same passphrase twice.")
        return None

    def _update(self) -> None:
        on = self.encrypt.isChecked()
        self.passphrase.setEnabled(on)
        self.again.setEnabled(on)
        self.status.setText(self.problem() or "")

    def values(self) -> dict[str, Any]:
        """{"encrypt", "passphrase", "passphrase_again"}; the passphrase as typed (not
        stripped), empty when not encrypting."""
        on = self.encrypt.isChecked()
        return {"encrypt": on, "passphrase": self.passphrase.text() if on else "",
                "passphrase_again": self.again.text() if on else ""}
