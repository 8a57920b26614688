"""A decoder that names every picture it outputs by its frame index.

Container timestamps are not trusted to say which picture is which. Before a packet goes to
the decoder its pts is replaced by a tag (its byte position, or its number in decode order
from the start of the file), which the decoder carries to the picture made from that packet;
the frame table (:class:`vigeditor.media.frame_table.FrameTable`) maps tags to frame
indices. This is how ffms2 and similar indexers keep positions exact on files whose
timestamps lie (packed B-frames, presentation = decode timestamps, clock wraps, restarts).

Seeking: the demuxer is asked for a point at or before the keyframe's container timestamp,
then packets are skipped until the keyframe's own packet (known by its byte position); if
the demuxer landed after it, an earlier keyframe is tried, and in the end the file is read
from its start. Nothing here touches Qt.
"""

from __future__ import annotations

import itertools
from collections import deque
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import av
import av.error
from av.stream import Discard

from vigeditor.i18n import _
from vigeditor.media.errors import MediaError
from vigeditor.media.frame_table import FrameTable

_SKIP_LIMIT = 20_000  # packets read after a seek while looking for the keyframe's packet
DecodedFrame = tuple[int, av.VideoFrame]


def open_container(path: str) -> Any:
    """``path`` opened with PyAV; MediaError with a plain message if it cannot be."""
    try:
        return av.open(path, metadata_errors="ignore")
    except (av.error.FFmpegError, OSError) as error:
        raise MediaError(_("{name} could not be opened.").format(name=Path(path).name),
                         path=path) from error


