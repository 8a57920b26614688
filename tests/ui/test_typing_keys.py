"""Typing never triggers a shortcut: single-key shortcuts act only when no text field has
focus, and a click on a label puts the focus in its field (issue 12, "stop the detours")."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from tests.data.videos import VideoSpec, make_video
from vigeditor.project import clips, moments, stills
from vigeditor.project.case import Case
from vigeditor.project.settings import Settings
from vigeditor.ui.editor.tag_keys import typing_into_text
from vigeditor.ui.editor_state import Selection
from vigeditor.ui.main_window import MainWindow
from vigeditor.ui.tasks import TaskRunner

NONE = Qt.KeyboardModifier.NoModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
#: every key that is a shortcut on its own (or with Shift) in the editor
SHORTCUT_KEYS = [(Qt.Key.Key_I, NONE), (Qt.Key.Key_O, NONE), (Qt.Key.Key_C, NONE),
                 (Qt.Key.Key_S, NONE), (Qt.Key.Key_M, NONE), (Qt.Key.Key_J, NONE),
                 (Qt.Key.Key_K, NONE), (Qt.Key.Key_L, NONE), (Qt.Key.Key_3, NONE),
                 (Qt.Key.Key_Space, NONE), (Qt.Key.Key_Right, NONE), (Qt.Key.Key_Left, SHIFT),
                 (Qt.Key.Key_Up, NONE), (Qt.Key.Key_Down, NONE), (Qt.Key.Key_Home, NONE),
                 (Qt.Key.Key_End, NONE), (Qt.Key.Key_BracketRight, NONE),
                 (Qt.Key.Key_Delete, NONE)]


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    main = MainWindow(Settings(workspace=str(tmp_path / "workspace")),
                      runner=TaskRunner(synchronous=True))
    qtbot.addWidget(main)
    main.show()
    main.activateWindow()
    film = make_video(tmp_path / "visit.mp4", VideoSpec(frames=60, gop=15))
    case = Case.create(tmp_path / "F01", family_code="F01")
    folder = case.folder
    case.close()
    assert main.open_case(folder)
    main.imports.start([film], cycle=1)  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: main.editor is not None and main.editor.state.frame_count == 60,
                    timeout=20000)
    yield main
    main.close()


def _text_fields(window: MainWindow) -> list[QWidget]:
    """The text fields the guider can type into (not the line edits inside spin or combo
    boxes: those are typed into through their box)."""
    return [widget for widget in window.findChildren(QWidget)
            if typing_into_text(widget) and widget.isVisibleTo(window) and widget.isEnabled()
            and not isinstance(widget.parent(), QAbstractSpinBox | QComboBox)]


def _snapshot(window: MainWindow) -> tuple[object, ...]:
    case, editor = window.session.case, window.editor  # type: ignore[union-attr]
    recording = editor.state.recording.id  # type: ignore[union-attr]
    return (editor.state.frame, editor.state.mark_in, editor.state.mark_out,  # type: ignore
            [(m.frame, m.principles) for m in moments.list_moments(case, recording)],
            len(clips.list_clips(case, recording)), len(stills.list_stills(case, recording)),
            editor.state.playing)


def test_keys_typed_into_a_text_field_never_trigger_a_shortcut(window: MainWindow,
                                                               qtbot: QtBot) -> None:
    editor = window.editor
    assert editor is not None
    case, recording = window.session.case, editor.state.recording  # type: ignore[union-attr]
    moment = moments.add_moment(case, recording.id, 30)  # type: ignore[union-attr]
    editor.state.set_frame(30)
    editor.state.set_selection(Selection("moment", moment.id))
    fields = _text_fields(window)
    assert len(fields) >= 2, "the inspector shows the moment's fields"
    before = _snapshot(window)
    for field in fields:
        field.setFocus()
        qtbot.waitUntil(lambda field=field: QApplication.focusWidget() is field, timeout=5000)
        for key, modifier in SHORTCUT_KEYS:
            qtbot.keyClick(field, key, modifier)
        assert _snapshot(window) == before, f"typing into {field.accessibleName()!r} acted"


def test_a_click_on_a_label_puts_the_focus_in_its_field(qtbot: QtBot, tmp_path: Path) -> None:
    """Every labelled field of the New case and Case details screens: click the label, type."""
    main = MainWindow(Settings(workspace=str(tmp_path)), runner=TaskRunner(synchronous=True))
    qtbot.addWidget(main)
    from vigeditor.ui.start.new_case_dialog import NewCaseDialog

    dialog = NewCaseDialog(tmp_path)  # its own window, as the flow shows it
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5000)
    labels = [label for label in dialog.findChildren(QLabel)
              if label.buddy() is not None and label.isVisible() and label.buddy().isVisible()]
    assert len(labels) >= 2
    for label in labels:
        qtbot.mouseClick(label, Qt.MouseButton.LeftButton)
        target = label.buddy()
        focus = QApplication.focusWidget()
        assert focus is not None and focus in (target, target.focusProxy()), label.text()
