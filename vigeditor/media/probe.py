"""Probe a recording: what it is and the presentation timestamp of each of its frames.

A recording is hostile input until probed, so :func:`probe` and :func:`open_recording` do the
reading in a child process with a timeout (see :mod:`vigeditor.media.isolation`). The result
is cached by file identity, so a file is read only once.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Callable
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
    decode_all,
    decoded_table,
    doubts,
    packet_table,
    read_packets,
    video_stream,
)
from vigeditor.media.info import AudioStreamInfo, MediaInfo
from vigeditor.media.isolation import report_progress, run_isolated
from vigeditor.media.limits import check_declared_size
from vigeditor.media.table_cache import load_cached, save_cached

DEFAULT_TIMEOUT = 30.0
_log = logging.getLogger("vigeditor.media")
_LOCATION_KEYS = ("location", "xyz", "gps", "iso6709")


def default_cache_dir() -> Path:
    """Where frame tables of files outside a case are cached (always rebuildable)."""
    from platformdirs import user_cache_dir

    override = os.environ.get("VIGEDITOR_CACHE_DIR")
    base = Path(override) if override else Path(user_cache_dir("vigeditor", appauthor=False))
    return base / "frame-tables"


def probe(path: str | os.PathLike[str], *, timeout: float = DEFAULT_TIMEOUT,
          cache_dir: Path | None = None) -> MediaInfo:
    """The facts about a recording, read safely in a child process."""
    return open_recording(path, timeout=timeout, cache_dir=cache_dir)[0]


def open_recording(path: str | os.PathLike[str], *, timeout: float = DEFAULT_TIMEOUT,
                   cache_dir: Path | None = None, progress: Progress | None = None,
                   should_stop: Callable[[], bool] | None = None,
                   ) -> tuple[MediaInfo, FrameTable]:
    """Probe and index a recording (cached by file identity), safely in a child process.

    Where the packets' timestamps are in doubt the table is built by decoding every frame,
    which takes time: ``progress`` then gets 0…1, ``timeout`` (seconds) counts from the
    last report, and ``should_stop`` can end it (MediaError)."""
    file_path = Path(path)
    _check_file(file_path)
    cache = cache_dir if cache_dir is not None else default_cache_dir()
    key = file_identity(file_path)
    cached = load_cached(cache, key)
    if cached is not None:
        table, info = cached
        info = {**info, "path": str(file_path)}
        return MediaInfo.from_json(info), table
    info, table = run_isolated(inspect_recording, str(file_path), timeout=timeout,
                               label=file_path.name, progress=progress,
                               should_stop=should_stop)
    # the cache is an optimisation: a read-only or full disk must not stop the guider
    with contextlib.suppress(OSError):
        save_cached(cache, key, table, info.to_json())
    return info, table


def _check_file(file_path: Path) -> None:
    if not file_path.exists():
        raise MediaError(_("The file {name} does not exist.").format(name=file_path),
                         path=str(file_path))
    if file_path.is_dir():
        raise MediaError(_("{name} is a folder, not a video file.").format(name=file_path.name))
    if not file_path.is_file():
        raise MediaError(_("{name} is not a regular file (it is a pipe, device or socket), "
                           "so it cannot be read as a recording.").format(name=file_path.name),
                         path=str(file_path))
    if not os.access(file_path, os.R_OK):
        raise MediaError(_("vigeditor is not allowed to read {name}: its permissions do not "
                           "let you read it.").format(name=file_path.name), path=str(file_path))
    if file_path.stat().st_size == 0:
        raise MediaError(_("The file {name} is empty.").format(name=file_path.name),
                         path=str(file_path))


def inspect_recording(path: str) -> tuple[MediaInfo, FrameTable]:
    """Read a recording's facts and frame table in this process (call via isolation)."""
    name = Path(path).name
    try:
        first = _first_frame(path)
        with av.open(path, metadata_errors="ignore") as container:
            stream = video_stream(container)
            packets = read_packets(container, stream, _incomplete(name))
            _check_complete(stream, sum(not d for d in packets.discard), name)
            reasons = doubts(packets, stream, str(container.format.name))
            if reasons:
                _log.info("%s: frame table built by decoding (%s)", name, "; ".join(reasons))
                table = index_by_decoding(path, report_progress)
            else:
                table = packet_table(packets, stream)
            return _describe(path, container, stream, table, first), table
    except MediaError:
        raise
    except (av.error.FFmpegError, OSError, ValueError, IndexError) as error:
        raise MediaError(_unreadable(path), path=path) from error


