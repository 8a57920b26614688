"""People in a case (carers, children, siblings, professionals) and their consent.

Consent is recorded per person and per purpose (DESIGN.md §5), with the dates it was given
and withdrawn; ``professional`` consent names the professional it allows sharing with.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

from vigeditor.i18n import _
from vigeditor.project import store
from vigeditor.project.case import Case
from vigeditor.project.errors import CaseError
from vigeditor.project.model import PURPOSES, ROLES, Consent, Person
from vigeditor.project.store import UNSET

#: The purposes a family usually consents to at the start ("all the usual").
USUAL_PURPOSES: tuple[str, ...] = ("filming", "review", "family-copy", "supervision")


@dataclass(frozen=True)
class NewPerson:
    """A person to add with the purposes they consent to (never ``professional``)."""

    name: str
    role: str
    purposes: tuple[str, ...] = field(default=USUAL_PURPOSES)


def list_people(case: Case) -> list[Person]:
    return [Person.from_row(row) for row in case.rows("SELECT * FROM people ORDER BY id")]


def get_person(case: Case, person_id: int) -> Person:
    return Person.from_row(store.require(case, "people", person_id))


def find_person(case: Case, name: str) -> Person:
    """The one person with this name (case-insensitive), or a plain message."""
    wanted = name.strip().casefold()
    found = [person for person in list_people(case) if person.name.casefold() == wanted]
    if not found:
        raise CaseError(_("There is nobody called '{name}' in this case.").format(name=name))
    if len(found) > 1:
        raise CaseError(_("More than one person is called '{name}' in this case.").format(
            name=name))
    return found[0]


def add_person(case: Case, name: str, role: str, note: str = "") -> Person:
    values = {"name": store.text(name, _("name"), required=True, limit=200),
              "role": store.choice(role, _("role"), ROLES),
              "note": store.text(note, _("note"))}
    with case.operation(_("Add {name}").format(name=values["name"])) as db:
        person_id = store.insert(db, "people", values)
    return get_person(case, person_id)


def update_person(case: Case, person_id: int, *, name: Any = UNSET, role: Any = UNSET,
                  note: Any = UNSET) -> Person:
    store.require(case, "people", person_id)
    values = store.given({"name": name, "role": role, "note": note})
    if "name" in values:
        values["name"] = store.text(values["name"], _("name"), required=True, limit=200)
    if "role" in values:
        values["role"] = store.choice(values["role"], _("role"), ROLES)
    if "note" in values:
        values["note"] = store.text(values["note"], _("note"))
    with case.operation(_("Change person")) as db:
        store.update(db, "people", person_id, values)
    return get_person(case, person_id)


def remove_person(case: Case, person_id: int) -> None:
    """Remove a person and their consent records."""
    person = get_person(case, person_id)
    with case.operation(_("Remove {name}").format(name=person.name)) as db:
        store.delete(db, "people", person_id)


# -- consent -----------------------------------------------------------------------------
def list_consents(case: Case, person_id: int | None = None) -> list[Consent]:
    if person_id is None:
        rows = case.rows("SELECT * FROM consents ORDER BY person_id, purpose, id")
    else:
        rows = case.rows("SELECT * FROM consents WHERE person_id = ? ORDER BY purpose, id",
                         [person_id])
    return [Consent.from_row(row) for row in rows]


def give_consent(case: Case, person_id: int, purpose: str, given: Any, *,
                 professional: str | None = None, note: str = "") -> Consent:
    """Record that a person gave consent for a purpose on a date."""
    person = get_person(case, person_id)
    purpose = store.choice(purpose, _("purpose"), PURPOSES)
    day = store.iso_date(given, _("date consent was given"))
    if day is None:
        raise CaseError(_("Say on which date consent was given."))
    name = _professional(purpose, professional)
    if _open_consent(case, person.id, purpose, name) is not None:
        raise CaseError(_("{name} already has consent in force for {purpose}.").format(
            name=person.name, purpose=purpose))
    values = {"person_id": person.id, "purpose": purpose, "professional": name,
              "given": day, "note": store.text(note, _("note"))}
    with case.operation(_("Record consent")) as db:
        consent_id = store.insert(db, "consents", values)
    return Consent.from_row(store.require(case, "consents", consent_id))


def withdraw_consent(case: Case, person_id: int, purpose: str, withdrawn: Any, *,
                     professional: str | None = None) -> Consent:
    """Record that consent in force for a purpose was withdrawn on a date."""
    person = get_person(case, person_id)
    purpose = store.choice(purpose, _("purpose"), PURPOSES)
    day = store.iso_date(withdrawn, _("date consent was withdrawn"))
    if day is None:
        raise CaseError(_("Say on which date consent was withdrawn."))
    name = _professional(purpose, professional) if professional or purpose != "professional" \
        else None
    current = _open_consent(case, person.id, purpose, name)
    if current is None:
        raise CaseError(_("{name} has no consent in force for {purpose} to withdraw.").format(
            name=person.name, purpose=purpose))
    if current.given and day < current.given:
        raise CaseError(_("Consent cannot be withdrawn before the date it was given "
                          "({given}).").format(given=current.given))
    with case.operation(_("Record withdrawal of consent")) as db:
        store.update(db, "consents", current.id, {"withdrawn": day})
    return Consent.from_row(store.require(case, "consents", current.id))


def remove_consent(case: Case, consent_id: int) -> None:
    """Remove a consent record entered by mistake: the "given" record and any withdrawal
    of it (to take back only a mistaken withdrawal, use :func:`remove_withdrawal`)."""
    store.require(case, "consents", consent_id)
    with case.operation(_("Remove consent record")) as db:
        store.delete(db, "consents", consent_id)


def remove_withdrawal(case: Case, consent_id: int) -> Consent:
    """Take back a withdrawal entered by mistake: the consent it closed is in force again.

    Raises CaseError when the record has no withdrawal, or when consent for the same purpose
    was given again since (remove that record first, or two would be in force).
    """
    consent = Consent.from_row(store.require(case, "consents", consent_id))
    if consent.withdrawn is None:
        raise CaseError(_("This consent record has no withdrawal to remove."))
    if _open_consent(case, consent.person_id, consent.purpose, consent.professional):
        raise CaseError(_("Consent for {purpose} was given again after this withdrawal. "
                          "Remove that newer record first.").format(purpose=consent.purpose))
    with case.operation(_("Remove withdrawal of consent")) as db:
        store.update(db, "consents", consent.id, {"withdrawn": None})
    return Consent.from_row(store.require(case, "consents", consent.id))


def has_consent(case: Case, person_id: int, purpose: str, *, on: str | None = None,
                professional: str | None = None) -> bool:
    """Whether the person's consent for ``purpose`` is in force on ``on`` (default today)."""
    day = on or date.today().isoformat()
    for consent in list_consents(case, person_id):
        if consent.purpose != purpose or not consent.in_force(day):
            continue
        if purpose != "professional" or professional is None or \
                (consent.professional or "").casefold() == professional.strip().casefold():
            return True
    return False


