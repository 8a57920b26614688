"""The case navigator: cycles → recordings → their clips and stills.

Choosing a recording emits ``recording_chosen`` (the main window opens it); choosing a clip or
still opens its recording if needed, then selects it and goes to its frame. The tree is rebuilt
from change events about cycles, recordings, clips and stills (a case has tens of these, not
thousands), keeping what was expanded and selected.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt, Signal
from PySide6.QtGui import QFont, QIcon, QPainter, QPalette, QPixmap, QPolygonF
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vigeditor.project import clips, cycles, recordings, stills
from vigeditor.project.events import CaseChanged
from vigeditor.project.model import Clip, Cycle, Recording, Still
from vigeditor.ui.editor_state import EditorState, Selection
from vigeditor.ui.numbers import decimal
from vigeditor.ui.panels.palette_look import codes_icon, format_time
from vigeditor.ui.session import CaseSession

KEY = Qt.ItemDataRole.UserRole  # ("cycle" | "recording" | "clip" | "still", id, recording id)
NAME, KIND, LENGTH = range(3)
_KINDS = frozenset({"cycle", "recording", "clip", "still"})


class CaseNavigator(QWidget):
    """The case's cycles, recordings, clips and stills as a tree."""

    recording_chosen = Signal(int)

    def __init__(self, session: CaseSession, state: EditorState,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.state = session, state
        self._rows: dict[tuple[str, int], QTreeWidgetItem] = {}
        self._pending: Selection | None = None
        self._syncing = False
        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(self.tr("Case navigator"))
        self.tree.setHeaderLabels([self.tr("Name"), self.tr("Kind"), self.tr("Length")])
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column in (KIND, LENGTH):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)
        self.tree.currentItemChanged.connect(self._on_current)
        session.changed.connect(self._on_changed)
        state.recording_changed.connect(self._on_recording)
        state.selection_changed.connect(self._show_selection)
        self.rebuild()

    # -- public ----------------------------------------------------------------------------
    def row(self, kind: str, row_id: int) -> QTreeWidgetItem | None:
        """The tree row of a cycle, recording, clip or still (None when not shown)."""
        return self._rows.get((kind, row_id))

    def choose(self, kind: str, row_id: int) -> None:
        """Select a row as the guider would (emits and selects as a click does)."""
        row = self.row(kind, row_id)
        if row is not None:
            self.tree.setCurrentItem(row)

    def rebuild(self) -> None:
        """Read the case's cycles, recordings, clips and stills again."""
        case = self.session.case
        expanded = {key for key, row in self._rows.items() if row.isExpanded()}
        known = set(self._rows)
        self._syncing = True
        try:
            self.tree.clear()
            self._rows = {}
            for cycle in cycles.list_cycles(case):
                self._add_recordings(self._cycle_row(cycle), recordings.list_recordings(
                    case, cycle.id))
            loose = [r for r in recordings.list_recordings(case) if r.cycle_id is None]
            if loose:
                self._add_recordings(self._cycle_row(None), loose)
            for key, row in self._rows.items():
                row.setExpanded(key in expanded or (key not in known and key[0] != "clip"
                                                    and key[0] != "still"))
        finally:
            self._syncing = False
        self._show_selection(self.state.selection)

    # -- building --------------------------------------------------------------------------
    def _item(self, parent: QTreeWidgetItem | None, key: tuple[str, int, int],
              texts: list[str]) -> QTreeWidgetItem:
        row = QTreeWidgetItem(texts)
        row.setData(NAME, KEY, key)
        row.setToolTip(NAME, texts[0])
        row.setTextAlignment(LENGTH, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if parent is None:
            self.tree.addTopLevelItem(row)
        else:
            parent.addChild(row)
        self._rows[(key[0], key[1])] = row
        return row

    def _cycle_row(self, cycle: Cycle | None) -> QTreeWidgetItem:
        if cycle is None:
            row = self._item(None, ("", 0, 0), [self.tr("Not in a cycle"), "", ""])
        else:
            text = self.tr("Cycle %1").replace("%1", str(cycle.number))
            if cycle.filming_date:
                text += " · " + self.tr("filmed %1").replace("%1", cycle.filming_date)
            row = self._item(None, ("cycle", cycle.id, 0), [text, "", ""])
        font = QFont(row.font(NAME))
        font.setBold(True)
        row.setFont(NAME, font)
        row.setIcon(NAME, self.style().standardIcon(QStyle.StandardPixmap.SP_DirIcon))
        return row

    def _add_recordings(self, parent: QTreeWidgetItem, listed: list[Recording]) -> None:
        case = self.session.case
        kinds = {"interaction": self.tr("Interaction film"),
                 "review": self.tr("Shared review film")}
        for recording in listed:
            name = recording.title or recording.original_name
            row = self._item(parent, ("recording", recording.id, recording.id),
                             [name, kinds.get(recording.kind, recording.kind),
                              format_time(recording.duration)])
            row.setToolTip(NAME, f"{name}\n{recording.original_name}")
            row.setIcon(NAME, self._film_icon())
            for number, clip in enumerate(clips.list_clips(case, recording.id), 1):
                self._clip_row(row, number, clip)
            for number, still in enumerate(stills.list_stills(case, recording.id), 1):
                self._still_row(row, number, still)

    def _film_icon(self) -> QIcon:
        """A play triangle in the palette's text colour (visible in dark and light mode)."""
        pixmap = QPixmap(14, 14)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.palette().color(QPalette.ColorRole.Text))
        painter.drawPolygon(QPolygonF([QPointF(3, 2), QPointF(12, 7), QPointF(3, 12)]))
        painter.end()
        return QIcon(pixmap)

    def _clip_row(self, parent: QTreeWidgetItem, number: int, clip: Clip) -> None:
        text = self.tr("Clip %1").replace("%1", str(number))
        if clip.title:
            text += f": {clip.title}"
        row = self._item(parent, ("clip", clip.id, clip.recording_id),
                         [text, self.tr("Clip"), self.tr("%1 s").replace(
                             "%1", decimal(clip.seconds))])
        self._decorate(row, clip.principles, clip.caption)

    def _still_row(self, parent: QTreeWidgetItem, number: int, still: Still) -> None:
        text = self.tr("Still %1").replace("%1", str(number))
        if still.caption:
            text += ": " + " ".join(still.caption.split())
        row = self._item(parent, ("still", still.id, still.recording_id),
                         [text, self.tr("Still"), format_time(still.time)])
        self._decorate(row, still.principles, still.caption)

    def _decorate(self, row: QTreeWidgetItem, codes: tuple[str, ...], caption: str) -> None:
        icon = codes_icon(self.session.case.scheme, codes)
        if icon is not None:
            row.setIcon(NAME, icon)
        if caption:
            row.setToolTip(NAME, caption)

    # -- reacting --------------------------------------------------------------------------
    def _on_current(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        if self._syncing or current is None:
            return
        kind, row_id, recording_id = current.data(NAME, KEY)
        if kind == "recording":
            self.recording_chosen.emit(row_id)
        elif kind in ("clip", "still"):
            self._pending = Selection(kind, row_id)
            if self.state.recording is None or self.state.recording.id != recording_id:
                self.recording_chosen.emit(recording_id)
            self._apply_pending()

    def _apply_pending(self) -> None:
        """Select the chosen clip or still once its recording is the editor's recording."""
        pending = self._pending
        row = self.row(pending.kind, pending.id) if pending else None
        if pending is None or row is None or self.state.recording is None:
            return
        if row.data(NAME, KEY)[2] != self.state.recording.id:
            return
        self._pending = None
        get = clips.get_clip if pending.kind == "clip" else stills.get_still
        item = self.session.run(get, self.session.case, pending.id)
        if item is not None:
            self.state.set_selection(pending)
            self.state.set_frame(item.in_frame if isinstance(item, Clip) else item.frame)

    def _on_recording(self, _recording: Recording | None) -> None:
        self._apply_pending()
        self._show_selection(self.state.selection)

    def _show_selection(self, selection: Selection | None) -> None:
        row = self.row(selection.kind, selection.id) if selection else None
        recording = self.state.recording
        if row is None and recording is not None:
            row = self.row("recording", recording.id)
        if row is None or row is self.tree.currentItem():
            return
        self._syncing = True
        try:
            self.tree.setCurrentItem(row)
            self.tree.scrollToItem(row)
        finally:
            self._syncing = False

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._rows:
            self.rebuild()  # the film icons follow dark or light mode

    def _on_changed(self, event: CaseChanged) -> None:
        if event.kinds & _KINDS:
            self.rebuild()
