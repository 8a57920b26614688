"""The app in Welsh and Dutch (issue 15): Qt's translators for the chosen language, the
Settings choice, plurals through tr with %n, and the family documents' own language in the
export dialogs (remembered per case) while the guider's screen keeps its language."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QLabel
from pytestqt.qtbot import QtBot

from tests.translations_built import ensure_compiled
from vigeditor import i18n
from vigeditor.i18n import _
from vigeditor.project import cycles, people, reviews, stills
from vigeditor.project.languages import FAMILY_LANGUAGE, family_language
from vigeditor.project.model import Recording
from vigeditor.project.preferences import get_preference
from vigeditor.project.settings import Settings
from vigeditor.ui.exports.dialog import ExportDialog
from vigeditor.ui.language import choose_language, install_language, remove_language
from vigeditor.ui.session import CaseSession
from vigeditor.ui.settings_dialog import SettingsDialog
from vigeditor.ui.tasks import TaskRunner


@pytest.fixture(autouse=True)
def _language_undone(monkeypatch: pytest.MonkeyPatch, qapp: object) -> Iterator[None]:
    """English screen at the start; the translators and language taken out at the end."""
    ensure_compiled()
    monkeypatch.setenv(i18n.ENV_VARIABLE, "en")
    yield
    remove_language()


def test_dutch_settings_show_dutch_words(qtbot: QtBot) -> None:
    installed = install_language("nl")
    assert len(installed) == 2  # Qt's own (qtbase_nl, standard buttons) and vigeditor's
    dialog = SettingsDialog(Settings(), vlc_found=False)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Instellingen"
    assert dialog.language.title() == "Taal"
    labels = [label.text() for label in dialog.findChildren(QLabel)]
    assert "&Taal:" in labels and "&Speler:" in labels
    assert "Een nieuwe taal gaat in als je vigeditor opnieuw start." in labels
    assert i18n.screen_language() == "nl" and _("Next") == "Volgende"  # the core agrees


def test_welsh_and_english_after_dutch(qtbot: QtBot) -> None:
    install_language("nl")
    install_language("cy")  # replaces the Dutch translators
    dialog = SettingsDialog(Settings(), vlc_found=False)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Gosodiadau" and dialog.language.title() == "Iaith"
    install_language("en")
    assert SettingsDialog(Settings(), vlc_found=False).windowTitle() == "Settings"


def test_the_settings_choice_is_saved_for_the_next_start(qtbot: QtBot,
                                                         tmp_path: Path) -> None:
    settings = Settings()
    dialog = SettingsDialog(settings, vlc_found=False)
    qtbot.addWidget(dialog)
    combo = dialog.language.combo
    assert combo.currentData() is None and combo.itemText(0).startswith("System (")
    assert [combo.itemText(i) for i in range(1, combo.count())] == [
        "English", "Cymraeg", "Nederlands"]
    combo.setCurrentIndex(combo.findData("cy"))
    assert dialog.save(tmp_path)
    assert settings.language == "cy"
    assert '"language": "cy"' in (tmp_path / "settings.json").read_text(encoding="utf-8")


def test_the_language_chosen(monkeypatch: pytest.MonkeyPatch) -> None:
    assert choose_language("cy") == "en"  # VIGEDITOR_LANG (or --language) comes first
    monkeypatch.delenv(i18n.ENV_VARIABLE)
    assert choose_language("cy") == "cy"  # then Settings
    assert choose_language(None) in i18n.LANGUAGES  # then the system's, else English


def test_plurals_through_tr_with_n() -> None:
    install_language("en")  # English ships its plural forms only
    text = "%n moment(s), frames {first} to {last}. Click to zoom in."
    assert QCoreApplication.translate("TimelineTips", text, "", 1).startswith("1 moment,")
    assert QCoreApplication.translate("TimelineTips", text, "", 3).startswith("3 moments,")
    install_language("nl")
    assert QCoreApplication.translate("TimelineTips", text, "", 1).startswith("1 moment,")
    assert QCoreApplication.translate("TimelineTips", text, "", 3).startswith("3 momenten,")
    assert QCoreApplication.translate("PrinciplesPalette", "%n moment(s)", "", 2) == \
        "2 momenten"


def _dialog(kind: str, session: CaseSession, qtbot: QtBot, folder: Path) -> ExportDialog:
    dialog = ExportDialog(kind, session, TaskRunner(synchronous=True), folder)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _text(written: Path) -> str:
    if written.is_dir():
        return (written / "index.html").read_text(encoding="utf-8")
    return subprocess.run(["pdftotext", str(written), "-"], capture_output=True, check=True,
                          text=True).stdout


def test_family_documents_in_the_family_language(session: CaseSession, recording: Recording,
                                                 qtbot: QtBot, tmp_path: Path) -> None:
    case = session.case
    carer = people.add_person(case, "Alex", "carer")
    people.give_consent(case, carer.id, "family-copy", "2026-01-05")
    still = stills.add_still(case, recording.id, 12, caption="Alex smiles")
    reviews.add_item(case, cycles.list_cycles(case)[0].id, still_id=still.id)
    assert family_language(case) == "en"  # nothing chosen yet: the screen's
    booklet = _dialog("booklet", session, qtbot, tmp_path)
    language = booklet.options.fields["language"]
    assert isinstance(language, QComboBox) and language.currentData() == "en"
    language.setCurrentIndex(language.findData("cy"))
    qtbot.keyClick(booklet, Qt.Key.Key_Return)
    assert booklet.written is not None, booklet.message.text()
    assert "I'ch teulu" in _text(booklet.written)  # "For your family" in Welsh
    assert get_preference(case, FAMILY_LANGUAGE) == "cy"
    assert _("Previous") == "Previous"  # the guider's screen stayed English

    pack = _dialog("review-pack", session, qtbot, tmp_path)
    assert pack.options.fields["language"].currentData() == "cy"  # type: ignore[attr-defined]
    qtbot.keyClick(pack, Qt.Key.Key_Return)
    assert pack.written is not None, pack.message.text()
    page = _text(pack.written)
    assert 'lang="cy"' in page and "Blaenorol" in page  # "Previous"