def _professional(purpose: str, professional: str | None) -> str | None:
    name = store.optional_text(professional, _("professional's name"))
    if purpose == "professional" and not name:
        raise CaseError(_("Consent to share with a professional must name the professional."))
    if purpose != "professional" and name:
        raise CaseError(_("Only consent for the purpose 'professional' names a professional."))
    return name


def _open_consent(case: Case, person_id: int, purpose: str,
                  professional: str | None) -> Consent | None:
    for consent in list_consents(case, person_id):
        if consent.purpose == purpose and consent.withdrawn is None and (
                professional is None or
                (consent.professional or "").casefold() == professional.casefold()):
            return consent
    return None


# -- several at once (one operation, so one undo step) -------------------------------------
Cell = tuple[int, str]  # (person id, purpose)


def set_consents(case: Case, cells: Sequence[Cell], action: Literal["give", "withdraw"],
                 day: Any, *, professional: str | None = None) -> int:
    """Record consent given (or withdrawn) on ``day`` for every (person id, purpose) cell.

    Cells where it is already so (consent in force when giving, none in force when
    withdrawing) are left alone. Returns how many records changed. Raises CaseError, with
    nothing written, when a value is refused or when no cell would change.
    """
    give = action == "give"
    day = store.iso_date(day, _("date consent was given") if give
                         else _("date consent was withdrawn"))
    if day is None:
        raise CaseError(_("Say on which date."))
    plan: list[tuple[Cell, Consent | None]] = []
    for person_id, purpose in dict.fromkeys(cells):
        get_person(case, person_id)
        purpose = store.choice(purpose, _("purpose"), PURPOSES)
        named = professional if purpose == "professional" else None
        name = _professional(purpose, named) if give or named else None
        current = _open_consent(case, person_id, purpose, name)
        if give and current is None:
            plan.append(((person_id, purpose), None))
        elif not give and current is not None:
            if current.given and day < current.given:
                raise CaseError(_("Consent cannot be withdrawn before the date it was given "
                                  "({given}).").format(given=current.given))
            plan.append(((person_id, purpose), current))
    if not plan:
        raise CaseError(_("Nothing to record: the selected consent is already so."))
    label = _("Record consent") if give else _("Record withdrawal of consent")
    with case.operation(label) as db:
        for (person_id, purpose), current in plan:
            if current is None:
                store.insert(db, "consents", {
                    "person_id": person_id, "purpose": purpose, "given": day, "note": "",
                    "professional": professional if purpose == "professional" else None})
            else:
                store.update(db, "consents", current.id, {"withdrawn": day})
    return len(plan)


def add_people(case: Case, people: Sequence[NewPerson], day: Any) -> list[Person]:
    """Add people and the consent each gave on ``day``, all in one operation.

    All or nothing: every value is checked first, and a refusal (CaseError) writes nothing.
    ``professional`` consent needs a name, so it is refused here: record it in Case details.
    """
    given = store.iso_date(day, _("date consent was given"))
    if given is None:
        raise CaseError(_("Say on which date consent was given."))
    checked = []
    for person in people:
        name = store.text(person.name, _("name"), required=True, limit=200)
        role = store.choice(person.role, _("role"), ROLES)
        purposes = [store.choice(code, _("purpose"), PURPOSES)
                    for code in dict.fromkeys(person.purposes)]
        if "professional" in purposes:
            raise CaseError(_("Consent to share with a professional must name the "
                              "professional: record it in Case details."))
        checked.append((name, role, purposes))
    ids = []
    with case.operation(_("Add people and their consent")) as db:
        for name, role, purposes in checked:
            person_id = store.insert(db, "people", {"name": name, "role": role, "note": ""})
            ids.append(person_id)
            for purpose in purposes:
                store.insert(db, "consents", {"person_id": person_id, "purpose": purpose,
                                              "professional": None, "given": given,
                                              "note": ""})
    return [get_person(case, person_id) for person_id in ids]
