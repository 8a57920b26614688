"""Each kind of export serves only its own purposes (issue 10, item 2; DESIGN.md §5).

Filming is never an export purpose; a booklet or a review pack is for the family's own copy
or a named professional, a supervision pack for supervision or training, a clip or still for
any purpose but filming and the shared review. Any other purpose is refused plainly before
anything is written and without an audit entry, even when the family has consented to it;
an allowed purpose works and its audit entry shows the kind and the purpose.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.project.test_booklet import fill_family
from vigeditor.project import audit, cycles, people, reviews
from vigeditor.project.case import Case
from vigeditor.project.consent_check import EXPORT_PURPOSES, ConsentRefused
from vigeditor.project.documents.booklet.booklet import export_booklet
from vigeditor.project.documents.review_pack import export_review_pack
from vigeditor.project.documents.supervision_pack import export_supervision_pack
from vigeditor.project.errors import CaseError
from vigeditor.project.exporting import export_clip, export_still
from vigeditor.project.model import PURPOSES

PROFESSIONAL = "Dr Lee"
KINDS = ("clip", "still", "review-pack", "booklet", "supervision")
#: words of the audit entry that name the kind
KIND_WORDS = {"clip": "clip", "still": "still", "review-pack": "review pack",
              "booklet": "booklet", "supervision": "supervision pack"}


@pytest.fixture
def consenting(case_with_recording: Case) -> Case:
    return consenting_family(case_with_recording)


def consenting_family(case: Case) -> Case:
    """The family of the booklet tests, consenting to every purpose (the professional's
    consent naming Dr Lee), so only the purpose rule can refuse; a shared review planned."""
    ids = fill_family(case)
    for person in people.list_people(case):
        for purpose in PURPOSES:
            if purpose not in ("family-copy", "supervision"):
                people.give_consent(case, person.id, purpose, "2026-01-05",
                                    professional=PROFESSIONAL if purpose == "professional"
                                    else None)
    cycle = cycles.list_cycles(case)[0]
    reviews.add_item(case, cycle.id, clip_id=ids["clip"])
    reviews.add_item(case, cycle.id, still_id=ids["Laughing together."])
    return case


def run(case: Case, kind: str, purpose: str, out: Path) -> Path:
    professional = PROFESSIONAL if purpose == "professional" else None
    if kind == "clip":
        return export_clip(case, 1, out / "clip.mp4", purpose=purpose,
                           professional=professional, burn_caption=True)
    if kind == "still":
        return export_still(case, 1, out / "still.png", purpose=purpose,
                            professional=professional)
    if kind == "review-pack":
        return export_review_pack(case, 1, out / "pack", purpose=purpose,
                                  professional=professional)[0]
    if kind == "booklet":
        return export_booklet(case, out / "booklet.pdf", purpose=purpose,
                              professional=professional).path
    return export_supervision_pack(case, 1, out / "pack", purpose=purpose,
                                   professional=professional).folder


FORBIDDEN = [(kind, purpose) for kind in KINDS for purpose in PURPOSES
             if purpose not in EXPORT_PURPOSES[kind]]
ALLOWED = [(kind, purpose) for kind in KINDS for purpose in EXPORT_PURPOSES[kind]]


def test_the_purposes_are_data_in_one_place() -> None:
    assert EXPORT_PURPOSES["booklet"] == ("family-copy", "professional")
    assert EXPORT_PURPOSES["review-pack"] == ("family-copy", "professional")
    assert EXPORT_PURPOSES["supervision"] == ("supervision", "training")
    assert set(EXPORT_PURPOSES["clip"]) == set(EXPORT_PURPOSES["still"]) == {
        "family-copy", "professional", "supervision", "training", "research"}
    assert not any("filming" in purposes for purposes in EXPORT_PURPOSES.values())
    assert ("booklet", "filming") in FORBIDDEN and ("clip", "filming") in FORBIDDEN


@pytest.mark.parametrize(("kind", "purpose"), FORBIDDEN)
def test_a_purpose_the_kind_cannot_serve_is_refused_before_anything(
        consenting: Case, tmp_path: Path, kind: str, purpose: str) -> None:
    out = tmp_path / "out"
    out.mkdir()
    before = audit.list_exports(consenting)
    with pytest.raises(ConsentRefused) as refused:
        run(consenting, kind, purpose, out)
    assert list(out.iterdir()) == []
    assert audit.list_exports(consenting) == before
    message = str(refused.value)
    assert message.startswith(("A clip", "A still", "A review pack", "A booklet",
                               "A supervision pack"))
    assert "can be exported" in message and message.rstrip(".").endswith(
        {"filming": "not for filming", "review": "not for a shared review",
         "family-copy": "not for the family's own copy",
         "professional": "not for a named professional", "supervision": "not for supervision",
         "training": "not for training", "research": "not for research"}[purpose])


def test_the_booklet_refusal_reads_plainly(consenting: Case, tmp_path: Path) -> None:
    with pytest.raises(ConsentRefused, match=r"^A booklet can be exported for the family's "
                       r"own copy or for a named professional, not for filming\.$"):
        export_booklet(consenting, tmp_path / "booklet.pdf", purpose="filming")
    assert not (tmp_path / "booklet.pdf").exists()


def test_an_unknown_purpose_is_refused_too(consenting: Case, tmp_path: Path) -> None:
    with pytest.raises(CaseError):
        export_still(consenting, 1, tmp_path / "still.png", purpose="holiday")
    assert not (tmp_path / "still.png").exists()
    assert audit.list_exports(consenting) == []


@pytest.mark.parametrize(("kind", "purpose"), ALLOWED)
def test_an_allowed_purpose_works_and_the_audit_shows_kind_and_purpose(
        consenting: Case, tmp_path: Path, kind: str, purpose: str) -> None:
    out = tmp_path / "out"
    out.mkdir()
    written = run(consenting, kind, purpose, out)
    assert written.exists()
    records = audit.list_exports(consenting)
    assert len(records) == 1
    record = records[0]
    assert record.state == "done"
    assert record.purpose == purpose
    assert KIND_WORDS[kind] in record.what.casefold()


@pytest.mark.parametrize("kind", KINDS)
def test_the_export_dialog_offers_only_the_kinds_purposes(consenting: Case, tmp_path: Path,
                                                          qapp: object, kind: str) -> None:
    from vigeditor.ui.exports.dialog import ExportDialog
    from vigeditor.ui.session import CaseSession
    from vigeditor.ui.tasks import TaskRunner

    session = CaseSession(consenting)
    dialog = ExportDialog(kind, session, TaskRunner(synchronous=True), tmp_path)
    try:
        offered = tuple(dialog.purpose.itemData(index)
                        for index in range(dialog.purpose.count()))
        assert offered == EXPORT_PURPOSES[kind]
        assert "filming" not in offered
    finally:
        dialog.deleteLater()
        session.undo_stack.clear()
