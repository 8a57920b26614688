"""A chart of the helping questions' ratings across the cycles, drawn with QPainter.

x: the start, each cycle, the end; y: the 1–10 rating. One line per question with its own
colour and marker shape (colour is never the only cue), its hoped-for rating as a dashed
line, and a legend with the question numbers and words. The accessible description says
the same values as text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from vigeditor.project.model import Cycle, HelpingQuestion, QuestionRating

#: Okabe–Ito colours, distinguishable with colour-blindness; lightened on dark palettes
SERIES_COLOURS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#8C6D00")
MARKERS = ("circle", "square", "triangle", "diamond")
LOW, HIGH = 1, 10


def _tr(text: str) -> str:
    return QCoreApplication.translate("RatingChart", text)


@dataclass(frozen=True)
class Series:
    """One question's line: (column, rating) points; column 0 is the start."""

    number: int
    text: str
    points: tuple[tuple[int, int], ...]
    hoped: int | None


def chart_data(questions: Sequence[HelpingQuestion], ratings: Sequence[QuestionRating],
               cycles: Sequence[Cycle]) -> tuple[list[str], list[Series]]:
    """The column labels (start, cycles, end) and one series per question."""
    columns = [_tr("Start"), *(_tr("Cycle {number}").format(number=cycle.number)
                               for cycle in cycles), _tr("End")]
    column_of: dict[tuple[str, int | None], int] = {("start", None): 0,
                                                    ("end", None): len(cycles) + 1}
    for index, cycle in enumerate(cycles, start=1):
        column_of[("cycle", cycle.id)] = index
    series = []
    for number, question in enumerate(questions, start=1):
        points = sorted((column_of[(rating.stage, rating.cycle_id)], rating.rating)
                        for rating in ratings if rating.question_id == question.id
                        and (rating.stage, rating.cycle_id) in column_of)
        series.append(Series(number, question.text, tuple(points), question.hoped_rating))
    return columns, series


def describe(columns: Sequence[str], series: Sequence[Series]) -> str:
    """The chart's values as sentences, for screen readers."""
    if not series:
        return _tr("No helping questions yet.")
    parts = [_tr("Ratings from 1 to 10.")]
    for line in series:
        values = ", ".join(f"{columns[column]} {rating}" for column, rating in line.points)
        sentence = _tr("Question {number}, \u201c{text}\u201d: {values}.").format(
            number=line.number, text=line.text, values=values or _tr("no ratings yet"))
        if line.hoped is not None:
            sentence += " " + _tr("Hoped for {rating}.").format(rating=line.hoped)
        parts.append(sentence)
    return " ".join(parts)


