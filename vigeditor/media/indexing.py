"""Building a recording's frame table: from its packets (fast) or by decoding (always right).

The fast path reads every video packet without decoding and sorts them by presentation
timestamp. It is right only where the container's timestamps tell the truth, so it is used
only when nothing in the packets looks wrong (:func:`doubts`), and a full decode later
confirms it (:func:`verified_table`). Otherwise the table is built by decoding every frame,
as ffms2 does: each packet is tagged before decoding, so each picture the decoder outputs is
known to come from one packet, and the table lists the pictures in output order — what
``ffmpeg -vf select=eq(n\\,N) -fps_mode passthrough`` counts.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

import av
import av.error
import numpy as np
from av.stream import Discard

from vigeditor.i18n import _
from vigeditor.media.errors import MediaError
from vigeditor.media.frame_table import NO_STAMP, FrameTable
from vigeditor.media.timestamps import MPEG_TS_WRAP, repair_times

Progress = Callable[[float], None]
_PACKED_VOP_BYTES = 16  # an MPEG-4 "N-VOP" placeholder after a packed P+B chunk is tiny
_ORDER_EVIDENCE = 3  # frames needed before timestamps in decode order say anything


@dataclass
class Packets:
    """The video packets of a recording in decode order (``NO_STAMP`` = no timestamp)."""

    pts: list[int] = field(default_factory=list)
    dts: list[int] = field(default_factory=list)
    pos: list[int] = field(default_factory=list)
    key: list[bool] = field(default_factory=list)
    size: list[int] = field(default_factory=list)
    duration: list[int] = field(default_factory=list)
    discard: list[bool] = field(default_factory=list)

    def add(self, packet: Any) -> None:
        self.pts.append(NO_STAMP if packet.pts is None else int(packet.pts))
        self.dts.append(NO_STAMP if packet.dts is None else int(packet.dts))
        self.pos.append(int(packet.pos) if packet.pos is not None else -1)
        self.key.append(bool(packet.is_keyframe))
        self.size.append(int(packet.size))
        self.duration.append(int(packet.duration or 0))
        self.discard.append(bool(packet.is_discard))

    def __len__(self) -> int:
        return len(self.pts)

    def stamp(self, serial: int) -> int:
        """The packet's pts, or its dts when it has no pts (``NO_STAMP`` if neither)."""
        return self.pts[serial] if self.pts[serial] != NO_STAMP else self.dts[serial]

    def positions_usable(self) -> bool:
        """True when every packet has a distinct byte position (to tag pictures by)."""
        return all(value >= 0 for value in self.pos) and len(set(self.pos)) == len(self.pos)


def video_stream(container: Any) -> Any:
    """The first video stream, with every other stream discarded by the demuxer."""
    stream = container.streams.video[0]
    for other in container.streams:
        if other.index != stream.index:
            other.discard = Discard.all
    return stream


def read_packets(container: Any, stream: Any, incomplete: str) -> Packets:
    """Every non-empty video packet; MediaError(``incomplete``) if the data ends early."""
    packets = Packets()
    try:
        for packet in container.demux(stream):
            if packet.size > 0:
                packets.add(packet)
    except av.error.FFmpegError as error:
        raise MediaError(incomplete) from error
    return packets


def doubts(packets: Packets, stream: Any, container_name: str) -> list[str]:
    """Reasons the packets' timestamps cannot be trusted to give the decoder's output (plain
    words, for the log and ``vigeditor check``); empty when the fast table may be used."""
    shown = [i for i in range(len(packets)) if not packets.discard[i]]
    stamps = [packets.pts[i] for i in shown]
    reasons = []
    if any(value == NO_STAMP for value in stamps):
        reasons.append("frames without presentation timestamps")
    if len(set(stamps)) != len(stamps):
        reasons.append("duplicate presentation timestamps")
    decode_times = [packets.dts[i] for i in shown if packets.dts[i] != NO_STAMP]
    if any(later < earlier for earlier, later in itertools.pairwise(decode_times)):
        reasons.append("decode timestamps go backwards (clock wrap or joined recordings)")
    if len(stamps) >= _ORDER_EVIDENCE and _reorders(stream) and all(
            earlier < later for earlier, later in itertools.pairwise(stamps)):
        reasons.append("presentation timestamps equal decode timestamps with B-frames"
                       if all(packets.pts[i] == packets.dts[i] for i in shown) else
                       "presentation timestamps in decode order although the stream has "
                       "B-frames (made up by the container, as AVI does)")
    if packets.key and not packets.key[0]:
        reasons.append("the recording does not start with a keyframe (cut without "
                       "re-encoding)")
    if stream.codec_context.name == "mpeg4" and "avi" in container_name and any(
            size <= _PACKED_VOP_BYTES for size in packets.size):
        reasons.append("MPEG-4 packed B-frames")
    return reasons


def _reorders(stream: Any) -> bool:
    try:
        return bool(stream.codec_context.has_b_frames)
    except (AttributeError, av.error.FFmpegError):
        return True


