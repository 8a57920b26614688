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
from vigeditor.project.people import give_consent, set_consents, withdraw_consent
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
Cell = tuple[int, str]  # (person id, purpose)


def _state(record: Consent, sep: str = " ") -> str:
    if record.withdrawn:
        return tr("withdrawn{sep}{date}").format(sep=sep, date=show_date(record.withdrawn))
    return tr("given{sep}{date}").format(sep=sep, date=show_date(record.given))


def _latest(records: Sequence[Consent]) -> list[Consent]:
    """The latest record of each professional (one record for other purposes)."""
    latest: dict[str, Consent] = {}
    for record in sorted(records, key=lambda one: (one.given or "", one.id)):
        latest[(record.professional or "").casefold()] = record
    return list(latest.values())


def consent_text(records: Sequence[Consent]) -> str:
    """The cell's current state at a glance, on two lines ("given" / "30 Nov 2026",
    "withdrawn" / "2 Dec 2026") or "not recorded"; for the purpose ``professional`` with
    several professionals, one line per professional's latest record, joined by "; "."""
    latest = _latest(records)
    sep = "\n" if len(latest) == 1 else " "
    parts = [(f"{record.professional}: " if record.professional else "") + _state(record, sep)
             for record in latest]
    return "; ".join(parts) or tr("not recorded")


def consent_history(records: Sequence[Consent]) -> list[str]:
    """Every record in the order it happened: one line per "given" and per "withdrawn"."""
    events = []
    for record in records:
        who = f"{record.professional}: " if record.professional else ""
        note = f" ({record.note})" if record.note else ""
        events.append((record.given or "", record.id, 0, who + tr("given {date}").format(
            date=show_date(record.given)) + note))
        if record.withdrawn:
            events.append((record.withdrawn, record.id, 1, who + tr("withdrawn {date}").format(
                date=show_date(record.withdrawn))))
    return [text for *_order, text in sorted(events)]


class ConsentDialog(QDialog):
    """Record that a person gave (or withdrew) consent for a purpose on a date; with
    ``cells`` (several (person id, purpose) pairs), for all of them at once, in one undo step.

    Safe by default: Enter records consent *given*; in the withdrawal dialog the default
    button is Cancel, so a withdrawal needs a click on "Record withdrawal".
    """

    def __init__(self, session: CaseSession, mode: Mode, people: Sequence[Person],
                 professionals: Sequence[str] = (), person_id: int | None = None,
                 purpose: str | None = None, parent: QWidget | None = None, *,
                 cells: Sequence[Cell] = ()) -> None:
        super().__init__(parent)
        self.session = session
        self.mode = mode
        self.cells = list(cells) if len(cells) > 1 else []
        names = {person.id: person.name for person in people}
        self.cells_label = QLabel("\n".join(
            f"{names.get(person, '?')} – {purpose_label(code)}" for person, code in self.cells))
        self.result_consent: Consent | int | None = None  # a record, or how many
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
        self.cells_label.setWordWrap(True)
        form.addRow(self.tr("For:"), self.cells_label)
        for field in (self.person, self.purpose):
            form.setRowVisible(field, not self.cells)
        form.setRowVisible(self.cells_label, bool(self.cells))
        self.purpose_hint = hint("")
        form.addRow("", self.purpose_hint)
        form.addRow(labelled(self.tr("Professional's &name:"), self.professional),
                    self.professional)
        date_label = self.tr("&Date given:") if give else self.tr("&Date withdrawn:")
        form.addRow(labelled(date_label, self.day), self.day)
        if give and not self.cells:
            form.addRow(labelled(self.tr("N&ote:"), self.note), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                   QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Record consent") if give else self.tr("Record withdrawal"))
        ok.setAccessibleName(ok.text())
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        ok.setAutoDefault(give)
        cancel.setAutoDefault(not give)
        (ok if give else cancel).setDefault(True)  # Enter never withdraws
        self.ok_button, self.cancel_button = ok, cancel
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
        named = code == "professional" or any(p == "professional" for _id, p in self.cells)
        self.professional.setEnabled(named)
        self.form.setRowVisible(self.professional, named)
        self.purpose_hint.setText("" if self.cells else purpose_help(code))
        self.form.setRowVisible(self.purpose_hint, not self.cells)

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

    def _record(self) -> Consent | int | None:
        purpose = self.purpose.currentData()
        professional = self.professional.currentText().strip() or None \
            if purpose == "professional" else None
        day = self.day.date().toString(Qt.DateFormat.ISODate)
        person_id = self.person.currentData()
        case = self.session.case
        if self.cells:
            professional = self.professional.currentText().strip() or None
            return self.session.run(set_consents, case, self.cells, self.mode, day,
                                    professional=professional)
        if self.mode == "give":
            return self.session.run(give_consent, case, person_id, purpose, day,
                                    professional=professional, note=self.note.text())
        return self.session.run(withdraw_consent, case, person_id, purpose, day,
                                professional=professional)
