"""New case: a family code (never a name in the folder), the guider, where to keep it, and
the people with the consent each gave today.

Fewest inputs: Enter in a field moves on to the next one still to fill (family code, guider,
then the people's names, row after row); Enter in an empty name creates the case. Labels are
QFormLayout labels with buddies, so a click on a label (see :mod:`vigeditor.ui.focus`) or its
Alt+letter puts the focus in its field.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
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

from vigeditor.project.people import NewPerson
from vigeditor.ui.start.new_people import PeopleRows

FOLDER_ROOM = 24  # pixels beside the path's own width (frame and cursor)


class NewCaseDialog(QDialog):
    """Asks for what a new case needs.

    Widgets: ``family_code``, ``guider``, ``folder`` (QLineEdit), ``people`` (a
    :class:`~vigeditor.ui.start.new_people.PeopleRows`: ``people.rows[i].name``, ``.role``,
    ``.usual``, ``.actions[purpose]``), ``buttons``. ``values()`` gives (case folder, family
    code, guider); ``new_people()`` the people to add with their consent. ``on_accept``,
    when set, runs on OK and the dialog closes only if it returns True.
    """

    on_accept: Callable[[], bool] | None = None

    def __init__(self, workspace: Path, guider: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("new-case")
        self.setWindowTitle(self.tr("New case"))
        self.family_code = QLineEdit()
        self.family_code.setAccessibleName(self.tr("Family code"))
        self.family_code.setPlaceholderText(self.tr("e.g. F-2026-014 (not the family's name)"))
        self.guider = QLineEdit(guider)
        self.guider.setAccessibleName(self.tr("Guider"))
        self.folder = QLineEdit(str(workspace))
        self.folder.setAccessibleName(self.tr("Folder"))
        self.people = PeopleRows()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Create case"))
        ok.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._build()
        self.family_code.textChanged.connect(self._update_ok)
        self.folder.textChanged.connect(self._fit_folder)
        self._update_ok()
        self._fit_folder()
        self.family_code.setFocus()

    def _build(self) -> None:
        browse = QPushButton(self.tr("&Browse…"))
        browse.setAccessibleName(self.tr("Choose folder"))
        browse.setAutoDefault(False)
        browse.clicked.connect(self.browse)
        where = QHBoxLayout()
        where.addWidget(self.folder, 1)
        where.addWidget(browse)
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Family code:"), self.family_code)
        form.addRow(self.tr("&Guider:"), self.guider)
        form.addRow(self.tr("Fo&lder:"), where)
        form.labelForField(where).setBuddy(self.folder)  # type: ignore[union-attr]
        note = QLabel(self.tr("The case folder is named after the family code, so names never "
                              "appear in file names."))
        note.setWordWrap(True)
        form.addRow("", note)
        form.addRow(self.tr("&People:"), self.people)
        form.labelForField(self.people).setBuddy(self.people.rows[0].name)  # type: ignore
        people_note = QLabel(self.tr(
            "Consent recorded today for each person; change it, add more or withdraw it "
            "later in Case details. Consent to share with a named professional is recorded "
            "there too."))
        people_note.setWordWrap(True)
        form.addRow("", people_note)
        form.addRow(self.buttons)

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.family_code.text().strip()))

    def _fit_folder(self) -> None:
        """Wide enough for the whole path (up to nine tenths of the screen)."""
        wanted = self.folder.fontMetrics().horizontalAdvance(self.folder.text()) + FOLDER_ROOM
        screen = self.screen().availableGeometry().width() if self.screen() else 1600
        self.folder.setMinimumWidth(max(320, min(wanted, int(screen * 0.9) - 220)))

    def browse(self) -> None:
        """Choose the folder to keep the case in (the folder chooser)."""
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Keep the case in"),
                                                  self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter moves on to the next field still to fill; in an empty name it creates."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            following = self._field_after(self.focusWidget())
            if following is not None:
                following.setFocus(Qt.FocusReason.OtherFocusReason)
                event.accept()
                return
        super().keyPressEvent(event)

    def _field_after(self, field: QWidget | None) -> QLineEdit | None:
        first_name = self.people.rows[0].name
        if field is self.family_code:
            return self.guider if not self.guider.text().strip() else first_name
        if field is self.guider:
            return first_name
        if isinstance(field, QLineEdit) and field.text().strip():
            row = self.people.row_after(field)
            return row.name if row is not None else None
        return None

    def accept(self) -> None:
        """Close with OK, unless ``on_accept`` says it could not be done."""
        if self.on_accept is not None and not self.on_accept():
            return
        super().accept()

    def values(self) -> tuple[Path, str, str]:
        """(the case folder to make, the family code, the guider), all stripped."""
        code = self.family_code.text().strip()
        return Path(self.folder.text().strip()) / code, code, self.guider.text().strip()

    def new_people(self) -> list[NewPerson]:
        """The people typed, each with the purposes ticked for them."""
        return self.people.people()
