"""The keyboard map: one table used both to bind keys and for Help → Keyboard shortcuts.

Its words are translated in the "Shortcuts" context: ``tools/translations.py`` hands each
``_s(…)`` entry's description and group to pyside6-lupdate, and the headings are marked
with ``QT_TRANSLATE_NOOP``; the sheet shows them through ``_tr``."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QFont, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Shortcuts", text)


@dataclass(frozen=True)
class Shortcut:
    """``action`` names a main-window method; ``keys`` are Qt key sequences."""

    action: str
    keys: tuple[str, ...]
    description: str
    group: str


def _s(action: str, keys: tuple[str, ...], description: str, group: str) -> Shortcut:
    return Shortcut(action, keys, description, group)


SHORTCUTS: tuple[Shortcut, ...] = (
    _s("toggle_play", ("Space",), "Play or pause", "Playing"),
    _s("step_back", ("Left",), "One frame back", "Playing"),
    _s("step_forward", ("Right",), "One frame forward", "Playing"),
    _s("step_back_10", ("Shift+Left",), "Ten frames back", "Playing"),
    _s("step_forward_10", ("Shift+Right",), "Ten frames forward", "Playing"),
    _s("shuttle_back", ("J",), "Play backwards; again: faster, up to 2× (while playing "
       "forwards: slower, then backwards)", "Playing"),
    _s("shuttle_pause", ("K",), "Pause", "Playing"),
    _s("shuttle_forward", ("L",), "Play forwards; again: faster, 1.25×, 1.5×, 2×, sound at "
       "its own pitch (while playing backwards: slower, then forwards)", "Playing"),
    # K held with L or J (vigeditor.ui.editor.shuttle_keys); not a main-window action
    _s("shuttle_step", ("K+L", "K+J"), "Hold K and press L or J: one frame forward or back",
       "Playing"),
    _s("slower", ("[",), "Slower", "Playing"),
    _s("faster", ("]",), "Faster", "Playing"),
    _s("go_start", ("Home",), "Go to the first frame", "Playing"),
    _s("go_end", ("End",), "Go to the last frame", "Playing"),
    _s("previous_moment", ("Up",), "Previous moment", "Playing"),
    _s("next_moment", ("Down",), "Next moment", "Playing"),
    _s("mark_in", ("I",), "Set the in mark at this frame", "Cutting"),
    _s("mark_out", ("O",), "Set the out mark at this frame", "Cutting"),
    _s("make_clip", ("C",), "Make a clip from the in and out marks; without marks, a clip "
       "around the selected moment (or the moment at this frame), whose start and end I and "
       "O then move", "Cutting"),
    _s("make_still", ("S",), "Make a still of this frame", "Cutting"),
    _s("add_moment", ("M",), "Add a moment at this frame", "Tagging"),
    _s("tag_keys", (QT_TRANSLATE_NOOP("Shortcuts", "1 … 6, then a letter"),),
       "Tag this frame with a principle: the group's number, then the item's letter "
       "(the number twice tags the group alone; Esc cancels)", "Tagging"),
    _s("next_suggestion", ("N",), "Next suggested moment: select it and go to it; then a "
       "principle key tags it (it becomes a moment) and Delete dismisses it", "Tagging"),
    _s("previous_suggestion", ("Shift+N",), "Previous suggested moment", "Tagging"),
    _s("open_review_builder", ("Ctrl+R",), "Shared review plan…", "Review"),
    _s("start_review", ("F5",), "Start the shared review (full screen)", "Review"),
    _s("after_review", ("Ctrl+Shift+R",), "After the shared review…", "Review"),
    # keys of the running shared review (vigeditor.ui.review.keys); not main-window actions
    _s("review_play", ("Space", "K"), "Play or pause", "Presenting"),
    _s("review_step", ("Left", "Right"), "One frame back or forward", "Presenting"),
    _s("review_replay", ("R",), "Play the clip again", "Presenting"),
    _s("review_slow", ("S",), "Slow motion: normal, half, quarter speed (silent when slowed)",
       "Presenting"),
    _s("review_captions", ("C",), "Captions on or off", "Presenting"),
    _s("review_next", ("Page Down", "Down", "Ctrl+Right", "N"), "Next clip or still",
       "Presenting"),
    _s("review_previous", ("Page Up", "Up", "Ctrl+Left", "P"), "Previous clip or still",
       "Presenting"),
    _s("review_hand_over", ("H",), "Hand over to the parent (only play, replay and step)",
       "Presenting"),
    _s("review_take_back", ("Ctrl+Shift+H",), "Take back control from the parent",
       "Presenting"),
    _s("review_end", ("Esc",), "End the shared review", "Presenting"),
    _s("undo", ("Ctrl+Z",), "Undo", "Editing"),
    _s("redo", ("Ctrl+Shift+Z", "Ctrl+Y"), "Redo", "Editing"),
    _s("delete_selected", ("Delete",), "Remove the selected moment, clip or still; dismiss "
       "the selected suggestion", "Editing"),
    _s("toggle_full_screen", ("F",), "Full screen on or off", "Window"),
    _s("import_recordings", ("Ctrl+I",), "Import recordings…", "Case"),
    _s("new_case", ("Ctrl+N",), "New case…", "Case"),
    _s("open_case", ("Ctrl+O",), "Open case…", "Case"),
    _s("show_case_details", ("Ctrl+D",), "Case details", "Case"),
    _s("close_case", ("Ctrl+W",), "Close case", "Case"),
    _s("show_shortcuts", ("F1",), "Keyboard shortcuts", "Help"),
)


def shortcut_for(action: str) -> Shortcut:
    return next(item for item in SHORTCUTS if item.action == action)


class _WrappedTable(QTableWidget):
    """A table whose rows stay as tall as their wrapped words whenever its width changes."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resizeRowsToContents()


