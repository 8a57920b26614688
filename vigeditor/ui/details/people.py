"""The People & consent tab: who is in the case, and their consent per purpose."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vigeditor.project.model import PURPOSES, ROLES, Consent, Person
from vigeditor.project.people import (
    add_person,
    list_consents,
    list_people,
    remove_consent,
    remove_person,
    remove_withdrawal,
    update_person,
)
from vigeditor.ui.details.common import (
    DATA,
    ChoiceDelegate,
    DetailsTab,
    EditTable,
    button,
    cell,
    hint,
    labelled,
    purpose_help,
    purpose_label,
    role_label,
    show_date,
    tr,
)
from vigeditor.ui.details.consent import (
    Cell,
    ConsentDialog,
    Mode,
    consent_history,
    consent_text,
)
from vigeditor.ui.session import CaseSession

NAME, ROLE, NOTE = range(3)


class PeopleTab(DetailsTab):
    """People with their roles, and a person × purpose grid of consent records."""

    KINDS = frozenset({"person", "consent"})

    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.people = EditTable([self.tr("Name"), self.tr("Role"), self.tr("Note")],
                                self.tr("People"))
        self.people.setItemDelegateForColumn(
            ROLE, ChoiceDelegate([(role, role_label(role)) for role in ROLES], self))
        self.people.edited.connect(self._person_edited)
        self.new_name = QLineEdit()
        self.new_name.setPlaceholderText(self.tr("Name, e.g. Mum (Kim)"))
        self.new_role = QComboBox()
        for role in ROLES:
            self.new_role.addItem(role_label(role), role)
        self.consents = EditTable([purpose_label(code) for code in PURPOSES],
                                  self.tr("Consent of each person for each purpose"),
                                  row_numbers=True)
        self.consents.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.consents.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.consents.setWordWrap(False)
        self.consents.setTextElideMode(Qt.TextElideMode.ElideRight)
        rows = self.consents.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # rows keep their height
        rows.setDefaultSectionSize(2 * self.fontMetrics().lineSpacing() + 10)  # 2 lines
        self.consents.cellDoubleClicked.connect(lambda _row, _column: self._double_clicked())
        self.dialog: ConsentDialog | None = None
        self._build()
        self.reload()

    def _build(self) -> None:
        people_box = QGroupBox(self.tr("People"))
        people_layout = QVBoxLayout(people_box)
        people_layout.addWidget(hint(self.tr(
            "Carers, children, siblings and professionals in this case. Double-click a cell "
            "to change it.")))
        header = self.people.horizontalHeader()
        header.setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Stretch)
        self.people.setColumnWidth(NAME, 200)
        self.people.setColumnWidth(ROLE, 130)
        people_layout.addWidget(self.people)
        adding = QHBoxLayout()
        adding.addWidget(labelled(self.tr("New &person:"), self.new_name))
        adding.addWidget(self.new_name, 2)
        adding.addWidget(labelled(self.tr("R&ole:"), self.new_role))
        adding.addWidget(self.new_role)
        adding.addWidget(button(self.tr("&Add person"), self.add_person))
        adding.addStretch(1)
        adding.addWidget(button(self.tr("Remove selected person…"), self.remove_person))
        people_layout.addLayout(adding)
        self.new_name.returnPressed.connect(self.add_person)
        layout = QVBoxLayout(self)
        layout.addWidget(people_box, 2)
        layout.addWidget(self._consent_box(), 4)

    def _consent_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Consent"))
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(hint(self.tr(
            "Each person's consent for each purpose as it stands; hover over a cell for its "
            "history. Select one or more cells (Ctrl or Shift with a click), then record "
            "consent given or withdrawn for all of them.")))
        for column, code in enumerate(PURPOSES):
            self.consents.horizontalHeaderItem(column).setToolTip(purpose_help(code))
        # each purpose as wide as its words (Welsh and Dutch titles run longer); the last
        # takes what is left
        self.consents.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.consents.horizontalHeader().setStretchLastSection(True)
        box_layout.addWidget(self.consents)
        actions = QHBoxLayout()
        self.give_button = button(self.tr("Record consent &given…"),
                                  lambda: self.open_consent_dialog("give"))
        self.withdraw_button = button(self.tr("Record &withdrawal…"),
                                      lambda: self.open_consent_dialog("withdraw"))
        actions.addWidget(self.give_button)
        actions.addWidget(self.withdraw_button)
        actions.addStretch(1)
        actions.addWidget(button(self.tr("Remove record entered by mistake…"),
                                 self.remove_consent_record))
        box_layout.addLayout(actions)
        return box

    # -- loading ------------------------------------------------------------------------
    def reload(self) -> None:
        if self.people.defer_while_editing(self.reload):
            return
        people = list_people(self.case)
        consents = list_consents(self.case)
        with self.people.filling(len(people)):
            for row, person in enumerate(people):
                self.people.setItem(row, NAME, cell(person.name, person.id))
                self.people.setItem(row, ROLE, cell(role_label(person.role), person.role))
                self.people.setItem(row, NOTE, cell(person.note))
        self._fill_consents(people, consents)
        for widget in (self.give_button, self.withdraw_button):
            widget.setEnabled(bool(people))

    def _fill_consents(self, people: list[Person], consents: list[Consent]) -> None:
        with self.consents.filling(len(people)):
            self.consents.setVerticalHeaderLabels([person.name for person in people])
            for row, person in enumerate(people):
                for column, code in enumerate(PURPOSES):
                    records = [c for c in consents
                               if c.person_id == person.id and c.purpose == code]
                    self.consents.setItem(row, column, self._consent_cell(person, code,
                                                                          records))

    def _consent_cell(self, person: Person, purpose: str,
                      records: list[Consent]) -> QTableWidgetItem:
        item = cell(consent_text(records), [record.id for record in records], editable=False)
        history = consent_history(records) or [self.tr("not recorded")]
        title = self.tr("{name} – {purpose}:").format(name=person.name,
                                                     purpose=purpose_label(purpose))
        item.setToolTip("\n".join([title, *history]))
        if not records:
            item.setForeground(self.palette().brush(QPalette.ColorRole.PlaceholderText))
        elif all(record.withdrawn for record in records):
            font = item.font()
            font.setItalic(True)  # withdrawn stands out from given at a glance
            item.setFont(font)
        return item

    # -- people -------------------------------------------------------------------------
    def add_person(self) -> None:
        name = self.new_name.text()
        if self.run(add_person, name, self.new_role.currentData()) is not None:
            self.new_name.clear()

    def remove_person(self) -> None:
        person = self._selected_person()
        if person is None:
            self.session.failed.emit(self.tr("Select the person to remove first."))
            return
        if self.confirm(self.tr("Remove {name} and their consent records?").format(
                name=person.name)):
            self.run(remove_person, person.id)

    def _person_edited(self, item: QTableWidgetItem) -> None:
        person_id = self.people.item(item.row(), NAME).data(DATA)
        person = next((p for p in list_people(self.case) if p.id == person_id), None)
        if person is None:
            return
        if item.column() == NAME and item.text().strip() != person.name:
            result = self.run(update_person, person.id, name=item.text())
        elif item.column() == ROLE and item.data(DATA) != person.role:
            result = self.run(update_person, person.id, role=item.data(DATA))
        elif item.column() == NOTE and item.text().strip() != person.note:
            result = self.run(update_person, person.id, note=item.text())
        else:
            return
        if result is None:
            self.reload()

    def _selected_person(self) -> Person | None:
        row = self.people.currentRow()
        people = list_people(self.case)
        return people[row] if 0 <= row < len(people) else None

    # -- consent ------------------------------------------------------------------------
    def selected_cells(self) -> list[Cell]:
        """The (person id, purpose) of every selected consent cell, in grid order."""
        people = list_people(self.case)
        indexes = sorted({(index.row(), index.column())
                          for index in self.consents.selectedIndexes()})
        return [(people[row].id, PURPOSES[column]) for row, column in indexes
                if 0 <= row < len(people) and 0 <= column < len(PURPOSES)]

    def open_consent_dialog(self, mode: Mode) -> ConsentDialog:
        """Open (without blocking) the dialog for the selected cell, or for all the selected
        cells at once when there are several."""
        people = list_people(self.case)
        consents = list_consents(self.case)
        row, column = self.consents.currentRow(), self.consents.currentColumn()
        person_id = people[row].id if 0 <= row < len(people) else None
        purpose = PURPOSES[column] if 0 <= column < len(PURPOSES) else None
        names = sorted({c.professional for c in consents if c.professional})
        if self.dialog is not None:
            self.dialog.deleteLater()  # the previous one, already closed or replaced
        self.dialog = ConsentDialog(self.session, mode, people, names, person_id, purpose,
                                    self, cells=self.selected_cells())
        self.dialog.open()
        return self.dialog

    def _double_clicked(self) -> None:
        """Open the dialog that fits the cell: consent in force opens the withdrawal
        dialog, whose default button is Cancel, so Enter never withdraws."""
        records = self._cell_records()
        in_force = any(record.withdrawn is None for record in records)
        self.open_consent_dialog("withdraw" if in_force else "give")

    def _cell_records(self) -> list[Consent]:
        item = self.consents.currentItem()
        ids = (item.data(DATA) or []) if item else []
        return [c for c in list_consents(self.case) if c.id in ids]

    def remove_consent_record(self) -> None:
        """Remove one record of the current cell entered by mistake: a withdrawal (the
        consent it closed is in force again) or a "given" record (with its withdrawal)."""
        records = self._cell_records()
        if not records:
            self.session.failed.emit(self.tr(
                "Select a consent cell that has a record, then try again."))
            return
        choices = mistake_choices(records)
        chosen = self.choose_mistake([text for text, _action, _id in choices])
        if chosen is None:
            return
        _text, action, consent_id = choices[chosen]
        self.run(remove_withdrawal if action == "withdrawn" else remove_consent, consent_id)

    def choose_mistake(self, options: list[str]) -> int | None:
        """Which record to remove (an index into ``options``, latest first), or None.
        Tests replace this method."""
        text, ok = QInputDialog.getItem(
            self, self.tr("Remove a record entered by mistake"),
            self.tr("Which record was entered by mistake? To record that consent was "
                    "withdrawn, use Record withdrawal instead."), options, 0, False)
        return options.index(text) if ok and text in options else None


def mistake_choices(records: list[Consent]) -> list[tuple[str, str, int]]:
    """(words, "given" or "withdrawn", consent id) for each record of a cell, latest first."""
    choices = []
    for record in records:
        who = f"{record.professional}: " if record.professional else ""
        if record.withdrawn:
            choices.append((record.withdrawn, record.id, 1, who + tr(
                "withdrawn {date} (consent given {given} is in force again)").format(
                date=show_date(record.withdrawn), given=show_date(record.given)),
                "withdrawn"))
            given = tr("given {date} (and its withdrawal)")
        else:
            given = tr("given {date}")
        choices.append((record.given or "", record.id, 0,
                        who + given.format(date=show_date(record.given)), "given"))
    return [(text, action, consent_id)
            for _day, consent_id, _order, text, action in sorted(choices, reverse=True)]
