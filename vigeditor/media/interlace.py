"""Interlaced recordings: which field comes first, and whole frames made by FFmpeg's bwdif.

Camcorders (AVCHD 50i/60i, DV) record two fields per frame, captured a field period apart;
shown as one picture, anything moving is combed. Frame N of such a recording is the N-th
decoded frame deinterlaced by ``bwdif`` in ``send_frame`` mode (FFmpeg filter docs: one
output frame per input frame, so frame numbers and counts do not change), exactly as the
ffmpeg program deinterlaces it in a stream: from the frames before and after it, and from the
frame alone (bwdif's spatial interpolation) for the first frame.

The field order comes from the codec (``AVFieldOrder``, libavcodec/defs.h); when the codec
does not say, from the decoded frames' own interlaced flags (DV), and only when those say
nothing from FFmpeg's ``idet`` filter run over the first frames.
"""

from __future__ import annotations

from collections.abc import Iterable

import av
import av.error

PROGRESSIVE = "progressive"
TOP_FIRST = "tt"
BOTTOM_FIRST = "bb"
#: facts read before field order was probed: follow each frame's own interlaced flag
UNKNOWN = "unknown"
#: the codec does not say, but the frames are flagged interlaced (DV, for one): deinterlace
#: each flagged frame with the field order it carries, as bwdif's ``parity=auto`` does
FLAGGED = "flagged"
# AVFieldOrder → the field shown first. TB = top coded first, bottom displayed first; BT the
# reverse (libavcodec/defs.h); temporal order is the displayed one.
_FIELD_ORDERS = {1: PROGRESSIVE, 2: TOP_FIRST, 3: BOTTOM_FIRST, 4: BOTTOM_FIRST, 5: TOP_FIRST}
IDET_FRAMES = 60  # frames idet looks at when the codec does not say
_IDET_MIN_VOTES = 5


def field_order_name(value: int | None) -> str | None:
    """``"progressive"``, ``"tt"`` or ``"bb"`` for a codec's field order; None if unknown."""
    return _FIELD_ORDERS.get(int(value or 0))


def bwdif_options(field_order: str) -> dict[str, str]:
    """bwdif's options for a recording's field order (FFmpeg filter docs, ``bwdif``).

    A known order deinterlaces every frame with that parity (idet-detected recordings do
    not flag their frames); ``"unknown"`` deinterlaces only frames flagged interlaced.
    """
    if field_order in (TOP_FIRST, BOTTOM_FIRST):
        parity = "tff" if field_order == TOP_FIRST else "bff"
        return {"mode": "send_frame", "parity": parity, "deint": "all"}
    return {"mode": "send_frame", "parity": "auto", "deint": "interlaced"}


def _graph(frame: av.VideoFrame, name: str, options: dict[str, str]) -> av.filter.Graph:
    """buffer → ``name`` → buffersink, for frames like ``frame``."""
    graph = av.filter.Graph()
    source = graph.add("buffer", f"video_size={frame.width}x{frame.height}:"
                                 f"pix_fmt={frame.format.name}:time_base=1/90000:"
                                 f"pixel_aspect=1/1:colorspace={int(frame.colorspace or 2)}:"
                                 f"range={int(frame.color_range or 0)}")
    node = graph.add(name, ":".join(f"{key}={value}" for key, value in options.items()))
    sink = graph.add("buffersink")
    source.link_to(node)
    node.link_to(sink)
    graph.configure()
    return graph


def _drain(graph: av.filter.Graph) -> list[av.VideoFrame]:
    frames: list[av.VideoFrame] = []
    while True:
        try:
            frames.append(graph.pull())
        except (av.error.BlockingIOError, av.error.EOFError):
            return frames


class Deinterlacer:
    """bwdif for one kind of frame (format, size, field order), reused frame after frame.

    bwdif keeps the previous, current and next frame; its output for the current frame
    depends on those three only. :meth:`run` pushes ``previous, frame, following`` and takes
    the last output; when the previous call already pushed ``previous, frame`` (stepping
    forwards), only ``following`` is pushed, so a forward step costs one bwdif frame.
    """

    def __init__(self, frame: av.VideoFrame, field_order: str) -> None:
        self._options = bwdif_options(field_order)
        self._template = frame
        self._graph = _graph(frame, "bwdif", self._options)
        self._pushed: list[av.VideoFrame] = []

    def run(self, frame: av.VideoFrame, previous: av.VideoFrame | None,
            following: av.VideoFrame | None) -> av.VideoFrame:
        """``frame`` deinterlaced with its decoded neighbours (None at the ends of the
        recording, or when the caller does not have them: then bwdif works from
        ``frame`` alone, as it does for the first frame of a stream)."""
        if previous is None:
            return self._alone(frame)
        after = following if following is not None else frame  # bwdif's end of stream
        pushed = self._pushed
        if len(pushed) == 2 and pushed[0] is previous and pushed[1] is frame:
            sequence = [after]
        else:
            sequence = [previous, frame, after]
        outputs: list[av.VideoFrame] = []
        for item in sequence:
            self._graph.push(item)
            outputs.extend(_drain(self._graph))
        self._pushed = [frame, after]
        return outputs[-1]

    def _alone(self, frame: av.VideoFrame) -> av.VideoFrame:
        """bwdif's first-frame output: the missing field interpolated within the frame."""
        graph = _graph(self._template, "bwdif", self._options)
        graph.push(frame)
        graph.push(frame)
        return _drain(graph)[0]


def detect_field_order(frames: Iterable[av.VideoFrame], limit: int = IDET_FRAMES) -> str:
    """The field order FFmpeg's ``idet`` finds in up to ``limit`` frames: ``"tt"``, ``"bb"``
    or ``"progressive"`` (also when too few frames say either way).

    Uses idet's multiple-frame counts, which its documentation calls the more reliable.
    """
    graph: av.filter.Graph | None = None
    last: av.VideoFrame | None = None
    for count, frame in enumerate(frames):
        if count >= limit:
            break
        if graph is None:
            graph = _graph(frame, "idet", {})
        graph.push(frame)
        last = next(reversed(_drain(graph)), last)
    if last is None:
        return PROGRESSIVE
    votes = {name: float(last.metadata.get(f"lavfi.idet.multiple.{name}", 0) or 0)
             for name in ("tff", "bff", "progressive")}
    interlaced = votes["tff"] + votes["bff"]
    if interlaced < _IDET_MIN_VOTES or interlaced <= votes["progressive"]:
        return PROGRESSIVE
    return TOP_FIRST if votes["tff"] >= votes["bff"] else BOTTOM_FIRST
