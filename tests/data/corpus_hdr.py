"""Recordings whose pictures need more than a YCbCr matrix: HDR, interlaced, matrix-tagged SDR.

Every picture shows its frame code (:mod:`tests.data.videos`), so frame N can be checked after
tone mapping and deinterlacing.

* :func:`hdr_hlg`, :func:`hdr_pq`: HEVC Main 10 (yuv420p10le), BT.2020, HLG or PQ (PQ with
  HDR10 mastering display and content light level metadata), made from known SDR BT.709 code
  pictures (:func:`sdr_original`) by the system ffmpeg's zscale: SDR linear light with
  reference white at 203 cd/m² (``npl=203``, ITU-R BT.2408), BT.2020 primaries, HLG or PQ.
* :func:`interlaced_tff`: H.264 MBAFF 25i (x264 ``interlaced=1:tff=1``, ``+ildct+ilme``) in
  MPEG-TS, as AVCHD camcorders write; the two fields of a frame show a bar at two positions
  (combing when shown undeinterlaced), while the code bands are the same in both fields.
* :func:`interlaced_unflagged`: the same kind of pictures bottom field first, coded as
  progressive MPEG-4 Part 2 in AVI, whose codec does not say it is interlaced (idet must).
* :func:`sdr_matrix`: flat colour patches coded with the BT.601 or BT.709 matrix, limited or
  full range, tagged or not.
"""

from __future__ import annotations

import functools
import subprocess
from fractions import Fraction
from pathlib import Path

import av
import numpy as np
from av.video.reformatter import ColorRange, Colorspace

from tests.data.corpus_encode import ffmpeg_binary
from tests.data.videos import draw_code

HDR_SIZE = (320, 240)
FIELDS_SIZE = (352, 288)
PATCHES = ((200, 40, 40), (40, 200, 40), (40, 40, 200), (220, 200, 60), (235, 235, 235),
           (20, 20, 20))
#: rows (as shares of the height) where the interlaced recordings' bar moves
MOVING_ROWS = (0.45, 0.85)
_QUIET = ["-nostdin", "-hide_banner", "-loglevel", "error", "-y"]
# SDR BT.709 code pictures → linear light (SDR white = 203 cd/m²) → BT.2020 → HLG or PQ
_TO_HDR = ("setparams=range=pc:color_primaries=bt709:color_trc=bt709:colorspace=gbr,"
           "zscale=t=linear,format=gbrpf32le,"
           "zscale=p=2020:t={transfer}:m=2020_ncl:r=tv:npl=203,format=yuv420p10le")
_HDR10 = ":master-display=G(13250,34500)B(7500,3000)R(34000,16000)WP(15635,16450)" \
         "L(10000000,1):max-cll=1000,400:hdr10=1"


def system_ffmpeg_can_make_hdr() -> bool:
    """Whether the system ffmpeg has what the HDR generators use (zscale, libx265)."""
    return _has(ffmpeg_binary(), "zscale", "libx265")


@functools.lru_cache(maxsize=2)
def _has(binary: str, filter_name: str, encoder: str) -> bool:
    def listing(kind: str) -> str:
        return subprocess.run([binary, "-hide_banner", kind], capture_output=True, text=True,
                              check=False).stdout
    return f" {filter_name} " in listing("-filters") and f" {encoder} " in listing("-encoders")


def sdr_original(index: int, width: int = HDR_SIZE[0], height: int = HDR_SIZE[1]) -> np.ndarray:
    """The SDR BT.709 picture (height × width × 3, uint8) frame ``index`` of the HDR
    recordings was made from: colour ramps and six colour patches under the frame code."""
    rows, columns = np.mgrid[0:height, 0:width]
    texture = np.zeros((height, width, 3), dtype=np.uint8)
    texture[..., 0] = columns * 255 // width
    texture[..., 1] = rows * 255 // height
    texture[..., 2] = 128
    top, bottom = int(height * 0.5), int(height * 0.7)
    patch = width // (len(PATCHES) + 1)
    for number, colour in enumerate(PATCHES):
        left = patch // 2 + number * patch
        texture[top:bottom, left + 2 : left + patch - 2] = colour
    return draw_code(index, width, height, texture)


