"""Shared review plans: the ordered clips and stills of a cycle's review, with talking
points, and what was noted after the review (what the parent noticed, working points,
helping-question ratings).

:func:`fill_plan` builds a plan in one step: the cycle's clips and stills in film order, each
with talking points from the phrase library (:mod:`vigeditor.project.phrases`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlite_utils import Database

from vigeditor.i18n import _
from vigeditor.project import clips, phrases, recordings, stills, store
from vigeditor.project.case import Case
from vigeditor.project.errors import CaseError
from vigeditor.project.model import Review, ReviewItem


def get_review(case: Case, cycle_id: int) -> Review | None:
    rows = case.rows("SELECT * FROM reviews WHERE cycle_id = ?", [cycle_id])
    return Review.from_row(rows[0]) if rows else None


def list_items(case: Case, cycle_id: int) -> list[ReviewItem]:
    rows = case.rows("SELECT i.* FROM review_items i JOIN reviews r ON r.id = i.review_id "
                     "WHERE r.cycle_id = ? ORDER BY i.position, i.id", [cycle_id])
    return [ReviewItem.from_row(row) for row in rows]


def _review_id(db: Database, cycle_id: int) -> int:
    """The cycle's review plan, made if the cycle has none yet (inside an operation)."""
    row = db.execute("SELECT id FROM reviews WHERE cycle_id = ?", [cycle_id]).fetchone()
    return int(row[0]) if row else store.insert(db, "reviews", {"cycle_id": cycle_id})


def add_item(case: Case, cycle_id: int, *, clip_id: int | None = None,
             still_id: int | None = None, talking_points: str = "") -> ReviewItem:
    """Add a clip or a still (one of them) at the end of the cycle's shared review plan."""
    store.require(case, "cycles", cycle_id)
    if (clip_id is None) == (still_id is None):
        raise CaseError(_("A shared review item is either a clip or a still."))
    if clip_id is not None:
        store.require(case, "clips", clip_id)
    else:
        store.require(case, "stills", still_id)  # type: ignore[arg-type]
    points = store.text(talking_points, _("talking points"))
    with case.operation(_("Add to shared review")) as db:
        review_id = _review_id(db, cycle_id)
        position = store.next_position(db, "review_items", "review_id = ?", [review_id])
        item_id = store.insert(db, "review_items", {
            "review_id": review_id, "position": position, "clip_id": clip_id,
            "still_id": still_id, "talking_points": points})
    return ReviewItem.from_row(store.require(case, "review_items", item_id))


def unplanned(case: Case, cycle_id: int) -> list[tuple[str, int, tuple[str, ...]]]:
    """The cycle's clips and stills not yet in its plan, in film order: by recording (as
    imported), then by frame (a clip's in frame, a still's frame; a clip before a still at
    the same frame). Each is ("clip" or "still", its id, its principles)."""
    planned = list_items(case, cycle_id)
    used = {("clip", item.clip_id) for item in planned} | \
        {("still", item.still_id) for item in planned}
    found: list[tuple[str, int, tuple[str, ...]]] = []
    for recording in recordings.list_recordings(case, cycle_id):
        ordered = sorted([(clip.in_frame, 0, clip.id, "clip", clip.principles)
                          for clip in clips.list_clips(case, recording.id)] +
                         [(still.frame, 1, still.id, "still", still.principles)
                          for still in stills.list_stills(case, recording.id)])
        found += [(kind, item_id, codes) for _frame, _rank, item_id, kind, codes in ordered
                  if (kind, item_id) not in used]
    return found


def fill_plan(case: Case, cycle_id: int, *, language: str | None = None) -> list[ReviewItem]:
    """Add every clip and still of the cycle not yet in its plan, at the end, in film order
    (:func:`unplanned`), each with talking points from the phrase library for its
    principles, as one undoable step. Returns the plan's items; CaseError when the cycle
    does not exist or has no clip or still to add."""
    store.require(case, "cycles", cycle_id)
    wanted = unplanned(case, cycle_id)
    if not wanted:
        raise CaseError(_("This cycle's recordings have no clips or stills to add. Make "
                          "them in the editor first."))
    points = {(kind, item_id): store.text(phrases.talking_points(case, codes, language),
                                          _("talking points"))
              for kind, item_id, codes in wanted}
    with case.operation(_("Add this cycle's clips and stills")) as db:
        review_id = _review_id(db, cycle_id)
        position = store.next_position(db, "review_items", "review_id = ?", [review_id])
        for offset, (kind, item_id, _codes) in enumerate(wanted):
            store.insert(db, "review_items", {
                "review_id": review_id, "position": position + offset,
                "clip_id": item_id if kind == "clip" else None,
                "still_id": item_id if kind == "still" else None,
                "talking_points": points[(kind, item_id)]})
    return list_items(case, cycle_id)


def set_talking_points(case: Case, item_id: int, talking_points: str) -> ReviewItem:
    store.require(case, "review_items", item_id)
    points = store.text(talking_points, _("talking points"))
    with case.operation(_("Change talking points")) as db:
        store.update(db, "review_items", item_id, {"talking_points": points})
    return ReviewItem.from_row(store.require(case, "review_items", item_id))


