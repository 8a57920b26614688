"""The lists of the current recording's moments, clips and stills.

Each list shows number, frame, time, principles (swatch and short label: colour is never the
only cue) and the item's words; it hides rows that do not carry the palette's principle.
Selecting a row selects the item and goes to its frame; Delete removes it (undoably). Rows
change one at a time from change events: frame changes never reload a list.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QVBoxLayout, QWidget

from vigeditor.project.errors import CaseError
from vigeditor.project.events import CaseChanged
from vigeditor.project.model import Recording
from vigeditor.ui.editor_state import EditorState, Selection
from vigeditor.ui.panels.item_lists_model import ItemModel, Kind, PrincipleFilter, kinds
from vigeditor.ui.session import CaseSession

__all__ = ["ClipList", "ItemList", "MomentList", "StillList"]


class _ItemView(QTreeView):
    """A flat list view that reports the Delete and Backspace keys."""

    delete_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and \
                event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.delete_pressed.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class ItemList(QWidget):
    """The moments, clips or stills (``kind``) of the editor's current recording."""

    def __init__(self, kind: str, session: CaseSession, state: EditorState,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.state = session, state
        self.kind: Kind = kinds()[kind]
        self.model = ItemModel(self.kind, session.case.scheme)
        self.proxy = PrincipleFilter()
        self.proxy.setSourceModel(self.model)
        self.view = _ItemView(self)
        self._syncing = False
        self._set_up_view()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.setAccessibleName(self.kind.title)
        session.changed.connect(self._on_changed)
        state.recording_changed.connect(self._on_recording)
        state.selection_changed.connect(self._show_selection)
        state.filter_changed.connect(self._on_filter)
        self.proxy.set_wanted(state.principle_filter)
        self._on_recording(state.recording)

    def _set_up_view(self) -> None:
        view = self.view
        view.setModel(self.proxy)
        view.setAccessibleName(self.kind.title)
        view.setAccessibleDescription(self.tr("Select to go to its frame; Delete removes it."))
        view.setRootIsDecorated(False)
        view.setUniformRowHeights(True)
        view.setAlternatingRowColors(True)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setAllColumnsShowFocus(True)
        header = view.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate(self._widths()):
            view.setColumnWidth(column, width)
        view.selectionModel().selectionChanged.connect(self._on_selected)
        view.delete_pressed.connect(self.remove_selected)

    def _widths(self) -> list[int]:
        """Column widths in digits: narrow numbers, a wide principles column."""
        em = self.fontMetrics().horizontalAdvance("0")
        narrow = {self.kind.columns[0][0], self.tr_column("Out"), self.tr_column("Length")}
        widths = [4]
        for title, cell in self.kind.columns:
            widths.append(30 if cell is None else 8 if title in narrow else
                          11 if title == self.tr_column("Time") else 20)
        return [em * width for width in widths]

    @staticmethod
    def tr_column(title: str) -> str:
        return QCoreApplication.translate("ItemList", title)

    # -- public ----------------------------------------------------------------------------
    def visible_ids(self) -> list[int]:
        """Ids of the rows shown (after the principle filter), top to bottom."""
        return [self._item_at(self.proxy.index(row, 0)).id
                for row in range(self.proxy.rowCount())]

    def selected_item(self) -> Any | None:
        rows = self.view.selectionModel().selectedRows()
        return self._item_at(rows[0]) if rows else None

    def select_id(self, item_id: int) -> bool:
        """Select the row of item ``item_id`` (as the guider would); False if not shown."""
        row = self.model.row_of(item_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        return True

    def remove_selected(self) -> None:
        """Remove the selected item through its project operation (one undo step)."""
        item = self.selected_item()
        if item is not None:
            self.session.run(self.kind.remove, self.session.case, item.id)

    # -- reacting to the guider ------------------------------------------------------------
    def _item_at(self, index: QModelIndex) -> Any:
        return self.proxy.data(index.siblingAtColumn(0), Qt.ItemDataRole.UserRole)

    def _on_selected(self) -> None:
        """The guider selected a row (focus alone moves the current row without selecting)."""
        rows = self.view.selectionModel().selectedRows()
        if self._syncing or not rows:
            return
        item = self._item_at(rows[0])
        self.state.set_selection(Selection(self.kind.name, item.id))
        self.state.set_frame(self.kind.frame(item))

    # -- reacting to the state and the case ------------------------------------------------
    def _show_selection(self, selection: Selection | None) -> None:
        self._syncing = True
        try:
            row = None
            if selection is not None and selection.kind == self.kind.name:
                row = self.model.row_of(selection.id)
            index = QModelIndex() if row is None else \
                self.proxy.mapFromSource(self.model.index(row, 0))
            if index.isValid():
                self.view.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
                self.view.scrollTo(index)
            else:
                self.view.selectionModel().clear()
        finally:
            self._syncing = False

    def _on_filter(self, code: str) -> None:
        self.proxy.set_wanted(code)
        self._show_selection(self.state.selection)

    def _on_recording(self, recording: Recording | None) -> None:
        items = [] if recording is None else \
            self.kind.list_items(self.session.case, recording.id)
        self.model.reset(items)
        self._show_selection(self.state.selection)

    def _on_changed(self, event: CaseChanged) -> None:
        recording = self.state.recording
        if recording is None:
            return
        if any(c.id == recording.id for c in event.of_kind("recording")):
            self._on_recording(recording)
            return
        for change in event.of_kind(self.kind.name):
            self._apply(change.id, change.action, recording.id)
        self._show_selection(self.state.selection)

    def _apply(self, item_id: int, action: str, recording_id: int) -> None:
        item = None
        if action != "removed":
            try:
                item = self.kind.get(self.session.case, item_id)
            except CaseError:
                item = None
        if item is not None and item.recording_id == recording_id:
            self.model.upsert(item)
            return
        self.model.drop(item_id)
        selection = self.state.selection
        if selection == Selection(self.kind.name, item_id):
            self.state.set_selection(None)


class MomentList(ItemList):
    """The current recording's moments (accessible name "Moments")."""

    def __init__(self, session: CaseSession, state: EditorState,
                 parent: QWidget | None = None) -> None:
        super().__init__("moment", session, state, parent)


class ClipList(ItemList):
    """The current recording's clips (accessible name "Clips")."""

    def __init__(self, session: CaseSession, state: EditorState,
                 parent: QWidget | None = None) -> None:
        super().__init__("clip", session, state, parent)


class StillList(ItemList):
    """The current recording's stills (accessible name "Stills")."""

    def __init__(self, session: CaseSession, state: EditorState,
                 parent: QWidget | None = None) -> None:
        super().__init__("still", session, state, parent)
