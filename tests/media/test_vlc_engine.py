"""libvlc renders a real recording into memory, headless, with times that follow the picture."""

from __future__ import annotations

import itertools
import statistics
import threading
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from tests.data.videos import VideoSpec, make_video, read_code
from vigeditor.media import vlc_engine
from vigeditor.media.probe import open_recording
from vigeditor.media.vlc_engine import VlcEngine, _Clock, vlc_available

WAIT = 60.0  # seconds: generous, every wait is for a condition, never a measure of speed
needs_vlc = pytest.mark.skipif(not vlc_available(),
                               reason="libvlc (VLC) is not installed on this machine")


class Recorder:
    """Collects pictures and events that arrive on VLC's threads."""

    def __init__(self) -> None:
        self.frames: list[tuple[int, float, tuple[int, ...]]] = []
        self.events: list[str] = []
        self.ended = threading.Event()
        self._arrived = threading.Condition()

    def on_frame(self, picture: np.ndarray, seconds: float) -> None:
        code = read_code(picture[..., :3])  # raises on a wrong or half-made picture
        with self._arrived:
            self.frames.append((code, seconds, picture.shape))
            self._arrived.notify_all()

    def on_event(self, kind: str, message: str) -> None:
        self.events.append(kind)
        if kind == "ended":
            self.ended.set()

    def wait_for(self, count: int, timeout: float = WAIT) -> bool:
        """Wait (on a condition, not a clock) until ``count`` pictures have arrived."""
        with self._arrived:
            return self._arrived.wait_for(lambda: len(self.frames) >= count, timeout)


@pytest.fixture(scope="module")
def clip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("vlc")
    return make_video(folder / "clip.mp4", VideoSpec(frames=60, width=320, height=240, gop=15,
                                                     audio=True))


@pytest.fixture
def engine(clip: Path) -> Iterator[tuple[VlcEngine, Recorder]]:
    recorder = Recorder()
    opened = VlcEngine(recorder.on_frame, recorder.on_event)
    opened.load(clip, (320, 240))
    yield opened, recorder
    opened.close()


@needs_vlc
def test_plays_into_memory_in_order_with_rising_times(
        engine: tuple[VlcEngine, Recorder], clip: Path) -> None:
    """Order and exactness, not speed: a loaded machine makes VLC drop (or repeat) pictures,
    so how many arrive is not checked, only that each is a whole frame, in order, at a time
    that follows the picture."""
    player, recorder = engine
    _info, table = open_recording(clip)
    player.play()
    assert recorder.ended.wait(WAIT), "VLC reports the end of the recording"
    codes = [code for code, _seconds, _shape in recorder.frames]
    times = [seconds for _code, seconds, _shape in recorder.frames]
    assert codes and all(shape == (240, 320, 4) for _c, _s, shape in recorder.frames)
    assert codes == sorted(codes) and set(codes) <= set(range(len(table)))
    assert all(later >= earlier for earlier, later in itertools.pairwise(times))
    errors = [table.index_at(seconds) - code for code, seconds, _ in recorder.frames]
    # a stalled picture can be late on a busy machine; the typical one is on time
    assert abs(statistics.median(errors)) <= 2, f"VLC's clock strays from the picture: {errors}"


@needs_vlc
def test_seek_then_play_starts_there_and_pause_holds_the_time(
        engine: tuple[VlcEngine, Recorder], clip: Path) -> None:
    """On pause the time is exactly that of the picture shown last, and stands still (the
    application then shows the decoded frame of that time: tests/ui/test_viewer.py)."""
    player, recorder = engine
    _info, table = open_recording(clip)
    player.seek(1.0)  # before playing: the start time of the media
    player.play()
    assert recorder.wait_for(3), "pictures arrive after the seek"
    player.pause()
    # a picture already on its way is still delivered (and libvlc may show the paused one
    # again): let the next one through, if any comes, before reading the time
    recorder.wait_for(len(recorder.frames) + 1, timeout=0.5)
    first_code = recorder.frames[0][0]
    assert 28 <= first_code <= 31, "playing starts at one second (frame 30)"
    held = player.position()
    assert held == recorder.frames[-1][1], "the time is the last picture's, exactly"
    assert 1.0 <= held <= table.duration
    codes = [code for code, _seconds, _shape in recorder.frames]
    assert codes == sorted(codes)
    recorder.wait_for(len(recorder.frames) + 5, timeout=0.5)
    assert player.position() == held, "the time stands still while paused"
    assert recorder.frames[-1][1] == held, "so does the time of any picture shown again"


def test_clock_runs_on_between_coarse_reports(monkeypatch: pytest.MonkeyPatch) -> None:
    now = [100.0]
    monkeypatch.setattr(vlc_engine.time, "monotonic", lambda: now[0])
    clock = _Clock()
    clock.reset(2.0, stale_ms=3900)  # a jump back from 3.9 s to 2 s
    assert clock.tick(3900) == 2.0, "the old time, reported after the jump, is ignored"
    now[0] += 0.1
    assert clock.tick(0) == pytest.approx(2.1), "so is a report far before the target"
    assert clock.tick(2050) == pytest.approx(2.05 + vlc_engine.REPORT_LAG, abs=0.06)
    now[0] += 0.2
    assert clock.tick(2050) == pytest.approx(2.25 + vlc_engine.REPORT_LAG)
    clock.frozen = True
    now[0] += 1
    assert clock.tick(3000) == pytest.approx(2.25 + vlc_engine.REPORT_LAG)
    clock.rate = 0.5
    clock.resume()
    clock.tick(3000)
    now[0] += 0.2
    assert clock.tick(3000) == pytest.approx(3.0 + vlc_engine.REPORT_LAG + 0.1)


def test_vlc_available_says_no_when_libvlc_is_broken(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken() -> object:
        raise OSError("libvlc.so.5: cannot open shared object file")

    monkeypatch.setattr(vlc_engine, "_import_vlc", broken)
    assert vlc_available() is False