def patch_centre(number: int, width: int = HDR_SIZE[0], height: int = HDR_SIZE[1]) -> tuple[
        int, int]:
    """(row, column) of the middle of colour patch ``number`` of :func:`sdr_original`."""
    patch = width // (len(PATCHES) + 1)
    return int(height * 0.6), patch // 2 + number * patch + patch // 2


def _hdr(path: Path, transfer: str, x265_extra: str, frames: int) -> Path:
    width, height = HDR_SIZE
    raw = b"".join(sdr_original(index).tobytes() for index in range(frames))
    command = [ffmpeg_binary(), *_QUIET, "-f", "rawvideo", "-pix_fmt", "rgb24",
               "-s", f"{width}x{height}", "-r", "30", "-i", "pipe:0",
               "-vf", _TO_HDR.format(transfer=transfer), "-c:v", "libx265",
               "-pix_fmt", "yuv420p10le",
               "-x265-params", "log-level=error:keyint=12:bframes=2:colorprim=bt2020:"
                               f"transfer={transfer}:colormatrix=bt2020nc:range=limited"
                               + x265_extra,
               "-color_primaries", "bt2020", "-color_trc", transfer, "-colorspace", "bt2020nc",
               "-color_range", "tv", str(path)]
    done = subprocess.run(command, input=raw, capture_output=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"ffmpeg could not write {path.name}: {done.stderr.decode()[-800:]}")
    return path


def hdr_hlg(path: Path, frames: int = 30) -> Path:
    """HEVC 10-bit BT.2020 HLG (``arib-std-b67``), 320×240, 30 fps, like an iPhone film."""
    return _hdr(path, "arib-std-b67", "", frames)


def hdr_pq(path: Path, frames: int = 30) -> Path:
    """HEVC 10-bit BT.2020 PQ (``smpte2084``) with HDR10 mastering display (1000 cd/m²) and
    content light level metadata, 320×240, 30 fps."""
    return _hdr(path, "smpte2084", _HDR10, frames)


def field_scene(moment: int, width: int = FIELDS_SIZE[0],
                height: int = FIELDS_SIZE[1]) -> np.ndarray:
    """The scene at field period ``moment``: a white bar moving 8 pixels a field across a
    grey background in :data:`MOVING_ROWS`."""
    picture = np.full((height, width, 3), 70, dtype=np.uint8)
    left = (moment * 8) % (width - 40)
    top, bottom = (int(height * share) for share in MOVING_ROWS)
    picture[top:bottom, left : left + 24] = 230
    return picture


def woven(index: int, top_first: bool, width: int = FIELDS_SIZE[0],
          height: int = FIELDS_SIZE[1]) -> np.ndarray:
    """Frame ``index`` as an interlaced camera records it: its first field (even lines when
    top first) at field period 2·index, the second at 2·index + 1; frame code in both."""
    first = draw_code(index, width, height, field_scene(2 * index, width, height))
    second = draw_code(index, width, height, field_scene(2 * index + 1, width, height))
    picture = first.copy()
    later_lines = slice(1, None, 2) if top_first else slice(0, None, 2)
    picture[later_lines] = second[later_lines]
    return picture


def interlaced_tff(path: Path, frames: int = 30) -> Path:
    """H.264 interlaced (MBAFF) 25i, top field first, 352×288, in MPEG-TS like AVCHD."""
    width, height = FIELDS_SIZE
    raw = b"".join(woven(index, True).tobytes() for index in range(frames))
    command = [ffmpeg_binary(), *_QUIET, "-f", "rawvideo", "-pix_fmt", "rgb24",
               "-s", f"{width}x{height}", "-r", "25", "-i", "pipe:0",
               "-vf", "setfield=tff,scale=out_color_matrix=bt709:out_range=tv",
               "-c:v", "libx264", "-preset", "veryfast", "-pix_fmt", "yuv420p",
               "-flags", "+ildct+ilme",
               "-x264-params", "log-level=error:interlaced=1:tff=1:keyint=12:bframes=2",
               "-field_order", "tt", "-color_primaries", "bt709", "-color_trc", "bt709",
               "-colorspace", "bt709", "-color_range", "tv", "-f", "mpegts", str(path)]
    done = subprocess.run(command, input=raw, capture_output=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"ffmpeg could not write {path.name}: {done.stderr.decode()[-800:]}")
    return path


