"""The default backend: Qt Multimedia (QMediaPlayer into a QVideoSink, sound via QAudioOutput).

It ships inside PySide6, so the app plays with pip packages alone. ``QVideoFrame.startTime()``
is the picture's presentation time in microseconds from the first frame, which makes this
backend's times exact (to the microsecond).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QUrl
from PySide6.QtMultimedia import (
    QAudioOutput,
    QMediaDevices,
    QMediaPlayer,
    QVideoFrame,
    QVideoSink,
)

from vigeditor.ui.players.base import Player

_log = logging.getLogger("vigeditor.ui")
_Status = QMediaPlayer.MediaStatus


class QtPlayer(Player):
    """Real-time playback through Qt Multimedia."""

    backend = "qt"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._player = QMediaPlayer(self)
        self._sink = QVideoSink(self)
        self._audio = QAudioOutput(self)
        self._player.setVideoSink(self._sink)
        _keep_pitch(self._player)
        self._position = 0.0
        self._pending_seek: float | None = None
        self._failed = False  # said so once for this file already
        self._closed = False
        self._sink.videoFrameChanged.connect(self._on_frame)
        self._player.mediaStatusChanged.connect(self._on_status)
        self._player.errorOccurred.connect(self._on_error)

    def load(self, path: str | Path, size: tuple[int, int] | None = None) -> None:
        self.path = Path(path)
        self._position, self._pending_seek, self._failed = 0.0, None, False
        # sound goes to the computer's sound device; with none (a headless machine), Qt's
        # audio renderer is left out altogether rather than run against no device
        sound = not QMediaDevices.defaultAudioOutput().isNull()
        self._player.setAudioOutput(self._audio if sound else None)
        self._player.setSource(QUrl.fromLocalFile(str(self.path)))

    def play(self) -> None:
        if self._player.mediaStatus() == _Status.EndOfMedia:
            self._player.setPosition(0)
            self._position = 0.0
        self._player.play()

    def pause(self) -> None:
        self._player.pause()

    def stop(self) -> None:
        self._player.stop()
        self._position = 0.0

    def seek(self, seconds: float) -> None:
        self._position = max(0.0, float(seconds))
        milliseconds = round(self._position * 1000)
        if self._player.mediaStatus() in (_Status.NoMedia, _Status.LoadingMedia):
            self._pending_seek = self._position
        self._player.setPosition(milliseconds)
        self.position_changed.emit(self._position)

    def position(self) -> float:
        return self._position

    def is_playing(self) -> bool:
        return self._player.playbackState() == QMediaPlayer.PlaybackState.PlayingState

    def close(self) -> None:
        """Stop and let go of the file; a closed player shows no more pictures."""
        if self._closed:
            return
        self._closed = True
        self._sink.videoFrameChanged.disconnect(self._on_frame)
        self._player.stop()
        self._player.setSource(QUrl())

    def pitch_kept(self) -> bool:
        """Qt 6.10+ time-stretches the sound it plays (FFmpeg backend: signalsmith-stretch)
        while ``pitchCompensation`` is on; older Qt resamples, so the pitch rises."""
        pitch = getattr(self._player, "pitchCompensation", None)
        return bool(pitch()) if pitch is not None else False

    def _backend_rate(self, rate: float) -> None:
        self._player.setPlaybackRate(rate)

    def _backend_muted(self, muted: bool) -> None:
        self._audio.setMuted(muted)

    # -- Qt's signals -----------------------------------------------------------------------

    def _on_frame(self, frame: QVideoFrame) -> None:
        if not frame.isValid() or not self.is_playing():
            return  # an empty frame at the end, or a preview while paused: not playback
        start = frame.startTime()
        # whole microseconds, rounded: one more keeps the time from falling before the
        # frame's own time in the frame table (7/30 s is reported as 233333 µs)
        seconds = (start + 1) / 1_000_000 if start >= 0 else self._player.position() / 1000
        self._position = seconds
        self.frame_shown.emit(frame.toImage(), seconds)
        self.position_changed.emit(seconds)

    def _on_status(self, status: QMediaPlayer.MediaStatus) -> None:
        if status == _Status.LoadedMedia and self._pending_seek is not None:
            self._player.setPosition(round(self._pending_seek * 1000))
            self._pending_seek = None
        elif status == _Status.EndOfMedia:
            self.ended.emit()
        elif status == _Status.InvalidMedia:
            self._fail(self._player.errorString())

    def _on_error(self, error: QMediaPlayer.Error, detail: str) -> None:
        if error != QMediaPlayer.Error.NoError:
            self._fail(detail)

    def _fail(self, detail: str) -> None:
        if self._failed:
            return
        self._failed = True
        _log.warning("Qt Multimedia cannot play %s: %s", self.path, detail)
        self.failed.emit(self.tr("This recording cannot be played with Qt Multimedia."))


def _keep_pitch(player: QMediaPlayer) -> None:
    """Ask Qt to keep the sound's pitch at rates other than 1× where it can (Qt 6.10+, on by
    default there, but said so that a changed default does not go unnoticed)."""
    availability = getattr(QMediaPlayer, "PitchCompensationAvailability", None)
    if availability is None:
        _log.info("this Qt cannot keep the pitch of faster sound (Qt 6.10 can)")
        return
    if player.pitchCompensationAvailability() == availability.Available:
        player.setPitchCompensation(True)
