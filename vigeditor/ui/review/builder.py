"""The review builder: a cycle's shared review plan, in order, with talking points.

Add clips and stills of the cycle's recordings, reorder them (drag and drop, the Move
buttons, or Ctrl+↑/↓), remove them, write talking points (saved when the field loses focus),
preview an item, and start the presentation. Every change is one project operation through
the session (so it can be undone); the list is redrawn from the session's change events.

While a cycle's plan is empty, one prominent button ("Add all of this cycle's clips and
stills") builds it: the cycle's clips and stills in film order, each with talking points from
the phrase library, as one undo step. Ctrl+Z and Ctrl+Shift+Z (or Ctrl+Y) undo and redo in
this window as in the editor: one history per case.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QIcon, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vigeditor.errors import PLAIN_ERRORS
from vigeditor.project import cycles, reviews
from vigeditor.project.events import CaseChanged
from vigeditor.ui.details.common import CommitTextEdit, labelled
from vigeditor.ui.review.picker import ItemPicker
from vigeditor.ui.review.preview import PreviewPanel
from vigeditor.ui.review.review_mode import default_screen, screen_names
from vigeditor.ui.review.show import ShowItem, format_seconds, load_show
from vigeditor.ui.review.thumbs import Thumbnails
from vigeditor.ui.session import CaseSession
from vigeditor.ui.tasks import TaskRunner

ITEM_ID = Qt.ItemDataRole.UserRole
KINDS = frozenset({"review", "review-item", "clip", "still", "cycle", "recording"})


class ReviewBuilder(QDialog):
    """Build one cycle's shared review (non-modal; several changes, each undoable)."""

    start_requested = Signal(int, int)  # cycle id, screen index
    after_requested = Signal(int)  # cycle id

    def __init__(self, session: CaseSession, cycle_id: int | None, runner: TaskRunner,
                 player_preference: str = "qt", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.runner = session, runner
        self.setWindowTitle(self.tr("Shared review plan"))
        self.items: list[ShowItem] = []
        self.cycle_id: int | None = None
        self._shown_id: int | None = None
        self._done = False
        self.thumbs = Thumbnails(runner, session.case.frame_table_dir, self)
        self.thumbs.ready.connect(self._show_thumbnails)
        self._make_widgets(player_preference, parent)
        self._layout()
        self._keys()
        session.changed.connect(self._on_changed)
        self._fill_cycles(cycle_id)
        self.resize(1100, 720)

    # -- building the window ----------------------------------------------------------------

    def _make_widgets(self, player_preference: str, parent: QWidget | None) -> None:
        self.cycles = QComboBox()
        self.cycles.currentIndexChanged.connect(self._cycle_chosen)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Items of the shared review"))
        self.list.setIconSize(QSize(128, 96))
        self.list.setSpacing(4)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.model().rowsMoved.connect(self._on_rows_moved)
        self.list.currentRowChanged.connect(self._selected)
        self.buttons = {key: self._button(text, name, slot) for key, text, name, slot in (
            ("fill", self.tr("Add a&ll of this cycle's clips and stills"),
             self.tr("Add all of this cycle's clips and stills, in film order, with talking "
                     "points"), self.fill),
            ("add", self.tr("&Add clips and stills…"), self.tr("Add clips and stills"),
             self.add_items),
            ("up", self.tr("Move &up"), self.tr("Move up (Ctrl+Up)"), lambda: self.move(-1)),
            ("down", self.tr("Move &down"), self.tr("Move down (Ctrl+Down)"),
             lambda: self.move(1)),
            ("remove", self.tr("&Remove"), self.tr("Remove from the review (Delete)"),
             self.remove_selected),
            ("start", self.tr("&Start shared review"), self.tr("Start the shared review (F5)"),
             self._start),
            ("after", self.tr("After the re&view…"), self.tr("After the review"),
             lambda: self.cycle_id is not None and self.after_requested.emit(self.cycle_id)),
            ("close", self.tr("&Close"), self.tr("Close"), self.close))}
        self.points = CommitTextEdit(self.tr("Talking points"))
        self.points.setPlaceholderText(self.tr("For you only, never shown to the family, "
                                               "e.g. \"What do you see here?\""))
        self.points.editingFinished.connect(self._commit_points)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setAccessibleName(self.tr("Selected item"))
        self.screens = QComboBox()
        self.screens.addItems(screen_names())
        screens = QGuiApplication.screens()
        wanted = default_screen(parent.screen() if parent is not None else None)
        self.screens.setCurrentIndex(screens.index(wanted) if wanted in screens else 0)
        self.preview = PreviewPanel(player_preference, self.session.case.frame_table_dir, self)

    def _button(self, text: str, name: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.setToolTip(name)
        button.clicked.connect(lambda _c=False: slot())  # type: ignore[operator]
        return button

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(labelled(self.tr("C&ycle:"), self.cycles))
        top.addWidget(self.cycles)
        top.addStretch(1)
        top.addWidget(labelled(self.tr("Show &on:"), self.screens))
        top.addWidget(self.screens)
        top.addWidget(self.buttons["start"])
        left = QVBoxLayout()
        self.buttons["fill"].setMinimumHeight(self.buttons["fill"].sizeHint().height() * 2)
        left.addWidget(self.buttons["fill"])
        left.addWidget(self.list, 1)
        row = QHBoxLayout()
        for key in ("add", "up", "down", "remove"):
            row.addWidget(self.buttons[key])
        left.addLayout(row)
        item_box = QGroupBox(self.tr("Selected item"))
        form = QVBoxLayout(item_box)
        form.addWidget(self.details)
        form.addWidget(labelled(self.tr("&Talking points (for you only):"), self.points))
        form.addWidget(self.points)
        self.points.setMaximumHeight(130)
        form.addWidget(self.preview, 1)
        right = QVBoxLayout()
        right.addWidget(item_box, 1)
        middle = QHBoxLayout()
        middle.addLayout(left, 3)
        middle.addLayout(right, 2)
        bottom = QHBoxLayout()
        bottom.addWidget(self.buttons["after"])
        bottom.addStretch(1)
        bottom.addWidget(self.buttons["close"])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(middle, 1)
        layout.addLayout(bottom)

    def _keys(self) -> None:
        for keys, slot in (("Ctrl+Up", lambda: self.move(-1)), ("Ctrl+Down", lambda: self.move(1)),
                           ("Delete", self.remove_selected), ("F5", self._start),
                           ("Ctrl+Z", self.undo), ("Ctrl+Shift+Z", self.redo),
                           ("Ctrl+Y", self.redo)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(slot)

    # -- the cycle and its items --------------------------------------------------------------

    def _fill_cycles(self, wanted: int | None) -> None:
        blocked = self.cycles.blockSignals(True)
        self.cycles.clear()
        for cycle in cycles.list_cycles(self.session.case):
            self.cycles.addItem(self.tr("Cycle {number}").format(number=cycle.number), cycle.id)
        self.cycles.blockSignals(blocked)
        found = self.cycles.findData(wanted) if wanted is not None else -1
        self.cycles.setCurrentIndex(max(found, 0) if self.cycles.count() else -1)
        self._cycle_chosen()

    def _cycle_chosen(self, _index: int = 0) -> None:
        data = self.cycles.currentData()
        self.cycle_id = int(data) if data is not None else None
        self.reload()

    def reload(self, select: int | None = None) -> None:
        """Redraw the list from the case, keeping (or choosing) the selected item."""
        current = select if select is not None else self.selected_id()
        self.items = self._load()
        blocked = self.list.blockSignals(True)
        self.list.clear()
        for position, item in enumerate(self.items):
            self.list.addItem(self._row(position, item))
        self.list.blockSignals(blocked)
        ids = [item.item_id for item in self.items]
        self.list.setCurrentRow(ids.index(current) if current in ids else 0 if ids else -1)
        self._selected(self.list.currentRow())
        self.thumbs.request([(item.path, item.recording_id, item.hold) for item in self.items])
        for key in ("up", "down", "remove", "start"):
            self.buttons[key].setEnabled(bool(self.items))
        self._offer_fill()

    def _offer_fill(self) -> None:
        """Show the "Add all of this cycle's clips and stills" button while the plan is empty
        and the cycle has some; it is then the default button, with the focus."""
        count = 0
        if not self.items and self.cycle_id is not None:
            found = self.session.run(reviews.unplanned, self.session.case, self.cycle_id)
            count = len(found or [])
        fill = self.buttons["fill"]
        fill.setVisible(count > 0)
        fill.setDefault(count > 0)
        if count:
            fill.setText(self.tr("Add a&ll of this cycle's clips and stills ({count})")
                         .replace("{count}", str(count)))
            fill.setFocus(Qt.FocusReason.OtherFocusReason)

    def _load(self) -> list[ShowItem]:
        if self.cycle_id is None:
            return []
        try:
            return load_show(self.session.case, self.cycle_id)
        except PLAIN_ERRORS as error:
            self.session.failed.emit(str(error))
            return []

    def _row(self, position: int, item: ShowItem) -> QListWidgetItem:
        kind = self.tr("Clip") if item.is_clip else self.tr("Still")
        length = f" · {format_seconds(item.seconds)}" if item.is_clip else ""
        lines = [f"{position + 1}. {item.name}", f"{kind}{length}"]
        if item.caption:
            lines.append(f"“{item.caption}”")
        row = QListWidgetItem("\n".join(lines))
        row.setData(ITEM_ID, item.item_id)
        row.setFlags(row.flags() | Qt.ItemFlag.ItemIsDragEnabled)
        row.setFlags(row.flags() & ~Qt.ItemFlag.ItemIsDropEnabled)
        image = self.thumbs.image(item.recording_id, item.hold)
        if image is not None:
            row.setIcon(QIcon(QPixmap.fromImage(image)))
        return row

    def _show_thumbnails(self) -> None:
        for position, item in enumerate(self.items):
            image = self.thumbs.image(item.recording_id, item.hold)
            row = self.list.item(position)
            if image is not None and row is not None and row.icon().isNull():
                row.setIcon(QIcon(QPixmap.fromImage(image)))

    def selected_id(self) -> int | None:
        row = self.list.currentItem()
        return int(row.data(ITEM_ID)) if row is not None else None

    def selected_item(self) -> ShowItem | None:
        position = self.list.currentRow()
        return self.items[position] if 0 <= position < len(self.items) else None

    def _selected(self, _position: int) -> None:
        item = self.selected_item()
        self.points.setEnabled(item is not None)
        same = item is not None and item.item_id == self._shown_id
        if same:
            self.points.set_text_if_idle(item.talking_points)  # type: ignore[union-attr]
        else:
            self.points.setPlainText(item.talking_points if item is not None else "")
        self._shown_id = item.item_id if item is not None else None
        if item is None:
            self.details.setText(self.tr("Nothing chosen yet. Add clips and stills of this "
                                         "cycle's recordings: all of them at once, or a few "
                                         "at a time."))
        else:
            frames = (self.tr("frames {first} to {last}, holds frame {hold}").format(
                first=item.first, last=item.last, hold=item.hold) if item.is_clip
                else self.tr("frame {frame}").format(frame=item.first))
            self.details.setText(f"<b>{item.name}</b><br>{frames}")
        self.preview.show_item(item)

    # -- changes ------------------------------------------------------------------------------

    def fill(self) -> None:
        """Build an empty plan: every clip and still of the cycle in film order, with
        talking points, as one undoable step."""
        if self.cycle_id is not None:
            self.session.run(reviews.fill_plan, self.session.case, self.cycle_id)

    def undo(self) -> None:
        """Ctrl+Z (outside the talking points, which undo their own typing): undo the case's
        last change, wherever it was made."""
        self.session.undo()

    def redo(self) -> None:
        self.session.redo()

    def add_items(self) -> None:
        if self.cycle_id is None:
            return
        picker = ItemPicker(self.session.case, self.cycle_id, self)
        if picker.exec() == QDialog.DialogCode.Accepted:
            self.add(picker.chosen())

    def add(self, chosen: list[tuple[str, int]]) -> None:
        """Add (kind, id) clips and stills at the end, one undoable step each."""
        for kind, source_id in chosen:
            key = "clip_id" if kind == "clip" else "still_id"
            self.session.run(reviews.add_item, self.session.case, self.cycle_id,
                             **{key: source_id})

    def move(self, offset: int) -> None:
        item_id, position = self.selected_id(), self.list.currentRow()
        target = position + offset
        if item_id is not None and 0 <= target < len(self.items):
            self.session.run(reviews.move_item, self.session.case, item_id, target)

    def remove_selected(self) -> None:
        item_id = self.selected_id()
        if item_id is not None:
            self.session.run(reviews.remove_item, self.session.case, item_id)

    def _on_rows_moved(self, _parent: QModelIndex, start: int, _end: int,
                       _destination: QModelIndex, row: int) -> None:
        """A drag and drop: move that item in the plan (after the drop has finished)."""
        if not 0 <= start < len(self.items):
            return
        item_id = self.items[start].item_id
        target = row if row < start else row - 1
        QTimer.singleShot(0, lambda: self._move_to(item_id, target))

    def _move_to(self, item_id: int, target: int) -> None:
        target = max(0, min(target, len(self.items) - 1))
        if self.session.run(reviews.move_item, self.session.case, item_id, target) is None:
            self.reload()  # refused: show the plan as it is
        else:
            self.reload(select=item_id)

    def _commit_points(self) -> None:
        item = self.selected_item()
        text = self.points.toPlainText()
        if item is not None and text.strip() != item.talking_points:
            self.session.run(reviews.set_talking_points, self.session.case, item.item_id, text)

    def _on_changed(self, event: CaseChanged) -> None:
        if not KINDS & event.kinds:
            return
        if "cycle" in event.kinds:
            self._fill_cycles(self.cycle_id)
        else:
            self.reload()

    def _start(self) -> None:
        if self.cycle_id is not None and self.items:
            self._commit_points()
            self.start_requested.emit(self.cycle_id, self.screens.currentIndex())

    def done(self, result: int) -> None:
        """Closing (Close, Esc or the window's button): save, stop the preview, let go."""
        if not self._done:
            self._done = True
            self._commit_points()
            self.preview.shutdown()
            self.session.changed.disconnect(self._on_changed)
        super().done(result)
