"""Cycles (one filming and one shared review) and their working points."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from vigeditor.i18n import _
from vigeditor.project import store
from vigeditor.project.case import Case
from vigeditor.project.errors import CaseError
from vigeditor.project.model import Cycle, WorkingPoint
from vigeditor.project.store import UNSET


def list_cycles(case: Case) -> list[Cycle]:
    return [Cycle.from_row(row) for row in case.rows("SELECT * FROM cycles ORDER BY number")]


def get_cycle(case: Case, cycle_id: int) -> Cycle:
    return Cycle.from_row(store.require(case, "cycles", cycle_id))


def default_import_cycle(case: Case) -> int:
    """The cycle number a recording is imported into unless the guider says otherwise: the
    latest cycle, or 1 in a case with none yet (the app and the command line alike)."""
    return max((cycle.number for cycle in list_cycles(case)), default=1)


def cycle_by_number(case: Case, number: int) -> Cycle | None:
    rows = case.rows("SELECT * FROM cycles WHERE number = ?", [number])
    return Cycle.from_row(rows[0]) if rows else None


def add_cycle(case: Case, number: int | None = None, *, filming_date: Any = None,
              review_date: Any = None, notes: str = "") -> Cycle:
    """Add a cycle; without a number it is the one after the last."""
    if number is None:
        cycles = list_cycles(case)
        number = cycles[-1].number + 1 if cycles else 1
    values = _cycle_values(case, number=number, filming_date=filming_date,
                           review_date=review_date, notes=notes)
    with case.operation(_("Add cycle {number}").format(number=values["number"])) as db:
        cycle_id = insert_cycle(db, values)
    return get_cycle(case, cycle_id)


def insert_cycle(db: Database, values: dict[str, Any]) -> int:
    """Write a checked cycle row (inside an operation)."""
    return store.insert(db, "cycles", values)


def cycle_values(case: Case, number: Any) -> dict[str, Any]:
    """Checked values of a new cycle with this number and nothing else recorded yet."""
    return _cycle_values(case, number=number, filming_date=None, review_date=None, notes="")


def _cycle_values(case: Case, *, number: Any, filming_date: Any, review_date: Any,
                  notes: Any, cycle_id: int | None = None) -> dict[str, Any]:
    values = {
        "number": store.whole_number(number, _("cycle number"), 1, 999),
        "filming_date": store.iso_date(filming_date, _("filming date")),
        "review_date": store.iso_date(review_date, _("shared review date")),
        "notes": store.text(notes, _("notes")),
    }
    other = cycle_by_number(case, values["number"])
    if other is not None and other.id != cycle_id:
        raise CaseError(_("There is already a cycle {number} in this case.").format(
            number=values["number"]))
    if values["filming_date"] and values["review_date"] and \
            values["review_date"] < values["filming_date"]:
        raise CaseError(_("The shared review cannot be before the filming."))
    return values


def update_cycle(case: Case, cycle_id: int, *, number: Any = UNSET, filming_date: Any = UNSET,
                 review_date: Any = UNSET, notes: Any = UNSET) -> Cycle:
    current = store.require(case, "cycles", cycle_id)
    merged = {**current, **store.given({"number": number, "filming_date": filming_date,
                                        "review_date": review_date, "notes": notes})}
    values = _cycle_values(case, number=merged["number"], filming_date=merged["filming_date"],
                           review_date=merged["review_date"], notes=merged["notes"],
                           cycle_id=cycle_id)
    with case.operation(_("Change cycle {number}").format(number=values["number"])) as db:
        store.update(db, "cycles", cycle_id, values)
    return get_cycle(case, cycle_id)


def remove_cycle(case: Case, cycle_id: int) -> None:
    """Remove a cycle with its working points, ratings and review plan.

    Its recordings stay in the case, no longer in a cycle.
    """
    cycle = get_cycle(case, cycle_id)
    with case.operation(_("Remove cycle {number}").format(number=cycle.number)) as db:
        store.delete(db, "cycles", cycle_id)


# -- working points ------------------------------------------------------------------------
def list_working_points(case: Case, cycle_id: int) -> list[WorkingPoint]:
    rows = case.rows("SELECT * FROM working_points WHERE cycle_id = ? ORDER BY position",
                     [cycle_id])
    return [WorkingPoint.from_row(row) for row in rows]


def add_working_point(case: Case, cycle_id: int, text: str) -> WorkingPoint:
    store.require(case, "cycles", cycle_id)
    content = store.text(text, _("working point"), required=True)
    with case.operation(_("Add working point")) as db:
        position = store.next_position(db, "working_points", "cycle_id = ?", [cycle_id])
        point_id = store.insert(db, "working_points", {"cycle_id": cycle_id,
                                                       "position": position, "text": content})
    return WorkingPoint.from_row(store.require(case, "working_points", point_id))


def update_working_point(case: Case, point_id: int, text: str) -> WorkingPoint:
    store.require(case, "working_points", point_id)
    content = store.text(text, _("working point"), required=True)
    with case.operation(_("Change working point")) as db:
        store.update(db, "working_points", point_id, {"text": content})
    return WorkingPoint.from_row(store.require(case, "working_points", point_id))


def remove_working_point(case: Case, point_id: int) -> None:
    store.require(case, "working_points", point_id)
    with case.operation(_("Remove working point")) as db:
        store.delete(db, "working_points", point_id)
