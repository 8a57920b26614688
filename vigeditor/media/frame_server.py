"""The frame server: exactly the frame asked for, upright, optionally scaled.

It decodes with PyAV from the keyframe before the wanted frame and keeps decoded frames in a
bounded cache (by bytes, least recently used first out), so stepping backwards inside a
group of pictures costs no decoding and stepping forwards continues the running decoder.
Frame positions come only from the frame table. One server is meant for one worker thread;
calls are serialised by a lock for safety, and nothing here touches Qt.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

import av
import av.error
import numpy as np

from vigeditor.i18n import _
from vigeditor.media.decoder import Decoder
from vigeditor.media.errors import MediaError
from vigeditor.media.frame_table import FrameTable
from vigeditor.media.info import MediaInfo
from vigeditor.media.pictures import make_picture, picture_options, prepare_pictures
from vigeditor.media.probe import DEFAULT_TIMEOUT, open_recording

DEFAULT_CACHE_BYTES = 512 * 1024 * 1024
PREFETCH_WINDOW = 30  # frames from a keyframe within which stepping back prefetches
DAMAGE_SEARCH = 300  # frames searched backwards for a good picture to show instead
DECODER_HELD_FRAMES = 8  # reference and reorder frames a decoder keeps besides its threads
Size = tuple[int, int]


@dataclass(frozen=True)
class ServedFrame:
    """What the server gives for a frame request.

    ``index`` is the frame asked for; ``shown`` the frame whose picture ``picture`` is (equal
    to ``index`` unless frame ``index`` is damaged, when it is the nearest earlier good frame);
    ``picture`` is upright RGB (height × width × 3, uint8) in SDR BT.709 colours.
    """

    index: int
    shown: int
    damaged: bool
    picture: np.ndarray


class FrameServer:
    """Exact frames of one recording by index or by time."""

    def __init__(self, info: MediaInfo, table: FrameTable, *,
                 cache_bytes: int = DEFAULT_CACHE_BYTES, threads: int = 0) -> None:
        self.info = info
        self.table = table
        self.cache_bytes = cache_bytes
        self._lock = threading.Lock()
        self._cache: OrderedDict[int, av.VideoFrame] = OrderedDict()
        self._cached_bytes = 0
        self._decoder = Decoder(info.path, table, threads=threads)
        self._threads = threads or (os.cpu_count() or 2)
        self._running = False  # the decoder is mid-stream (its next frames follow ``last``)
        self._floor = 0  # frames before this index since the last start may be unreliable
        self._thumbnailer: Decoder | None = None
        self._last_request: int | None = None
        self._backwards = False
        self._budget: int | None = None  # cache bound minus the decoder's own working set
        self._prefetcher: Prefetcher | None = None

    @classmethod
    def open(cls, path: str | Path, *, cache_dir: Path | None = None,
             cache_bytes: int = DEFAULT_CACHE_BYTES,
             timeout: float = DEFAULT_TIMEOUT) -> FrameServer:
        """Probe and index ``path`` safely (in a child process), then serve its frames."""
        info, table = open_recording(path, cache_dir=cache_dir, timeout=timeout)
        prepare_pictures(info)
        return cls(info, table, cache_bytes=cache_bytes)

    # -- public API -------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self.table)

    @property
    def display_size(self) -> Size:
        """The upright picture size (width, height), with pixel aspect applied."""
        return self.info.display_width, self.info.display_height

    def size_for_width(self, width: int) -> Size:
        """The upright size with this width that keeps the picture's proportions."""
        display_w, display_h = self.display_size
        return width, max(2, round(display_h * width / display_w))

    def frame(self, index: int, size: Size | None = None) -> np.ndarray:
        """Frame ``index`` as an upright RGB array (height × width × 3), scaled to ``size``
        (the nearest earlier good picture where it is damaged: see :meth:`serve`)."""
        return self.serve(index, size).picture

    def decoded_frame(self, index: int) -> av.VideoFrame | None:
        """Frame ``index`` as the decoder gave it (no conversion), or None if it cannot be
        produced: for checking a recording against an in-order decode."""
        self.table.check_index(int(index))
        with self._lock:
            self._note_request(int(index))
            return self._decoded_frame(int(index))

    def _note_request(self, index: int) -> None:
        if self._last_request is not None and index != self._last_request:
            self._backwards = index < self._last_request
        self._last_request = index

    def serve(self, index: int, size: Size | None = None) -> ServedFrame:
        """Frame ``index`` with what it really shows: a damaged frame (one the decoder marks
        corrupt or cannot produce) gives the nearest earlier good picture, marked
        ``damaged`` (a corrupt picture only if no good one is found within
        :data:`DAMAGE_SEARCH` frames). MediaError when nothing can be decoded there."""
        self.table.check_index(int(index))
        with self._lock:
            self._note_request(int(index))
            fallback: tuple[int, av.VideoFrame] | None = None
            for shown in range(int(index), max(-1, int(index) - DAMAGE_SEARCH), -1):
                decoded = None if self.table.is_damaged(shown) else self._decoded_frame(shown)
                if decoded is not None and decoded.is_corrupt:
                    fallback = fallback or (shown, decoded)  # concealed by the decoder
                elif decoded is not None:
                    return ServedFrame(int(index), shown, shown != index,
                                       self._to_picture(decoded, size, shown))
            if fallback is not None:
                shown, decoded = fallback
                return ServedFrame(int(index), shown, True,
                                   self._to_picture(decoded, size, shown))
        raise MediaError(_("Frame {index} of {name} could not be decoded, nor any frame "
                           "shortly before it: the file may be damaged there.").format(
                               index=index, name=Path(self.info.path).name))

    def idle_work(self, should_stop: Callable[[], bool]) -> bool:
        """Use idle time: when the guider steps backwards, decode the previous group of
        pictures ahead of need, so entering it costs no wait. Checks ``should_stop`` between
        frames; returns True if it decoded anything."""
        with self._lock:
            target = self._prefetch_target()
            if target is None:
                return False
            if self._prefetcher is None:
                self._prefetcher = Prefetcher(Decoder(self.info.path, self.table))
            return self._prefetcher.decode_gop(target, self._store, should_stop)

    def frame_at(self, seconds: float, size: Size | None = None) -> tuple[int, np.ndarray]:
        """The frame on screen ``seconds`` after the first frame, with its index."""
        index = self.table.index_at(seconds)
        return index, self.frame(index, size)

    def is_cached(self, index: int) -> bool:
        """True when frame ``index`` can be served without decoding."""
        return index in self._cache

    @property
    def cached_bytes(self) -> int:
        return self._cached_bytes

    def thumbnails(self, count: int, width: int) -> list[tuple[int, np.ndarray]]:
        """Up to ``count`` small pictures spread over the recording, decoded from keyframes."""
        from vigeditor.media.thumbnails import keyframe_thumbnails

        with self._lock:
            if self._thumbnailer is None:
                self._thumbnailer = Decoder(self.info.path, self.table)
            pictures = keyframe_thumbnails(self._thumbnailer, self.table, count)
            size = self.size_for_width(width)
            return [(index, self._to_picture(frame, size)) for index, frame in pictures]

    def close(self) -> None:
        with self._lock:
            self._cache.clear()
            self._cached_bytes = 0
            self._decoder.close()
            if self._thumbnailer is not None:
                self._thumbnailer.close()
            if self._prefetcher is not None:
                self._prefetcher.decoder.close()

    def __enter__(self) -> FrameServer:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.close()

    # -- decoding ---------------------------------------------------------------------------

    def _decoded_frame(self, index: int) -> av.VideoFrame | None:
        """Frame ``index`` decoded (from the cache, the running decoder, or after a start at
        its keyframe, then earlier keyframes, then the file's start); None if the decoder
        cannot produce it."""
        cached = self._cache.get(index)
        if cached is not None:
            self._cache.move_to_end(index)
            return cached
        keyframe = self.table.keyframe_at_or_before(index)
        last = self._decoder.last
        if self._running and last is not None and last < index and keyframe <= last + 1:
            found = self._decode_until(index)
            if found is not None:
                return found
        for start in self._starts(keyframe):
            if start is None:
                self._decoder.restart()
                self._floor = 0
            else:
                self._decoder.start(start)
                self._floor = start
            self._running = True
            found = self._decode_until(index)
            if found is not None:
                return found
        return None

    def _starts(self, keyframe: int) -> list[int | None]:
        """Where to start decoding: the keyframe, the one before it, then the file's start."""
        previous = self.table.keyframe_before(keyframe)
        starts: list[int | None] = [keyframe]
        if previous is not None:
            starts.append(previous)
        return [*starts, None]

    def _decode_until(self, index: int) -> av.VideoFrame | None:
        for found, frame in self._decoder.frames():
            if found >= self._floor:
                self._store(found, frame)
            if found >= index:
                return self._cache.get(index)
        self._running = False  # the stream ended: the next request starts anew
        return self._cache.get(index)

    def _prefetch_target(self) -> int | None:
        """The keyframe of the group before the current one, when it is worth decoding."""
        here = self._last_request
        if here is None or not self._backwards:
            return None
        keyframe = self.table.keyframe_at_or_before(here)
        previous = self.table.keyframe_before(keyframe)
        if previous is None or here - keyframe > PREFETCH_WINDOW:
            return None
        missing = any(index not in self._cache for index in range(previous, keyframe))
        return previous if missing else None

    def _store(self, index: int, frame: av.VideoFrame) -> None:
        if index not in self._cache:
            self._cache[index] = frame
            self._cached_bytes += _frame_bytes(frame)
            self._evict()

    def _evict(self) -> None:
        if self._budget is None and self._cache:
            self._budget = _effective_budget(self.cache_bytes, next(iter(self._cache.values())),
                                             self._threads)
        budget = self._budget if self._budget is not None else self.cache_bytes
        while self._cached_bytes > budget and len(self._cache) > 1:
            _index, frame = self._cache.popitem(last=False)
            self._cached_bytes -= _frame_bytes(frame)

    # -- pictures ---------------------------------------------------------------------------

    def _to_picture(self, frame: av.VideoFrame, size: Size | None,
                    index: int | None = None) -> np.ndarray:
        """RGB array of ``frame`` (frame ``index``), scaled to the upright ``size``, turned
        upright, in SDR BT.709. An interlaced frame is deinterlaced with the frames before
        and after it, as the ffmpeg program's bwdif sees them in a stream, so the picture is
        the same however the frame was reached (at a keyframe reached by seeking, that costs
        decoding the group before it)."""
        if index is None or self.info.interlaced in ("progressive", "") or (
                picture_options().keep_fields):
            return make_picture(frame, self.info, size)
        previous = self._decoded_frame(index - 1) if index > 0 else None
        following = self._decoded_frame(index + 1) if index + 1 < len(self.table) else None
        return make_picture(frame, self.info, size, previous=previous, following=following)


