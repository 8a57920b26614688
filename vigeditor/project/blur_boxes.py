"""Blur boxes drawn by hand (issue 14, item 1): where the detector was unsure, the guider
draws a box on one frame of a recording, and it is followed through every exported range
that holds that frame (:func:`vigeditor.analysis.face_tracks.track_faces`, ``manual=``).

A box is stored in the case (table ``blur_boxes``, schema v6) as the frame (frame-table
index) and the box (x, y, width, height as fractions 0…1 of the upright display picture, so
one box serves every export size). Adding and removing are undoable case operations; their
change events (kind ``blur_boxes``) tell views to refresh.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from vigeditor.analysis.face_tracks import Box
from vigeditor.i18n import _
from vigeditor.project import store
from vigeditor.project.case import Case
from vigeditor.project.errors import CaseError

MIN_SIDE = 0.005  # a box narrower or lower than this share of the picture is refused


@dataclass(frozen=True)
class BlurBox:
    """A hand-drawn blur box: its ``id``, the recording, the ``frame`` it was drawn on and
    the ``box`` (fractions of the upright picture)."""

    id: int
    recording_id: int
    frame: int
    box: Box

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> BlurBox:
        return cls(int(row["id"]), int(row["recording_id"]), int(row["frame"]),
                   parse_box(row["box"]))


def parse_box(text: str) -> Box:
    """A box stored as JSON text ``[x, y, w, h]``."""
    x, y, w, h = (float(value) for value in json.loads(text))
    return (x, y, w, h)


def clean_box(box: Sequence[float]) -> Box:
    """``box`` (x, y, width, height, fractions of the picture) checked and clipped to the
    picture. CaseError (plain words) when it is not four numbers or has no size inside the
    picture."""
    try:
        x, y, w, h = (float(value) for value in box)
    except (TypeError, ValueError) as error:
        raise CaseError(_("A blur box is four numbers: left, top, width and height, as "
                          "shares of the picture (0 to 1).")) from error
    if not all(math.isfinite(value) for value in (x, y, w, h)):
        raise CaseError(_("A blur box is four numbers: left, top, width and height, as "
                          "shares of the picture (0 to 1)."))
    left, top = max(0.0, x), max(0.0, y)
    right, bottom = min(1.0, x + w), min(1.0, y + h)
    if right - left < MIN_SIDE or bottom - top < MIN_SIDE:
        raise CaseError(_("This blur box lies outside the picture or is too small to cover "
                          "a face. Draw it over the face."))
    return (round(left, 5), round(top, 5), round(right - left, 5), round(bottom - top, 5))


def list_blur_boxes(case: Case, recording_id: int, first: int | None = None,
                    last: int | None = None) -> list[BlurBox]:
    """The hand-drawn boxes of a recording in frame order; with ``first``/``last`` only
    those drawn on frames ``first … last`` (inclusive)."""
    sql = "SELECT * FROM blur_boxes WHERE recording_id = ?"
    params: list[Any] = [int(recording_id)]
    if first is not None:
        sql += " AND frame >= ?"
        params.append(int(first))
    if last is not None:
        sql += " AND frame <= ?"
        params.append(int(last))
    return [BlurBox.from_row(row) for row in case.rows(sql + " ORDER BY frame, id", params)]


def add_blur_box(case: Case, recording_id: int, frame: int, box: Sequence[float]) -> int:
    """Add a hand-drawn box on ``frame`` of the recording; returns its id. Undoable.
    CaseError when the recording or frame is not in the case or the box is not one."""
    recording = store.require(case, "recordings", recording_id)
    index = store.frame(recording, frame, _("frame"))
    cleaned = clean_box(box)
    with case.operation(_("Draw blur box")) as db:
        return store.insert(db, "blur_boxes", {"recording_id": int(recording_id),
                                               "frame": index, "box": json.dumps(cleaned)})


def remove_blur_box(case: Case, box_id: int) -> None:
    """Remove a hand-drawn box. Undoable. CaseError when there is no such box."""
    if case.row("blur_boxes", int(box_id)) is None:
        raise CaseError(_("There is no blur box {id} in this case.").format(id=box_id))
    with case.operation(_("Remove blur box")) as db:
        store.delete(db, "blur_boxes", int(box_id))


__all__ = ["BlurBox", "add_blur_box", "clean_box", "list_blur_boxes", "remove_blur_box"]
