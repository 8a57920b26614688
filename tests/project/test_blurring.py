"""Face blurring, project layer (issue 14, item 1): the faces of a clip or still tracked and
cached inside the case, hand-drawn blur boxes, people linked to faces and remembered across
ranges, the default of the faces kept visible. A real case with the face footage imported."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.project import blur_helpers
from tests.project.blur_helpers import (
    EILEEN,
    LEO,
    needs_photos,
    person_id,
)
from vigeditor.project import blurring
from vigeditor.project.case import Case
from vigeditor.project.errors import CaseError
from vigeditor.project.people import add_person, withdraw_consent

# the fixtures of blur_helpers, used here
face_footage = blur_helpers.face_footage
face_case_template = blur_helpers.face_case_template
face_case = blur_helpers.face_case

pytestmark = needs_photos


def _files(folder: Path) -> set[Path]:
    return {path for path in folder.rglob("*") if path.is_file()}


def test_a_clips_faces_are_tracked_numbered_and_cached_inside_the_case(
        face_case: Case, tmp_path: Path) -> None:
    before = _files(tmp_path.parent)
    shares: list[float] = []
    tracks = blurring.faces_for_clip(face_case, 1, progress=shares.append)
    assert (tracks.first, tracks.last) == (0, 29)
    assert tracks.numbers == [1, 2, 3]
    assert all(set(face.boxes) == set(range(30)) for face in tracks.faces)
    assert shares[-1] == 1.0 and shares == sorted(shares)
    cached = list((face_case.cache_dir / blurring.CACHE_FOLDER).iterdir())
    assert len(cached) == 1
    new_files = _files(tmp_path.parent) - before
    assert all(path.is_relative_to(face_case.folder) for path in new_files), new_files
    again = blurring.faces_for_clip(face_case, 1)
    assert again == tracks  # from the cache, the same result
    still = blurring.faces_for_still(face_case, 1)
    assert (still.first, still.last) == (17, 17) and still.numbers == [1, 2, 3]
    assert len(list((face_case.cache_dir / blurring.CACHE_FOLDER).iterdir())) == 2


def test_a_hand_drawn_box_is_followed_comes_after_the_faces_and_is_undoable(
        face_case: Case) -> None:
    tracks = blurring.faces_for_clip(face_case, 1)
    box_id = blurring.add_blur_box(face_case, 1, 10, (0.45, 0.05, 0.1, 0.1))
    assert [(box.id, box.frame) for box in blurring.list_blur_boxes(face_case, 1)] == \
        [(box_id, 10)]
    with_box = blurring.faces_for_clip(face_case, 1)
    assert with_box.numbers == tracks.numbers  # the detected faces keep their numbers
    manual = with_box.faces[-1]
    assert manual.manual and manual.number == 4 and 10 in manual.boxes
    assert not blurring.usable_tracks(face_case, 1, tracks, 0, 29)  # the box is missing
    assert blurring.usable_tracks(face_case, 1, with_box, 0, 29)
    assert blurring.faces_for_clip(face_case, 2).numbers == [1, 2, 3]  # not in clip 2
    face_case.history.undo()
    assert blurring.list_blur_boxes(face_case, 1) == []
    face_case.history.redo()
    blurring.remove_blur_box(face_case, box_id)
    assert blurring.list_blur_boxes(face_case, 1) == []
    with pytest.raises(CaseError, match="outside the picture"):
        blurring.add_blur_box(face_case, 1, 10, (1.2, 0.1, 0.1, 0.1))
    with pytest.raises(CaseError, match="outside recording 1"):
        blurring.add_blur_box(face_case, 1, 600, (0.1, 0.1, 0.1, 0.1))
    with pytest.raises(CaseError, match="no blur box"):
        blurring.remove_blur_box(face_case, 99)


def test_a_link_is_remembered_in_another_range_of_the_recording(face_case: Case) -> None:
    eileen, leo = person_id(face_case, EILEEN), person_id(face_case, LEO)
    first_half = blurring.faces_for_clip(face_case, 1)
    blurring.link_face(face_case, 1, eileen, first_half, 1)
    blurring.link_face(face_case, 1, leo, first_half, 3)
    blurring.link_face(face_case, 1, leo, first_half, 2)  # replaces Leo's earlier link
    assert [(link.person_id, link.frame) for link in blurring.list_face_links(face_case, 1)] \
        == [(eileen, first_half.face(1).best_frame), (leo, first_half.face(2).best_frame)]
    assert blurring.linked_faces(face_case, 1, first_half) == {1: eileen, 2: leo}
    second_half = blurring.faces_for_clip(face_case, 2)  # frames 30-59: by signature
    assert blurring.linked_faces(face_case, 1, second_half) == {1: eileen, 2: leo}
    still = blurring.faces_for_still(face_case, 2)  # one frame, 45
    assert blurring.linked_faces(face_case, 1, still) == {1: eileen, 2: leo}
    blurring.unlink_face(face_case, 1, leo)
    assert blurring.linked_faces(face_case, 1, second_half) == {1: eileen}
    with pytest.raises(CaseError, match="not linked"):
        blurring.unlink_face(face_case, 1, leo)
    with pytest.raises(CaseError, match="no face 7"):
        blurring.link_face(face_case, 1, leo, first_half, 7)


def test_by_default_only_linked_people_with_consent_for_the_purpose_stay_visible(
        face_case: Case) -> None:
    eileen, leo = person_id(face_case, EILEEN), person_id(face_case, LEO)
    tracks = blurring.faces_for_clip(face_case, 2)
    assert blurring.default_keep(face_case, 1, tracks, "family-copy") == frozenset()
    blurring.link_face(face_case, 1, eileen, tracks, 1)
    blurring.link_face(face_case, 1, leo, tracks, 2)
    assert blurring.default_keep(face_case, 1, tracks, "family-copy") == {1, 2}
    withdraw_consent(face_case, leo, "training", "2025-01-01")
    assert blurring.default_keep(face_case, 1, tracks, "training") == {1}
    assert blurring.default_keep(face_case, 1, tracks, "research") == frozenset()
    visitor = add_person(face_case, "A visitor", "sibling").id  # no consent at all
    blurring.link_face(face_case, 1, visitor, tracks, 3)
    assert blurring.default_keep(face_case, 1, tracks, "family-copy") == {1, 2}


def test_a_document_blur_names_explicit_choices_by_item(face_case: Case) -> None:
    tracks = blurring.faces_for_clip(face_case, 1)
    blur = blurring.DocumentBlur(keep={("clip", 1): frozenset({2})},
                                 tracks={("clip", 1): tracks})
    assert blur.choice("clip", 1) == blurring.BlurChoice(frozenset({2}), tracks)
    assert blur.choice("still", 1) is None  # the default for the purpose
