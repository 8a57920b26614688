"""Choosing recordings in the editor: only the recording chosen last is opened, whatever
order the background work finishes in, and the viewer never keeps another one's picture."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from tests.ui.test_frame_truth import TIMEOUT
from tests.ui.test_viewer import image_code
from vigeditor.project.importing import import_recording
from vigeditor.project.model import Recording
from vigeditor.project.settings import Settings
from vigeditor.ui.editor.editor_view import EditorView
from vigeditor.ui.session import CaseSession
from vigeditor.ui.tasks import TaskRunner


class ManualRunner(TaskRunner):
    """Runs background tasks only when the test says so (in the order it chooses)."""

    def __init__(self) -> None:
        super().__init__(synchronous=True)
        self.waiting: list[tuple[str, Callable[..., Any], tuple[Any, ...], dict[str, Any]]] = []

    def start(self, label: str, work: Callable[..., Any], *args: Any,  # type: ignore[override]
              **callbacks: Any) -> None:
        self.waiting.append((label, work, args, callbacks))

    def run_all(self) -> None:
        """Run what waits, and what that starts in turn, until nothing waits."""
        while self.waiting:
            label, work, args, callbacks = self.waiting.pop(0)
            super().start(label, work, *args, **callbacks)


@pytest.fixture
def editor(qtbot: QtBot, tmp_path: Path, session: CaseSession) -> Iterator[EditorView]:
    window = QMainWindow()
    qtbot.addWidget(window)
    view = EditorView(window, session, Settings(workspace=str(tmp_path / "workspace")),
                      ManualRunner())
    window.setCentralWidget(view.central)
    window.resize(1000, 700)
    window.show()
    yield view
    view.close()


def test_the_recording_chosen_last_is_the_one_opened(
        qtbot: QtBot, editor: EditorView, session: CaseSession, recording: Recording,
        portrait: Path) -> None:
    upright = import_recording(session.case, portrait, cycle=1).recording
    runner, viewer = editor.runner, editor.viewer.viewer
    assert isinstance(runner, ManualRunner)
    editor.open_recording(recording.id)
    runner.run_all()
    qtbot.waitUntil(lambda: viewer.image_is_exact and viewer.image_index == 0, timeout=TIMEOUT)
    editor.open_recording(upright.id)  # the guider picks the portrait film…
    editor.open_recording(recording.id)  # …and goes back before it has opened
    runner.run_all()  # the portrait's work finishes late
    assert editor.state.recording is not None and editor.state.recording.id == recording.id
    assert editor.frames.recording is not None and Path(editor.frames.recording).name == \
        Path(session.case.recording_path(session.case.row("recordings", recording.id))).name
    qtbot.waitUntil(lambda: viewer.image_is_exact and viewer.image_index == 0, timeout=TIMEOUT)
    assert viewer.image.width() > viewer.image.height() and image_code(viewer.image) == 0
    editor.open_recording(upright.id)  # and now for real
    runner.run_all()
    assert editor.state.recording is not None and editor.state.recording.id == upright.id
    qtbot.waitUntil(lambda: viewer.image_is_exact and viewer.image_index == 0
                    and viewer.image.height() > viewer.image.width(), timeout=TIMEOUT)
    assert image_code(viewer.image) == 0
