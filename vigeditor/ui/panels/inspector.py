"""The inspector: edit the selected moment, clip or still, one undoable operation per field.

A field commits when the guider finishes with it (editing finished, focus out, a toggle) through
the project's ``update_moment``/``update_clip``/``update_still``. The inspector reloads from
change events, so undo and redo show up here, but never overwrites a field the guider is
still typing in.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextCursor
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from vigeditor.project import clips, moments, phrases, stills
from vigeditor.project.errors import CaseError
from vigeditor.project.events import CaseChanged
from vigeditor.project.model import Clip, Moment, Recording, Still
from vigeditor.ui.editor_state import EditorState, Selection
from vigeditor.ui.numbers import decimal
from vigeditor.ui.panels.inspector_fields import (
    CheckField,
    FrameField,
    LineField,
    PrincipleChecklist,
    SuggestionButton,
    TextField,
    WhoField,
    same_value,
)
from vigeditor.ui.panels.palette_look import format_time
from vigeditor.ui.session import CaseSession

Field = LineField | TextField | FrameField | CheckField | WhoField | PrincipleChecklist
_OPERATIONS: dict[str, tuple[Callable[..., Any], Callable[..., Any]]] = {
    "moment": (moments.get_moment, moments.update_moment),
    "clip": (clips.get_clip, clips.update_clip),
    "still": (stills.get_still, stills.update_still),
}


class Inspector(QWidget):
    """Edits the editor's selected item; shows a hint when nothing is selected."""

    def __init__(self, session: CaseSession, state: EditorState,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.state = session, state
        self.setAccessibleName(self.tr("Inspector"))
        self.item: Moment | Clip | Still | None = None
        self.kind = ""
        self._fields: dict[str, dict[str, Field]] = {}
        #: the "Suggestions" menu beside the caption of a clip and of a still
        self.suggestions: dict[str, SuggestionButton] = {}
        self._loaded: dict[str, Any] = {}
        self._build()
        session.changed.connect(self._on_changed)
        state.selection_changed.connect(self._on_selection)
        state.recording_changed.connect(self._on_recording)
        self._on_recording(state.recording)
        self._on_selection(state.selection)

    # -- building --------------------------------------------------------------------------
    def _build(self) -> None:
        self.heading = QLabel(self)
        self.heading.setAccessibleName(self.tr("Selected item"))
        font = QFont(self.heading.font())
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.stack = QStackedWidget(self)
        hint = QLabel(self.tr("Select a moment, clip or still to see and edit it here."))
        hint.setWordWrap(True)
        hint.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.stack.addWidget(hint)
        self.pages: dict[str, QWidget] = {}
        for kind, build in (("moment", self._build_moment), ("clip", self._build_clip),
                            ("still", self._build_still)):
            page = QWidget()
            form = QFormLayout(page)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            self._fields[kind] = {}
            build(kind, form)
            self.pages[kind] = page
            self.stack.addWidget(page)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.stack)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(scroll, 1)

    def _add(self, kind: str, form: QFormLayout, name: str, label: str, editor: Field,
             accessible: str, row: QWidget | None = None) -> None:
        editor.setAccessibleName(accessible)
        editor.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        buddy = QLabel(label)
        buddy.setBuddy(editor)
        form.addRow(buddy, row or editor)
        editor.edited.connect(lambda: self._commit(kind, name))
        self._fields[kind][name] = editor

    def _frame(self, optional: bool = False) -> FrameField:
        return FrameField(self.state.time_of, optional)

    def _principles(self) -> PrincipleChecklist:
        checklist = PrincipleChecklist(self.session.case.scheme)
        checklist.setMinimumHeight(checklist.sizeHintForRow(0) * 9)
        return checklist

    def _caption(self, kind: str, form: QFormLayout) -> None:
        """The caption field with its "Suggestions" menu of phrases below it."""
        caption = TextField(3)
        caption.setPlaceholderText(self.tr(
            "Strengths-based, in words the family uses: what is going well here?"))
        button = SuggestionButton()
        button.chosen.connect(lambda text: self.use_suggestion(kind, text))
        self.suggestions[kind] = button
        row = QWidget()
        row.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        column = QVBoxLayout(row)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(caption)
        column.addWidget(button, 0, Qt.AlignmentFlag.AlignRight)
        self._add(kind, form, "caption", self.tr("&Caption:"), caption, self.tr("Caption"), row)

    def _build_moment(self, kind: str, form: QFormLayout) -> None:
        self._add(kind, form, "frame", self.tr("&Frame:"), self._frame(), self.tr("Frame"))
        self._add(kind, form, "end_frame", self.tr("&End frame:"), self._frame(True),
                  self.tr("End frame"))
        self._add(kind, form, "who", self.tr("&Who acts:"), WhoField(), self.tr("Who acts"))
        self._add(kind, form, "principles", self.tr("&Principles:"), self._principles(),
                  self.tr("Principles"))
        note = TextField(4)
        note.setPlaceholderText(self.tr("What do you notice? What is better than usual here?"))
        self._add(kind, form, "note", self.tr("&Note:"), note, self.tr("Note"))

    def _build_clip(self, kind: str, form: QFormLayout) -> None:
        title = LineField()
        title.setPlaceholderText(self.tr("A short title, e.g. “Sam shows you the tower”"))
        self._add(kind, form, "title", self.tr("&Title:"), title, self.tr("Title"))
        self._caption(kind, form)
        self._add(kind, form, "in_frame", self.tr("&In:"), self._frame(), self.tr("In frame"))
        self._add(kind, form, "out_frame", self.tr("&Out:"), self._frame(),
                  self.tr("Out frame"))
        self.use_current = QPushButton(self.tr("&Use current frame"))
        self.use_current.setAccessibleName(self.tr("Use current frame as key frame"))
        self.use_current.clicked.connect(self.use_current_frame)
        key_row = QWidget()  # the button below the field: room for longer words (issue 15)
        row = QVBoxLayout(key_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        key = self._frame(True)
        row.addWidget(key)
        row.addWidget(self.use_current, 0, Qt.AlignmentFlag.AlignRight)
        self._add(kind, form, "key_frame", self.tr("&Key frame:"), key, self.tr("Key frame"),
                  key_row)
        self._add(kind, form, "slow_motion", "", CheckField(self.tr("&Slow motion")),
                  self.tr("Slow motion"))
        self._add(kind, form, "principles", self.tr("&Principles:"), self._principles(),
                  self.tr("Principles"))

    def _build_still(self, kind: str, form: QFormLayout) -> None:
        self._caption(kind, form)
        self._add(kind, form, "frame", self.tr("&Frame:"), self._frame(), self.tr("Frame"))
        self._add(kind, form, "principles", self.tr("&Principles:"), self._principles(),
                  self.tr("Principles"))

    # -- public ----------------------------------------------------------------------------
    def field(self, kind: str, name: str) -> Field:
        """The editor of field ``name`` (e.g. "caption") on the page of ``kind``."""
        return self._fields[kind][name]

    def use_current_frame(self) -> None:
        """Make the editor's current frame the selected clip's key frame."""
        if self.kind == "clip" and self.item is not None:
            self.field("clip", "key_frame").set_value(self.state.frame)
            self._commit("clip", "key_frame")

    def use_suggestion(self, kind: str, text: str) -> None:
        """Put a suggested phrase in the caption of the selected clip or still (one undo
        step), ready for the guider to change: the caret waits at its end."""
        if kind != self.kind or self.item is None:
            return
        caption = self.field(kind, "caption")
        caption.set_value(text)
        self._commit(kind, "caption")
        caption.setFocus(Qt.FocusReason.OtherFocusReason)
        caption.moveCursor(QTextCursor.MoveOperation.End)  # type: ignore[union-attr]

    def commit_all(self) -> None:
        """Commit every field the guider changed but has not left yet."""
        for name in self._fields.get(self.kind, {}):
            self._commit(self.kind, name)

    # -- committing ------------------------------------------------------------------------
    def _commit(self, kind: str, name: str) -> None:
        if kind != self.kind or self.item is None or name not in self._loaded:
            return
        editor = self._fields[kind][name]
        value = editor.value()
        if same_value(value, self._loaded[name]):
            return
        update = _OPERATIONS[kind][1]
        result = self.session.run(update, self.session.case, self.item.id, **{name: value})
        if result is None:  # refused: the message went to ``session.failed``
            editor.set_value(self._loaded[name])
            return
        self._show(result, force=False)

    # -- loading ---------------------------------------------------------------------------
    def _on_selection(self, selection: Selection | None) -> None:
        self.commit_all()
        item = None
        if selection is not None and selection.kind in _OPERATIONS:
            try:
                item = _OPERATIONS[selection.kind][0](self.session.case, selection.id)
            except CaseError:
                item = None
        self.kind = selection.kind if item is not None and selection is not None else ""
        self._loaded = {}
        self._show(item, force=True)

    def _on_changed(self, event: CaseChanged) -> None:
        if self.item is None:
            return
        mine = [c for c in event.of_kind(self.kind) if c.id == self.item.id]
        if not mine:
            return
        try:
            item = _OPERATIONS[self.kind][0](self.session.case, self.item.id)
        except CaseError:  # removed (or its addition undone)
            self.kind, self._loaded = "", {}
            self._show(None, force=True)
            return
        self._show(item, force=False)

    def _on_recording(self, _recording: Recording | None) -> None:
        count = self.state.frame_count
        for fields in self._fields.values():
            for editor in fields.values():
                if isinstance(editor, FrameField):
                    editor.set_frame_count(count)
        if self.item is not None:  # opening a recording clears the selection silently
            self._on_selection(self.state.selection)

    def _show(self, item: Moment | Clip | Still | None, force: bool) -> None:
        self.item = item
        if item is None:
            self.heading.setText(self.tr("Nothing selected"))
            self.stack.setCurrentIndex(0)
            return
        self.heading.setText(self._describe(item))
        self.stack.setCurrentWidget(self.pages[self.kind])
        self._offer(item)
        for name, editor in self._fields[self.kind].items():
            new = getattr(item, name)
            old = self._loaded.get(name, new)
            typing = editor.hasFocus() and not same_value(editor.value(), old)
            if force or not (typing or same_value(editor.value(), new)):
                editor.set_value(new)
            self._loaded[name] = new

    def _offer(self, item: Moment | Clip | Still) -> None:
        """The caption suggestions of a clip or still: phrases for its principles."""
        if self.kind in self.suggestions:
            offered = self.session.run(phrases.caption_suggestions, self.session.case,
                                       item.principles)
            self.suggestions[self.kind].set_phrases(offered or [])

    def _describe(self, item: Moment | Clip | Still) -> str:
        if isinstance(item, Clip):
            return self.tr("Clip: frames %1–%2 (%3 s)").replace("%1", str(item.in_frame)) \
                .replace("%2", str(item.out_frame)).replace("%3", decimal(item.seconds))
        what = self.tr("Moment") if isinstance(item, Moment) else self.tr("Still")
        return self.tr("%1 at frame %2 (%3)").replace("%1", what) \
            .replace("%2", str(item.frame)).replace("%3", format_time(item.time))
