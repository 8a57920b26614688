"""Rendering exports: a clip [in, out] to MP4 and a still to PNG/JPEG, frame-exact and clean.

A clip becomes H.264 (yuv420p) with AAC sound (when the recording has sound) in an MP4 that
starts playing before it is fully loaded (``+faststart``). It holds exactly the frames
``in … out`` of the frame table, the first being frame ``in``, also for variable-frame-rate
and B-frame recordings: ffmpeg keeps the source timestamps (``-copyts``), seeks to a point
at or before the keyframe that starts the clip, and ``trim`` keeps the frames whose
timestamps lie between points a quarter of a frame before ``in`` and three quarters of a
frame after ``out``, so rounding cannot pick a neighbour. The result is counted afterwards;
should a seek have misled ffmpeg, the clip is rendered again from the start of the file.

The picture is turned upright (ffmpeg's autorotation, so no rotation flag is left for a
player to ignore), scaled to the chosen size with square pixels, and may carry a caption
burnt in. A slow-motion copy shows the same frames at ``slow_motion`` × speed; its sound is
slowed with ``atempo`` (pitch kept). Nothing personal is left in the container: no global,
stream or chapter metadata (location, creation time, device make and model), no data or
subtitle streams, bit-exact muxing (no encoder version tags, zero creation times).

Files are written to a temporary name beside the target and renamed when complete; on
failure or cancel nothing is left at ``output``.
"""

from __future__ import annotations

import contextlib
import logging
import math
import os
import tempfile
import threading
from collections.abc import Callable, Iterator
from fractions import Fraction
from pathlib import Path

import av
import av.error
import ffmpeg

from vigeditor.i18n import _
from vigeditor.media.errors import MediaError
from vigeditor.media.frame_table import FrameTable
from vigeditor.media.images import save_picture
from vigeditor.media.info import MediaInfo
from vigeditor.media.render_caption import save_caption_picture
from vigeditor.media.render_ffmpeg import RenderCancelled, ffmpeg_binary, run_ffmpeg

__all__ = ["DEFAULT_SLOW_MOTION", "SIZES", "RenderCancelled", "clip_output_size",
           "ffmpeg_binary", "render_clip", "render_still"]

_log = logging.getLogger("vigeditor.media")

#: export sizes: the box the upright picture is fitted into (never enlarged)
SIZES: dict[str, tuple[int, int] | None] = {"original": None, "1080p": (1920, 1080),
                                             "720p": (1280, 720)}
#: the speed of a slow-motion copy when the caller just asks for "slow motion"
DEFAULT_SLOW_MOTION = 0.5
PRESET = "veryfast"
CRF = 20
AUDIO_BITRATE = "160k"
CLIP_SUFFIXES = (".mp4", ".m4v")
Progress = Callable[[float], None]


def render_clip(source: Path, table: FrameTable, info: MediaInfo, in_frame: int,
                out_frame: int, output: Path, *, size: str = "original",
                slow_motion: float | None = None, caption: str | None = None,
                progress: Progress | None = None,
                cancel: threading.Event | None = None) -> Path:
    """Write frames ``in_frame … out_frame`` of ``source`` to the MP4 ``output``."""
    source, output = Path(source), Path(output)
    table.check_index(int(in_frame))
    table.check_index(int(out_frame))
    if out_frame < in_frame:
        raise MediaError(_("A clip's out frame ({out}) cannot be before its in frame "
                           "({in_}).").format(out=out_frame, in_=in_frame))
    speed = _speed(slow_motion)
    width, height = clip_output_size(info, size)
    if output.suffix.lower() not in CLIP_SUFFIXES:
        raise MediaError(_("A clip is saved as an .mp4 file, not {name}.").format(
            name=output.name))
    _check_target(source, output)
    count = int(out_frame) - int(in_frame) + 1
    with tempfile.TemporaryDirectory(prefix="vig-render-") as work, \
            _temporary_beside(output) as temp:
        picture = None
        if caption and caption.strip():
            picture = save_caption_picture(caption, width, height, Path(work) / "caption.png")
        for seek in (True, False):
            arguments = _clip_arguments(source, table, info, int(in_frame), int(out_frame),
                                        temp, (width, height), speed, picture, seek=seek)
            run_ffmpeg(arguments, total_frames=count, progress=progress, cancel=cancel,
                       label=source.name)
            made = count_video_frames(temp)
            if made == count:
                break
            _log.warning("render of %s frames %s-%s made %s frames (seek=%s)", source.name,
                         in_frame, out_frame, made, seek)
        else:
            raise MediaError(_("The clip could not be cut exactly from {name}: the file may "
                               "be damaged there.").format(name=source.name))
        _finish(temp, output)
    return output


def render_still(source: Path, table: FrameTable, info: MediaInfo, frame: int,
                 output: Path) -> Path:
    """Write frame ``frame`` of ``source`` to ``output`` (PNG or JPEG by its suffix): full
    resolution, upright, no metadata."""
    from vigeditor.media.frame_server import FrameServer

    source, output = Path(source), Path(output)
    table.check_index(int(frame))
    _check_target(source, output)
    server = FrameServer(info, table, cache_bytes=64 * 1024 * 1024)
    try:
        picture = server.frame(int(frame))
    finally:
        server.close()
    return save_picture(picture, output)


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


