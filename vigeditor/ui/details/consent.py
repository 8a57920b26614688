"""Consent: the dialog that records consent given or withdrawn, and the grid cells' words.

The dialog is opened with ``open()`` (never a blocking ``exec()``); it runs the project
operation itself when accepted and stays open with the plain message when it is refused.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from vigeditor.project.model import PURPOSES, Consent, Person
from vigeditor.project.people import give_consent, withdraw_consent
from vigeditor.ui.details.common import (
    DATE_FORMAT,
    hint,
    labelled,
    purpose_help,
    purpose_label,
    show_date,
    tr,
)
from vigeditor.ui.session import CaseSession

Mode = Literal["give", "withdraw"]
GIVEN_MARK, WITHDRAWN_MARK = "✓", "✗"


def consent_lines(records: Sequence[Consent]) -> list[str]:
    """One line per consent record, in words: given, or WITHDRAWN with both dates."""
    lines = []
    for record in records:
        who = f"{record.professional}:\n" if record.professional else ""
        if record.withdrawn:
            lines.append(who + tr("{mark} WITHDRAWN\n{withdrawn}\ngiven {given}").format(
                mark=WITHDRAWN_MARK, withdrawn=show_date(record.withdrawn),
                given=show_date(record.given)))
        else:
            lines.append(who + tr("{mark} Given\n{given}").format(
                mark=GIVEN_MARK, given=show_date(record.given)))
    return lines


def consent_text(records: Sequence[Consent]) -> str:
    return "\n".join(consent_lines(records)) or tr("Not recorded")


class ConsentDialog(QDialog):
    """Record that a person gave (or withdrew) consent for a purpose on a date."""

    def __init__(self, session: CaseSession, mode: Mode, people: Sequence[Person],
                 professionals: Sequence[str] = (), person_id: int | None = None,
                 purpose: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.mode = mode
        self.result_consent: Consent | None = None
        self.setWindowTitle(self.tr("Record consent given") if mode == "give"
                            else self.tr("Record withdrawal of consent"))
        self.person = QComboBox()
        for person in people:
            self.person.addItem(person.name, person.id)
        self.purpose = QComboBox()
        for code in PURPOSES:
            self.purpose.addItem(purpose_label(code), code)
            self.purpose.setItemData(self.purpose.count() - 1, purpose_help(code),
                                     Qt.ItemDataRole.ToolTipRole)
        self.day = QDateEdit(QDate.currentDate())
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat(DATE_FORMAT)
        self.professional = QComboBox()
        self.professional.setEditable(True)
        self.professional.addItems(list(professionals))
        self.professional.setCurrentText("")
        self.note = QLineEdit()
        self.error = QLabel()
        self._build()
        self._select(person_id, purpose)
        self.purpose.currentIndexChanged.connect(self._purpose_changed)
        self._purpose_changed()

    def _build(self) -> None:
        give = self.mode == "give"
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Message"))
        self.error.hide()
        self.professional.lineEdit().setPlaceholderText(self.tr("e.g. Jo Smith, social worker"))
        self.setMinimumWidth(440)
        form = self.form = QFormLayout()
        form.addRow(labelled(self.tr("&Person:"), self.person), self.person)
        form.addRow(labelled(self.tr("P&urpose:"), self.purpose), self.purpose)
        self.purpose_hint = hint("")
        form.addRow("", self.purpose_hint)
        form.addRow(labelled(self.tr("Professional's &name:"), self.professional),
                    self.professional)
        date_label = self.tr("&Date given:") if give else self.tr("&Date withdrawn:")
        form.addRow(labelled(date_label, self.day), self.day)
        if give:
            form.addRow(labelled(self.tr("N&ote:"), self.note), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                   QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Record consent") if give else self.tr("Record withdrawal"))
        ok.setAccessibleName(ok.text())
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _select(self, person_id: int | None, purpose: str | None) -> None:
        if person_id is not None:
            self.person.setCurrentIndex(max(0, self.person.findData(person_id)))
        if purpose is not None:
            self.purpose.setCurrentIndex(max(0, self.purpose.findData(purpose)))

    def _purpose_changed(self) -> None:
        code = self.purpose.currentData()
        self.professional.setEnabled(code == "professional")
        self.form.setRowVisible(self.professional, code == "professional")
        self.purpose_hint.setText(purpose_help(code))

    def set_values(self, *, person_id: int | None = None, purpose: str | None = None,
                   day: str | None = None, professional: str | None = None) -> None:
        """Fill in the form (as the guider would; used by tests and callers)."""
        self._select(person_id, purpose)
        if day is not None:
            self.day.setDate(QDate.fromString(day, Qt.DateFormat.ISODate))
        if professional is not None:
            self.professional.setCurrentText(professional)

    def accept(self) -> None:
        """Record it; on a refusal the dialog stays open and shows the plain message."""
        messages: list[str] = []

        def keep(message: str) -> None:
            messages.append(message)

        self.session.failed.connect(keep)
        try:
            self.result_consent = self._record()
        finally:
            self.session.failed.disconnect(keep)
        if self.result_consent is None:
            self.error.setText(messages[-1] if messages else self.tr("That could not be done."))
            self.error.show()
            return
        super().accept()

    def _record(self) -> Consent | None:
        purpose = self.purpose.currentData()
        professional = self.professional.currentText().strip() or None \
            if purpose == "professional" else None
        day = self.day.date().toString(Qt.DateFormat.ISODate)
        person_id = self.person.currentData()
        case = self.session.case
        if self.mode == "give":
            return self.session.run(give_consent, case, person_id, purpose, day,
                                    professional=professional, note=self.note.text())
        return self.session.run(withdraw_consent, case, person_id, purpose, day,
                                professional=professional)
