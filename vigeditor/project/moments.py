"""Moments: tagged points (or short spans) in a recording, with principles, who acts, a note."""

from __future__ import annotations

from typing import Any

from vigeditor.i18n import _
from vigeditor.project import store
from vigeditor.project.case import Case
from vigeditor.project.errors import CaseError
from vigeditor.project.model import Moment
from vigeditor.project.scheme import dump_codes
from vigeditor.project.store import UNSET


def list_moments(case: Case, recording_id: int) -> list[Moment]:
    rows = case.rows("SELECT * FROM moments WHERE recording_id = ? ORDER BY frame, id",
                     [recording_id])
    return [Moment.from_row(row) for row in rows]


def get_moment(case: Case, moment_id: int) -> Moment:
    return Moment.from_row(store.require(case, "moments", moment_id))


def _values(case: Case, recording_id: int, frame: Any, end_frame: Any,
            principles: Any, who: Any, note: Any) -> dict[str, Any]:
    recording = store.require(case, "recordings", recording_id)
    start = store.frame(recording, frame, _("frame"))
    end = None if end_frame is None else store.frame(recording, end_frame, _("end frame"))
    if end is not None and end < start:
        raise CaseError(_("A moment's end frame ({end}) cannot be before its frame "
                          "({start}).").format(end=end, start=start))
    codes = case.scheme.validate(principles or ())
    table = case.frame_table(recording_id)
    return {"recording_id": recording_id, "frame": start, "time": table.time(start),
            "end_frame": end, "end_time": None if end is None else table.time(end),
            "principles": dump_codes(codes), "who": store.text(who, _("who acts"), limit=200),
            "note": store.text(note, _("note"))}


def add_moment(case: Case, recording_id: int, frame: int, *, end_frame: int | None = None,
               principles: tuple[str, ...] | list[str] = (), who: str = "",
               note: str = "") -> Moment:
    values = _values(case, recording_id, frame, end_frame, principles, who, note)
    with case.operation(_("Tag moment")) as db:
        moment_id = store.insert(db, "moments", values)
    return get_moment(case, moment_id)


def update_moment(case: Case, moment_id: int, *, frame: Any = UNSET, end_frame: Any = UNSET,
                  principles: Any = UNSET, who: Any = UNSET, note: Any = UNSET) -> Moment:
    current = get_moment(case, moment_id)
    merged = {"frame": current.frame, "end_frame": current.end_frame,
              "principles": current.principles, "who": current.who, "note": current.note,
              **store.given({"frame": frame, "end_frame": end_frame, "principles": principles,
                             "who": who, "note": note})}
    values = _values(case, current.recording_id, **merged)
    with case.operation(_("Change moment")) as db:
        store.update(db, "moments", moment_id, values)
    return get_moment(case, moment_id)


def remove_moment(case: Case, moment_id: int) -> None:
    store.require(case, "moments", moment_id)
    with case.operation(_("Remove moment")) as db:
        store.delete(db, "moments", moment_id)
