"""What a face looks like, in a few numbers: to recognise the same person again later.

A signature is two colour histograms (hue × saturation, :data:`HUE_BINS` × :data:`SAT_BINS`,
``cv2.calcHist`` on the HSV picture, summing to 1): one of the face's box and one of the
region below it (clothes), :data:`BELOW` face heights tall and 1.5 face widths wide. It is a
plain JSON-able dict. :func:`similarity` compares two with the Bhattacharyya distance
(``cv2.compareHist``): 1 for the same colours, 0 for nothing in common. It is meant for
telling apart the few people of one recording (the same light, the same clothes), not for
recognising anyone anywhere: no identity is stored.
"""

from __future__ import annotations

from typing import Any

import cv2
import numpy as np

HUE_BINS = 16
SAT_BINS = 8
BELOW = 1.5  # the clothes region's height, in face heights
Signature = dict[str, Any]
FloatBox = tuple[float, float, float, float]


def signature(picture: np.ndarray, box: FloatBox) -> Signature:
    """The signature of the face at ``box`` (x, y, width, height as fractions of the
    picture) in the RGB ``picture`` (H×W×3 uint8): {"face": [...], "below": [...]}, each a
    flattened histogram (empty when the region lies outside the picture)."""
    height, width = picture.shape[:2]
    x, y, w, h = box
    below = (x - w / 4, y + h, w * 1.5, h * BELOW)
    return {"face": _histogram(picture, _pixels(box, width, height)),
            "below": _histogram(picture, _pixels(below, width, height))}


def similarity(a: Signature, b: Signature) -> float:
    """How alike two signatures are, 0…1 (1: the same colours; see the module). Parts
    missing from either are left out; 0.0 when nothing can be compared."""
    scores = []
    for part in ("face", "below"):
        first, second = a.get(part) or [], b.get(part) or []
        if len(first) and len(first) == len(second):
            distance = cv2.compareHist(np.asarray(first, np.float32),
                                       np.asarray(second, np.float32),
                                       cv2.HISTCMP_BHATTACHARYYA)
            scores.append(min(1.0, max(0.0, 1.0 - float(distance))))
    return sum(scores) / len(scores) if scores else 0.0


def _pixels(box: FloatBox, width: int, height: int) -> tuple[int, int, int, int]:
    """``box`` in pixels, clipped to the picture: (left, top, right, bottom)."""
    x, y, w, h = box
    left, top = max(0, round(x * width)), max(0, round(y * height))
    right, bottom = min(width, round((x + w) * width)), min(height, round((y + h) * height))
    return left, top, right, bottom


def _histogram(picture: np.ndarray, region: tuple[int, int, int, int]) -> list[float]:
    left, top, right, bottom = region
    if right - left < 2 or bottom - top < 2:
        return []
    hsv = cv2.cvtColor(np.ascontiguousarray(picture[top:bottom, left:right]),
                       cv2.COLOR_RGB2HSV)
    hist = cv2.calcHist([hsv], [0, 1], None, [HUE_BINS, SAT_BINS], [0, 180, 0, 256])
    total = float(hist.sum())
    if total <= 0:
        return []
    return [round(float(value) / total, 5) for value in hist.flatten()]
