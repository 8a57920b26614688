"""Tables of the A4 reports (supervision pack summary, logbook) whose long text flows across
pages.

A plain reportlab table row must fit on one page: a 70-line caption, a 5,000-character note or
a very long name in one cell made the whole PDF fail ("too large on page"). Here every cell
that holds text is a wrapping paragraph (long words without spaces are broken at the cell
edge) and a row taller than the room left on a page is split *inside* the row, its text
carrying on at the top of the next page under the repeated header row. Nothing is cut.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, Table

from vigeditor.project.documents.pdf import report_table

#: the least height (points, about three lines of cell text) of a row's part left on a
#: page when the row is split; a shorter row moves to the next page whole
MIN_PART = 36.0
#: a row is split in place, rather than moved whole to the next page, when moving it would
#: leave more than this much of the page empty (points, about six lines)
MAX_GAP = 72.0


class FlowingTable(Table):
    """A table that breaks between rows where it can, and inside a row whose text is too
    long to move whole to the next page without leaving a gap (or taller than a page)."""

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        parts = super().split(availWidth, availHeight)  # between rows first, then inside
        if len(parts) < 2:
            return parts
        _width, used = parts[0].wrap(availWidth, availHeight)
        if availHeight - used <= MAX_GAP:
            return parts
        try:  # the next row is long: start it here and let it carry on over the page
            inside = self._splitRows(availHeight, doInRowSplit=True)
        except Exception:
            return parts
        return inside or parts


def flowing_table(rows: list[list[object]], widths: list[float], *,
                  bold_rows: tuple[int, ...] = ()) -> Table:
    """:func:`~vigeditor.project.documents.pdf.report_table` whose rows may split across pages.

    The first row is a header, repeated on every page the table runs onto; strings become
    wrapping paragraphs.
    """
    table = report_table(rows, widths, bold_rows=bold_rows)
    table.__class__ = FlowingTable
    table.splitInRow = MIN_PART
    return table