#: the modes the sheet has a heading for: (heading, groups in it)
MODES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (QT_TRANSLATE_NOOP("Shortcuts", "Editor"),
     ("Playing", "Cutting", "Tagging", "Editing", "Review", "Case", "Window", "Help")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Presentation (the shared review, full screen)"),
     ("Presenting",)),
)


class ShortcutsDialog(QDialog):
    """Help → Keyboard shortcuts: every key, under a heading row per mode (Editor,
    Presentation); long descriptions wrap, so no cell is cut short."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        table = _WrappedTable(0, 3, self)
        table.setAccessibleName(self.tr("Keyboard shortcuts"))
        table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What it does"),
                                         self.tr("For")])
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setWordWrap(True)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table = table
        self.headings: dict[str, int] = {}  # heading → its row
        for heading, groups in MODES:
            self._add_heading(_tr(heading))
            for group in groups:
                for item in SHORTCUTS:
                    if item.group == group:
                        self._add_row(item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)
        self.resize(760, 700)

    def _add_heading(self, text: str) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        cell = QTableWidgetItem(text)
        cell.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = QFont(self.table.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        cell.setFont(font)
        cell.setBackground(self.palette().alternateBase())
        self.table.setItem(row, 0, cell)
        self.table.setSpan(row, 0, 1, 3)
        self.headings[text] = row

    def _add_row(self, item: Shortcut) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        keys = _tr("  or  ").join(_tr(key) for key in item.keys)  # "1 … 6, then a letter"
        for column, text in enumerate((keys, _tr(item.description), _tr(item.group))):
            cell = QTableWidgetItem(text)
            cell.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            cell.setToolTip(text)
            self.table.setItem(row, column, cell)

    def rows_of(self, heading: str) -> list[tuple[str, str, str]]:
        """The (keys, description, group) rows under ``heading``, in order."""
        first = self.headings[heading] + 1
        later = [row for row in self.headings.values() if row >= first]
        last = min(later) if later else self.table.rowCount()
        return [tuple(self.table.item(row, column).text() for column in range(3))
                for row in range(first, last)]  # type: ignore[misc]

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.table.resizeRowsToContents()