def packet_table(packets: Packets, stream: Any) -> FrameTable:
    """The fast table: shown packets sorted by presentation timestamp (see :func:`doubts`)."""
    shown = [i for i in range(len(packets)) if not packets.discard[i]]
    if not shown:
        raise MediaError(_("This recording contains no video frames."))
    order = sorted(shown, key=packets.stamp)
    pts = np.array([packets.stamp(i) for i in order], dtype=np.int64)
    time_base = Fraction(stream.time_base)
    tagged = packets.positions_usable()
    last = packets.duration[order[-1]] or (int(np.median(np.diff(pts))) if len(pts) > 1 else 1)
    keys = _keyframes([packets.key[i] for i in order])
    return FrameTable(
        pts, keys, time_base, max(1, int(last)),
        tags=np.array([packets.pos[i] for i in order], dtype=np.int64) if tagged else None,
        tag_kind="pos" if tagged else "pts",
        key_stamps=np.array([_seek_stamp(packets, order[k]) for k in keys], dtype=np.int64),
        source_pts=pts.copy(), source_time_base=time_base, method="packets")


def _keyframes(flags: list[bool]) -> np.ndarray:
    keys = [index for index, key in enumerate(flags) if key]
    if not keys or keys[0] != 0:
        keys.insert(0, 0)
    return np.asarray(keys, dtype=np.int64)


def _seek_stamp(packets: Packets, serial: int) -> int:
    """The timestamp to seek to for a keyframe packet: its dts (at or before its pts)."""
    return packets.dts[serial] if packets.dts[serial] != NO_STAMP else packets.pts[serial]


@dataclass
class Decoded:
    """What a full decode found: for each picture in output order, the serial (decode-order
    number) of the packet it came from and whether the decoder marked it corrupt."""

    serials: list[int] = field(default_factory=list)
    corrupt: list[bool] = field(default_factory=list)
    refused: int = 0  # packets the decoder could not decode at all


def decode_all(container: Any, stream: Any, packets: Packets, *,
               progress: Progress | None = None,
               should_stop: Callable[[], bool] | None = None,
               fingerprints: tuple[list[str], Callable[[Any], str]] | None = None) -> Decoded:
    """Decode every video packet in order (recording them into ``packets``), naming each
    output picture by its packet. ``progress`` gets 0…1 (by bytes read); ``fingerprints``
    (a list and a function) collects a fingerprint of every picture."""
    context = stream.codec_context
    stream.thread_type = "AUTO"
    total = max(1, int(getattr(container, "size", 0) or 1))
    result = Decoded()
    try:
        for packet in container.demux(stream):
            if packet.size == 0:
                continue
            if should_stop is not None and should_stop():
                raise MediaError(_("Reading the recording was stopped."))
            serial = len(packets)
            packets.add(packet)
            packet.pts = serial
            _decode_into(result, context, packet, fingerprints)
            if progress is not None and serial % 50 == 0 and packet.pos and packet.pos > 0:
                progress(min(0.99, packet.pos / total))
    except av.error.FFmpegError:
        pass  # data ends early: the pictures decoded so far are the recording
    _decode_into(result, context, None, fingerprints)
    return result


def _decode_into(result: Decoded, context: Any, packet: Any,
                 fingerprints: tuple[list[str], Callable[[Any], str]] | None) -> None:
    try:
        frames = list(context.decode(packet))
    except (av.error.FFmpegError, ValueError):
        result.refused += 1
        return
    for frame in frames:
        if frame.pts is None:
            continue
        result.serials.append(int(frame.pts))
        result.corrupt.append(bool(frame.is_corrupt))
        if fingerprints is not None:
            fingerprints[0].append(fingerprints[1](frame))


def decoded_table(packets: Packets, decoded: Decoded, stream: Any,
                  container_name: str) -> FrameTable:
    """The table of the pictures a full decode output, with repaired presentation times."""
    if not decoded.serials:
        raise MediaError(_("The video in this recording could not be decoded: it may be "
                           "damaged or incomplete."))
    serials = decoded.serials
    raw = [packets.stamp(s) for s in serials]
    time_base = Fraction(stream.time_base)
    wrap = MPEG_TS_WRAP if "mpegts" in container_name and time_base == Fraction(1, 90000) \
        else None
    times = repair_times([None if v == NO_STAMP else v for v in raw], time_base, wrap=wrap)
    tagged = packets.positions_usable()
    keys = _keyframes([packets.key[s] for s in serials])
    return FrameTable(
        times.pts, keys, times.time_base, times.step,
        tags=np.array([packets.pos[s] if tagged else s for s in serials], dtype=np.int64),
        tag_kind="pos" if tagged else "serial",
        key_stamps=np.array([_seek_stamp(packets, serials[k]) for k in keys], dtype=np.int64),
        source_pts=np.array(raw, dtype=np.int64), source_time_base=time_base,
        damaged=np.flatnonzero(np.array(decoded.corrupt, dtype=bool)).astype(np.int64),
        method="decoded", verified=True, repairs=times.repairs)


def matches(fast: FrameTable, decoded: FrameTable) -> bool:
    """True when the fast table names the same packets in the same order as the decoder."""
    if len(fast) != len(decoded):
        return False
    if fast.tags is not None and fast.tag_kind == decoded.tag_kind:
        return bool(np.array_equal(fast.tags, decoded.tags))
    return decoded.source_pts is not None and bool(
        np.array_equal(fast.pts, decoded.source_pts))


def confirmed(fast: FrameTable, decoded: FrameTable) -> FrameTable:
    """The table to keep after a full decode: the fast one, marked verified, where it
    matched; otherwise the decoded one."""
    if matches(fast, decoded):
        return fast.with_changes(verified=True, damaged=decoded.damaged)
    return decoded
