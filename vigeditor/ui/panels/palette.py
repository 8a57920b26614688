"""The principles palette: the case's coding scheme, its hotkeys, counts and the filter.

Six coloured groups (in scheme order, with their digit) and their items (with their letter);
the counts are the current recording's moments tagged with each principle. Selecting a row
filters the lists by that principle; double-click or Enter tags with it.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vigeditor.project import clips, moments, stills
from vigeditor.project.events import CaseChanged
from vigeditor.project.model import Moment, Recording
from vigeditor.project.scheme import Scheme
from vigeditor.ui.editor_state import EditorState
from vigeditor.ui.panels.palette_look import WrappingDelegate, swatch_icon
from vigeditor.ui.session import CaseSession

CODE = Qt.ItemDataRole.UserRole
NAME, KEYS, COUNT = range(3)
_UPDATERS = {"moment": (moments.get_moment, moments.update_moment),
             "clip": (clips.get_clip, clips.update_clip),
             "still": (stills.get_still, stills.update_still)}


class PrinciplesPalette(QWidget):
    """The scheme as a tree: "Show all", then each group and its items, with keys and counts."""

    def __init__(self, session: CaseSession, state: EditorState,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.state = session, state
        self.counts: Counter[str] = Counter()
        self._rows: dict[str, QTreeWidgetItem] = {}
        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(self.tr("Principles"))
        self.tree.setAccessibleDescription(self.tr(
            "Select a principle to filter the lists; press Enter to tag with it."))
        self.tree.setHeaderLabels([self.tr("Principle"), self.tr("Keys"), self.tr("Moments")])
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # long item names wrap onto a second line instead of being cut short ("Wondering
        # about what they are doing, thinking or feeling" in a narrow dock)
        self.tree.setWordWrap(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.setUniformRowHeights(False)
        self.tree.setItemDelegate(WrappingDelegate(self.tree))
        self.tree.header().sectionResized.connect(lambda *_args: self.tree.doItemsLayout())
        self.tree.setAlternatingRowColors(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)
        self._build()
        self.tree.itemSelectionChanged.connect(self._on_selected)
        self.tree.itemActivated.connect(self._on_activated)
        session.changed.connect(self._on_changed)
        state.recording_changed.connect(self._on_recording)
        state.filter_changed.connect(self._show_filter)
        self._recount()

    @property
    def scheme(self) -> Scheme:
        return self.session.case.scheme

    # -- building --------------------------------------------------------------------------
    def _build(self) -> None:
        everything = self._row(None, "", self.tr("Show all"), "")
        everything.setToolTip(NAME, self.tr("Show every moment, clip and still"))
        for group in self.scheme.groups:
            head = self._row(None, group.code, group.name, group.hotkey, group.colour)
            font = QFont(head.font(NAME))
            font.setBold(True)
            head.setFont(NAME, font)
            for item in group.items:
                self._row(head, item.code, item.name, item.hotkey, group.colour)
        self.tree.expandAll()
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column in (KEYS, COUNT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def _row(self, parent: QTreeWidgetItem | None, code: str, name: str, key: str,
             colour: str | None = None) -> QTreeWidgetItem:
        row = QTreeWidgetItem([name, key, ""])
        row.setData(NAME, CODE, code)
        row.setToolTip(NAME, name)
        row.setTextAlignment(KEYS, Qt.AlignmentFlag.AlignCenter)
        row.setTextAlignment(COUNT, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if colour is not None:
            row.setIcon(NAME, swatch_icon((colour,)))
        if parent is None:
            self.tree.addTopLevelItem(row)
        else:
            parent.addChild(row)
        self._rows[code] = row
        return row

    # -- public ----------------------------------------------------------------------------
    def count_of(self, code: str) -> int:
        """Moments of the current recording with ``code`` (a group: any of its codes)."""
        return self.counts[code]

    def code_for_keys(self, group_digit: int, letter: str | None = None) -> str | None:
        """The code for the hotkeys "digit, then letter"; the digit alone is the group code."""
        group = next((g for g in self.scheme.groups if g.hotkey == str(group_digit)), None)
        if group is None:
            return None
        if not letter:
            return group.code
        wanted = letter.lower()
        return next((item.code for item in group.items if item.hotkey.lower() == wanted), None)

    def tag_with(self, code: str) -> Moment | None:
        """Tag the current frame: add ``code`` to the moment there, or add a moment with it."""
        recording = self.state.recording
        if recording is None or not code:
            return None
        case = self.session.case
        here = [m for m in moments.list_moments(case, recording.id) if m.frame == self.state.frame]
        if not here:
            return self.session.run(moments.add_moment, case, recording.id, self.state.frame,
                                    principles=[code])
        moment = here[0]
        if code in moment.principles:
            return moment
        return self.session.run(moments.update_moment, case, moment.id,
                                principles=[*moment.principles, code])

    def apply(self, code: str) -> object | None:
        """Tag the selected moment, clip or still with ``code``; no selection: :meth:`tag_with`."""
        selection = self.state.selection
        if selection is None or selection.kind not in _UPDATERS:
            return self.tag_with(code)
        get, update = _UPDATERS[selection.kind]
        current = self.session.run(get, self.session.case, selection.id)
        if current is None or code in current.principles:
            return current
        return self.session.run(update, self.session.case, selection.id,
                                principles=[*current.principles, code])

    # -- reacting --------------------------------------------------------------------------
    def _on_selected(self) -> None:
        chosen = self.tree.selectedItems()
        self.state.set_filter(chosen[0].data(NAME, CODE) if chosen else "")

    def _on_activated(self, row: QTreeWidgetItem, _column: int) -> None:
        code = row.data(NAME, CODE)
        if code:
            self.apply(code)

    def _show_filter(self, code: str) -> None:
        row = self._rows.get(code, self._rows[""])
        if row.isSelected():
            return
        blocked = self.tree.blockSignals(True)
        self.tree.setCurrentItem(row)
        self.tree.blockSignals(blocked)

    def _on_changed(self, event: CaseChanged) -> None:
        if "moment" in event.kinds or "recording" in event.kinds:
            self._recount()

    def _on_recording(self, _recording: Recording | None) -> None:
        self._recount()

    def _recount(self) -> None:
        self.counts = Counter()
        recording = self.state.recording
        listed = moments.list_moments(self.session.case, recording.id) if recording else []
        for moment in listed:
            groups = {code.split(".", 1)[0] for code in moment.principles}
            self.counts.update(set(moment.principles) - groups)
            self.counts.update(groups)
        self.counts[""] = len(listed)
        for code, row in self._rows.items():
            count = self.counts[code]
            row.setText(COUNT, str(count) if count else "")
            row.setData(COUNT, Qt.ItemDataRole.AccessibleTextRole,
                        self.tr("%n moment(s)", "", count))
