"""The Helping questions tab: the family's goals, their ratings, and the chart of them."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QSpinBox,
    QSplitter,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vigeditor.project.cycles import list_cycles
from vigeditor.project.model import Cycle, HelpingQuestion, QuestionRating
from vigeditor.project.people import list_people
from vigeditor.project.questions import (
    add_question,
    list_questions,
    list_ratings,
    rate_question,
    remove_question,
    remove_rating,
    update_question,
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
)
from vigeditor.ui.details.rating_chart import RatingChart, chart_data
from vigeditor.ui.session import CaseSession

NUMBER, TEXT, ASKED_BY, HOPED, FIRST_RATING = range(5)
Stage = tuple[str, int | None]  # ("start", None), ("cycle", cycle id), ("end", None)


class QuestionsTab(DetailsTab):
    """A table of questions and their 1–10 ratings (start, each cycle, end), and a chart."""

    KINDS = frozenset({"question", "rating", "cycle", "person"})

    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.table = EditTable([], self.tr("Helping questions and their ratings"))
        self.asked_by = ChoiceDelegate([], self)
        self.table.setItemDelegateForColumn(ASKED_BY, self.asked_by)
        self.table.edited.connect(self._edited)
        self.stages: list[Stage] = []
        self.new_text = QLineEdit()
        self.new_text.setPlaceholderText(
            self.tr("In the family's words, e.g. How can I help Sam settle at bedtime?"))
        self.new_hoped = QSpinBox()
        self.new_hoped.setRange(0, 10)
        self.new_hoped.setSpecialValueText(self.tr("not set"))
        self.chart = RatingChart()
        self._build()
        self.reload()

    def _build(self) -> None:
        box = QGroupBox(self.tr("Helping questions"))
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(hint(self.tr(
            "The family's own goals, in their words. Rate each from 1 (not at all) to 10 "
            "(completely) at the start, after each cycle and at the end: select a cell and "
            "type the number. Leave a cell empty for no rating.")))
        self.table.setMinimumHeight(120)
        box_layout.addWidget(self.table)
        adding = QHBoxLayout()
        adding.addWidget(labelled(self.tr("New &question:"), self.new_text))
        adding.addWidget(self.new_text, 3)
        adding.addWidget(labelled(self.tr("&Hoped-for rating:"), self.new_hoped))
        adding.addWidget(self.new_hoped)
        adding.addWidget(button(self.tr("&Add question"), self.add_question))
        adding.addStretch(1)
        adding.addWidget(button(self.tr("Remove selected question…"), self.remove_question))
        box_layout.addLayout(adding)
        self.new_text.returnPressed.connect(self.add_question)
        chart_box = QGroupBox(self.tr("Ratings across the cycles"))
        chart_layout = QVBoxLayout(chart_box)
        chart_layout.addWidget(self.chart)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(box)
        splitter.addWidget(chart_box)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    # -- loading ------------------------------------------------------------------------
    def reload(self) -> None:
        if self.table.defer_while_editing(self.reload):
            return
        questions = list_questions(self.case)
        ratings = list_ratings(self.case)
        cycles = list_cycles(self.case)
        names = {person.id: person.name for person in list_people(self.case)}
        self.asked_by.choices = [(None, "—"), *names.items()]
        self._set_columns(cycles)
        with self.table.filling(len(questions)):
            for row, question in enumerate(questions):
                self._fill_row(row, question, ratings, names)
        self.chart.set_data(*chart_data(questions, ratings, cycles))

    def _set_columns(self, cycles: list[Cycle]) -> None:
        self.stages = [("start", None), *(("cycle", cycle.id) for cycle in cycles),
                       ("end", None)]
        headers = [self.tr("No."), self.tr("Helping question"), self.tr("Asked by"),
                   self.tr("Hoped for"), self.tr("Start"),
                   *(self.tr("After cycle {number}").format(number=cycle.number)
                     for cycle in cycles), self.tr("End")]
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(60)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        if len(cycles) <= 5:
            header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        else:  # many cycles: keep the ratings in view, the full question is in the tooltip
            header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(TEXT, 260)

    def _fill_row(self, row: int, question: HelpingQuestion, ratings: list[QuestionRating],
                  names: dict[int, str]) -> None:
        number = cell(str(row + 1), question.id, editable=False)
        number.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        self.table.setItem(row, NUMBER, number)
        self.table.setItem(row, TEXT, cell(question.text, tip=question.text))
        asked = names.get(question.asked_by, "—") if question.asked_by else "—"
        self.table.setItem(row, ASKED_BY, cell(asked, question.asked_by))
        hoped = "" if question.hoped_rating is None else str(question.hoped_rating)
        self.table.setItem(row, HOPED, self._number_cell(hoped, None))
        for offset, (stage, cycle_id) in enumerate(self.stages):
            found = next((r for r in ratings if r.question_id == question.id
                          and r.stage == stage and r.cycle_id == cycle_id), None)
            text = "" if found is None else str(found.rating)
            self.table.setItem(row, FIRST_RATING + offset,
                               self._number_cell(text, found.id if found else None))

    @staticmethod
    def _number_cell(text: str, data: int | None) -> QTableWidgetItem:
        item = cell(text, data)
        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        return item

    # -- editing ------------------------------------------------------------------------
    def add_question(self) -> None:
        hoped = self.new_hoped.value() or None
        if self.run(add_question, self.new_text.text(), hoped_rating=hoped) is not None:
            self.new_text.clear()
            self.new_hoped.setValue(0)

    def remove_question(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            self.session.failed.emit(self.tr("Select the helping question to remove first."))
            return
        if self.confirm(self.tr("Remove helping question {number} and its ratings?").format(
                number=row + 1)):
            self.run(remove_question, self.table.item(row, NUMBER).data(DATA))

    def _edited(self, item: QTableWidgetItem) -> None:
        question_id = self.table.item(item.row(), NUMBER).data(DATA)
        question = next((q for q in list_questions(self.case) if q.id == question_id), None)
        if question is None:
            return
        column, text = item.column(), item.text().strip()
        if column == TEXT and text != question.text:
            self.run(update_question, question.id, text=text)
        elif column == ASKED_BY and item.data(DATA) != question.asked_by:
            self.run(update_question, question.id, asked_by=item.data(DATA))
        elif column == HOPED and text != str(question.hoped_rating or ""):
            self.run(update_question, question.id, hoped_rating=text or None)
        elif column >= FIRST_RATING:
            self._rate(question, self.stages[column - FIRST_RATING], text, item.data(DATA))
        else:
            return
        QTimer.singleShot(0, self.reload)  # shows the stored value again after a refusal

    def _rate(self, question: HelpingQuestion, stage: Stage, text: str,
              rating_id: int | None) -> None:
        if not text:
            if rating_id is not None:
                self.run(remove_rating, rating_id)
            return
        stored = next((r for r in list_ratings(self.case, question.id) if r.id == rating_id),
                      None)
        if stored is None or text != str(stored.rating):
            self.run(rate_question, question.id, text, stage=stage[0], cycle_id=stage[1])
