"""The editor's keyboard actions that change the case: marks, clips, stills, moments, tags.

Each action reads the editor state and runs one project operation through the session (so it
is one undo step); none of them touches another view. C makes a clip from the in and out
marks when both are set, otherwise around the selected moment (or the moment under the
playhead), with that moment's principles and a suggested caption; S makes a still that
starts with the principles and a suggested caption of the moment at its frame, if any.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from vigeditor.project import clips, moments, phrases, stills
from vigeditor.project.errors import CaseError
from vigeditor.project.model import Clip, Moment
from vigeditor.project.settings import Settings
from vigeditor.ui.editor.suggestion_keys import SuggestionActions
from vigeditor.ui.editor_state import EditorState, Selection
from vigeditor.ui.session import CaseSession

TAG_TIMEOUT_MS = 2500


class EditingActions(QObject):
    """Marks, clips, stills, moments, deletion and the "number then letter" tagging keys."""

    message = Signal(str)  # a short status line for the guider

    def __init__(self, session: CaseSession, state: EditorState,
                 code_for_keys: Callable[[int, str | None], str | None],
                 tag_with: Callable[[str], object], parent: QObject | None = None, *,
                 settings: Settings | None = None) -> None:
        super().__init__(parent)
        self.session, self.state = session, state
        # the app's live settings (the clip span may change while the case is open): given,
        # else the parent's (the editor view's), else the defaults
        found = settings if settings is not None else getattr(parent, "settings", None)
        self.settings = found if isinstance(found, Settings) else Settings()
        self._code_for_keys, self._tag_with = code_for_keys, tag_with
        self.suggestions = SuggestionActions(session, state, self.settings, self)  # N, Shift+N
        self.suggestions.message.connect(self.message)
        self.pending_group: int | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TAG_TIMEOUT_MS)
        self._timer.timeout.connect(self.cancel_tag)

    @property
    def _recording_id(self) -> int | None:
        return self.state.recording.id if self.state.recording is not None else None

    # -- marks, clips, stills, moments ----------------------------------------------------

    def mark_in(self) -> None:
        """I: the in mark at this frame; with no marks set and a clip selected, that clip's
        in frame moves here instead (one undo step)."""
        if self._adjust_selected_clip("in_frame"):
            return
        out = self.state.mark_out
        self.state.set_marks(self.state.frame, out if out is not None and
                             out >= self.state.frame else None)
        self.message.emit(self.tr("In mark at frame {n}").replace("{n}", str(self.state.frame)))

    def mark_out(self) -> None:
        """O: the out mark at this frame; with no marks set and a clip selected, that clip's
        out frame moves here instead (one undo step)."""
        if self._adjust_selected_clip("out_frame"):
            return
        mark_in = self.state.mark_in
        self.state.set_marks(mark_in if mark_in is not None and mark_in <= self.state.frame
                             else None, self.state.frame)
        self.message.emit(self.tr("Out mark at frame {n}").replace("{n}", str(self.state.frame)))

    def _adjust_selected_clip(self, end: str) -> bool:
        """Move the selected clip's ``end`` ("in_frame" or "out_frame") to this frame, when
        no mark is set and a clip of this recording is selected; False when that is not so
        (the key then sets a mark)."""
        selection = self.state.selection
        if self.state.mark_in is not None or self.state.mark_out is not None or \
                selection is None or selection.kind != "clip":
            return False
        try:
            clip = clips.get_clip(self.session.case, selection.id)
        except CaseError:  # removed since it was selected (e.g. undone)
            return False
        if clip.recording_id != self._recording_id:
            return False
        frame = self.state.frame
        if (end == "in_frame" and frame > clip.out_frame) or \
                (end == "out_frame" and frame < clip.in_frame):
            self.message.emit(self.tr("A clip's in frame must come before its out frame: "
                                      "this clip runs from frame {a} to {b}.")
                              .replace("{a}", str(clip.in_frame))
                              .replace("{b}", str(clip.out_frame)))
            return True
        first = frame if end == "in_frame" else clip.in_frame
        last = frame if end == "out_frame" else clip.out_frame
        changes: dict[str, object] = {end: frame}
        if clip.key_frame is not None and not first <= clip.key_frame <= last:
            changes["key_frame"] = None  # the key frame would fall outside the clip
        if self.session.run(clips.update_clip, self.session.case, clip.id, **changes):
            self.message.emit((self.tr("Clip now starts at frame {n}") if end == "in_frame"
                               else self.tr("Clip now ends at frame {n}"))
                              .replace("{n}", str(frame)))
        return True

    def make_clip(self) -> None:
        """C: a clip from the in and out marks when both are set; otherwise a clip around
        the selected moment or the moment under the playhead. The new clip is selected."""
        recording, mark_in, mark_out = self._recording_id, self.state.mark_in, self.state.mark_out
        if recording is None:
            return
        if mark_in is None or mark_out is None:
            self.clip_from_moment()
            return
        clip = self.session.run(clips.add_clip, self.session.case, recording, mark_in, mark_out)
        if clip is not None:
            self.state.set_selection(Selection("clip", clip.id))
            self.message.emit(self.tr("Clip made: frames {a}–{b}").replace("{a}", str(mark_in))
                              .replace("{b}", str(mark_out)))

    def current_moment(self) -> Moment | None:
        """The selected moment, else the moment under the playhead (None when neither)."""
        if self._recording_id is None:
            return None
        selection = self.state.selection
        if selection is not None and selection.kind == "moment":
            try:
                found = moments.get_moment(self.session.case, selection.id)
            except CaseError:  # removed since it was selected (e.g. undone)
                found = None
            if found is not None and found.recording_id == self._recording_id:
                return found
        return self.session.run(clips.moment_at, self.session.case, self._recording_id,
                                self.state.frame)  # type: ignore[no-any-return]

    def clip_from_moment(self) -> None:
        """A clip around the current moment (the clip span setting), as one undo step."""
        moment = self.current_moment()
        if moment is None:
            self.message.emit(self.tr("Select a moment (or go to one), or set an in mark (I) "
                                      "and an out mark (O) first."))
            return
        same = self._same_clip(moment)
        if same is not None:  # C twice on one moment: the clip it made, not a copy of it
            self.state.set_selection(Selection("clip", same.id))
            self.message.emit(self.tr("This moment already has that clip; it is selected."))
            return
        clip = self.session.run(clips.clip_from_moment, self.session.case, moment.id,
                                self.settings.clip_span_seconds)
        if clip is not None:
            self.state.set_selection(Selection("clip", clip.id))
            self.message.emit(self.tr("Clip made around the moment: frames {a}–{b}")
                              .replace("{a}", str(clip.in_frame))
                              .replace("{b}", str(clip.out_frame)))

    def _same_clip(self, moment: Moment) -> Clip | None:
        """The clip of ``moment``'s recording with exactly the frames C would give it."""
        case = self.session.case
        table = case.frame_table(moment.recording_id)
        span = clips.moment_span(table, moment, self.settings.clip_span_seconds)
        return next((clip for clip in clips.list_clips(case, moment.recording_id)
                     if (clip.in_frame, clip.out_frame) == span), None)

    def make_still(self) -> None:
        """S: a still of this frame, with the principles and a suggested caption of the
        moment at this frame (if any)."""
        if self._recording_id is None:
            return
        case = self.session.case
        moment = self.session.run(clips.moment_at, case, self._recording_id, self.state.frame)
        principles = moment.principles if moment is not None else ()
        caption = self.session.run(phrases.suggested_caption, case, principles) or ""
        still = self.session.run(stills.add_still, case, self._recording_id, self.state.frame,
                                 caption=caption, principles=principles)
        if still is not None:
            self.state.set_selection(Selection("still", still.id))
            self.message.emit(self.tr("Still made of frame {n}").replace("{n}",
                                                                         str(still.frame)))

    def add_moment(self) -> None:
        if self._recording_id is None:
            return
        moment = self.session.run(moments.add_moment, self.session.case, self._recording_id,
                                  self.state.frame)
        if moment is not None:
            self.state.set_selection(Selection("moment", moment.id))

    def go_to_moment(self, direction: int) -> None:
        """Jump to the previous (-1) or next (+1) moment from the current frame."""
        if self._recording_id is None:
            return
        here = self.state.frame
        tagged = moments.list_moments(self.session.case, self._recording_id)
        nearer = [m for m in tagged if (m.frame < here if direction < 0 else m.frame > here)]
        if not nearer:
            return
        target = (max if direction < 0 else min)(m.frame for m in nearer)
        self.state.set_frame(target)
        first = next(m for m in tagged if m.frame == target)
        self.state.set_selection(Selection("moment", first.id))

    def delete_selected(self) -> None:
        selection = self.state.selection
        if selection is None or self.suggestions.dismiss():
            return
        remove = {"moment": moments.remove_moment, "clip": clips.remove_clip,
                  "still": stills.remove_still}[selection.kind]
        self.session.run(remove, self.session.case, selection.id)
        self.state.set_selection(None)

    # -- tagging: the group's number, then the item's letter -----------------------------

    def press_digit(self, digit: int) -> None:
        if self.pending_group == digit:
            self._finish(self._code_for_keys(digit, None))
            return
        code = self._code_for_keys(digit, None)
        if code is None:
            return
        self.pending_group = digit
        self._timer.start()
        self.message.emit(self.tr("Tag with {group}: press the item's letter, or {digit} again "
                                  "for the whole group (Esc cancels)")
                          .replace("{group}", self.session.case.scheme.label(code))
                          .replace("{digit}", str(digit)))

    def press_letter(self, letter: str) -> bool:
        """Complete a pending tag; False when no tag was pending (the key is not used)."""
        if self.pending_group is None:
            return False
        code = self._code_for_keys(self.pending_group, letter.lower())
        if code is None:
            self.message.emit(self.tr("No principle has the letter {letter} in this group.")
                              .replace("{letter}", letter.upper()))
            return True
        self._finish(code)
        return True

    def cancel_tag(self) -> None:
        if self.pending_group is not None:
            self.pending_group = None
            self.message.emit("")

    def _finish(self, code: str | None) -> None:
        self.pending_group = None
        self._timer.stop()
        if code is not None and self._recording_id is not None:
            if self.suggestions.tag(code):  # a selected suggestion becomes a moment
                return
            self._tag_with(code)
            self.message.emit(self.tr("Tagged frame {n}: {label}")
                              .replace("{n}", str(self.state.frame))
                              .replace("{label}", self.session.case.scheme.label(code)))
