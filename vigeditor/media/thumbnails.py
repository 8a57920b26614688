"""Thumbnails for a timeline strip, decoded from keyframes only (fast: few other frames)."""

from __future__ import annotations

import av
import numpy as np

from vigeditor.media.decoder import Decoder
from vigeditor.media.frame_table import FrameTable

_LOOK_AHEAD = 8  # pictures a decoder may output before the keyframe's own (open GOPs)


def strip_keyframes(table: FrameTable, count: int) -> list[int]:
    """Distinct keyframe indices nearest below ``count`` evenly spread positions."""
    if count <= 0:
        return []
    positions = np.linspace(0, len(table) - 1, num=count).round().astype(int)
    return sorted({table.keyframe_at_or_before(int(position)) for position in positions})


def keyframe_thumbnails(decoder: Decoder, table: FrameTable,
                        count: int) -> list[tuple[int, av.VideoFrame]]:
    """(index, decoded keyframe) for a strip of ``count`` thumbnails; a keyframe that cannot
    be decoded is left out."""
    pictures: list[tuple[int, av.VideoFrame]] = []
    for keyframe in strip_keyframes(table, count):
        frame = _decode_keyframe(decoder, keyframe)
        if frame is not None:
            pictures.append((keyframe, frame))
    return pictures


def _decode_keyframe(decoder: Decoder, keyframe: int) -> av.VideoFrame | None:
    """The keyframe's packet decoded alone, or else its picture from a start at it."""
    alone = decoder.picture_alone(keyframe)
    if alone is not None:
        return alone
    decoder.start(keyframe)
    for seen, (index, frame) in enumerate(decoder.frames()):
        if index == keyframe:
            return frame
        if index > keyframe or seen >= _LOOK_AHEAD:
            return None
    return None
