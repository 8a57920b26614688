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
from typing import Any

import av
import av.error
import numpy as np

from vigeditor.i18n import _
from vigeditor.media.errors import MediaError
from vigeditor.media.frame_table import FrameTable
from vigeditor.media.info import MediaInfo
from vigeditor.media.pictures import make_picture
from vigeditor.media.probe import DEFAULT_TIMEOUT, open_recording

DEFAULT_CACHE_BYTES = 512 * 1024 * 1024
PREFETCH_WINDOW = 30  # frames from a keyframe within which stepping back prefetches
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
        self._container = _open_container(info.path)
        self._stream = self._container.streams.video[0]
        self._stream.thread_type = "AUTO"
        self._stream.codec_context.thread_count = threads
        self._decoded: Iterator[av.VideoFrame] | None = None
        self._position: int | None = None  # index of the frame the decoder produced last
        self._floor = 0  # frames before this index since the last seek may be unreliable
        self._thumbnailer: Any = None
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
        """Frame ``index`` as an upright RGB array (height × width × 3), scaled to ``size``."""
        self.table.check_index(int(index))
        with self._lock:
            if self._last_request is not None and index != self._last_request:
                self._backwards = index < self._last_request
            self._last_request = int(index)
            decoded = self._decoded_frame(int(index))
            return self._to_picture(decoded, size)

    def serve(self, index: int, size: Size | None = None) -> ServedFrame:
        """Frame ``index`` with what it really shows: a damaged frame (one the decoder cannot
        produce) gives the nearest earlier good picture, marked ``damaged``. Raises
        MediaError only when no earlier frame can be decoded either."""
        self.table.check_index(int(index))
        try:
            return ServedFrame(int(index), int(index), False, self.frame(index, size))
        except MediaError:
            for earlier in range(int(index) - 1, -1, -1):
                try:
                    return ServedFrame(int(index), earlier, True, self.frame(earlier, size))
                except MediaError:
                    continue
            raise

    def idle_work(self, should_stop: Callable[[], bool]) -> bool:
        """Use idle time: when the guider steps backwards, decode the previous group of
        pictures ahead of need, so entering it costs no wait. Checks ``should_stop`` between
        frames; returns True if it decoded anything."""
        with self._lock:
            target = self._prefetch_target()
            if target is None:
                return False
            if self._prefetcher is None:
                self._prefetcher = Prefetcher(_open_container(self.info.path), self.table)
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
                self._thumbnailer = _open_container(self.info.path)
            pictures = keyframe_thumbnails(self._thumbnailer, self.table, count)
            size = self.size_for_width(width)
            return [(index, self._to_picture(frame, size)) for index, frame in pictures]

    def close(self) -> None:
        with self._lock:
            self._cache.clear()
            self._cached_bytes = 0
            self._decoded = None
            self._container.close()
            if self._thumbnailer is not None:
                self._thumbnailer.close()
            if self._prefetcher is not None:
                self._prefetcher.container.close()

    def __enter__(self) -> FrameServer:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.close()

    # -- decoding ---------------------------------------------------------------------------

    def _decoded_frame(self, index: int) -> av.VideoFrame:
        cached = self._cache.get(index)
        if cached is not None:
            self._cache.move_to_end(index)
            return cached
        keyframe = self.table.keyframe_at_or_before(index)
        position = self._position
        if position is None or not (position < index and keyframe <= position + 1):
            self._seek(keyframe)
        found = self._decode_until(index)
        if found is None:
            raise MediaError(_("Frame {index} of {name} could not be decoded: the file may be "
                               "damaged there.").format(index=index,
                                                        name=Path(self.info.path).name))
        return found

    def _seek(self, keyframe: int) -> None:
        """Position the decoder so that its next frame is ``keyframe`` (or earlier)."""
        target: int | None = keyframe
        while True:
            start = int(self.table.pts[target]) if target is not None else None
            try:
                if start is None:
                    self._container.seek(0, backward=True, any_frame=False)
                else:
                    self._container.seek(start, stream=self._stream, backward=True)
            except av.error.FFmpegError as error:
                raise MediaError(_("{name} could not be read at this point: the file may be "
                                   "damaged.").format(name=Path(self.info.path).name)) from error
            self._decoded = self._container.decode(self._stream)
            self._floor = keyframe if target is not None else 0
            first = self._peek_first()
            if first is not None and (first <= keyframe or target is None):
                return
            target = self.table.keyframe_before(target) if target is not None else None
            if target is None and start is None:
                return

    def _peek_first(self) -> int | None:
        """Decode the first frame after a seek, cache it, and return its index."""
        self._position = None
        for frame in self._frames():
            index = self._remember(frame)
            if index is not None:
                return index
        return None

    def _frames(self) -> Iterator[av.VideoFrame]:
        """Frames from the running decoder until it ends (or meets damaged data)."""
        while self._decoded is not None:
            try:
                frame = next(self._decoded)
            except (StopIteration, RuntimeError, av.error.FFmpegError):
                self._decoded = None  # end of stream, or damage: the next request seeks anew
                self._position = None
                return
            yield frame

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

    def _remember(self, frame: av.VideoFrame) -> int | None:
        """Record a decoded frame in the cache; returns its index (None if not in the table)."""
        stamp = frame.pts if frame.pts is not None else frame.dts
        index = self.table.index_of_pts(stamp) if stamp is not None else None
        if index is None:
            return None
        self._position = index
        if index >= self._floor:
            self._store(index, frame)
        return index

    def _decode_until(self, index: int) -> av.VideoFrame | None:
        if index in self._cache:
            return self._cache[index]
        for frame in self._frames():
            found = self._remember(frame)
            if found is None:
                continue
            if found >= index:
                break
        return self._cache.get(index)

    def _evict(self) -> None:
        if self._budget is None and self._cache:
            self._budget = _effective_budget(self.cache_bytes, next(iter(self._cache.values())),
                                             self._stream.codec_context.thread_count)
        budget = self._budget if self._budget is not None else self.cache_bytes
        while self._cached_bytes > budget and len(self._cache) > 1:
            _index, frame = self._cache.popitem(last=False)
            self._cached_bytes -= _frame_bytes(frame)

    # -- pictures ---------------------------------------------------------------------------

    def _to_picture(self, frame: av.VideoFrame, size: Size | None) -> np.ndarray:
        """RGB array of ``frame``, scaled to the upright ``size`` and turned upright."""
        return make_picture(frame, self.info, size)