def interlaced_unflagged(path: Path, frames: int = 30) -> Path:
    """Bottom-field-first pictures coded as progressive MPEG-4 Part 2 in AVI (PyAV): the codec
    gives no field order, so only idet can tell."""
    width, height = FIELDS_SIZE
    with av.open(str(path), "w") as container:
        stream = container.add_stream("mpeg4", rate=25)
        stream.width, stream.height, stream.pix_fmt = width, height, "yuv420p"
        stream.options = {"qscale": "2", "g": "12"}
        for index in range(frames):
            frame = av.VideoFrame.from_ndarray(woven(index, False), format="rgb24")
            frame.pts, frame.time_base = index, Fraction(1, 25)
            for packet in stream.encode(frame):
                container.mux(packet)
        for packet in stream.encode():
            container.mux(packet)
    return path


def sdr_matrix(path: Path, colour: tuple[int, int, int], matrix: str, *, full_range: bool = False,
               tagged: bool = True, size: tuple[int, int] = (320, 240), frames: int = 3) -> Path:
    """H.264 whose pictures are ``colour`` under the frame code, coded with the ``"bt601"``
    or ``"bt709"`` YCbCr matrix, limited (or full) range, tagged with it unless not
    ``tagged``."""
    width, height = size
    bt709 = matrix == "bt709"
    value = 1 if bt709 else 6  # AVColorSpace / AVColorPrimaries / AVColorTransfer: BT.709, 170M
    with av.open(str(path), "w") as container:
        stream = container.add_stream("libx264", rate=25)
        stream.width, stream.height, stream.pix_fmt = width, height, "yuv420p"
        stream.options = {"preset": "veryfast", "x264-params": "log-level=error", "crf": "10"}
        context = stream.codec_context
        if tagged:
            context.colorspace = context.color_primaries = context.color_trc = value
        context.color_range = 2 if full_range else 1
        background = np.empty((height, width, 3), dtype=np.uint8)
        background[:] = colour
        for index in range(frames):
            frame = av.VideoFrame.from_ndarray(draw_code(index, width, height, background),
                                               format="rgb24").reformat(
                format="yuv420p", dst_colorspace=Colorspace.ITU709 if bt709 else Colorspace.ITU601,
                dst_color_range=ColorRange.JPEG if full_range else ColorRange.MPEG)
            frame.colorspace = value if tagged else 2
            frame.color_range = 2 if full_range else 1
            frame.pts, frame.time_base = index, Fraction(1, 25)
            for packet in stream.encode(frame):
                container.mux(packet)
        for packet in stream.encode():
            container.mux(packet)
    return path


def dv_interlaced(path: Path, frames: int = 30) -> Path:
    """PAL DV (a MiniDV camcorder's tape, captured to AVI): 720×576, bottom field first.

    The DV codec does not tell the container its field order; every decoded frame carries
    the interlaced flag (bottom field first) instead."""
    width, height = 720, 576
    raw = b"".join(woven(index, False, width, height).tobytes() for index in range(frames))
    command = [ffmpeg_binary(), *_QUIET, "-f", "rawvideo", "-pix_fmt", "rgb24",
               "-s", f"{width}x{height}", "-r", "25", "-i", "pipe:0",
               "-vf", "setfield=bff,scale=out_color_matrix=bt601:out_range=tv",
               "-c:v", "dvvideo", "-pix_fmt", "yuv420p", "-aspect", "4:3", str(path)]
    done = subprocess.run(command, input=raw, capture_output=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"ffmpeg could not write {path.name}: {done.stderr.decode()[-800:]}")
    return path
