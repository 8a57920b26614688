"""The Review menu of a real main window: builder, F5 presentation, end, after-review form;
and every control of the review windows has a name and a tab stop."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.ui.review_helpers import build_review, wait_picture
from vigeditor.project.case import Case
from vigeditor.project.importing import import_recording
from vigeditor.project.people import add_person, give_consent
from vigeditor.project.settings import Settings
from vigeditor.ui.main_window import MainWindow
from vigeditor.ui.review.after_review import AfterReviewDialog
from vigeditor.ui.review.builder import ReviewBuilder
from vigeditor.ui.review.review_mode import ReviewMode
from vigeditor.ui.tasks import TaskRunner

CONTROLS = (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit,
            QPlainTextEdit)


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, film: Path,
           monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    monkeypatch.setattr(QMessageBox, "warning", lambda *_a: None)
    with Case.create(tmp_path / "F01", family_code="F01") as case:
        recording = import_recording(case, film, cycle=1).recording
        build_review(case, recording)
        for name, role in (("Alex", "carer"), ("Sam", "child")):  # consent is in place
            give_consent(case, add_person(case, name, role).id, "review", "2026-01-05")
        folder = case.folder
    main = MainWindow(Settings(workspace=str(tmp_path / "workspace")),
                      runner=TaskRunner(synchronous=True))
    qtbot.addWidget(main)
    main.show()
    main.activateWindow()
    assert main.open_case(folder)
    yield main
    main.close()


def _unnamed_or_untabbed(root: QWidget) -> list[str]:
    problems = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisibleTo(root):
            continue
        if type(widget).__name__ in ("QHeaderView", "QTableCornerButton"):
            continue
        text = widget.text() if isinstance(widget, QAbstractButton) else ""
        if not (widget.accessibleName() or text):
            problems.append(f"unnamed {type(widget).__name__}")
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            problems.append(f"no tab stop: {widget.accessibleName()}")
    return problems


def test_review_menu_runs_a_whole_review(window: MainWindow, qtbot: QtBot) -> None:
    window.perform("open_review_builder")
    builder = window.findChild(ReviewBuilder)
    assert builder is not None and builder.list.count() == 3
    assert _unnamed_or_untabbed(builder) == []
    builder.close()
    qtbot.keyClick(window, Qt.Key.Key_F5)  # F5 starts the presentation
    mode = window.findChild(ReviewMode)
    assert mode is not None and mode.presentation.isVisible()
    assert mode.presentation.isFullScreen()
    assert mode.screen is QApplication.primaryScreen()  # one screen: the current one
    assert wait_picture(qtbot, mode.presentation.picture, 10) == 10
    assert _unnamed_or_untabbed(mode.presentation) == []
    assert _unnamed_or_untabbed(mode.presenter) == []
    qtbot.keyClick(mode.presentation, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.findChild(AfterReviewDialog) is not None, timeout=3000)
    form = window.findChild(AfterReviewDialog)
    assert form is not None and _unnamed_or_untabbed(form) == []
    form.close()
    assert window.findChild(ReviewMode) is None
