"""A recording with one damaged frame, as a failing card or an interrupted copy leaves one.

The bytes of one coded picture (a P-frame in the middle of a group of pictures) are
overwritten with noise, so the H.264 decoder refuses that packet: ffmpeg outputs one picture
fewer than the file has packets, and the pictures that follow carry the damage until the
next keyframe. Only the container's packets still claim the full count.
"""

from __future__ import annotations

from pathlib import Path

import av
import numpy as np

from tests.data.videos import VideoSpec, make_video

DAMAGED_PACKET = 20  # decode order; with 2 B-frames and 12-frame GOPs this is a P-frame


def make_damaged(folder: Path) -> tuple[Path, int]:
    """(path, presentation index of the damaged packet's frame in the intact file)."""
    intact = make_video(folder / "intact.mp4", VideoSpec(frames=40, bframes=2, gop=12,
                                                         texture=True))
    with av.open(str(intact)) as container:
        stream = container.streams.video[0]
        packets = [(p.pos, p.size, p.pts) for p in container.demux(stream) if p.size]
        stamps = sorted(pts for _pos, _size, pts in packets)
    position, size, pts = packets[DAMAGED_PACKET]
    data = bytearray(intact.read_bytes())
    start = position + size // 3
    noise = np.random.default_rng(1).integers(0, 256, size // 3, dtype=np.uint8)
    data[start:start + size // 3] = noise.tobytes()
    damaged = folder / "damaged.mp4"
    damaged.write_bytes(bytes(data))
    return damaged, stamps.index(pts)


def make_corrupt_ts(folder: Path) -> Path:
    """An AVCHD-like MPEG-TS with noise written over the middle of two coded pictures (a
    failing memory card): the decoder still outputs those pictures, concealed, and marks
    them corrupt."""
    intact = make_video(folder / "card.ts", VideoSpec(frames=60, bframes=2, gop=30,
                                                      texture=True))
    with av.open(str(intact)) as container:
        stream = container.streams.video[0]
        packets = [(p.pos, p.size) for p in container.demux(stream)
                   if p.size and not p.is_keyframe]
    data = bytearray(intact.read_bytes())
    noise = np.random.default_rng(3)
    for position, size in (packets[10], packets[35]):
        start = position + 188 + size // 4  # past the first TS packet and its headers
        data[start:start + 300] = noise.integers(0, 256, 300, dtype=np.uint8).tobytes()
    damaged = folder / "card-damaged.ts"
    damaged.write_bytes(bytes(data))
    return damaged
