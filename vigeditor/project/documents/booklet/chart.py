"""The helping-question chart of the family notes booklet (reportlab graphics, no Qt).

One line per question through its ratings (1–10) at the start, after each cycle and at the
end; the hoped-for rating is a dashed line in the question's colour.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, Rect, String
from reportlab.lib.colors import white

from vigeditor.i18n import _
from vigeditor.project.documents.pdf import FONT, FONT_BOLD, LINE, SERIES, SOFT_INK, register_fonts
from vigeditor.project.model import Cycle, HelpingQuestion, QuestionRating


@dataclass(frozen=True)
class Series:
    """One question's ratings by column (None where it was not rated)."""

    number: int
    values: tuple[int | None, ...]
    hoped: int | None


def chart_columns(cycles: Sequence[Cycle], ratings: Sequence[QuestionRating]
                  ) -> list[tuple[str, str, int | None]]:
    """(label, stage, cycle id) of each column: start, each cycle, end (when rated)."""
    columns: list[tuple[str, str, int | None]] = [(_("Start"), "start", None)]
    columns += [(_("Cycle {number}").format(number=cycle.number), "cycle", cycle.id)
                for cycle in cycles]
    if any(rating.stage == "end" for rating in ratings):
        columns.append((_("End"), "end", None))
    return columns


def chart_series(questions: Sequence[HelpingQuestion], ratings: Sequence[QuestionRating],
                 columns: Sequence[tuple[str, str, int | None]]) -> list[Series]:
    found = {(rating.question_id, rating.stage, rating.cycle_id): rating.rating
             for rating in ratings}
    return [Series(number, tuple(found.get((question.id, stage, cycle_id))
                                 for _label, stage, cycle_id in columns),
                   question.hoped_rating)
            for number, question in enumerate(questions, start=1)]


def ratings_chart(series: Sequence[Series], labels: Sequence[str], width: float,
                  height: float, *, scale: float = 1.0) -> Drawing:
    """The chart as a Drawing (a flowable) of ``width`` × ``height`` points."""
    register_fonts()
    small = 8.5 * scale
    drawing = Drawing(width, height, initialFontName=FONT, initialFontSize=small)
    left, right, bottom, top = 26 * scale, 44 * scale, 22 * scale, 10 * scale
    plot_w, plot_h = width - left - right, height - bottom - top
    drawing.add(Rect(left, bottom, plot_w, plot_h, fillColor=None, strokeColor=LINE,
                     strokeWidth=0.8))

    def y_of(value: float) -> float:
        return bottom + (value - 1) / 9 * plot_h

    step = plot_w / max(1, len(labels) - 1) if len(labels) > 1 else 0.0

    def x_of(column: int) -> float:
        return left + (step * column if len(labels) > 1 else plot_w / 2)

    for value in range(1, 11):
        drawing.add(Line(left, y_of(value), left + plot_w, y_of(value), strokeColor=LINE,
                         strokeWidth=0.4))
        if value in (1, 5, 10) or scale >= 1:
            drawing.add(String(left - 5 * scale, y_of(value) - small / 3, str(value),
                               fontName=FONT, fontSize=small, fillColor=SOFT_INK,
                               textAnchor="end"))
    for column, label in enumerate(labels):
        drawing.add(String(x_of(column), bottom - 14 * scale, label, fontName=FONT,
                           fontSize=small, fillColor=SOFT_INK, textAnchor="middle"))
    for index, one in enumerate(series):
        colour = SERIES[index % len(SERIES)]
        if one.hoped is not None:
            drawing.add(Line(left, y_of(one.hoped), left + plot_w, y_of(one.hoped),
                             strokeColor=colour, strokeWidth=1.4 * scale,
                             strokeDashArray=[5 * scale, 4 * scale]))
            drawing.add(String(left + plot_w + 4 * scale, y_of(one.hoped) - small / 3,
                               _("hoped {number}").format(number=one.number),
                               fontName=FONT, fontSize=small * 0.9, fillColor=colour))
        points = [(x_of(column), y_of(value)) for column, value in enumerate(one.values)
                  if value is not None]
        if len(points) > 1:
            drawing.add(PolyLine([coordinate for point in points for coordinate in point],
                                 strokeColor=colour, strokeWidth=2.4 * scale))
        for x, y in points:
            drawing.add(Circle(x, y, 4.2 * scale, fillColor=colour, strokeColor=white,
                               strokeWidth=1.2 * scale))
        if points:
            x, y = points[-1]
            drawing.add(String(x + 7 * scale, y + 3 * scale, str(one.number),
                               fontName=FONT_BOLD, fontSize=small, fillColor=colour))
    return drawing
