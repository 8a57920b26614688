"""Helping questions (the family's own goals) and their 1–10 ratings.

A question is rated at the start, after each cycle and at the end; it also has the rating
the family hopes to reach.
"""

from __future__ import annotations

from typing import Any

from vigeditor.i18n import _
from vigeditor.project import store
from vigeditor.project.case import Case
from vigeditor.project.errors import CaseError
from vigeditor.project.model import RATING_STAGES, HelpingQuestion, QuestionRating
from vigeditor.project.store import UNSET


def list_questions(case: Case) -> list[HelpingQuestion]:
    rows = case.rows("SELECT * FROM helping_questions ORDER BY position, id")
    return [HelpingQuestion.from_row(row) for row in rows]


def get_question(case: Case, question_id: int) -> HelpingQuestion:
    return HelpingQuestion.from_row(store.require(case, "helping_questions", question_id))


def _question_values(case: Case, text: Any, asked_by: Any, hoped_rating: Any) -> dict[str, Any]:
    if asked_by is not None:
        store.require(case, "people", asked_by)
    return {
        "text": store.text(text, _("helping question"), required=True, limit=1000),
        "asked_by": asked_by,
        "hoped_rating": None if hoped_rating is None else
        store.whole_number(hoped_rating, _("hoped-for rating"), 1, 10),
    }


def add_question(case: Case, text: str, *, asked_by: int | None = None,
                 hoped_rating: int | None = None) -> HelpingQuestion:
    values = _question_values(case, text, asked_by, hoped_rating)
    with case.operation(_("Add helping question")) as db:
        values["position"] = store.next_position(db, "helping_questions")
        question_id = store.insert(db, "helping_questions", values)
    return get_question(case, question_id)


def update_question(case: Case, question_id: int, *, text: Any = UNSET, asked_by: Any = UNSET,
                    hoped_rating: Any = UNSET) -> HelpingQuestion:
    current = store.require(case, "helping_questions", question_id)
    merged = {**current, **store.given({"text": text, "asked_by": asked_by,
                                        "hoped_rating": hoped_rating})}
    values = _question_values(case, merged["text"], merged["asked_by"], merged["hoped_rating"])
    with case.operation(_("Change helping question")) as db:
        store.update(db, "helping_questions", question_id, values)
    return get_question(case, question_id)


def remove_question(case: Case, question_id: int) -> None:
    """Remove a helping question and its ratings."""
    store.require(case, "helping_questions", question_id)
    with case.operation(_("Remove helping question")) as db:
        store.delete(db, "helping_questions", question_id)


def list_ratings(case: Case, question_id: int | None = None) -> list[QuestionRating]:
    sql = ("SELECT r.* FROM question_ratings r LEFT JOIN cycles c ON c.id = r.cycle_id "
           "{where} ORDER BY r.question_id, CASE r.stage WHEN 'start' THEN 0 "
           "WHEN 'cycle' THEN 1 ELSE 2 END, c.number")
    if question_id is None:
        rows = case.rows(sql.format(where=""))
    else:
        rows = case.rows(sql.format(where="WHERE r.question_id = ?"), [question_id])
    return [QuestionRating.from_row(row) for row in rows]


def rate_question(case: Case, question_id: int, rating: Any, *, stage: str = "cycle",
                  cycle_id: int | None = None, rated_on: Any = None) -> QuestionRating:
    """Set the question's rating at the start, for a cycle, or at the end (replacing any)."""
    store.require(case, "helping_questions", question_id)
    stage = store.choice(stage, _("rating moment"), RATING_STAGES)
    if (stage == "cycle") != (cycle_id is not None):
        raise CaseError(_("A rating after a cycle names its cycle; start and end ratings "
                          "do not."))
    if cycle_id is not None:
        store.require(case, "cycles", cycle_id)
    values = {"question_id": question_id, "stage": stage, "cycle_id": cycle_id,
              "rating": store.whole_number(rating, _("rating"), 1, 10),
              "rated_on": store.iso_date(rated_on, _("rating date"))}
    existing = case.rows("SELECT id FROM question_ratings WHERE question_id = ? AND stage = ? "
                         "AND cycle_id IS ?", [question_id, stage, cycle_id])
    with case.operation(_("Rate helping question")) as db:
        if existing:
            rating_id = existing[0]["id"]
            store.update(db, "question_ratings", rating_id, values)
        else:
            rating_id = store.insert(db, "question_ratings", values)
    return QuestionRating.from_row(store.require(case, "question_ratings", rating_id))


def remove_rating(case: Case, rating_id: int) -> None:
    store.require(case, "question_ratings", rating_id)
    with case.operation(_("Remove rating")) as db:
        store.delete(db, "question_ratings", rating_id)
