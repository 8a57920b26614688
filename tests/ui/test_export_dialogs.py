"""File → Export dialogs: consent refusal in plain words, progress, the file, show in folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QDesktopServices
from pytestqt.qtbot import QtBot

from vigeditor.project import audit, clips, people, stills
from vigeditor.project.model import Recording
from vigeditor.ui.exports.dialog import ExportDialog
from vigeditor.ui.session import CaseSession
from vigeditor.ui.tasks import TaskRunner


def _dialog(kind: str, session: CaseSession, qtbot: QtBot, folder: Path,
            preset: dict[str, object] | None = None) -> ExportDialog:
    dialog = ExportDialog(kind, session, TaskRunner(synchronous=True), folder, preset=preset)
    qtbot.addWidget(dialog)
    return dialog


def _with_consent(session: CaseSession, purpose: str = "family-copy") -> None:
    carer = people.add_person(session.case, "Alex", "carer")
    people.give_consent(session.case, carer.id, purpose, "2026-01-05")


def test_a_still_is_refused_without_consent_and_nothing_is_written(
        session: CaseSession, recording: Recording, qtbot: QtBot, tmp_path: Path) -> None:
    still = stills.add_still(session.case, recording.id, 12, caption="Sam smiles")
    dialog = _dialog("still", session, qtbot, tmp_path, {"still": still.id})
    dialog.start()
    assert "refused" in dialog.message.text().lower() or "consent" in dialog.message.text()
    assert not any(tmp_path.glob("*.png"))
    assert audit.list_exports(session.case) == []
    assert not dialog.show_button.isVisible()


def test_a_still_with_consent_is_written_audited_and_shown(
        session: CaseSession, recording: Recording, qtbot: QtBot, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    _with_consent(session)
    still = stills.add_still(session.case, recording.id, 12, caption="Sam smiles")
    dialog = _dialog("still", session, qtbot, tmp_path, {"still": still.id})
    dialog.show()
    assert Path(dialog.output.text()).name == f"F01-still-{still.id}.png"
    dialog.start()
    written = Path(dialog.output.text())
    assert written.is_file() and dialog.written == written
    assert dialog.show_button.isVisible() and str(written) in dialog.message.text()
    [entry] = audit.list_exports(session.case)
    assert entry.purpose == "family-copy"
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    dialog.show_in_folder()
    assert opened == [str(tmp_path)]


def test_a_clip_for_a_named_professional(session: CaseSession, recording: Recording,
                                         qtbot: QtBot, tmp_path: Path) -> None:
    carer = people.add_person(session.case, "Alex", "carer")
    people.give_consent(session.case, carer.id, "professional", "2026-01-05",
                        professional="Jo Social Worker")
    clip = clips.add_clip(session.case, recording.id, 10, 25, caption="Waiting together")
    dialog = _dialog("clip", session, qtbot, tmp_path, {"clip": clip.id})
    dialog.purpose.setCurrentIndex(dialog.purpose.findData("professional"))
    assert dialog.professional.isEnabled()
    dialog.professional.setText("Jo Social Worker")
    dialog.start()
    assert dialog.written is not None and dialog.written.stat().st_size > 0
    [entry] = audit.list_exports(session.case)
    assert entry.purpose == "professional"


def test_a_still_over_a_damaged_frame_says_which_frame_was_used(
        session: CaseSession, qtbot: QtBot, tmp_path: Path) -> None:
    from tests.data.corpus_audio import make_damaged_mjpeg
    from vigeditor.project.importing import import_recording

    webcam = make_damaged_mjpeg(tmp_path / "webcam.avi").path
    recording = import_recording(session.case, webcam, cycle=1).recording
    _with_consent(session)
    still = stills.add_still(session.case, recording.id, 17, caption="A smile")
    dialog = _dialog("still", session, qtbot, tmp_path, {"still": still.id})
    dialog.start()
    assert dialog.written is not None and dialog.written.is_file()
    assert "Frame 17 was damaged; frame 16 was used." in dialog.message.text()
