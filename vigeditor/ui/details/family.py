"""The Family tab: family code and name, guider, service, dates and notes."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFormLayout, QLineEdit, QVBoxLayout, QWidget

from vigeditor.project.details import get_details, update_details
from vigeditor.ui.details.common import CommitTextEdit, DateField, DetailsTab, hint, labelled
from vigeditor.ui.session import CaseSession

TEXT_FIELDS = ("family_code", "family_name", "guider", "service")
DATE_FIELDS = ("started", "ended", "end_of_involvement")


class FamilyTab(DetailsTab):
    """The case's own details; each field is saved when the guider leaves it."""

    KINDS = frozenset({"case"})

    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.texts: dict[str, QLineEdit] = {name: QLineEdit() for name in TEXT_FIELDS}
        self.dates: dict[str, DateField] = {
            "started": DateField(self.tr("Started")),
            "ended": DateField(self.tr("Ended")),
            "end_of_involvement": DateField(self.tr("End of involvement")),
        }
        self.notes = CommitTextEdit(self.tr("Notes"))
        self._build()
        for name, edit in self.texts.items():
            edit.editingFinished.connect(lambda n=name: self._commit(n, self.texts[n].text()))
        for name, field in self.dates.items():
            field.editingFinished.connect(lambda n=name: self._commit(n, self.dates[n].value()))
        self.notes.editingFinished.connect(
            lambda: self._commit("notes", self.notes.toPlainText()))
        self.reload()

    def _build(self) -> None:
        self.texts["family_code"].setPlaceholderText(self.tr("e.g. F01"))
        self.texts["family_name"].setPlaceholderText(self.tr("optional"))
        self.notes.setPlaceholderText(self.tr("Anything to remember about this family."))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows: list[tuple[str, QWidget, str]] = [
            (self.tr("Family &code:"), self.texts["family_code"],
             self.tr("Used instead of names in supervision and research exports.")),
            (self.tr("Family &name:"), self.texts["family_name"],
             self.tr("Optional. Never included in supervision or research exports.")),
            (self.tr("&Guider:"), self.texts["guider"], ""),
            (self.tr("&Service:"), self.texts["service"], ""),
            (self.tr("S&tarted:"), self.dates["started"], ""),
            (self.tr("&Ended:"), self.dates["ended"], ""),
            (self.tr("End of &involvement:"), self.dates["end_of_involvement"],
             self.tr("The app reminds you when the retention period after this date has "
                     "passed, so the case can be deleted.")),
            (self.tr("N&otes:"), self.notes, ""),
        ]
        for label, field, help_text in rows:
            form.addRow(labelled(label, field.focusProxy() or field), field)
            if help_text:
                form.addRow("", hint(help_text))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)

    def reload(self) -> None:
        details = get_details(self.case)
        for name, edit in self.texts.items():
            value = getattr(details, name) or ""
            if not edit.hasFocus() and edit.text() != value:
                edit.setText(value)
        for name, field in self.dates.items():
            field.set_value_if_idle(getattr(details, name))
        self.notes.set_text_if_idle(details.notes)

    def _commit(self, name: str, value: Any) -> None:
        """Save one field when it differs from what is stored (one undoable change)."""
        stored = getattr(get_details(self.case), name)
        if (value or None) == (stored or None) or (isinstance(value, str) and
                                                  value.strip() == (stored or "")):
            return
        if self.run(update_details, **{name: value}) is None:
            self.reload_field(name)

    def reload_field(self, name: str) -> None:
        """Show the stored value again after a refusal."""
        value = getattr(get_details(self.case), name)
        if name in self.texts:
            self.texts[name].setText(value or "")
        elif name in self.dates:
            self.dates[name].set_value(value)
        else:
            self.notes.setPlainText(value)
