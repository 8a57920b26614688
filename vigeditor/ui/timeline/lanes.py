"""The analysis lanes' data, kept in frames: waveform, voices, faces and suggested moments.

:class:`LaneTracks` holds what the analysis found for the recording on screen
(:class:`LaneResults`, handed over by the editor's analysis worker) and turns its seconds into
exact frame indices through the recording's frame table (``FrameTable.index_at``, never a
nominal rate), once per table. Suggestions are read from the case
(:mod:`vigeditor.project.suggestions`: the open ones) and read again on every change event
of kind "suggestion". ``changed`` says that the lanes shown, or what they hold, changed. Results for
another recording than the one shown are dropped (the house rule for late work).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QObject, Signal

from vigeditor.analysis.faces_run import FacesAnalysis
from vigeditor.analysis.run import SoundAnalysis
from vigeditor.media.frame_table import FrameTable
from vigeditor.project import suggestions
from vigeditor.project.events import CaseChanged
from vigeditor.project.model import Recording, SuggestedMoment
from vigeditor.ui.editor_state import EditorState
from vigeditor.ui.session import CaseSession

VOICES = ("adult", "child", "unclear")


@dataclass(frozen=True)
class LaneResults:
    """What the analysis found for recording ``recording_id`` so far (None: not yet)."""

    recording_id: int
    sound: SoundAnalysis | None = None
    faces: FacesAnalysis | None = None


@dataclass(frozen=True)
class Runs:
    """Stretches of frames: ``first`` and ``end`` (exclusive) frame indices, and a ``kind``
    per stretch (a voice's index in :data:`VOICES`, or a faces level 0/1/2)."""

    first: np.ndarray
    end: np.ndarray
    kind: np.ndarray
    flag: np.ndarray  # faces: turned towards each other; voices: unused (False)

    @classmethod
    def empty(cls) -> Runs:
        nothing = np.zeros(0, np.int64)
        return cls(nothing, nothing, nothing, np.zeros(0, bool))

    def visible(self, first: int, last: int) -> np.ndarray:
        """Indices of the stretches with any frame in ``first`` … ``last``."""
        return np.flatnonzero((self.end > first) & (self.first <= last))

    def at(self, frame: int) -> int | None:
        """The index of the stretch holding ``frame`` (None: none does)."""
        found = np.flatnonzero((self.first <= frame) & (self.end > frame))
        return int(found[0]) if len(found) else None


@dataclass(frozen=True)
class SuggestionMark:
    """One suggestion as the lane draws it: frames ``first`` … ``last`` and its reasons."""

    id: int
    first: int
    last: int
    reasons: tuple[str, ...]


def frame_times(table: FrameTable) -> np.ndarray:
    """Seconds at each frame's start, and the end of the last frame (``len(table) + 1``)."""
    relative = (table.pts - table.pts[0]).astype(np.float64) * float(table.time_base)
    return np.append(relative, table.duration)


def _end_frame(table: FrameTable, seconds: float) -> int:
    """The frame after the one on screen just before ``seconds`` (an exclusive end)."""
    return table.index_at(max(0.0, seconds - 1e-6)) + 1


def voice_runs(sound: SoundAnalysis, table: FrameTable) -> Runs:
    """The voice segments as stretches of frames, kind = index in :data:`VOICES`."""
    segments = [s for s in sound.voices if s.end > s.start]
    if not segments:
        return Runs.empty()
    first = np.array([table.index_at(max(0.0, s.start)) for s in segments], np.int64)
    end = np.array([_end_frame(table, s.end) for s in segments], np.int64)
    kind = np.array([VOICES.index(s.voice) if s.voice in VOICES else 2 for s in segments],
                    np.int64)
    return Runs(first, np.maximum(end, first + 1), kind, np.zeros(len(segments), bool))


def face_runs(faces: FacesAnalysis, table: FrameTable) -> Runs:
    """The samples as stretches of frames with the same level (0, 1, 2 = two or more faces)
    and facing; a sample holds until the next one (the last for one sampling step)."""
    samples = faces.samples
    if not samples:
        return Runs.empty()
    starts = [s.frame for s in samples]
    step = 1.0 / faces.rate if faces.rate > 0 else 0.25
    ends = [*starts[1:], _end_frame(table, samples[-1].time + step)]
    first, end, kind, flag = [], [], [], []
    for start, stop, sample in zip(starts, ends, samples, strict=True):
        level, facing = min(sample.count, 2), bool(sample.facing)
        if kind and kind[-1] == level and flag[-1] == facing and end[-1] == start:
            end[-1] = stop
            continue
        first.append(start)
        end.append(max(stop, start + 1))
        kind.append(level)
        flag.append(facing)
    return Runs(np.array(first, np.int64), np.array(end, np.int64),
                np.array(kind, np.int64), np.array(flag, bool))


class LaneTracks(QObject):
    """The lanes' data for the recording on screen (see the module docstring)."""

    changed = Signal()

    def __init__(self, session: CaseSession, state: EditorState,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session, self.state = session, state
        self.results: LaneResults | None = None
        self.suggestions_on = True
        self.times = np.zeros(1)
        self.voices = Runs.empty()
        self.faces = Runs.empty()
        self.suggestions: list[SuggestionMark] = []
        self._table: FrameTable | None = None
        session.changed.connect(self._on_case_changed)
        state.recording_changed.connect(self._on_recording_changed)
        state.table_changed.connect(lambda _table: self._rebuild())

    @property
    def sound(self) -> SoundAnalysis | None:
        return self.results.sound if self.results is not None else None

    def shown(self) -> tuple[str, ...]:
        """The lanes to draw, top to bottom: those whose analysis is there."""
        names: list[str] = []
        if self.sound is not None:
            names += ["wave", "voices"]
        if self.results is not None and self.results.faces is not None:
            names.append("faces")
        if self.suggestions_on and (self.suggestions or self.sound is not None):
            names.append("suggestions")
        return tuple(names)

    def set_results(self, results: LaneResults) -> None:
        """The analysis of a recording; dropped unless it is the one on screen."""
        recording = self.state.recording
        if recording is None or results.recording_id != recording.id:
            return
        self.results = results
        self._rebuild()

    def set_suggestions_shown(self, shown: bool) -> None:
        """Suggestions switched on or off (Settings)."""
        if shown != self.suggestions_on:
            self.suggestions_on = shown
            self._load_suggestions()
            self.changed.emit()

    def _on_recording_changed(self, _recording: Recording | None) -> None:
        self.results = None
        self._rebuild()

    def _on_case_changed(self, event: CaseChanged) -> None:
        if "suggestion" in event.kinds:
            self._load_suggestions()
            self.changed.emit()

    def _rebuild(self) -> None:
        """Seconds to frames again (another recording, table or result)."""
        table = self.state.table
        self._table = table
        self.times = frame_times(table) if table is not None and len(table) else np.zeros(1)
        sound = self.sound
        faces = self.results.faces if self.results is not None else None
        self.voices = voice_runs(sound, table) if sound is not None and table else Runs.empty()
        self.faces = face_runs(faces, table) if faces is not None and table else Runs.empty()
        self._load_suggestions()
        self.changed.emit()

    def _load_suggestions(self) -> None:
        """The recording's open suggestions, read from the case (when switched on)."""
        recording, table = self.state.recording, self.state.table
        self.suggestions = []
        if not self.suggestions_on or recording is None or table is None or not len(table):
            return
        found: list[SuggestedMoment] = self.session.run(
            suggestions.list_suggestions, self.session.case, recording.id) or []
        last = len(table) - 1
        for item in found:
            first = max(0, min(item.start_frame, last))
            self.suggestions.append(SuggestionMark(
                item.id, first, max(first, min(item.end_frame, last)), item.reasons))

    def suggestion(self, suggestion_id: int) -> SuggestionMark | None:
        return next((s for s in self.suggestions if s.id == suggestion_id), None)


__all__ = ["VOICES", "LaneResults", "LaneTracks", "Runs", "SuggestionMark", "face_runs",
           "frame_times", "voice_runs"]
