"""The supervision pack's export dialog locks the pack by default (issue 14, item 2): the
passphrase typed twice in hidden fields, a note that it is not stored, no export until both
match and are long enough, and the passphrase never among the remembered choices."""

from __future__ import annotations

import json
from pathlib import Path

import py7zr
from PySide6.QtWidgets import QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from vigeditor.project import audit, clips, people
from vigeditor.project.model import Recording
from vigeditor.project.preferences import export_key, get_preference
from vigeditor.ui.exports.dialog import ExportDialog
from vigeditor.ui.session import CaseSession
from vigeditor.ui.tasks import TaskRunner

PASSPHRASE = "tea at the seaside"


def _dialog(session: CaseSession, qtbot: QtBot, folder: Path) -> ExportDialog:
    dialog = ExportDialog("supervision", session, TaskRunner(synchronous=True), folder)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _consented(session: CaseSession, recording: Recording) -> None:
    carer = people.add_person(session.case, "Alex", "carer")
    people.give_consent(session.case, carer.id, "supervision", "2026-01-05")
    clips.add_clip(session.case, recording.id, 3, 9, title="Alex waits")


def _type(qtbot: QtBot, field: QLineEdit, text: str) -> None:
    field.clear()
    qtbot.keyClicks(field, text)


def test_encryption_is_on_with_hidden_fields_and_a_plain_note(
        session: CaseSession, recording: Recording, qtbot: QtBot, tmp_path: Path) -> None:
    _consented(session, recording)
    dialog = _dialog(session, qtbot, tmp_path)
    rows = dialog.options.encryption
    assert rows is not None and rows.encrypt.isChecked()
    assert "7-Zip" in rows.encrypt.text()
    for field in (rows.passphrase, rows.again):
        assert field.echoMode() == QLineEdit.EchoMode.Password and field.isEnabled()
    notes = " ".join(label.text() for label in rows.findChildren(QLabel))
    assert "not stored" in notes and "cannot be recovered" in notes
    rows.encrypt.setChecked(False)
    assert not rows.passphrase.isEnabled() and rows.problem() is None


def test_no_export_until_both_passphrases_match_and_are_long_enough(
        session: CaseSession, recording: Recording, qtbot: QtBot, tmp_path: Path) -> None:
    _consented(session, recording)
    dialog = _dialog(session, qtbot, tmp_path)
    rows = dialog.options.encryption
    assert rows is not None
    for first, second, said in (("", "", "at least 8"), ("short", "short", "at least 8"),
                                (PASSPHRASE, PASSPHRASE + "!", "same passphrase")):
        _type(qtbot, rows.passphrase, first)
        _type(qtbot, rows.again, second)
        assert said in rows.status.text()
        dialog.start()
        assert dialog.written is None and said in dialog.message.text()
        assert list(tmp_path.iterdir()) == [] or all(
            path.name.endswith(".vigcase") for path in tmp_path.iterdir())
        assert dialog.export_button.isEnabled()  # refused before anything started
    assert audit.list_exports(session.case) == []
    assert get_preference(session.case, export_key("supervision"), {}) == {}  # nor remembered
    _type(qtbot, rows.again, PASSPHRASE)
    assert rows.status.text() == ""
    dialog.start()
    assert dialog.written is not None and dialog.written.suffix == ".7z"
    assert dialog.written.parent == tmp_path
    assert "passphrase" not in dialog.running_options  # not kept after the export
    with py7zr.SevenZipFile(dialog.written, password=PASSPHRASE) as reader:
        assert any(name.endswith(".mp4") for name in reader.getnames())
    (entry,) = audit.list_exports(session.case)
    assert entry.encrypted


def test_the_passphrase_is_never_remembered(
        session: CaseSession, recording: Recording, qtbot: QtBot, tmp_path: Path) -> None:
    _consented(session, recording)
    dialog = _dialog(session, qtbot, tmp_path)
    rows = dialog.options.encryption
    assert rows is not None
    _type(qtbot, rows.passphrase, PASSPHRASE)
    _type(qtbot, rows.again, PASSPHRASE)
    dialog.start()
    assert dialog.written is not None
    remembered = get_preference(session.case, export_key("supervision"), {})
    assert remembered and PASSPHRASE not in json.dumps(remembered)
    assert not set(remembered.get("options", {})) & {"encrypt", "passphrase",
                                                     "passphrase_again"}
    database = (session.case.folder / "case.sqlite").read_bytes()
    assert PASSPHRASE.encode() not in database
    second = _dialog(session, qtbot, tmp_path)
    again = second.options.encryption
    assert again is not None and again.encrypt.isChecked()
    assert again.passphrase.text() == "" and again.again.text() == ""


def test_a_pack_written_plain_when_the_guider_unticks_it(
        session: CaseSession, recording: Recording, qtbot: QtBot, tmp_path: Path) -> None:
    _consented(session, recording)
    dialog = _dialog(session, qtbot, tmp_path)
    assert dialog.options.encryption is not None
    dialog.options.encryption.encrypt.setChecked(False)
    dialog.start()
    assert dialog.written is not None and dialog.written.is_dir()
    (entry,) = audit.list_exports(session.case)
    assert not entry.encrypted
    second = _dialog(session, qtbot, tmp_path)
    unticked = second.options.encryption
    assert unticked is not None and unticked.encrypt.isChecked()  # on again next time
