"""Exports remember their folder and options per case, Enter exports, and both family
exports offer "Print names" (issue 12)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from vigeditor.project import people, stills
from vigeditor.project.model import Recording
from vigeditor.project.preferences import export_key, get_preference
from vigeditor.ui.exports.dialog import ExportDialog
from vigeditor.ui.session import CaseSession
from vigeditor.ui.tasks import TaskRunner


def _dialog(kind: str, session: CaseSession, qtbot: QtBot, folder: Path) -> ExportDialog:
    dialog = ExportDialog(kind, session, TaskRunner(synchronous=True), folder)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _family(session: CaseSession, recording: Recording) -> int:
    carer = people.add_person(session.case, "Alex", "carer")
    people.give_consent(session.case, carer.id, "family-copy", "2026-01-05")
    return stills.add_still(session.case, recording.id, 12, caption="Alex smiles").id


def test_enter_exports_from_any_field_and_then_closes(
        session: CaseSession, recording: Recording, qtbot: QtBot, tmp_path: Path) -> None:
    _family(session, recording)
    dialog = _dialog("booklet", session, qtbot, tmp_path)
    title = dialog.options.fields["title"]
    assert isinstance(title, QLineEdit)
    title.setFocus()
    qtbot.keyClick(title, Qt.Key.Key_Return)
    assert dialog.written is not None and dialog.written.is_file()
    assert dialog.cancel_button.isDefault() and not dialog.export_button.isDefault()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert not dialog.isVisible()


def test_enter_in_a_check_box_or_purpose_exports(
        session: CaseSession, recording: Recording, qtbot: QtBot, tmp_path: Path) -> None:
    still = _family(session, recording)
    dialog = _dialog("still", session, qtbot, tmp_path)
    assert dialog.options.fields["still"].currentData() == still  # type: ignore[attr-defined]
    dialog.purpose.setFocus()
    qtbot.keyClick(dialog.purpose, Qt.Key.Key_Enter)
    assert dialog.written is not None and dialog.written.is_file()


def test_a_multi_line_field_keeps_its_enter(session: CaseSession, recording: Recording,
                                            qtbot: QtBot, tmp_path: Path) -> None:
    _family(session, recording)
    dialog = _dialog("booklet", session, qtbot, tmp_path)
    text = QPlainTextEdit(dialog)
    dialog.layout().addWidget(text)  # type: ignore[union-attr]
    text.setFocus()
    qtbot.keyClick(text, Qt.Key.Key_Return)
    assert dialog.written is None and text.toPlainText() == "\n"


def test_folder_and_options_are_remembered_per_case(
        session: CaseSession, recording: Recording, qtbot: QtBot, tmp_path: Path) -> None:
    _family(session, recording)
    chosen = tmp_path / "for-the-family"
    chosen.mkdir()
    first = _dialog("booklet", session, qtbot, tmp_path)
    a5, names = first.options.fields["a5"], first.options.fields["names"]
    assert isinstance(a5, QCheckBox) and isinstance(names, QCheckBox)
    assert not names.isChecked()  # names are left out unless asked
    a5.setChecked(True)
    names.setChecked(True)
    first.output.setText(str(chosen / "notes.pdf"))
    first.export_button.click()
    assert (chosen / "notes.pdf").is_file()
    stored = get_preference(session.case, export_key("booklet"))
    assert stored["folder"] == str(chosen) and stored["options"]["a5"] is True
    again = _dialog("booklet", session, qtbot, tmp_path)
    assert Path(again.output.text()).parent == chosen
    assert again.options.fields["a5"].isChecked()  # type: ignore[attr-defined]
    assert not again.options.fields["names"].isChecked()  # type: ignore[attr-defined]
    assert "names" not in stored["options"]  # asked for each time, never remembered
    # another kind of export keeps its own
    pack = _dialog("review-pack", session, qtbot, tmp_path)
    assert Path(pack.output.text()).parent == tmp_path
    assert session.undo_stack.count() == 3  # person, consent, still: choices are no steps


def test_both_family_exports_offer_print_names_off_by_default(
        session: CaseSession, qtbot: QtBot, tmp_path: Path) -> None:
    for kind in ("booklet", "review-pack"):
        dialog = _dialog(kind, session, qtbot, tmp_path)
        names = dialog.options.fields["names"]
        assert isinstance(names, QCheckBox) and not names.isChecked()
        assert "names" in names.text().lower()
        names.setChecked(True)
        assert dialog.chosen_options()["names"] is True
    cycle = _dialog("review-pack", session, qtbot, tmp_path).options.fields["cycle"]
    assert isinstance(cycle, QComboBox)


def _pdf_or_page_text(written: Path) -> str:
    import subprocess

    if written.is_dir():
        return (written / "index.html").read_text(encoding="utf-8")
    return subprocess.run(["pdftotext", str(written), "-"], capture_output=True, check=True,
                          text=True).stdout


def test_both_family_exports_leave_names_out_unless_print_names(
        session: CaseSession, recording: Recording, qtbot: QtBot, tmp_path: Path) -> None:
    from vigeditor.project import cycles, reviews

    case = session.case
    child = people.add_person(case, "Robin", "child")
    people.give_consent(case, child.id, "family-copy", "2026-01-05")
    still = stills.add_still(case, recording.id, 12, caption="“Well done, Robin!”")
    reviews.add_item(case, cycles.list_cycles(case)[0].id, still_id=still.id)
    for kind in ("booklet", "review-pack"):
        for names in (False, True):
            folder = tmp_path / f"{kind}-{names}"
            folder.mkdir()
            dialog = _dialog(kind, session, qtbot, folder)
            dialog.options.fields["names"].setChecked(names)  # type: ignore[attr-defined]
            dialog.output.setText(str(folder / Path(dialog.output.text()).name))
            qtbot.keyClick(dialog, Qt.Key.Key_Return)
            assert dialog.written is not None, dialog.message.text()
            text = _pdf_or_page_text(dialog.written)
            if names:
                assert "Well done, Robin!" in text, kind
            else:
                assert "Robin" not in text and "Well done, [your child]!" in text, kind
            dialog.close()
