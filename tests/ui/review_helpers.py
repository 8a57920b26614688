"""Shared set-up of the review tests: a review of two clips and a still on the ``film``."""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from tests.data.videos import read_code
from vigeditor.project import clips, cycles, reviews, stills
from vigeditor.project.case import Case
from vigeditor.project.model import Recording

POINTS = ("What do you see Sam doing here?", "How do you think Sam feels?",
          "What did you do just before this?")


def image_code(image: QImage) -> int:
    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    height, width, stride = rgb.height(), rgb.width(), rgb.bytesPerLine()
    rows = np.frombuffer(rgb.constBits(), dtype=np.uint8).reshape(height, stride)
    return read_code(rows[:, : width * 3].reshape(height, width, 3))


def build_review(case: Case, recording: Recording) -> int:
    """Clip 10–40 (key 25), clip 60–90 (no key frame), still 100; returns the cycle id."""
    cycle = cycles.list_cycles(case)[0]
    first = clips.add_clip(case, recording.id, 10, 40, key_frame=25, title="Waiting",
                           caption="You waited for Sam.")
    second = clips.add_clip(case, recording.id, 60, 90, title="Smiling",
                            caption="Sam smiled at you.")
    still = stills.add_still(case, recording.id, 100, caption="Laughing together.")
    reviews.add_item(case, cycle.id, clip_id=first.id, talking_points=POINTS[0])
    reviews.add_item(case, cycle.id, clip_id=second.id, talking_points=POINTS[1])
    reviews.add_item(case, cycle.id, still_id=still.id, talking_points=POINTS[2])
    return cycle.id


def label_text(window: QWidget, name: str) -> str:
    found = [label for label in window.findChildren(QLabel) if label.accessibleName() == name]
    assert len(found) == 1, name
    return found[0].text()


def wait_picture(qtbot: QtBot, view: object, frame: int, timeout: int = 30000) -> int:
    """Wait until ``view`` (a PictureView) shows the exact picture of ``frame``; its code."""
    qtbot.waitUntil(lambda: view.image_is_exact and view.image_frame == frame,  # type: ignore
                    timeout=timeout)
    return image_code(view.image)  # type: ignore[attr-defined]
