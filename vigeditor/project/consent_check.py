"""Is an export allowed? The consent check every export makes first (DESIGN.md §5).

An export names its purpose (a consent code), one of those its kind can serve
(:data:`EXPORT_PURPOSES`, the one place they are listed; filming is never one): any other is
refused plainly before anything is written. It needs consent for that purpose, given and
not withdrawn on the day of the export, from every person recorded in the case, and at least
one person must be recorded. Consent for ``professional`` must name the professional the
export is for. When anything is missing the export is refused with a plain message naming
who and what is missing, before anything is written; unless the export blurs the faces of
people without consent (issue 14, DESIGN.md §5): then they are not shown, and it goes on.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from vigeditor.i18n import N_, _
from vigeditor.project.audit import record_export
from vigeditor.project.case import Case
from vigeditor.project.errors import CaseError
from vigeditor.project.model import PURPOSES, Consent, ExportRecord, Person
from vigeditor.project.people import list_consents, list_people
from vigeditor.project.purposes import DEFAULT_PURPOSES, EXPORT_PURPOSES


class ConsentRefused(CaseError):
    """An export was refused for want of consent; nothing was written."""


#: the roles of the people who could be in the films a shared review shows (professionals
#: are not filmed: the case records no professional as filmed)
FILMED_ROLES: tuple[str, ...] = ("carer", "child", "sibling")

#: why a person lacks consent on a day
MISSING, WITHDRAWN, NOT_YET_VALID = "missing", "withdrawn", "not yet valid"


@dataclass(frozen=True)
class ConsentGap:
    """One person without consent in force for a purpose on a day, and why.

    ``state`` is :data:`MISSING` (never given), :data:`WITHDRAWN` (``date`` is the withdrawal)
    or :data:`NOT_YET_VALID` (given with a later date: ``date`` is when it starts).
    """

    person: Person
    state: str
    date: str | None = None


@dataclass(frozen=True)
class ConsentBasis:
    """The consent an allowed export rests on (for its audit entry)."""

    purpose: str
    consent_ids: tuple[int, ...]
    people: tuple[Person, ...]
    professional: str | None = None
    on: str = ""
    #: people without consent for the purpose, allowed because the export blurs every face
    #: not kept for consent (DESIGN.md §5: they are not shown); empty otherwise
    not_shown: tuple[ConsentGap, ...] = ()



#: how a refusal names each kind, and each purpose it can serve
_KIND_WORDS: dict[str, str] = {
    "clip": N_("A clip"), "still": N_("A still"), "review-pack": N_("A review pack"),
    "booklet": N_("A booklet"), "supervision": N_("A supervision pack"),
}
_PURPOSE_WORDS: dict[str, str] = {
    "family-copy": N_("for the family's own copy"),
    "professional": N_("for a named professional"),
    "supervision": N_("for supervision"),
    "training": N_("for training"),
    "research": N_("for research"),
    "review": N_("for a shared review"),
    "filming": N_("for filming"),
}
#: each purpose of consent named on its own (audit, refusals)
PURPOSE_NAMES: dict[str, str] = {
    "family-copy": N_("The family's own copy"), "review": N_("Shared review"),
    "professional": N_("A named professional"), "supervision": N_("Supervision"),
    "training": N_("Training"), "research": N_("Research"), "filming": N_("Filming"),
}
_ROLE_WORDS: dict[str, str] = {"carer": N_("carer"), "child": N_("child"),
                               "sibling": N_("sibling"), "professional": N_("professional")}


def purpose_name(purpose: str) -> str:
    """The purpose code ``purpose`` ("family-copy", …) in words, in the current language
    (an unknown code is returned as it is)."""
    return _(PURPOSE_NAMES[purpose]) if purpose in PURPOSE_NAMES else purpose


def purpose_for(kind: str, purpose: str | None = None) -> str:
    """The purpose an export of ``kind`` declares: the guider's choice or the default.

    A purpose the kind cannot serve (filming for any kind, research for a booklet…) is
    refused plainly, before anything is written."""
    if kind not in EXPORT_PURPOSES:
        raise CaseError(_("There is no export called '{kind}'.").format(kind=kind))
    chosen = (purpose or "").strip() or DEFAULT_PURPOSES[kind]
    allowed = EXPORT_PURPOSES[kind]
    if chosen not in allowed:
        raise ConsentRefused(_("{kind} can be exported {allowed}, not {purpose}.").format(
            kind=_(_KIND_WORDS[kind]),
            allowed=_or([_(_PURPOSE_WORDS[code]) for code in allowed]),
            purpose=_(_PURPOSE_WORDS[chosen]) if chosen in _PURPOSE_WORDS
            else _("for '{purpose}'").format(purpose=chosen)))
    return chosen


def require_consent(case: Case, purpose: str, *, professional: str | None = None,
                    on: str | None = None, blurring: bool = False) -> ConsentBasis:
    """The consent basis for an export for ``purpose`` on ``on`` (default today), or
    :class:`ConsentRefused` naming who and what is missing. With ``blurring`` (the export
    blurs every face but those of people with consent: DESIGN.md §5, "people without
    consent for a purpose are not shown in its exports") people without consent do not
    refuse it: they are in the basis's ``not_shown``, and the export must not keep a face
    linked to one of them visible (:func:`vigeditor.project.blur_export.blur_for_item`
    refuses that)."""
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
                               "no consent {what}. Add the family members and their consent "
                               "first.").format(what=what))
    granted, gaps = _check(case, people, purpose, name, day)
    if gaps and not blurring:
        raise ConsentRefused(_refusal(what, purpose, gaps))
    return ConsentBasis(purpose=purpose, consent_ids=tuple(granted), people=tuple(people),
                        professional=name, on=day, not_shown=tuple(gaps))


def _check(case: Case, people: list[Person], purpose: str, professional: str | None,
           day: str) -> tuple[list[int], list[ConsentGap]]:
    """The consents in force on ``day`` for ``purpose``, and who lacks one and why."""
    consents = list_consents(case)
    granted: list[int] = []
    gaps: list[ConsentGap] = []
    for person in people:
        relevant = [consent for consent in consents if consent.person_id == person.id
                    and consent.purpose == purpose and _names(consent, professional)]
        in_force = [consent for consent in relevant if consent.in_force(day)]
        if in_force:
            granted.append(in_force[0].id)
            continue
        starts = sorted(consent.given for consent in relevant
                        if consent.given is not None and consent.given > day
                        and (consent.withdrawn is None or consent.withdrawn > consent.given))
        ended = sorted((consent.withdrawn for consent in relevant
                        if consent.withdrawn is not None and consent.withdrawn <= day),
                       reverse=True)
        if starts:
            gaps.append(ConsentGap(person, NOT_YET_VALID, starts[0]))
        elif ended:
            gaps.append(ConsentGap(person, WITHDRAWN, ended[0]))
        else:
            gaps.append(ConsentGap(person, MISSING))
    return granted, gaps


def _names(consent: Consent, professional: str | None) -> bool:
    if professional is None:
        return True
    return (consent.professional or "").strip().casefold() == professional.casefold()


def _what(purpose: str, professional: str | None) -> str:
    """The purpose of a consent as "for …" words (a named professional by name)."""
    if professional:
        return _("for {name}").format(name=professional)
    return _(_PURPOSE_WORDS[purpose]) if purpose in _PURPOSE_WORDS else purpose


def people_words(people: list[Person] | tuple[Person, ...]) -> str:
    """People as a refusal names them: "Mum (carer), Sam (sibling) and Robin (child)"."""
    return _join([_person(person) for person in people])


def _person(person: Person) -> str:
    role = _(_ROLE_WORDS[person.role]) if person.role in _ROLE_WORDS else person.role
    return _("{name} ({role})").format(name=person.name, role=role)


def _or(parts: list[str]) -> str:
    if len(parts) <= 1:
        return "".join(parts)
    return _("{first} or {last}").format(first=", ".join(parts[:-1]), last=parts[-1])


def _join(parts: list[str]) -> str:
    if len(parts) <= 1:
        return "".join(parts)
    return _("{first} and {last}").format(first=", ".join(parts[:-1]), last=parts[-1])


def _refusal(what: str, purpose: str, gaps: list[ConsentGap]) -> str:
    missing = [gap.person for gap in gaps if gap.state == MISSING]
    withdrawn = [gap for gap in gaps if gap.state == WITHDRAWN]
    future = [gap for gap in gaps if gap.state == NOT_YET_VALID]
    parts = []
    if missing:
        parts.append(_("missing for {people}").format(
            people=_join([_person(person) for person in missing])))
    if withdrawn:
        parts.append(_("withdrawn for {people}").format(people=_join([
            _("{person} on {date}").format(person=_person(gap.person), date=gap.date)
            for gap in withdrawn])))
    if future:
        parts.append(_("not yet valid for {people}").format(
            people=_join([_person(gap.person) for gap in future])))
    text = _("Export refused: consent {what} is {problems}.").format(
        what=what, problems=_join(parts))
    hint = [_("Or blur the faces of people without consent: they are then not shown.")] if (
        purpose in _PURPOSE_WORDS and purpose not in ("review", "filming")) else []
    return " ".join([text] + [_starts(gap, purpose) for gap in future] + hint)


def _starts(gap: ConsentGap, purpose: str) -> str:
    """When a consent given with a later date starts ("for the family's own copy", not the
    purpose's code)."""
    return _("{name}'s consent {what} starts on {date}.").format(
        name=gap.person.name, what=_what(purpose, None), date=gap.date)


# -- the shared review ------------------------------------------------------------------------

#: what an audit entry of a shared review started without everyone's consent begins with
SHARED_REVIEW = N_("shared review")


@dataclass(frozen=True)
class ReviewConsent:
    """Whether everyone who could be in the films has ``review`` consent in force on ``on``."""

    gaps: tuple[ConsentGap, ...]
    consent_ids: tuple[int, ...]
    on: str
    nobody: bool = False  # no carer, child or sibling is recorded in the case

    @property
    def complete(self) -> bool:
        return not self.gaps and not self.nobody

    def lines(self) -> list[str]:
        """One plain sentence per person without consent (or one saying nobody is recorded)."""
        if self.nobody:
            return [_("Nobody in the family is recorded in this case, so no consent for the "
                      "shared review is on record.")]
        return [_review_line(gap) for gap in self.gaps]


def check_review_consent(case: Case, *, on: str | None = None) -> ReviewConsent:
    """Who of the people who could be filmed (carers, children, siblings) lacks consent for
    the shared review (purpose ``review``) on ``on`` (default today), and why."""
    day = on or date.today().isoformat()
    people = [person for person in list_people(case) if person.role in FILMED_ROLES]
    granted, gaps = _check(case, people, "review", None, day)
    return ReviewConsent(gaps=tuple(gaps), consent_ids=tuple(granted), on=day,
                         nobody=not people)


def record_review_without_consent(case: Case, check: ReviewConsent, reason: str, *,
                                  cycle: int | None = None) -> ExportRecord:
    """Write an audit entry: a shared review started although ``check`` found consent
    lacking, with the guider's ``reason`` (required)."""
    why = " ".join(reason.split())
    if not why:
        raise CaseError(_("Say why the shared review starts without everyone's consent."))
    heading = _("{kind} of cycle {number}").format(kind=_(SHARED_REVIEW), number=cycle) \
        if cycle is not None else _(SHARED_REVIEW)
    what = _("{heading}, started without consent: {lacking} Reason: {reason}").format(
        heading=heading, lacking=" ".join(check.lines()), reason=why)
    # the same audit table as exports: nothing leaves the laptop, but the film is shown
    return record_export(case, what=what, purpose="review",
                         destination=_("shown on this computer's screen"),
                         consent_ids=check.consent_ids)


def _review_line(gap: ConsentGap) -> str:
    person = _person(gap.person)
    if gap.state == WITHDRAWN:
        return _("{person} withdrew consent for the shared review on {date}.").format(
            person=person, date=gap.date)
    if gap.state == NOT_YET_VALID:
        return _("{person}: consent for the shared review starts on {date}, so it is not "
                 "yet valid.").format(person=person, date=gap.date)
    return _("{person} has no consent for the shared review.").format(person=person)
