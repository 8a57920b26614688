"""The analysis lanes on the timeline: waveform, voices, faces; the background analysis.

Real widgets offscreen on a real case with real imported films (tests/ui/conftest); the
analysis runs for real (in the isolated child) through a synchronous task runner, or is held
by a runner that runs its tasks only when the test says so (no timing).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PySide6.QtCore import QPointF
from pytestqt.qtbot import QtBot

from vigeditor.analysis.faces_run import FaceSample, FacesAnalysis
from vigeditor.analysis.peaks import build_pyramid
from vigeditor.analysis.run import SoundAnalysis
from vigeditor.analysis.voices import VoiceSegment
from vigeditor.project.importing import import_recording
from vigeditor.project.model import Recording
from vigeditor.project.settings import Settings
from vigeditor.ui.editor.analysis_keeper import AnalysisKeeper
from vigeditor.ui.editor_state import EditorState
from vigeditor.ui.main_window import MainWindow
from vigeditor.ui.session import CaseSession
from vigeditor.ui.tasks import Task, TaskRunner
from vigeditor.ui.timeline.lane_hits import lane_tooltip
from vigeditor.ui.timeline.lanes import LaneResults
from vigeditor.ui.timeline.paint_lanes import column_peaks
from vigeditor.ui.timeline.view import Timeline

RATE = 16000


@pytest.fixture
def timeline(session: CaseSession, state: EditorState, qtbot: QtBot) -> Iterator[Timeline]:
    widget = Timeline(session, state)
    qtbot.addWidget(widget)
    widget.resize(960, 260)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget


def made_results(recording_id: int, seconds: float = 4.0) -> LaneResults:
    """A hand-made analysis: a burst of sound at 1-2 s, an adult then a child voice, and
    faces (none, one, two facing each other)."""
    samples = np.zeros(int(seconds * RATE), np.float32)
    samples[RATE:2 * RATE] = 0.8 * (-1.0) ** np.arange(RATE)  # loud at every instant
    voices = (VoiceSegment(1.0, 1.6, "adult", 120.0), VoiceSegment(1.8, 2.4, "child", 320.0),
              VoiceSegment(3.0, 3.3, "unclear", None))
    sound = SoundAnalysis(seconds, build_pyramid(samples, RATE), (), voices, ())
    faces = FacesAnalysis(4.0, 480, "yunet", tuple(
        FaceSample(step / 4, round(step / 4 * 30), count, count == 2, ())
        for step, count in enumerate([0] * 4 + [1] * 4 + [2] * 8)))
    return LaneResults(recording_id, sound, faces)


def test_no_lanes_before_the_analysis_and_all_after_it(
        timeline: Timeline, recording: Recording) -> None:
    plain = timeline.lanes()
    assert plain.extra == {}
    timeline.set_lanes(made_results(recording.id))
    lanes = timeline.lanes()
    assert list(lanes.extra) == ["wave", "voices", "faces", "suggestions"]
    assert lanes.strip.height() < plain.strip.height()  # the strip made room
    assert lanes.moments.top() == lanes.extra["suggestions"].bottom()


def test_voices_and_faces_are_exact_frames_of_the_frame_table(
        timeline: Timeline, recording: Recording, state: EditorState) -> None:
    timeline.set_lanes(made_results(recording.id))
    table = state.table
    assert table is not None
    voices = timeline.tracks.voices
    assert voices.first.tolist() == [table.index_at(1.0), table.index_at(1.8),
                                     table.index_at(3.0)]
    assert voices.kind.tolist() == [0, 1, 2]
    faces = timeline.tracks.faces
    assert faces.kind.tolist() == [0, 1, 2]
    assert faces.flag.tolist() == [False, False, True]
    assert faces.first.tolist() == [0, 30, 60]


def test_the_waveform_shows_the_peaks_per_pixel_down_to_single_frames(
        timeline: Timeline, recording: Recording, qtbot: QtBot) -> None:
    results = made_results(recording.id)
    timeline.set_lanes(results)
    assert results.sound is not None
    for zoom in (timeline.zoom_to_fit, timeline.zoom_to_frames):
        zoom()
        view, times = timeline.view, timeline.tracks.times
        low, high = column_peaks(results.sound.peaks, view, times, int(view.width))
        for x in range(0, int(view.width), 37):
            frame = view.frame_at(x + 0.5)
            inside = times[frame] >= 1.0 and times[frame + 1] <= 2.0
            silent = times[frame + 1] <= 1.0 or times[frame] >= 2.0
            if inside:
                assert high[x] > 0.5 and low[x] < -0.5
            elif silent:
                assert high[x] == 0 and low[x] == 0
    timeline.scroll_to(30)  # frame 30 = 1.0 s at the left edge: sound from the first pixel
    image = timeline.grab().toImage()
    wave = timeline.lanes().extra["wave"]
    column = [image.pixelColor(110, round(y)).lightness()
              for y in np.linspace(wave.center().y() - 8, wave.center().y() + 8, 9)]
    assert max(column) - min(column) < 10  # one solid column of wave ...
    timeline.scroll_to(75)  # ... and silence at 2.5 s: only the background
    image = timeline.grab().toImage()
    middle = image.pixelColor(110, round(wave.center().y()) - 5).lightness()
    edge = image.pixelColor(110, round(wave.top() + 3)).lightness()
    assert middle == edge


def test_tooltips_say_which_voice_and_how_many_faces(
        timeline: Timeline, recording: Recording) -> None:
    timeline.set_lanes(made_results(recording.id))
    scene = timeline.scene()
    lanes = scene.lanes.extra

    def words(frame: int, lane: str) -> str:
        x = timeline.x_of_frame(frame) + 0.5
        return lane_tooltip(scene, timeline.tracks, scene.table,
                            QPointF(x, lanes[lane].center().y()))

    assert words(33, "voices").startswith("Adult voice")
    assert words(57, "voices").startswith("Child voice")
    assert words(5, "voices") == "No speech here"
    assert words(40, "faces") == "One face"
    assert words(70, "faces") == "Two or more faces, turned towards each other"


def test_a_result_for_another_recording_is_dropped(
        timeline: Timeline, recording: Recording) -> None:
    timeline.set_lanes(made_results(recording.id + 1))
    assert timeline.tracks.shown() == ()


class HeldRunner(TaskRunner):
    """Keeps every task until :meth:`release` runs it (as a worker finishing late would)."""

    def __init__(self) -> None:
        super().__init__(synchronous=True)
        self.held: list[Callable[[], None]] = []

    def start(self, label: str, work: Any, *args: Any, **callbacks: Any) -> Task:
        runner = TaskRunner(synchronous=True)
        task = Task(label)
        self.tasks.append(task)
        self.callbacks = callbacks
        self.held.append(lambda: runner.start(label, work, *args, **callbacks))
        return task

    def release(self) -> None:
        waiting, self.held = self.held, []
        for run in waiting:
            run()


def test_a_late_analysis_of_a_recording_left_is_dropped(
        session: CaseSession, state: EditorState, recording: Recording, timeline: Timeline,
        portrait: Path) -> None:
    other = import_recording(session.case, portrait, cycle=1).recording
    runner = HeldRunner()
    keeper = AnalysisKeeper(session, state, runner, Settings(suggest_moments=False))
    keeper.ready.connect(timeline.set_lanes)
    keeper.start(recording.id)  # the first recording's analysis is on its way ...
    keeper.leave()  # ... when the guider opens the other one
    state.set_recording(other, session.case.frame_table(other.id))
    keeper.start(other.id)
    late, runner.held = runner.held[:1], runner.held[1:]
    for run in late:
        run()  # the first recording's sound analysis arrives late: dropped
    assert timeline.tracks.shown() == () and keeper.results is None
    runner.release()
    assert keeper.results is not None and keeper.results.recording_id == other.id
    assert "wave" in timeline.tracks.shown()


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    main = MainWindow(Settings(workspace=str(tmp_path / "workspace")),
                      runner=TaskRunner(synchronous=True))
    qtbot.addWidget(main)
    main.show()
    yield main
    main.close()


def test_lanes_appear_after_the_analysis_that_opening_starts(
        window: MainWindow, session: CaseSession, recording: Recording, qtbot: QtBot) -> None:
    folder = session.case.folder
    session.case.close()
    assert window.open_case(folder)
    editor = window.editor
    assert editor is not None
    qtbot.waitUntil(lambda: editor.state.recording is not None, timeout=20000)
    shown = editor.timeline.tracks.shown()
    assert shown[:3] == ("wave", "voices", "faces")
    assert not editor.analysis.running and editor.analysis.note.note == ""
    assert any(path.name.startswith("sound-") for path in session.case.cache_dir.iterdir())


def test_progress_shows_in_the_status_bar_and_stop_stops(
        session: CaseSession, state: EditorState, recording: Recording,
        timeline: Timeline) -> None:
    runner = HeldRunner()
    keeper = AnalysisKeeper(session, state, runner, Settings())
    keeper.ready.connect(timeline.set_lanes)
    keeper.start(recording.id)
    task, callbacks = runner.tasks[-1], runner.callbacks
    callbacks["on_progress"](500, 1000)  # what the worker reports, in the GUI thread
    assert keeper.note.note == "Listening to visit.mp4… 50%" and keeper.running
    keeper.note.stop.click()
    assert task.cancel_event.is_set() and keeper.note.note == "" and not keeper.running
    callbacks["on_progress"](600, 1000)  # late news of the stopped analysis: dropped
    runner.release()  # ... and its result
    assert keeper.note.note == "" and timeline.tracks.shown() == ()


def test_switching_suggestions_off_stops_the_faces_analysis(
        session: CaseSession, state: EditorState, recording: Recording,
        timeline: Timeline) -> None:
    runner = HeldRunner()
    settings = Settings()
    keeper = AnalysisKeeper(session, state, runner, settings)
    keeper.ready.connect(timeline.set_lanes)
    keeper.start(recording.id)
    runner.release()  # the sound is done: its lanes show, the faces are on their way
    assert timeline.tracks.shown()[:2] == ("wave", "voices") and keeper.running
    faces_task = runner.tasks[-1]
    settings.suggest_moments = False
    keeper.apply_settings()
    assert faces_task.cancel_event.is_set() and not keeper.running
