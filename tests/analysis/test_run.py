"""The analysis job: progress, stopping, cached stages, resuming, and the isolated child."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.analysis.material import SpeechFilm
from vigeditor.analysis import run
from vigeditor.analysis.run import (
    STAGES,
    AnalysisStopped,
    analyse_recording,
    analyse_sound,
    cache_key,
    cached_analysis,
    stage_file,
)
from vigeditor.media.errors import MediaError


def _fail(*_args: object, **_kwargs: object) -> None:
    raise AssertionError("a stage already done was computed again")


def test_progress_and_cache(speech_film: SpeechFilm, tmp_path: Path,
                            monkeypatch: pytest.MonkeyPatch) -> None:
    progress: list[float] = []
    first = analyse_sound(str(speech_film.path), str(tmp_path), progress=progress.append)
    assert progress == sorted(progress) and progress[-1] == 1.0 and len(progress) > 5
    key = cache_key(speech_film.path, 0.0)
    assert all(stage_file(tmp_path, key, stage).exists() for stage in STAGES)
    monkeypatch.setattr(run, "decode_sound", _fail)
    again = cached_analysis(speech_film.path, tmp_path)
    assert again is not None
    assert (again.speech, again.voices, again.turns) == (first.speech, first.voices,
                                                         first.turns)


def test_resumes_at_the_first_stage_not_done(speech_film: SpeechFilm, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    first = analyse_sound(str(speech_film.path), str(tmp_path))
    key = cache_key(speech_film.path, 0.0)
    stage_file(tmp_path, key, "voices").unlink()
    monkeypatch.setattr(run, "speech_probabilities", _fail)
    monkeypatch.setattr(run, "build_pyramid", _fail)
    resumed = analyse_sound(str(speech_film.path), str(tmp_path))
    assert resumed.voices == first.voices


def test_stop_keeps_the_stages_done(speech_film: SpeechFilm, tmp_path: Path) -> None:
    seen: list[float] = []

    def stop_in_voices() -> bool:
        return bool(seen) and seen[-1] > 0.7

    with pytest.raises(AnalysisStopped):
        analyse_sound(str(speech_film.path), str(tmp_path), progress=seen.append,
                      should_stop=stop_in_voices)
    key = cache_key(speech_film.path, 0.0)
    assert stage_file(tmp_path, key, "speech").exists()
    assert not stage_file(tmp_path, key, "voices").exists()


def test_a_changed_file_is_analysed_again(speech_film: SpeechFilm, tmp_path: Path) -> None:
    copy = shutil.copy(speech_film.path, tmp_path / "copy.mp4")
    before = cache_key(Path(copy), 0.0)
    with open(copy, "ab") as handle:
        handle.write(b"\0" * 16)
    assert cache_key(Path(copy), 0.0) != before
    assert cache_key(Path(copy), 0.5) != cache_key(Path(copy), 0.0)


def test_unreadable_cache_file_is_recomputed(speech_film: SpeechFilm, tmp_path: Path) -> None:
    first = analyse_sound(str(speech_file := speech_film.path), str(tmp_path))
    stage_file(tmp_path, cache_key(speech_file, 0.0), "speech").write_text("{not json")
    assert cached_analysis(speech_file, tmp_path) is None
    assert analyse_sound(str(speech_file), str(tmp_path)).speech == first.speech


def test_in_the_isolated_child(speech_film: SpeechFilm, tmp_path: Path) -> None:
    progress: list[float] = []
    result = analyse_recording(speech_film.path, tmp_path, timeout=60, progress=progress.append)
    assert result.turns and progress and progress[-1] == 1.0
    assert analyse_recording(speech_film.path, tmp_path, timeout=1).turns == result.turns


def test_not_a_recording(tmp_path: Path) -> None:
    junk = tmp_path / "junk.mp4"
    junk.write_bytes(b"this is not a film" * 100)
    with pytest.raises(MediaError):
        analyse_sound(str(junk), str(tmp_path / "cache"))
