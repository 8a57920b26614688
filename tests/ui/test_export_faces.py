"""The export dialog's face preview (issue 14, item 1, the screen): ticking "Blur faces…"
shows the faces of the face footage numbered; the faces left unticked are blurred in the
export (the detector run on every exported frame finds only the kept face; counts printed);
a person linked with consent is kept by default in another range of the recording."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests.data.face_footage import FaceFootage
from tests.project import blur_helpers
from tests.project.blur_helpers import EILEEN, SLOTS, count_faces, decoded, needs_photos, person_id
from tests.ui.test_no_clipped_labels import assert_fits
from vigeditor.project import audit
from vigeditor.project.case import Case
from vigeditor.ui.exports.dialog import ExportDialog
from vigeditor.ui.exports.faces_panel import FacesPanel
from vigeditor.ui.session import CaseSession
from vigeditor.ui.tasks import TaskRunner

face_footage = blur_helpers.face_footage
face_case_template = blur_helpers.face_case_template
face_case = blur_helpers.face_case

pytestmark = needs_photos


@pytest.fixture
def face_session(face_case: Case, qapp: object) -> Iterator[CaseSession]:
    opened = CaseSession(face_case)
    yield opened
    opened.undo_stack.clear()


def open_dialog(kind: str, session: CaseSession, qtbot: QtBot, folder: Path,
                preset: dict[str, object]) -> tuple[ExportDialog, FacesPanel]:
    dialog = ExportDialog(kind, session, TaskRunner(synchronous=True), folder, preset=preset)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.faces is not None
    return dialog, dialog.faces


def test_ticked_blur_shows_numbered_faces_and_exports_only_the_kept_one(
        face_session: CaseSession, face_footage: FaceFootage, qtbot: QtBot,
        tmp_path: Path) -> None:
    dialog, panel = open_dialog("clip", face_session, qtbot, tmp_path, {"clip": 2})
    assert not panel.body.isVisible()
    panel.blur.setChecked(True)
    assert panel.body.isVisible()
    assert sorted(panel.faces.rows) == [1, 2, 3]
    assert [number for number, _box, _kept in panel.picture.boxes] == [1, 2, 3]
    assert not any(row.tick.isChecked() for row in panel.faces.rows.values())  # no links yet
    assert panel.faces.rows[1].tick.accessibleName() == "Face 1 stays visible"
    _keyboard(dialog, panel)  # Tab reaches every control; Space ticks face 1
    assert_fits(dialog)
    assert [kept for _n, _box, kept in panel.picture.boxes] == [True, False, False]
    dialog.start()
    assert dialog.written is not None, dialog.message.text()
    frames, kept, others = count_faces(face_footage, decoded(dialog.written), {SLOTS[1]})
    print(f"exported clip: frames {frames}, kept face detections {kept}, "
          f"others' detections {others}")
    assert others == 0 and kept == frames == 30
    [entry] = audit.list_exports(face_session.case)
    assert entry.blurred_faces == 2
    dialog.close()
    _again, panel = open_dialog("clip", face_session, qtbot, tmp_path, {"clip": 2})
    assert panel.blur.isChecked()  # blurring on is remembered in the case …
    assert not any(row.tick.isChecked() for row in panel.faces.rows.values())  # … not ticks


def test_a_person_linked_with_consent_is_kept_by_default_in_another_range(
        face_session: CaseSession, qtbot: QtBot, tmp_path: Path) -> None:
    eileen = person_id(face_session.case, EILEEN)
    dialog, panel = open_dialog("clip", face_session, qtbot, tmp_path, {"clip": 2})
    panel.blur.setChecked(True)
    who = panel.faces.rows[1].who
    assert who.itemText(0) == "Who is this?" and who.findData(eileen) > 0
    who.setCurrentIndex(who.findData(eileen))
    who.activated.emit(who.currentIndex())
    assert panel.faces.rows[1].tick.isChecked()  # Eileen consented to family copies
    dialog.close()
    _other, panel = open_dialog("clip", face_session, qtbot, tmp_path, {"clip": 1})
    panel.blur.setChecked(True)
    ticked = {number for number, row in panel.faces.rows.items() if row.tick.isChecked()}
    assert len(ticked) == 1
    [number] = ticked
    assert panel.faces.rows[number].who.currentData() == eileen
    print(f"clip 1 (frames 0-29): face {number} linked to Eileen and ticked by default")


def test_a_document_lists_its_pictures_and_keeps_ticks_per_item(
        face_session: CaseSession, qtbot: QtBot, tmp_path: Path) -> None:
    dialog, panel = open_dialog("review-pack", face_session, qtbot, tmp_path, {"cycle": 1})
    panel.blur.setChecked(True)
    keys = [panel.items.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(panel.items.count())]
    assert keys == [("clip", 2), ("still", 1)]
    panel.items.setCurrentRow(1)
    assert panel.current == ("still", 1) and sorted(panel.faces.rows) == [1, 2, 3]
    panel.faces.rows[1].tick.click()
    panel.items.setCurrentRow(0)
    assert not any(row.tick.isChecked() for row in panel.faces.rows.values())
    choice = panel.choice()
    assert choice is not None
    assert choice.keep == {("clip", 2): frozenset(), ("still", 1): frozenset({1})}
    dialog.start()
    assert dialog.written is not None, dialog.message.text()
    [entry] = audit.list_exports(face_session.case)
    print(f"review pack: faces blurred {entry.blurred_faces} ({entry.what})")
    assert entry.blurred_faces == 5  # 3 in the clip, 2 of 3 in the still


def test_stopping_while_faces_are_found_leaves_the_dialog_usable_and_nothing_written(
        face_session: CaseSession, qtbot: QtBot, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    dialog, panel = open_dialog("clip", face_session, qtbot, out, {"clip": 1})
    stops: list[int] = []

    def stop_at_once(value: int) -> None:
        if value > 0 and not stops:
            stops.append(value)
            panel.stop_button.click()

    panel.progress.valueChanged.connect(stop_at_once)
    panel.blur.setChecked(True)
    assert stops and not panel.faces.rows and not panel.finding
    assert "stopped" in panel.status.text() and panel.again_button.isVisibleTo(panel)
    cache = face_session.case.cache_dir / "face-tracks"
    assert not cache.exists() or not any(cache.iterdir())
    assert audit.list_exports(face_session.case) == [] and not any(out.iterdir())
    assert dialog.export_button.isEnabled()
    panel.progress.valueChanged.disconnect(stop_at_once)
    panel.again_button.click()
    assert sorted(panel.faces.rows) == [1, 2, 3]


def _keyboard(dialog: ExportDialog, panel: FacesPanel) -> None:
    """Tab from "Blur faces…" reaches each tick, each "Who is this?", the slider and the
    unsure frames; Space on face 1's tick keeps it visible."""
    reached: set[QWidget] = set()  # the Tab chain: what focusNextChild walks through
    widget = dialog.nextInFocusChain()
    while widget is not dialog:
        if (widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible()
                and widget.isEnabled()):
            reached.add(widget)
        widget = widget.nextInFocusChain()
    assert panel.blur in reached
    rows = panel.faces.rows.values()
    wanted = {panel.slider, panel.unsure, *(r.tick for r in rows), *(r.who for r in rows)}
    assert wanted <= reached, [w.accessibleName() for w in wanted - reached]
    assert all(widget.accessibleName() for widget in wanted)
    panel.faces.rows[1].tick.setFocus()
    QTest.keyClick(panel.faces.rows[1].tick, Qt.Key.Key_Space)
    assert panel.faces.rows[1].tick.isChecked() and panel.keep[("clip", 2)] == {1}
