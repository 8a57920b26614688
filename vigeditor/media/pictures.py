"""Decoded frames as pictures: upright RGB with square pixels, in SDR BT.709 colours.

This is the one place a decoded :class:`av.VideoFrame` becomes the picture the guider sees
(viewer, stills, booklet, review pack, clip exports), so every consumer shows the same frame
the same way.
"""

from __future__ import annotations

import av
import numpy as np

from vigeditor.media.info import MediaInfo

Size = tuple[int, int]


def make_picture(frame: av.VideoFrame, info: MediaInfo, size: Size | None) -> np.ndarray:
    """``frame`` as an upright RGB array (height × width × 3, uint8) of upright ``size``
    (width, height; ``None`` = the display size), with ``info.rotation`` applied."""
    rotation = info.rotation
    width, height = size if size is not None else (info.display_width, info.display_height)
    if rotation in (90, 270):
        width, height = height, width
    if (width, height) == (frame.width, frame.height):
        picture = frame.to_ndarray(format="rgb24")
    else:
        shrinking = width < frame.width
        picture = frame.to_ndarray(format="rgb24", width=width, height=height,
                                   interpolation="AREA" if shrinking else "BICUBIC")
    if rotation:
        picture = np.rot90(picture, k=-(rotation // 90))
    return np.ascontiguousarray(picture)  # scaled rows may be padded; callers want C order