class Prefetcher:
    """Decodes whole groups of pictures on a decoder of its own (not the stepping one).

    Work is resumable: when asked to stop (the guider pressed a key), it keeps its decoder
    where it was, and the next idle moment continues the same group instead of starting over.
    """

    def __init__(self, decoder: Decoder) -> None:
        self.decoder, self.table = decoder, decoder.table
        self._keyframe: int | None = None
        self._frames: Iterator[tuple[int, av.VideoFrame]] | None = None

    def decode_gop(self, keyframe: int, store: Callable[[int, av.VideoFrame], None],
                   should_stop: Callable[[], bool]) -> bool:
        """Decode (more of) the group starting at ``keyframe``; True if it decoded anything."""
        end = self.table.gop_end(keyframe)
        decoded = False
        if keyframe != self._keyframe or self._frames is None:
            self.decoder.start(keyframe)
            self._keyframe, self._frames = keyframe, self.decoder.frames()
        while not should_stop():
            item = next(self._frames, None)
            if item is None:
                self._keyframe = self._frames = None
                break
            decoded = True
            index, frame = item
            if index >= keyframe:
                store(index, frame)
            if index >= end:
                self._keyframe = self._frames = None
                break
        return decoded


def _effective_budget(cache_bytes: int, sample: av.VideoFrame, threads: int) -> int:
    """The cache bound less what the decoder itself holds (its threads' frames and refs)."""
    frame_bytes = _frame_bytes(sample)
    workers = threads if threads > 0 else (os.cpu_count() or 2)
    reserve = (workers + DECODER_HELD_FRAMES) * frame_bytes
    return max(cache_bytes - reserve, frame_bytes)


def _frame_bytes(frame: av.VideoFrame) -> int:
    return sum(plane.buffer_size for plane in frame.planes)
