"""Consent given with a later date is "not yet valid", not "missing" (issue 10, item 14); and
the shared review's consent check (issue 10, item 6), Qt-free."""

from __future__ import annotations

import pytest

from vigeditor.project.audit import list_exports
from vigeditor.project.case import Case
from vigeditor.project.consent_check import (
    MISSING,
    NOT_YET_VALID,
    WITHDRAWN,
    ConsentRefused,
    check_review_consent,
    record_review_without_consent,
    require_consent,
)
from vigeditor.project.errors import CaseError
from vigeditor.project.people import add_person, give_consent, withdraw_consent

TODAY = "2026-11-30"


def test_future_consent_is_reported_as_not_yet_valid(case: Case) -> None:
    sam = add_person(case, "Sam", "carer").id
    give_consent(case, sam, "supervision", "2027-01-05")
    with pytest.raises(ConsentRefused) as refused:
        require_consent(case, "supervision", on=TODAY)
    assert str(refused.value) == ("Export refused: consent for supervision is not yet valid for "
                                  "Sam (carer). Sam's consent for supervision starts on "
                                  "2027-01-05. "
                                  "Or blur the faces of people without consent: they are "
                                  "then not shown.")
    assert "missing" not in str(refused.value)
    # from that day on it counts
    assert require_consent(case, "supervision", on="2027-01-05").people[0].name == "Sam"


def test_missing_withdrawn_and_future_together(case: Case) -> None:
    alex = add_person(case, "Alex", "carer").id
    add_person(case, "Robin", "child")
    sam = add_person(case, "Sam", "sibling").id
    give_consent(case, alex, "training", "2026-01-05")
    withdraw_consent(case, alex, "training", "2026-10-01")
    give_consent(case, sam, "training", "2027-01-05")
    with pytest.raises(ConsentRefused) as refused:
        require_consent(case, "training", on=TODAY)
    assert str(refused.value) == (
        "Export refused: consent for training is missing for Robin (child), withdrawn for Alex "
        "(carer) on 2026-10-01 and not yet valid for Sam (sibling). Sam's consent for "
        "training starts on 2027-01-05."
        " Or blur the faces of people without consent: they are then not shown.")


def test_review_consent_names_who_lacks_it_and_why(case: Case) -> None:
    alex = add_person(case, "Alex", "carer").id
    add_person(case, "Robin", "child")
    sam = add_person(case, "Sam", "sibling").id
    add_person(case, "Ms Green", "professional")  # not filmed: not asked
    give_consent(case, alex, "review", "2026-01-05")
    withdraw_consent(case, alex, "review", "2026-10-01")
    give_consent(case, sam, "review", "2027-01-05")
    check = check_review_consent(case, on=TODAY)
    assert not check.complete
    assert [(gap.person.name, gap.state, gap.date) for gap in check.gaps] == [
        ("Alex", WITHDRAWN, "2026-10-01"), ("Robin", MISSING, None),
        ("Sam", NOT_YET_VALID, "2027-01-05")]
    assert check.lines() == [
        "Alex (carer) withdrew consent for the shared review on 2026-10-01.",
        "Robin (child) has no consent for the shared review.",
        "Sam (sibling): consent for the shared review starts on 2027-01-05, so it is not yet "
        "valid."]


def test_review_consent_in_place_for_everyone_filmed(case: Case) -> None:
    assert check_review_consent(case, on=TODAY).nobody  # nobody recorded: nothing to rest on
    alex = add_person(case, "Alex", "carer").id
    robin = add_person(case, "Robin", "child").id
    add_person(case, "Ms Green", "professional")
    give_consent(case, alex, "review", "2026-01-05")
    give_consent(case, robin, "review", "2026-01-05")
    check = check_review_consent(case, on=TODAY)
    assert check.complete and check.lines() == [] and len(check.consent_ids) == 2


def test_starting_anyway_is_recorded_with_the_reason(case: Case) -> None:
    alex = add_person(case, "Alex", "carer").id
    add_person(case, "Robin", "child")
    give_consent(case, alex, "review", "2026-01-05")
    check = check_review_consent(case, on=TODAY)
    with pytest.raises(CaseError, match="Say why"):
        record_review_without_consent(case, check, "   ", cycle=2)
    assert list_exports(case) == []
    entry = record_review_without_consent(case, check, "Robin's mother gave consent by "
                                          "phone;\n form to follow", cycle=2)
    assert list_exports(case) == [entry]
    assert entry.purpose == "review" and entry.consents == check.consent_ids
    assert entry.what == ("shared review of cycle 2, started without consent: Robin (child) "
                          "has no consent for the shared review. Reason: Robin's mother gave "
                          "consent by phone; form to follow")
