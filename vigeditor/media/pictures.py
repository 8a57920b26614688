"""Decoded frames as pictures: upright RGB with square pixels, in SDR BT.709 colours.

This is the one place a decoded :class:`av.VideoFrame` becomes the picture the guider sees
(viewer, stills, booklet, review pack and clip exports, whose pictures come from the frame
server), so every consumer shows the same frame the same way (DESIGN.md §3 "Time is frames").

Each picture goes through one of FFmpeg's filter graphs (PyAV ``av.filter.Graph``), kept per
thread and per kind of frame (pixel format, size, colour tags) and output size, and reused:

* interlaced recordings: ``bwdif`` (send_frame) first, see :mod:`vigeditor.media.interlace`;
* SDR: ``scale`` to the output size and to RGB with the frame's YCbCr matrix (BT.601 or
  BT.709, guessed from the size when untagged) and range (limited or full);
* HDR (PQ, HLG) and BT.2020: ``scale`` to the output size as R'G'B' float, then ``haldclut``
  with libswscale's colour map to BT.709 (:mod:`vigeditor.media.colour`), then RGB24.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from itertools import pairwise
from typing import TypeVar

import av
import av.error
import numpy as np

from vigeditor.media.colour import ColourTags, is_full_range, mapping_lut, scale_matrix
from vigeditor.media.info import MediaInfo
from vigeditor.media.interlace import (
    BOTTOM_FIRST,
    FLAGGED,
    TOP_FIRST,
    UNKNOWN,
    Deinterlacer,
)

Size = tuple[int, int]
_T = TypeVar("_T")
_GRAPHS_PER_THREAD = 4  # e.g. viewer size, thumbnail size, still size, one spare


@dataclass(frozen=True)
class PictureOptions:
    """How pictures are made; the UI sets them with :func:`set_picture_options`.

    ``keep_fields``: show interlaced frames as coded, both fields woven into one picture
    (combed where anything moves), for guiders who want to see each field; default False:
    deinterlaced with bwdif. Applies to pictures and to clip exports alike.
    """

    keep_fields: bool = False


_options = PictureOptions()
_local = threading.local()


def picture_options() -> PictureOptions:
    """The options in force (the default :class:`PictureOptions` until the UI sets them)."""
    return _options


def set_picture_options(options: PictureOptions) -> None:
    """Make ``options`` the ones every later picture and export uses."""
    global _options
    _options = options


def prepare_pictures(info: MediaInfo) -> None:
    """Build, ahead of the first picture, what pictures of this recording need that takes
    long: libswscale's colour map for HDR and BT.2020 (about 2–3 s, once per machine and
    FFmpeg version; then read from the cache folder). Call it from a worker thread when a
    recording is opened; :func:`make_picture` builds it on first use otherwise."""
    tags = ColourTags(info.transfer, info.primaries, info.matrix, info.colour_range)
    if tags.needs_mapping:
        mapping_lut(tags)


def make_picture(frame: av.VideoFrame, info: MediaInfo, size: Size | None, *,
                 previous: av.VideoFrame | None = None,
                 following: av.VideoFrame | None = None,
                 options: PictureOptions | None = None) -> np.ndarray:
    """``frame`` as an upright RGB array (height × width × 3, uint8) of upright ``size``
    (width, height; ``None`` = the display size, sample aspect ratio applied), with
    ``info.rotation`` applied, in SDR BT.709 colours, deinterlaced when the recording is.

    ``previous``/``following`` are the decoded frames before and after ``frame`` (None at
    the ends of the recording): bwdif uses them as the ffmpeg program does, so give them
    whenever the recording is interlaced (``info.interlaced`` is "tt" or "bb"); without them
    the missing field is interpolated from ``frame`` alone.
    """
    chosen = options if options is not None else _options
    order = _field_order(frame, info, chosen)
    if order is not None:
        deinterlacer = _cached("deinterlacers", (*_kind(frame), order),
                               lambda: Deinterlacer(frame, order))
        frame = deinterlacer.run(frame, previous, following)
    width, height = size if size is not None else (info.display_width, info.display_height)
    if info.rotation in (90, 270):
        width, height = height, width
    converter = _cached("converters", (*_kind(frame), width, height),
                        lambda: _Converter(frame, width, height))
    picture = converter.convert(frame)
    if info.rotation:
        picture = np.rot90(picture, k=-(info.rotation // 90))
    return np.ascontiguousarray(picture)  # scaled rows may be padded; callers want C order


def _field_order(frame: av.VideoFrame, info: MediaInfo, options: PictureOptions) -> str | None:
    """The field order to deinterlace ``frame`` with, or None to show it as coded."""
    if options.keep_fields:
        return None
    if info.interlaced in (TOP_FIRST, BOTTOM_FIRST):
        return info.interlaced
    if info.interlaced in (UNKNOWN, FLAGGED) and frame.interlaced_frame:
        return UNKNOWN  # the frame's own flag says it is interlaced, and which field leads
    return None


def _kind(frame: av.VideoFrame) -> tuple[Hashable, ...]:
    return (frame.format.name, frame.width, frame.height, ColourTags.of(frame))


def _cached(kind: str, key: tuple[Hashable, ...], make: Callable[[], _T]) -> _T:
    """This thread's graph for ``key`` (graphs hold state, so threads never share one)."""
    cache: OrderedDict[tuple[Hashable, ...], _T] = _local.__dict__.setdefault(
        kind, OrderedDict())
    if key in cache:
        cache.move_to_end(key)
        return cache[key]
    made = make()
    cache[key] = made
    while len(cache) > _GRAPHS_PER_THREAD:
        cache.popitem(last=False)
    return made


