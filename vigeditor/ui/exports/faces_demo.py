"""A small demo case with faces, for the screenshot of the export dialog's face preview
(``vigeditor screenshots``): the main demo film has drawn figures, not faces.

The film is made here from the two portraits that ship inside scikit-image
(``skimage.data.astronaut()`` and ``skimage.data.camera()``, public-domain pictures; no
download), each head cut out and sliding gently across a plain background for two seconds.
scikit-image is a test dependency, not the app's: without it there is no such scene.
A fictional person, "Alex", consents to family copies and is linked to the first face, so
the preview shows one face kept (green) and one blurred (orange).
"""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import av
import cv2
import numpy as np
from PySide6.QtWidgets import QWidget

from vigeditor.project import blurring, clips, people
from vigeditor.project.case import Case
from vigeditor.project.importing import import_recording
from vigeditor.ui.session import CaseSession
from vigeditor.ui.tasks import TaskRunner

SIZE = (960, 540)
FRAMES = 50
FPS = 25
#: where each head is cut from its portrait (rows, columns), as the face footage of the tests
_CUTS = (((20, 300), (120, 330)), ((70, 270), (140, 310)))
_HEIGHT = 300  # pixels: a head's height in the film


def _heads() -> list[np.ndarray] | None:
    try:
        from skimage import data
    except ImportError:
        return None
    portraits = [data.astronaut(), np.dstack([data.camera()] * 3)]
    heads = []
    for picture, ((top, bottom), (left, right)) in zip(portraits, _CUTS, strict=True):
        cut = picture[top:bottom, left:right]
        width = round(cut.shape[1] * _HEIGHT / cut.shape[0])
        heads.append(cv2.resize(cut, (width, _HEIGHT), interpolation=cv2.INTER_AREA))
    return heads


def _picture(index: int, heads: list[np.ndarray]) -> np.ndarray:
    width, height = SIZE
    rows = np.linspace(0.0, 1.0, height)[:, None, None]
    picture = (np.array([236, 226, 206]) * (1 - rows) + np.array([190, 170, 140]) * rows)
    picture = np.broadcast_to(picture, (height, width, 3)).astype(np.uint8).copy()
    shift = round(40 * np.sin(2 * np.pi * index / FRAMES))
    for slot, head in enumerate(heads):
        x = 90 + slot * 470 + (shift if slot == 0 else -shift)
        y = 150 + slot * 40
        picture[y:y + head.shape[0], x:x + head.shape[1]] = head
    return picture


def make_faces_film(path: Path) -> Path | None:
    """Write the demo face film (H.264 MP4) to ``path``; None without scikit-image."""
    heads = _heads()
    if heads is None:
        return None
    with av.open(str(path), "w") as container:
        stream = container.add_stream("libx264", rate=Fraction(FPS))
        stream.width, stream.height = SIZE
        stream.pix_fmt = "yuv420p"
        stream.options = {"preset": "veryfast", "crf": "20"}
        for index in range(FRAMES):
            frame = av.VideoFrame.from_ndarray(_picture(index, heads), format="rgb24")
            for packet in stream.encode(frame):
                container.mux(packet)
        for packet in stream.encode():
            container.mux(packet)
    return path


def make_faces_case(folder: Path) -> tuple[Path, int] | None:
    """A closed demo case at ``folder`` holding the film, a clip of it and Alex linked to
    face 1 with consent for family copies: (the case folder, the clip id). None without
    scikit-image."""
    folder.mkdir(parents=True, exist_ok=True)
    film = make_faces_film(folder / "faces-demo.mp4")
    if film is None:
        return None
    with Case.create(folder / "FACES-DEMO", family_code="DEMO-F", guider="Demo Guider") as case:
        recording = import_recording(case, film, cycle=1).recording
        alex = people.add_person(case, "Alex", "carer")
        people.give_consent(case, alex.id, "family-copy", "2026-01-05")
        people.add_person(case, "Robin", "child")
        clip = clips.add_clip(case, recording.id, 0, FRAMES - 1, title="Saying hello",
                              caption="Alex says hello.")
        tracks = blurring.faces_for_clip(case, clip.id)
        if tracks.numbers:
            blurring.link_face(case, recording.id, alex.id, tracks, tracks.numbers[0])
        return case.folder, clip.id


def faces_scene(scratch: Path, parent: QWidget | None, save: object) -> None:
    """Open the export dialog of the demo clip with the face preview shown and pass it to
    ``save(widget, "export-faces")``; nothing without scikit-image."""
    from vigeditor.ui.exports.dialog import ExportDialog

    made = make_faces_case(scratch / "faces-demo")
    if made is None:
        return
    folder, clip_id = made
    session = CaseSession(Case.open(folder))
    try:
        dialog = ExportDialog("clip", session, TaskRunner(synchronous=True), scratch,
                              parent, preset={"clip": clip_id})
        dialog.show()
        assert dialog.faces is not None
        dialog.faces.blur.setChecked(True)
        dialog.resize(1180, 820)
        save(dialog, "export-faces")  # type: ignore[operator]
        dialog.close()
    finally:
        session.close()
