"""The face preview's unsure frames and hand-drawn blur boxes (issue 14, item 1, the screen):
on the footage whose middle face hides behind a card, the frame where detection was unsure
is listed; clicking it shows that frame; a rectangle dragged over a face there adds a
manual face to the list, and the export blurs it (the detector finds that face in none of
the frames the box covers; counts printed)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from tests.data.face_footage import FaceFootage, missing_photos, session_footage
from tests.project.blur_helpers import count_faces, decoded, make_face_case, needs_photos
from vigeditor.project.blurring import list_blur_boxes
from vigeditor.project.case import Case
from vigeditor.ui.exports.dialog import ExportDialog
from vigeditor.ui.session import CaseSession
from vigeditor.ui.tasks import TaskRunner

pytestmark = needs_photos


@pytest.fixture(scope="module")
def occluded(tmp_path_factory: pytest.TempPathFactory) -> tuple[FaceFootage, Path]:
    if missing_photos() is not None:
        pytest.skip(str(missing_photos()))
    folder = tmp_path_factory.mktemp("occluded")
    footage = session_footage(folder, "occluded")
    return footage, make_face_case(folder / "template.vigcase", footage)


@pytest.fixture
def occluded_session(occluded: tuple[FaceFootage, Path], tmp_path: Path,
                     qapp: object) -> Iterator[CaseSession]:
    folder = tmp_path / "occluded.vigcase"
    shutil.copytree(occluded[1], folder)
    case = Case.open(folder)
    session = CaseSession(case)
    yield session
    session.undo_stack.clear()
    case.close()


def test_an_unsure_frame_is_listed_and_a_box_drawn_there_is_blurred(
        occluded: tuple[FaceFootage, Path], occluded_session: CaseSession, qtbot: QtBot,
        tmp_path: Path) -> None:
    footage = occluded[0]
    dialog = ExportDialog("clip", occluded_session, TaskRunner(synchronous=True), tmp_path,
                          preset={"clip": 1})
    qtbot.addWidget(dialog)
    dialog.show()
    panel = dialog.faces
    assert panel is not None
    panel.blur.setChecked(True)
    detected = sorted(panel.faces.rows)
    assert panel.unsure.count() >= 1
    entry = panel.unsure.item(0)
    frame = int(entry.data(Qt.ItemDataRole.UserRole))
    assert entry.text().startswith(f"Detection unsure at frame {frame}")
    QTest.mouseClick(panel.unsure.viewport(), Qt.MouseButton.LeftButton,
                     pos=panel.unsure.visualItemRect(entry).center())
    assert panel.picture.frame == frame
    panel.faces.rows[1].tick.click()  # the astronaut (face 1) would stay visible …
    start, end = _on_screen(panel.picture, footage, frame)
    QTest.mousePress(panel.picture, Qt.MouseButton.LeftButton, pos=start)
    QTest.mouseMove(panel.picture, end)
    QTest.mouseRelease(panel.picture, Qt.MouseButton.LeftButton, pos=end)
    [box] = list_blur_boxes(occluded_session.case, 1)
    assert box.frame == frame
    manual = len(detected) + 1
    assert sorted(panel.faces.rows) == [*detected, manual]  # … but a box is drawn over it
    assert not panel.faces.rows[manual].tick.isVisibleTo(panel)  # always blurred
    assert panel.picture.frame == frame
    assert manual in [number for number, _box, _kept in panel.picture.boxes]
    dialog.start()
    assert dialog.written is not None, dialog.message.text()
    tracks = panel.results[("clip", 1)].tracks
    covered = set(tracks.face(manual).boxes)
    pictures = decoded(dialog.written)
    _count, kept_there, _others = count_faces(
        footage, [(code, picture) for code, picture in pictures if code in covered], {0})
    frames, kept, others = count_faces(footage, pictures, {0})
    print(f"box drawn on frame {frame}, followed over {len(covered)} frames; the face under "
          f"it detected in {kept_there} of them; whole clip: {frames} frames, face 1 "
          f"detections {kept}, others' detections {others}")
    assert frame in covered and kept_there == 0 and others == 0


def _on_screen(picture: object, footage: FaceFootage, frame: int) -> tuple[QPoint, QPoint]:
    """The astronaut's face (slot 0) in ``frame``, grown a little, in the widget's pixels."""
    area = picture.picture_rect()  # type: ignore[attr-defined]
    x, y, w, h = footage.face_rect(0, frame)  # type: ignore[misc]
    width, height = footage.size

    def point(px: float, py: float) -> QPoint:
        return QPoint(round(area.x() + px / width * area.width()),
                      round(area.y() + py / height * area.height()))

    return point(x - 0.3 * w, y - 0.4 * h), point(x + 1.3 * w, y + 1.3 * h)