def _unreadable(path: str) -> str:
    name = Path(path).name
    if _is_iso_media_without_index(path):
        return _("{name} seems incomplete: its index is missing, as happens when a copy is "
                 "interrupted or a camera stops before finishing the file.").format(name=name)
    return _("{name} is not a video file vigeditor can read. It may be damaged or in a "
             "format that is not supported.").format(name=name)


def _is_iso_media_without_index(path: str) -> bool:
    """An MP4/MOV file (``ftyp`` box first) with no ``moov`` box at the top level."""
    try:
        with open(path, "rb") as handle:
            if handle.read(8)[4:8] != b"ftyp":
                return False
            handle.seek(0)
            while header := handle.read(8):
                if len(header) < 8:
                    return True
                size, kind = int.from_bytes(header[:4], "big"), header[4:8]
                if kind == b"moov":
                    return False
                if size == 1:
                    size = int.from_bytes(handle.read(8), "big") - 8
                if size < 8:
                    return True
                handle.seek(size - 8, 1)
    except OSError:
        return False
    return True


def _first_frame_rotation(path: str) -> int:
    """Decode the first video frame (proving the video is decodable) and read its rotation."""
    return _rotation(_first_frame(path))


def _rotation(frame: av.VideoFrame) -> int:
    """The clockwise turn (0, 90, 180, 270 degrees) that shows ``frame`` upright."""
    return round(-float(frame.rotation or 0)) % 360


def _first_frame(path: str) -> av.VideoFrame:
    """The first picture the decoder outputs (proving the video is decodable)."""
    name = Path(path).name
    check_declared_size(path)
    with av.open(path, metadata_errors="ignore") as container:
        if not container.streams.video:
            raise MediaError(_("{name} has no video in it (it may be a sound-only "
                               "recording).").format(name=name), path=path)
        stream = container.streams.video[0]
        for frame in container.decode(stream):
            return frame
    raise MediaError(_("The video in {name} could not be decoded: it may be damaged or "
                       "incomplete.").format(name=name), path=path)


def index_by_decoding(path: str, progress: Progress | None = None,
                      should_stop: Callable[[], bool] | None = None) -> FrameTable:
    """The frame table built by decoding every frame of ``path`` in this process."""
    try:
        with av.open(path, metadata_errors="ignore") as container:
            stream = video_stream(container)
            packets = Packets()
            decoded = decode_all(container, stream, packets, progress=progress,
                                 should_stop=should_stop)
            return decoded_table(packets, decoded, stream, str(container.format.name))
    except (av.error.FFmpegError, OSError) as error:
        raise MediaError(_unreadable(path), path=path) from error


def _incomplete(name: str) -> str:
    return _("{name} ends early: the file seems incomplete (perhaps a copy was "
             "interrupted).").format(name=name)


def _check_complete(stream: Any, packet_count: int, name: str) -> None:
    """Refuse a file whose index promises more frames than its data holds."""
    try:
        entries = stream.index_entries
        expected = sum(1 for entry in entries if not entry.is_discard and entry.size > 0)
    except (AttributeError, av.error.FFmpegError):
        return
    if expected and packet_count < expected:
        raise MediaError(_incomplete(name))


def _describe(path: str, container: Any, stream: Any, table: FrameTable,
              first: av.VideoFrame) -> MediaInfo:
    rotation = _rotation(first)
    context = stream.codec_context
    width, height = int(context.width), int(context.height)
    display_width, display_height = _display_size(stream, rotation)
    duration = table.duration
    audios = [_audio_info(audio) for audio in container.streams.audio]
    if None in audios:
        _log.info("%s: a sound stream could not be identified; the video is used without it",
                  Path(path).name)
    return MediaInfo(
        path=path,
        container=str(container.format.name),
        duration=round(duration, 6),
        video_codec=str(context.codec.canonical_name),
        width=width, height=height, rotation=rotation,
        display_width=display_width, display_height=display_height,
        fps=round(len(table) / duration, 6) if duration > 0 else 0.0,
        vfr=table.is_variable_rate(),
        frames=len(table),
        audio=[found for found in audios if found is not None],
        audio_unreadable=None in audios,
        creation_time=_creation_time(container, stream),
        has_location=_has_location(container),
        size_bytes=os.path.getsize(path),
        **_picture_facts(path, stream, first),
    )


def _display_size(stream: Any, rotation: int) -> tuple[int, int]:
    """The upright size, sample aspect ratio applied (width scaled, as ffmpeg's
    ``scale=iw*sar:ih`` does)."""
    width, height = int(stream.codec_context.width), int(stream.codec_context.height)
    aspect = stream.sample_aspect_ratio
    if aspect and aspect > 0 and aspect != 1:
        width = round(width * float(aspect))
    return (height, width) if rotation in (90, 270) else (width, height)


