"""After the shared review: what the parent noticed, notes, working points and this cycle's
helping-question ratings, saved to the cycle in one step (the booklet reads them).

Enter in the working-point field adds the point and stays there for the next one (it never
saves the form); Ctrl+Enter or Ctrl+S saves it from any field. The form opens with the focus
in "What the parent noticed". Ctrl+Z and Ctrl+Shift+Z (Ctrl+Y) anywhere in the form, text fields
included, undo and redo through the case's one history (the session's undo stack); when
that changes what this form shows, the form shows the case as it now is."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from vigeditor.project import cycles, questions, reviews
from vigeditor.project.events import CaseChanged
from vigeditor.ui.details.common import CommitTextEdit, hint, labelled
from vigeditor.ui.session import CaseSession

NOT_RATED = 0
#: the kinds of change that alter what the form shows
_SHOWN_KINDS = ("review", "working-point", "rating", "question")
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class AfterReviewDialog(QDialog):
    """The after-review form for one cycle; Save writes it all as one undoable step."""

    def __init__(self, session: CaseSession, cycle_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.cycle_id = session, cycle_id
        cycle = cycles.get_cycle(session.case, cycle_id)
        self.setWindowTitle(self.tr("After the shared review — cycle {number}").format(
            number=cycle.number))
        self.noticed = CommitTextEdit(self.tr("What the parent noticed"))
        self.noticed.setPlaceholderText(self.tr("In the parent's own words"))
        self.notes = CommitTextEdit(self.tr("Notes"))
        self.points = QListWidget()
        self.points.setAccessibleName(self.tr("Working points"))
        self.points.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                    | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.new_point = QLineEdit()
        self.new_point.setAccessibleName(self.tr("New working point"))
        self.new_point.setPlaceholderText(self.tr("What to look for next time"))
        self.ratings: dict[int, QSpinBox] = {}
        #: working points added or removed since the form was filled: (kind, row, text)
        self._edits: list[tuple[str, int, str]] = []
        self._build()
        self.load()
        self._history_keys()
        session.changed.connect(self._case_changed)

    # -- keys: Enter adds a working point; undo and redo go through the case -----------------

    def _history_keys(self) -> None:
        """Ctrl+Z / Ctrl+Shift+Z (and Ctrl+Y) in the whole form undo and redo the case."""
        self.undo_keys = [QKeySequence(QKeySequence.StandardKey.Undo)]
        redo = [QKeySequence(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Shift+Z"),
                QKeySequence("Ctrl+Y")]
        self.redo_keys = list({key.toString(): key for key in redo}.values())  # no repeats
        for keys, slot in ((self.undo_keys, self.undo), (self.redo_keys, self.redo)):
            for sequence in keys:
                shortcut = QShortcut(sequence, self)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(slot)
        for field in (self.noticed, self.notes, self.new_point):
            field.installEventFilter(self)
        for sequence in (QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter"),
                         QKeySequence(QKeySequence.StandardKey.Save)):
            save = QShortcut(sequence, self)
            save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            save.activated.connect(self.save)
        self.noticed.setFocus()

    def undo(self) -> None:
        """Ctrl+Z: the form's own last edit not yet saved comes first (typing in the field
        with the focus, then a working point added or removed), then the case's history."""
        if _field_history(self.focusWidget(), redo=False):
            return
        if self._edits:
            kind, row, text = self._edits.pop()
            if kind == "added":
                self.points.takeItem(row)
            else:
                self._add_row(text, row)
            return
        self.session.undo()

    def redo(self) -> None:
        """Ctrl+Shift+Z / Ctrl+Y: typing undone in the field with the focus, else the case."""
        if not _field_history(self.focusWidget(), redo=True):
            self.session.redo()

    def _is_history_key(self, event: QKeyEvent) -> bool:
        pressed = QKeySequence(event.keyCombination())
        return any(pressed.matches(sequence) == QKeySequence.SequenceMatch.ExactMatch
                   for sequence in (*self.undo_keys, *self.redo_keys))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Text fields leave undo and redo to the form's shortcuts (the case's history)
        instead of taking them for their own typing; Enter in the new working point adds
        it and keeps the focus there."""
        if isinstance(event, QKeyEvent):
            if event.type() == QEvent.Type.ShortcutOverride and self._is_history_key(event):
                event.ignore()
                return True  # not the field's: the form's shortcut acts
            if (watched is self.new_point and event.type() == QEvent.Type.KeyPress
                    and event.key() in _ENTER):
                self.add_point()
                return True
        return super().eventFilter(watched, event)

    def _case_changed(self, event: CaseChanged) -> None:
        """After an undo or redo that touches what the form shows, show the case."""
        if event.origin != "do" and any(event.of_kind(kind) for kind in _SHOWN_KINDS):
            self.load()

    def _build(self) -> None:
        form = QFormLayout()
        form.addRow(labelled(self.tr("What the parent &noticed:"), self.noticed), self.noticed)
        form.addRow(labelled(self.tr("N&otes:"), self.notes), self.notes)
        self.notes.setMaximumHeight(90)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self._points_box())
        layout.addWidget(self._ratings_box())
        layout.addWidget(buttons)
        self.resize(720, 680)

    def _points_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Working points"))
        layout = QVBoxLayout(box)
        layout.addWidget(hint(self.tr("What to look for next time, agreed with the parent. "
                                      "Type one and press Enter to add it; double-click to "
                                      "change one. Ctrl+Enter saves the form.")))
        layout.addWidget(self.points)
        row = QHBoxLayout()
        row.addWidget(labelled(self.tr("New &working point:"), self.new_point))
        row.addWidget(self.new_point, 1)
        for text, name, slot in ((self.tr("&Add"), self.tr("Add working point"), self.add_point),
                                 (self.tr("&Remove"), self.tr("Remove selected working point"),
                                  self.remove_point)):
            button = QPushButton(text)
            button.setAccessibleName(name)
            button.clicked.connect(lambda _c=False, s=slot: s())
            row.addWidget(button)
        layout.addLayout(row)
        return box

    def _ratings_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Helping questions: how is it now? (1–10)"))
        form = QFormLayout(box)
        listed = questions.list_questions(self.session.case)
        if not listed:
            form.addRow(hint(self.tr("This case has no helping questions yet (Case details).")))
        for question in listed:
            spin = QSpinBox()
            spin.setRange(NOT_RATED, 10)
            spin.setSpecialValueText(self.tr("not rated"))
            spin.setMinimumWidth(120)
            spin.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            spin.setAccessibleName(self.tr("Rating: {question}").format(question=question.text))
            label = QLabel(question.text)
            label.setWordWrap(True)
            label.setBuddy(spin)
            form.addRow(label, spin)
            self.ratings[question.id] = spin
        return box

    # -- reading and saving -----------------------------------------------------------------

    def load(self) -> None:
        """Fill the form from the case (what was saved before, if anything)."""
        case = self.session.case
        review = reviews.get_review(case, self.cycle_id)
        self.noticed.setPlainText(review.parent_noticed if review else "")
        self.notes.setPlainText(review.notes if review else "")
        self.points.clear()
        self._edits.clear()
        for point in cycles.list_working_points(case, self.cycle_id):
            self._add_row(point.text)
        saved = {rating.question_id: rating.rating for rating in questions.list_ratings(case)
                 if rating.stage == "cycle" and rating.cycle_id == self.cycle_id}
        for question_id, spin in self.ratings.items():
            spin.setValue(saved.get(question_id, NOT_RATED))

    def _add_row(self, text: str, position: int | None = None) -> None:
        row = QListWidgetItem(text)
        row.setFlags(row.flags() | Qt.ItemFlag.ItemIsEditable)
        self.points.insertItem(self.points.count() if position is None else position, row)

    def add_point(self) -> None:
        """Add the typed working point to the list; the field stays ready for the next."""
        text = self.new_point.text().strip()
        if text:
            self._add_row(text)
            self._edits.append(("added", self.points.count() - 1, text))
            self.new_point.setText("")  # not clear(): Ctrl+Z then takes the point back
        self.new_point.setFocus()

    def remove_point(self) -> None:
        row = self.points.currentRow()
        if row >= 0:
            taken = self.points.takeItem(row)
            self._edits.append(("removed", row, taken.text()))

    def working_points(self) -> list[str]:
        texts = [self.points.item(row).text().strip() for row in range(self.points.count())]
        pending = self.new_point.text().strip()
        return [text for text in [*texts, pending] if text]

    def save(self) -> bool:
        """Write the form as one step; the dialog stays open if the case refuses it."""
        ratings = {question_id: (spin.value() or None)
                   for question_id, spin in self.ratings.items()}
        saved = self.session.run(
            reviews.save_after_review, self.session.case, self.cycle_id,
            parent_noticed=self.noticed.toPlainText(), notes=self.notes.toPlainText(),
            working_points=self.working_points(), ratings=ratings)
        if saved is None:
            return False
        self.accept()
        return True


def _field_history(field: QWidget | None, *, redo: bool) -> bool:
    """Undo (or redo) the typing in ``field`` when it has some to undo; False otherwise."""
    if isinstance(field, QPlainTextEdit):
        available = (field.document().isRedoAvailable() if redo
                     else field.document().isUndoAvailable())
    elif isinstance(field, QLineEdit):
        available = field.isRedoAvailable() if redo else field.isUndoAvailable()
    else:
        return False
    if available:
        field.redo() if redo else field.undo()
    return available
