"""Choosing a clip of another recording in the Case tree selects it everywhere in one step:
tree, inspector, transport and picture (issue 12, "stop the detours")."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.data.videos import VideoSpec, make_video
from vigeditor.project import clips
from vigeditor.project.case import Case
from vigeditor.project.importing import import_recording
from vigeditor.project.settings import Settings
from vigeditor.ui.editor_state import Selection
from vigeditor.ui.main_window import MainWindow
from vigeditor.ui.panels.navigator import KEY, NAME
from vigeditor.ui.tasks import TaskRunner


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    case = Case.create(tmp_path / "F01", family_code="F01")
    first = import_recording(case, make_video(tmp_path / "first.mp4",
                                              VideoSpec(frames=60, gop=15)), cycle=1)
    second = import_recording(case, make_video(tmp_path / "second.mp4",
                                               VideoSpec(frames=90, gop=15)), cycle=1)
    clips.add_clip(case, first.recording.id, 5, 20, title="First film's clip")
    clips.add_clip(case, second.recording.id, 47, 70, title="Second film's clip")
    folder = case.folder
    case.close()
    main = MainWindow(Settings(workspace=str(tmp_path)), runner=TaskRunner(synchronous=True))
    qtbot.addWidget(main)
    main.show()
    assert main.open_case(folder)
    yield main
    main.close()


def test_a_click_on_a_clip_of_another_recording_selects_it_everywhere(
        window: MainWindow, qtbot: QtBot) -> None:
    editor = window.editor
    assert editor is not None
    qtbot.waitUntil(lambda: editor.state.recording is not None, timeout=20000)
    case = window.session.case  # type: ignore[union-attr]
    target = next(clip for clip in clips.list_clips(case) if clip.in_frame == 47)
    assert editor.state.recording.id != target.recording_id  # type: ignore[union-attr]
    tree = editor.navigator.tree
    row = editor.navigator.row("clip", target.id)
    assert row is not None
    tree.scrollToItem(row)
    rect = tree.visualItemRect(row)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # 1 input
    viewer = editor.viewer.viewer
    qtbot.waitUntil(lambda: viewer.image_index == 47 and viewer.image_is_exact, timeout=20000)
    assert editor.state.recording.id == target.recording_id  # type: ignore[union-attr]
    assert editor.state.selection == Selection("clip", target.id)
    assert editor.state.frame == 47
    assert editor.viewer.transport.frame_label.text() == "47"
    assert editor.inspector.kind == "clip" and editor.inspector.item.id == target.id
    current = tree.currentItem()
    assert current is not None and current.data(NAME, KEY)[:2] == ("clip", target.id)
