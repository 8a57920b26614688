"""Play, pause, step and shuttle: the editor state, the frame server and a player in step.

While playing, the player's pictures are shown and ``state.frame`` follows them through the
frame table (``table.index_at(seconds)``, never ``time × fps``). On pause the player pauses,
the state snaps to the frame table index of the player's position and the exact decoded
frame is asked for, so the paused picture is always the frame server's.

Shuttle (the J/K/L of Avid, Premiere and Final Cut): L plays forward at 1×, each further L
faster along ``SHUTTLE`` (1×, 1.25×, 1.5×, 2×: the players' limit is 2×); J the same backwards;
K pauses. The opposite key first slows down one step, and from 1× turns round: J while playing
forward at 1.5× plays at 1.25×, then 1×, then backwards at 1×. K held with L (or J) steps one
frame forward (or back), see ``shuttle_keys``. Neither backend can play backwards, so reverse
steps backwards through exact frames with a timer at the shuttle speed; there is no sound in
reverse. Forward, the sound plays from 0.5× up, its pitch kept by the player at 1.25×–2×.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QImage

from vigeditor.ui.editor.frame_worker import FrameWorker
from vigeditor.ui.editor_state import EditorState
from vigeditor.ui.players.base import MAX_RATE, MIN_RATE, Player, clamp_rate

SPEEDS = (0.1, 0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0)
#: the shuttle's speeds (rates): each further L (or J) goes one step up, the opposite key down
SHUTTLE = tuple(speed for speed in SPEEDS if speed >= 1.0)
PAUSED, PLAYING, REVERSE = "paused", "playing", "reverse"
_MIN_REVERSE_MS = 10


class PlaybackController(QObject):
    """Coordinates ``EditorState``, the ``FrameWorker`` and a ``Player``."""

    picture_changed = Signal(QImage, int)  # a player's picture while playing, its frame
    exact_frame_wanted = Signal()  # show the frame server's picture of ``state.frame``
    mode_changed = Signal(str, float)  # PAUSED | PLAYING | REVERSE, speed
    speed_changed = Signal(float)

    def __init__(self, state: EditorState, frames: FrameWorker, player: Player,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.frames = frames
        self.player: Player = player
        self.speed = 1.0
        self.mode = PAUSED
        self._player_frame: int | None = None  # where the paused player stands, if known
        self._loaded = False  # the player holds the state's recording (not the one before)
        self._reverse = QTimer(self)
        self._reverse.setSingleShot(True)
        self._reverse.timeout.connect(self._reverse_tick)
        self._connect(player)
        state.recording_changed.connect(self._on_recording_changed)
        state.table_changed.connect(self._on_table_changed)

    # -- the player -------------------------------------------------------------------------

    def set_player(self, player: Player) -> None:
        """Use ``player`` from now on (e.g. the other backend after a failure)."""
        self.pause()
        self.player.frame_shown.disconnect(self._on_frame_shown)
        self.player.ended.disconnect(self._on_ended)
        self.player = player
        self._player_frame = None
        self._connect(player)

    def player_loaded(self) -> None:
        """The player has (re)opened the recording and stands at its start."""
        self._player_frame = 0
        self._loaded = True

    def _connect(self, player: Player) -> None:
        player.set_rate(self.speed)
        player.frame_shown.connect(self._on_frame_shown)
        player.ended.connect(self._on_ended)

    # -- the commands the main window binds to keys -----------------------------------------

    def toggle_play(self) -> None:
        """Space: play at the chosen speed, or pause."""
        if self.mode == PAUSED:
            self.play()
        else:
            self.pause()

    def play(self) -> None:
        if self.state.table is None or self.player.path is None or not self._loaded:
            return  # nothing to play yet, or the player still holds the last recording
        self._reverse.stop()
        if self.state.frame >= self.state.frame_count - 1:
            self.state.set_frame(0)  # play from the end starts again
        if self._player_frame != self.state.frame:
            self.player.seek(self.state.time_of(self.state.frame))
        self.player.set_rate(self.speed)
        self.player.play()
        self._player_frame = None
        self.state.set_playing(True)
        self._set_mode(PLAYING)

    def pause(self) -> None:
        """K: stop playing or shuttling, and show the exact frame."""
        self._reverse.stop()
        if self.mode == PLAYING:
            self.player.pause()
            self._snap_to_player()
        self.state.set_playing(False)
        self._set_mode(PAUSED)
        self.exact_frame_wanted.emit()

    def step(self, frames: int) -> None:
        """←/→ (±1) and Shift+←/→ (±10): pause and show that exact frame."""
        if self.mode != PAUSED:
            self.pause()
        self.state.step(frames)
        self.exact_frame_wanted.emit()

    def go_start(self) -> None:
        self.step(-self.state.frame_count)

    def go_end(self) -> None:
        self.step(self.state.frame_count)

    def shuttle_forward(self) -> None:
        """L: play forward at 1×; each further L one shuttle step faster (up to 2×). While
        shuttling backwards, L first slows down one step, and from 1× plays forward."""
        if self.mode == REVERSE:
            if self.speed > SHUTTLE[0]:
                self.set_speed(_shuttle_step(self.speed, -1))
                return
            self.pause()
        elif self.mode == PLAYING:
            self.set_speed(_shuttle_step(self.speed, +1) if self.speed >= 1.0 else 1.0)
            return
        self.set_speed(1.0)
        self.play()

    def shuttle_back(self) -> None:
        """J: step backwards through exact frames at 1×; each further J one shuttle step
        faster (up to 2×). While playing forward, J first slows down one step, and from 1×
        (or slower) turns round to backwards at 1×."""
        if self.mode == REVERSE:
            self.set_speed(_shuttle_step(self.speed, +1) if self.speed >= 1.0 else 1.0)
            return
        if self.mode == PLAYING:
            if self.speed > SHUTTLE[0]:
                self.set_speed(_shuttle_step(self.speed, -1))
                return
            self.pause()
        self.set_speed(1.0)
        self._set_mode(REVERSE)
        self._reverse_tick()

    def slower(self) -> None:
        """[: the next slower speed, down to 0.1×."""
        self.set_speed(_next_speed(self.speed, -1))

    def faster(self) -> None:
        """]: the next faster speed, up to 2×."""
        self.set_speed(_next_speed(self.speed, +1))

    def set_speed(self, speed: float) -> float:
        """Play at ``speed`` (clamped to 0.1–2×) from now on; returns the speed in use."""
        speed = clamp_rate(speed)
        if speed != self.speed:
            self.speed = speed
            self.player.set_rate(speed)
            self.speed_changed.emit(speed)
            self.mode_changed.emit(self.mode, speed)
        return self.speed

    # -- reactions --------------------------------------------------------------------------

    def _on_frame_shown(self, image: QImage, seconds: float) -> None:
        table = self.state.table
        if self.mode != PLAYING or table is None:
            return
        index = table.index_at(max(0.0, seconds))
        self.state.set_frame(index)
        self.picture_changed.emit(image, index)

    def _on_ended(self) -> None:
        if self.mode != PLAYING:
            return
        self._snap_to_player()
        self.state.set_playing(False)
        self._set_mode(PAUSED)
        self.exact_frame_wanted.emit()

    def _on_recording_changed(self, _recording: object) -> None:
        """Another recording: stop at once, without mapping the old one's position."""
        self._reverse.stop()
        if self.mode == PLAYING:
            self.player.pause()
        self._player_frame = None
        self._loaded = False  # until the player has loaded this recording
        self.state.set_playing(False)
        self._set_mode(PAUSED)

    def _on_table_changed(self, _table: object) -> None:
        """The frames were renumbered: the paused player's frame is no longer known."""
        self._player_frame = None

    def _snap_to_player(self) -> None:
        table = self.state.table
        if table is None:
            return
        index = table.index_at(max(0.0, self.player.position()))
        self.state.set_frame(index)
        self._player_frame = index

    def _reverse_tick(self) -> None:
        if self.mode != REVERSE:
            return
        if self.state.frame <= 0:
            self.pause()
            return
        self.state.step(-1)
        self.exact_frame_wanted.emit()
        self._reverse.start(self._reverse_interval_ms())

    def _reverse_interval_ms(self) -> int:
        """How long the current frame stays on screen at the shuttle speed."""
        index = self.state.frame
        duration = self.state.time_of(index + 1) - self.state.time_of(index)
        if duration <= 0:  # the last frame: use the one before it
            duration = self.state.time_of(index) - self.state.time_of(max(0, index - 1))
        return max(_MIN_REVERSE_MS, round(1000 * max(duration, 0.001) / self.speed))

    def _set_mode(self, mode: str) -> None:
        if mode != self.mode:
            self.mode = mode
            self.mode_changed.emit(mode, self.speed)


def _shuttle_step(speed: float, direction: int) -> float:
    """The next shuttle speed above (``direction`` +1) or below (-1) ``speed``, within
    ``SHUTTLE`` (1×–2×)."""
    if direction > 0:
        faster = [value for value in SHUTTLE if value > speed + 1e-9]
        return faster[0] if faster else SHUTTLE[-1]
    slower = [value for value in SHUTTLE if value < speed - 1e-9]
    return slower[-1] if slower else SHUTTLE[0]


def _next_speed(speed: float, direction: int) -> float:
    """The next speed in ``SPEEDS`` above (``direction`` +1) or below (-1) ``speed``."""
    if direction > 0:
        faster = [value for value in SPEEDS if value > speed + 1e-9]
        return faster[0] if faster else MAX_RATE
    slower = [value for value in SPEEDS if value < speed - 1e-9]
    return slower[-1] if slower else MIN_RATE


__all__ = ["PAUSED", "PLAYING", "REVERSE", "SHUTTLE", "SPEEDS", "PlaybackController"]
