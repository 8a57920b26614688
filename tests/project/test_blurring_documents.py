"""Documents exported with faces blurred (issue 14, item 1, proof): the booklet's pictures
(pages rendered with pdftoppm -r 150, pictures cut out with pdfimages), the review pack's
files and the supervision pack's clips, each searched with the faces lane's detector: the
faces kept by the guider or linked to people with consent, and no other. Counts printed."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.data.face_footage import FaceFootage
from tests.data.videos import read_code
from tests.project import blur_helpers
from tests.project.blur_helpers import (
    EILEEN,
    LEO,
    SLOTS,
    count_faces,
    decoded,
    needs_photos,
    person_id,
    read_picture,
)
from vigeditor.project import blurring
from vigeditor.project.audit import list_exports
from vigeditor.project.case import Case
from vigeditor.project.documents.booklet.booklet import export_booklet
from vigeditor.project.documents.review_pack import export_review_pack
from vigeditor.project.documents.supervision_pack import export_supervision_pack

# the fixtures of blur_helpers, used here
face_footage = blur_helpers.face_footage
face_case_template = blur_helpers.face_case_template
face_case = blur_helpers.face_case

pytestmark = [needs_photos, pytest.mark.skipif(shutil.which("pdfimages") is None,
                                               reason="poppler-utils is not installed")]


def _link_eileen(case: Case) -> None:
    """Eileen (face 1) linked in the first half: remembered everywhere else."""
    blurring.link_face(case, 1, person_id(case, EILEEN),
                       blurring.faces_for_clip(case, 1), 1)


def test_the_booklets_pictures_show_only_the_kept_faces(
        face_case: Case, face_footage: FaceFootage, tmp_path: Path) -> None:
    _link_eileen(face_case)
    blur = blurring.DocumentBlur(keep={("still", 2): frozenset({3})})  # and still 2: face 3
    made = export_booklet(face_case, tmp_path / "booklet.pdf", blur=blur)
    subprocess.run(["pdfimages", "-png", str(made.path), str(tmp_path / "image")],
                   check=True)
    images = sorted(tmp_path.glob("image-*.png"))
    pictures = [(read_code(picture), picture) for picture in map(read_picture, images)]
    assert sorted({code for code, _picture in pictures}) == [0, 17, 30, 45]
    results = []
    for code, picture in pictures:
        kept_slots = {SLOTS[3]} if code == 45 else {SLOTS[1]}
        _count, kept, others = count_faces(face_footage, [(code, picture)], kept_slots)
        print(f"booklet picture of frame {code} ({picture.shape[1]}x{picture.shape[0]}): "
              f"kept detections {kept}, others' detections {others}")
        results.append((kept, others))
    assert results == [(1, 0)] * len(pictures)
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(made.path), str(tmp_path / "page")],
                   check=True)
    pages = sorted(tmp_path.glob("page-*.png"))
    found = [count_faces(face_footage, [(-1, read_picture(page))], set())[2]
             for page in pages]
    print(f"booklet pages rendered at 150 dpi: {len(pages)}, faces found on them: "
          f"{sum(found)} ({len(pictures)} pictures with one kept face each)")
    assert sum(found) == len(pictures)
    entry = list_exports(face_case)[-1]
    assert entry.blurred_faces == 8 and "faces blurred: 8, kept visible: 4" in entry.what


def test_the_review_packs_files_show_only_the_linked_face(
        face_case: Case, face_footage: FaceFootage, tmp_path: Path) -> None:
    _link_eileen(face_case)
    shares: list[float] = []
    folder, _archive = export_review_pack(face_case, 1, tmp_path / "pack",
                                          blur=blurring.DocumentBlur(),
                                          progress=shares.append)
    clip = decoded(next(folder.glob("*-clip.mp4")))
    still = read_picture(next(folder.glob("*-still.jpg")))
    assert [code for code, _picture in clip] == list(range(30, 60))
    frames, kept, others = count_faces(face_footage, [*clip, (17, still)], {SLOTS[1]})
    print(f"review pack: pictures {frames}, kept detections {kept}, others' detections "
          f"{others}")
    assert others == 0 and kept == frames == 31
    assert shares == sorted(shares) and shares[-1] == 1.0
    assert list_exports(face_case)[-1].blurred_faces == 4


def test_the_supervision_packs_clips_show_only_the_kept_faces(
        face_case: Case, face_footage: FaceFootage, tmp_path: Path) -> None:
    _link_eileen(face_case)
    blurring.link_face(face_case, 1, person_id(face_case, LEO),
                       blurring.faces_for_clip(face_case, 2), 2)
    pack = export_supervision_pack(face_case, 1, tmp_path / "supervision",
                                   blur=blurring.DocumentBlur(
                                       keep={("clip", 1): frozenset({1})}))
    totals = {}
    for packed in pack.clips:
        kept_slots = {SLOTS[1]} if packed.clip_id == 1 else {SLOTS[1], SLOTS[2]}
        totals[packed.clip_id] = count_faces(face_footage, decoded(packed.file), kept_slots)
        print(f"supervision pack, clip {packed.clip_id}: frames, kept detections, others' "
              f"detections = {totals[packed.clip_id]}")
    assert totals == {1: (30, 30, 0), 2: (30, 60, 0)}
    entry = list_exports(face_case)[-1]
    assert entry.blurred_faces == 3 and "kept visible: 3" in entry.what
