"""Analysing the recording on screen in the background: sound, then faces and suggestions.

:class:`AnalysisKeeper` starts when a recording is opened (so also right after an import,
which opens it) and its analysis is not complete. It runs in two tasks on the app's
:class:`~vigeditor.ui.tasks.TaskRunner`, whose heavy part runs in the isolated child: first
the sound (waveform, speech, voices), whose lanes appear as soon as it is done; then, when
suggestions are switched on, the faces and the suggested moments
(:func:`vigeditor.project.analysis.analyse_for_case`): a quick first faces pass on keyframes,
whose faces lane and suggestions show as soon as it is done (its ``on_stage`` news comes to
the GUI thread through a queued signal), then the full pass that refines them. Every stage
is cached in the case's ``cache/``, so a stopped or interrupted analysis resumes where it
was, and a recording analysed before shows its lanes at once. Progress is a quiet line in
the status bar with a Stop button; leaving the recording or closing the case stops it too.
Every result and report carries its recording and is dropped when that is no longer the one
shown (the house rule); a stage's news is dropped too when the lanes shown already go
further. The analysis never holds the UI thread: stepping and playback go on meanwhile.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from vigeditor.analysis.faces_pass import best_faces
from vigeditor.analysis.run import analyse_recording, cached_analysis
from vigeditor.project.analysis import analyse_for_case
from vigeditor.project.case import Case
from vigeditor.project.settings import Settings
from vigeditor.ui.editor.tables import display_name
from vigeditor.ui.editor_state import EditorState
from vigeditor.ui.session import CaseSession
from vigeditor.ui.tasks import Progress, Task, TaskRunner, Work
from vigeditor.ui.timeline.lanes import LaneResults

_log = logging.getLogger("vigeditor.ui")
STEPS = 1000  # progress is reported in thousandths
StageNews = Callable[[int, str, LaneResults], None]  # (recording, stage, lanes from the cache)


def _tr(text: str) -> str:
    return QCoreApplication.translate("AnalysisKeeper", text)


def _place(case: Case, recording_id: int) -> tuple[Path, float]:
    """The recording's file and the container time of its first picture."""
    path = case.recording_path(case.row("recordings", recording_id))
    return path, case.frame_table(recording_id).source_time(0)


def sound_work(progress: Progress, cancel: threading.Event, case: Case,
               recording_id: int) -> LaneResults:
    """In a worker: the sound analysis (cached, or made in the isolated child)."""
    path, origin = _place(case, recording_id)
    sound = analyse_recording(path, case.cache_dir, origin, should_stop=cancel.is_set,
                              progress=lambda share: progress(round(share * STEPS), STEPS))
    return LaneResults(recording_id, sound, best_faces(path, case.cache_dir))


def faces_work(progress: Progress, cancel: threading.Event, case: Case,
               recording_id: int, on_stage: StageNews | None = None) -> LaneResults:
    """In a worker: faces and the suggested moments, stored in the case
    (:func:`~vigeditor.project.analysis.analyse_for_case`; the sound comes from the cache).
    ``on_stage`` hears, in the worker, of each stage done with the lanes as they now are."""
    path, origin = _place(case, recording_id)

    def report(share: float) -> None:
        progress(round(share * STEPS), STEPS)

    def lanes() -> LaneResults:
        return LaneResults(recording_id, cached_analysis(path, case.cache_dir, origin),
                           best_faces(path, case.cache_dir))

    def staged(stage: str) -> None:
        if on_stage is not None:
            on_stage(recording_id, stage, lanes())

    analyse_for_case(case, recording_id, progress=report, should_stop=cancel.is_set,
                     on_stage=staged)
    return lanes()


def _rank(results: LaneResults | None) -> int:
    """How far the lanes go: 0 no faces, 1 the keyframes pass, 2 the full faces."""
    faces = results.faces if results is not None else None
    return 0 if faces is None else 2 if faces.complete else 1


class AnalysisNote(QWidget):
    """A quiet line in the status bar while a recording is analysed, with a Stop button."""

    changed = Signal(str)  # what the note says now ("" when it is gone)
    stop_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("analysis-note")
        self.setAccessibleName(_tr("Background analysis"))
        self.label = QLabel(self)
        self.label.setToolTip(_tr(
            "vigeditor listens to the sound and looks for faces on this computer, to show "
            "voices, faces and suggested moments on the timeline. Nothing leaves the "
            "computer. You can keep working meanwhile."))
        self.label.setStyleSheet("color: palette(mid);")
        self.stop = QToolButton(self)
        self.stop.setText(_tr("Stop"))
        self.stop.setAccessibleName(_tr("Stop the analysis"))
        self.stop.clicked.connect(self.stop_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.stop)
        self.hide()

    @property
    def note(self) -> str:
        """What the note says ("" while hidden)."""
        return self.label.text() if not self.isHidden() else ""

    def show_progress(self, text: str) -> None:
        self.label.setText(text)
        self.show()
        self.changed.emit(text)

    def finish(self) -> None:
        if not self.isHidden():
            self.hide()
            self.label.clear()
            self.changed.emit("")


