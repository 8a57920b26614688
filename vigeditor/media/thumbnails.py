"""Thumbnails for a timeline strip, decoded from keyframes only (fast: no other frames)."""

from __future__ import annotations

from typing import Any

import av
import av.error
import numpy as np

from vigeditor.media.frame_table import FrameTable


def strip_keyframes(table: FrameTable, count: int) -> list[int]:
    """Distinct keyframe indices nearest below ``count`` evenly spread positions."""
    if count <= 0:
        return []
    positions = np.linspace(0, len(table) - 1, num=count).round().astype(int)
    return sorted({table.keyframe_at_or_before(int(position)) for position in positions})


def keyframe_thumbnails(container: Any, table: FrameTable,
                        count: int) -> list[tuple[int, av.VideoFrame]]:
    """(index, decoded keyframe) for a strip of ``count`` thumbnails."""
    stream = container.streams.video[0]
    stream.codec_context.skip_frame = "NONKEY"
    pictures: list[tuple[int, av.VideoFrame]] = []
    for keyframe in strip_keyframes(table, count):
        frame = _decode_keyframe(container, stream, table, keyframe)
        if frame is not None:
            pictures.append((keyframe, frame))
    return pictures


def _decode_keyframe(container: Any, stream: Any, table: FrameTable,
                     keyframe: int) -> av.VideoFrame | None:
    wanted = int(table.pts[keyframe])
    try:
        container.seek(wanted, stream=stream, backward=True)
        for frame in container.decode(stream):
            if frame.pts is None or frame.pts < wanted:
                continue
            return frame if frame.pts == wanted else None
    except av.error.FFmpegError:
        return None
    return None
