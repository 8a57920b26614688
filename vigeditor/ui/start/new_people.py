"""The people of a new case, typed in rows that grow, with the consent each gave today.

Each row: a name, a role (the first person is a carer, the second a child, then siblings,
by default), "All the usual" (filming, shared review, family copies, supervision: ticked by
default) and a button whose menu ticks each purpose on its own. A blank row is always last;
typing a name in it adds the next one.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QWidget,
)

from vigeditor.project.model import PURPOSES, ROLES
from vigeditor.project.people import USUAL_PURPOSES, NewPerson

#: purposes a new case can record today (``professional`` needs a name: Case details)
SETUP_PURPOSES: tuple[str, ...] = tuple(code for code in PURPOSES if code != "professional")


def _tr(text: str) -> str:
    return QCoreApplication.translate("NewPeople", text)


def role_name(role: str) -> str:
    """The role as the guider reads it."""
    return {"carer": _tr("Carer"), "child": _tr("Child"), "sibling": _tr("Sibling"),
            "professional": _tr("Professional")}.get(role, role)


def purpose_name(purpose: str) -> str:
    """The purpose as the guider reads it."""
    return {"filming": _tr("Filming"), "review": _tr("Shared review"),
            "family-copy": _tr("Family copies"), "supervision": _tr("Supervision"),
            "training": _tr("Training"), "research": _tr("Research")}.get(purpose, purpose)


class PersonRow:
    """The widgets of one person: ``name``, ``role``, ``usual`` and ``purposes`` (a button
    whose menu has one checkable action per purpose, in ``actions`` by purpose code)."""

    def __init__(self, number: int, role: str) -> None:
        self.name = QLineEdit()
        self.name.setAccessibleName(_tr("Name of person {n}").format(n=number))
        self.name.setPlaceholderText(_tr("Name, e.g. Kim (mum)") if number == 1 else
                                     _tr("Another person (optional)"))
        self.role = QComboBox()
        self.role.setAccessibleName(_tr("Role of person {n}").format(n=number))
        for code in ROLES:
            self.role.addItem(role_name(code), code)
        self.role.setCurrentIndex(self.role.findData(role))
        self.usual = QCheckBox(_tr("All the usual"))
        self.usual.setAccessibleName(_tr("Usual consent of person {n}").format(n=number))
        self.usual.setToolTip(_tr("Consent given today for filming, shared review, family "
                                  "copies and supervision."))
        self.usual.setChecked(True)
        self.purposes = QPushButton()
        self.purposes.setAutoDefault(False)
        self.purposes.setAccessibleName(_tr("Consent by purpose of person {n}").format(
            n=number))
        menu = QMenu(self.purposes)
        self.actions: dict[str, QAction] = {}
        for code in SETUP_PURPOSES:
            action = menu.addAction(purpose_name(code))
            action.setCheckable(True)
            action.setChecked(code in USUAL_PURPOSES)
            action.toggled.connect(self._purpose_toggled)
            self.actions[code] = action
        self.purposes.setMenu(menu)
        self.usual.toggled.connect(self._usual_toggled)
        self.name.textChanged.connect(self._named)
        self._show_purposes()
        self._named()

    def widgets(self) -> tuple[QWidget, ...]:
        return (self.name, self.role, self.usual, self.purposes)

    def chosen(self) -> tuple[str, ...]:
        """The purpose codes ticked for this person, in the usual order."""
        return tuple(code for code, action in self.actions.items() if action.isChecked())

    def person(self) -> NewPerson | None:
        """The person to add, or None when the name is empty."""
        name = self.name.text().strip()
        return NewPerson(name, self.role.currentData(), self.chosen()) if name else None

    def _named(self) -> None:
        """Role and consent are asked once the row has a name (a blank row records nothing)."""
        named = bool(self.name.text().strip())
        for widget in self.widgets()[1:]:
            widget.setEnabled(named)

    def _usual_toggled(self, on: bool) -> None:
        for code in USUAL_PURPOSES:
            action = self.actions[code]
            action.blockSignals(True)
            action.setChecked(on)
            action.blockSignals(False)
        self._show_purposes()

    def _purpose_toggled(self) -> None:
        self.usual.blockSignals(True)
        self.usual.setChecked(all(self.actions[code].isChecked() for code in USUAL_PURPOSES))
        self.usual.blockSignals(False)
        self._show_purposes()

    def _show_purposes(self) -> None:
        chosen = self.chosen()
        extra = [purpose_name(code) for code in chosen if code not in USUAL_PURPOSES]
        if self.usual.isChecked():
            text = "+ " + ", ".join(extra) if extra else _tr("By purpose…")
        else:
            text = ", ".join(purpose_name(code) for code in chosen) or _tr("No consent")
        self.purposes.setText(text)
        self.purposes.setToolTip(_tr("Consent given today: {purposes}").format(
            purposes=", ".join(purpose_name(code) for code in chosen) or _tr("none")))


class PeopleRows(QWidget):
    """Rows of people that grow: a blank row is always last. ``rows`` lists them."""

    row_added = Signal(object)  # PersonRow

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("People in the case"))
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        headings = [QLabel(text) for text in (self.tr("Name"), self.tr("Role"),
                                              self.tr("Consent given today"))]
        for column, heading in enumerate(headings):
            self.grid.addWidget(heading, 0, column, 1, 2 if column == 2 else 1)
        self.grid.setColumnStretch(0, 1)
        self.rows: list[PersonRow] = []
        first = self.add_row()
        headings[0].setBuddy(first.name)  # a click on "Name" goes to the first name

    def add_row(self) -> PersonRow:
        """Add a blank row with the role the next person most likely has."""
        row = PersonRow(len(self.rows) + 1, self._next_role())
        line = len(self.rows) + 1
        for column, widget in enumerate(row.widgets()):
            self.grid.addWidget(widget, line, column)
            if self.isVisible():
                widget.show()  # at once, so Enter can move into it before the next event
        if self.rows:
            QWidget.setTabOrder(self.rows[-1].purposes, row.name)
        row.name.textChanged.connect(self._grow)
        self.rows.append(row)
        self.row_added.emit(row)
        return row

    def people(self) -> list[NewPerson]:
        """The people typed so far (rows with an empty name are left out)."""
        return [person for row in self.rows if (person := row.person()) is not None]

    def row_after(self, name: QLineEdit) -> PersonRow | None:
        """The row after the one whose name field is ``name`` (None for the last)."""
        names = [row.name for row in self.rows]
        index = names.index(name) if name in names else -1
        return self.rows[index + 1] if 0 <= index < len(self.rows) - 1 else None

    def _grow(self) -> None:
        if self.rows[-1].name.text().strip():
            self.add_row()

    def _next_role(self) -> str:
        roles: Sequence[str] = [row.role.currentData() for row in self.rows]
        if "carer" not in roles:
            return "carer"
        return "child" if "child" not in roles else "sibling"
