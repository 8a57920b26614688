"""Issue 14, item 3 in the app: a folder that Dropbox synchronises (a Dropbox layout made in a
temporary home, HOME redirected as in tests/project/test_places.py) is warned about once per
folder when a case is created, opened or exported into and when it becomes the workspace;
"Choose another place…" goes back to choosing, and nothing is written before the choice."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from vigeditor.project import audit, people, stills
from vigeditor.project.case import Case
from vigeditor.project.model import Recording
from vigeditor.project.settings import SETTINGS_NAME, Settings, config_dir, load_settings
from vigeditor.ui import places_warning
from vigeditor.ui.exports.dialog import ExportDialog
from vigeditor.ui.main_window import MainWindow
from vigeditor.ui.places_warning import (
    ACCEPTED_KEY,
    DiskEncryptionLabel,
    PlaceWarning,
    confirm_place,
    encryption_words,
)
from vigeditor.ui.session import CaseSession
from vigeditor.ui.settings_dialog import SettingsDialog
from vigeditor.ui.start import case_flows
from vigeditor.ui.start.new_case_dialog import NewCaseDialog
from vigeditor.ui.tasks import TaskRunner


@pytest.fixture
def dropbox(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home whose Dropbox client synchronises ``~/Dropbox`` (its info.json)."""
    home = tmp_path / "home"
    synced = home / "Dropbox"
    (home / ".dropbox").mkdir(parents=True)
    synced.mkdir()
    (home / ".dropbox" / "info.json").write_text(json.dumps(
        {"personal": {"path": str(synced), "host": 1}}))
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("USERPROFILE", str(home))
    return synced


class Answers:
    """The guider's answers to the warnings, in order; each warning shown is kept."""

    def __init__(self) -> None:
        self.queue: list[str] = []
        self.shown: list[PlaceWarning] = []

    def exec(self, warning: PlaceWarning) -> int:
        self.shown.append(warning)
        answer = self.queue.pop(0) if self.queue else "choose"
        (warning.use_button if answer == "use" else warning.choose_button).click()
        return 0


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    """The real warning is made and its real button clicked; only its modal loop is skipped
    (one test below runs the real loop)."""
    made = Answers()
    monkeypatch.setattr(PlaceWarning, "exec", lambda warning: made.exec(warning))
    return made


@pytest.fixture
def picks(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Folders the folder chooser returns, in order (the chooser is the system's)."""
    queue: list[str] = []
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        lambda *_a, **_k: queue.pop(0) if queue else "")
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_a, **_k: (queue.pop(0) if queue else "", ""))
    return queue


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    main = MainWindow(Settings(workspace=str(tmp_path / "workspace")),
                      runner=TaskRunner(synchronous=True))
    qtbot.addWidget(main)
    yield main
    main.close()


def test_the_warning_names_the_service_in_plain_words(
        dropbox: Path, qtbot: QtBot) -> None:
    """The real dialog, in its own modal loop: Dropbox named, what it means, two buttons."""
    seen: list[str] = []

    def press_use() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, PlaceWarning)
        seen.append(f"{box.windowTitle()}\n{box.text()}\n{box.informativeText()}")
        box.use_button.click()

    QTimer.singleShot(0, press_use)
    assert confirm_place(None, dropbox / "Cases", Settings(), save=False)
    [words] = seen
    assert "synchronised by Dropbox" in words and str(dropbox / "Cases") in words
    assert "uploaded to Dropbox's servers" in words


def test_once_per_folder_remembered_without_the_path(
        dropbox: Path, answers: Answers) -> None:
    settings = Settings()
    folder = dropbox / "F-2026-014.vigcase"
    answers.queue = ["choose"]
    assert not confirm_place(None, folder, settings)
    assert ACCEPTED_KEY not in settings.extra
    answers.queue = ["use"]
    assert confirm_place(None, folder, settings)
    assert confirm_place(None, folder, settings)  # not asked again
    assert len(answers.shown) == 2
    assert confirm_place(None, dropbox / "other", settings) is False  # another folder asks
    assert confirm_place(None, folder / "media", settings)  # inside an accepted one: not
    assert len(answers.shown) == 3
    saved = (config_dir() / SETTINGS_NAME).read_text(encoding="utf-8")
    assert "F-2026-014" not in saved and str(dropbox) not in saved
    assert places_warning.is_accepted(folder, load_settings())


def test_a_folder_no_client_synchronises_is_not_warned_about(
        dropbox: Path, answers: Answers, tmp_path: Path) -> None:
    assert confirm_place(None, tmp_path / "plain", Settings())
    assert answers.shown == []


def test_new_case_choose_another_place_then_create(
        dropbox: Path, answers: Answers, picks: list[str], window: MainWindow,
        tmp_path: Path) -> None:
    plain = tmp_path / "plain"
    plain.mkdir()
    dialog = NewCaseDialog(dropbox, parent=window)
    dialog.family_code.setText("F-2026-014")
    answers.queue, picks[:] = ["choose"], [str(plain)]
    assert not case_flows.create_case_from(window, dialog)
    assert list(dropbox.iterdir()) == []  # nothing written before the choice
    assert dialog.folder.text() == str(plain)  # back to choosing: the chooser was opened
    assert case_flows.create_case_from(window, dialog)
    assert (plain / "F-2026-014.vigcase").is_dir() and len(answers.shown) == 1


