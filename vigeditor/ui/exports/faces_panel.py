"""The export dialog's "Blur faces of people without consent" and its face preview (issue 14,
item 1): the faces of what will be exported are found in a worker (progress, Stop), the
frame where they are best seen is shown with each face boxed and numbered and the faces to
blur pixelated, beside the list of faces (tick "Stays visible", "Who is this?") and the
frames where detection was unsure. A rectangle dragged on the picture adds a blur box
(:func:`~vigeditor.project.blur_boxes.add_blur_box`), then the item's faces are found
again. For a document of several items the items are listed and the ticks are kept per
item. :meth:`FacesPanel.choice` is what the export gets (:mod:`.faces_work`).

:func:`attach_faces` puts the panel in an :class:`~vigeditor.ui.exports.dialog.ExportDialog`
and wires it to the dialog's choices, so the dialog itself needs only a few lines."""

from __future__ import annotations

import itertools
import threading
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vigeditor.project import blurring, people
from vigeditor.project.blurring import ItemKey
from vigeditor.ui.exports.faces_layout import FacesLayout
from vigeditor.ui.exports.faces_work import (
    PICTURE_KINDS,
    FacesChoice,
    Failed,
    ItemFaces,
    Shown,
    default_for,
    export_items,
    find_faces,
    show_frame,
)

_tokens = itertools.count(1)
STEP_DELAY = 120  # ms: the slider rests this long before its frame is decoded


