"""Faster sound at its own pitch: 1.25×, 1.5× and 2× in both players (issue 13, item 5).

The film holds a 440 Hz tone. Played faster without pitch correction it would sound at
440 × rate Hz (880 Hz at 2×); kept, it stays at 440 Hz.

- Configuration, everywhere: Qt's ``pitchCompensation`` is on, libvlc runs with
  ``--audio-time-stretch``, and the sound is not muted at these rates.
- What VLC plays, wherever libvlc is: the real VlcPlayer with libvlc's ``afile`` output, which
  writes what VLC would send to the sound card into a WAV file.
- What Qt plays, where PulseAudio is installed (Debian: pulseaudio, pulseaudio-utils): the real
  QtPlayer in a child process sounds into a private PulseAudio server's null sink, recorded
  with ``parec``. Qt's QAudioBufferOutput cannot stand in: it gets the decoded sound before
  Qt's time stretching.

Each proof has a control with the correction off, which must come out at 880 Hz, so a
measurement that cannot tell the two apart would fail.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import wave
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from pytestqt.qtbot import QtBot

from tests.data.videos import VideoSpec, make_video
from tests.ui.test_players import play_to_end
from vigeditor.media import vlc_engine
from vigeditor.ui.players.base import FAST_RATES
from vigeditor.ui.players.factory import vlc_available
from vigeditor.ui.players.qt_player import QtPlayer

TONE = 440.0  # Hz, the film's sound (tests/data/videos.py)
TOLERANCE = 0.03  # a kept pitch within 3 %; a raised one is 25–100 % off
FILM_SECONDS = 2.0  # the tone film's length at 1×
ROOT = Path(__file__).resolve().parents[2]
needs_vlc = pytest.mark.skipif(not vlc_available(), reason="libvlc (VLC) is not installed here")


@pytest.fixture(scope="module")
def tone_film(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two seconds of pictures and of a 440 Hz tone."""
    folder = tmp_path_factory.mktemp("tone")
    return make_video(folder / "tone.mp4", VideoSpec(frames=60, width=160, height=120,
                                                     gop=30, audio=True))


def pitch_of(path: Path) -> tuple[float, float]:
    """The strongest frequency (Hz) of a 16-bit WAV's sound, and how many seconds of it are
    louder than a whisper (silence before and after playing is left out)."""
    with wave.open(str(path)) as sound:
        rate, channels = sound.getframerate(), sound.getnchannels()
        samples = np.frombuffer(sound.readframes(sound.getnframes()), dtype=np.int16)
    mono = samples.reshape(-1, channels)[:, 0].astype(np.float64)
    loud = np.flatnonzero(np.abs(mono) > 0.05 * 32768)
    if loud.size == 0:
        return 0.0, 0.0
    heard = mono[loud[0]: loud[-1] + 1]
    spectrum = np.abs(np.fft.rfft(heard * np.hanning(heard.size)))
    frequencies = np.fft.rfftfreq(heard.size, 1 / rate)
    return float(frequencies[int(spectrum.argmax())]), heard.size / rate


def assert_pitch(path: Path, expected: float, what: str, at_most: float) -> float:
    """The recording's pitch is ``expected`` Hz and its sound lasts no longer than
    ``at_most`` seconds (so it was played faster); returns how long it lasts."""
    hertz, seconds = pitch_of(path)
    assert seconds >= 0.3, f"{what}: hardly any sound recorded ({seconds:.2f} s)"
    assert seconds <= at_most, f"{what}: {seconds:.2f} s of sound, not faster"
    assert abs(hertz - expected) <= TOLERANCE * expected, f"{what}: {hertz:.1f} Hz"
    return seconds


# -- configuration --------------------------------------------------------------------------


def test_qt_player_asks_qt_to_keep_the_pitch(qtbot: QtBot) -> None:
    player = QtPlayer()
    try:
        qt = player._player
        assert qt.pitchCompensationAvailability() != type(
            qt.pitchCompensationAvailability()).Unavailable, "this Qt cannot keep the pitch"
        for rate in FAST_RATES:
            assert player.set_rate(rate) == rate and qt.playbackRate() == rate
            assert qt.pitchCompensation() and player.pitch_kept()
            assert not player.sound_muted(), f"sound at {rate}×"
    finally:
        player.close()


@needs_vlc
def test_vlc_player_runs_libvlc_with_time_stretch(qtbot: QtBot) -> None:
    from vigeditor.ui.players.vlc_player import VlcPlayer

    assert "--audio-time-stretch" in vlc_engine.AUDIO_ARGS
    assert "--no-audio-time-stretch" not in vlc_engine.AUDIO_ARGS
    heard, silent = VlcPlayer(audio=True), VlcPlayer(audio=False)
    try:
        assert heard.pitch_kept() and not silent.pitch_kept()
        for rate in FAST_RATES:
            assert heard.set_rate(rate) == rate and not heard.sound_muted()
    finally:
        heard.close()
        silent.close()


