"""Starting a shared review checks everyone filmed has consent for it (issue 10, item 6): a
plain dialog before the parent's screen goes up; "Don't start" is the default, "Start anyway"
needs a reason, which is recorded in the case."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from tests.ui.review_helpers import build_review
from vigeditor.project.audit import list_exports
from vigeditor.project.case import Case
from vigeditor.project.importing import import_recording
from vigeditor.project.people import add_person, give_consent
from vigeditor.project.settings import Settings
from vigeditor.ui.main_window import MainWindow
from vigeditor.ui.review.after_review import AfterReviewDialog
from vigeditor.ui.review.consent_dialog import ReviewConsentDialog
from vigeditor.ui.review.review_mode import ReviewMode
from vigeditor.ui.tasks import TaskRunner


def _window(qtbot: QtBot, tmp_path: Path, film: Path, robin_consents: bool) -> MainWindow:
    with Case.create(tmp_path / "F01", family_code="F01") as case:
        recording = import_recording(case, film, cycle=1).recording
        build_review(case, recording)
        alex = add_person(case, "Alex", "carer").id
        robin = add_person(case, "Robin", "child").id
        add_person(case, "Ms Green", "professional")  # not filmed: never asked about
        give_consent(case, alex, "review", "2026-01-05")
        if robin_consents:
            give_consent(case, robin, "review", "2026-01-05")
        folder = case.folder
    main = MainWindow(Settings(workspace=str(tmp_path / "workspace")),
                      runner=TaskRunner(synchronous=True))
    qtbot.addWidget(main)
    main.show()
    main.activateWindow()
    assert main.open_case(folder)
    return main


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, film: Path,
           monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    """Robin, the child, has no consent for the shared review."""
    monkeypatch.setattr(QMessageBox, "warning", lambda *_a: None)
    main = _window(qtbot, tmp_path, film, robin_consents=False)
    yield main
    main.close()


def _asked(window: MainWindow, qtbot: QtBot) -> ReviewConsentDialog:
    window.perform("start_review")
    qtbot.waitUntil(lambda: _showing(window) is not None, timeout=3000)
    return _showing(window)  # type: ignore[return-value]


def _showing(window: MainWindow) -> ReviewConsentDialog | None:
    shown = [dialog for dialog in window.findChildren(ReviewConsentDialog)
             if dialog.isVisible()]
    assert len(shown) <= 1
    return shown[0] if shown else None


def _end(window: MainWindow, qtbot: QtBot) -> None:
    mode = window.findChild(ReviewMode)
    assert mode is not None
    mode.end()
    qtbot.waitUntil(lambda: window.findChild(AfterReviewDialog) is not None, timeout=3000)
    window.findChild(AfterReviewDialog).close()  # type: ignore[union-attr]


def test_a_child_without_review_consent_is_named_and_dont_start_is_the_default(
        window: MainWindow, qtbot: QtBot) -> None:
    dialog = _asked(window, qtbot)
    assert window.findChild(ReviewMode) is None  # nothing on the parent's screen yet
    assert dialog.people.text() == "•  Robin (child) has no consent for the shared review."
    assert "Ms Green" not in dialog.people.text() and "Alex" not in dialog.people.text()
    assert dialog.dont_start.isDefault() and not dialog.start_anyway.isDefault()
    shot = os.environ.get("VIG_CONSENT_SHOT")
    if shot:
        dialog.grab().save(shot)
    dialog.dont_start.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)
    assert window.findChild(ReviewMode) is None
    assert list_exports(window.session.case) == []  # type: ignore[union-attr]
    # asking again asks again
    again = _asked(window, qtbot)
    again.reject()
    assert window.findChild(ReviewMode) is None


def test_start_anyway_needs_a_reason_which_is_recorded(window: MainWindow,
                                                        qtbot: QtBot) -> None:
    dialog = _asked(window, qtbot)
    dialog.start_anyway.click()  # no reason: refused
    assert dialog.isVisible() and window.findChild(ReviewMode) is None
    assert dialog.problem.isVisible() and "Say why" in dialog.problem.text()
    assert list_exports(window.session.case) == []  # type: ignore[union-attr]
    dialog.reason.setPlainText("Robin's mother agreed by phone this morning; form to follow.")
    dialog.start_anyway.click()
    qtbot.waitUntil(lambda: window.findChild(ReviewMode) is not None, timeout=3000)
    mode = window.findChild(ReviewMode)
    assert mode is not None and mode.presentation.isVisible()
    entries = list_exports(window.session.case)  # type: ignore[union-attr]
    assert len(entries) == 1 and entries[0].purpose == "review"
    assert entries[0].what.startswith("shared review of cycle 1")
    assert "Robin (child) has no consent for the shared review." in entries[0].what
    assert entries[0].what.endswith(
        "Reason: Robin's mother agreed by phone this morning; form to follow.")
    _end(window, qtbot)


def test_with_consent_in_place_nothing_is_asked(qtbot: QtBot, tmp_path: Path,
                                               film: Path) -> None:
    main = _window(qtbot, tmp_path, film, robin_consents=True)
    main.perform("start_review")
    qtbot.waitUntil(lambda: main.findChild(ReviewMode) is not None, timeout=3000)
    assert _showing(main) is None and main.findChild(ReviewConsentDialog) is None
    assert list_exports(main.session.case) == []  # type: ignore[union-attr]
    _end(main, qtbot)
    main.close()
