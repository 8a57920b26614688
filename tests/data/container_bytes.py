"""Read the raw structures of a few container formats, independently of FFmpeg.

These give the evidence that a corpus file really has its quirk as stored on disk, before any
demuxer corrects it: the raw 33-bit PES timestamps of an MPEG-TS (libavformat unwraps them),
the boxes of an MP4, the chunk index of an AVI (libavformat skips empty chunks) and the VOP
start codes of MPEG-4 Part 2 pictures.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator
from pathlib import Path

TS_SYNC = 0x47
VOP_START = b"\x00\x00\x01\xb6"
VOP_TYPES = "IPBS"  # vop_coding_type 0..3


def ts_packet_size(data: bytes) -> int:
    """188 for plain MPEG-TS, 192 for M2TS (AVCHD, Blu-ray: a 4-byte time code before each)."""
    for size, offset in ((188, 0), (192, 4)):
        count = min(8, len(data) // size)
        if count and all(data[offset + size * index] == TS_SYNC for index in range(count)):
            return size
    raise ValueError("not an MPEG transport stream")


def ts_video_pts(path: Path) -> list[int]:
    """Raw 33-bit PTS of every video PES header (stream id 0xE0-0xEF), in file order."""
    data = path.read_bytes()
    size = ts_packet_size(data)
    skip = size - 188
    stamps = []
    for start in range(skip, len(data) - 187, size):
        packet = data[start : start + 188]
        if packet[0] != TS_SYNC or not packet[1] & 0x40:  # payload_unit_start_indicator
            continue
        payload = 4
        if packet[3] & 0x20:  # adaptation field present
            payload += 1 + packet[4]
        pes = packet[payload:]
        if pes[:3] == b"\x00\x00\x01" and 0xE0 <= pes[3] <= 0xEF and pes[7] & 0x80:
            stamps.append(_pes_timestamp(pes[9:14]))
    return stamps


def _pes_timestamp(field: bytes) -> int:
    return (((field[0] >> 1) & 0x07) << 30 | field[1] << 22 | (field[2] >> 1) << 15
            | field[3] << 7 | field[4] >> 1)


CONTAINER_BOXES = {b"moov", b"trak", b"mdia", b"minf", b"stbl", b"edts", b"moof", b"traf",
                   b"mvex", b"dinf"}


def mp4_boxes(path: Path) -> list[tuple[str, bytes]]:
    """Every box of an MP4/MOV file, depth first: (four-character type, payload)."""
    return list(_walk_boxes(path.read_bytes(), 0, None))


def _walk_boxes(data: bytes, start: int, end: int | None) -> Iterator[tuple[str, bytes]]:
    end = len(data) if end is None else end
    while start + 8 <= end:
        size, kind = struct.unpack(">I4s", data[start : start + 8])
        header = 8
        if size == 1:
            size, header = struct.unpack(">Q", data[start + 8 : start + 16])[0], 16
        elif size == 0:
            size = end - start
        if size < header:
            return
        yield kind.decode("latin-1"), data[start + header : start + size]
        if kind in CONTAINER_BOXES:
            yield from _walk_boxes(data, start + header, start + size)
        start += size


def mp4_edit_lists(path: Path) -> list[list[tuple[int, int]]]:
    """The (segment duration, media time) entries of each elst box."""
    lists = []
    for kind, payload in mp4_boxes(path):
        if kind != "elst":
            continue
        version, count = payload[0], struct.unpack(">I", payload[4:8])[0]
        form, width = (">QqI", 20) if version else (">IiI", 12)
        lists.append([struct.unpack(form, payload[8 + width * i : 8 + width * (i + 1)])[:2]
                      for i in range(count)])
    return lists


def avi_index(path: Path) -> list[tuple[str, int, int]]:
    """The idx1 entries of an AVI: (chunk id such as '00dc', flags, size), in file order."""
    data = path.read_bytes()
    at = data.rfind(b"idx1")
    if at < 0:
        raise ValueError("the AVI has no idx1 index")
    length = struct.unpack("<I", data[at + 4 : at + 8])[0]
    entries = []
    for offset in range(at + 8, at + 8 + length - 15, 16):
        chunk, flags, _, size = struct.unpack("<4sIII", data[offset : offset + 16])
        entries.append((chunk.decode("latin-1"), flags, size))
    return entries


def vop_types(chunk: bytes) -> str:
    """The MPEG-4 Part 2 VOP coding types in one chunk, e.g. 'PB' for a packed pair."""
    types, at = [], chunk.find(VOP_START)
    while at >= 0 and at + 4 < len(chunk):
        types.append(VOP_TYPES[chunk[at + 4] >> 6])
        at = chunk.find(VOP_START, at + 4)
    return "".join(types)
