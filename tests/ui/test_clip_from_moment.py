"""C makes a clip around the selected moment (or the moment at the playhead) when no marks
are set: exact frames of the clip span, the moment's principles, a suggested caption, one
undo step, the clip selected in the inspector; I and O then adjust it; C with marks still
uses the marks; S starts a still with the moment's principles and caption (issue 12)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from tests.data.videos import VideoSpec, make_video
from vigeditor.project import clips, moments, people, stills
from vigeditor.project.case import Case
from vigeditor.project.settings import Settings
from vigeditor.ui.editor.editing import EditingActions
from vigeditor.ui.editor_state import EditorState, Selection
from vigeditor.ui.main_window import MainWindow
from vigeditor.ui.session import CaseSession
from vigeditor.ui.tasks import TaskRunner

NONE = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: shown.append(text))
    return shown


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, warnings: list[str]) -> Iterator[MainWindow]:
    """The app on a case with a child, Sam, and a 90-frame film (30 fps); clips made from a
    moment last one second."""
    main = MainWindow(Settings(workspace=str(tmp_path / "workspace"), clip_span_seconds=1.0),
                      runner=TaskRunner(synchronous=True))
    qtbot.addWidget(main)
    main.show()
    main.activateWindow()
    film = make_video(tmp_path / "visit.mp4", VideoSpec(frames=90, gop=15))
    case = Case.create(tmp_path / "F01", family_code="F01")
    people.add_person(case, "Sam Jones", "child")
    folder = case.folder
    case.close()
    assert main.open_case(folder)
    main.imports.start([film], cycle=1)  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: main.editor is not None and main.editor.state.frame_count == 90,
                    timeout=20000)
    main.session.undo_stack.clear()  # type: ignore[union-attr]
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow, timeout=5000)  # the window's shortcuts need it
    yield main
    main.close()


def _press(window: MainWindow, qtbot: QtBot, key: Qt.Key,
           modifier: Qt.KeyboardModifier = NONE) -> None:
    window.editor.viewer.setFocus()  # type: ignore[union-attr]
    qtbot.keyClick(window.editor.viewer, key, modifier)  # type: ignore[union-attr]


def _clips(window: MainWindow) -> list[tuple[int, int]]:
    return [(c.in_frame, c.out_frame) for c in clips.list_clips(window.session.case)]  # type: ignore


def test_c_on_a_moment_then_i_and_o_adjust_then_undo(window: MainWindow, qtbot: QtBot,
                                                      warnings: list[str]) -> None:
    editor, case = window.editor, window.session.case  # type: ignore[union-attr]
    assert editor is not None
    editor.state.set_frame(45)
    _press(window, qtbot, Qt.Key.Key_2)  # tag frame 45 "encouraging.waiting": 2 then W
    _press(window, qtbot, Qt.Key.Key_W)
    editor.state.set_frame(0)
    _press(window, qtbot, Qt.Key.Key_Down)  # the next moment: selected, the playhead on it
    assert editor.state.frame == 45 and editor.state.selection is not None
    _press(window, qtbot, Qt.Key.Key_Right)  # the moment stays selected as the playhead moves
    _press(window, qtbot, Qt.Key.Key_C)
    assert _clips(window) == [(30, 60)]  # 45 ± 0.5 s: frames, from the frame table
    clip = clips.list_clips(case)[0]
    assert clip.principles == ("encouraging.waiting",)
    assert clip.caption == "You waited, and Sam started the game."
    assert editor.state.selection == Selection("clip", clip.id)
    assert editor.inspector.field("clip", "caption").value() == clip.caption
    # I and O move the selected clip's ends (no marks are set)
    editor.state.set_frame(35)
    _press(window, qtbot, Qt.Key.Key_I)
    editor.state.set_frame(55)
    _press(window, qtbot, Qt.Key.Key_O)
    assert _clips(window) == [(35, 55)] and editor.state.mark_in is None
    for expected in ([(35, 60)], [(30, 60)], []):  # each step undoes one
        _press(window, qtbot, Qt.Key.Key_Z, CTRL)
        qtbot.waitUntil(lambda e=expected: _clips(window) == e, timeout=5000)
    _press(window, qtbot, Qt.Key.Key_Z, CTRL | SHIFT)
    qtbot.waitUntil(lambda: _clips(window) == [(30, 60)], timeout=5000)
    assert warnings == []


def test_c_on_the_moment_under_the_playhead_and_c_with_marks(window: MainWindow,
                                                             qtbot: QtBot,
                                                             warnings: list[str]) -> None:
    editor, case = window.editor, window.session.case  # type: ignore[union-attr]
    assert editor is not None
    recording_id = editor.state.recording.id  # type: ignore[union-attr]
    spanned = moments.add_moment(case, recording_id, 70, end_frame=80,
                                 principles=["receiving.eye-contact", "developing"])
    editor.state.set_selection(None)
    editor.state.set_frame(75)  # inside the moment's span
    _press(window, qtbot, Qt.Key.Key_C)
    # its own span plus a second either side, clamped to the last frame
    assert _clips(window) == [(40, 89)]
    assert clips.list_clips(case)[0].principles == spanned.principles
    # with nothing selected, I and O set the marks; with both set, C uses them, on a moment
    editor.state.set_selection(None)
    editor.state.set_frame(72)
    _press(window, qtbot, Qt.Key.Key_I)
    editor.state.set_frame(78)
    _press(window, qtbot, Qt.Key.Key_O)
    _press(window, qtbot, Qt.Key.Key_C)
    made = clips.list_clips(case)[-1]
    assert (made.in_frame, made.out_frame, made.principles, made.caption) == (72, 78, (), "")
    assert editor.state.selection == Selection("clip", made.id)
    # marks set: I moves the mark, not the selected clip
    editor.state.set_frame(74)
    _press(window, qtbot, Qt.Key.Key_I)
    assert editor.state.mark_in == 74 and _clips(window) == [(40, 89), (72, 78)]
    assert warnings == []


def test_s_on_a_moment_starts_the_still_with_its_caption(window: MainWindow,
                                                         qtbot: QtBot) -> None:
    editor, case = window.editor, window.session.case  # type: ignore[union-attr]
    assert editor is not None
    recording_id = editor.state.recording.id  # type: ignore[union-attr]
    moments.add_moment(case, recording_id, 20, principles=["developing.having-fun"])
    editor.state.set_frame(20)
    _press(window, qtbot, Qt.Key.Key_S)
    editor.state.set_frame(30)
    _press(window, qtbot, Qt.Key.Key_S)
    made = [(s.frame, s.principles, s.caption) for s in stills.list_stills(case)]
    assert made == [(20, ("developing.having-fun",), "You and Sam are having fun together."),
                    (30, (), "")]
    assert editor.inspector.field("still", "caption").value() == ""  # the last one is shown


def test_c_without_marks_or_moment_says_what_to_do(session: CaseSession, state: EditorState,
                                                   qtbot: QtBot) -> None:
    editing = EditingActions(session, state, lambda _d, _l: None, lambda _c: None)
    said: list[str] = []
    editing.message.connect(said.append)
    editing.make_clip()
    assert clips.list_clips(session.case) == [] and "moment" in said[-1]
    assert editing.settings.clip_span_seconds == Settings().clip_span_seconds
    # a moment selected and then removed is no longer used, quietly
    moment = moments.add_moment(session.case, state.recording.id, 60)  # type: ignore
    state.set_selection(Selection("moment", moment.id))
    moments.remove_moment(session.case, moment.id)
    failures: list[str] = []
    session.failed.connect(failures.append)
    editing.make_clip()
    assert clips.list_clips(session.case) == [] and failures == []


def _open_film(qtbot: QtBot, tmp_path: Path, frames: int) -> MainWindow:
    """The app on a new case with one imported film of ``frames`` frames, the default clip
    span, ready to step."""
    case = Case.create(tmp_path / "F01", family_code="F01")
    case.close()
    window = MainWindow(Settings(workspace=str(tmp_path)), runner=TaskRunner(synchronous=True))
    qtbot.addWidget(window)
    window.show()
    assert window.open_case(case.folder)
    film = make_video(tmp_path / "film.mp4", VideoSpec(frames=frames, gop=15))
    window.imports.start([film], cycle=1)  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: window.editor.state.frame_count == frames,  # type: ignore
                    timeout=20000)
    return window


def test_a_click_elsewhere_on_the_timeline_leaves_the_clip_alone(qtbot: QtBot,
                                                                 tmp_path: Path) -> None:
    """C selects the new clip; a click on the timeline away from it deselects it, so I, O
    and Delete then set marks and remove nothing (found trying the app as a guider)."""
    window = _open_film(qtbot, tmp_path, 300)
    editor = window.editor
    opened = window.session.case
    recording = editor.state.recording.id
    moments.add_moment(opened, recording, 240)
    editor.state.set_frame(240)
    editor.editing.make_clip()  # around the moment, selected
    made = clips.list_clips(opened, recording)
    assert len(made) == 1 and editor.state.selection.kind == "clip"
    timeline = editor.timeline
    y = timeline.lanes().strip.center().y()
    qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton,
                     pos=QPointF(timeline.x_of_frame(30) + 1, y).toPoint())
    assert editor.state.selection is None
    editor.editing.mark_in()
    editor.editing.delete_selected()
    assert [(c.in_frame, c.out_frame) for c in clips.list_clips(opened, recording)] == [
        (made[0].in_frame, made[0].out_frame)]
    assert editor.state.mark_in == editor.state.frame
    window.close()


def test_c_twice_on_a_moment_selects_the_clip_it_made(qtbot: QtBot, tmp_path: Path) -> None:
    """No identical second clip (found by trying the app as a guider)."""
    window = _open_film(qtbot, tmp_path, 200)
    editor = window.editor
    opened, recording = window.session.case, editor.state.recording.id
    moments.add_moment(opened, recording, 100)
    editor.state.set_frame(100)
    editor.editing.make_clip()
    first = editor.state.selection
    editor.state.set_selection(None)
    editor.editing.make_clip()
    assert len(clips.list_clips(opened, recording)) == 1
    assert editor.state.selection == first
    window.close()
