"""Both player backends on a real recording, and the choice between them."""

from __future__ import annotations

import itertools
import statistics
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from tests.ui.test_viewer import image_code
from vigeditor.media.probe import open_recording
from vigeditor.ui.players import factory
from vigeditor.ui.players.base import Player
from vigeditor.ui.players.factory import create_player, fallback_player, vlc_available
from vigeditor.ui.players.qt_player import QtPlayer

HAVE_VLC = vlc_available()
needs_vlc = pytest.mark.skipif(not HAVE_VLC, reason="libvlc (VLC) is not installed here")


class Shown:
    """The pictures a player presented: (frame code, seconds)."""

    def __init__(self, player: Player) -> None:
        self.items: list[tuple[int, float]] = []
        player.frame_shown.connect(self._on_frame)

    def _on_frame(self, image: QImage, seconds: float) -> None:
        self.items.append((image_code(image), seconds))


@pytest.fixture
def qt_player(qtbot: QtBot) -> Iterator[Player]:
    player = create_player("qt")
    yield player
    player.close()


def play_to_end(qtbot: QtBot, player: Player, film: Path, rate: float = 2.0) -> Shown:
    shown = Shown(player)
    player.load(film, (320, 240))
    player.set_rate(rate)
    with qtbot.waitSignal(player.ended, timeout=60000):
        player.play()
    return shown


def check_times(shown: Shown, film: Path, exact: bool) -> None:
    """Order and exactness, not speed: a busy machine makes a player drop pictures, so how
    many arrive is not checked. Each is a whole frame, in order, at a rising time; Qt's times
    are the pictures' own (``exact``), libvlc 3's an estimate from a coarse clock, which a
    stalled picture can outrun, so there the typical picture must be on time."""
    _info, table = open_recording(film)
    codes = [code for code, _seconds in shown.items]
    times = [seconds for _code, seconds in shown.items]
    assert codes and codes == sorted(codes) and codes[-1] < len(table)
    assert all(later >= earlier for earlier, later in itertools.pairwise(times))
    errors = [abs(table.index_at(seconds) - code) for code, seconds in shown.items]
    if exact:
        assert max(errors) == 0, f"a picture's time maps away from it: {errors}"
    else:
        assert statistics.median(errors) <= 2, f"the clock strays from the pictures: {errors}"


def test_qt_player_shows_frames_with_exact_rising_times_and_ends(
        qtbot: QtBot, qt_player: Player, film: Path) -> None:
    assert isinstance(qt_player, QtPlayer)
    shown = play_to_end(qtbot, qt_player, film)
    check_times(shown, film, exact=True)
    assert not qt_player.is_playing()


def test_qt_player_pause_and_seek_report_the_position(qtbot: QtBot, qt_player: Player,
                                                      film: Path) -> None:
    shown = Shown(qt_player)
    qt_player.load(film)
    qt_player.seek(2.0)
    qt_player.play()
    qtbot.waitUntil(lambda: len(shown.items) >= 5, timeout=30000)
    qt_player.pause()
    assert shown.items[0][0] in range(59, 62), "playing starts where it was sent"
    assert qt_player.position() == pytest.approx(shown.items[-1][1])
    count = len(shown.items)
    qtbot.wait(200)
    assert len(shown.items) == count, "no pictures while paused"


def test_rate_is_clamped_and_slow_play_is_silent(qt_player: Player) -> None:
    assert qt_player.set_rate(3) == 2.0
    assert qt_player.set_rate(0) == 0.1 and qt_player.sound_muted()
    assert qt_player.set_rate(0.5) == 0.5 and not qt_player.sound_muted()
    qt_player.set_muted(True)
    assert qt_player.sound_muted() and qt_player.is_muted()


def test_qt_player_says_plainly_when_it_cannot_play(qtbot: QtBot, qt_player: Player,
                                                    tmp_path: Path) -> None:
    junk = tmp_path / "not-a-film.mp4"
    junk.write_bytes(b"this is not a video" * 100)
    with qtbot.waitSignal(qt_player.failed, timeout=10000) as failed:
        qt_player.load(junk)
        qt_player.play()
    assert failed.args[0] and "Traceback" not in failed.args[0]


@needs_vlc
def test_vlc_player_delivers_pictures_in_the_qt_thread(qtbot: QtBot, film: Path) -> None:
    player = create_player("vlc", audio=False)
    try:
        assert player.backend == "vlc"
        shown = play_to_end(qtbot, player, film)
        check_times(shown, film, exact=False)  # libvlc 3's clock is coarse
    finally:
        player.close()


def test_vlc_preference_falls_back_to_qt_without_vlc(monkeypatch: pytest.MonkeyPatch,
                                                     qtbot: QtBot) -> None:
    monkeypatch.setattr(factory, "vlc_available", lambda: False)
    player = create_player("vlc")
    try:
        assert isinstance(player, QtPlayer)
        assert fallback_player(player) is None, "no other backend to retry with"
        assert factory.available_backends() == ["qt"]
    finally:
        player.close()


@needs_vlc
def test_when_one_backend_fails_the_other_is_offered(qtbot: QtBot) -> None:
    qt = create_player("qt")
    other = fallback_player(qt, audio=False)
    try:
        assert other is not None and other.backend == "vlc"
        back = fallback_player(other)
        assert back is not None and back.backend == "qt"
        back.close()
    finally:
        qt.close()
        if other is not None:
            other.close()
