"""The editor end to end: new case, import, step, tag with keys, clip, still, undo, reopen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from tests.data.videos import VideoSpec, make_video, read_code
from vigeditor.project import clips, moments, stills
from vigeditor.project.case import Case
from vigeditor.project.settings import Settings
from vigeditor.ui.main_window import MainWindow
from vigeditor.ui.tasks import TaskRunner

NONE = Qt.KeyboardModifier.NoModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _code(image: QImage) -> int:
    image = image.convertToFormat(QImage.Format.Format_RGB888)
    rows = np.frombuffer(image.constBits(), dtype=np.uint8).reshape(
        image.height(), image.bytesPerLine())[:, : image.width() * 3]
    return read_code(rows.reshape(image.height(), image.width(), 3))


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: shown.append(text))
    return shown


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, warnings: list[str]) -> Iterator[MainWindow]:
    main = MainWindow(Settings(workspace=str(tmp_path / "workspace")),
                      runner=TaskRunner(synchronous=True))
    qtbot.addWidget(main)
    main.show()
    main.activateWindow()
    yield main
    main.close()


def _shown_frame(window: MainWindow) -> str:
    label = next(w for w in window.findChildren(QLabel) if w.accessibleName() == "Current frame")
    return label.text()


def _wait_exact(window: MainWindow, qtbot: QtBot, frame: int) -> None:
    assert window.editor is not None
    viewer = window.editor.viewer.viewer
    qtbot.waitUntil(lambda: viewer.image_index == frame and viewer.image_is_exact,
                    timeout=20000)
    assert _shown_frame(window) == str(frame)
    assert _code(viewer.image) == frame


def _empty_case(tmp_path: Path, code: str) -> Path:
    """A new, closed case folder for the window to open."""
    case = Case.create(tmp_path / code, family_code=code)
    case.close()
    return case.folder


def _press(window: MainWindow, qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = NONE
           ) -> None:
    window.editor.viewer.setFocus()  # type: ignore[union-attr]
    qtbot.keyClick(window.editor.viewer, key, modifier)  # type: ignore[union-attr]


def test_a_whole_editing_session(window: MainWindow, qtbot: QtBot, tmp_path: Path,
                                 warnings: list[str]) -> None:
    film = make_video(tmp_path / "visit.mp4", VideoSpec(frames=90, gop=15, audio=True))
    folder = _empty_case(tmp_path, "F01")
    assert window.open_case(folder)
    window.imports.start([film], cycle=1)  # type: ignore[union-attr]
    _wait_exact(window, qtbot, 0)
    for key, modifier, expected in ((Qt.Key.Key_Right, NONE, 1), (Qt.Key.Key_Right, SHIFT, 11),
                                    (Qt.Key.Key_Left, NONE, 10), (Qt.Key.Key_Left, SHIFT, 0),
                                    (Qt.Key.Key_End, NONE, 89), (Qt.Key.Key_Home, NONE, 0)):
        _press(window, qtbot, key, modifier)
        _wait_exact(window, qtbot, expected)
    case = window.session.case  # type: ignore[union-attr]
    recording = window.editor.state.recording  # type: ignore[union-attr]
    # tag frame 20 with "receiving.eye-contact": 3 then its letter
    window.editor.state.set_frame(20)  # type: ignore[union-attr]
    letter = next(item.hotkey for group in case.scheme.groups if group.code == "receiving"
                  for item in group.items if item.code == "receiving.eye-contact")
    _press(window, qtbot, Qt.Key.Key_3)
    qtbot.keyClicks(window.editor.viewer, letter)  # type: ignore[union-attr]
    assert [(m.frame, m.principles) for m in moments.list_moments(case, recording.id)] == [
        (20, ("receiving.eye-contact",))]
    # in at 30, out at 45, C makes the clip; S makes a still at 45
    window.editor.state.set_frame(30)  # type: ignore[union-attr]
    _press(window, qtbot, Qt.Key.Key_I)
    window.editor.state.set_frame(45)  # type: ignore[union-attr]
    _press(window, qtbot, Qt.Key.Key_O)
    _press(window, qtbot, Qt.Key.Key_C)
    _press(window, qtbot, Qt.Key.Key_S)
    _press(window, qtbot, Qt.Key.Key_M)
    assert [(c.in_frame, c.out_frame) for c in clips.list_clips(case, recording.id)] == [(30, 45)]
    assert [s.frame for s in stills.list_stills(case, recording.id)] == [45]
    assert sorted(m.frame for m in moments.list_moments(case, recording.id)) == [20, 45]
    _undo_and_redo_each(window, qtbot, case, recording.id)
    window.close_case()
    reopened = Case.open(folder)
    try:
        assert [(c.in_frame, c.out_frame) for c in clips.list_clips(reopened, recording.id)] == [
            (30, 45)]
        assert [s.frame for s in stills.list_stills(reopened, recording.id)] == [45]
        assert len(moments.list_moments(reopened, recording.id)) == 2
    finally:
        reopened.close()
    assert warnings == []


def _counts(case: Case, recording_id: int) -> tuple[int, int, int]:
    return (len(moments.list_moments(case, recording_id)),
            len(clips.list_clips(case, recording_id)), len(stills.list_stills(case, recording_id)))


def _undo_and_redo_each(window: MainWindow, qtbot: QtBot, case: Case, recording_id: int) -> None:
    expected_back = [(1, 1, 1), (1, 1, 0), (1, 0, 0), (0, 0, 0)]
    for counts in expected_back:
        qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda c=counts: _counts(case, recording_id) == c, timeout=5000)
    for counts in reversed([(2, 1, 1), *expected_back[:-1]]):
        qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | SHIFT)
        qtbot.waitUntil(lambda c=counts: _counts(case, recording_id) == c, timeout=5000)


def test_a_recording_that_fails_to_open_gives_a_message(window: MainWindow, qtbot: QtBot,
                                                        tmp_path: Path,
                                                        warnings: list[str]) -> None:
    film = make_video(tmp_path / "visit.mp4", VideoSpec(frames=30))
    case = Case.create(tmp_path / "F02", family_code="F02")
    from vigeditor.project.importing import import_recording

    recording = import_recording(case, film, cycle=1).recording
    media = case.recording_path(case.row("recordings", recording.id))
    folder = case.folder
    case.close()
    media.write_bytes(b"this is no longer a film")  # damaged after import
    for cache in (folder / "cache").rglob("*.npz"):
        cache.unlink()
    assert window.open_case(folder)
    qtbot.waitUntil(lambda: bool(warnings), timeout=20000)
    assert window.isVisible() and window.session is not None
    text = " ".join(warnings) + window.statusBar().currentMessage()
    assert "changed since" in text or "not a video" in text


def test_importing_a_file_that_is_not_a_film_is_refused(window: MainWindow, qtbot: QtBot,
                                                        tmp_path: Path,
                                                        warnings: list[str]) -> None:
    folder = _empty_case(tmp_path, "F03")
    assert window.open_case(folder)
    notes = tmp_path / "notes.mp4"
    notes.write_text("not a film")
    window.imports.start([notes], cycle=1)  # type: ignore[union-attr]
    assert warnings and "not a video" in warnings[0]
    assert list((folder / "media").iterdir()) == []


def test_every_control_has_a_name_and_a_tab_stop(window: MainWindow, qtbot: QtBot,
                                                 tmp_path: Path) -> None:
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QDockWidget,
        QHeaderView,
        QLineEdit,
        QTabBar,
        QTextEdit,
        QWidget,
    )

    film = make_video(tmp_path / "visit.mp4", VideoSpec(frames=30))
    folder = _empty_case(tmp_path, "F04")
    assert window.open_case(folder)
    window.imports.start([film], cycle=1)  # type: ignore[union-attr]
    _wait_exact(window, qtbot, 0)
    controls = (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit,
                QTextEdit)
    unnamed, no_tab = [], []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, controls) or isinstance(widget, QHeaderView) or \
                not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QAbstractButton) and isinstance(widget.parent(),
                                                              (QDockWidget, QTabBar)):
            continue  # Qt's own float/close and tab-scroll buttons
        text = widget.text() if isinstance(widget, QAbstractButton) else ""
        if not (widget.accessibleName() or text):
            unnamed.append(f"{type(widget).__name__} in {type(widget.parent()).__name__}")
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            no_tab.append(widget.accessibleName() or type(widget).__name__)
    assert unnamed == []
    assert no_tab == []


def test_frame_zero_shows_while_the_frame_table_is_read(window: MainWindow, qtbot: QtBot,
                                                        tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from vigeditor.project.importing import import_recording
    from vigeditor.ui.editor.editor_view import EditorView

    film = make_video(tmp_path / "long.mp4", VideoSpec(frames=40))
    case = Case.create(tmp_path / "F05", family_code="F05")
    import_recording(case, film, cycle=1)
    folder = case.folder
    case.close()
    for cached in (folder / "cache").rglob("*.npz"):
        cached.unlink()  # as after copying a case to a new laptop: the table must be read again
    seen: list[tuple[int | None, int]] = []
    original = EditorView._load

    def spy(view: EditorView, recording_id: int) -> None:
        viewer = view.viewer.viewer
        seen.append((viewer.image_index, _code(viewer.image) if not viewer.image.isNull()
                     else -1))
        original(view, recording_id)

    monkeypatch.setattr(EditorView, "_load", spy)
    assert window.open_case(folder)
    assert seen == [(0, 0)]
    _wait_exact(window, qtbot, 0)


def test_the_keep_fields_setting_is_a_view_menu_choice(window: MainWindow) -> None:
    from vigeditor.media.pictures import picture_options
    from vigeditor.project.settings import load_settings

    action = window.fields_action
    assert not action.isChecked() and not picture_options().keep_fields
    try:
        action.trigger()
        assert window.settings.keep_fields and picture_options().keep_fields
        assert load_settings().keep_fields, "remembered for next time"
    finally:
        action.trigger()
    assert not picture_options().keep_fields and not load_settings().keep_fields
