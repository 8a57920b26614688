"""The traject plan: sections under headings, co-written with the family.

A new case has the headings of DESIGN.md §2; a service can rename, add, remove and
reorder them.
"""

from __future__ import annotations

from typing import Any

from vigeditor.i18n import _
from vigeditor.project import store
from vigeditor.project.case import Case
from vigeditor.project.errors import CaseError
from vigeditor.project.model import PlanSection
from vigeditor.project.store import UNSET


def list_sections(case: Case) -> list[PlanSection]:
    rows = case.rows("SELECT * FROM plan_sections ORDER BY position, id")
    return [PlanSection.from_row(row) for row in rows]


def add_section(case: Case, heading: str, text: str = "") -> PlanSection:
    values = {"heading": store.text(heading, _("heading"), required=True, limit=200),
              "text": store.text(text, _("plan text"))}
    with case.operation(_("Add plan section")) as db:
        values["position"] = store.next_position(db, "plan_sections")
        section_id = store.insert(db, "plan_sections", values)
    return PlanSection.from_row(store.require(case, "plan_sections", section_id))


def update_section(case: Case, section_id: int, *, heading: Any = UNSET,
                   text: Any = UNSET) -> PlanSection:
    store.require(case, "plan_sections", section_id)
    values = store.given({"heading": heading, "text": text})
    if "heading" in values:
        values["heading"] = store.text(values["heading"], _("heading"), required=True,
                                       limit=200)
    if "text" in values:
        values["text"] = store.text(values["text"], _("plan text"))
    with case.operation(_("Change traject plan")) as db:
        store.update(db, "plan_sections", section_id, values)
    return PlanSection.from_row(store.require(case, "plan_sections", section_id))


def remove_section(case: Case, section_id: int) -> None:
    store.require(case, "plan_sections", section_id)
    with case.operation(_("Remove plan section")) as db:
        store.delete(db, "plan_sections", section_id)


def move_section(case: Case, section_id: int, position: int) -> list[PlanSection]:
    """Move a section to ``position`` (0 is first) in the plan."""
    sections = list_sections(case)
    moving = next((section for section in sections if section.id == section_id), None)
    if moving is None:
        raise CaseError(_("There is no plan section {id} in this case.").format(id=section_id))
    position = store.whole_number(position, _("position"), 0, len(sections) - 1)
    with case.operation(_("Reorder traject plan")) as db:
        store.write_positions(db, "plan_sections", store.moved(sections, moving, position))
    return list_sections(case)