class Prefetcher:
    """Decodes whole groups of pictures on a container of its own (not the stepping one).

    Work is resumable: when asked to stop (the guider pressed a key), it keeps its decoder
    where it was, and the next idle moment continues the same group instead of starting over.
    """

    def __init__(self, container: Any, table: FrameTable) -> None:
        self.container, self.table = container, table
        self.stream = container.streams.video[0]
        self.stream.thread_type = "AUTO"
        self._keyframe: int | None = None
        self._frames: Iterator[av.VideoFrame] | None = None

    def _start(self, keyframe: int) -> None:
        self.container.seek(int(self.table.pts[keyframe]), stream=self.stream, backward=True)
        self._keyframe, self._frames = keyframe, iter(self.container.decode(self.stream))

    def decode_gop(self, keyframe: int, store: Callable[[int, av.VideoFrame], None],
                   should_stop: Callable[[], bool]) -> bool:
        """Decode (more of) the group starting at ``keyframe``; True if it decoded anything."""
        end = self.table.gop_end(keyframe)
        decoded = False
        try:
            if keyframe != self._keyframe or self._frames is None:
                self._start(keyframe)
            assert self._frames is not None
            while not should_stop():
                frame = next(self._frames)
                decoded = True
                index = self.table.index_of_pts(frame.pts) if frame.pts is not None else None
                if index is not None and index >= keyframe:
                    store(index, frame)
                if index is not None and index >= end:
                    self._keyframe = self._frames = None
                    break
        except (av.error.FFmpegError, StopIteration, RuntimeError):
            self._keyframe = self._frames = None
        return decoded


def _effective_budget(cache_bytes: int, sample: av.VideoFrame, threads: int) -> int:
    """The cache bound less what the decoder itself holds (its threads' frames and refs)."""
    frame_bytes = _frame_bytes(sample)
    workers = threads if threads > 0 else (os.cpu_count() or 2)
    reserve = (workers + DECODER_HELD_FRAMES) * frame_bytes
    return max(cache_bytes - reserve, frame_bytes)


def _frame_bytes(frame: av.VideoFrame) -> int:
    return sum(plane.buffer_size for plane in frame.planes)


def _open_container(path: str) -> Any:
    try:
        return av.open(path, metadata_errors="ignore")
    except (av.error.FFmpegError, OSError) as error:
        raise MediaError(_("{name} could not be opened.").format(name=Path(path).name),
                         path=path) from error