# -- the ffmpeg command line -------------------------------------------------------------------
def _clip_arguments(source: Path, table: FrameTable, info: MediaInfo, first: int, last: int,
                    temp: Path, size: tuple[int, int], speed: float, caption: Path | None, *,
                    seek: bool) -> list[str]:
    start, end = _trim_points(table, first, last)
    keyframe = table.keyframe_at_or_before(first)
    input_options: dict[str, object] = {}
    if seek and keyframe > 0:
        # ffmpeg adds the file's start time, which is at most the first frame's time, and
        # seeks to the keyframe at or before: so this lands on the keyframe or one before it
        microseconds = math.floor(table.time(keyframe) * 1_000_000)
        input_options["ss"] = f"{microseconds / 1_000_000:.6f}"
        input_options["noaccurate_seek"] = None
    recording = ffmpeg.input(str(source), **input_options)
    factor = 1.0 / speed
    video = recording["v:0"].filter("trim", start=f"{start:.6f}", end=f"{end:.6f}")
    video = video.filter("setpts", "PTS-STARTPTS" if speed == 1.0 else
                         f"(PTS-STARTPTS)*{factor:.6f}")
    if _needs_scaling(info, size):
        width, height = size
        video = video.filter("scale", width, height, flags="bicubic").filter("setsar", 1)
    if caption is not None:
        video = ffmpeg.overlay(video, ffmpeg.input(str(caption)), x=0, y=0,
                               eof_action="repeat")
    video = video.filter("format", "yuv420p")
    streams = [video]
    options: dict[str, object] = {
        "format": "mp4", "vcodec": "libx264", "preset": PRESET, "crf": CRF,
        "profile:v": "high", "fps_mode": "passthrough",
        "enc_time_base:v": _encoder_time_base(table.time_base, speed),
        "map_metadata": -1, "map_chapters": -1, "movflags": "+faststart",
        "fflags": "+bitexact", "flags:v": "+bitexact",
    }
    if info.audio:
        first_time = float(int(table.pts[first]) * table.time_base)
        last_end = float((int(table.pts[last]) + _duration(table, last)) * table.time_base)
        audio = recording["a:0"].filter("atrim", start=f"{first_time:.6f}",
                                        end=f"{last_end:.6f}")
        audio = audio.filter("asetpts", "PTS-STARTPTS")
        for tempo in _tempo_steps(speed):
            audio = audio.filter("atempo", f"{tempo:.6f}")
        streams.append(audio)
        options.update({"acodec": "aac", "audio_bitrate": AUDIO_BITRATE,
                        "flags:a": "+bitexact"})
    output = ffmpeg.output(*streams, str(temp), **options)
    output = output.global_args("-copyts").overwrite_output()
    return list(output.get_args())


def _needs_scaling(info: MediaInfo, size: tuple[int, int]) -> bool:
    """False when the upright decoded picture already has this size and square pixels."""
    upright = (info.height, info.width) if info.rotation in (90, 270) else (
        info.width, info.height)
    square = (info.display_width, info.display_height) == upright
    return not (square and upright == size)


def _trim_points(table: FrameTable, first: int, last: int) -> tuple[float, float]:
    """Seconds (on the source's own timeline) a quarter frame before ``first`` and three
    quarters of a frame after ``last``: no frame's timestamp is near either point."""
    pts = table.pts
    before = int(pts[first]) - int(pts[first - 1]) if first > 0 else _duration(table, first)
    start = int(pts[first]) - before / 4
    end = int(pts[last]) + 3 * _duration(table, last) / 4
    base = float(table.time_base)
    return start * base, end * base


def _duration(table: FrameTable, index: int) -> int:
    """Ticks frame ``index`` is shown for."""
    if index + 1 < len(table):
        return int(table.pts[index + 1]) - int(table.pts[index])
    return max(1, table.last_duration)


def _encoder_time_base(time_base: Fraction, speed: float) -> str:
    """The source's time base (so variable-rate timestamps are kept exactly); slow motion
    multiplies timestamps, for which a fine base is used."""
    if speed != 1.0:
        return "1/90000"
    return f"{time_base.numerator}/{time_base.denominator}"


def _speed(slow_motion: float | None) -> float:
    if slow_motion is None:
        return 1.0
    speed = float(slow_motion)
    if not 0.1 <= speed <= 1.0 or math.isnan(speed):
        raise MediaError(_("Slow motion must be between 0.1 and 1 times normal speed, not "
                           "{speed}.").format(speed=slow_motion))
    return speed


def _tempo_steps(speed: float) -> list[float]:
    """``atempo`` factors whose product is ``speed`` (each at least 0.5, as atempo needs)."""
    if speed == 1.0:
        return []
    steps: list[float] = []
    remaining = speed
    while remaining < 0.5:
        steps.append(0.5)
        remaining /= 0.5
    steps.append(remaining)
    return steps


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


@contextlib.contextmanager
def _temporary_beside(output: Path) -> Iterator[Path]:
    """A temporary file name in the target's folder, removed unless renamed into place."""
    folder = output.parent if str(output.parent) else Path(".")
    try:
        handle, name = tempfile.mkstemp(dir=folder, prefix=".vig-export-",
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
