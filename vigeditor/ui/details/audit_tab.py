"""The Audit tab (issue 14, item 4): every export of the case, what, when, where to, on
whose consent, blurred or not, encrypted or not, and its state; "Save as PDF…" writes the
list for an information-governance request
(:func:`vigeditor.project.documents.audit_report.write_audit_report`).

Read-only: entries are never edited (project/audit.py). The tab reloads when an export is
recorded (events of kind ``export``) and when a person or consent it names changes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from vigeditor.errors import PLAIN_ERRORS
from vigeditor.project.details import get_details
from vigeditor.project.documents.audit_report import (
    AuditRow,
    audit_rows,
    write_audit_report,
)
from vigeditor.ui.details.common import DetailsTab, button, cell, hint
from vigeditor.ui.places_warning import confirm_place, settings_of
from vigeditor.ui.session import CaseSession

ZERO_WIDTH_SPACE = "\u200b"  # lets a long path wrap after each separator


def breakable_path(path: str) -> str:
    """A path that may wrap after each ``/`` or ``\\`` (the text itself is unchanged)."""
    return path.replace("/", "/" + ZERO_WIDTH_SPACE).replace("\\", "\\" + ZERO_WIDTH_SPACE)


class AuditTab(DetailsTab):
    """The export audit of the case as a table, oldest first, and "Save as PDF…"."""

    KINDS = frozenset({"export", "consent", "person", "case"})

    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.rows: list[AuditRow] = []
        self.table = QTableWidget(0, 8)
        self.table.setHorizontalHeaderLabels([
            self.tr("When"), self.tr("What"), self.tr("Where to"), self.tr("Purpose"),
            self.tr("On whose consent"), self.tr("Faces"), self.tr("Encrypted"),
            self.tr("State")])
        self.table.setAccessibleName(self.tr("Exports from this case"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.empty = QLabel(self.tr("Nothing has been exported from this case yet."))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Audit message"))
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.save_button = button(self.tr("&Save as PDF…"), self.save_pdf,
                                  self.tr("Save the list as PDF"))
        self._build()
        self.reload()

    def _build(self) -> None:
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.viewport().installEventFilter(self)
        row = QHBoxLayout()
        row.addWidget(hint(self.tr(
            "Every export from this case, oldest first: kept for an information-governance "
            "request. Save it as PDF to print it or send it.")), 1)
        row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)

    def _fit_columns(self) -> None:
        """The short columns as wide as their longest word (the date and time whole, "What"
        at least 16 characters); "Where to" and "On whose consent" share the rest (55:45),
        wrapping. Done again on each reload and resize."""
        metrics = self.table.fontMetrics()
        room = metrics.averageCharWidth() * 2 + 8  # the cell's margins, and a little air
        widths: dict[int, int] = {}
        for column in (0, 1, 3, 5, 6, 7):
            texts = [self.table.horizontalHeaderItem(column).text()]
            texts += [self.table.item(row, column).text()
                      for row in range(self.table.rowCount())
                      if self.table.item(row, column) is not None]
            pieces = texts if column == 0 else [word for text in texts for word in text.split()]
            widths[column] = max(metrics.horizontalAdvance(piece) for piece in pieces) + room
        widths[1] = max(widths[1], 16 * metrics.averageCharWidth() + room)
        left = self.table.viewport().width() - sum(widths.values())
        titles = QFontMetrics(self.table.horizontalHeader().font())
        least = {column: max(12 * metrics.averageCharWidth(), room + titles.horizontalAdvance(
            self.table.horizontalHeaderItem(column).text()))
            for column in (2, 4)}  # a column title is on one line: never cut short
        widths[2] = max(least[2], int(left * 0.55))
        widths[4] = max(least[4], left - widths[2])
        for column, width in widths.items():
            self.table.setColumnWidth(column, width)
        self.table.resizeRowsToContents()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Fit the columns again whenever the table's visible area changes width."""
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def reload(self) -> None:
        self.rows = audit_rows(self.case)
        self.table.setRowCount(len(self.rows))
        for index, row in enumerate(self.rows):
            consents = "\n".join(row.consents) or self.tr("none recorded")
            texts = (row.when, row.what, breakable_path(row.destination), row.purpose_words,
                     consents, row.faces, row.encrypted, row.state_words)
            tips = ("", row.what, row.destination, "", consents, "", "", "")
            for column, (text, tip) in enumerate(zip(texts, tips, strict=True)):
                item = cell(text, row.id, editable=False, tip=tip)
                item.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
                self.table.setItem(index, column, item)
        self.empty.setVisible(not self.rows)
        self.table.setVisible(bool(self.rows))
        self._fit_columns()

    def default_pdf_name(self) -> str:
        """The family code and "exports" only (never a name)."""
        code = get_details(self.case).family_code.strip().replace(" ", "-") or "case"
        return f"{code}-exports.pdf"

    def save_pdf(self, target: Path | None = None) -> Path | None:
        """Ask where (unless ``target`` is given), write the PDF, say where it went."""
        if target is None:
            start = str(Path.home() / self.default_pdf_name())
            chosen, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Save the exports list as PDF"), start,
                self.tr("PDF files (*.pdf)"))
            if not chosen:
                return None
            target = Path(chosen)
        if not confirm_place(self, target.parent, settings_of(self)):
            return None  # a folder a cloud client synchronises: the guider chooses again
        try:
            written = write_audit_report(self.case, target)
        except (*PLAIN_ERRORS, OSError) as error:
            self.message.setText(str(error))
            return None
        self.message.setText(self.tr("Saved to {path}").replace("{path}", str(written)))
        return written
