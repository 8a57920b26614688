"""Playback through libvlc (python-vlc) into memory, with no Qt.

libvlc renders each picture into a buffer we own (``libvlc_video_set_callbacks`` with a fixed
RGBA format), and the display callback hands a copy of it, with its presentation time in
seconds from the first frame, to ``on_frame``. That callback runs on one of VLC's threads:
the caller must hand the picture over to its own thread (the Qt wrapper uses a queued signal).

libvlc 3 gives no timestamp per picture, and ``get_time()`` only moves every few hundred
milliseconds. :class:`_Clock` therefore anchors on each change of ``get_time()`` and runs on
with the monotonic clock at the playback rate in between, never going backwards. Those times
are estimates: on pause the application snaps to the frame table and shows the exact decoded
frame (DESIGN.md §3), so the estimate only decides which frame number is shown while playing.
"""

from __future__ import annotations

import ctypes
import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from vigeditor.i18n import _

_log = logging.getLogger("vigeditor.media")

INSTANCE_ARGS = ("--no-xlib", "--quiet", "--aout=dummy", "--no-video-title-show",
                 "--no-osd", "--no-snapshot-preview")
#: with sound: "--audio-time-stretch" (VLC's scaletempo filter, on by default; said so) keeps
#: the sound's pitch at rates other than 1×
AUDIO_ARGS = ("--no-xlib", "--quiet", "--no-video-title-show", "--no-osd",
              "--audio-time-stretch")
MIN_RATE, MAX_RATE = 0.1, 2.0
_POOL = 4  # pictures VLC may hold between decoding and display
#: libvlc 3 reports its clock about 15 ms behind the picture it shows (measured, see report)
REPORT_LAG = 0.015
_JUMP_EARLY, _JUMP_WINDOW = 0.1, 1.0

FrameCallback = Callable[[np.ndarray, float], None]
EventCallback = Callable[[str, str], None]  # (kind, message): "ended" | "failed"


def _import_vlc() -> Any:
    import vlc  # imported late: the app runs without VLC

    return vlc


def vlc_available() -> bool:
    """True when python-vlc imports and libvlc can make an instance."""
    try:
        vlc = _import_vlc()
        instance = vlc.Instance(*INSTANCE_ARGS)
        if instance is None:
            return False
        instance.release()
        return True
    except Exception:  # a missing or broken libvlc shows up in many ways
        return False


class _Clock:
    """Smooth presentation time from libvlc's coarse ``get_time()``.

    After a jump to ``target`` the first report it trusts must lie near the target (a little
    before, up to ``_JUMP_WINDOW`` after): libvlc goes on reporting the old time (or 0 for a
    fresh start) for a while. While paused (``frozen``) the time stands still.
    """

    def __init__(self) -> None:
        self.rate = 1.0
        self.frozen = False
        self.reset(0.0)

    def reset(self, seconds: float, stale_ms: int | None = None) -> None:
        """Start again at ``seconds``; reports equal to ``stale_ms`` predate the jump."""
        self._reported = stale_ms
        self._target: float | None = seconds
        self._anchor = seconds
        self._anchor_at: float | None = None
        self._last = seconds

    def tick(self, reported_ms: int) -> float:
        """The time of the picture being shown now, given libvlc's latest ``get_time()``."""
        now = time.monotonic()
        if self.frozen:
            return self._last
        if reported_ms >= 0 and reported_ms != self._reported and self._trusted(reported_ms):
            self._reported = reported_ms
            self._anchor, self._anchor_at = reported_ms / 1000 + REPORT_LAG, now
        if self._anchor_at is None:
            self._anchor_at = now
        estimate = self._anchor + (now - self._anchor_at) * self.rate
        self._last = max(self._last, estimate)
        return self._last

    def resume(self) -> None:
        """Run on from the last time after a pause."""
        self.frozen = False
        self._anchor, self._anchor_at = self._last, None

    def _trusted(self, reported_ms: int) -> bool:
        if self._target is None:
            return True
        offset = reported_ms / 1000 - self._target
        if not -_JUMP_EARLY <= offset <= _JUMP_WINDOW:
            return False
        self._target = None
        return True

    @property
    def last(self) -> float:
        return self._last


