"""The player interface: real-time playback with sound, whatever the backend.

A player is never the source of truth for frame positions (DESIGN.md §3): while it plays, the
viewer shows its pictures and maps their times to the frame table; on pause the application
snaps to the frame table and shows the exact decoded frame from the frame server.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

MIN_RATE, MAX_RATE = 0.1, 2.0
#: below this rate sound is muted: slowed speech is no help in a shared review
MUTE_BELOW_RATE = 0.5
#: the faster rates for watching a film faster: heard, with the voices at their own pitch
FAST_RATES = (1.25, 1.5, 2.0)


def clamp_rate(rate: float) -> float:
    """``rate`` within the supported 0.1×–2×."""
    return min(MAX_RATE, max(MIN_RATE, float(rate)))


class Player(QObject):
    """Abstract player. Subclasses implement the ``_backend_*`` hooks and the transport.

    Signals: ``frame_shown(QImage, seconds)`` for each picture presented while playing, with
    its presentation time in seconds from the first frame; ``position_changed(seconds)``;
    ``ended()`` at the end of the recording; ``failed(message)`` with a plain message when the
    backend cannot play the file.

    ``position()`` is the time of the picture shown last while playing, or the target of the
    latest seek, so that a pause maps to the frame the guider saw.
    """

    frame_shown = Signal(QImage, float)
    position_changed = Signal(float)
    ended = Signal()
    failed = Signal(str)

    #: the backend's name, as in the settings ("qt" or "vlc")
    backend = ""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rate = 1.0
        self._muted = False
        self.path: Path | None = None

    # -- the interface --------------------------------------------------------------------

    def load(self, path: str | Path, size: tuple[int, int] | None = None) -> None:
        """Open ``path`` (paused at the start); ``size`` is a hint for backends that scale."""
        raise NotImplementedError

    def play(self) -> None:
        raise NotImplementedError

    def pause(self) -> None:
        raise NotImplementedError

    def stop(self) -> None:
        raise NotImplementedError

    def seek(self, seconds: float) -> None:
        """Go to ``seconds`` after the first frame."""
        raise NotImplementedError

    def position(self) -> float:
        raise NotImplementedError

    def is_playing(self) -> bool:
        raise NotImplementedError

    def close(self) -> None:
        """Stop and let go of the backend; the player cannot be used afterwards."""
        raise NotImplementedError

    # -- rate and sound, shared by the backends -------------------------------------------

    def rate(self) -> float:
        return self._rate

    def set_rate(self, rate: float) -> float:
        """Play at ``rate`` (clamped to 0.1–2); returns the rate in use."""
        self._rate = clamp_rate(rate)
        self._backend_rate(self._rate)
        self._backend_muted(self.sound_muted())
        return self._rate

    def set_muted(self, muted: bool) -> None:
        self._muted = bool(muted)
        self._backend_muted(self.sound_muted())

    def is_muted(self) -> bool:
        """True when the guider asked for silence (see also :meth:`sound_muted`)."""
        return self._muted

    def sound_muted(self) -> bool:
        """True when no sound is heard: muted by the guider, or slower than 0.5×."""
        return self._muted or self._rate < MUTE_BELOW_RATE

    def pitch_kept(self) -> bool:
        """True when the backend keeps the sound's pitch at rates other than 1× (time
        stretching), so voices at 1.25×–2× sound like themselves, only faster."""
        return False

    def _backend_rate(self, rate: float) -> None:
        raise NotImplementedError

    def _backend_muted(self, muted: bool) -> None:
        raise NotImplementedError
