"""save_after_review: the after-review form as one operation (replace working points, set or
remove this cycle's ratings), checked before anything is written, undoable."""

from __future__ import annotations

import pytest

from vigeditor.project import cycles, questions, reviews
from vigeditor.project.case import Case
from vigeditor.project.errors import CaseError


def _cycle_ratings(case: Case, cycle_id: int) -> dict[int, int]:
    return {r.question_id: r.rating for r in questions.list_ratings(case)
            if r.stage == "cycle" and r.cycle_id == cycle_id}


def test_save_after_review_replaces_points_and_ratings(case: Case) -> None:
    cycle = cycles.add_cycle(case)
    first = questions.add_question(case, "Bedtime?")
    second = questions.add_question(case, "Playing?")
    questions.rate_question(case, second.id, 3, stage="cycle", cycle_id=cycle.id)
    for text in ("One", "Two", "Three"):
        cycles.add_working_point(case, cycle.id, text)
    review = reviews.save_after_review(case, cycle.id, parent_noticed=" She waited. ",
                                       notes="", working_points=["Uno", "Dos"],
                                       ratings={first.id: 7, second.id: None})
    assert review.parent_noticed == "She waited."
    assert [p.text for p in cycles.list_working_points(case, cycle.id)] == ["Uno", "Dos"]
    assert _cycle_ratings(case, cycle.id) == {first.id: 7}
    case.history.undo()
    assert [p.text for p in cycles.list_working_points(case, cycle.id)] == ["One", "Two",
                                                                            "Three"]
    assert _cycle_ratings(case, cycle.id) == {second.id: 3}
    assert reviews.get_review(case, cycle.id) is None


@pytest.mark.parametrize(("fields", "message"), [
    ({"working_points": ["  "]}, "cannot be empty"),
    ({"ratings": {1: 11}}, "from 1 to 10"),
    ({"ratings": {99: 5}}, "no helping question 99"),
])
def test_save_after_review_refuses_bad_values_and_writes_nothing(
        case: Case, fields: dict[str, object], message: str) -> None:
    cycle = cycles.add_cycle(case)
    questions.add_question(case, "Bedtime?")
    cycles.add_working_point(case, cycle.id, "Keep me")
    values: dict[str, object] = {"parent_noticed": "x", "notes": "", "working_points": [],
                                 "ratings": {}, **fields}
    with pytest.raises(CaseError, match=message):
        reviews.save_after_review(case, cycle.id, **values)  # type: ignore[arg-type]
    assert [p.text for p in cycles.list_working_points(case, cycle.id)] == ["Keep me"]
    assert reviews.get_review(case, cycle.id) is None