class VlcEngine:
    """One libvlc media player that renders RGBA pictures of a fixed size into memory."""

    def __init__(self, on_frame: FrameCallback, on_event: EventCallback | None = None,
                 *, audio: bool = False) -> None:
        vlc = _import_vlc()
        self._vlc = vlc
        self._instance = vlc.Instance(*(AUDIO_ARGS if audio else INSTANCE_ARGS))
        self._player = self._instance.media_player_new()
        self._on_frame = on_frame
        self._on_event = on_event or (lambda kind, message: None)
        self._clock = _Clock()
        self._lock = threading.Lock()
        self._size = (0, 0)
        self._buffers: list[ctypes.Array[ctypes.c_ubyte]] = []
        self._next_buffer = 0
        self._fresh = False  # a picture was decoded since the last one was delivered
        self._path: Path | None = None
        self._start_at = 0.0
        self._reported_ms = 0  # libvlc's latest coarse time, from its TimeChanged events
        self._callbacks = self._make_callbacks()
        self._player.video_set_callbacks(*self._callbacks, None)
        self._watch_events()

    # -- public API -----------------------------------------------------------------------

    def load(self, path: str | Path, size: tuple[int, int] | None = None) -> None:
        """Open ``path``; pictures are ``size`` (width, height), by default the upright size."""
        self._path = Path(path)
        if not self._path.is_file():
            raise FileNotFoundError(str(path))
        width, height = size or _display_size(self._path)
        width, height = max(2, int(width)), max(2, int(height))
        self._player.stop()
        with self._lock:
            self._size = (width, height)
            self._buffers = [(ctypes.c_ubyte * (width * height * 4))() for _n in range(_POOL)]
        self._player.video_set_format("RGBA", width, height, width * 4)
        self._set_media(0.0)

    def play(self) -> None:
        state = self._player.get_state()
        if state in (self._vlc.State.Ended, self._vlc.State.Stopped, self._vlc.State.Error):
            self._set_media(self._start_at if state != self._vlc.State.Ended else 0.0)
        self._player.set_rate(self._clock.rate)
        self._clock.resume()
        self._player.play()

    def pause(self) -> None:
        self._clock.frozen = True
        if self._player.is_playing():
            self._player.set_pause(1)

    def stop(self) -> None:
        self._player.stop()
        self._start_at = 0.0
        self._clock.reset(0.0)

    def seek(self, seconds: float) -> None:
        seconds = max(0.0, float(seconds))
        state = self._player.get_state()
        if state in (self._vlc.State.Playing, self._vlc.State.Paused):
            self._player.set_time(round(seconds * 1000))
        else:
            self._start_at = seconds
            self._set_media(seconds)
        self._clock.reset(seconds, stale_ms=int(self._player.get_time()))

    def set_rate(self, rate: float) -> float:
        rate = min(MAX_RATE, max(MIN_RATE, float(rate)))
        self._clock.rate = rate
        self._player.set_rate(rate)
        return rate

    def set_muted(self, muted: bool) -> None:
        self._player.audio_set_mute(bool(muted))

    def position(self) -> float:
        """Seconds from the first frame to the picture shown last (or the seek target)."""
        return self._clock.last

    def is_playing(self) -> bool:
        return bool(self._player.is_playing())

    @property
    def size(self) -> tuple[int, int]:
        return self._size

    def close(self) -> None:
        self._on_frame = lambda picture, seconds: None
        self._on_event = lambda kind, message: None
        self._player.stop()
        self._player.release()
        self._instance.release()

    # -- libvlc plumbing ------------------------------------------------------------------

    def _set_media(self, start: float) -> None:
        if self._path is None:
            return
        media = self._instance.media_new_path(str(self._path))
        if start > 0:
            media.add_option(f":start-time={start:.3f}")
        self._reported_ms = round(start * 1000)
        self._player.set_media(media)
        media.release()
        self._clock.reset(start)

    def _make_callbacks(self) -> tuple[Any, Any, Any]:
        """Lock hands VLC the next buffer of a small pool; display delivers that buffer."""
        decorators = self._vlc.CallbackDecorators

        @decorators.VideoLockCb
        def lock(_opaque: Any, planes: Any) -> int:
            with self._lock:
                number = self._next_buffer
                self._next_buffer = (number + 1) % _POOL
                planes[0] = ctypes.addressof(self._buffers[number]) if self._buffers else None
                self._fresh = True
            return number + 1  # the picture's identifier, never NULL

        @decorators.VideoUnlockCb
        def unlock(_opaque: Any, _picture: Any, _planes: Any) -> None:
            return None

        @decorators.VideoDisplayCb
        def display(_opaque: Any, picture: Any) -> None:
            self._deliver(int(picture or 0) - 1)

        return lock, unlock, display

    def _deliver(self, number: int) -> None:
        """Called on VLC's thread when picture ``number`` of the pool is due on screen."""
        with self._lock:
            if not (0 <= number < len(self._buffers) and self._fresh):
                return  # libvlc shows the same picture again while paused: skip it
            self._fresh = False
            width, height = self._size
            picture = np.frombuffer(self._buffers[number], dtype=np.uint8)
            picture = picture.reshape(height, width, 4).copy()
        # never call into the player from VLC's picture thread: stop() holds the player's
        # lock while it waits for this thread, so get_time() here can deadlock. The time
        # comes from the MediaPlayerTimeChanged events instead.
        seconds = self._clock.tick(self._reported_ms)
        try:
            self._on_frame(picture, seconds)
        except Exception:  # a receiver's bug must not unwind into libvlc
            _log.exception("a VLC frame could not be delivered")

    def _time_changed(self, event: Any) -> None:
        self._reported_ms = int(event.u.new_time)

    def _watch_events(self) -> None:
        events = self._player.event_manager()
        kinds = self._vlc.EventType
        events.event_attach(kinds.MediaPlayerEndReached, lambda _e: self._on_event("ended", ""))
        events.event_attach(kinds.MediaPlayerTimeChanged, self._time_changed)
        events.event_attach(kinds.MediaPlayerEncounteredError, lambda _e: self._on_event(
            "failed", _("VLC could not play this recording.")))


def _display_size(path: Path) -> tuple[int, int]:
    """The upright picture size, from a safe probe (in a child process)."""
    from vigeditor.media.probe import probe

    info = probe(path)
    return info.display_width, info.display_height


__all__ = ["MAX_RATE", "MIN_RATE", "VlcEngine", "vlc_available"]
