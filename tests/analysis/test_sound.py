"""Decoding a recording's sound for analysis: length, placement by timestamps, no sound."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from tests.analysis.material import SpeechFilm
from tests.data.corpus_audio import LATE_START, make_audio_late
from tests.data.videos import VideoSpec, make_video
from vigeditor.analysis.sound import ANALYSIS_RATE, decode_sound
from vigeditor.media.probe import open_recording


def test_length_and_rate(speech_film: SpeechFilm) -> None:
    progress: list[float] = []
    sound = decode_sound(speech_film.path, progress=progress.append)
    assert sound.rate == ANALYSIS_RATE and sound.samples.dtype == np.float32
    assert sound.seconds == pytest.approx(speech_film.seconds, abs=0.05)
    assert progress and progress == sorted(progress) and progress[-1] > 0.95


def test_late_sound_keeps_its_place(tmp_path: Path) -> None:
    """Sound that starts 0.5 s after the first picture starts 0.5 s into the timeline."""
    recording = make_audio_late(tmp_path / "late.mp4")
    _info, table = open_recording(recording.path, cache_dir=tmp_path / "cache")
    sound = decode_sound(recording.path, table.source_time(0))
    rate = sound.rate
    assert np.abs(sound.samples[: int((LATE_START - 0.05) * rate)]).max() < 1e-3
    assert np.abs(sound.samples[int((LATE_START + 0.02) * rate):int(1.0 * rate)]).max() > 0.01


def test_no_sound(tmp_path: Path) -> None:
    silent = make_video(tmp_path / "silent.mp4", VideoSpec(frames=10))
    assert decode_sound(silent).seconds == 0