class FacesPanel(FacesLayout):
    """See the module. ``dialog``: the ExportDialog (typed loosely: the dialog imports this
    module), which gives the session, the task runner, the purpose and the options."""

    def __init__(self, dialog: Any) -> None:
        super().__init__(dialog)
        self.dialog, self.session = dialog, dialog.session
        self.results: dict[ItemKey, ItemFaces] = {}
        self.keep: dict[ItemKey, set[int]] = {}
        self.touched: set[ItemKey] = set()
        self.current: ItemKey | None = None
        self.token = 0  # the result wanted now; any other is dropped
        self.finding = False  # faces are being found for self.current
        self.cancel = threading.Event()
        self.shown: tuple[int, Any] | None = None  # (frame, picture) shown, unblurred
        self._connect()
        self.step_timer = QTimer(self)
        self.step_timer.setSingleShot(True)
        self.step_timer.setInterval(STEP_DELAY)
        self.step_timer.timeout.connect(self._load_step)

    def _connect(self) -> None:
        self.items.currentItemChanged.connect(self._item_chosen)
        self.picture.box_drawn.connect(self.draw_box)
        self.slider.valueChanged.connect(self._stepped)
        self.faces.kept_changed.connect(self.set_kept)
        self.faces.person_chosen.connect(self.link_person)
        self.unsure.itemActivated.connect(self._unsure_chosen)
        self.unsure.itemClicked.connect(self._unsure_chosen)
        self.stop_button.clicked.connect(lambda: self.stop())
        self.again_button.clicked.connect(lambda: self.show_item(self.current))
        self.blur.toggled.connect(self._toggled)

    # -- what is shown ----------------------------------------------------------------------

    @property
    def case(self) -> Any:
        assert self.session is not None
        return self.session.case

    def _toggled(self, on: bool) -> None:
        self.body.setVisible(on)
        if on:
            self.refresh_items()
            self._make_room()
        else:
            self.stop(quiet=True)

    def _make_room(self) -> None:
        window = self.window()
        width, height = max(window.width(), 1040), max(window.height(), 760)
        window.resize(width, height)

    def refresh_items(self) -> None:
        """List the export's pictures again (its clip, still or cycle changed) and show the
        first (or the one shown before, still there)."""
        if not self.blur.isChecked() or self.session is None:
            return
        items = export_items(self.case, self.dialog.spec.kind, self.dialog.options.values())
        self.items.blockSignals(True)
        self.items.clear()
        for key, label in items:
            entry = QListWidgetItem(label)
            entry.setData(Qt.ItemDataRole.UserRole, key)
            self.items.addItem(entry)
        keys = [key for key, _label in items]
        row = keys.index(self.current) if self.current in keys else 0
        self.items.setCurrentRow(row if keys else -1)
        self.items.blockSignals(False)
        self.items.parentWidget().setVisible(self.dialog.spec.kind not in ("clip", "still"))
        if keys:
            self.show_item(keys[row])
        else:
            self._clear(self.tr("This export has no pictures to show."))

    def _item_chosen(self, entry: QListWidgetItem | None, _before: Any = None) -> None:
        if entry is not None:
            self.show_item(entry.data(Qt.ItemDataRole.UserRole))

    def _clear(self, message: str) -> None:
        self.picture.clear()
        self.faces.show_faces(blurring.FaceTracks(0, 0, ()), {}, (), {}, [])
        self.unsure.clear()
        self.status.setText(message)
        self._working(False)

    def show_item(self, key: ItemKey | None, shown: int | None = None) -> None:
        """Show the faces of item ``key``: at once when found before, else found in a
        worker (a result for another item arriving later is dropped)."""
        if key is None:
            return
        key = (str(key[0]), int(key[1]))
        if key == self.current and shown is None and self.finding:
            return  # its faces are being found
        self.current = key
        self.stop(quiet=True)
        if key in self.results and shown is None:
            self._show_result(self.results[key])
            return
        self.token = next(_tokens)
        self.cancel = threading.Event()
        self.picture.clear()
        self.status.setText(self.tr("Finding the faces…"))
        self._working(True)
        self.finding = True
        self.dialog.runner.start(
            self.tr("Finding faces"), find_faces, self.token, self.cancel, self.case, key,
            self._purpose(), self._professional(), shown, on_success=self._found,
            on_failure=self._task_failed,
            on_progress=lambda done, _total: self.progress.setValue(done))

    def _purpose(self) -> str | None:
        return self.dialog.purpose.currentData() if self.dialog.spec.purpose else None

    def _professional(self) -> str | None:
        return self.dialog.professional.text().strip() or None

    def _working(self, on: bool) -> None:
        self.progress.setVisible(on)
        self.progress.setValue(0)
        self.stop_button.setVisible(on)
        self.again_button.setVisible(not on and self.current is not None
                                     and self.current not in self.results)

    def _found(self, result: ItemFaces | Failed) -> None:
        if result.token != self.token:
            return  # for something no longer shown
        self.finding = False
        if isinstance(result, Failed):
            self._working(False)
            self.status.setText(result.message or self.tr(
                "Finding faces was stopped. Nothing was saved; the export finds them when "
                "it runs."))
            self.again_button.setVisible(True)
            return
        self.results[result.key] = result
        if result.key not in self.touched:
            self.keep[result.key] = set(result.default)
        if result.key == self.current:
            self._show_result(result)

    def _task_failed(self, message: str) -> None:
        self.finding = False
        self._working(False)
        self.status.setText(message)

    def _show_result(self, result: ItemFaces) -> None:
        self._working(False)
        tracks = result.tracks
        names = [(person.id, person.name) for person in people.list_people(self.case)]
        keep = self.keep.setdefault(result.key, set(result.default))
        self.faces.show_faces(tracks, result.thumbnails, keep, result.linked, names)
        chain = [self.again_button, *self.faces.controls(), self.unsure]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)  # the faces before the unsure frames
        self.unsure.clear()
        for first, last in tracks.unsure_stretches():
            text = self.tr("Detection unsure at frame {frame}").replace("{frame}", str(first))
            if last > first:
                text += " " + self.tr("(to {frame})").replace("{frame}", str(last))
            entry = QListWidgetItem(text)
            entry.setData(Qt.ItemDataRole.UserRole, first)
            self.unsure.addItem(entry)
        if not tracks.unsure:
            entry = QListWidgetItem(self.tr("None: every frame is clear."))
            entry.setFlags(Qt.ItemFlag.NoItemFlags)
            self.unsure.addItem(entry)
        self.slider.blockSignals(True)
        self.slider.setRange(tracks.first, tracks.last)
        self.slider.setValue(result.frame)
        self.slider.blockSignals(False)
        self.slider.setEnabled(tracks.last > tracks.first)
        self.shown = (result.frame, result.picture)
        self._repaint()
        self.status.setText(self._summary(result))

    def _summary(self, result: ItemFaces) -> str:
        count = len(result.tracks.faces)
        kept = len(self.keep.get(result.key, ()))
        if not count:
            return self.tr("No faces were found. Drag a rectangle on the picture to blur "
                           "something by hand.")
        return self.tr("Faces found: {count} ({kept} visible, {blurred} blurred). Drag a "
                       "rectangle on the picture to blur a face the app missed.") \
            .replace("{count}", str(count)).replace("{kept}", str(kept)) \
            .replace("{blurred}", str(count - kept))

    def _repaint(self) -> None:
        result = self.results.get(self.current) if self.current else None
        if result is None or self.shown is None:
            return
        frame, picture = self.shown
        self.picture.show_frame(frame, picture, result.tracks, self.keep[result.key])
        self.frame_label.setText(self.tr("Frame {frame}").replace("{frame}", str(frame)))

    # -- stepping ---------------------------------------------------------------------------

    def _stepped(self, _value: int) -> None:
        self.frame_label.setText(self.tr("Frame {frame}").replace("{frame}",
                                                                  str(self.slider.value())))
        if self.dialog.runner.synchronous:
            self._load_step()
        else:
            self.step_timer.start()

    def _load_step(self) -> None:
        result = self.results.get(self.current) if self.current else None
        if result is None:
            return
        self.frame_token = next(_tokens)
        self.dialog.runner.start(self.tr("Showing a frame"), show_frame, self.frame_token,
                                 self.case, result.recording_id, self.slider.value(),
                                 on_success=self._frame_arrived)

    def _frame_arrived(self, shown: Shown | Failed) -> None:
        if shown.token != getattr(self, "frame_token", None):
            return
        if isinstance(shown, Failed):
            self.status.setText(shown.message)
            return
        self.shown = (shown.frame, shown.picture)
        self._repaint()

    def show_frame(self, frame: int) -> None:
        """Show frame ``frame`` of the item (within its range)."""
        self.slider.setValue(frame)

    def _unsure_chosen(self, entry: QListWidgetItem) -> None:
        frame = entry.data(Qt.ItemDataRole.UserRole)
        if frame is not None:
            self.show_frame(int(frame))

    # -- the guider's choices ---------------------------------------------------------------

    def set_kept(self, number: int, kept: bool) -> None:
        """Face ``number`` of the item shown stays visible (or is blurred)."""
        if self.current is None:
            return
        chosen = self.keep.setdefault(self.current, set())
        (chosen.add if kept else chosen.discard)(number)
        self.touched.add(self.current)
        self.faces.set_kept(number, kept)
        self._repaint()
        result = self.results.get(self.current)
        if result is not None:
            self.status.setText(self._summary(result))

    def link_person(self, number: int, person_id: int | None) -> None:
        """Link the person to face ``number`` in this recording (None: unlink whoever was
        linked to it); the tick follows the person's consent for the export's purpose."""
        result = self.results.get(self.current) if self.current else None
        if result is None or self.session is None:
            return
        linked = blurring.linked_faces(self.case, result.recording_id, result.tracks)
        earlier = linked.get(number)
        if person_id is None:
            if earlier is not None:
                self.session.run(blurring.unlink_face, self.case, result.recording_id, earlier)
        elif self.session.run(blurring.link_face, self.case, result.recording_id, person_id,
                              result.tracks, number) is None:
            self.faces.set_person(number, earlier)
            return
        self._relinked(result, number, person_id)

    def _relinked(self, result: ItemFaces, number: int, person_id: int | None) -> None:
        linked = blurring.linked_faces(self.case, result.recording_id, result.tracks)
        self.results[result.key] = result = _replace(result, linked=linked)
        for face in self.faces.rows:
            self.faces.set_person(face, linked.get(face))
        default = default_for(self.case, result.recording_id, result.tracks,
                              self._purpose(), self._professional())
        self.set_kept(number, person_id is not None and number in default)

    def draw_box(self, frame: int, box: tuple[float, float, float, float]) -> None:
        """Add a blur box drawn by hand on ``frame``; the item's faces are found again
        (the box followed through its frames) and the frame stays shown."""
        result = self.results.get(self.current) if self.current else None
        if result is None or self.session is None:
            return
        if self.session.run(blurring.add_blur_box, self.case, result.recording_id, frame,
                            box) is None:
            return
        del self.results[result.key]
        self.show_item(result.key, shown=frame)

    def purpose_changed(self) -> None:
        """The purpose (or professional) changed: items the guider did not change keep
        the new default."""
        for key, result in self.results.items():
            if key not in self.touched:
                self.keep[key] = set(default_for(self.case, result.recording_id,
                                                 result.tracks, self._purpose(),
                                                 self._professional()))
        if self.current in self.results:
            self._show_result(self.results[self.current])

    def stop(self, quiet: bool = False) -> None:
        """Stop finding faces (Stop, unticking, closing the dialog, exporting)."""
        if self.finding:
            self.cancel.set()
            if quiet:
                self.token = 0  # its result is no longer wanted
                self.finding = False
        if quiet:
            self._working(False)

    def choice(self) -> FacesChoice | None:
        """What the export gets (None: blurring is off): the ticks of the items shown."""
        if not self.blur.isChecked():
            return None
        keep = {key: frozenset(self.keep.get(key, result.default))
                for key, result in self.results.items()}
        return FacesChoice(keep, {key: result.tracks for key, result in self.results.items()})


