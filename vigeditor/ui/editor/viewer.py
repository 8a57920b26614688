"""The viewer: the current picture letterboxed on black, with frame, time, marks and status.

When paused the picture is the exact frame from the frame server, asked for at the viewer's
size in device pixels; while playing it is the player's picture. :class:`ViewerPanel` puts
the viewer, the transport and the playback controller together.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from vigeditor.media.info import MediaInfo
from vigeditor.ui.editor.frame_worker import FramePicture, FrameRequest, FrameWorker
from vigeditor.ui.editor.playback import PAUSED, PLAYING, PlaybackController
from vigeditor.ui.editor.transport import Transport, format_speed, format_time
from vigeditor.ui.editor_state import EditorState
from vigeditor.ui.geometry import letterbox
from vigeditor.ui.players.base import Player
from vigeditor.ui.players.factory import create_player, fallback_player

_log = logging.getLogger("vigeditor.ui")
MAX_PLAYER_WIDTH = 1920  # VLC renders at most this wide; the viewer scales
LABEL_PLATE, LABEL_INK = QColor(0, 0, 0, 170), QColor(255, 255, 255)
DAMAGE_PLATE = QColor(255, 176, 0)  # amber: the picture is not the frame asked for


def _tr(text: str) -> str:
    return QCoreApplication.translate("Viewer", text)


class Viewer(QWidget):
    """Paints the current picture, keeping its proportions, with an overlay.

    Only the frame server's answer to the latest request for ``state.frame`` of the open
    recording is painted (see :meth:`FrameRequest.same_frame`); anything else arriving late
    is dropped. A frame's error (``error``) and the damaged-frame marker (``substitute``)
    belong to the picture they came with and go when the next good picture is shown.
    """

    def __init__(self, state: EditorState, frames: FrameWorker,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.frames = frames
        self.image = QImage()
        self.image_index: int | None = None  # the frame ``image`` shows
        self.image_is_exact = False  # True when ``image`` came from the frame server
        self.substitute: int | None = None  # the frame shown because image_index is damaged
        self.error = ""  # why ``state.frame`` cannot be shown (until a picture is)
        self.aspect = 4 / 3
        self.status = (PAUSED, 1.0)
        self.message = ""  # about the recording or its playback (until another is opened)
        self._wanted: FrameRequest | None = None
        self._ready = False  # the frame worker has opened the recording (``aspect`` is its)
        self.setAccessibleName(_tr("Viewer"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 90)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        frames.frame_ready.connect(self._on_exact_frame)
        frames.frame_failed.connect(self._on_frame_failed)
        state.frame_changed.connect(self._on_frame_changed)
        state.marks_changed.connect(lambda _in, _out: self.update())
        self._preview_recording: int | None = None
        state.recording_changed.connect(self._recording_changed)

    def sizeHint(self) -> QSize:
        return QSize(640, 360)

    # -- what to show -----------------------------------------------------------------------

    def set_media_info(self, info: MediaInfo) -> None:
        """The frame worker has opened the recording: ask for its pictures from now on."""
        self.aspect = info.display_width / max(1, info.display_height)
        self.message = ""
        self._ready = True
        self.request_exact()

    def media_opening(self) -> None:
        """Another recording is being opened: forget what was said about the last one, and
        ask for no picture before its proportions are known (see :meth:`set_media_info`)."""
        self._wanted, self._ready = None, False
        self.message = self.error = ""
        self._describe()
        self.update()

    def set_status(self, mode: str, speed: float) -> None:
        self.status = (mode, speed)
        self.update()

    def show_message(self, message: str) -> None:
        self.message = message
        self._describe()
        self.update()

    def show_picture(self, image: QImage, index: int) -> None:
        """A player's picture of frame ``index`` while playing."""
        self._show(image, index, exact=False)

    def request_size(self) -> tuple[int, int]:
        """The picture size that fills the letterbox, in device pixels."""
        box = self.picture_rect()
        ratio = self.devicePixelRatioF()
        width = max(2, round(box.width() * ratio)) // 2 * 2
        height = max(2, round(box.height() * ratio)) // 2 * 2
        return width, height

    def request_exact(self) -> None:
        """Ask the frame server for ``state.frame`` at the viewer's size."""
        if self.state.table is not None and self._ready:
            self._wanted = self.frames.request(self.state.frame, self.request_size())

    def picture_rect(self) -> QRect:
        """Where the recording's pictures go: as large as fits, centred, in proportion."""
        return letterbox(self.width(), self.height(), self.aspect)

    def damage_note(self) -> str:
        """The marker over a damaged frame's stand-in picture ("" when the frame is good)."""
        if self.substitute is None:
            return ""
        return _tr("Damaged frame — showing frame {shown}").format(shown=self.substitute)

    # -- reactions --------------------------------------------------------------------------

    def _wants(self, request: FrameRequest) -> bool:
        """True when ``request``'s answer is what should be on screen now."""
        return (request.same_frame(self._wanted) and request.index == self.state.frame
                and not self.state.playing and self._preview_recording is None)

    def _on_exact_frame(self, picture: FramePicture) -> None:
        if self._wants(picture.request):
            self._show(picture.image, picture.index, exact=True,
                       substitute=picture.shown if picture.damaged else None)

    def _on_frame_failed(self, request: FrameRequest, message: str) -> None:
        if self._wants(request):
            self._show(QImage(), None, exact=False)  # no picture rather than another frame's
            self.error = message
            self._describe()

    def _on_frame_changed(self, _index: int) -> None:
        if not self.state.playing:
            self.request_exact()
        self.update()

    def show_preview(self, recording_id: int, image: QImage) -> None:
        """Frame 0 of a recording that is still opening (its frame table is being read)."""
        self._preview_recording = recording_id
        self._show(image, 0, exact=True)

    def cancel_preview(self) -> None:
        """The previewed recording will not be opened after all: show the open one again."""
        if self._preview_recording is not None:
            self._preview_recording = None
            self._show(QImage(), None, exact=False)
            self.request_exact()

    def _recording_changed(self, recording: object) -> None:
        previewed = self._preview_recording
        self._preview_recording = None
        self._wanted, self._ready = None, False  # until the frame worker has opened it
        if previewed is None or getattr(recording, "id", None) != previewed:
            self._show(QImage(), None, exact=False)

    def _show(self, image: QImage, index: int | None, *, exact: bool,
              substitute: int | None = None) -> None:
        self.image, self.image_index, self.image_is_exact = image, index, exact
        self.substitute = substitute
        self.error = ""
        self._describe()
        self.update()

    def _describe(self) -> None:
        """Say the marker or the message to assistive technology too."""
        notes = [self.error, self.message, self.damage_note()]
        self.setAccessibleDescription(" ".join(note for note in notes if note))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self.state.playing:
            self.request_exact()

    # -- painting ---------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.black)
        if not self.image.isNull():
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            aspect = self.image.width() / max(1, self.image.height())  # never squeezed
            painter.drawImage(QRectF(letterbox(self.width(), self.height(), aspect)),
                              self.image)
        font = QFont(self.font())
        font.setPointSizeF(max(8.0, font.pointSizeF()))
        painter.setFont(font)
        if self.state.table is not None:
            self._paint_position(painter)
            self._paint_marks(painter)
        note = self.damage_note()
        if note:
            row = painter.fontMetrics().height() + 6
            self._label(painter, note, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter,
                        margin=6 + row + 6, plate=DAMAGE_PLATE, ink=QColor("black"))
        text = "\n".join(part for part in (self.error, self.message) if part)
        if text:
            self._label(painter, text, Qt.AlignmentFlag.AlignCenter)
        painter.end()

    def _paint_position(self, painter: QPainter) -> None:
        frame = self.state.frame
        text = _tr("Frame {0} · {1}").format(frame, format_time(self.state.time_of(frame)))
        self._label(painter, text, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        mode, speed = self.status
        words = {PAUSED: _tr("Paused"), PLAYING: _tr("Playing")}.get(mode, _tr("Reverse"))
        self._label(painter, f"{words}, {format_speed(speed)}",
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)

    def _paint_marks(self, painter: QPainter) -> None:
        mark_in, mark_out = self.state.mark_in, self.state.mark_out
        count = max(1, self.state.frame_count - 1)
        bar = QRect(8, self.height() - 10, self.width() - 16, 4)
        painter.fillRect(bar, QColor(255, 255, 255, 60))
        if mark_in is not None or mark_out is not None:
            first = mark_in if mark_in is not None else 0
            last = mark_out if mark_out is not None else count
            left = bar.left() + round(bar.width() * first / count)
            right = bar.left() + round(bar.width() * last / count)
            painter.fillRect(QRect(left, bar.top(), max(2, right - left), 4), QColor("#ffb000"))
            text = _tr("In {0} · Out {1}").format("–" if mark_in is None else mark_in,
                                                  "–" if mark_out is None else mark_out)
            self._label(painter, text, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                        margin=16)
        here = bar.left() + round(bar.width() * self.state.frame / count)
        painter.fillRect(QRect(here - 1, bar.top() - 3, 3, 10), Qt.GlobalColor.white)

    def _label(self, painter: QPainter, text: str, align: Qt.AlignmentFlag, margin: int = 6,
               plate: QColor = LABEL_PLATE, ink: QColor = LABEL_INK) -> None:
        """``text`` on a plate in a corner (or the centre) of the viewer."""
        area = self.rect().adjusted(margin, margin, -margin, -margin)
        box = painter.fontMetrics().boundingRect(area, Qt.AlignmentFlag.AlignCenter, text)
        box.adjust(-6, -3, 6, 3)
        box.moveTop(area.top() if align & Qt.AlignmentFlag.AlignTop else
                    area.bottom() - box.height() if align & Qt.AlignmentFlag.AlignBottom else
                    area.center().y() - box.height() // 2)
        box.moveLeft(area.left() if align & Qt.AlignmentFlag.AlignLeft else
                     area.right() - box.width() if align & Qt.AlignmentFlag.AlignRight else
                     area.center().x() - box.width() // 2)
        painter.fillRect(box, plate)
        painter.setPen(ink)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)


class ViewerPanel(QWidget):
    """Viewer, transport and playback for one editor state and frame worker.

    The main window binds the keys to ``playback``'s methods; on its own (in tests, say) the
    panel also answers the same keys while it has the focus.
    """

    media_failed = Signal(str)  # a plain message: the recording cannot be shown or played

    def __init__(self, state: EditorState, frames: FrameWorker, player_preference: str = "qt",
                 parent: QWidget | None = None, *, audio: bool = True) -> None:
        super().__init__(parent)
        self.state = state
        self.frames = frames
        self.info: MediaInfo | None = None
        self._audio = audio
        self._fallback_tried = False
        self.viewer = Viewer(state, frames, self)
        self.player: Player = create_player(player_preference, self, audio=audio)
        self.playback = PlaybackController(state, frames, self.player, self)
        self.transport = Transport(state, self.playback, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.viewer, 1)
        layout.addWidget(self.transport)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.playback.picture_changed.connect(self.viewer.show_picture)
        self.playback.exact_frame_wanted.connect(self.viewer.request_exact)
        self.playback.mode_changed.connect(self.viewer.set_status)
        frames.opened.connect(self._on_opened)
        frames.failed.connect(self._on_frames_failed)
        self._watch_player(self.player)

    def open_media(self, path: str | Path, cache_dir: str | Path | None = None) -> None:
        """(Re)open a recording in the frame worker; the player follows once it is probed."""
        self.playback.pause()
        self._fallback_tried = False
        self.viewer.media_opening()
        self.frames.open(path, cache_dir)

    def shutdown(self) -> None:
        """Stop playback and let go of the player (call before the window closes)."""
        self.playback.pause()
        self.player.close()

    # -- reactions --------------------------------------------------------------------------

    def _on_opened(self, info: MediaInfo) -> None:
        self.info = info
        self.viewer.set_media_info(info)
        self.player.load(info.path, self._player_size(info))
        self.playback.player_loaded()

    def _on_frames_failed(self, message: str) -> None:
        self.viewer.show_message(message)
        self.media_failed.emit(message)

    def _watch_player(self, player: Player) -> None:
        player.failed.connect(lambda message, which=player: self._on_player_failed(which,
                                                                                   message))

    def _on_player_failed(self, player: Player, message: str) -> None:
        """Retry with the other backend once; otherwise say so (stepping still works)."""
        if player is not self.player:
            return  # a late word from a player already replaced
        self.playback.pause()
        replacement = None if self._fallback_tried else fallback_player(
            self.player, self, audio=self._audio)
        if replacement is None or self.info is None:
            _log.warning("playback failed: %s", message)
            self.viewer.show_message(message)
            self.media_failed.emit(message)
            return
        self._fallback_tried = True
        old, self.player = self.player, replacement
        self.playback.set_player(replacement)
        self._watch_player(replacement)
        old.close()
        old.deleteLater()
        replacement.load(self.info.path, self._player_size(self.info))
        self.playback.player_loaded()

    @staticmethod
    def _player_size(info: MediaInfo) -> tuple[int, int]:
        width, height = info.display_width, info.display_height
        if width > MAX_PLAYER_WIDTH:
            width, height = MAX_PLAYER_WIDTH, round(height * MAX_PLAYER_WIDTH / width)
        return max(2, width // 2 * 2), max(2, height // 2 * 2)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        action = self._key_action(event)
        if action is None:
            super().keyPressEvent(event)
            return
        action()

    def _key_action(self, event: QKeyEvent) -> Callable[[], None] | None:
        ten = 10 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1
        keys = Qt.Key
        actions: dict[Qt.Key, Callable[[], None]] = {
            keys.Key_Space: self.playback.toggle_play,
            keys.Key_Left: lambda: self.playback.step(-ten),
            keys.Key_Right: lambda: self.playback.step(ten),
            keys.Key_J: self.playback.shuttle_back,
            keys.Key_K: self.playback.pause,
            keys.Key_L: self.playback.shuttle_forward,
            keys.Key_BracketLeft: self.playback.slower,
            keys.Key_BracketRight: self.playback.faster,
            keys.Key_Home: self.playback.go_start,
            keys.Key_End: self.playback.go_end,
        }
        return actions.get(Qt.Key(event.key()))
