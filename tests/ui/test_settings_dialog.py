"""Edit → Settings… (issue 12): every value of settings.json in a form, checked with plain
messages, saved atomically, applied to the window's settings at once."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from vigeditor.project.settings import Settings, config_dir, load_settings
from vigeditor.ui.main_window import MainWindow
from vigeditor.ui.settings_dialog import SettingsDialog
from vigeditor.ui.tasks import TaskRunner


def _dialog(qtbot: QtBot, settings: Settings, **kwargs: object) -> SettingsDialog:
    dialog = SettingsDialog(settings, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_settings_are_saved_atomically_and_applied_in_place(qtbot: QtBot,
                                                            tmp_path: Path) -> None:
    settings = Settings()
    dialog = _dialog(qtbot, settings, vlc_found=True, player_in_use="qt")
    assert "Qt Multimedia" in dialog.player_state.text()
    assert "VLC was found" in dialog.player_state.text()
    dialog.player.setCurrentIndex(dialog.player.findData("vlc"))
    dialog.clip_span.setValue(8.5)
    dialog.cache.setValue(1024)
    dialog.retention.setValue(6)
    dialog.workspace.setText(str(tmp_path / "cases"))
    dialog.targets[("2", "supervisions")].setValue(10)
    assert dialog.save()
    assert not dialog.isVisible() and dialog.needs_reopen
    assert settings.player == "vlc" and settings.clip_span_seconds == 8.5
    assert settings.frame_cache_mb == 1024 and settings.retention_months == 6
    assert settings.workspace == str(tmp_path / "cases")
    assert settings.logbook_targets["2"]["supervisions"] == 10
    saved = load_settings()
    assert (saved.player, saved.clip_span_seconds, saved.frame_cache_mb) == ("vlc", 8.5, 1024)
    assert saved.logbook_targets == settings.logbook_targets
    assert not [p for p in config_dir().iterdir() if p.name.startswith(".settings-")]
    json.loads((config_dir() / "settings.json").read_text())


def test_wrong_values_get_plain_messages_and_nothing_is_saved(qtbot: QtBot,
                                                              tmp_path: Path) -> None:
    settings = Settings()
    file = config_dir() / "settings.json"
    before = file.read_bytes() if file.exists() else None
    dialog = _dialog(qtbot, settings, vlc_found=False)
    assert "VLC was not found" in dialog.player_state.text()
    dialog.player.setCurrentIndex(dialog.player.findData("vlc"))
    afile = tmp_path / "a-file.txt"
    afile.write_text("x")
    dialog.workspace.setText(str(afile))
    dialog.targets[("1", "clients")].setValue(9)
    assert not dialog.save()
    text = dialog.message.text()
    assert "Install VLC" in text and "is a file, not a folder" in text
    assert "Stage 1 asks for more clients than cycles" in text
    assert "Traceback" not in text and dialog.isVisible()
    assert settings.player == "qt"
    assert (file.read_bytes() if file.exists() else None) == before
    dialog.workspace.setText("relative/folder")
    assert "whole folder path" in "\n".join(dialog.problems())


def test_edit_settings_in_the_menu_with_the_preferences_key(qtbot: QtBot) -> None:
    window = MainWindow(Settings(), runner=TaskRunner(synchronous=True))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    action = window.findChild(QAction, "settings")
    assert action is not None and action.text().replace("&", "") == "Settings…"
    assert action in window.menuBar().actions()[1].menu().actions()  # Edit
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(SettingsDialog, "settings-dialog")
    assert dialog is not None and dialog.isVisible()
    assert dialog.settings is window.settings
    dialog.retention.setValue(3)
    dialog.save()
    assert window.settings.retention_months == 3


def test_a_workspace_under_a_file_is_refused(qtbot: QtBot, tmp_path: Path) -> None:
    """A folder path that runs through a file (found by trying the app as a guider: New
    case then showed a raw OS error)."""
    dialog = _dialog(qtbot, Settings(), vlc_found=True)
    afile = tmp_path / "afile"
    afile.write_text("x")
    dialog.workspace.setText(str(afile / "sub" / "cases"))
    assert not dialog.save()
    assert f"{afile} is a file, not a folder" in dialog.message.text()
