"""The editor shows each stage of the analysis as it is done: the faces lane and the
suggestions after the quick keyframes pass, then refined by the full one; news of a
recording no longer shown is dropped. The analysis runs for real through a synchronous task
runner; the stages' queued signals are delivered by processing events (no timing)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from tests.ui.test_timeline_lanes import HeldRunner, made_results
from vigeditor.analysis.faces_run import FacesAnalysis
from vigeditor.project.importing import import_recording
from vigeditor.project.model import Recording
from vigeditor.project.settings import Settings
from vigeditor.project.suggestions import list_suggestions
from vigeditor.ui.editor import analysis_keeper
from vigeditor.ui.editor.analysis_keeper import AnalysisKeeper
from vigeditor.ui.editor_state import EditorState
from vigeditor.ui.session import CaseSession
from vigeditor.ui.tasks import TaskRunner
from vigeditor.ui.timeline.lanes import LaneResults
from vigeditor.ui.timeline.view import Timeline


@pytest.fixture
def timeline(session: CaseSession, state: EditorState, qtbot: QtBot) -> Iterator[Timeline]:
    widget = Timeline(session, state)
    qtbot.addWidget(widget)
    widget.resize(960, 260)
    yield widget


def _pass(faces: FacesAnalysis | None) -> str | None:
    return faces.pass_ if faces is not None else None


def test_the_lanes_show_the_keyframes_pass_before_the_full_one(
        session: CaseSession, state: EditorState, recording: Recording, timeline: Timeline,
        monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[tuple[str, tuple[str, ...], str | None, int, int]] = []
    real = analysis_keeper.analyse_for_case

    def watched(*args: Any, on_stage: Any, **kwargs: Any) -> object:
        def hook(stage: str) -> None:
            on_stage(stage)  # the keeper's: queued to the GUI thread ...
            QCoreApplication.processEvents()  # ... delivered here (the runner is inline)
            tracks = timeline.tracks
            faces = tracks.results.faces if tracks.results is not None else None
            stored = list_suggestions(session.case, recording.id)
            seen.append((stage, tracks.shown(), _pass(faces), len(tracks.suggestions),
                         len(stored)))
        return real(*args, on_stage=hook, **kwargs)

    monkeypatch.setattr(analysis_keeper, "analyse_for_case", watched)
    keeper = AnalysisKeeper(session, state, TaskRunner(synchronous=True), Settings())
    keeper.ready.connect(timeline.set_lanes)
    keeper.start(recording.id)
    assert [stage for stage, *_rest in seen] == ["sound", "faces-keyframes", "faces"]
    _stage, shown, pass_, lane, stored = seen[1]
    assert shown[:4] == ("wave", "voices", "faces", "suggestions")
    assert pass_ == "keyframes" and lane == stored  # the suggestions lane reads them again
    assert seen[2][2] == "full"
    QCoreApplication.processEvents()  # late news of the earlier stages changes nothing
    assert keeper.results is not None and _pass(keeper.results.faces) == "full"
    assert _pass(timeline.tracks.results.faces) == "full"  # type: ignore[union-attr]


def test_a_stage_of_a_recording_no_longer_shown_is_dropped(
        session: CaseSession, state: EditorState, recording: Recording, timeline: Timeline,
        portrait: Path) -> None:
    runner = HeldRunner()  # the analyses started stay on their way
    keeper = AnalysisKeeper(session, state, runner, Settings())
    keeper.ready.connect(timeline.set_lanes)
    keeper.start(recording.id)
    keeper.leave()  # the guider opens another recording
    other = import_recording(session.case, portrait, cycle=1).recording
    state.set_recording(other, session.case.frame_table(other.id))
    keeper.start(other.id)
    keeper._staged.emit(recording.id, "faces-keyframes", made_results(recording.id))
    QCoreApplication.processEvents()
    assert keeper.results is None and timeline.tracks.shown() == ()
    shown = made_results(other.id)
    keeper._staged.emit(other.id, "faces", shown)
    QCoreApplication.processEvents()
    assert keeper.results is shown and "faces" in timeline.tracks.shown()
    assert shown.faces is not None
    first = LaneResults(other.id, shown.sound, FacesAnalysis(
        4.0, 480, "yunet", shown.faces.samples[::8], "keyframes"))
    keeper._staged.emit(other.id, "faces-keyframes", first)  # late: the full one shows
    QCoreApplication.processEvents()
    assert keeper.results is shown
    keeper.leave()  # stopped (or the case closed): its news no longer counts
    keeper._staged.emit(other.id, "faces", made_results(other.id))
    QCoreApplication.processEvents()
    assert keeper.results is shown
