"""People and consent: several at once, in one undo step; a mistaken record removed alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from vigeditor.project import people
from vigeditor.project.case import Case
from vigeditor.project.case_setup import create_case
from vigeditor.project.errors import CaseError
from vigeditor.project.people import NewPerson


def states(case: Case) -> list[tuple[int, str, str | None, str | None]]:
    return [(c.person_id, c.purpose, c.given, c.withdrawn) for c in people.list_consents(case)]


def test_add_people_with_the_usual_consent_in_one_step(case: Case) -> None:
    added = people.add_people(case, [NewPerson("Kim", "carer"),
                                     NewPerson("Sam", "child", ("filming", "training"))],
                              "2026-11-30")
    assert [(p.name, p.role) for p in added] == [("Kim", "carer"), ("Sam", "child")]
    kim, sam = (p.id for p in added)
    assert sorted(states(case)) == sorted(
        [(kim, code, "2026-11-30", None) for code in people.USUAL_PURPOSES]
        + [(sam, "filming", "2026-11-30", None), (sam, "training", "2026-11-30", None)])
    case.history.undo()
    assert people.list_people(case) == [] and states(case) == []


def test_add_people_refuses_everything_on_one_bad_value(case: Case) -> None:
    with pytest.raises(CaseError):
        people.add_people(case, [NewPerson("Kim", "carer"), NewPerson("  ", "child")],
                          "2026-11-30")
    with pytest.raises(CaseError, match="professional"):
        people.add_people(case, [NewPerson("Kim", "carer", ("professional",))], "2026-11-30")
    assert people.list_people(case) == [] and states(case) == []


def test_set_consents_for_several_cells_is_one_undo_step(case: Case) -> None:
    kim = people.add_person(case, "Kim", "carer").id
    sam = people.add_person(case, "Sam", "child").id
    people.give_consent(case, kim, "filming", "2026-11-01")
    cells = [(kim, "filming"), (kim, "review"), (sam, "filming")]
    assert people.set_consents(case, cells, "give", "2026-11-30") == 2  # kim filming kept
    assert sorted(states(case)) == sorted([(kim, "filming", "2026-11-01", None),
                                           (kim, "review", "2026-11-30", None),
                                           (sam, "filming", "2026-11-30", None)])
    assert people.set_consents(case, cells, "withdraw", "2026-12-02") == 3
    assert all(withdrawn == "2026-12-02" for *_rest, withdrawn in states(case))
    case.history.undo()
    assert all(withdrawn is None for *_rest, withdrawn in states(case))
    case.history.undo()
    assert states(case) == [(kim, "filming", "2026-11-01", None)]
    with pytest.raises(CaseError, match="already"):
        people.set_consents(case, [(sam, "review")], "withdraw", "2026-12-02")
    with pytest.raises(CaseError, match="before the date"):
        people.set_consents(case, [(kim, "filming")], "withdraw", "2026-10-01")


def test_removing_a_mistaken_withdrawal_keeps_the_given_record(case: Case) -> None:
    kim = people.add_person(case, "Kim", "carer").id
    given = people.give_consent(case, kim, "filming", "2026-11-30")
    people.withdraw_consent(case, kim, "filming", "2026-12-02")
    assert not people.has_consent(case, kim, "filming", on="2026-12-03")
    restored = people.remove_withdrawal(case, given.id)
    assert (restored.id, restored.given, restored.withdrawn) == (given.id, "2026-11-30", None)
    assert people.has_consent(case, kim, "filming", on="2026-12-03")
    with pytest.raises(CaseError, match="no withdrawal"):
        people.remove_withdrawal(case, given.id)
    case.history.undo()
    assert states(case) == [(kim, "filming", "2026-11-30", "2026-12-02")]


def test_a_withdrawal_followed_by_new_consent_is_not_reopened(case: Case) -> None:
    kim = people.add_person(case, "Kim", "carer").id
    first = people.give_consent(case, kim, "review", "2026-11-01")
    people.withdraw_consent(case, kim, "review", "2026-11-10")
    people.give_consent(case, kim, "review", "2026-11-20")
    with pytest.raises(CaseError, match="given again"):
        people.remove_withdrawal(case, first.id)
    people.remove_consent(case, first.id)  # the whole mistaken first record
    assert states(case) == [(kim, "review", "2026-11-20", None)]


def test_create_case_with_people_is_all_or_nothing(tmp_path: Path) -> None:
    made = create_case(tmp_path / "F1", family_code="F1", guider="Sam",
                       people=[NewPerson("Kim", "carer")], day="2026-11-30")
    try:
        assert [p.name for p in people.list_people(made)] == ["Kim"]
        assert len(people.list_consents(made)) == len(people.USUAL_PURPOSES)
    finally:
        made.close()
    with pytest.raises(CaseError):
        create_case(tmp_path / "F2", family_code="F2",
                    people=[NewPerson("Kim", "carer"), NewPerson("Sam", "uncle")])
    assert sorted(path.name for path in tmp_path.iterdir()) == ["F1.vigcase"]
