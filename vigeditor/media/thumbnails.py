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
    pictures: list[tuple[int, av.VideoFrame]] = []
    for keyframe in strip_keyframes(table, count):
        frame = _decode_keyframe(container, stream, table, keyframe)
        if frame is not None:
            pictures.append((keyframe, frame))
    return pictures


def _decode_keyframe(container: Any, stream: Any, table: FrameTable,
                     keyframe: int) -> av.VideoFrame | None:
    """Seek to the keyframe and decode its packet alone (no other frames are decoded)."""
    wanted = int(table.pts[keyframe])
    context = stream.codec_context
    try:
        container.seek(wanted, stream=stream, backward=True)
        for packet in container.demux(stream):
            stamp = packet.pts if packet.pts is not None else packet.dts
            if stamp is None or stamp != wanted:
                if stamp is not None and packet.dts is not None and packet.dts > wanted:
                    return None
                continue
            frames = [*context.decode(packet), *context.decode(None)]
            return next((frame for frame in frames if frame.pts == wanted), None)
    except av.error.FFmpegError:
        return None
    finally:
        context.flush_buffers()
    return None
