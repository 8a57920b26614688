"""The editor's frame table: shown while it is built, confirmed in the background, corrected.

:class:`TableKeeper` keeps the editor state's table the one the frame worker serves. While a table
is built by reading every frame, it says how far that has come over the viewer (only for the
recording being opened; late reports of one the guider left are dropped). When the open recording's
table was read from its packets and is not yet confirmed, it checks it in the background
(:class:`~vigeditor.ui.editor.table_check.TableCheck`), stopped when the recording is left or the
case is closed. When the check finds the decoder numbers the frames otherwise, the frame worker is
switched to the corrected table; its ``served`` signal then brings the editor state (and so the
timeline, thumbnails and viewer) to it, and the guider is told when the frame count changed under
existing moments, clips or stills.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from vigeditor.media.frame_table import FrameTable
from vigeditor.media.info import MediaInfo
from vigeditor.project import clips, moments, recordings, stills
from vigeditor.project.errors import CaseError
from vigeditor.project.model import Recording
from vigeditor.ui.editor.frame_worker import FrameWorker
from vigeditor.ui.editor.progress_notes import CheckingNote, ReadingNote
from vigeditor.ui.editor.table_check import TableCheck, Verifier
from vigeditor.ui.editor_state import EditorState
from vigeditor.ui.session import CaseSession

_log = logging.getLogger("vigeditor.ui")


def same_numbering(one: FrameTable | None, other: FrameTable | None) -> bool:
    """True when two tables of a recording number its frames alike (method and length)."""
    if one is None or other is None:
        return one is other
    return one.method == other.method and len(one) == len(other)


def display_name(recording: Recording) -> str:
    return recording.title or recording.original_name or Path(recording.file).name


class TableKeeper(QObject):
    """See the module docstring. ``notice`` carries a plain sentence for the status bar."""

    notice = Signal(str)

    def __init__(self, session: CaseSession, state: EditorState, frames: FrameWorker,
                 viewer: QWidget, parent: QObject | None = None, *,
                 verify: Verifier | None = None) -> None:
        super().__init__(parent)
        self.session, self.state, self.frames = session, state, frames
        self.reading_note = ReadingNote(viewer)
        self.checking_note = CheckingNote()
        self.check = TableCheck(self, verify=verify)
        self._served: FrameTable | None = None  # what the frame worker serves
        self._told: set[int] = set()  # recordings whose renumbering the guider was told of
        frames.reading.connect(self._worker_reading)
        frames.served.connect(self._on_served)
        frames.opened.connect(lambda _info: self.reading_note.finish())
        frames.failed.connect(lambda _message: self.reading_note.finish())
        self.check.progressed.connect(self._checking)
        self.check.confirmed.connect(self._on_confirmed)
        self.check.failed.connect(self._check_failed)

    # -- reading (a table built by decoding, while the guider waits) ------------------------

    def reading(self, name: str, share: float) -> None:
        """The table of the recording being opened is ``share`` built (the caller drops
        reports of recordings no longer wanted)."""
        self.reading_note.show_progress(name, share)

    def reading_done(self) -> None:
        self.reading_note.finish()

    def _worker_reading(self, share: float) -> None:
        recording = self.state.recording
        path = self.frames.recording or ""
        self.reading(display_name(recording) if recording is not None else Path(path).name,
                     share)

    # -- the served table -----------------------------------------------------------------

    def _on_served(self, _info: MediaInfo, table: FrameTable) -> None:
        recording = self.state.recording
        self._served = table
        if recording is None:
            return
        old = self.state.table
        if not same_numbering(old, table):
            _log.info("%s: frames now numbered by the %s table (%d frames, was %s %d)",
                      recording.original_name, table.method, len(table),
                      getattr(old, "method", "no"), len(old) if old is not None else 0)
            self.state.set_table(table)
            if old is not None and len(old) != len(table):
                self._tell_renumbered(recording, len(old), len(table))
        self.resume()

    def _tell_renumbered(self, recording: Recording, old: int, new: int) -> None:
        if recording.id in self._told or not self._has_items(recording.id):
            return
        self._told.add(recording.id)
        self.notice.emit(self.tr(
            "The frame numbering of {name} was corrected after a full check ({count} frames, "
            "not {old}). Your moments, clips and stills were moved with their pictures.")
            .format(name=display_name(recording), count=new, old=old))

    def _has_items(self, recording_id: int) -> bool:
        case = self.session.case
        return bool(moments.list_moments(case, recording_id)
                    or clips.list_clips(case, recording_id)
                    or stills.list_stills(case, recording_id))

    # -- the background check ---------------------------------------------------------------

    def resume(self) -> None:
        """Check the shown recording's table in the background unless it is confirmed (or
        being checked already)."""
        recording, table = self.state.recording, self._served
        if recording is None or table is None or table.verified:
            self.leave()
            return
        if self.check.key != recording.id:
            self.check.start(recording.id, self.frames.recording or "",
                             self.session.case.frame_table_dir)

    def leave(self) -> None:
        """The shown recording is being left: stop checking it."""
        self.check.cancel()
        self.checking_note.finish()

    def forget_served(self) -> None:
        """Another recording will be served: nothing is known of its table yet."""
        self._served = None

    def close(self) -> None:
        self.leave()
        self.reading_note.finish()
        self.check.stop()

    def _checking(self, key: object, share: float) -> None:
        recording = self.state.recording
        if recording is not None and key == recording.id:
            self.checking_note.show_progress(display_name(recording), share)

    def _on_confirmed(self, key: object, info: MediaInfo, table: FrameTable) -> None:
        self.checking_note.finish()
        recording = self.state.recording
        if recording is None or key != recording.id:
            return
        if same_numbering(self._served, table):
            _log.info("%s: the full check confirmed its frame table (%d frames)",
                      recording.original_name, len(table))
            self._served = table  # confirmed: not to be checked again
            return
        _log.warning("%s: the full check corrected its frame table (%s %d -> %s %d frames)",
                     recording.original_name, getattr(self._served, "method", "no"),
                     len(self._served) if self._served is not None else 0, table.method,
                     len(table))
        self._adopt(recording, table)
        self.frames.replace_table(info, table)  # ``served`` follows, then the state

    def _adopt(self, recording: Recording, table: FrameTable) -> None:
        """The case takes the corrected count; moments, clips and stills move with their
        pictures (a project operation: the lists and the timeline follow its events)."""
        old = self._served
        if old is None:
            return
        try:
            moved = recordings.correct_frame_numbering(self.session.case, recording.id, old,
                                                       table)
        except CaseError as error:
            _log.warning("%s: the corrected frame numbering was not saved: %s",
                         recording.original_name, error)
            return
        _log.info("%s: %d positions moved to the corrected numbering",
                  recording.original_name, moved)

    def _check_failed(self, _key: object, message: str) -> None:
        self.checking_note.finish()
        _log.warning("the full check could not be finished: %s", message)


__all__ = ["TableKeeper", "display_name", "same_numbering"]