def _picture_facts(path: str, stream: Any, first: av.VideoFrame) -> dict[str, Any]:
    """Colour tags, bit depth and field order of the video ``stream``, as its decoder
    outputs them (frame tags include what the codec signals outside the stream header,
    e.g. HEVC's alternative transfer SEI); idet decides the field order when the codec
    does not say (:mod:`vigeditor.media.colour`, :mod:`vigeditor.media.interlace`)."""
    from itertools import chain

    from vigeditor.media.colour import ColourTags
    from vigeditor.media.interlace import (
        FLAGGED,
        PROGRESSIVE,
        detect_field_order,
        field_order_name,
    )

    context = stream.codec_context
    tags = ColourTags.of(context)
    order = field_order_name(context.field_order)
    depth = _bit_depth(context.format)
    tags = ColourTags.of(first).or_else(tags)
    depth = _bit_depth(first.format) or depth
    if order is None and first.interlaced_frame:
        order = FLAGGED
    if order is None:
        try:
            with av.open(path, metadata_errors="ignore") as container:
                frames = container.decode(container.streams[stream.index])
                order = detect_field_order(chain([next(frames)], frames))
        except (av.error.FFmpegError, OSError, ValueError, StopIteration):
            pass  # the facts the codec gave are kept; decoding was proven by the first frame
    return {"transfer": tags.transfer, "primaries": tags.primaries, "matrix": tags.matrix,
            "colour_range": tags.colour_range, "hdr": tags.hdr, "bit_depth": depth or 8,
            "interlaced": order or PROGRESSIVE}


def _bit_depth(pixel_format: Any) -> int:
    """Bits per sample of a pixel format (its first component), 0 when unknown."""
    try:
        return int(pixel_format.components[0].bits)
    except (AttributeError, IndexError, TypeError):
        return 0


def _audio_info(stream: Any) -> AudioStreamInfo | None:
    """The sound stream's facts; ``None`` when its codec cannot be identified (the video is
    still used, and the guider told the sound could not be read)."""
    try:
        context = stream.codec_context
        if context is None or context.codec is None:
            return None
        return AudioStreamInfo(codec=str(context.name), channels=int(context.channels or 0),
                               sample_rate=int(context.sample_rate or 0),
                               language=stream.metadata.get("language"))
    except (AttributeError, TypeError, ValueError, av.error.FFmpegError):
        return None


def _creation_time(container: Any, stream: Any) -> str | None:
    for metadata in (container.metadata, stream.metadata):
        value = metadata.get("creation_time")
        if value:
            return str(value)
    return None


def _has_location(container: Any) -> bool:
    sources = [container.metadata] + [s.metadata for s in container.streams]
    return any(
        any(marker in key.lower() for marker in _LOCATION_KEYS) and str(value).strip()
        for metadata in sources for key, value in metadata.items()
    )


def first_picture(path: str, width: int) -> tuple[np.ndarray, int, int]:
    """Frame 0 as an upright RGB array ``width`` wide (SDR BT.709, deinterlaced, as every
    picture), with the display size (in the child).

    Frame 0 needs no frame table (it is the first frame a decoder gives), so it can be
    shown while the table of a long film is still being read.
    """
    from vigeditor.media.pictures import make_picture

    first = _first_frame(path)
    rotation = _rotation(first)
    with av.open(path, metadata_errors="ignore") as container:
        stream = container.streams.video[0]
        upright_w, upright_h = _display_size(stream, rotation)
        context = stream.codec_context
        info = MediaInfo(path=path, container=str(container.format.name), duration=0.0,
                         video_codec=str(context.name), width=int(context.width),
                         height=int(context.height), rotation=rotation,
                         display_width=upright_w, display_height=upright_h, fps=0.0,
                         vfr=False, frames=0, **_picture_facts(path, stream, first))
    height = max(2, round(upright_h * width / upright_w))
    return make_picture(first, info, (width, height)), upright_w, upright_h


def preview_first_frame(path: str | os.PathLike[str], width: int, *,
                        timeout: float = DEFAULT_TIMEOUT) -> np.ndarray:
    """Frame 0, read safely in the child process, for showing before the table is ready."""
    file_path = Path(path)
    _check_file(file_path)
    picture, _w, _h = run_isolated(first_picture, str(file_path), int(width), timeout=timeout,
                                   label=file_path.name)
    return picture
