"""Checking a recording frame by frame, and confirming its fast frame table in the background.

:func:`check_recording` is the accuracy test that frame-exact tools' manuals tell users to
run on every new camera's files (ffms2's and VapourSynth's source filters, for instance):
decode the whole recording once in order, then reach every frame again by random access,
stepping backwards as a guider does, and compare each picture with the in-order decode.

:func:`verify_recording` confirms, by one full decode in a child process of its own (so it
never holds up other probes), that a table read from packets names the decoder's pictures in
its order; where it does not, the decoded table replaces it in the cache.
"""

from __future__ import annotations

import atexit
import contextlib
import hashlib
import os
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import av
import av.error
import numpy as np

from vigeditor.i18n import _
from vigeditor.media.errors import MediaError
from vigeditor.media.frame_table import FrameTable, file_identity
from vigeditor.media.indexing import (
    Packets,
    Progress,
    confirmed,
    decode_all,
    decoded_table,
    doubts,
    matches,
    packet_table,
    video_stream,
)
from vigeditor.media.info import MediaInfo
from vigeditor.media.isolation import IsolatedWorker, report_progress
from vigeditor.media.probe import (
    DEFAULT_TIMEOUT,
    default_cache_dir,
    index_by_decoding,
    open_recording,
)
from vigeditor.media.table_cache import save_cached

_background = IsolatedWorker()  # confirmations run beside the shared child, never blocking it
atexit.register(_background.stop)


def decoded_index_job(path: str) -> FrameTable:
    """In a child process: the table built by decoding, reporting progress to the parent."""
    return index_by_decoding(path, report_progress)


def verify_recording(path: str | os.PathLike[str], *, cache_dir: Path | None = None,
                     timeout: float = DEFAULT_TIMEOUT, progress: Progress | None = None,
                     should_stop: Callable[[], bool] | None = None,
                     ) -> tuple[MediaInfo, FrameTable]:
    """The recording's facts and a table confirmed by a full decode (cached). ``progress``
    gets 0…1; ``should_stop`` ends the work early (MediaError). A table already confirmed
    is returned at once."""
    file_path = Path(path)
    info, table = open_recording(file_path, cache_dir=cache_dir, timeout=timeout,
                                 progress=progress, should_stop=should_stop)
    if table.verified:
        return info, table
    decoded = _background.call(decoded_index_job, str(file_path), timeout=timeout,
                               label=file_path.name, progress=progress,
                               should_stop=should_stop)
    table = confirmed(table, decoded)
    if table is decoded:
        info = _recounted(info, table)
    cache = cache_dir if cache_dir is not None else default_cache_dir()
    with contextlib.suppress(OSError):
        save_cached(cache, file_identity(file_path), table, info.to_json())
    return info, table


def _recounted(info: MediaInfo, table: FrameTable) -> MediaInfo:
    data = info.to_json()
    duration = table.duration
    data.update(frames=len(table), duration=round(duration, 6), vfr=table.is_variable_rate(),
                fps=round(len(table) / duration, 6) if duration > 0 else 0.0)
    return MediaInfo.from_json(data)


@dataclass
class CheckReport:
    """What ``vigeditor check`` found (frame numbers are indices from 0)."""

    path: str
    frames: int
    damaged: list[int]
    refused_packets: int
    unreachable: list[int]
    inexact: list[int]
    variable_rate: bool
    hdr: bool
    interlaced: str
    fast_table_matched: bool
    doubts: list[str]
    repairs: list[str]
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        """True when every frame is reachable by random access and exact, and the decoder
        refused no packet (a refused packet is a picture lost to damage)."""
        return not (self.damaged or self.unreachable or self.inexact or self.refused_packets)

    def to_json(self) -> dict[str, Any]:
        return {**asdict(self), "ok": self.ok}


def fingerprint(frame: av.VideoFrame) -> str:
    """A short hash of a decoded picture's samples (every 4th row and column of each plane),
    as the decoder gave them (before any conversion)."""
    digest = hashlib.blake2b(digest_size=8)
    for plane in frame.planes:
        width = plane.width * (2 if frame.format.name.endswith(("10le", "12le", "16le")) else 1)
        rows = np.frombuffer(plane, dtype=np.uint8).reshape(plane.height, plane.line_size)
        digest.update(np.ascontiguousarray(rows[::4, :width:4]).tobytes())
    return digest.hexdigest()


