"""The case's own details: family code, optional names, guider, service, dates."""

from __future__ import annotations

from typing import Any

from vigeditor.i18n import _
from vigeditor.project import store
from vigeditor.project.case import Case
from vigeditor.project.errors import CaseError
from vigeditor.project.model import CaseDetails
from vigeditor.project.store import UNSET, clean_family_code


def get_details(case: Case) -> CaseDetails:
    return CaseDetails.from_row(store.require(case, "case_info", 1))


def update_details(case: Case, *, family_code: Any = UNSET, family_name: Any = UNSET,
                   guider: Any = UNSET, service: Any = UNSET, started: Any = UNSET,
                   ended: Any = UNSET, end_of_involvement: Any = UNSET,
                   notes: Any = UNSET) -> CaseDetails:
    """Change some of the case's details (the others are kept)."""
    changes = store.given({
        "family_code": family_code, "family_name": family_name, "guider": guider,
        "service": service, "started": started, "ended": ended,
        "end_of_involvement": end_of_involvement, "notes": notes})
    values: dict[str, Any] = {}
    for name, value in changes.items():
        if name == "family_code":
            values[name] = clean_family_code(value)
        elif name in ("started", "ended", "end_of_involvement"):
            values[name] = store.iso_date(value, _date_field(name))
        elif name == "notes":
            values[name] = store.text(value, _("notes"))
        else:
            values[name] = store.optional_text(value, name.replace("_", " "))
    merged = {**store.require(case, "case_info", 1), **values}
    if merged["started"] and merged["ended"] and merged["ended"] < merged["started"]:
        raise CaseError(_("The case cannot end before it started."))
    with case.operation(_("Change case details")) as db:
        store.update(db, "case_info", 1, values)
    return get_details(case)


def _date_field(name: str) -> str:
    return {"started": _("start date"), "ended": _("end date"),
            "end_of_involvement": _("end of involvement date")}[name]
