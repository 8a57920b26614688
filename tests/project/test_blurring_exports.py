"""Clips and stills exported with faces blurred (issue 14, item 1, proof): the detector run on
every exported frame finds the kept face and no other, the kept face's pixels are unchanged,
the audit entry records the blurring; a tracking failure exports nothing. Counts printed."""

from __future__ import annotations

import threading
from pathlib import Path

import numpy as np
import pytest

from tests.data.face_footage import FaceFootage
from tests.project import blur_helpers
from tests.project.blur_helpers import (
    EILEEN,
    SLOTS,
    count_faces,
    decoded,
    face_region,
    head,
    mean_difference,
    needs_photos,
    person_id,
    read_picture,
)
from vigeditor.analysis import faces as faces_module
from vigeditor.analysis.face_tracks import FaceTracks
from vigeditor.media.errors import RenderCancelled
from vigeditor.project import blurring
from vigeditor.project.audit import list_exports
from vigeditor.project.case import Case
from vigeditor.project.errors import CaseError
from vigeditor.project.exporting import export_clip, export_still

# the fixtures of blur_helpers, used here
face_footage = blur_helpers.face_footage
face_case_template = blur_helpers.face_case_template
face_case = blur_helpers.face_case

pytestmark = needs_photos


def test_an_exported_clip_shows_only_the_kept_face_unchanged(
        face_case: Case, face_footage: FaceFootage, tmp_path: Path) -> None:
    tracks = blurring.faces_for_clip(face_case, 2)
    shares: list[float] = []
    blurred = export_clip(face_case, 2, tmp_path / "blurred.mp4", progress=shares.append,
                          blur=blurring.BlurChoice(frozenset({1}), tracks))
    plain = export_clip(face_case, 2, tmp_path / "plain.mp4")
    pictures, originals = decoded(blurred), decoded(plain)
    assert [code for code, _picture in pictures] == list(range(30, 60))
    frames, kept, others = count_faces(face_footage, pictures, {SLOTS[1]})
    print(f"clip: frames {frames}, kept detections {kept}, others' detections {others}")
    assert others == 0 and kept == frames == 30
    kept_change, blurred_change, encoder = _changes(face_footage, tracks, pictures, originals)
    print(f"kept face vs. the unblurred export: mean difference at most {kept_change:.2f} "
          f"of 255 (the encoder's own, unblurred export vs. source: up to {encoder:.2f}; "
          f"a blurred face: at least {blurred_change:.2f})")
    assert kept_change <= encoder and blurred_change > 5 * encoder
    assert shares == sorted(shares) and shares[-1] == 1.0
    entry = list_exports(face_case)[-2]
    assert entry.blurred_faces == 2
    assert "faces blurred: 2, kept visible: 1" in entry.what
    assert list_exports(face_case)[-1].blurred_faces is None  # the plain one


def _changes(footage: FaceFootage, tracks: FaceTracks,
             pictures: list[tuple[int, np.ndarray]], originals: list[tuple[int, np.ndarray]]
             ) -> tuple[float, float, float]:
    """Within each tracked face's box: the largest change of the kept face 1 between the
    blurred and the unblurred export, the smallest change of the blurred faces 2 and 3,
    and the largest difference between the unblurred export and the source picture."""
    kept, blurred, encoder = [], [], []
    for (code, picture), (_code, original) in zip(pictures, originals, strict=True):
        for face in tracks.faces:
            box = face.boxes[code]
            change = mean_difference(face_region(picture, box), face_region(original, box))
            (kept if face.number == 1 else blurred).append(change)
            encoder.append(mean_difference(face_region(original, box),
                                           face_region(footage.picture(code), box)))
    return max(kept), min(blurred), max(encoder)


