"""The quick first faces pass on keyframes: only keyframes, exact frames, cached, resumed."""

from __future__ import annotations

import json
from fractions import Fraction
from pathlib import Path

import numpy as np
import pytest

from tests.analysis.faces_material import FacesFilm, make_faces_film
from vigeditor.analysis import faces_pass
from vigeditor.analysis.faces import Face, YuNetDetector
from vigeditor.analysis.faces_pass import (
    analyse_faces_keyframes,
    analyse_keyframes_recording,
    best_faces,
    cached_keyframes,
    keyframe_frames,
)
from vigeditor.analysis.faces_run import (
    DEFAULT_WIDTH,
    KEYFRAMES,
    FacesAnalysis,
    analyse_faces,
    cached_faces,
    faces_cache_file,
    faces_cache_key,
)
from vigeditor.analysis.run import AnalysisStopped
from vigeditor.media.frame_server import FrameServer
from vigeditor.media.frame_table import FrameTable
from vigeditor.media.info import MediaInfo
from vigeditor.media.probe import open_recording

Opened = tuple[FacesFilm, MediaInfo, FrameTable]
GOP = 5  # frames (0.2 s at 25 fps): closer than a sample's 0.25 s, so every other is kept


@pytest.fixture(scope="module")
def opened(tmp_path_factory: pytest.TempPathFactory) -> Opened:
    pytest.importorskip("skimage", reason="scikit-image (the dev extra) makes the test film")
    folder = tmp_path_factory.mktemp("faces-keyframes")
    film = make_faces_film(folder / "faces.mp4", gop=GOP, bframes=2)
    info, table = open_recording(film.path, cache_dir=folder / "tables")
    return film, info, table


@pytest.fixture(scope="module")
def first(opened: Opened, tmp_path_factory: pytest.TempPathFactory) -> FacesAnalysis:
    film, info, table = opened
    cache = tmp_path_factory.mktemp("faces-keyframes-cache")
    return analyse_keyframes_recording(film.path, cache, info, table, timeout=120.0)


def _table(keyframes: list[int], frames: int = 200) -> FrameTable:
    """A 25-fps table with these keyframes."""
    return FrameTable(np.arange(frames, dtype=np.int64), np.array(keyframes, np.int64),
                      Fraction(1, 25), 1)


def test_keyframes_closer_than_a_sampling_step_are_skipped_and_gaps_stay() -> None:
    # at 4 a second: 3 (0.12 s after 0) and 11 (0.04 s after 10) are too close
    assert keyframe_frames(_table([0, 3, 10, 11, 17, 150])) == [0, 10, 17, 150]
    assert keyframe_frames(_table([0, 3, 10, 11, 17, 150]), rate=1.0) == [0, 150]


class _Keeping:
    """The real detector, keeping the pictures it is given."""

    name = "yunet"

    def __init__(self) -> None:
        self.inner, self.pictures = YuNetDetector(), []

    def detect(self, picture: np.ndarray) -> list[Face]:
        self.pictures.append(picture)
        return self.inner.detect(picture)


def test_the_first_pass_samples_only_keyframes_and_agrees_with_the_truth(
        opened: Opened, first: FacesAnalysis) -> None:
    film, _info, table = opened
    frames = [sample.frame for sample in first.samples]
    assert first.pass_ == KEYFRAMES and not first.complete
    assert frames == keyframe_frames(table) and len(frames) >= 30
    assert set(frames) <= {int(k) for k in table.keyframes}
    assert all(s.time == pytest.approx(table.time(s.frame), abs=1e-3) for s in first.samples)
    agree = [s.count == film.truth(s.frame)[0] for s in first.samples]
    facing = [s.facing == film.truth(s.frame)[1] for s in first.samples]
    print(f"\nkeyframes pass: {len(frames)} samples; faces-visible agreement "
          f"{sum(agree) / len(agree):.3f}, facing {sum(facing) / len(facing):.3f}")
    assert sum(agree) / len(agree) >= 0.95
    assert {film.truth(frame)[0] for frame in frames} == {0, 1, 2}


def test_each_sample_is_the_picture_of_its_own_frame(opened: Opened, tmp_path: Path) -> None:
    film, info, table = opened
    keeping = _Keeping()
    result = analyse_faces_keyframes(str(film.path), str(tmp_path), info, table,
                                     detector=keeping)
    with FrameServer(info, table) as server:
        size = server.size_for_width(DEFAULT_WIDTH)
        for sample, picture in list(zip(result.samples, keeping.pictures, strict=True))[::7]:
            assert np.array_equal(picture, server.serve(sample.frame, size).picture)


class _Counting:
    name = "yunet"

    def __init__(self) -> None:
        self.inner, self.calls = YuNetDetector(), 0

    def detect(self, picture: np.ndarray) -> list[Face]:
        self.calls += 1
        return self.inner.detect(picture)


def test_a_stopped_first_pass_resumes_and_the_best_analysis_is_chosen(
        opened: Opened, first: FacesAnalysis, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    film, info, table = opened
    asked: list[bool] = []

    def stop() -> bool:  # asked once a sample: stop after the 10th
        asked.append(True)
        return len(asked) >= 10

    with pytest.raises(AnalysisStopped):
        analyse_faces_keyframes(str(film.path), str(tmp_path), info, table, should_stop=stop)
    key = faces_cache_key(film.path, 4.0, DEFAULT_WIDTH, "yunet", KEYFRAMES)
    saved = json.loads(faces_cache_file(tmp_path, key, KEYFRAMES).read_text())
    assert saved["complete"] is False and len(saved["samples"]) == 10
    assert faces_cache_file(tmp_path, key, KEYFRAMES).name.startswith("faces-keyframes-")
    assert cached_keyframes(film.path, tmp_path) is None
    assert best_faces(film.path, tmp_path) is None
    counting = _Counting()
    resumed = analyse_faces_keyframes(str(film.path), str(tmp_path), info, table,
                                      detector=counting)
    assert counting.calls == len(first.samples) - 10 and resumed == first
    monkeypatch.setattr(faces_pass, "run_analysis", None)  # from the cache, not computed
    assert analyse_keyframes_recording(film.path, tmp_path, info, table) == first
    assert best_faces(film.path, tmp_path) == first and cached_faces(film.path, tmp_path) is None
    full = analyse_faces(str(film.path), str(tmp_path), info, table)
    best = best_faces(film.path, tmp_path)
    assert best == full and best is not None and best.pass_ == "full" and best.complete
