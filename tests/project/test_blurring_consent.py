"""People without consent are not shown (DESIGN.md §5, issue 14): an export that blurs every
face but those of people with consent goes ahead when someone in the case has no consent
for its purpose; without blurring it is refused, and the refusal says blurring is the way.

The face case (tests/project/blur_helpers.py): Eileen (face 1) and Leo (face 2) consent to
family copies; here the cameraman (face 3) is recorded in the case as a visitor with no
consent, and Leo's consent for family copies is withdrawn.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.project import blur_helpers
from tests.project.blur_helpers import (
    EILEEN,
    LEO,
    LONG_AGO,
    SLOTS,
    count_faces,
    decoded,
    needs_photos,
    person_id,
    read_picture,
)
from vigeditor.cli import main
from vigeditor.project import blurring, people
from vigeditor.project.audit import list_exports
from vigeditor.project.case import Case
from vigeditor.project.consent_check import ConsentRefused
from vigeditor.project.documents.booklet.booklet import export_booklet
from vigeditor.project.exporting import export_clip, export_still

face_footage = blur_helpers.face_footage
face_case_template = blur_helpers.face_case_template
face_case = blur_helpers.face_case

pytestmark = needs_photos
VISITOR = "Visitor V"


def _without_consent(case: Case) -> int:
    """Record the cameraman as a visitor without consent and link him to face 3."""
    visitor = people.add_person(case, VISITOR, "professional")
    blurring.link_face(case, 1, visitor.id, blurring.faces_for_clip(case, 1), 3)
    return visitor.id


def test_without_blurring_the_export_is_refused_and_says_blurring_is_the_way(
        face_case: Case, tmp_path: Path) -> None:
    _without_consent(face_case)
    with pytest.raises(ConsentRefused) as refused:
        export_clip(face_case, 1, tmp_path / "clip.mp4")
    assert str(refused.value) == (
        "Export refused: consent for the family's own copy is missing for Visitor V "
        "(professional). Or blur the faces of people without consent: they are then not "
        "shown.")
    assert list(tmp_path.iterdir()) == [tmp_path / "faces.vigcase"]


def test_with_blurring_people_without_consent_are_not_shown(
        face_case: Case, face_footage: blur_helpers.FaceFootage, tmp_path: Path) -> None:
    _without_consent(face_case)
    people.withdraw_consent(face_case, person_id(face_case, LEO), "family-copy", LONG_AGO)
    tracks = blurring.faces_for_clip(face_case, 1)
    blurring.link_face(face_case, 1, person_id(face_case, EILEEN), tracks, 1)
    keep = blurring.default_keep(face_case, 1, tracks, "family-copy")  # as the dialog ticks
    assert keep == {1}
    notes: list[str] = []
    written = export_clip(face_case, 1, tmp_path / "clip.mp4",
                          blur=blurring.BlurChoice(keep, tracks), notes=notes)
    frames, kept, others = count_faces(face_footage, decoded(written), {SLOTS[1]})
    print(f"clip with Leo withdrawn and the visitor without consent: frames {frames}, "
          f"Eileen's detections {kept}, others' {others}")
    assert (frames, kept, others) == (30, 30, 0)  # only Eileen (linked, consenting) is seen
    assert notes == ["Leo Parent (child) and Visitor V (professional) have no consent for "
                     "this purpose: their faces are blurred in every picture, but their "
                     "voices are not removed from the sound."]
    still_notes: list[str] = []
    still = export_still(face_case, 1, tmp_path / "still.png", blur=blurring.BlurChoice(),
                         notes=still_notes)
    assert still_notes == ["Leo Parent (child) and Visitor V (professional) have no consent "
                           "for this purpose: their faces are blurred in every picture."]
    assert count_faces(face_footage, [(17, read_picture(still))], set())[1:] == (0, 0)
    entries = list_exports(face_case)
    assert len(entries) == 2
    assert all(entry.what.endswith("not shown, without consent (faces blurred): Leo Parent "
                                   "(child) and Visitor V (professional)")
               for entry in entries)
    assert [entry.blurred_faces for entry in entries] == [2, 3]  # Eileen kept in the clip


def test_a_face_linked_to_someone_without_consent_cannot_stay_visible(
        face_case: Case, tmp_path: Path) -> None:
    _without_consent(face_case)
    tracks = blurring.faces_for_clip(face_case, 1)
    with pytest.raises(ConsentRefused, match="face 3 of Clip 1 is Visitor V"):
        export_clip(face_case, 1, tmp_path / "clip.mp4",
                    blur=blurring.BlurChoice(frozenset({1, 3}), tracks))
    assert list(tmp_path.iterdir()) == [tmp_path / "faces.vigcase"]
    assert list_exports(face_case) == []


def test_a_booklet_with_blurring_goes_ahead(face_case: Case, tmp_path: Path) -> None:
    _without_consent(face_case)
    made = export_booklet(face_case, tmp_path / "booklet.pdf", blur=blurring.DocumentBlur())
    assert made.path.is_file()
    assert "not shown, without consent (faces blurred): Visitor V" in made.record.what
    assert made.notes[-1] == ("Visitor V (professional) has no consent for this purpose: "
                              "their face is blurred in every picture.")


def test_the_command_line_says_so(face_case: Case, tmp_path: Path,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    _without_consent(face_case)
    folder = face_case.folder
    face_case.close()
    assert main(["export", "clip", str(folder), "--clip", "2", "-o",
                 str(tmp_path / "no.mp4")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Or blur the faces of people without consent" in err
    assert main(["export", "clip", str(folder), "--clip", "2", "-o",
                 str(tmp_path / "yes.mp4"), "--blur-faces"]) == 0
    out = capsys.readouterr().out
    assert "note: Visitor V (professional) has no consent for this purpose: their face is " \
           "blurred in every picture, but their voice is not removed from the sound." in out


def test_a_face_is_linked_to_one_person(face_case: Case) -> None:
    """Linking a face already linked to someone else moves it (the tryout linked face 3 to
    a visitor, then to Eileen, and the listings disagreed on whose it was)."""
    visitor = _without_consent(face_case)
    eileen = person_id(face_case, EILEEN)
    tracks = blurring.faces_for_clip(face_case, 1)
    blurring.link_face(face_case, 1, eileen, tracks, 3)
    assert blurring.linked_faces(face_case, 1, tracks) == {3: eileen}
    for still_id in (1, 2):  # the same recording's other ranges agree
        assert blurring.linked_faces(face_case, 1, blurring.faces_for_still(
            face_case, still_id)).get(3) == eileen
    assert [link.person_id for link in blurring.list_face_links(face_case, 1)] == [eileen]
    face_case.history.undo()
    assert blurring.linked_faces(face_case, 1, tracks) == {3: visitor}


def test_while_someone_lacks_consent_an_unlinked_face_cannot_stay_visible(
        face_case: Case, tmp_path: Path) -> None:
    """The tryout kept faces 1, 2 and 3 of a research export nobody had consented to: an
    unlinked face could be anyone, so while someone in the case lacks consent only faces
    linked to people with consent stay visible."""
    _without_consent(face_case)
    tracks = blurring.faces_for_clip(face_case, 1)
    with pytest.raises(ConsentRefused) as refused:
        export_clip(face_case, 1, tmp_path / "clip.mp4",
                    blur=blurring.BlurChoice(frozenset({1}), tracks))
    assert str(refused.value) == (
        "Export refused: Visitor V (professional) has no consent for this purpose, so a face "
        "stays visible only when it is linked to a person with consent; face 1 of Clip 1 is "
        "linked to nobody. Say who it is, or let it be blurred.")
    blurring.link_face(face_case, 1, person_id(face_case, EILEEN), tracks, 1)
    assert export_clip(face_case, 1, tmp_path / "clip.mp4",
                       blur=blurring.BlurChoice(frozenset({1}), tracks)).is_file()
    with pytest.raises(ConsentRefused, match="face 2 of Still 1 is linked to nobody"):
        export_still(face_case, 1, tmp_path / "still.png",
                     blur=blurring.BlurChoice(frozenset({1, 2})))
