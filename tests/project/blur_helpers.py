"""A real case holding the face footage (tests/data/face_footage.py), and counting the faces
an export left unblurred: the faces lane's detector at the tracker's low threshold, run on
every exported picture; each detection is given to the face whose head is pasted there
(the footage knows where: :meth:`FaceFootage.head_rect`), the frame known from the code at
the top of each picture."""

from __future__ import annotations

import shutil
from collections.abc import Iterable, Iterator
from pathlib import Path

import av
import cv2
import numpy as np
import pytest

from tests.data.face_footage import FaceFootage, missing_photos, session_footage
from tests.data.videos import read_code
from vigeditor.analysis.face_tracking import LOW_SCORE
from vigeditor.analysis.faces import YuNetDetector
from vigeditor.project import clips, people, reviews, stills
from vigeditor.project.case import Case
from vigeditor.project.cycles import list_cycles
from vigeditor.project.importing import import_recording

LONG_AGO = "2024-01-10"
#: the people of the case: Eileen is the astronaut (face 1, slot 0), Leo the middle face
#: (face 2, slot 1); the cameraman (face 3, slot 2) is a visitor, not in the case
EILEEN, LEO = "Eileen Collins", "Leo Parent"
SLOTS = {1: 0, 2: 1, 3: 2}  # face number → slot of the footage (left to right)
#: the items made in the case: clip 1 frames 0-29, clip 2 frames 30-59, still 1 frame 17,
#: still 2 frame 45 (all captioned, so they go in the booklet); the shared review of cycle
#: 1 holds clip 2 and still 1
CLIP_RANGES = {1: (0, 29), 2: (30, 59)}
STILL_FRAMES = {1: 17, 2: 45}

needs_photos = pytest.mark.skipif(missing_photos() is not None, reason=str(missing_photos()))


def make_face_case(folder: Path, footage: FaceFootage) -> Path:
    """A closed case at ``folder`` with the footage imported (recording 1, cycle 1), Eileen
    (carer) and Leo (child) consenting to family copies, supervision and training, and the
    clips, stills and review items above."""
    with Case.create(folder, family_code="FACES-1", guider="Guider G") as case:
        import_recording(case, footage.path, cycle=1)
        for name, role in ((EILEEN, "carer"), (LEO, "child")):
            person = people.add_person(case, name, role)
            for purpose in ("family-copy", "supervision", "training"):
                people.give_consent(case, person.id, purpose, LONG_AGO)
        for clip_id, (first, last) in CLIP_RANGES.items():
            made = clips.add_clip(case, 1, first, last, title=f"Part {clip_id}",
                                  caption=f"Playing together, part {clip_id}.")
            assert made.id == clip_id
        for still_id, frame in STILL_FRAMES.items():
            made_still = stills.add_still(case, 1, frame, caption=f"A smile, {still_id}.")
            assert made_still.id == still_id
        cycle = list_cycles(case)[0]
        reviews.add_item(case, cycle.id, clip_id=2)
        reviews.add_item(case, cycle.id, still_id=1)
    return folder


@pytest.fixture(scope="session")
def face_footage(tmp_path_factory: pytest.TempPathFactory) -> FaceFootage:
    if missing_photos() is not None:
        pytest.skip(str(missing_photos()))
    folder = tmp_path_factory.getbasetemp() / "face-footage"
    folder.mkdir(exist_ok=True)
    return session_footage(folder)


@pytest.fixture(scope="session")
def face_case_template(tmp_path_factory: pytest.TempPathFactory,
                       face_footage: FaceFootage) -> Path:
    return make_face_case(tmp_path_factory.mktemp("face-case") / "faces.vigcase", face_footage)


@pytest.fixture
def face_case(tmp_path: Path, face_case_template: Path) -> Iterator[Case]:
    """A fresh copy of the face case, open."""
    folder = tmp_path / "faces.vigcase"
    shutil.copytree(face_case_template, folder)
    opened = Case.open(folder)
    yield opened
    opened.close()


def person_id(case: Case, name: str) -> int:
    return people.find_person(case, name).id


def decoded(path: Path) -> list[tuple[int, np.ndarray]]:
    """Every frame of a video: (frame shown, RGB picture)."""
    with av.open(str(path)) as container:
        pictures = [frame.to_ndarray(format="rgb24") for frame in container.decode(video=0)]
    return [(read_code(picture), picture) for picture in pictures]


def read_picture(path: Path) -> np.ndarray:
    """A PNG or JPEG file as an RGB picture."""
    return cv2.cvtColor(cv2.imread(str(path)), cv2.COLOR_BGR2RGB)


def slot_of(footage: FaceFootage, index: int, box: tuple[int, int, int, int],
            scale: float = 1.0) -> int | None:
    """The slot whose head holds the centre of ``box`` (pixels of a picture ``scale``
    times the footage's size)."""
    cx, cy = (box[0] + box[2] / 2) / scale, (box[1] + box[3] / 2) / scale
    for slot in range(3):
        rect = footage.head_rect(slot, index)
        if rect and rect[0] <= cx < rect[0] + rect[2] and rect[1] <= cy < rect[1] + rect[3]:
            return slot
    return None


BACKGROUND: list[int] = []  # detections outside every head, by the last count_faces


def count_faces(footage: FaceFootage, pictures: Iterable[tuple[int, np.ndarray]],
                kept_slots: set[int]) -> tuple[int, int, int]:
    """(pictures, detections of the kept faces, detections of the other faces). A
    detection on no head at all (at the low threshold the detector now and then takes a
    patch of the background for a face) is counted in :data:`BACKGROUND` instead: it is
    not one of the footage's faces (pictures without a frame code, index -1, have no
    known heads: every detection counts as another face there)."""
    detector = YuNetDetector(min_score=LOW_SCORE)
    count = kept = others = background = 0
    for index, picture in pictures:
        count += 1
        scale = picture.shape[1] / footage.size[0]
        for face in detector.detect(picture):
            slot = None if index < 0 else slot_of(footage, index, face.box, scale)
            if slot in kept_slots:
                kept += 1
            elif slot is None and index >= 0:
                background += 1
            else:
                others += 1
    BACKGROUND[:] = [background]
    if background:
        print(f"(detections on the background, not on any face: {background})")
    return count, kept, others


def head(picture: np.ndarray, footage: FaceFootage, slot: int, index: int,
         scale: float = 1.0) -> np.ndarray:
    """The pixels of the head of ``slot`` in ``picture`` (of frame ``index``)."""
    rect = footage.head_rect(slot, index)
    assert rect is not None
    x, y, w, h = (round(value * scale) for value in rect)
    return picture[y:y + h, x:x + w].astype(np.int16)


def face_region(picture: np.ndarray, box: tuple[float, float, float, float]) -> np.ndarray:
    """The pixels of a tracked face's box (fractions of the picture) in ``picture``."""
    height, width = picture.shape[:2]
    x, y, w, h = box
    return picture[int(y * height):int((y + h) * height),
                   int(x * width):int((x + w) * width)].astype(np.int16)


def mean_difference(a: np.ndarray, b: np.ndarray) -> float:
    """The mean absolute difference of two regions (0…255)."""
    return float(np.abs(a - b).mean())
