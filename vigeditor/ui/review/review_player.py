"""The shared review's playback: one item at a time, frame-exact, from the original recording.

A clip plays from its in frame to its out frame, then holds its key frame (or out frame).
The player's clock is coarse, so it is never trusted for positions: every picture the player
shows is mapped to a frame through the frame table (``table.index_at(seconds)``), and the first
picture at or past the out frame stops playback. The out frame then stays on screen for its
own duration, and the held frame is the frame server's exact picture. Whenever playback is
paused (at the in frame, when stepping, when holding) the picture is the frame server's.

Only the frame server's answer to the latest request for the current item's current frame
is shown: a picture of another item or recording, arriving late, is dropped, and a new item
starts on black (``picture_cleared``) rather than on the last item's picture. ``note_changed``
says when the picture is a damaged frame's stand-in or the frame cannot be shown ("" once a
good picture is up); the presenter view and the builder's preview show it, the family's
screen does not.

Commands are named (see :data:`COMMANDS`); in hand-over mode only :data:`PARENT_COMMANDS`
work, so the parent can play, replay and step but not skip items or end the review.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QImage

from vigeditor.ui.editor.frame_worker import FramePicture, FrameRequest, FrameWorker, ServerOpener
from vigeditor.ui.players.base import Player
from vigeditor.ui.players.factory import create_player
from vigeditor.ui.review.show import ShowItem, frame_seconds

PAUSED, PLAYING, ENDING, HOLDING = "paused", "playing", "ending", "holding"
RATES = (1.0, 0.5, 0.25)
COMMANDS = ("toggle_play", "replay", "step_back", "step_forward", "slow_motion",
            "toggle_captions",
            "previous_item", "next_item", "hand_over", "take_back", "end")
PARENT_COMMANDS = frozenset({"toggle_play", "replay", "step_back", "step_forward"})


class ReviewPlayer(QObject):
    """Plays the items of a shared review; the views only paint what it says."""

    picture_changed = Signal(QImage, int, bool)  # picture, its frame, exact (frame server)
    picture_cleared = Signal()  # nothing to show (yet) for the current item
    note_changed = Signal(str)  # about the picture for the guider: damaged, failed, or ""
    frame_changed = Signal(int)
    mode_changed = Signal(str)  # PAUSED | PLAYING | ENDING | HOLDING
    rate_changed = Signal(float)
    item_changed = Signal(int)  # position in the show
    captions_changed = Signal(bool)
    handed_over_changed = Signal(bool)
    end_requested = Signal()
    failed = Signal(str)

    def __init__(self, player_preference: str = "qt", parent: QObject | None = None, *,
                 cache_dir: Path | None = None, audio: bool = True,
                 opener: ServerOpener | None = None) -> None:
        super().__init__(parent)
        self.cache_dir = cache_dir
        self.frames = FrameWorker(self, opener=opener)
        self.player: Player = create_player(player_preference, self, audio=audio)
        self.items: list[ShowItem] = []
        self.index = -1
        self.frame = 0
        self.mode = PAUSED
        self.rate = 1.0
        self.show_captions = True
        self.handed_over = False
        self.picture_size: tuple[int, int] | None = None
        self._opened: Path | None = None
        self._wanted: tuple[int, FrameRequest] | None = None  # (item id, latest request)
        self._ending = QTimer(self)
        self._ending.setSingleShot(True)
        self._ending.timeout.connect(self._hold)
        self.frames.frame_ready.connect(self._on_exact)
        self.frames.frame_failed.connect(self._on_exact_failed)
        self.frames.failed.connect(self._on_open_failed)
        self.player.frame_shown.connect(self._on_player_picture)
        self.player.ended.connect(self._on_player_ended)
        self.player.failed.connect(self.failed)

    # -- the show ---------------------------------------------------------------------------

    @property
    def item(self) -> ShowItem | None:
        return self.items[self.index] if 0 <= self.index < len(self.items) else None

    def set_items(self, items: list[ShowItem], start: int = 0) -> None:
        self.items = list(items)
        self.index = -1
        self._wanted = None
        if self.items:
            self.go_to(start)

    def go_to(self, index: int) -> None:
        """Show item ``index`` (clamped), paused at its first frame."""
        if not self.items:
            return
        index = max(0, min(index, len(self.items) - 1))
        self._stop_player()
        if index != self.index:  # another item: nothing of the last one stays on screen
            self._wanted = None
            self.picture_cleared.emit()
            self.note_changed.emit("")
        self.index = index
        item = self.items[index]
        if item.path != self._opened:
            self._opened = item.path
            self.frames.open(item.path, self.cache_dir)
            self.player.load(item.path)
        self._set_rate(0.5 if item.slow_motion else 1.0)
        self._show_exact(item.first, PAUSED)
        self.item_changed.emit(index)

    def set_picture_size(self, size: tuple[int, int] | None) -> None:
        """The size exact pictures are decoded at (the presentation's picture area)."""
        if size != self.picture_size:
            self.picture_size = size
            if self.item is not None and self.mode != PLAYING:
                self._request(self.frame)

    # -- commands ---------------------------------------------------------------------------

    def perform(self, name: str) -> bool:
        """Carry out a named command; False when it is not allowed now (hand-over mode)."""
        if self.handed_over and name not in PARENT_COMMANDS and name != "take_back":
            return False
        handler = getattr(self, name, None)
        if name not in COMMANDS or handler is None:
            return False
        handler()
        return True

    def toggle_play(self) -> None:
        if self.mode in (PLAYING, ENDING):
            self.pause()
        else:
            self.play()

    def play(self) -> None:
        item = self.item
        if item is None or not item.is_clip:
            return
        start = self.frame if self.mode == PAUSED and self.frame < item.last else item.first
        self._ending.stop()
        self.frame = start
        self.player.seek(item.table.time(start))
        self.player.set_rate(self.rate)
        self.player.set_muted(self.rate < 1.0)
        self.player.play()
        self._set_mode(PLAYING)
        self.note_changed.emit("")

    def pause(self) -> None:
        """Stop where the picture is, on the exact frame."""
        if self.mode in (PLAYING, ENDING):
            self._show_exact(self.frame, PAUSED)

    def replay(self) -> None:
        item = self.item
        if item is None or not item.is_clip:
            return
        self._stop_player()
        self._set_mode(PAUSED)
        self.frame = item.first
        self.play()

    def step_back(self) -> None:
        self.step(-1)

    def step_forward(self) -> None:
        self.step(1)

    def step(self, frames: int) -> None:
        """Pause and show the exact frame ``frames`` away, inside the clip."""
        item = self.item
        if item is None or not item.is_clip:
            return
        self._stop_player()
        self._show_exact(max(item.first, min(self.frame + frames, item.last)), PAUSED)

    def slow_motion(self) -> None:
        """1× → ½× → ¼× → 1×; the sound is muted while slowed."""
        position = RATES.index(self.rate) if self.rate in RATES else 0
        self._set_rate(RATES[(position + 1) % len(RATES)])

    def toggle_captions(self) -> None:
        self.set_captions(not self.show_captions)

    def previous_item(self) -> None:
        self.go_to(self.index - 1)

    def next_item(self) -> None:
        self.go_to(self.index + 1)

    def hand_over(self) -> None:
        self.set_handed_over(True)

    def take_back(self) -> None:
        self.set_handed_over(False)

    def end(self) -> None:
        self._stop_player()
        self.end_requested.emit()

    def set_handed_over(self, handed_over: bool) -> None:
        if handed_over != self.handed_over:
            self.handed_over = handed_over
            self.handed_over_changed.emit(handed_over)

    def set_captions(self, visible: bool) -> None:
        if visible != self.show_captions:
            self.show_captions = visible
            self.captions_changed.emit(visible)

    def shutdown(self) -> None:
        self._ending.stop()
        self.player.close()
        self.frames.stop()

    # -- reactions --------------------------------------------------------------------------

    def _on_player_picture(self, image: QImage, seconds: float) -> None:
        item = self.item
        if self.mode != PLAYING or item is None:
            return
        index = item.table.index_at(max(0.0, seconds))
        if index < item.first:
            return  # a picture from before the seek landed
        if index >= item.last:
            self._reach_end(image if index == item.last else None)
            return
        self._set_frame(index)
        self.picture_changed.emit(image, index, False)

    def _on_player_ended(self) -> None:
        if self.mode == PLAYING:
            self._reach_end(None)

    def _reach_end(self, image: QImage | None) -> None:
        """The out frame is due: stop the player, show the out frame for its duration."""
        item = self.item
        assert item is not None
        self.player.pause()
        self._set_frame(item.last)
        self._set_mode(ENDING)
        if image is not None:
            self.picture_changed.emit(image, item.last, False)
        self._request(item.last)
        self._ending.start(max(1, round(1000 * frame_seconds(item.table, item.last)
                                        / self.rate)))

    def _hold(self) -> None:
        item = self.item
        if item is not None and self.mode == ENDING:
            self._show_exact(item.hold, HOLDING)

    def _wants(self, request: FrameRequest) -> bool:
        """True when ``request``'s answer is what should be on screen now."""
        item, wanted = self.item, self._wanted
        return (item is not None and wanted is not None and wanted[0] == item.item_id
                and request.same_frame(wanted[1]) and request.index == self.frame
                and self.mode != PLAYING)

    def _on_exact(self, picture: FramePicture) -> None:
        if not self._wants(picture.request):
            return  # late: another item, recording or frame is on screen now
        self.picture_changed.emit(picture.image, picture.index, True)
        self.note_changed.emit(self.tr("Damaged frame — showing frame {shown}").format(
            shown=picture.shown) if picture.damaged else "")

    def _on_exact_failed(self, request: FrameRequest, message: str) -> None:
        if self._wants(request):
            self.picture_cleared.emit()
            self.note_changed.emit(message)
            self.failed.emit(message)

    def _on_open_failed(self, message: str) -> None:
        self.picture_cleared.emit()
        self.note_changed.emit(message)
        self.failed.emit(message)

    # -- helpers ----------------------------------------------------------------------------

    def _show_exact(self, index: int, mode: str) -> None:
        self._ending.stop()
        if self.mode == PLAYING or self.player.is_playing():
            self.player.pause()
        self._set_mode(mode)
        self._set_frame(index)
        self._request(index)

    def _request(self, index: int) -> None:
        """Ask the frame server for ``index`` at the picture area's size, in proportion."""
        item = self.item
        if item is None:
            return
        size = item.fit(self.picture_size) if self.picture_size else None
        request = self.frames.request(index, size)
        self._wanted = (item.item_id, request) if request is not None else None

    def _stop_player(self) -> None:
        self._ending.stop()
        if self.player.is_playing():
            self.player.pause()
        if self.mode in (PLAYING, ENDING):
            self._set_mode(PAUSED)

    def _set_rate(self, rate: float) -> None:
        self.player.set_rate(rate)
        self.player.set_muted(rate < 1.0)
        if rate != self.rate:
            self.rate = rate
            self.rate_changed.emit(rate)

    def _set_frame(self, index: int) -> None:
        if index != self.frame:
            self.frame = index
        self.frame_changed.emit(index)

    def _set_mode(self, mode: str) -> None:
        if mode != self.mode:
            self.mode = mode
            self.mode_changed.emit(mode)
