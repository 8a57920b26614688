"""Stills: single frames with a strengths-based caption and principles."""

from __future__ import annotations

from typing import Any

from vigeditor.i18n import _
from vigeditor.project import store
from vigeditor.project.case import Case
from vigeditor.project.model import Still
from vigeditor.project.scheme import dump_codes
from vigeditor.project.store import UNSET


def list_stills(case: Case, recording_id: int | None = None) -> list[Still]:
    if recording_id is None:
        rows = case.rows("SELECT * FROM stills ORDER BY recording_id, frame, id")
    else:
        rows = case.rows("SELECT * FROM stills WHERE recording_id = ? ORDER BY frame, id",
                         [recording_id])
    return [Still.from_row(row) for row in rows]


def get_still(case: Case, still_id: int) -> Still:
    return Still.from_row(store.require(case, "stills", still_id))


def _values(case: Case, recording_id: int, frame: Any, caption: Any,
            principles: Any) -> dict[str, Any]:
    recording = store.require(case, "recordings", recording_id)
    index = store.frame(recording, frame, _("frame"))
    codes = case.scheme.validate(principles or ())
    return {"recording_id": recording_id, "frame": index,
            "time": case.frame_table(recording_id).time(index),
            "caption": store.text(caption, _("caption"), limit=1000),
            "principles": dump_codes(codes)}


def add_still(case: Case, recording_id: int, frame: int, *, caption: str = "",
              principles: tuple[str, ...] | list[str] = ()) -> Still:
    values = _values(case, recording_id, frame, caption, principles)
    with case.operation(_("Make still")) as db:
        still_id = store.insert(db, "stills", values)
    return get_still(case, still_id)


def update_still(case: Case, still_id: int, *, frame: Any = UNSET, caption: Any = UNSET,
                 principles: Any = UNSET) -> Still:
    current = get_still(case, still_id)
    merged = {"frame": current.frame, "caption": current.caption,
              "principles": current.principles,
              **store.given({"frame": frame, "caption": caption, "principles": principles})}
    values = _values(case, current.recording_id, **merged)
    with case.operation(_("Change still")) as db:
        store.update(db, "stills", still_id, values)
    return get_still(case, still_id)


def remove_still(case: Case, still_id: int) -> None:
    store.require(case, "stills", still_id)
    with case.operation(_("Remove still")) as db:
        store.delete(db, "stills", still_id)
