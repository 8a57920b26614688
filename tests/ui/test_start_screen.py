"""The start screen: cases listed, the retention reminder, deleting a case completely."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from vigeditor.project import details
from vigeditor.project.case import Case
from vigeditor.project.settings import Settings
from vigeditor.ui.start.start_screen import StartScreen


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    folder = tmp_path / "workspace"
    folder.mkdir()
    for code, ended in (("F10", "2020-01-31"), ("F11", None)):
        case = Case.create(folder / code, family_code=code)
        if ended:
            details.update_details(case, end_of_involvement=ended)
        case.close()
    return folder


def test_retention_reminder_and_delete(workspace: Path, qtbot: QtBot,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    screen = StartScreen(Settings(workspace=str(workspace), retention_months=2))
    qtbot.addWidget(screen)
    screen.show()
    assert screen.recent.count() == 2
    assert screen.retention.isVisible() and "F10" in screen.retention.text()
    assert "F11" not in screen.retention.text()
    monkeypatch.setattr(screen, "confirm_delete", lambda _folder: False)
    assert not screen.delete_case(workspace / "F10.vigcase")
    assert (workspace / "F10.vigcase").is_dir()
    monkeypatch.setattr(screen, "confirm_delete", lambda _folder: True)
    assert screen.delete_case(workspace / "F10.vigcase")
    assert not (workspace / "F10.vigcase").exists()
    assert not any(path.name.startswith(".F10") for path in workspace.iterdir())
    assert screen.recent.count() == 1 and not screen.retention.isVisible()


def test_an_open_case_is_not_deleted(workspace: Path, qtbot: QtBot,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    screen = StartScreen(Settings(workspace=str(workspace)))
    qtbot.addWidget(screen)
    shown: list[str] = []
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.warning",
                        lambda _p, _t, text, *_a: shown.append(text))
    monkeypatch.setattr(screen, "confirm_delete", lambda _folder: True)
    case = Case.open(workspace / "F11.vigcase")
    try:
        assert not screen.delete_case(workspace / "F11.vigcase")
    finally:
        case.close()
    assert shown and (workspace / "F11.vigcase").is_dir()
