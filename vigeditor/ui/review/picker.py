"""Choose clips and stills of the cycle's recordings to add to its shared review."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vigeditor.project import clips, recordings, reviews, stills
from vigeditor.project.case import Case
from vigeditor.ui.review.show import format_seconds

KIND, ID = Qt.ItemDataRole.UserRole, Qt.ItemDataRole.UserRole + 1


def choices(case: Case, cycle_id: int) -> list[tuple[str, int, str, bool]]:
    """(kind, id, description, already in the review) for the cycle's clips and stills."""
    planned = reviews.list_items(case, cycle_id)
    used_clips = {item.clip_id for item in planned}
    used_stills = {item.still_id for item in planned}
    found: list[tuple[str, int, str, bool]] = []
    for recording in recordings.list_recordings(case, cycle_id):
        name = recording.title or recording.original_name
        for clip in clips.list_clips(case, recording.id):
            title = clip.title or clip.caption or f"{clip.in_frame}–{clip.out_frame}"
            text = f"▶ {title} · {format_seconds(clip.seconds)} · {name}"
            found.append(("clip", clip.id, text, clip.id in used_clips))
        for still in stills.list_stills(case, recording.id):
            text = f"▣ {still.caption or still.frame} · {name}"
            found.append(("still", still.id, text, still.id in used_stills))
    return found


class ItemPicker(QDialog):
    """A list of the cycle's clips and stills; the chosen ones are added in list order."""

    def __init__(self, case: Case, cycle_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add to the shared review"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Clips and stills of this cycle"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        for kind, item_id, text, used in choices(case, cycle_id):
            row = QListWidgetItem(text + (self.tr("  (already in the review)") if used else ""))
            row.setData(KIND, kind)
            row.setData(ID, item_id)
            self.list.addItem(row)
        note = QLabel(self.tr("Choose one or more (Ctrl or Shift for several). ▶ is a clip, "
                              "▣ a still.") if self.list.count() else
                      self.tr("This cycle's recordings have no clips or stills yet. Make them "
                              "in the editor first."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Add"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.list.itemDoubleClicked.connect(lambda _row: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(560, 420)

    def chosen(self) -> list[tuple[str, int]]:
        """(kind, id) of the selected rows, in list order."""
        rows = sorted(self.list.selectedItems(), key=self.list.row)
        return [(row.data(KIND), int(row.data(ID))) for row in rows]