def test_an_exported_still_keeps_the_kept_face_exactly(
        face_case: Case, face_footage: FaceFootage, tmp_path: Path) -> None:
    blurred = export_still(face_case, 1, tmp_path / "blurred.png",
                           blur=blurring.BlurChoice(frozenset({3})))
    plain = export_still(face_case, 1, tmp_path / "plain.png")
    picture, original = read_picture(blurred), read_picture(plain)
    frames, kept, others = count_faces(face_footage, [(17, picture)], {SLOTS[3]})
    print(f"still: pictures {frames}, kept detections {kept}, others' detections {others}")
    assert (kept, others) == (1, 0)
    assert np.array_equal(head(picture, face_footage, SLOTS[3], 17),
                          head(original, face_footage, SLOTS[3], 17))
    assert not np.array_equal(head(picture, face_footage, SLOTS[1], 17),
                              head(original, face_footage, SLOTS[1], 17))
    entry = list_exports(face_case)[-2]
    assert entry.blurred_faces == 2 and "kept visible: 1" in entry.what


def test_blurring_every_face_and_a_hand_drawn_box(face_case: Case, face_footage: FaceFootage,
                                                  tmp_path: Path) -> None:
    box = (0.0, 0.0, 0.2, 0.12)  # over the frame code's first bits: blurred, followed
    blurring.add_blur_box(face_case, 1, 17, box)
    written = export_still(face_case, 1, tmp_path / "none.png",
                           blur=blurring.BlurChoice())
    picture = read_picture(written)
    assert count_faces(face_footage, [(17, picture)], set())[1:] == (0, 0)
    assert list_exports(face_case)[-1].blurred_faces == 4  # three faces and the box


def test_a_kept_number_that_is_no_face_is_refused_before_anything_is_written(
        face_case: Case, tmp_path: Path) -> None:
    with pytest.raises(CaseError, match="Clip 1 has no face 9: its faces are numbered 1, 2, 3"):
        export_clip(face_case, 1, tmp_path / "out.mp4", blur=blurring.BlurChoice(
            frozenset({9})))
    assert not (tmp_path / "out.mp4").exists()
    assert list_exports(face_case) == []


def test_a_tracking_failure_exports_nothing(face_case: Case, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    empty = tmp_path / "no-models"
    empty.mkdir()
    monkeypatch.setattr(faces_module, "models_dir", lambda: empty)  # the model is missing
    with pytest.raises(CaseError, match="could not be found, so faces cannot be blurred"):
        export_clip(face_case, 1, tmp_path / "out.mp4", blur=blurring.BlurChoice())
    with pytest.raises(CaseError, match="cannot be blurred"):
        export_still(face_case, 2, tmp_path / "out.png", blur=blurring.BlurChoice())
    assert sorted(path.name for path in tmp_path.iterdir()) == ["faces.vigcase", "no-models"]
    assert list_exports(face_case) == []


def test_a_link_is_kept_visible_in_exports_of_other_ranges(
        face_case: Case, face_footage: FaceFootage, tmp_path: Path) -> None:
    eileen = person_id(face_case, EILEEN)
    first_half = blurring.faces_for_clip(face_case, 1)
    blurring.link_face(face_case, 1, eileen, first_half, 1)
    for clip_id in (1, 2):  # the linked range, then the other half of the recording
        tracks = blurring.faces_for_clip(face_case, clip_id)
        keep = blurring.default_keep(face_case, 1, tracks, "family-copy")
        assert keep == {1}
        written = export_clip(face_case, clip_id, tmp_path / f"clip{clip_id}.mp4",
                              blur=blurring.BlurChoice(keep, tracks))
        frames, kept, others = count_faces(face_footage, decoded(written), {SLOTS[1]})
        print(f"clip {clip_id} with Eileen's link: frames {frames}, kept detections {kept}, "
              f"others' detections {others}")
        assert others == 0 and kept == frames == 30


def test_a_cancel_while_faces_are_tracked_leaves_nothing(face_case: Case,
                                                         tmp_path: Path) -> None:
    cancel = threading.Event()

    def progress(share: float) -> None:
        if share > 0.1:
            cancel.set()

    with pytest.raises(RenderCancelled):
        export_clip(face_case, 1, tmp_path / "out.mp4", blur=blurring.BlurChoice(),
                    progress=progress, cancel=cancel)
    assert sorted(path.name for path in tmp_path.iterdir()) == ["faces.vigcase"]
    assert list_exports(face_case) == []
    assert not any((face_case.cache_dir / blurring.CACHE_FOLDER).glob("*.json"))
