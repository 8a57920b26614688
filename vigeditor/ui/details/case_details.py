"""The Case details screen (issue 4 item 8): family, people and consent, helping questions
with a chart of their ratings, traject plan, cycles and working points, and the audit of
exports (issue 14 item 4).

Each tab commits an edit as one project operation through the session (so it is one undo
step) and reloads from the session's change events, so undo and redo show up at once; Ctrl+Z
and Ctrl+Shift+Z here undo and redo through the session's one history of the case.
A refused value becomes a plain message at the top of the screen.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from vigeditor.project.details import get_details
from vigeditor.project.events import CaseChanged
from vigeditor.ui.details.audit_tab import AuditTab
from vigeditor.ui.details.common import DetailsTab, MessageBar
from vigeditor.ui.details.cycles import CyclesTab
from vigeditor.ui.details.family import FamilyTab
from vigeditor.ui.details.people import PeopleTab
from vigeditor.ui.details.plan import PlanTab
from vigeditor.ui.details.questions import QuestionsTab
from vigeditor.ui.session import CaseSession

__all__ = ["CaseDetails"]


class CaseDetails(QWidget):
    """Tabs: Family, People & consent, Helping questions, Traject plan, Cycles, Audit."""

    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setAccessibleName(self.tr("Case details"))
        self.title = QLabel()
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.message = MessageBar()
        self.family = FamilyTab(session)
        self.people = PeopleTab(session)
        self.questions = QuestionsTab(session)
        self.plan = PlanTab(session)
        self.cycles = CyclesTab(session)
        self.audit = AuditTab(session)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Case details sections"))
        for tab, label in ((self.family, self.tr("&Family")),
                           (self.people, self.tr("&People && consent")),
                           (self.questions, self.tr("Helping &questions")),
                           (self.plan, self.tr("&Traject plan")),
                           (self.cycles, self.tr("C&ycles")),
                           (self.audit, self.tr("&Audit"))):
            self.tabs.addTab(tab, label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)
        session.changed.connect(self._on_changed)
        session.failed.connect(self.message.show_message)
        self._show_title()
        self._undo_keys()

    def _undo_keys(self) -> None:
        """Ctrl+Z and Ctrl+Shift+Z (or Ctrl+Y) undo and redo through the case's one history,
        the editor's (a text field being typed in keeps its own undo of what is typed)."""
        for keys, slot in ((("Ctrl+Z",), self.session.undo),
                           (("Ctrl+Shift+Z", "Ctrl+Y"), self.session.redo)):
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self, slot)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def all_tabs(self) -> tuple[DetailsTab, ...]:
        return (self.family, self.people, self.questions, self.plan, self.cycles, self.audit)

    def _on_changed(self, event: CaseChanged) -> None:
        if event.origin == "do":
            self.message.hide()
        for tab in self.all_tabs():
            if event.kinds & tab.KINDS:
                tab.reload()
        if "case" in event.kinds:
            self._show_title()

    def _show_title(self) -> None:
        details = get_details(self.session.case)
        self.title.setText(self.tr("Case details – family {code}").format(
            code=details.family_code))