def test_new_case_use_this_folder_once(
        dropbox: Path, answers: Answers, window: MainWindow) -> None:
    for code in ("F1", "F2"):
        dialog = NewCaseDialog(dropbox, parent=window)
        dialog.family_code.setText(code)
        answers.queue = ["use"]
        assert case_flows.create_case_from(window, dialog)
    assert (dropbox / "F1.vigcase").is_dir() and (dropbox / "F2.vigcase").is_dir()
    assert len(answers.shown) == 1  # the second case in the same folder: no warning
    window.close_case()
    assert window.start.request_open(dropbox / "F1.vigcase")  # inside the accepted folder
    assert len(answers.shown) == 1


def test_open_case_warns_once_and_choose_asks_again(
        dropbox: Path, answers: Answers, picks: list[str], window: MainWindow,
        tmp_path: Path) -> None:
    synced = Case.create(dropbox / "F01", family_code="F01").folder
    plain = Case.create(tmp_path / "F02", family_code="F02").folder
    answers.queue, picks[:] = ["choose"], [str(synced), str(plain)]
    case_flows.choose_case(window)  # File → Open case…
    assert window.session is not None and window.session.case.folder == plain
    assert len(answers.shown) == 1 and picks == []
    answers.queue, picks[:] = ["use"], [str(synced)]
    case_flows.choose_case(window)
    assert window.session.case.folder == synced
    window.close_case()
    assert window.start.request_open(synced)  # the recent list: accepted already
    assert len(answers.shown) == 2


def test_recent_case_choose_another_place_stays_on_the_start_screen(
        dropbox: Path, answers: Answers, window: MainWindow, qtbot: QtBot) -> None:
    synced = Case.create(dropbox / "F01", family_code="F01").folder
    answers.queue = ["choose"]
    with qtbot.assertNotEmitted(window.start.open_requested):
        assert not window.start.request_open(synced)
    assert window.session is None and len(answers.shown) == 1


def test_export_into_dropbox_warns_once_and_choose_writes_nothing(
        dropbox: Path, answers: Answers, picks: list[str], session: CaseSession,
        recording: Recording, qtbot: QtBot, tmp_path: Path) -> None:
    carer = people.add_person(session.case, "Alex", "carer")
    people.give_consent(session.case, carer.id, "family-copy", "2026-01-05")
    still = stills.add_still(session.case, recording.id, 12)
    dialog = ExportDialog("still", session, TaskRunner(synchronous=True), dropbox,
                          preset={"still": still.id})
    qtbot.addWidget(dialog)
    plain = tmp_path / "plain"
    plain.mkdir()
    answers.queue, picks[:] = ["choose"], [str(plain / "chosen.png")]
    dialog.start()
    assert list(dropbox.iterdir()) == [] and audit.list_exports(session.case) == []
    assert dialog.task is None  # nothing started: the guider chose again
    assert dialog.output.text() == str(plain / "chosen.png")
    dialog.output.setText(str(dropbox / f"F01-still-{still.id}.png"))
    answers.queue = ["use"]
    dialog.start()
    assert (dropbox / f"F01-still-{still.id}.png").is_file()
    dialog.start()  # the same folder again: no second warning
    assert len(answers.shown) == 2 and len(audit.list_exports(session.case)) == 2


def test_settings_workspace_in_dropbox(
        dropbox: Path, answers: Answers, picks: list[str], qtbot: QtBot,
        tmp_path: Path) -> None:
    settings = Settings(workspace=str(tmp_path / "workspace"))
    dialog = SettingsDialog(settings, vlc_found=False)
    qtbot.addWidget(dialog)
    dialog.workspace.setText(str(dropbox / "Cases"))
    answers.queue, picks[:] = ["choose"], [str(tmp_path / "elsewhere")]
    assert not dialog.save(tmp_path / "config")
    assert not (tmp_path / "config").exists()  # nothing written before the choice
    assert dialog.workspace.text() == str(tmp_path / "elsewhere")
    dialog.workspace.setText(str(dropbox / "Cases"))
    answers.queue = ["use"]
    assert dialog.save(tmp_path / "config")
    assert settings.workspace == str(dropbox / "Cases")
    saved = load_settings(tmp_path / "config")
    assert places_warning.is_accepted(dropbox / "Cases", saved)


def test_disk_encryption_line(qtbot: QtBot, tmp_path: Path) -> None:
    places_warning.forget_encryption()
    label = DiskEncryptionLabel()
    qtbot.addWidget(label)
    label.show_folder(tmp_path / "not-made-yet")
    qtbot.waitUntil(lambda: label.verdict is not None, timeout=30000)
    assert label.text() == encryption_words(label.verdict)
    assert label.text().startswith("Workspace disk: ")
    again = DiskEncryptionLabel()
    qtbot.addWidget(again)
    again.show_folder(tmp_path / "not-made-yet")  # known: said at once
    assert again.verdict == label.verdict


def test_encryption_words() -> None:
    assert encryption_words("encrypted (LUKS)") == "Workspace disk: encrypted (LUKS)"
    assert "ask your IT team" in encryption_words("not encrypted")
    assert "unknown" in encryption_words("unknown")


def test_the_warning_fits_its_words(qtbot: QtBot) -> None:
    from tests.ui.test_no_clipped_labels import problems

    warning = PlaceWarning(Path("/home/guider/Nextcloud/VIG cases"), "Nextcloud or ownCloud")
    qtbot.addWidget(warning)
    warning.show()
    qtbot.waitExposed(warning)
    assert problems(warning) == []
    assert warning.defaultButton() is warning.choose_button  # Enter never uploads