def move_item(case: Case, item_id: int, position: int) -> list[ReviewItem]:
    """Move an item to ``position`` (0 is first) in its review plan."""
    item = ReviewItem.from_row(store.require(case, "review_items", item_id))
    cycle_id = int(case.rows("SELECT cycle_id FROM reviews WHERE id = ?",
                             [item.review_id])[0]["cycle_id"])
    items = list_items(case, cycle_id)
    position = store.whole_number(position, _("position"), 0, len(items) - 1)
    with case.operation(_("Reorder shared review")) as db:
        store.write_positions(db, "review_items", store.moved(items, item, position))
    return list_items(case, cycle_id)


def remove_item(case: Case, item_id: int) -> None:
    store.require(case, "review_items", item_id)
    with case.operation(_("Remove from shared review")) as db:
        store.delete(db, "review_items", item_id)


def record_after_review(case: Case, cycle_id: int, *, parent_noticed: str | None = None,
                        notes: str | None = None, working_points: Sequence[str] = (),
                        ratings: Mapping[int, int] | None = None) -> Review:
    """Note what happened in the shared review, as one step: what the parent noticed,
    notes, new working points, and the helping-question ratings for this cycle."""
    store.require(case, "cycles", cycle_id)
    values: dict[str, Any] = {}
    if parent_noticed is not None:
        values["parent_noticed"] = store.text(parent_noticed, _("what the parent noticed"))
    if notes is not None:
        values["notes"] = store.text(notes, _("notes"))
    points = [store.text(point, _("working point"), required=True) for point in working_points]
    checked = {}
    for question_id, rating in (ratings or {}).items():
        store.require(case, "helping_questions", question_id)
        checked[question_id] = store.whole_number(rating, _("rating"), 1, 10)
    with case.operation(_("Note after the shared review")) as db:
        review_id = _review_id(db, cycle_id)
        store.update(db, "reviews", review_id, values)
        start = store.next_position(db, "working_points", "cycle_id = ?", [cycle_id])
        for offset, point in enumerate(points):
            store.insert(db, "working_points", {"cycle_id": cycle_id,
                                                "position": start + offset, "text": point})
        for question_id, rating in checked.items():
            _set_cycle_rating(db, question_id, cycle_id, rating)
    return get_review(case, cycle_id)  # type: ignore[return-value]


def _set_cycle_rating(db: Database, question_id: int, cycle_id: int, rating: int) -> None:
    row = db.execute("SELECT id FROM question_ratings WHERE question_id = ? AND stage = 'cycle' "
                     "AND cycle_id = ?", [question_id, cycle_id]).fetchone()
    if row:
        store.update(db, "question_ratings", row[0], {"rating": rating})
    else:
        store.insert(db, "question_ratings", {"question_id": question_id, "stage": "cycle",
                                              "cycle_id": cycle_id, "rating": rating})


def save_after_review(case: Case, cycle_id: int, *, parent_noticed: str, notes: str,
                      working_points: Sequence[str],
                      ratings: Mapping[int, int | None]) -> Review:
    """Save the after-review form as one step: what the parent noticed, notes, the cycle's
    working points (the list given replaces the cycle's list) and the helping-question
    ratings for this cycle (None removes that question's rating for the cycle)."""
    store.require(case, "cycles", cycle_id)
    values = {"parent_noticed": store.text(parent_noticed, _("what the parent noticed")),
              "notes": store.text(notes, _("notes"))}
    points = [store.text(point, _("working point"), required=True) for point in working_points]
    checked: dict[int, int | None] = {}
    for question_id, rating in ratings.items():
        store.require(case, "helping_questions", question_id)
        checked[question_id] = None if rating is None else \
            store.whole_number(rating, _("rating"), 1, 10)
    existing = [row["id"] for row in case.rows(
        "SELECT id FROM working_points WHERE cycle_id = ? ORDER BY position, id", [cycle_id])]
    with case.operation(_("Note after the shared review")) as db:
        store.update(db, "reviews", _review_id(db, cycle_id), values)
        _replace_working_points(db, cycle_id, existing, points)
        for question_id, rating in checked.items():
            if rating is None:
                db.execute("DELETE FROM question_ratings WHERE question_id = ? AND "
                           "stage = 'cycle' AND cycle_id = ?", [question_id, cycle_id])
            else:
                _set_cycle_rating(db, question_id, cycle_id, rating)
    return get_review(case, cycle_id)  # type: ignore[return-value]


def _replace_working_points(db: Database, cycle_id: int, existing: list[int],
                            points: list[str]) -> None:
    for position, point in enumerate(points):
        if position < len(existing):
            store.update(db, "working_points", existing[position],
                         {"position": position, "text": point})
        else:
            store.insert(db, "working_points", {"cycle_id": cycle_id, "position": position,
                                                "text": point})
    for point_id in existing[len(points):]:
        store.delete(db, "working_points", point_id)
