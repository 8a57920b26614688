"""The face preview's list of faces: one row per face with its numbered thumbnail, a tick
"Stays visible" and a "Who is this?" choice of the case's people; a face drawn by hand is
listed as always blurred. Rows are plain widgets in a scroll area, so Tab reaches every
tick and choice and Space toggles a tick."""

from __future__ import annotations

from collections.abc import Collection, Mapping

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from vigeditor.analysis.face_tracks import FaceTracks
from vigeditor.ui.exports.faces_view import to_image


class FaceRow(QFrame):
    """One face: thumbnail, "Face N", the tick and the person choice."""

    def __init__(self, number: int, thumbnail: np.ndarray | None, manual: bool,
                 people: list[tuple[int, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.number = number
        self.setFrameShape(QFrame.Shape.StyledPanel)
        picture = QLabel()
        if thumbnail is not None:
            picture.setPixmap(QPixmap.fromImage(to_image(thumbnail)))
        picture.setAccessibleName(self.tr("Face {number}").replace("{number}", str(number)))
        grid = QGridLayout(self)
        grid.addWidget(picture, 0, 0, 2, 1, Qt.AlignmentFlag.AlignTop)
        self.tick = QCheckBox(self.tr("Stays visible"))
        self.tick.setAccessibleName(self.tr("Face {number} stays visible")
                                    .replace("{number}", str(number)))
        self.who = QComboBox()
        self.who.setAccessibleName(self.tr("Who is face {number}?")
                                   .replace("{number}", str(number)))
        self.who.addItem(self.tr("Who is this?"), None)
        for person_id, name in people:
            self.who.addItem(name, person_id)
        if manual:
            note = QLabel(self.tr("Face {number}: drawn by hand, always blurred")
                          .replace("{number}", str(number)))
            note.setWordWrap(True)
            grid.addWidget(note, 0, 1)
            self.tick.hide()
            self.who.hide()
        else:
            grid.addWidget(QLabel(self.tr("Face {number}").replace("{number}", str(number))),
                           0, 1)
            grid.addWidget(self.tick, 0, 2)
            grid.addWidget(self.who, 1, 1, 1, 2)
        grid.setColumnStretch(1, 1)


class FacesList(QScrollArea):
    """The faces of the item shown; emits :attr:`kept_changed` (number, kept) and
    :attr:`person_chosen` (number, person id or None) when the guider changes a row."""

    kept_changed = Signal(int, bool)
    person_chosen = Signal(int, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setAccessibleName(self.tr("Faces"))
        self.setMinimumWidth(240)
        self.rows: dict[int, FaceRow] = {}
        self._fill_empty()

    def _fill_empty(self) -> None:
        holder = QWidget()
        holder.setAccessibleName(self.tr("Faces"))
        self.column = QVBoxLayout(holder)
        self.column.addStretch(1)
        self.setWidget(holder)

    def show_faces(self, tracks: FaceTracks, thumbnails: Mapping[int, np.ndarray],
                   keep: Collection[int], linked: Mapping[int, int],
                   people: list[tuple[int, str]]) -> None:
        """One row per face of ``tracks``: ticked when in ``keep``, the linked person
        chosen."""
        self.rows = {}
        holder = QWidget()
        holder.setAccessibleName(self.tr("Faces"))
        self.column = QVBoxLayout(holder)
        if not tracks.faces:
            empty = QLabel(self.tr("No faces were found in these frames."))
            empty.setWordWrap(True)
            self.column.addWidget(empty)
        for face in tracks.faces:
            row = FaceRow(face.number, thumbnails.get(face.number), face.manual, people)
            row.tick.setChecked(face.number in keep)
            found = row.who.findData(linked.get(face.number))
            row.who.setCurrentIndex(max(0, found))
            row.tick.toggled.connect(lambda on, n=face.number: self.kept_changed.emit(n, on))
            row.who.activated.connect(
                lambda _index, n=face.number, r=row: self.person_chosen.emit(
                    n, r.who.currentData()))
            self.column.addWidget(row)
            self.rows[face.number] = row
        self.column.addStretch(1)
        self.setWidget(holder)  # filled first, so every row is shown with it
        holder.show()
        room = holder.minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width()
        self.setMinimumWidth(max(240, room + 2 * self.frameWidth()))  # never a side scroll

    def controls(self) -> list[QWidget]:
        """The rows' ticks and choices in order (for the Tab order)."""
        return [widget for row in self.rows.values() for widget in (row.tick, row.who)
                if not row.tick.isHidden()]

    def set_kept(self, number: int, kept: bool) -> None:
        """Tick or untick face ``number`` (emits :attr:`kept_changed` when it changes)."""
        row = self.rows.get(number)
        if row is not None:
            row.tick.setChecked(kept)

    def set_person(self, number: int, person_id: int | None) -> None:
        row = self.rows.get(number)
        if row is not None:
            row.who.setCurrentIndex(max(0, row.who.findData(person_id)))
