"""What the guider is looking at: the recording, the current frame, in/out marks, selection.

One ``EditorState`` per main window. Views read it and change it through its setters; every
change is announced by a signal, so views never call each other. Positions are frame
indices into the recording's frame table.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from vigeditor.media.frame_table import FrameTable
from vigeditor.project.model import Recording


@dataclass(frozen=True)
class Selection:
    """The selected moment, clip or still (``kind`` is "moment", "clip" or "still")."""

    kind: str
    id: int


class EditorState(QObject):
    """The editor's current recording, frame, marks, selection and principle filter."""

    recording_changed = Signal(object)  # Recording | None
    table_changed = Signal(object)  # FrameTable: the same recording, its frames renumbered
    frame_changed = Signal(int)
    marks_changed = Signal(object, object)  # in frame | None, out frame | None
    selection_changed = Signal(object)  # Selection | None
    filter_changed = Signal(str)  # principle code or group code; "" shows everything
    playing_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.recording: Recording | None = None
        self.table: FrameTable | None = None
        self.frame = 0
        self.mark_in: int | None = None
        self.mark_out: int | None = None
        self.selection: Selection | None = None
        self.principle_filter = ""
        self.playing = False

    @property
    def frame_count(self) -> int:
        return len(self.table) if self.table is not None else 0

    def time_of(self, index: int) -> float:
        """Seconds from the first frame to frame ``index`` (0 without a recording)."""
        if self.table is None or not 0 <= index < len(self.table):
            return 0.0
        return self.table.time(index)

    def set_recording(self, recording: Recording | None, table: FrameTable | None) -> None:
        """Show ``recording`` (with its frame ``table``) from frame 0, no marks, nothing
        selected; ``recording_changed`` comes first, then the marks, selection and frame as
        they stand after its slots ran."""
        self.recording, self.table = recording, table
        self.frame = 0
        self.mark_in = self.mark_out = None
        had_selection, self.selection = self.selection is not None, None
        self.recording_changed.emit(recording)
        # a view may already have moved on in its recording_changed slot (the Case tree
        # selects the clip it was asked for and goes to its frame): say what holds now
        self.marks_changed.emit(self.mark_in, self.mark_out)
        if had_selection and self.selection is None:
            self.selection_changed.emit(None)
        self.frame_changed.emit(self.frame)

    def set_table(self, table: FrameTable) -> None:
        """The open recording's corrected frame table (e.g. after a full check): the frame
        and marks are kept where they still exist and clamped otherwise; ``table_changed``
        is followed by ``frame_changed`` (the frame's time may have changed)."""
        self.table = table
        last = max(0, len(table) - 1)
        self.frame = min(self.frame, last)
        marks = (self.mark_in, self.mark_out)
        self.mark_in, self.mark_out = (None if mark is None else min(mark, last)
                                       for mark in marks)
        self.table_changed.emit(table)
        if (self.mark_in, self.mark_out) != marks:
            self.marks_changed.emit(self.mark_in, self.mark_out)
        self.frame_changed.emit(self.frame)

    def set_frame(self, index: int) -> None:
        """Go to frame ``index`` (clamped to the recording)."""
        if self.table is None:
            return
        index = max(0, min(int(index), len(self.table) - 1))
        if index != self.frame:
            self.frame = index
            self.frame_changed.emit(index)

    def step(self, frames: int) -> None:
        self.set_frame(self.frame + frames)

    def set_marks(self, mark_in: int | None, mark_out: int | None) -> None:
        self.mark_in, self.mark_out = mark_in, mark_out
        self.marks_changed.emit(mark_in, mark_out)

    def set_selection(self, selection: Selection | None) -> None:
        if selection != self.selection:
            self.selection = selection
            self.selection_changed.emit(selection)

    def set_filter(self, code: str) -> None:
        if code != self.principle_filter:
            self.principle_filter = code
            self.filter_changed.emit(code)

    def set_playing(self, playing: bool) -> None:
        if playing != self.playing:
            self.playing = playing
            self.playing_changed.emit(playing)
