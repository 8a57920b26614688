"""After the shared review: what the parent noticed, notes, working points and this cycle's
helping-question ratings, saved to the cycle in one step (the booklet reads them)."""

from __future__ import annotations

from PySide6.QtCore import Qt
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
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from vigeditor.project import cycles, questions, reviews
from vigeditor.ui.details.common import CommitTextEdit, hint, labelled
from vigeditor.ui.session import CaseSession

NOT_RATED = 0


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
        self.new_point.returnPressed.connect(self.add_point)
        self.ratings: dict[int, QSpinBox] = {}
        self._build()
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
                                      "Double-click to change one.")))
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
        for point in cycles.list_working_points(case, self.cycle_id):
            self._add_row(point.text)
        saved = {rating.question_id: rating.rating for rating in questions.list_ratings(case)
                 if rating.stage == "cycle" and rating.cycle_id == self.cycle_id}
        for question_id, spin in self.ratings.items():
            spin.setValue(saved.get(question_id, NOT_RATED))

    def _add_row(self, text: str) -> None:
        row = QListWidgetItem(text)
        row.setFlags(row.flags() | Qt.ItemFlag.ItemIsEditable)
        self.points.addItem(row)

    def add_point(self) -> None:
        text = self.new_point.text().strip()
        if text:
            self._add_row(text)
            self.new_point.clear()

    def remove_point(self) -> None:
        row = self.points.currentRow()
        if row >= 0:
            self.points.takeItem(row)

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
