"""The Cycles tab: each cycle's number, dates and notes, and its working points."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vigeditor.project.cycles import (
    add_cycle,
    add_working_point,
    list_cycles,
    list_working_points,
    remove_cycle,
    remove_working_point,
    update_cycle,
    update_working_point,
)
from vigeditor.project.model import Cycle
from vigeditor.ui.details.common import (
    DATA,
    CommitTextEdit,
    DateField,
    DetailsTab,
    EditTable,
    button,
    cell,
    has_focus_within,
    hint,
    labelled,
    show_date,
    tr,
)
from vigeditor.ui.session import CaseSession


def cycle_title(cycle: Cycle) -> str:
    lines = [tr("Cycle {number}").format(number=cycle.number),
             tr("Filmed: {date}").format(date=show_date(cycle.filming_date) or tr("not yet")),
             tr("Shared review: {date}").format(
                 date=show_date(cycle.review_date) or tr("not yet"))]
    return "\n".join(lines)


class CyclesTab(DetailsTab):
    """A list of cycles; the selected one's details and working points beside it."""

    KINDS = frozenset({"cycle", "working-point"})

    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.current_id: int | None = None
        self.cycles = QListWidget()
        self.cycles.setAccessibleName(self.tr("Cycles"))
        self.cycles.setSpacing(3)
        self.cycles.setAlternatingRowColors(True)
        self.cycles.currentItemChanged.connect(self._selected)
        self.number = QSpinBox()
        self.number.setRange(1, 999)
        self.filming = DateField(self.tr("Filming date"))
        self.review = DateField(self.tr("Shared review date"))
        self.notes = CommitTextEdit(self.tr("Cycle notes"))
        self.points = EditTable([self.tr("Working point")], self.tr("Working points"),
                                row_numbers=True)
        self.points.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.points.edited.connect(self._point_edited)
        self.new_point = QLineEdit()
        self.new_point.setPlaceholderText(self.tr("What to look for next time"))
        self.new_point.returnPressed.connect(self.add_point)
        self.details = QGroupBox()
        self._build()
        self._connect()
        self.reload()

    def _build(self) -> None:
        left = QVBoxLayout()
        left.addWidget(labelled(self.tr("C&ycles:"), self.cycles))
        left.addWidget(self.cycles, 1)
        left.addWidget(button(self.tr("Add c&ycle"), self.add_cycle))
        left.addWidget(button(self.tr("Remove selected cycle…"), self.remove_cycle))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(labelled(self.tr("Cycle &number:"), self.number), self.number)
        form.addRow(labelled(self.tr("&Filming date:"), self.filming.edit), self.filming)
        form.addRow(labelled(self.tr("Shared &review date:"), self.review.edit), self.review)
        form.addRow(labelled(self.tr("N&otes:"), self.notes), self.notes)
        self.notes.setMaximumHeight(110)
        points_box = QGroupBox(self.tr("Working points"))
        points_layout = QVBoxLayout(points_box)
        points_layout.addWidget(hint(self.tr(
            "What to look for next time, agreed in the shared review. Double-click to edit.")))
        points_layout.addWidget(self.points)
        adding = QHBoxLayout()
        adding.addWidget(labelled(self.tr("New &working point:"), self.new_point))
        adding.addWidget(self.new_point, 1)
        adding.addWidget(button(self.tr("&Add"), self.add_point,
                                self.tr("Add working point")))
        adding.addWidget(button(self.tr("Remove selected…"), self.remove_point,
                                self.tr("Remove selected working point")))
        points_layout.addLayout(adding)
        right = QVBoxLayout(self.details)
        right.addLayout(form)
        right.addWidget(points_box, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addWidget(self.details, 3)

    def _connect(self) -> None:
        self.number.editingFinished.connect(lambda: self.commit(number=self.number.value()))
        self.filming.editingFinished.connect(
            lambda: self.commit(filming_date=self.filming.value()))
        self.review.editingFinished.connect(
            lambda: self.commit(review_date=self.review.value()))
        self.notes.editingFinished.connect(lambda: self.commit(notes=self.notes.toPlainText()))

    # -- loading ------------------------------------------------------------------------
    def reload(self) -> None:
        cycles = list_cycles(self.case)
        if self.current_id not in {cycle.id for cycle in cycles}:
            self.current_id = cycles[0].id if cycles else None
        self.cycles.blockSignals(True)
        self.cycles.clear()
        for cycle in cycles:
            item = QListWidgetItem(cycle_title(cycle))
            item.setData(DATA, cycle.id)
            self.cycles.addItem(item)
            if cycle.id == self.current_id:
                self.cycles.setCurrentItem(item)
        self.cycles.blockSignals(False)
        self.show_cycle(force=False)

    def cycle(self) -> Cycle | None:
        return next((c for c in list_cycles(self.case) if c.id == self.current_id), None)

    def show_cycle(self, force: bool) -> None:
        """Show the selected cycle; unless ``force``, keep a field the guider is typing in."""
        cycle = self.cycle()
        self.details.setEnabled(cycle is not None)
        self.details.setTitle(self.tr("Cycle {number}").format(number=cycle.number)
                              if cycle else self.tr("No cycles yet: add one"))
        if cycle is not None:
            if force or not has_focus_within(self.number):
                self.number.setValue(cycle.number)
            for field, value in ((self.filming, cycle.filming_date),
                                 (self.review, cycle.review_date)):
                field.set_value(value) if force else field.set_value_if_idle(value)
            if force:
                self.notes.setPlainText(cycle.notes)
            else:
                self.notes.set_text_if_idle(cycle.notes)
        self.reload_points()

    def reload_points(self) -> None:
        if self.points.defer_while_editing(self.reload_points):
            return
        points = list_working_points(self.case, self.current_id) if self.current_id else []
        with self.points.filling(len(points)):
            for row, point in enumerate(points):
                self.points.setItem(row, 0, cell(point.text, point.id))

    def _selected(self, item: QListWidgetItem | None) -> None:
        self.current_id = item.data(DATA) if item else None
        self.show_cycle(force=True)

    # -- editing ------------------------------------------------------------------------
    def commit(self, **values: Any) -> None:
        """Save a changed field of the selected cycle (one undoable change)."""
        cycle = self.cycle()
        if cycle is None:
            return
        name, value = next(iter(values.items()))
        if isinstance(value, str):
            value = value.strip()
        if value == getattr(cycle, name):
            return
        if self.run(update_cycle, cycle.id, **values) is None:
            self.show_cycle(force=True)

    def add_cycle(self) -> None:
        cycle = self.run(add_cycle)
        if cycle is not None:
            self.current_id = cycle.id

    def remove_cycle(self) -> None:
        cycle = self.cycle()
        if cycle is None:
            return
        if self.confirm(self.tr("Remove cycle {number} with its working points, ratings and "
                                "shared review plan? Its recordings stay in the case.")
                        .format(number=cycle.number)):
            self.run(remove_cycle, cycle.id)

    def add_point(self) -> None:
        if self.current_id is None:
            return
        if self.run(add_working_point, self.current_id, self.new_point.text()) is not None:
            self.new_point.clear()

    def remove_point(self) -> None:
        item = self.points.currentItem()
        if item is None:
            self.session.failed.emit(self.tr("Select the working point to remove first."))
            return
        self.run(remove_working_point, item.data(DATA))

    def _point_edited(self, item: QTableWidgetItem) -> None:
        point_id = item.data(DATA)
        stored = next((p for p in list_working_points(self.case, self.current_id or 0)
                       if p.id == point_id), None)
        if stored is None or item.text().strip() == stored.text:
            return
        if self.run(update_working_point, point_id, item.text()) is None:
            QTimer.singleShot(0, self.reload_points)  # show the stored text again
