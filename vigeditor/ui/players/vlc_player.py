"""The libvlc backend: :class:`~vigeditor.media.vlc_engine.VlcEngine` with Qt signals.

The engine calls back on VLC's own threads; pictures and events cross into the Qt thread
through queued signals, so receivers run in the thread the player lives in.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QImage

from vigeditor.media.errors import MediaError
from vigeditor.media.vlc_engine import AUDIO_ARGS, VlcEngine, vlc_available
from vigeditor.ui.players.base import Player


def rgba_to_image(picture: np.ndarray) -> QImage:
    """An RGBA array (height × width × 4) as a QImage that owns its pixels."""
    height, width = picture.shape[:2]
    image = QImage(picture.data, width, height, picture.strides[0],
                   QImage.Format.Format_RGBX8888)
    return image.copy()


class VlcPlayer(Player):
    """Real-time playback through libvlc, rendered into memory."""

    backend = "vlc"
    _picture_arrived = Signal(QImage, float, int)  # picture, seconds, loads at the time
    _event_arrived = Signal(str, str)

    def __init__(self, parent: QObject | None = None, *, audio: bool = True) -> None:
        super().__init__(parent)
        queued = Qt.ConnectionType.QueuedConnection
        self._picture_arrived.connect(self._on_picture, queued)
        self._event_arrived.connect(self._on_event, queued)
        self._engine: VlcEngine | None = VlcEngine(self._from_vlc_thread,
                                                   self._event_from_vlc_thread, audio=audio)
        self._playing = False
        self._audio = audio
        self._loads = 0  # recordings loaded so far: a picture of an earlier one is dropped

    def load(self, path: str | Path, size: tuple[int, int] | None = None) -> None:
        self.path = Path(path)
        self._playing = False
        if self._engine is None:
            return
        try:
            self._engine.load(self.path, size)  # stops the last recording's pictures first
        except (OSError, ValueError, MediaError) as error:
            self.failed.emit(self.tr("This recording cannot be played with VLC: {0}")
                             .format(error))
            return
        finally:
            self._loads += 1
        self._engine.set_rate(self._rate)

    def play(self) -> None:
        if self._engine is not None:
            self._playing = True
            self._engine.play()

    def pause(self) -> None:
        self._playing = False
        if self._engine is not None:
            self._engine.pause()

    def stop(self) -> None:
        self._playing = False
        if self._engine is not None:
            self._engine.stop()

    def seek(self, seconds: float) -> None:
        if self._engine is not None:
            self._engine.seek(seconds)
            self.position_changed.emit(self._engine.position())

    def position(self) -> float:
        return self._engine.position() if self._engine is not None else 0.0

    def is_playing(self) -> bool:
        return self._playing

    def close(self) -> None:
        """Stop libvlc and let go of it; a closed player ignores further commands."""
        if self._engine is not None:
            self._engine.close()
            self._engine = None
        self._playing = False

    def pitch_kept(self) -> bool:
        """With sound, libvlc runs with ``--audio-time-stretch``: its scaletempo filter keeps
        the pitch at rates other than 1×."""
        return self._audio and "--audio-time-stretch" in AUDIO_ARGS

    def _backend_rate(self, rate: float) -> None:
        if self._engine is not None:
            self._engine.set_rate(rate)

    def _backend_muted(self, muted: bool) -> None:
        if self._engine is not None:
            self._engine.set_muted(muted)

    # -- from VLC's threads -----------------------------------------------------------------

    def _from_vlc_thread(self, picture: np.ndarray, seconds: float) -> None:
        self._picture_arrived.emit(rgba_to_image(picture), seconds, self._loads)

    def _event_from_vlc_thread(self, kind: str, message: str) -> None:
        self._event_arrived.emit(kind, message)

    # -- in the player's thread ---------------------------------------------------------------

    def _on_picture(self, image: QImage, seconds: float, loads: int) -> None:
        if not self._playing or loads != self._loads:
            return  # on its way when playback paused, or a picture of the last recording
        self.frame_shown.emit(image, seconds)
        self.position_changed.emit(seconds)

    def _on_event(self, kind: str, message: str) -> None:
        if kind == "ended":
            self._playing = False
            self.ended.emit()
        elif kind == "failed":
            self._playing = False
            self.failed.emit(message or self.tr("This recording cannot be played with VLC."))


__all__ = ["VlcPlayer", "rgba_to_image", "vlc_available"]
