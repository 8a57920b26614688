"""Table models of a recording's moments, clips or stills, kept sorted and updated by id.

``ItemModel`` holds the project dataclasses of one kind in frame order and changes one row
at a time (``upsert``/``drop``), so a change event never reloads the whole list.
``PrincipleFilter`` hides rows that do not carry the palette's principle.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from vigeditor.project import clips, moments, stills
from vigeditor.project.scheme import Scheme
from vigeditor.ui.numbers import decimal
from vigeditor.ui.panels.palette_look import (
    codes_icon,
    codes_text,
    codes_tooltip,
    format_time,
    matches,
    who_label,
)

Index = QModelIndex | QPersistentModelIndex
Cell = Callable[[Any], str]


def _tr(text: str) -> str:
    return QCoreApplication.translate("ItemList", text)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _moment_frames(moment: moments.Moment) -> str:
    if moment.end_frame is None or moment.end_frame == moment.frame:
        return str(moment.frame)
    return f"{moment.frame}–{moment.end_frame}"


@dataclass(frozen=True)
class Kind:
    """What one list shows: its project functions, title, sort key, frame and columns."""

    name: str  # "moment", "clip" or "still": the Selection kind and the event kind
    title: str
    list_items: Callable[..., list[Any]]
    get: Callable[..., Any]
    remove: Callable[..., None]
    frame: Callable[[Any], int]
    columns: tuple[tuple[str, Cell | None], ...]  # None: the principles column

    def key(self, item: Any) -> tuple[int, int]:
        return (self.frame(item), item.id)


def kinds() -> dict[str, Kind]:
    """The three kinds of item, with translated column titles."""
    principles = (_tr("Principles"), None)
    return {
        "moment": Kind("moment", _tr("Moments"), moments.list_moments, moments.get_moment,
                       moments.remove_moment, lambda m: m.frame, (
                           (_tr("Frame"), _moment_frames),
                           (_tr("Time"), lambda m: format_time(m.time)), principles,
                           (_tr("Who acts"), lambda m: who_label(m.who)),
                           (_tr("Note"), lambda m: _one_line(m.note)))),
        "clip": Kind("clip", _tr("Clips"), clips.list_clips, clips.get_clip,
                     clips.remove_clip, lambda c: c.in_frame, (
                         (_tr("In"), lambda c: str(c.in_frame)),
                         (_tr("Out"), lambda c: str(c.out_frame)),
                         (_tr("Time"), lambda c: format_time(c.in_time)),
                         (_tr("Length"), lambda c: _tr("%1 s").replace(
                             "%1", decimal(c.seconds))), principles,
                         (_tr("Title"), lambda c: c.title),
                         (_tr("Caption"), lambda c: _one_line(c.caption)))),
        "still": Kind("still", _tr("Stills"), stills.list_stills, stills.get_still,
                      stills.remove_still, lambda s: s.frame, (
                          (_tr("Frame"), lambda s: str(s.frame)),
                          (_tr("Time"), lambda s: format_time(s.time)), principles,
                          (_tr("Caption"), lambda s: _one_line(s.caption)))),
    }


class ItemModel(QAbstractTableModel):
    """One kind's items of one recording, sorted by frame; column 0 is the number."""

    def __init__(self, kind: Kind, scheme: Scheme) -> None:
        super().__init__()
        self.kind, self.scheme = kind, scheme
        self.items: list[Any] = []

    # -- changing --------------------------------------------------------------------------
    def reset(self, items: Sequence[Any]) -> None:
        self.beginResetModel()
        self.items = sorted(items, key=self.kind.key)
        self.endResetModel()

    def row_of(self, item_id: int) -> int | None:
        return next((row for row, item in enumerate(self.items) if item.id == item_id), None)

    def upsert(self, item: Any) -> None:
        """Add ``item`` or replace the item with its id, keeping frame order."""
        row = self.row_of(item.id)
        keys = [self.kind.key(other) for other in self.items]
        if row is not None:
            del keys[row]
            if bisect.bisect(keys, self.kind.key(item)) == row:
                self.items[row] = item
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
                return
            self.drop(item.id)
        place = bisect.bisect(keys, self.kind.key(item))
        self.beginInsertRows(QModelIndex(), place, place)
        self.items.insert(place, item)
        self.endInsertRows()
        self._renumber(place)

    def drop(self, item_id: int) -> None:
        row = self.row_of(item_id)
        if row is None:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.items[row]
        self.endRemoveRows()
        self._renumber(row)

    def _renumber(self, first: int) -> None:
        if first < len(self.items):
            self.dataChanged.emit(self.index(first, 0), self.index(len(self.items) - 1, 0))

    # -- Qt model --------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.kind.columns) + 1

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return "#" if section == 0 else self.kind.columns[section - 1][0]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.items):
            return None
        item, column = self.items[index.row()], index.column()
        if role == Qt.ItemDataRole.UserRole:
            return item
        if column == 0:
            return str(index.row() + 1) if role == Qt.ItemDataRole.DisplayRole else None
        cell = self.kind.columns[column - 1][1]
        if cell is None:
            return self._principles(item.principles, role)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return cell(item)
        return None

    def _principles(self, codes: tuple[str, ...], role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return codes_text(self.scheme, codes)
        if role == Qt.ItemDataRole.DecorationRole:
            return codes_icon(self.scheme, codes)
        if role == Qt.ItemDataRole.ToolTipRole:
            return codes_tooltip(self.scheme, codes) or None
        return None


class PrincipleFilter(QSortFilterProxyModel):
    """Rows whose principles match the palette's filter (a group or an item code)."""

    def __init__(self) -> None:
        super().__init__()
        self.wanted = ""

    def set_wanted(self, code: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10 and later
            self.beginFilterChange()
            self.wanted = code
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.wanted = code
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, ItemModel) or source_row >= len(model.items):
            return True
        return matches(model.items[source_row].principles, self.wanted)
