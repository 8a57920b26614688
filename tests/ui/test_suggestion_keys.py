"""Suggested moments in the editor: N and Shift+N, a principle key tags one, Delete dismisses,
Settings switches them off. A real main window on a real case, keys typed as the guider
types them; the suggestions are stored as the analysis stores them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from vigeditor.analysis.suggest import Suggestion
from vigeditor.project import moments, suggestions
from vigeditor.project.case import Case
from vigeditor.project.model import Recording
from vigeditor.project.settings import Settings
from vigeditor.ui.editor_state import Selection
from vigeditor.ui.main_window import MainWindow
from vigeditor.ui.session import CaseSession
from vigeditor.ui.settings_dialog import open_settings
from vigeditor.ui.tasks import TaskRunner
from vigeditor.ui.timeline.lane_hits import lane_tooltip

NONE, SHIFT = Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier
FOUND = [Suggestion(1.0, 1.5, "exchange", 0.8, ("The adult spoke, then the child answered.",)),
         Suggestion(2.5, 3.0, "waiting", 0.5, ("A pause after the child's voice.",))]


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, session: CaseSession,
           monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    monkeypatch.setenv("VIGEDITOR_CONFIG_DIR", str(tmp_path / "config"))
    main = MainWindow(Settings(workspace=str(tmp_path / "workspace")),
                      runner=TaskRunner(synchronous=True))
    qtbot.addWidget(main)
    main.show()
    main.activateWindow()
    folder = session.case.folder
    session.case.close()
    assert main.open_case(folder)
    qtbot.waitUntil(lambda: main.editor is not None and main.editor.state.recording is not None,
                    timeout=20000)
    yield main
    main.close()


def _case(window: MainWindow) -> Case:
    assert window.session is not None
    return window.session.case


def _suggest(window: MainWindow, recording: Recording) -> list[int]:
    """Store two suggestions as an analysis would; their ids in time order."""
    stored = suggestions.replace_suggestions(_case(window), recording.id, FOUND)
    return [item.id for item in stored]


def _press(window: MainWindow, qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = NONE
           ) -> None:
    assert window.editor is not None
    window.editor.viewer.setFocus()
    qtbot.keyClick(window.editor.viewer, key, modifier)


def test_the_lane_shows_the_stored_suggestions_with_their_reasons(
        window: MainWindow, recording: Recording, qtbot: QtBot) -> None:
    assert window.editor is not None
    tracks = window.editor.timeline.tracks
    first, second = _suggest(window, recording)
    assert [mark.id for mark in tracks.suggestions] == [first, second]
    assert "suggestions" in tracks.shown()
    table = window.editor.state.table
    assert table is not None
    assert tracks.suggestions[0].first == table.index_at(1.0)
    assert tracks.suggestions[0].reasons == FOUND[0].reasons
    timeline = window.editor.timeline
    mark = timeline.lanes().extra["suggestions"]
    where = QPointF(timeline.x_of_frame(tracks.suggestions[0].first) + 2, mark.center().y())
    assert FOUND[0].reasons[0] in lane_tooltip(timeline.scene(), tracks, table, where)
    qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=where.toPoint())
    assert window.editor.state.selection == Selection("suggestion", first)
    assert window.editor.state.frame == tracks.suggestions[0].first


def test_n_and_shift_n_select_the_next_and_previous_suggestion(
        window: MainWindow, recording: Recording, qtbot: QtBot) -> None:
    assert window.editor is not None
    state = window.editor.state
    first, second = _suggest(window, recording)
    starts = {s.id: s.start_frame for s in suggestions.list_suggestions(_case(window),
                                                                        recording.id)}
    _press(window, qtbot, Qt.Key.Key_N)
    assert state.selection == Selection("suggestion", first) and state.frame == starts[first]
    _press(window, qtbot, Qt.Key.Key_N)
    assert state.selection == Selection("suggestion", second) and state.frame == starts[second]
    _press(window, qtbot, Qt.Key.Key_N)  # none after the last: it stays
    assert state.selection == Selection("suggestion", second)
    _press(window, qtbot, Qt.Key.Key_N, SHIFT)
    assert state.selection == Selection("suggestion", first) and state.frame == starts[first]
    # the inspector, lists and navigator ignore a selected suggestion
    assert window.editor.inspector.kind == ""
    assert not window.editor.lists["moments"].view.selectionModel().selectedRows()


def test_a_principle_key_makes_the_suggestion_a_moment_and_undo_takes_it_back(
        window: MainWindow, recording: Recording, qtbot: QtBot) -> None:
    assert window.editor is not None and window.session is not None
    case, state = _case(window), window.editor.state
    first, _second = _suggest(window, recording)
    _press(window, qtbot, Qt.Key.Key_N)
    letter = next(item.hotkey for group in case.scheme.groups if group.code == "receiving"
                  for item in group.items if item.code == "receiving.eye-contact")
    _press(window, qtbot, Qt.Key.Key_3)
    qtbot.keyClicks(window.editor.viewer, letter)
    made = moments.list_moments(case, recording.id)
    stored = suggestions.get_suggestion(case, first)
    assert [(m.frame, m.end_frame, m.principles) for m in made] == [
        (stored.start_frame, stored.end_frame, ("receiving.eye-contact",))]
    assert stored.state == "tagged"
    assert state.selection == Selection("moment", made[0].id)
    assert [mark.id for mark in window.editor.timeline.tracks.suggestions] == [_second]
    window.session.undo()
    assert moments.list_moments(case, recording.id) == []
    assert suggestions.get_suggestion(case, first).state == "open"
    assert first in [mark.id for mark in window.editor.timeline.tracks.suggestions]


def test_delete_dismisses_the_selected_suggestion(
        window: MainWindow, recording: Recording, qtbot: QtBot) -> None:
    assert window.editor is not None and window.session is not None
    case = _case(window)
    first, second = _suggest(window, recording)
    _press(window, qtbot, Qt.Key.Key_N)
    _press(window, qtbot, Qt.Key.Key_Delete)
    assert suggestions.get_suggestion(case, first).state == "dismissed"
    assert window.editor.state.selection is None
    assert [mark.id for mark in window.editor.timeline.tracks.suggestions] == [second]
    assert moments.list_moments(case, recording.id) == []
    window.session.undo()
    assert suggestions.get_suggestion(case, first).state == "open"


def test_switching_suggestions_off_in_settings_hides_them_and_the_keys(
        window: MainWindow, recording: Recording, qtbot: QtBot, tmp_path: Path) -> None:
    assert window.editor is not None
    editor = window.editor
    _suggest(window, recording)
    dialog = open_settings(window)
    dialog.suggest.setChecked(False)
    assert dialog.save(tmp_path / "config")
    assert window.settings.suggest_moments is False
    assert "suggestions" not in editor.timeline.tracks.shown()
    assert editor.timeline.tracks.suggestions == []
    frame = editor.state.frame
    _press(window, qtbot, Qt.Key.Key_N)
    assert editor.state.selection is None and editor.state.frame == frame
    dialog = open_settings(window)
    dialog.suggest.setChecked(True)
    assert dialog.save(tmp_path / "config")
    assert "suggestions" in editor.timeline.tracks.shown()


def test_a_suggestion_a_new_analysis_dropped_is_not_tagged_and_it_says_so(
        window: MainWindow, recording: Recording, qtbot: QtBot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    assert window.editor is not None
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: shown.append(text))
    case = _case(window)
    _suggest(window, recording)
    _press(window, qtbot, Qt.Key.Key_N)
    suggestions.replace_suggestions(case, recording.id, [])  # a new analysis found none
    _press(window, qtbot, Qt.Key.Key_3)
    qtbot.keyClicks(window.editor.viewer, "r")
    assert moments.list_moments(case, recording.id) == []
    assert window.editor.state.selection is None
    assert "no longer there" in window.statusBar().currentMessage()
    assert shown == []
