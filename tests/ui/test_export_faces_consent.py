"""The export dialog when someone in the case has no consent for the purpose (issue 14,
DESIGN.md §5): unblurred, the export is refused and the message says blurring is the way;
with "Blur faces…" ticked it goes ahead, that person's face blurred, and the dialog's notes
say their voice is still in the sound; a face linked to them cannot be ticked to stay
visible without the export being refused."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.data.face_footage import FaceFootage
from tests.project import blur_helpers
from tests.project.blur_helpers import count_faces, decoded, needs_photos
from tests.ui.test_export_faces import face_session, open_dialog
from tests.ui.test_no_clipped_labels import assert_fits
from vigeditor.project import audit, blurring, people
from vigeditor.ui.session import CaseSession

face_footage = blur_helpers.face_footage
face_case_template = blur_helpers.face_case_template
face_case = blur_helpers.face_case
__all__ = ["face_session"]  # the fixture, used here

pytestmark = needs_photos


def _visitor(session: CaseSession) -> int:
    """The cameraman (face 3) recorded as a visitor without consent, linked to his face."""
    visitor = people.add_person(session.case, "Visitor V", "professional")
    blurring.link_face(session.case, 1, visitor.id, blurring.faces_for_clip(session.case, 2),
                       3)
    return visitor.id


def test_someone_without_consent_is_blurred_not_a_refusal(
        face_session: CaseSession, face_footage: FaceFootage, qtbot: QtBot,
        tmp_path: Path) -> None:
    _visitor(face_session)
    dialog, panel = open_dialog("clip", face_session, qtbot, tmp_path, {"clip": 2})
    dialog.start()
    assert dialog.written is None
    assert "Or blur the faces of people without consent" in dialog.message.text()
    assert_fits(dialog)  # the two-line refusal is not cut off
    panel.blur.setChecked(True)
    assert dialog.message.text() == ""  # the refusal said to blur: done, so it goes
    assert not panel.faces.rows[3].tick.isChecked()  # his face: blurred by default
    assert panel.faces.rows[3].who.currentText() == "Visitor V"
    dialog.start()
    assert dialog.written is not None, dialog.message.text()
    frames, kept, others = count_faces(face_footage, decoded(dialog.written), set())
    assert (frames, kept, others) == (30, 0, 0)
    assert "their voice is not removed from the sound" in dialog.message.text()
    [entry] = audit.list_exports(face_session.case)
    assert entry.what.endswith("not shown, without consent (faces blurred): Visitor V "
                               "(professional)")


def test_his_face_ticked_to_stay_visible_is_refused(
        face_session: CaseSession, qtbot: QtBot, tmp_path: Path) -> None:
    _visitor(face_session)
    dialog, panel = open_dialog("clip", face_session, qtbot, tmp_path, {"clip": 2})
    panel.blur.setChecked(True)
    panel.faces.rows[3].tick.setChecked(True)
    dialog.start()
    assert dialog.written is None
    assert "face 3 of Clip 2 is Visitor V" in dialog.message.text()
    assert audit.list_exports(face_session.case) == []
    assert sorted(path.name for path in tmp_path.iterdir()) == ["faces.vigcase"]