class RatingChart(QWidget):
    """Lines of ratings per helping question; set with :meth:`set_data`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._columns: list[str] = [_tr("Start"), _tr("End")]
        self._series: list[Series] = []
        self.setAccessibleName(self.tr("Chart of helping question ratings"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.set_data(self._columns, [])

    # -- data ---------------------------------------------------------------------------
    def set_data(self, columns: Sequence[str], series: Sequence[Series]) -> None:
        self._columns = list(columns)
        self._series = list(series)
        text = describe(self._columns, self._series)
        self.setAccessibleDescription(text)
        self.setToolTip(text)
        self.setMinimumHeight(130 + self._legend_height())
        self.updateGeometry()
        self.update()

    def columns(self) -> list[str]:
        return list(self._columns)

    def series(self) -> list[Series]:
        """The lines the chart draws (for tests and the accessible description)."""
        return list(self._series)

    def colour(self, index: int) -> QColor:
        colour = QColor(SERIES_COLOURS[index % len(SERIES_COLOURS)])
        return colour.lighter(135) if self._dark() else colour

    def sizeHint(self) -> QSize:
        return QSize(560, 220 + self._legend_height())

    # -- drawing ------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        plot = self._plot_rect()
        self._draw_axes(painter, plot)
        for index, line in enumerate(self._series):
            self._draw_series(painter, plot, index, line)
        if not any(line.points for line in self._series):
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            empty = _tr("No helping questions yet.") if not self._series else \
                _tr("No ratings yet: type them in the table above.")
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, empty)
        self._draw_legend(painter, plot)
        painter.end()

    def _dark(self) -> bool:
        return self.palette().color(QPalette.ColorRole.Base).lightness() < 128

    def _legend_height(self) -> int:
        return (len(self._series) + 1) * (self.fontMetrics().height() + 4) + 8

    def _plot_rect(self) -> QRectF:
        metrics = self.fontMetrics()
        left = metrics.horizontalAdvance("10") + 16
        bottom = self.height() - self._legend_height() - metrics.height() - 10
        return QRectF(left, 12, max(40, self.width() - left - 24), max(40, bottom - 12))

    def _x(self, plot: QRectF, column: int) -> float:
        step = plot.width() / max(1, len(self._columns) - 1)
        return plot.left() + column * step

    @staticmethod
    def _y(plot: QRectF, rating: float) -> float:
        return plot.bottom() - (rating - LOW) / (HIGH - LOW) * plot.height()

    def _draw_axes(self, painter: QPainter, plot: QRectF) -> None:
        palette = self.palette()
        grid = QColor(palette.color(QPalette.ColorRole.Mid))
        text = palette.color(QPalette.ColorRole.Text)
        metrics = self.fontMetrics()
        every = 1 if plot.height() / (HIGH - LOW) >= metrics.height() else 3
        for rating in range(LOW, HIGH + 1):
            y = self._y(plot, rating)
            painter.setPen(QPen(grid, 1 if rating in (LOW, HIGH) else 0.5))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            if (rating - LOW) % every:
                continue
            painter.setPen(text)
            label = QRectF(0, y - metrics.height() / 2, plot.left() - 8, metrics.height())
            painter.drawText(label, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             str(rating))
        labels = self._x_labels(plot)
        step = plot.width() / max(1, len(self._columns) - 1)
        for column, label in enumerate(labels):
            x = self._x(plot, column)
            painter.setPen(QPen(grid, 0.5))
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            painter.setPen(text)
            box = QRectF(x - step / 2, plot.bottom() + 4, step, metrics.height())
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, label)

    def _x_labels(self, plot: QRectF) -> list[str]:
        """The column labels; only the cycle numbers when the full words do not fit."""
        step = plot.width() / max(1, len(self._columns) - 1)
        widest = max(self.fontMetrics().horizontalAdvance(label) for label in self._columns)
        if widest + 6 <= step:
            return self._columns
        last = len(self._columns) - 1
        return [label if column in (0, last) else str(column)
                for column, label in enumerate(self._columns)]

    def _draw_series(self, painter: QPainter, plot: QRectF, index: int, line: Series) -> None:
        colour = self.colour(index)
        if line.hoped is not None:
            painter.setPen(QPen(colour, 1.5, Qt.PenStyle.DashLine))
            y = self._y(plot, line.hoped)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        points = [QPointF(self._x(plot, column), self._y(plot, rating))
                  for column, rating in line.points]
        painter.setPen(QPen(colour, 2.5))
        painter.drawPolyline(QPolygonF(points))
        for point in points:
            self._marker(painter, point, index, colour)
        if points:
            painter.setPen(self.palette().color(QPalette.ColorRole.Text))
            last = points[-1]
            painter.drawText(QPointF(last.x() + 8, last.y() - 6), str(line.number))

    def _marker(self, painter: QPainter, at: QPointF, index: int, colour: QColor) -> None:
        shape = MARKERS[index % len(MARKERS)]
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Base), 1))
        painter.setBrush(colour)
        size = 5.0
        if shape == "circle":
            painter.drawEllipse(at, size, size)
        elif shape == "square":
            painter.drawRect(QRectF(at.x() - size, at.y() - size, 2 * size, 2 * size))
        else:
            corners = ([(0, -size - 1), (size + 1, size), (-size - 1, size)]
                       if shape == "triangle" else
                       [(0, -size - 1), (size + 1, 0), (0, size + 1), (-size - 1, 0)])
            painter.drawPolygon(QPolygonF([QPointF(at.x() + dx, at.y() + dy)
                                           for dx, dy in corners]))
        painter.setBrush(Qt.BrushStyle.NoBrush)

    def _draw_legend(self, painter: QPainter, plot: QRectF) -> None:
        metrics = self.fontMetrics()
        row = metrics.height() + 4
        top = plot.bottom() + metrics.height() + 14
        text_colour = self.palette().color(QPalette.ColorRole.Text)
        painter.setPen(text_colour)
        painter.drawText(QPointF(plot.left(), top + metrics.ascent()),
                         _tr("Solid line: rating.   Dashed line: hoped-for rating."))
        for index, line in enumerate(self._series):
            y = top + (index + 1) * row + row / 2
            sample = QPointF(plot.left() + 12, y)
            painter.setPen(QPen(self.colour(index), 2.5))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.left() + 24, y))
            self._marker(painter, sample, index, self.colour(index))
            painter.setPen(text_colour)
            hoped = "" if line.hoped is None else \
                "  " + _tr("(hoped for: {rating})").format(rating=line.hoped)
            width = int(self.width() - plot.left() - 40 - metrics.horizontalAdvance(hoped))
            label = metrics.elidedText(f"{line.number}. {line.text}",
                                       Qt.TextElideMode.ElideRight, max(40, width)) + hoped
            painter.drawText(QPointF(plot.left() + 32, y - row / 2 + 2 + metrics.ascent()),
                             label)
