"""Supervision sessions (with the clips brought) and the guider's skills self-ratings on
the Practice Skills Rating Scale (0 "not at all" … 5 "to a very great extent")."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any

from sqlite_utils import Database

from vigeditor.i18n import _
from vigeditor.paths import resource_path
from vigeditor.project import store
from vigeditor.project.case import Case
from vigeditor.project.errors import CaseError
from vigeditor.project.model import SkillRating, SupervisionSession
from vigeditor.project.store import UNSET


@lru_cache(maxsize=1)
def skills_scale() -> dict[str, Any]:
    """The Practice Skills Rating Scale (sub-scale codes and names) from resources."""
    path = resource_path("scales", "practice-skills.json")
    return dict(json.loads(path.read_text(encoding="utf-8")))


def subscale_codes() -> tuple[str, ...]:
    return tuple(item["code"] for item in skills_scale()["subscales"])


def list_sessions(case: Case) -> list[SupervisionSession]:
    rows = case.rows("SELECT * FROM supervision_sessions ORDER BY held_on, id")
    return [SupervisionSession.from_row(row) for row in rows]


def get_session(case: Case, session_id: int) -> SupervisionSession:
    return SupervisionSession.from_row(store.require(case, "supervision_sessions", session_id))


def session_clips(case: Case, session_id: int) -> list[int]:
    rows = case.rows("SELECT clip_id FROM supervision_clips WHERE session_id = ? ORDER BY id",
                     [session_id])
    return [row["clip_id"] for row in rows]


def _session_values(fields: dict[str, Any]) -> dict[str, Any]:
    held_on = store.iso_date(fields["held_on"], _("supervision date"))
    if held_on is None:
        raise CaseError(_("Say on which date the supervision was held."))
    stage = fields.get("stage")
    return {"held_on": held_on,
            "minutes": store.whole_number(fields["minutes"], _("length in minutes"), 1, 600),
            "supervisor": store.text(fields.get("supervisor"), _("supervisor"), limit=200),
            "stage": None if stage is None else store.whole_number(stage, _("stage"), 1, 3),
            "notes": store.text(fields.get("notes"), _("notes"))}


def _check_clips(case: Case, clip_ids: Iterable[int]) -> list[int]:
    unique = list(dict.fromkeys(int(clip_id) for clip_id in clip_ids))
    for clip_id in unique:
        store.require(case, "clips", clip_id)
    return unique


def add_session(case: Case, held_on: Any, minutes: int, *, supervisor: str = "",
                stage: int | None = None, notes: str = "",
                clip_ids: Iterable[int] = ()) -> SupervisionSession:
    values = _session_values({"held_on": held_on, "minutes": minutes,
                              "supervisor": supervisor, "stage": stage, "notes": notes})
    clips = _check_clips(case, clip_ids)
    with case.operation(_("Add supervision session")) as db:
        session_id = store.insert(db, "supervision_sessions", values)
        _set_clips(db, session_id, clips)
    return get_session(case, session_id)


def update_session(case: Case, session_id: int, *, held_on: Any = UNSET, minutes: Any = UNSET,
                   supervisor: Any = UNSET, stage: Any = UNSET, notes: Any = UNSET,
                   clip_ids: Any = UNSET) -> SupervisionSession:
    current = store.require(case, "supervision_sessions", session_id)
    values = _session_values({**current, **store.given({
        "held_on": held_on, "minutes": minutes, "supervisor": supervisor, "stage": stage,
        "notes": notes})})
    clips = None if clip_ids is UNSET else _check_clips(case, clip_ids)
    with case.operation(_("Change supervision session")) as db:
        store.update(db, "supervision_sessions", session_id, values)
        if clips is not None:
            _set_clips(db, session_id, clips)
    return get_session(case, session_id)


def _set_clips(db: Database, session_id: int, clip_ids: list[int]) -> None:
    existing = {row[1]: row[0] for row in db.execute(
        "SELECT id, clip_id FROM supervision_clips WHERE session_id = ?", [session_id])}
    for clip_id, row_id in existing.items():
        if clip_id not in clip_ids:
            store.delete(db, "supervision_clips", row_id)
    for clip_id in clip_ids:
        if clip_id not in existing:
            store.insert(db, "supervision_clips", {"session_id": session_id, "clip_id": clip_id})


def remove_session(case: Case, session_id: int) -> None:
    store.require(case, "supervision_sessions", session_id)
    with case.operation(_("Remove supervision session")) as db:
        store.delete(db, "supervision_sessions", session_id)


# -- skills self-ratings ------------------------------------------------------------------
def list_skill_ratings(case: Case) -> list[SkillRating]:
    rows = case.rows("SELECT * FROM skill_ratings ORDER BY rated_on, id")
    return [SkillRating.from_row(row) for row in rows]


def rate_skills(case: Case, rated_on: Any, ratings: Mapping[str, int], *,
                session_id: int | None = None, note: str = "") -> list[SkillRating]:
    """Record the guider's self-ratings (sub-scale code → 0..5) on one date, as one step."""
    day = store.iso_date(rated_on, _("rating date"))
    if day is None:
        raise CaseError(_("Say on which date you rated your skills."))
    if not ratings:
        raise CaseError(_("Rate at least one skill."))
    if session_id is not None:
        store.require(case, "supervision_sessions", session_id)
    known = subscale_codes()
    rows = [{"rated_on": day, "session_id": session_id,
             "subscale": store.choice(code, _("skill"), known),
             "rating": store.whole_number(value, _("skill rating"), 0, 5),
             "note": store.text(note, _("note"))}
            for code, value in ratings.items()]
    with case.operation(_("Rate skills")) as db:
        ids = [store.insert(db, "skill_ratings", row) for row in rows]
    return [SkillRating.from_row(store.require(case, "skill_ratings", row_id)) for row_id in ids]


def remove_skill_rating(case: Case, rating_id: int) -> None:
    store.require(case, "skill_ratings", rating_id)
    with case.operation(_("Remove skill rating")) as db:
        store.delete(db, "skill_ratings", rating_id)
