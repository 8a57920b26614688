"""Suggested moments of a recording (issue 13): stored per recording, never exported.

The analysis (:func:`vigeditor.analysis.suggest.suggest`) finds them in seconds; they are
stored as frame-table frames (``start_frame`` … ``end_frame``: the frames on screen when the
suggestion starts and just before it ends, through :meth:`FrameTable.index_at`, never
seconds × a frame rate), with their kind, score, reasons and what the guider did with each:
``open`` (not looked at yet), ``dismissed`` (Delete) or ``tagged`` (it became a moment).

A new analysis replaces the open suggestions (:func:`replace_suggestions`) but keeps the
guider's decisions: a suggestion that overlaps a dismissed or tagged one of the same kind is
not offered again. Dismissing and tagging are undoable operations; replacing is not (it is the
analysis's work, not the guider's). Nothing here leaves the case: no document, export or
pack reads this table, and a moment made from a suggestion does not carry its reasons.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from vigeditor.analysis.suggest import KINDS, Suggestion
from vigeditor.i18n import _
from vigeditor.media.frame_table import FrameTable
from vigeditor.project import store
from vigeditor.project.case import Case
from vigeditor.project.errors import CaseError
from vigeditor.project.model import Moment, SuggestedMoment
from vigeditor.project.moments import get_moment
from vigeditor.project.scheme import dump_codes

TABLE = "suggestions"
STATES = ("open", "dismissed", "tagged")
_END_NUDGE = 0.0005  # seconds before an end, so an end on a frame's start is not that frame


def list_suggestions(case: Case, recording_id: int, *,
                     include_closed: bool = False) -> list[SuggestedMoment]:
    """The recording's suggestions in time order (start frame, then id): the open ones, or
    with ``include_closed`` the dismissed and tagged ones too. An unknown recording has
    none."""
    closed = "" if include_closed else " AND state = 'open'"
    rows = case.rows(f"SELECT * FROM {TABLE} WHERE recording_id = ?{closed} "
                     "ORDER BY start_frame, id", [recording_id])
    return [SuggestedMoment.from_row(row) for row in rows]


def get_suggestion(case: Case, suggestion_id: int) -> SuggestedMoment:
    """One suggestion. Raises CaseError when there is none with that id."""
    return SuggestedMoment.from_row(store.require(case, TABLE, suggestion_id))


def next_suggestion(case: Case, recording_id: int, frame: int,
                    direction: int) -> SuggestedMoment | None:
    """The open suggestion to jump to from ``frame`` (N: ``direction`` 1, the first starting
    after ``frame``; Shift+N: ``direction`` -1, the last starting before it); None when there
    is none that way. Raises ValueError for another direction."""
    if direction not in (1, -1):
        raise ValueError("direction must be 1 (next) or -1 (previous)")
    order = "ASC" if direction == 1 else "DESC"
    rows = case.rows(f"SELECT * FROM {TABLE} WHERE recording_id = ? AND state = 'open' AND "
                     f"start_frame {'>' if direction == 1 else '<'} ? "
                     f"ORDER BY start_frame {order}, id {order} LIMIT 1",
                     [recording_id, int(frame)])
    return SuggestedMoment.from_row(rows[0]) if rows else None


def suggestion_frames(table: FrameTable, found: Suggestion) -> tuple[int, int]:
    """(start frame, end frame) of ``found`` (seconds on the recording's timeline): the
    frames on screen at its start and just before its end, clamped to the recording."""
    start = table.index_at(max(0.0, found.start))
    end = table.index_at(max(0.0, found.start, found.end - _END_NUDGE))
    return start, max(start, end)


def replace_suggestions(case: Case, recording_id: int,
                        found: Sequence[Suggestion]) -> list[SuggestedMoment]:
    """Store what a new analysis ``found`` for the recording: its open suggestions are
    replaced; dismissed and tagged ones stay, and a found one of the same kind whose frames
    overlap one of them is left out (a dismissed suggestion does not come back). Not an undo
    step. Returns the open suggestions now stored, in time order. Raises CaseError when the
    recording is not in the case or its video is missing or changed, ValueError for a kind
    or score :func:`~vigeditor.analysis.suggest.suggest` never gives."""
    store.require(case, "recordings", recording_id)
    table = case.frame_table(recording_id)
    decided = list_suggestions(case, recording_id, include_closed=True)
    decided = [s for s in decided if s.state != "open"]
    rows = []
    for suggestion in found:
        start, end = suggestion_frames(table, suggestion)
        if any(old.kind == suggestion.kind and old.start_frame <= end
               and start <= old.end_frame for old in decided):
            continue
        rows.append(_row(recording_id, start, end, suggestion))
    with case.operation(_("Suggest moments"), undoable=False) as db:
        db.execute(f"DELETE FROM {TABLE} WHERE recording_id = ? AND state = 'open'",
                   [recording_id])
        for row in rows:
            store.insert(db, TABLE, row)
    return list_suggestions(case, recording_id)


def _row(recording_id: int, start: int, end: int, found: Suggestion) -> dict[str, Any]:
    if found.kind not in KINDS:
        raise ValueError(f"unknown kind of suggestion: {found.kind!r}")
    if not 0.0 <= found.score <= 1.0:
        raise ValueError(f"a suggestion's score must be 0…1, not {found.score}")
    return {"recording_id": recording_id, "start_frame": start, "end_frame": end,
            "kind": found.kind, "score": float(found.score),
            "reasons": json.dumps(list(found.reasons), ensure_ascii=False), "state": "open"}


def dismiss_suggestion(case: Case, suggestion_id: int) -> SuggestedMoment:
    """Dismiss a suggestion (Delete): one undoable operation; a dismissed one stays
    dismissed. Raises CaseError when there is no such suggestion or it is already a
    moment."""
    current = get_suggestion(case, suggestion_id)
    if current.state == "tagged":
        raise CaseError(_("This suggestion is already a moment."))
    if current.state == "open":
        with case.operation(_("Dismiss suggestion")) as db:
            store.update(db, TABLE, suggestion_id, {"state": "dismissed"})
    return get_suggestion(case, suggestion_id)


def tag_suggestion(case: Case, suggestion_id: int,
                   principles: Sequence[str] = ()) -> Moment:
    """Make a suggestion a moment (a principle key): a moment over its frames (start frame
    … end frame) with ``principles`` (codes of the case's scheme), and the suggestion marked
    tagged, in one undoable operation. The moment gets no note: the reasons stay with the
    suggestion, inside the case. Raises CaseError when there is no such suggestion, it is
    already a moment, or a code is not in the case's scheme."""
    current = get_suggestion(case, suggestion_id)
    if current.state == "tagged":
        raise CaseError(_("This suggestion is already a moment."))
    recording = store.require(case, "recordings", current.recording_id)
    start = store.frame(recording, current.start_frame, _("frame"))
    end = store.frame(recording, current.end_frame, _("end frame"))
    codes = case.scheme.validate(tuple(principles))
    table = case.frame_table(current.recording_id)
    values = {"recording_id": current.recording_id, "frame": start, "time": table.time(start),
              "end_frame": end, "end_time": table.time(end), "principles": dump_codes(codes),
              "who": "", "note": ""}
    with case.operation(_("Tag suggested moment")) as db:
        moment_id = store.insert(db, "moments", values)
        store.update(db, TABLE, suggestion_id, {"state": "tagged", "moment_id": moment_id})
    return get_moment(case, moment_id)
