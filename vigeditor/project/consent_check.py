"""Is an export allowed? The consent check every export makes first (DESIGN.md §5).

An export names its purpose (a consent code). It needs consent for that purpose, given and
not withdrawn on the day of the export, from every person recorded in the case, and at least
one person must be recorded. Consent for ``professional`` must name the professional the
export is for. When anything is missing the export is refused with a plain message naming
who and what is missing, before anything is written.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from vigeditor.i18n import _
from vigeditor.project.case import Case
from vigeditor.project.errors import CaseError
from vigeditor.project.model import PURPOSES, Consent, Person
from vigeditor.project.people import list_consents, list_people

#: the purpose each kind of export declares unless the guider picks another
DEFAULT_PURPOSES: dict[str, str] = {
    "booklet": "family-copy",
    "review-pack": "family-copy",
    "supervision": "supervision",
    "clip": "family-copy",
    "still": "family-copy",
}


class ConsentRefused(CaseError):
    """An export was refused for want of consent; nothing was written."""


@dataclass(frozen=True)
class ConsentBasis:
    """The consent an allowed export rests on (for its audit entry)."""

    purpose: str
    consent_ids: tuple[int, ...]
    people: tuple[Person, ...]
    professional: str | None = None
    on: str = ""


def purpose_for(kind: str, purpose: str | None = None) -> str:
    """The purpose an export of ``kind`` declares: the guider's choice or the default."""
    if purpose:
        return purpose
    if kind not in DEFAULT_PURPOSES:
        raise CaseError(_("There is no export called '{kind}'.").format(kind=kind))
    return DEFAULT_PURPOSES[kind]


def require_consent(case: Case, purpose: str, *, professional: str | None = None,
                    on: str | None = None) -> ConsentBasis:
    """The consent basis for an export for ``purpose`` on ``on`` (default today), or
    :class:`ConsentRefused` naming who and what is missing."""
    if purpose not in PURPOSES:
        raise CaseError(_("'{purpose}' is not a purpose of consent; use one of {purposes}.")
                        .format(purpose=purpose, purposes=", ".join(PURPOSES)))
    name = (professional or "").strip() or None
    if purpose == "professional" and name is None:
        raise ConsentRefused(_("Export refused: say which professional it is for, so their "
                               "consent can be checked."))
    if purpose != "professional":
        name = None
    day = on or date.today().isoformat()
    people = list_people(case)
    what = _what(purpose, name)
    if not people:
        raise ConsentRefused(_("Export refused: nobody is recorded in this case, so there is "
                               "no {what} consent. Add the family members and their consent "
                               "first.").format(what=what))
    consents = list_consents(case)
    granted: list[int] = []
    missing: list[Person] = []
    withdrawn: list[tuple[Person, str]] = []
    for person in people:
        relevant = [consent for consent in consents if consent.person_id == person.id
                    and consent.purpose == purpose and _names(consent, name)]
        in_force = [consent for consent in relevant if consent.in_force(day)]
        if in_force:
            granted.append(in_force[0].id)
            continue
        ended = sorted((consent.withdrawn for consent in relevant
                        if consent.withdrawn is not None and consent.withdrawn <= day),
                       reverse=True)
        if ended:
            withdrawn.append((person, ended[0]))
        else:
            missing.append(person)
    if missing or withdrawn:
        raise ConsentRefused(_refusal(what, missing, withdrawn))
    return ConsentBasis(purpose=purpose, consent_ids=tuple(granted), people=tuple(people),
                        professional=name, on=day)


def _names(consent: Consent, professional: str | None) -> bool:
    if professional is None:
        return True
    return (consent.professional or "").strip().casefold() == professional.casefold()


def _what(purpose: str, professional: str | None) -> str:
    if professional:
        return _("{purpose} (for {name})").format(purpose=purpose, name=professional)
    return purpose


def _person(person: Person) -> str:
    return _("{name} ({role})").format(name=person.name, role=_(person.role))


def _join(parts: list[str]) -> str:
    if len(parts) <= 1:
        return "".join(parts)
    return _("{first} and {last}").format(first=", ".join(parts[:-1]), last=parts[-1])


def _refusal(what: str, missing: list[Person], withdrawn: list[tuple[Person, str]]) -> str:
    parts = []
    if missing:
        parts.append(_("missing for {people}").format(
            people=_join([_person(person) for person in missing])))
    if withdrawn:
        parts.append(_("withdrawn for {people}").format(people=_join([
            _("{person} on {date}").format(person=_person(person), date=day)
            for person, day in withdrawn])))
    return _("Export refused: {what} consent is {problems}.").format(
        what=what, problems=_("{first} and {last}").format(first=parts[0], last=parts[1])
        if len(parts) == 2 else parts[0])