# -- what VLC plays -------------------------------------------------------------------------


def _vlc_plays(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, film: Path, rate: float,
               wav: Path, *extra: str) -> None:
    """Play ``film`` to its end through a real VlcPlayer whose sound goes into ``wav``."""
    from vigeditor.ui.players.vlc_player import VlcPlayer

    to_file = ("--aout=afile", f"--audiofile-file={wav}", "--audiofile-format=s16")
    monkeypatch.setattr(vlc_engine, "AUDIO_ARGS", vlc_engine.AUDIO_ARGS + to_file + extra)
    player = VlcPlayer(audio=True)
    try:
        assert player.pitch_kept() or extra
        play_to_end(qtbot, player, film, rate)
        assert not player.sound_muted()
    finally:
        player.close()  # libvlc finishes the WAV file when it lets go


@needs_vlc
@pytest.mark.parametrize("rate", FAST_RATES)
def test_vlc_plays_faster_sound_at_its_own_pitch(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
                                                 tmp_path: Path, tone_film: Path,
                                                 rate: float) -> None:
    wav = tmp_path / "vlc.wav"
    _vlc_plays(qtbot, monkeypatch, tone_film, rate, wav)
    seconds = assert_pitch(wav, TONE, f"VLC at {rate}×", at_most=1.1 * FILM_SECONDS / rate)
    assert seconds >= 0.9 * FILM_SECONDS / rate, "all of the sound, only faster"


@needs_vlc
def test_vlc_without_time_stretch_would_raise_the_pitch(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, tone_film: Path) -> None:
    wav = tmp_path / "raw.wav"
    _vlc_plays(qtbot, monkeypatch, tone_film, 2.0, wav, "--no-audio-time-stretch")
    assert_pitch(wav, 2 * TONE, "VLC at 2× without time stretch (the control)",
                 at_most=1.1 * FILM_SECONDS / 2)


# -- what Qt plays --------------------------------------------------------------------------


@pytest.fixture
def sound_server(tmp_path: Path) -> Iterator[dict[str, str]]:
    """A private PulseAudio server with one null sink; the environment that reaches it."""
    if not (shutil.which("pulseaudio") and shutil.which("parec") and shutil.which("pactl")):
        pytest.skip("PulseAudio is not installed here (pulseaudio, pulseaudio-utils)")
    home = tmp_path / "pulse"
    (home / "run").mkdir(parents=True)
    socket = home / "socket"
    env = {**os.environ, "HOME": str(home), "XDG_RUNTIME_DIR": str(home / "run")}
    server = subprocess.Popen(
        ["pulseaudio", "-n", "--daemonize=no", "--exit-idle-time=-1", "--use-pid-file=no",
         "--disable-shm=yes", "-L", f"module-native-protocol-unix socket={socket} "
         "auth-anonymous=1", "-L", "module-null-sink sink_name=capture rate=48000"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    env["PULSE_SERVER"] = f"unix:{socket}"
    try:
        for _attempt in range(100):  # until it answers (or gave up); no time is measured
            if server.poll() is not None:
                pytest.skip("PulseAudio would not start here")
            if subprocess.run(["pactl", "info"], env=env, capture_output=True,
                              timeout=10).returncode == 0:
                break
            subprocess.run(["sleep", "0.1"], check=True)
        else:
            pytest.skip("PulseAudio did not answer")
        yield env
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_qt_plays_faster_sound_at_its_own_pitch(sound_server: dict[str, str], tmp_path: Path,
                                                tone_film: Path) -> None:
    rates = [f"{rate:g}" for rate in FAST_RATES] + ["2-raw"]
    env = {**sound_server, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-m", "tests.ui.pitch_probe", str(tone_film),
                           str(tmp_path), *rates], env=env, cwd=ROOT, capture_output=True,
                          text=True, timeout=300)
    report = done.stdout
    assert done.returncode == 0, report + done.stderr[-2000:]
    assert "Null Output" in report, report
    for rate in FAST_RATES:
        assert f"{rate:g}: ended=True muted=False pitch_kept=True" in report, report
        assert_pitch(tmp_path / f"{rate:g}.wav", TONE, f"Qt at {rate}×",
                     at_most=1.1 * FILM_SECONDS / rate)  # the recording may miss the ends
    assert "2-raw: ended=True muted=False pitch_kept=False" in report, report
    assert_pitch(tmp_path / "2-raw.wav", 2 * TONE, "Qt at 2× without compensation (control)",
                 at_most=1.1 * FILM_SECONDS / 2)
