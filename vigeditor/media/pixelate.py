"""Strong, irreversible pixelation of rectangles of a picture (faces that must not be seen).

Each box becomes a coarse grid of flat blocks: at most :data:`BLOCKS` blocks along the box's
longer side, each block the mean colour of its pixels (a partial block at the right or bottom edge
counts its edge pixels again), then rounded to a multiple of
:data:`LEVELS` per channel. A face of a few hundred pixels is thus reduced to about forty
numbers of a few bits each, which no de-blurring can turn back into a face (a light Gaussian
blur can be partly undone; this cannot). Pixels outside the boxes are never changed.
"""

from __future__ import annotations

from collections.abc import Iterable

import cv2
import numpy as np

#: blocks along a box's longer side (the brief asks for at most ~6-8 across a face)
BLOCKS = 6
#: each block's colour is rounded to a multiple of this (per channel), losing more detail
LEVELS = 16
PixelBox = tuple[int, int, int, int]


def pixelate(picture: np.ndarray, boxes_px: Iterable[PixelBox]) -> np.ndarray:
    """A copy of ``picture`` (H×W×C uint8) with each box (x, y, width, height in pixels,
    clipped to the picture) pixelated (see the module). The input is never changed; when no
    box falls inside the picture the copy is still a new array."""
    result = picture.copy()
    height, width = picture.shape[:2]
    for x, y, w, h in boxes_px:
        left, top = max(0, int(x)), max(0, int(y))
        right, bottom = min(width, int(x) + int(w)), min(height, int(y) + int(h))
        if right - left < 1 or bottom - top < 1:
            continue
        block = max(1, -(-max(int(w), int(h)) // BLOCKS))  # ceil: never more than BLOCKS
        result[top:bottom, left:right] = _blocks(picture[top:bottom, left:right], block)
    return result


def _blocks(region: np.ndarray, block: int) -> np.ndarray:
    """``region`` as flat squares of ``block`` pixels (the last row and column of blocks may
    be narrower), each the rounded mean colour of its pixels."""
    height, width = region.shape[:2]
    across, down = -(-width // block), -(-height // block)
    padded = region
    if (across * block, down * block) != (width, height):  # repeat the edge: whole blocks
        padded = cv2.copyMakeBorder(region, 0, down * block - height, 0,
                                    across * block - width, cv2.BORDER_REPLICATE)
    means = cv2.resize(padded, (across, down), interpolation=cv2.INTER_AREA)
    means = np.clip(np.round(means.astype(np.float32) / LEVELS) * LEVELS, 0, 255)
    grid = np.repeat(np.repeat(means.astype(region.dtype), block, axis=0), block, axis=1)
    return grid[:height, :width]


def blocks_across(box_px: PixelBox) -> int:
    """How many blocks :func:`pixelate` makes along the longer side of ``box_px``."""
    _x, _y, w, h = box_px
    longest = max(int(w), int(h))
    block = max(1, -(-longest // BLOCKS))
    return -(-longest // block)


__all__ = ["BLOCKS", "LEVELS", "PixelBox", "blocks_across", "pixelate"]
