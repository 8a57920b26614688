"""A clip's pictures: served by the app's frame server and encoded as H.264.

The pictures of a clip are exactly what the viewer shows: frames ``in … out`` in order from
:class:`~vigeditor.media.frame_server.FrameServer` (upright, square pixels, SDR BT.709), so a
file whose container timestamps lie cannot make an export pick other frames than the viewer.
A damaged frame gives the nearest earlier good picture (or, at the very start of a clip, the
nearest later one) and is reported. Frames are decoded on a worker thread while the encoder
runs (the server keeps its decoder running when going forwards).

Each frame keeps its own time on the frame table's timeline (``time(i) − time(in)``, divided
by the slow-motion speed), so variable frame rate is kept, and each frame's display time is
written with it, so the clip's last frame lasts as long as it did in the source. The encoder
is x264 (High profile, CRF 20, ``veryfast``), 4:2:0, with BT.709 colour tags, bit-exact.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

import av
import numpy as np
from av.video.reformatter import ColorRange, Colorspace

from vigeditor.i18n import _
from vigeditor.media.errors import MediaError
from vigeditor.media.frame_server import FrameServer
from vigeditor.media.frame_table import FrameTable
from vigeditor.media.render_caption import CaptionOverlay

TIME_BASE = Fraction(1, 90_000)  # seconds per tick of the clip's video timestamps
PRESET = "veryfast"
CRF = 20
AHEAD = 4  # pictures the decoding thread may have ready before the encoder takes them
BT709 = 1  # the ITU-T H.273 code of BT.709 primaries, transfer and matrix
Size = tuple[int, int]
#: a change made to each upright RGB picture at export size before the caption is burnt in
#: (face blurring): (index of the frame the picture shows, picture) -> picture. It must not
#: change the picture it is given (it may be shown again for a damaged frame).
PictureFilter = Callable[[int, np.ndarray], np.ndarray]


@dataclass(frozen=True)
class ClipTiming:
    """Timestamps and display durations of a clip's frames, in ticks of :data:`TIME_BASE`
    (``pts[k]`` is frame ``in + k``); strictly increasing, first at 0."""

    pts: tuple[int, ...]
    durations: tuple[int, ...]

    @classmethod
    def of(cls, table: FrameTable, first: int, last: int, speed: float) -> ClipTiming:
        """The timing of frames ``first … last`` played at ``speed`` × normal speed."""
        origin = table.time(first)
        scale = 1.0 / (speed * float(TIME_BASE))
        stamps: list[int] = []
        for index in range(first, last + 1):
            tick = round((table.time(index) - origin) * scale)
            stamps.append(max(tick, stamps[-1] + 1) if stamps else 0)
        end = round((table.time(last) - origin + table.display_duration(last)) * scale)
        ends = [*stamps[1:], max(end, stamps[-1] + 1)]
        return cls(tuple(stamps), tuple(b - a for a, b in zip(stamps, ends, strict=True)))


@dataclass(frozen=True)
class Picture:
    """One picture of the clip: frame ``index`` asked for, frame ``shown`` used."""

    index: int
    shown: int
    frame: av.VideoFrame


def add_stream(container: Any, size: Size, fps: float) -> Any:
    """An H.264 stream for upright pictures of ``size`` (nominal ``fps`` frames per second,
    used only by the encoder's rate control: timestamps come with every frame)."""
    rate = Fraction(fps).limit_denominator(1001) if fps > 0 else Fraction(30)
    stream = container.add_stream("libx264", rate=rate)
    stream.width, stream.height = size
    stream.pix_fmt = "yuv420p"
    stream.time_base = TIME_BASE
    context = stream.codec_context
    context.time_base = TIME_BASE
    context.thread_type = "AUTO"  # frame threads, as the ffmpeg program uses (not slices)
    context.color_primaries = context.color_trc = context.colorspace = BT709
    context.color_range = ColorRange.MPEG  # limited ("TV") range
    stream.options = {"preset": PRESET, "crf": str(CRF), "profile": "high",
                      "flags": "+bitexact"}
    return stream


def pictures(server: FrameServer, first: int, last: int, size: Size,
             caption: CaptionOverlay | None, stop: threading.Event,
             picture_filter: PictureFilter | None = None) -> Iterator[Picture]:
    """Frames ``first … last`` as encoder-ready 4:2:0 BT.709 frames, decoded (and passed
    through ``picture_filter``) on a worker thread; stops early when ``stop`` is set.
    Errors of the worker are raised here."""
    ready: queue.Queue[Picture | BaseException | None] = queue.Queue(maxsize=AHEAD)

    def put(item: Picture | BaseException | None) -> None:
        while not stop.is_set():
            try:
                ready.put(item, timeout=0.1)
                return
            except queue.Full:
                continue

    def work() -> None:
        try:
            for picture in _served(server, first, last, size, caption, picture_filter):
                if stop.is_set():
                    return
                put(picture)
            put(None)
        except BaseException as error:  # handed to the encoding thread
            put(error)

    worker = threading.Thread(target=work, name="clip-pictures", daemon=True)
    worker.start()
    try:
        while (item := ready.get()) is not None:
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        stop.set()
        worker.join()


def encode(stream: Any, frames: Iterator[Picture], timing: ClipTiming,
           mux: Callable[[av.Packet], None], each: Callable[[Picture], None]) -> int:
    """Encode ``frames`` with ``timing`` and hand every packet to ``mux`` in decode order;
    ``each`` is called after every frame (progress, cancel). Returns the number of frames
    encoded."""
    packets = _Durations(timing, mux)
    count = 0
    for picture in frames:
        picture.frame.pts = timing.pts[count]
        picture.frame.time_base = TIME_BASE
        picture.frame.duration = timing.durations[count]
        for packet in stream.encode(picture.frame):
            packets.add(packet)
        count += 1
        each(picture)
    for packet in stream.encode(None):
        packets.add(packet)
    packets.finish()
    return count


class _Durations:
    """Gives packets their frames' display durations and holds the latest one back.

    An MP4 track plays for as long as its decode timeline (from the first packet's decode
    time to the last packet's decode time plus its duration), starting at the first
    picture. With B-frames the last packet in decode order is not the last picture, so its
    duration is set to make that span end exactly when the last picture's display time does.
    """

    def __init__(self, timing: ClipTiming, mux: Callable[[av.Packet], None]) -> None:
        self.durations = dict(zip(timing.pts, timing.durations, strict=True))
        self.end = timing.pts[-1] + timing.durations[-1]
        self.mux = mux
        self.pending: av.Packet | None = None
        self.first_dts: int | None = None

    def add(self, packet: av.Packet) -> None:
        if self.first_dts is None and packet.dts is not None:
            self.first_dts = int(packet.dts)
        if packet.pts is not None and packet.pts in self.durations:
            packet.duration = self.durations[packet.pts]
        if self.pending is not None:
            self.mux(self.pending)
        self.pending = packet

    def finish(self) -> None:
        if self.pending is None:
            return
        if self.pending.dts is not None and self.first_dts is not None:
            span = int(self.pending.dts) - self.first_dts  # decode timeline so far
            self.pending.duration = max(1, self.end - span)
        self.mux(self.pending)
        self.pending = None


def _served(server: FrameServer, first: int, last: int, size: Size,
            caption: CaptionOverlay | None,
            picture_filter: PictureFilter | None = None) -> Iterator[Picture]:
    """Frames ``first … last`` served in order; damaged frames give the nearest good one.
    ``picture_filter`` gets each picture with the index of the frame it shows, before the
    caption."""
    previous: tuple[int, np.ndarray] | None = None
    for index in range(first, last + 1):
        try:
            served = server.serve(index, size)
            shown, rgb = served.shown, served.picture
        except MediaError:
            if previous is None:
                shown, rgb = later_good(server, index, last, size)
            else:
                shown, rgb = previous
        previous = (shown, rgb)
        if picture_filter is not None:
            rgb = picture_filter(shown, rgb)
        if caption is not None:  # on a copy: the picture may be shown again for a damaged one
            rgb = caption.apply(rgb.copy())
        yield Picture(index, shown, _to_yuv(rgb))


def later_good(server: FrameServer, index: int, last: int,
               size: Size | None) -> tuple[int, np.ndarray]:
    """The first frame after ``index`` (up to ``last``) that can be decoded, and its
    picture; for a damaged frame with no good frame before it."""
    for later in range(index + 1, last + 1):
        try:
            served = server.serve(later, size)
        except MediaError:
            continue
        return served.shown, served.picture
    raise MediaError(_("No frame from {first} to {last} can be decoded: the recording is "
                       "damaged there.").format(first=index, last=last))


def _to_yuv(rgb: np.ndarray) -> av.VideoFrame:
    """An RGB picture as a 4:2:0 frame with BT.709 limited-range colours and tags."""
    frame = av.VideoFrame.from_ndarray(np.ascontiguousarray(rgb), format="rgb24")
    return frame.reformat(format="yuv420p", dst_colorspace=Colorspace.ITU709,
                          dst_color_range=ColorRange.MPEG, dst_color_trc=BT709,
                          dst_color_primaries=BT709, threads=1)  # the encoder has the cores