def _replace(result: ItemFaces, **changes: Any) -> ItemFaces:
    from dataclasses import replace
    return replace(result, **changes)


def attach_faces(dialog: Any, remembered: dict[str, Any]) -> FacesPanel | None:
    """Put the face panel in ``dialog`` (under its options) for an export with pictures,
    ticked when blurring was on the last time (``remembered["blur_faces"]``); None for
    other exports."""
    if dialog.spec.kind not in PICTURE_KINDS or dialog.session is None:
        return None
    panel = FacesPanel(dialog)
    layout = dialog.layout()
    assert isinstance(layout, QVBoxLayout)
    layout.insertWidget(1, panel, 1)
    wanted = layout.totalHeightForWidth(dialog.width())
    dialog.resize(dialog.width(), max(dialog.height(), wanted))  # room for the new row
    for field in dialog.options.fields.values():
        if isinstance(field, QComboBox):
            field.currentIndexChanged.connect(panel.refresh_items)
    dialog.purpose.currentIndexChanged.connect(panel.purpose_changed)
    dialog.professional.editingFinished.connect(panel.purpose_changed)
    dialog.export_button.clicked.connect(lambda: panel.stop(quiet=True))
    dialog.finished.connect(lambda _result: panel.stop(quiet=True))
    panel.blur.setChecked(bool(remembered.get("blur_faces")))
    return panel
