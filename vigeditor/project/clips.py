"""Clips: non-destructive ranges [in frame, out frame] of a recording.

Nothing is cut until the guider exports; a clip is its range, title, caption, principles,
an optional key frame to freeze on and an optional slow-motion flag.

:func:`clip_from_moment` makes a clip around a tagged moment in one step: the clip span
setting (seconds) turned into exact frames through the recording's frame table, the moment's
principles, and a caption suggested by the phrase library (:mod:`vigeditor.project.phrases`).
"""

from __future__ import annotations

from typing import Any

from vigeditor.i18n import _
from vigeditor.media.frame_table import FrameTable
from vigeditor.project import moments, phrases, store
from vigeditor.project.case import Case
from vigeditor.project.errors import CaseError
from vigeditor.project.model import Clip, Moment
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


#: seconds of film kept before and after a moment with its own span, at the least
SPAN_MARGIN_SECONDS = 1.0


def moment_span(table: FrameTable, moment: Moment, span_seconds: float) -> tuple[int, int]:
    """The (in frame, out frame) of a clip around ``moment``.

    A moment at one frame gets ``span_seconds`` centred on that frame's time; a moment with
    an end frame gets its own span plus a margin either side, half of what is left of
    ``span_seconds`` but at least :data:`SPAN_MARGIN_SECONDS`. Times become frames through
    ``table`` (the frame on screen at that time), clamped to the recording; never
    time × fps. Raises CaseError when ``span_seconds`` is not a positive number.
    """
    if not span_seconds > 0:
        raise CaseError(_("The length of a clip made from a moment must be more than 0 "
                          "seconds."))
    end_frame = moment.end_frame if moment.end_frame is not None else moment.frame
    start, end = table.time(moment.frame), table.time(end_frame)
    margin = (span_seconds - (end - start)) / 2
    if moment.end_frame is not None:
        margin = max(margin, SPAN_MARGIN_SECONDS)
    first = table.index_at(max(0.0, start - margin))
    last = table.index_at(end + margin)
    return min(first, moment.frame), max(last, end_frame)


def moment_at(case: Case, recording_id: int, frame: int) -> Moment | None:
    """The moment at ``frame`` of a recording: one tagged at that very frame, else the
    latest-starting one whose span covers it; None when there is none."""
    tagged = moments.list_moments(case, recording_id)
    exact = [moment for moment in tagged if moment.frame == frame]
    if exact:
        return exact[0]
    covering = [moment for moment in tagged if moment.end_frame is not None
                and moment.frame <= frame <= moment.end_frame]
    return covering[-1] if covering else None


def clip_from_moment(case: Case, moment_id: int, span_seconds: float, *,
                     language: str | None = None) -> Clip:
    """Make a clip around a moment (one undoable operation): frames from
    :func:`moment_span`, the moment's principles, and the phrase library's suggested caption
    (the first phrase of its first principle, with the child's name; "" without principles).

    Raises CaseError when the moment does not exist or the span is not positive.
    """
    moment = moments.get_moment(case, moment_id)
    table = case.frame_table(moment.recording_id)
    first, last = moment_span(table, moment, span_seconds)
    caption = phrases.suggested_caption(case, moment.principles, language)
    return add_clip(case, moment.recording_id, first, last, caption=caption,
                    principles=moment.principles)


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
