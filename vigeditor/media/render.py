"""Rendering exports: a clip [in, out] to MP4 and a still to PNG/JPEG, frame-exact and clean.

A clip's pictures are the frames ``in … out`` exactly as the viewer shows them: they come
from the app's own frame server (:mod:`vigeditor.media.render_video`), never from container
timestamps, so files whose timestamps lie (packed B-frames in AVI, joined camcorder files,
clock wraps, duplicate timestamps, webcams that drop frames) export the frames the guider
chose. Each frame keeps its time and display duration on the frame table's timeline
(variable frame rate is kept, and a last frame held on screen stays held). They are encoded
as H.264 High (CRF 20, ``veryfast``, 4:2:0, BT.709 colour tags). The sound
(:mod:`vigeditor.media.render_audio`) is what played with those pictures in the source, cut
by the source's own clock, silence where the source had none, and lasts as long as the
pictures (AAC). The MP4 starts playing before it is fully loaded (``+faststart``).

The picture is upright (no rotation flag is left for a player to ignore), scaled to the
chosen size with square pixels, and may carry a caption burnt in. A slow-motion copy shows
the same frames at ``slow_motion`` × speed; its sound is slowed with ``atempo`` (pitch kept).
Nothing personal is left in the container: no global, stream or chapter metadata (location,
creation time, device make and model), no data or subtitle streams, bit-exact muxing (no
encoder version tags, zero creation times).

A damaged frame (one the decoder cannot produce) never fails an export: the nearest good
frame is used and the result says so (:attr:`RenderResult.substituted`, :func:`damage_notes`).
Files are written to a temporary name beside the target and renamed when complete; on
failure or cancel nothing is left at ``output``.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import math
import os
import tempfile
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import av
import av.error

from vigeditor.atomic import write_atomically
from vigeditor.i18n import _
from vigeditor.media import render_audio, render_video
from vigeditor.media.errors import MediaError, RenderCancelled
from vigeditor.media.frame_server import FrameServer
from vigeditor.media.frame_table import FrameTable
from vigeditor.media.images import encode_picture
from vigeditor.media.info import MediaInfo
from vigeditor.media.render_caption import CaptionOverlay
from vigeditor.media.render_video import CRF, PRESET, PictureFilter

__all__ = ["CRF", "DEFAULT_SLOW_MOTION", "PRESET", "SIZES", "PictureFilter", "RenderCancelled",
           "RenderResult",
           "clip_output_size", "count_video_frames", "damage_notes",
           "render_clip", "render_still"]

_log = logging.getLogger("vigeditor.media")

#: export sizes: the box the upright picture is fitted into (never enlarged)
SIZES: dict[str, tuple[int, int] | None] = {"original": None, "1080p": (1920, 1080),
                                             "720p": (1280, 720)}
#: the speed of a slow-motion copy when the caller just asks for "slow motion"
DEFAULT_SLOW_MOTION = 0.5
CLIP_SUFFIXES = (".mp4", ".m4v")
EXPORT_CACHE_BYTES = 64 * 1024 * 1024  # the frame server's cache while exporting
MUX_OPTIONS = {"movflags": "+faststart", "fflags": "+bitexact"}
Progress = Callable[[float], None]
Substitutions = tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class RenderResult:
    """What an export wrote: the file ``path``, and ``substituted``: (damaged frame, frame
    used instead) for every frame that could not be decoded, in frame order."""

    path: Path
    substituted: Substitutions = ()

    @property
    def notes(self) -> list[str]:
        """The substitutions in plain words (empty when every frame was good)."""
        return damage_notes(self.substituted)


def render_clip(source: Path, table: FrameTable, info: MediaInfo, in_frame: int,
                out_frame: int, output: Path, *, size: str = "original",
                slow_motion: float | None = None, caption: str | None = None,
                progress: Progress | None = None, cancel: threading.Event | None = None,
                picture_filter: PictureFilter | None = None) -> RenderResult:
    """Write frames ``in_frame … out_frame`` of ``source`` (with their sound) to the MP4
    ``output``; ``slow_motion`` is a speed (0.1–1), ``progress`` gets the share done (0–1).
    ``picture_filter(frame, rgb) -> rgb`` (face blurring) changes each upright picture at
    export size before the caption; ``frame`` is the frame the picture shows."""
    source, output = Path(source), Path(output)
    first, last = int(in_frame), int(out_frame)
    table.check_index(first)
    table.check_index(last)
    if last < first:
        raise MediaError(_("A clip's out frame ({out}) cannot be before its in frame "
                           "({in_}).").format(out=out_frame, in_=in_frame))
    speed = _speed(slow_motion)
    size_wh = clip_output_size(info, size)
    if output.suffix.lower() not in CLIP_SUFFIXES:
        raise MediaError(_("A clip is saved as an .mp4 file, not {name}.").format(
            name=output.name))
    _check_target(source, output)
    _check_cancel(cancel)
    sound = render_audio.clip_sound(source, table, first, last, speed) if info.audio else None
    _check_cancel(cancel)
    clip = _Clip(source, table, replace(info, path=str(source)), first, last, size_wh, speed,
                 CaptionOverlay(caption, *size_wh) if caption and caption.strip() else None,
                 picture_filter)
    with _temporary_beside(output) as temp:
        substituted = clip.write(temp, sound, _Reporter(progress, cancel, last - first + 1))
        _finish(temp, output)
    if progress is not None:
        progress(1.0)
    return RenderResult(output, substituted)


def render_still(source: Path, table: FrameTable, info: MediaInfo, frame: int,
                 output: Path, *, picture_filter: PictureFilter | None = None) -> RenderResult:
    """Write frame ``frame`` of ``source`` to ``output`` (PNG or JPEG by its suffix): full
    resolution, upright, no metadata. A damaged frame gives the nearest good one.
    ``picture_filter`` as for :func:`render_clip`."""
    source, output = Path(source), Path(output)
    table.check_index(int(frame))
    _check_target(source, output)
    with FrameServer(replace(info, path=str(source)), table,
                     cache_bytes=EXPORT_CACHE_BYTES) as server:
        try:
            served = server.serve(int(frame))
            shown, picture = served.shown, served.picture
        except MediaError:
            shown, picture = render_video.later_good(server, int(frame), len(table) - 1, None)
    if picture_filter is not None:
        picture = picture_filter(shown, picture)
    data = encode_picture(picture, output.suffix)
    try:
        write_atomically(output, lambda stream: stream.write(data),
                         prefix=temporary_prefix(output).name)
    except OSError as error:
        raise MediaError(_("The picture could not be saved to {path}: {reason}.")
                         .format(path=output, reason=error.strerror or error)) from error
    return RenderResult(output, ((int(frame), shown),) if shown != int(frame) else ())


def damage_notes(substituted: Sequence[tuple[int, int]]) -> list[str]:
    """Plain sentences for (damaged, used) pairs; a run of damaged frames that all show the
    same good frame is one sentence ("Frames 45 to 47 were damaged; frame 44 was used.")."""
    runs: list[list[int]] = []  # [first damaged, last damaged, used]
    for damaged, used in substituted:
        if runs and runs[-1][1] == damaged - 1 and runs[-1][2] == used:
            runs[-1][1] = damaged
        else:
            runs.append([damaged, damaged, used])
    return [_("Frame {damaged} was damaged; frame {used} was used.").format(
                damaged=one, used=used) if one == end else
            _("Frames {first} to {last} were damaged; frame {used} was used.").format(
                first=one, last=end, used=used)
            for one, end, used in runs]


def clip_output_size(info: MediaInfo, size: str) -> tuple[int, int]:
    """The upright width and height of an exported clip (even numbers, square pixels)."""
    if size not in SIZES:
        raise MediaError(_("The export size must be one of {sizes}, not '{size}'.").format(
            sizes=", ".join(SIZES), size=size))
    width, height = info.display_width, info.display_height
    box = SIZES[size]
    scale = 1.0
    if box is not None:
        long_side, short_side = box
        if width >= height:
            scale = min(1.0, long_side / width, short_side / height)
        else:
            scale = min(1.0, short_side / width, long_side / height)
    return _even(width * scale), _even(height * scale)


def count_video_frames(path: Path) -> int:
    """Video frames in a file, counted from its packets (no decoding)."""
    try:
        with av.open(str(path), metadata_errors="ignore") as container:
            if not container.streams.video:
                return 0
            stream = container.streams.video[0]
            return sum(1 for packet in container.demux(stream)
                       if packet.size and not packet.is_discard)
    except (av.error.FFmpegError, OSError):
        return -1


# -- writing a clip ----------------------------------------------------------------------------
@dataclass(frozen=True)
class _Clip:
    """Everything needed to write one clip (sizes in pixels, ``speed`` × normal speed)."""

    source: Path
    table: FrameTable
    info: MediaInfo
    first: int
    last: int
    size: tuple[int, int]
    speed: float
    caption: CaptionOverlay | None
    picture_filter: PictureFilter | None = None

    def write(self, temp: Path, sound: render_audio.Sound | None,
              reporter: _Reporter) -> Substitutions:
        """Encode the clip into ``temp``; returns the frames substituted for damaged ones."""
        timing = render_video.ClipTiming.of(self.table, self.first, self.last, self.speed)
        server = FrameServer(self.info, self.table, cache_bytes=EXPORT_CACHE_BYTES)
        stop = threading.Event()
        try:
            with av.open(str(temp), "w", format="mp4", options=MUX_OPTIONS) as container:
                video = render_video.add_stream(container, self.size, self.info.fps * self.speed)
                muxer = _Muxer(container, sound)
                pictures = render_video.pictures(server, self.first, self.last, self.size,
                                                 self.caption, stop, self.picture_filter)
                with contextlib.closing(pictures):
                    made = render_video.encode(video, pictures, timing, muxer.video,
                                               reporter.frame_done)
                muxer.finish()
        except (av.error.FFmpegError, OSError) as error:
            raise _failure(error, self.source.name) from error
        finally:
            stop.set()
            server.close()
        if made != self.last - self.first + 1:  # cannot happen: every frame gives a picture
            raise MediaError(_("The clip could not be cut exactly from {name}: the file may "
                               "be damaged there.").format(name=self.source.name))
        return tuple(reporter.substituted)


class _Muxer:
    """Writes video packets as they come and the (ready) sound packets between them, in
    time order, so players can start before the file is loaded."""

    def __init__(self, container: Any, sound: render_audio.Sound | None) -> None:
        self.container = container
        self.audio: list[av.Packet] = []
        if sound is not None:
            stream = render_audio.add_stream(container, sound.rate, sound.layout)
            self.audio = render_audio.encode_sound(stream, sound)
        self._next = 0

    def video(self, packet: av.Packet) -> None:
        if packet.dts is not None and packet.time_base is not None:
            self._audio_until(float(packet.dts * packet.time_base))
        mux(self.container, packet)

    def finish(self) -> None:
        self._audio_until(math.inf)

    def _audio_until(self, seconds: float) -> None:
        while self._next < len(self.audio):
            packet = self.audio[self._next]
            if packet.dts is not None and float(packet.dts * packet.time_base) > seconds:
                return
            mux(self.container, packet)
            self._next += 1


def mux(container: Any, packet: av.Packet) -> None:
    """Write one packet (a seam for tests that make writing fail)."""
    container.mux(packet)


class _Reporter:
    """Progress, cancel and the damaged-frame record, called after every encoded frame."""

    def __init__(self, progress: Progress | None, cancel: threading.Event | None,
                 total: int) -> None:
        self.progress, self.cancel, self.total = progress, cancel, total
        self.done = 0
        self.substituted: list[tuple[int, int]] = []

    def frame_done(self, picture: render_video.Picture) -> None:
        self.done += 1
        if picture.shown != picture.index:
            self.substituted.append((picture.index, picture.shown))
        if self.progress is not None:
            self.progress(min(1.0, self.done / self.total) * 0.99)
        _check_cancel(self.cancel)


def _check_cancel(cancel: threading.Event | None) -> None:
    if cancel is not None and cancel.is_set():
        raise RenderCancelled


def _failure(error: BaseException, label: str) -> MediaError:
    """A plain message for an encoder or disk failure (details go to the log)."""
    _log.error("export of %s failed: %s", label, error)
    code = getattr(error, "errno", None)
    if code == errno.ENOSPC:
        return MediaError(_("The export of {name} failed: the disk is full. Free some space "
                            "and try again.").format(name=label))
    if code in (errno.EACCES, errno.EPERM, errno.EROFS):
        return MediaError(_("The export of {name} failed: vigeditor may not write to that "
                            "folder.").format(name=label))
    return MediaError(_("The export of {name} failed: vigeditor could not make the video. "
                        "Details are in the log.").format(name=label))


def _speed(slow_motion: float | None) -> float:
    if slow_motion is None:
        return 1.0
    speed = float(slow_motion)
    if not 0.1 <= speed <= 1.0 or math.isnan(speed):
        raise MediaError(_("Slow motion must be between 0.1 and 1 times normal speed, not "
                           "{speed}.").format(speed=slow_motion))
    return speed


def _even(value: float) -> int:
    return max(2, math.floor(value / 2 + 0.5) * 2)


# -- files -------------------------------------------------------------------------------------
def _check_target(source: Path, output: Path) -> None:
    folder = output.parent if str(output.parent) else Path(".")
    if not folder.is_dir():
        raise MediaError(_("The folder {folder} does not exist.").format(folder=folder))
    if output.is_dir():
        raise MediaError(_("{name} is a folder; give a file name to export to.").format(
            name=output))
    with contextlib.suppress(OSError):
        if output.exists() and output.samefile(source):
            raise MediaError(_("An export cannot replace the recording it comes from."))


def temporary_prefix(output: Path) -> Path:
    """What the names of an export's temporary files beside ``output`` start with (the audit
    entry records it, so that the next start removes what a crash left)."""
    folder = output.parent if str(output.parent) else Path(".")
    return folder / f".vig-export-{output.name}."


@contextlib.contextmanager
def _temporary_beside(output: Path) -> Iterator[Path]:
    """A temporary file name in the target's folder, removed unless renamed into place."""
    folder = output.parent if str(output.parent) else Path(".")
    try:
        handle, name = tempfile.mkstemp(dir=folder, prefix=temporary_prefix(output).name,
                                        suffix=output.suffix)
    except OSError as error:
        raise MediaError(_("Nothing can be written to {folder}: {reason}.").format(
            folder=folder, reason=error.strerror or error)) from error
    os.close(handle)
    temp = Path(name)
    try:
        yield temp
    finally:
        temp.unlink(missing_ok=True)


def _finish(temp: Path, output: Path) -> None:
    try:
        with open(temp, "rb+") as stream:
            os.fsync(stream.fileno())
        os.replace(temp, output)
    except OSError as error:
        raise MediaError(_("The export could not be saved to {path}: {reason}.").format(
            path=output, reason=error.strerror or error)) from error