class AnalysisKeeper(QObject):
    """See the module docstring; ``ready`` carries :class:`LaneResults` for the timeline."""

    ready = Signal(object)  # LaneResults
    message = Signal(str)  # a plain status line (e.g. the analysis could not be finished)
    _staged = Signal(int, str, object)  # from the worker: recording, stage, LaneResults

    def __init__(self, session: CaseSession, state: EditorState, runner: TaskRunner,
                 settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session, self.state, self.runner, self.settings = session, state, runner, settings
        self.note = AnalysisNote()
        self.note.stop_requested.connect(self.leave)
        self.recording_id: int | None = None  # the recording being analysed
        self._task: Task | None = None
        self._stage = ""  # the running task's: "sound" or "faces"
        self.results: LaneResults | None = None  # the latest for the recording shown
        self._staged.connect(self._on_stage, Qt.ConnectionType.QueuedConnection)

    @property
    def running(self) -> bool:
        return self._task is not None

    def start(self, recording_id: int) -> None:
        """Analyse the recording just opened (its cached results come back at once)."""
        self.leave()
        self.recording_id = recording_id
        self._run("sound", sound_work, recording_id)

    def apply_settings(self) -> None:
        """Suggestions switched on: faces and suggestions for the recording shown; off: the
        faces analysis (only they need it) stops."""
        results, recording = self.results, self.state.recording
        if not self.settings.suggest_moments and self._stage == "faces":
            self.leave()
        elif self.settings.suggest_moments and recording is not None and \
                results is not None and _rank(results) < 2 and self._task is None:
            self.recording_id = recording.id
            self._run("faces", faces_work, recording.id, self._staged.emit)

    def leave(self) -> None:
        """Stop analysing (the recording is left, the case closed, or Stop was pressed)."""
        if self._task is not None:
            self._task.cancel()
            self._task, self._stage = None, ""
        self.recording_id = None
        self.note.finish()

    def _run(self, stage: str, work: Work, recording_id: int, *extra: object) -> None:
        task = self.runner.start(
            _tr("Analysing the recording"), work, self.session.case, recording_id, *extra,
            on_success=lambda results: self._done(stage, recording_id, results),
            on_failure=lambda message: self._failed(recording_id, message),
            on_progress=lambda done, total: self._progress(stage, recording_id, done, total))
        if task is not None and not task.done:  # (a synchronous runner has finished it)
            self._task, self._stage = task, stage

    def _wanted(self, recording_id: int) -> bool:
        recording = self.state.recording
        return recording_id == self.recording_id and recording is not None and \
            recording.id == recording_id

    def _progress(self, stage: str, recording_id: int, done: int, total: int) -> None:
        recording = self.state.recording
        if not self._wanted(recording_id) or total <= 0 or recording is None:
            return  # late news of a recording the guider left
        share = done / total
        text = (_tr("Listening to {name}… {percent}%") if stage == "sound"
                else _tr("Looking for faces in {name}… {percent}%"))
        self.note.show_progress(text.format(name=display_name(recording),
                                            percent=int(share * 100)))

    def _done(self, stage: str, recording_id: int, results: LaneResults) -> None:
        if not self._wanted(recording_id):
            return  # the guider left this recording meanwhile
        self._task, self._stage = None, ""
        self.results = results
        self.ready.emit(results)
        if stage == "sound" and self.settings.suggest_moments:
            self._run("faces", faces_work, recording_id, self._staged.emit)
            return
        self.note.finish()
        self.recording_id = None

    def _on_stage(self, recording_id: int, stage: str, results: LaneResults) -> None:
        """A stage of the faces analysis is done (in the GUI thread): its lanes show, unless
        the recording is no longer the one shown and analysed (left, stopped, the case
        closed) or newer lanes already are."""
        if not self._wanted(recording_id):
            return  # a stage of a recording the guider left, or of a stopped analysis
        current = self.results
        if current is not None and current.recording_id == recording_id and \
                _rank(results) < _rank(current):
            return  # late news: the lanes shown already go further
        _log.debug("analysis stage %s of recording %s shown", stage, recording_id)
        self.results = results
        self.ready.emit(results)

    def _failed(self, recording_id: int, message: str) -> None:
        if not self._wanted(recording_id):
            return  # stopped, or a recording no longer shown
        self._task, self._stage = None, ""
        self.recording_id = None
        self.note.finish()
        _log.warning("the analysis could not be finished: %s", message)
        self.message.emit(_tr("The analysis of this recording could not be finished: "
                              "{reason}").format(reason=message))


__all__ = ["AnalysisKeeper", "AnalysisNote", "faces_work", "sound_work"]