def in_order_job(path: str) -> dict[str, Any]:
    """In a child process: decode everything in order; the decoded table, the fast table's
    verdict and a fingerprint of every picture."""
    prints: list[str] = []
    with av.open(path, metadata_errors="ignore") as container:
        stream = video_stream(container)
        packets = Packets()
        decoded = decode_all(container, stream, packets, progress=report_progress,
                             fingerprints=(prints, fingerprint))
        name = str(container.format.name)
        table = decoded_table(packets, decoded, stream, name)
        reasons = doubts(packets, stream, name)
        try:
            fast_matched = matches(packet_table(packets, stream), table)
        except MediaError:
            fast_matched = False
    return {"table": table, "prints": prints, "refused": decoded.refused,
            "doubts": reasons, "fast_matched": fast_matched}


def check_recording(path: str | os.PathLike[str], *, timeout: float = DEFAULT_TIMEOUT,
                    progress: Progress | None = None,
                    cache_dir: Path | None = None) -> CheckReport:
    """Decode ``path`` whole, then reach every frame again backwards by random access and
    compare (see the module). The confirmed table is cached (in ``cache_dir``), so the app
    and ``vigeditor frame`` use it from then on. MediaError if it cannot be read at all."""
    from vigeditor.media.frame_server import FrameServer

    file_path = Path(path)
    info, cached = open_recording(file_path, timeout=timeout, cache_dir=cache_dir)
    found = _background.call(in_order_job, str(file_path), timeout=timeout,
                             label=file_path.name,
                             progress=(lambda value: progress(value / 2)) if progress else None)
    table: FrameTable = found["table"]
    if not cached.verified:
        kept = confirmed(cached, table)
        folder = cache_dir if cache_dir is not None else default_cache_dir()
        with contextlib.suppress(OSError):
            save_cached(folder, file_identity(file_path), kept,
                        (_recounted(info, kept) if kept is table else info).to_json())
    unreachable, inexact = [], []
    with FrameServer(_recounted(info, table), table, cache_bytes=256 * 1024 * 1024) as server:
        for index in range(len(table) - 1, -1, -1):
            frame = server.decoded_frame(index)
            if frame is None:
                unreachable.append(index)
            elif fingerprint(frame) != found["prints"][index]:
                inexact.append(index)
            if progress is not None and index % 50 == 0:
                progress(1.0 - index / len(table) / 2)
    return CheckReport(
        str(file_path), len(table), [int(i) for i in table.damaged], found["refused"],
        sorted(unreachable), sorted(inexact), table.is_variable_rate(),
        bool(getattr(info, "hdr", False)), str(getattr(info, "interlaced", "progressive")),
        bool(found["fast_matched"]), list(found["doubts"]), list(table.repairs))


def describe_check(report: CheckReport) -> str:
    """The report in plain words, for the terminal."""
    def listing(values: list[int]) -> str:
        shown = ", ".join(str(value) for value in values[:10])
        return shown + (_(" and {more} more").format(more=len(values) - 10)
                        if len(values) > 10 else "")

    lines = [report.path, _("  frames: {count}").format(count=report.frames),
             _("  coded pictures the decoder could not decode: {count}").format(
                 count=report.refused_packets)]
    for label, values in ((_("damaged frames"), report.damaged),
                          (_("frames not reachable by seeking"), report.unreachable),
                          (_("frames that differ when reached by seeking"), report.inexact)):
        lines.append(f"  {label}: " + (listing(values) if values else _("none")))
    yes_no = {True: _("yes"), False: _("no")}
    lines += [
        _("  variable frame rate: {value}").format(value=yes_no[report.variable_rate]),
        _("  HDR: {value}").format(value=yes_no[report.hdr]),
        _("  interlaced: {value}").format(value=report.interlaced),
        _("  fast frame table matched the decoder: {value}").format(
            value=yes_no[report.fast_table_matched]),
    ]
    if report.doubts:
        lines.append(_("  timestamps in doubt: {what}").format(what="; ".join(report.doubts)))
    if report.repairs:
        lines.append(_("  timestamps repaired: {what}").format(what="; ".join(report.repairs)))
    lines.append(_("  every frame reachable and exact: {value}").format(
        value=yes_no[report.ok]))
    return "\n".join(lines)


__all__ = ["CheckReport", "MediaError", "check_recording", "describe_check",
           "verify_recording"]
