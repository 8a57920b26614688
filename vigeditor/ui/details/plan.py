"""The Traject plan tab: the plan co-written with the family, section by section."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from vigeditor.project.model import PlanSection
from vigeditor.project.plan import (
    add_section,
    list_sections,
    move_section,
    remove_section,
    update_section,
)
from vigeditor.ui.details.common import (
    CommitTextEdit,
    DetailsTab,
    button,
    has_focus_within,
    hint,
    labelled,
)
from vigeditor.ui.session import CaseSession


class SectionEditor(QFrame):
    """One plan section: its heading, move and remove buttons, and its text."""

    def __init__(self, tab: PlanTab, section: PlanSection, index: int, count: int) -> None:
        super().__init__()
        self.tab = tab
        self.section_id = section.id
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.heading = QLineEdit(section.heading)
        font = QFont(self.heading.font())
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setAccessibleName(self.tr("Heading of section {number}").format(
            number=index + 1))
        self.text = CommitTextEdit(section.heading)
        self.text.setPlainText(section.text)
        self.text.setPlaceholderText(self.tr("What the family and you agree for {heading}.")
                                     .format(heading=section.heading))
        self.text.setMinimumHeight(90)
        self.up = button(self.tr("Move up"), lambda: tab.move(self.section_id, -1),
                         self.tr("Move {heading} up").format(heading=section.heading))
        self.down = button(self.tr("Move down"), lambda: tab.move(self.section_id, 1),
                           self.tr("Move {heading} down").format(heading=section.heading))
        self.up.setEnabled(index > 0)
        self.down.setEnabled(index < count - 1)
        self.remove = button(self.tr("Remove section…"), lambda: tab.remove(self.section_id),
                             self.tr("Remove section {heading}").format(heading=section.heading))
        self.heading.editingFinished.connect(self._heading_done)
        self.text.editingFinished.connect(
            lambda: tab.commit(self.section_id, text=self.text.toPlainText()))
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        for widget in (self.up, self.down, self.remove):
            top.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.text)

    def show_section(self, section: PlanSection) -> None:
        """Show stored values, except in a field the guider is typing in."""
        if not has_focus_within(self.heading) and self.heading.text() != section.heading:
            self.heading.setText(section.heading)
        self.text.setAccessibleName(section.heading)
        self.text.set_text_if_idle(section.text)

    def _heading_done(self) -> None:
        self.tab.commit(self.section_id, heading=self.heading.text())


class PlanTab(DetailsTab):
    """The traject plan; headings can be renamed, added, removed and reordered."""

    KINDS = frozenset({"plan-section"})

    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.editors: list[SectionEditor] = []
        self.sections_box = QWidget()
        self.sections_layout = QVBoxLayout(self.sections_box)
        self.sections_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.sections_box)
        scroll.setAccessibleName(self.tr("Traject plan sections"))
        self.new_heading = QLineEdit()
        self.new_heading.setPlaceholderText(self.tr("e.g. School and Nursery"))
        self.new_heading.returnPressed.connect(self.add)
        adding = QHBoxLayout()
        adding.addWidget(labelled(self.tr("New &heading:"), self.new_heading))
        adding.addWidget(self.new_heading, 1)
        adding.addWidget(button(self.tr("&Add section"), self.add))
        layout = QVBoxLayout(self)
        layout.addWidget(hint(self.tr(
            "The plan you write with the family. Type under each heading; it is saved when "
            "you leave the box. Headings can be renamed, moved, added and removed.")))
        layout.addWidget(scroll, 1)
        layout.addLayout(adding)
        self.reload()

    def reload(self) -> None:
        sections = list_sections(self.case)
        if [s.id for s in sections] == [e.section_id for e in self.editors]:
            for editor, section in zip(self.editors, sections, strict=True):
                editor.show_section(section)
            return
        for editor in self.editors:
            self.sections_layout.removeWidget(editor)
            editor.deleteLater()
        self.editors = [SectionEditor(self, section, index, len(sections))
                        for index, section in enumerate(sections)]
        for index, editor in enumerate(self.editors):
            self.sections_layout.insertWidget(index, editor)

    def editor(self, heading: str) -> SectionEditor:
        """The editor of the section with this heading (for tests and callers)."""
        return next(e for e in self.editors if e.heading.text() == heading)

    def commit(self, section_id: int, **values: str) -> None:
        """Save a changed heading or text (one undoable change); show the stored on refusal."""
        section = next((s for s in list_sections(self.case) if s.id == section_id), None)
        if section is None:
            return
        if all(getattr(section, name) == value.strip() for name, value in values.items()):
            return
        if self.run(update_section, section_id, **values) is None:
            for editor in self.editors:
                if editor.section_id == section_id:
                    editor.heading.setText(section.heading)

    def add(self) -> None:
        if self.run(add_section, self.new_heading.text()) is not None:
            self.new_heading.clear()

    def move(self, section_id: int, step: int) -> None:
        ids = [editor.section_id for editor in self.editors]
        self.run(move_section, section_id, ids.index(section_id) + step)

    def remove(self, section_id: int) -> None:
        section = next(s for s in list_sections(self.case) if s.id == section_id)
        if self.confirm(self.tr("Remove the section “{heading}” and its text?").format(
                heading=section.heading)):
            self.run(remove_section, section_id)
