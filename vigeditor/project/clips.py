"""Clips: non-destructive ranges [in frame, out frame] of a recording.

Nothing is cut until the guider exports; a clip is its range, title, caption, principles,
an optional key frame to freeze on and an optional slow-motion flag.
"""

from __future__ import annotations

from typing import Any

from vigeditor.i18n import _
from vigeditor.project import store
from vigeditor.project.case import Case
from vigeditor.project.errors import CaseError
from vigeditor.project.model import Clip
from vigeditor.project.scheme import dump_codes
from vigeditor.project.store import UNSET


def list_clips(case: Case, recording_id: int | None = None) -> list[Clip]:
    if recording_id is None:
        rows = case.rows("SELECT * FROM clips ORDER BY recording_id, in_frame, id")
    else:
        rows = case.rows("SELECT * FROM clips WHERE recording_id = ? ORDER BY in_frame, id",
                         [recording_id])
    return [Clip.from_row(row) for row in rows]


def get_clip(case: Case, clip_id: int) -> Clip:
    return Clip.from_row(store.require(case, "clips", clip_id))


def _values(case: Case, recording_id: int, fields: dict[str, Any]) -> dict[str, Any]:
    recording = store.require(case, "recordings", recording_id)
    start = store.frame(recording, fields["in_frame"], _("in frame"))
    end = store.frame(recording, fields["out_frame"], _("out frame"))
    if end < start:
        raise CaseError(_("A clip's out frame ({out}) cannot be before its in frame "
                          "({in_}).").format(out=end, in_=start))
    key = fields.get("key_frame")
    if key is not None:
        key = store.frame(recording, key, _("key frame"))
        if not start <= key <= end:
            raise CaseError(_("The key frame {key} must be inside the clip (frames {in_} to "
                              "{out}).").format(key=key, in_=start, out=end))
    codes = case.scheme.validate(fields.get("principles") or ())
    table = case.frame_table(recording_id)
    return {"recording_id": recording_id, "in_frame": start, "in_time": table.time(start),
            "out_frame": end, "out_time": table.time(end),
            "title": store.text(fields.get("title"), _("title"), limit=200),
            "caption": store.text(fields.get("caption"), _("caption"), limit=1000),
            "principles": dump_codes(codes), "key_frame": key,
            "key_time": None if key is None else table.time(key),
            "slow_motion": int(bool(fields.get("slow_motion")))}


def add_clip(case: Case, recording_id: int, in_frame: int, out_frame: int, *,
             title: str = "", caption: str = "", principles: tuple[str, ...] | list[str] = (),
             key_frame: int | None = None, slow_motion: bool = False) -> Clip:
    values = _values(case, recording_id, {
        "in_frame": in_frame, "out_frame": out_frame, "title": title, "caption": caption,
        "principles": principles, "key_frame": key_frame, "slow_motion": slow_motion})
    with case.operation(_("Make clip")) as db:
        clip_id = store.insert(db, "clips", values)
    return get_clip(case, clip_id)


def update_clip(case: Case, clip_id: int, *, in_frame: Any = UNSET, out_frame: Any = UNSET,
                title: Any = UNSET, caption: Any = UNSET, principles: Any = UNSET,
                key_frame: Any = UNSET, slow_motion: Any = UNSET) -> Clip:
    current = get_clip(case, clip_id)
    fields = {"in_frame": current.in_frame, "out_frame": current.out_frame,
              "title": current.title, "caption": current.caption,
              "principles": current.principles, "key_frame": current.key_frame,
              "slow_motion": current.slow_motion,
              **store.given({"in_frame": in_frame, "out_frame": out_frame, "title": title,
                             "caption": caption, "principles": principles,
                             "key_frame": key_frame, "slow_motion": slow_motion})}
    values = _values(case, current.recording_id, fields)
    with case.operation(_("Change clip")) as db:
        store.update(db, "clips", clip_id, values)
    return get_clip(case, clip_id)


def remove_clip(case: Case, clip_id: int) -> None:
    """Remove a clip (and its place in shared review plans and supervision sessions)."""
    store.require(case, "clips", clip_id)
    with case.operation(_("Remove clip")) as db:
        store.delete(db, "clips", clip_id)