class Decoder:
    """Decodes one recording's first video stream from any keyframe, naming each picture.

    ``start(keyframe)`` positions it so that decoding begins at that keyframe's packet (or
    earlier); ``frames()`` then yields ``(index, frame)`` in output order. ``last`` is the
    index of the picture output last (None right after a start).
    """

    def __init__(self, path: str, table: FrameTable, *, threads: int = 0) -> None:
        self.path, self.table, self._threads = path, table, threads
        self.container: Any = None
        self.last: int | None = None
        self._packets: Iterator[Any] | None = None
        #: pictures the decoder gave that are not yet yielded (a packet, or the drain at the
        #: stream's end, can give several; a consumer may stop after the first)
        self._pending: deque[av.VideoFrame] = deque()
        self._ended = False  # the stream was drained: frames() ends until the next start
        self._serial = 0
        self._open()

    def _open(self) -> None:
        if self.container is not None:
            self.container.close()
        self.container = open_container(self.path)
        self.stream = self.container.streams.video[0]
        for other in self.container.streams:
            if other.index != self.stream.index:
                other.discard = Discard.all
        self.stream.thread_type = "AUTO"
        self.stream.codec_context.thread_count = self._threads
        self._begin(None)

    def close(self) -> None:
        if self.container is not None:
            self.container.close()
            self.container = None
        self._begin(None)

    def _begin(self, packets: Iterator[Any] | None) -> None:
        """Decode ``packets`` next (None: nothing yet, frames() restarts), forgetting the
        pictures of the previous position."""
        self._packets = packets
        self._pending.clear()
        self._ended = False

    # -- positioning --------------------------------------------------------------------

    def start(self, keyframe: int) -> None:
        """Begin decoding at keyframe index ``keyframe``'s packet (or before it)."""
        self.last = None
        if self.table.tag_kind == "pos" and keyframe > 0:
            for candidate in self._candidates(keyframe):
                if self._seek_to_packet(candidate):
                    return
        elif self.table.tag_kind == "pts" and keyframe > 0 and self._seek_by_stamp(keyframe):
            return
        self.restart()

    def restart(self) -> None:
        """Read the file again from its first packet (always right, slow for late frames)."""
        self._open()
        self._serial = 0
        self._begin(iter(self.container.demux(self.stream)))
        self.last = None

    def _candidates(self, keyframe: int) -> Iterator[int]:
        """The keyframe, then up to three earlier ones."""
        current: int | None = keyframe
        for _attempt in range(4):
            if current is None or current == 0:
                return
            yield current
            current = self.table.keyframe_before(current)

    def _seek(self, stamp: int) -> bool:
        try:
            self.container.seek(stamp, stream=self.stream, backward=True)
        except av.error.FFmpegError:
            return False
        self.stream.codec_context.flush_buffers()
        return True

    def _seek_to_packet(self, keyframe: int) -> bool:
        """Seek, then skip packets up to the keyframe's own (found by byte position)."""
        stamp = self.table.seek_stamp(keyframe)
        if stamp is None or not self._seek(stamp):
            return False
        wanted = self.table.tag(keyframe)
        packets = self.container.demux(self.stream)
        try:
            for packet in itertools.islice(packets, _SKIP_LIMIT):
                if packet.size == 0:
                    continue
                if packet.pos == wanted:
                    self._begin(itertools.chain([packet], packets))
                    return True
                if packet.pos > wanted or packet.pos < 0:
                    return False  # landed after the keyframe, or no positions to go by
        except av.error.FFmpegError:
            return False
        return False

    def _seek_by_stamp(self, keyframe: int) -> bool:
        stamp = self.table.seek_stamp(keyframe)
        if stamp is None or not self._seek(stamp):
            return False
        self._begin(iter(self.container.demux(self.stream)))
        return True

    # -- decoding -----------------------------------------------------------------------

    def frames(self) -> Iterator[DecodedFrame]:
        """``(index, frame)`` for each picture the decoder outputs, until the stream ends or
        a picture cannot be named. Damaged packets (the decoder refuses them) are skipped.
        A new call continues where the last one stopped (pictures the decoder gave but not
        yet yielded come first: the drain at the stream's end gives several at once), and
        after the stream's end it yields nothing until the next :meth:`start`."""
        if self._packets is None and not self._ended:
            self.restart()
        context = self.stream.codec_context
        while True:
            while self._pending:
                frame = self._pending.popleft()
                index = self.table.index_of_tag(frame.pts, after=self.last) if (
                    frame.pts is not None) else None
                if index is not None:
                    self.last = index
                    yield index, frame
            if self._packets is None:
                return
            packet = self._next_packet()
            if packet is None:
                self._pending.extend(self._decode(context, None))
                self._packets, self._ended = None, True
            elif packet.size > 0:
                self._tag(packet)
                self._pending.extend(self._decode(context, packet))

    def picture_alone(self, keyframe: int) -> av.VideoFrame | None:
        """Keyframe ``keyframe``'s own picture, decoding its packet alone (fast: no other
        frame is decoded), or None where that does not give it (then use :meth:`frames`).
        The decoder is drained: the next use starts anew."""
        self.start(keyframe)
        packet = self._next_packet()
        while packet is not None and packet.size == 0:
            packet = self._next_packet()
        self._begin(None)
        self.last = None
        if packet is None:
            return None
        self._tag(packet)
        context = self.stream.codec_context
        pictures = [*self._decode(context, packet), *self._decode(context, None)]
        context.flush_buffers()
        wanted = self.table.tag(keyframe)
        return next((frame for frame in pictures if frame.pts == wanted), None)

    def _next_packet(self) -> Any:
        assert self._packets is not None
        try:
            return next(self._packets)
        except StopIteration:
            return None
        except av.error.FFmpegError:
            return None  # the rest of the file is unreadable: drain what the decoder holds

    def _tag(self, packet: Any) -> None:
        kind = self.table.tag_kind
        if kind == "pos":
            packet.pts = packet.pos
        elif kind == "serial":
            packet.pts = self._serial
            self._serial += 1

    @staticmethod
    def _decode(context: Any, packet: Any) -> list[av.VideoFrame]:
        try:
            return list(context.decode(packet))
        except (av.error.FFmpegError, ValueError):
            return []