class _Converter:
    """A filter graph from one kind of decoded frame to RGB24 of one size in BT.709."""

    def __init__(self, frame: av.VideoFrame, width: int, height: int) -> None:
        tags = ColourTags.of(frame)
        self._graph = graph = av.filter.Graph()
        self._source = graph.add("buffer", _buffer_args(frame))
        chain = [graph.add("scale", _scale_options(frame, tags, width, height))]
        lut_source = None
        if tags.needs_mapping:
            lut = mapping_lut(tags)
            # float R'G'B': haldclut's planar integer paths swap channels in FFmpeg 8.1
            chain.append(graph.add("format", "gbrpf32le"))
            clut = graph.add("haldclut", "interp=tetrahedral:clut=first")
            lut_source = graph.add("buffer", _buffer_args(lut))
            lut_source.link_to(clut, 0, 1)
            chain += [clut, graph.add("setparams", "color_trc=bt709:color_primaries=bt709"),
                      graph.add("scale", "flags=bicubic")]
        chain += [graph.add("format", "rgb24"), graph.add("buffersink")]
        self._source.link_to(chain[0])
        for before, after in pairwise(chain):
            before.link_to(after, 0, 0)
        graph.configure()
        if lut_source is not None:
            lut_source.push(lut)
            lut_source.push(None)

    def convert(self, frame: av.VideoFrame) -> np.ndarray:
        """``frame`` as RGB (height × width × 3, uint8)."""
        self._source.push(frame)
        return self._graph.pull().to_ndarray()


def _buffer_args(frame: av.VideoFrame) -> str:
    """The ``buffer`` source arguments for frames like ``frame`` (FFmpeg filter docs)."""
    return (f"video_size={frame.width}x{frame.height}:pix_fmt={frame.format.name}:"
            f"time_base=1/90000:pixel_aspect=1/1:colorspace={int(frame.colorspace or 2)}:"
            f"range={int(frame.color_range or 0)}")


def _scale_options(frame: av.VideoFrame, tags: ColourTags, width: int, height: int) -> str:
    """``scale`` options: the output size (area averaging when shrinking, as a photo editor
    would; bicubic when enlarging) and, for YCbCr, the matrix and range to read it with."""
    flags = "area" if width < frame.width else "bicubic"
    options = f"w={width}:h={height}:flags={flags}"
    if not frame.format.is_rgb:
        matrix = scale_matrix(tags.matrix, frame.width, frame.height)
        full = is_full_range(tags, frame.format.name)
        options += f":in_color_matrix={matrix}:in_range={'full' if full else 'limited'}"
    return options
