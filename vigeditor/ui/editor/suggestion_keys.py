"""The keys for suggested moments: N and Shift+N go to them, a principle key tags one, Delete
dismisses it.

A suggestion is selected as ``Selection("suggestion", id)``; going to one selects it and puts
the viewer on its first frame. Tagging makes it a moment over its frames
(:func:`vigeditor.project.suggestions.tag_suggestion`) and dismissing closes it
(:func:`~vigeditor.project.suggestions.dismiss_suggestion`): each one project operation, so
one undo step. With suggestions switched off in Settings, none of this does anything.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from vigeditor.project import suggestions
from vigeditor.project.errors import CaseError
from vigeditor.project.settings import Settings
from vigeditor.ui.editor_state import EditorState, Selection
from vigeditor.ui.session import CaseSession


class SuggestionActions(QObject):
    """Going to, tagging and dismissing suggested moments (see the module docstring)."""

    message = Signal(str)  # a short status line for the guider

    def __init__(self, session: CaseSession, state: EditorState, settings: Settings,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session, self.state, self.settings = session, state, settings

    @property
    def selected(self) -> int | None:
        """The selected suggestion's id (None: none, or suggestions are switched off)."""
        selection = self.state.selection
        if selection is None or selection.kind != "suggestion" or \
                not self.settings.suggest_moments:
            return None
        return selection.id

    def _still_open(self, suggestion_id: int) -> bool:
        """True when the suggestion is still there and open; otherwise (a new analysis
        replaced it, or it was undone away) the selection is cleared and the guider told."""
        try:
            found = suggestions.get_suggestion(self.session.case, suggestion_id)
        except CaseError:
            found = None
        if found is not None and found.state == "open":
            return True
        self.state.set_selection(None)
        self.message.emit(self.tr("That suggestion is no longer there; press N for the next "
                                  "one."))
        return False

    def go(self, direction: int) -> None:
        """N (``direction`` 1) or Shift+N (-1): select the next or previous suggestion and
        go to its first frame."""
        recording = self.state.recording
        if recording is None:
            return
        if not self.settings.suggest_moments:
            self.message.emit(self.tr("Suggested moments are switched off in Settings."))
            return
        found = self.session.run(suggestions.next_suggestion, self.session.case,
                                 recording.id, self.state.frame, direction)
        if found is None:
            self.message.emit(self.tr("No more suggested moments after this frame.")
                              if direction > 0 else
                              self.tr("No more suggested moments before this frame."))
            return
        self.state.set_frame(found.start_frame)
        self.state.set_selection(Selection("suggestion", found.id))
        reason = found.reasons[0].rstrip(".") + ". " if found.reasons else ""
        self.message.emit(self.tr("Suggested: {reason}A principle key tags it; Delete "
                                  "dismisses it.").format(reason=reason))

    def tag(self, code: str) -> bool:
        """Tag the selected suggestion with ``code``: it becomes a moment, which is then
        selected. False when no suggestion is selected (the key tags the frame instead)."""
        chosen = self.selected
        if chosen is None:
            return False
        if not self._still_open(chosen):
            return True
        moment = self.session.run(suggestions.tag_suggestion, self.session.case, chosen,
                                  [code])
        if moment is not None:
            self.state.set_selection(Selection("moment", moment.id))
            self.message.emit(self.tr("The suggestion is now a moment: {label}").format(
                label=self.session.case.scheme.label(code)))
        return True

    def dismiss(self) -> bool:
        """Delete: dismiss the selected suggestion (Undo brings it back). False when no
        suggestion is selected."""
        chosen = self.selected
        if chosen is None:
            return False
        if not self._still_open(chosen):
            return True
        if self.session.run(suggestions.dismiss_suggestion, self.session.case, chosen):
            self.state.set_selection(None)
            self.message.emit(self.tr("Suggestion dismissed."))
        return True


__all__ = ["SuggestionActions"]
