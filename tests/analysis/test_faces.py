"""The faces analysis measured against a film of real face photographs with known truth."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import cv2
import numpy as np
import pytest

from tests.analysis.faces_material import FacesFilm, make_faces_film
from vigeditor.analysis import faces_run
from vigeditor.analysis.faces import Face, YuNetDetector, facing_each_other
from vigeditor.analysis.faces_run import (
    FacesAnalysis,
    analyse_faces,
    analyse_faces_recording,
    cached_faces,
    faces_cache_file,
    faces_cache_key,
    sample_frames,
)
from vigeditor.analysis.run import AnalysisStopped
from vigeditor.analysis.yunet_onnx import default_detector
from vigeditor.media.errors import MediaError
from vigeditor.media.frame_table import FrameTable
from vigeditor.media.info import MediaInfo
from vigeditor.media.probe import open_recording

Opened = tuple[FacesFilm, MediaInfo, FrameTable]


@pytest.fixture(scope="module")
def opened(tmp_path_factory: pytest.TempPathFactory) -> Opened:
    pytest.importorskip("skimage", reason="scikit-image (the dev extra) makes the test film")
    folder = tmp_path_factory.mktemp("faces")
    film = make_faces_film(folder / "faces.mp4")
    info, table = open_recording(film.path, cache_dir=folder / "tables")
    return film, info, table


@pytest.fixture(scope="module")
def analysed(opened: Opened, tmp_path_factory: pytest.TempPathFactory) -> FacesAnalysis:
    film, info, table = opened
    cache = tmp_path_factory.mktemp("faces-cache")
    return analyse_faces_recording(film.path, cache, info, table, timeout=120.0)


def _agreement(film: FacesFilm, result: FacesAnalysis) -> tuple[float, float]:
    counts = [sample.count == film.truth(sample.frame)[0] for sample in result.samples]
    facing = [sample.facing == film.truth(sample.frame)[1] for sample in result.samples]
    return sum(counts) / len(counts), sum(facing) / len(facing)


def test_faces_visible_and_facing_agree_with_the_truth(opened: Opened,
                                                       analysed: FacesAnalysis) -> None:
    film, _info, table = opened
    count, facing = _agreement(film, analysed)
    print(f"\nfaces: {len(analysed.samples)} samples by {analysed.detector} at "
          f"{analysed.width} px: faces-visible agreement {count:.3f}, facing {facing:.3f}")
    assert count >= 0.95
    assert facing >= 0.9
    assert [sample.frame for sample in analysed.samples] == sample_frames(table)
    assert {film.truth(s.frame)[0] for s in analysed.samples} == {0, 1, 2}


def test_samples_are_frames_of_the_table_four_a_second(opened: Opened,
                                                       analysed: FacesAnalysis) -> None:
    _film, _info, table = opened
    assert analysed.rate == 4.0
    assert len(analysed.samples) == int(table.duration * 4)
    for step, sample in enumerate(analysed.samples):
        assert sample.frame == table.index_at(step / 4)
        assert sample.time == pytest.approx(table.time(sample.frame), abs=1e-3)


def test_boxes_are_in_display_pixels_round_the_pasted_heads(opened: Opened,
                                                            analysed: FacesAnalysis) -> None:
    _film, info, _table = opened
    two = [s for s in analysed.samples if s.count == 2]
    assert two
    for sample in two:
        left, right = sample.faces
        assert left.box[0] + left.box[2] < info.display_width / 2 < right.box[0]
        for face in sample.faces:
            x, y, w, h = face.box
            assert x >= 0 and x + w <= info.display_width and y >= 0
            assert y + h <= info.display_height and 30 < h < 200


def test_a_second_run_comes_from_the_cache(opened: Opened, analysed: FacesAnalysis,
                                           tmp_path: Path) -> None:
    film, info, table = opened
    first = analyse_faces(str(film.path), str(tmp_path), info, table)
    assert first.samples == analysed.samples
    assert cached_faces(film.path, tmp_path) == first
    again = analyse_faces_recording(film.path, tmp_path, info, table, timeout=5.0)
    assert again == first


class _Counting:
    """The real detector, counting the pictures it is given."""

    def __init__(self) -> None:
        self.inner, self.calls, self.name = YuNetDetector(), 0, "yunet"

    def detect(self, picture: np.ndarray) -> list[Face]:
        self.calls += 1
        return self.inner.detect(picture)


def test_a_stopped_job_resumes_after_its_last_saved_sample(opened: Opened,
                                                           analysed: FacesAnalysis,
                                                           tmp_path: Path) -> None:
    film, info, table = opened
    seen: list[float] = []
    asked: list[bool] = []

    def stop() -> bool:  # asked once a sample: stop after the 30th
        asked.append(True)
        return len(asked) >= 30

    with pytest.raises(AnalysisStopped):
        analyse_faces(str(film.path), str(tmp_path), info, table, progress=seen.append,
                      should_stop=stop)
    key = faces_cache_key(film.path, 4.0, faces_run.DEFAULT_WIDTH, "yunet")
    saved = json.loads(faces_cache_file(tmp_path, key).read_text())
    assert saved["complete"] is False and len(saved["samples"]) == 30
    assert cached_faces(film.path, tmp_path) is None
    counting = _Counting()
    resumed = analyse_faces(str(film.path), str(tmp_path), info, table, detector=counting)
    assert counting.calls == len(analysed.samples) - 30
    assert resumed.samples == analysed.samples
    assert seen == sorted(seen) and 0 < seen[0] < seen[-1] < 1 and len(seen) == 7


def test_an_unreadable_cache_file_is_computed_again(opened: Opened, analysed: FacesAnalysis,
                                                    tmp_path: Path) -> None:
    film, info, table = opened
    key = faces_cache_key(film.path, 4.0, faces_run.DEFAULT_WIDTH, "yunet")
    faces_cache_file(tmp_path, key).write_text("{not json")
    assert analyse_faces(str(film.path), str(tmp_path), info, table) == analysed


def test_which_way_a_photographed_face_is_turned() -> None:
    data = pytest.importorskip("skimage.data")
    cameraman = cv2.cvtColor(data.camera(), cv2.COLOR_GRAY2RGB)
    astronaut = data.astronaut()
    detector = default_detector()
    [turned_right] = detector.detect(cameraman)
    [turned_left] = detector.detect(np.ascontiguousarray(cameraman[:, ::-1]))
    [front] = detector.detect(astronaut)
    assert turned_right.turned == "right" and turned_right.yaw is not None
    assert turned_left.turned == "left" and turned_left.yaw is not None
    assert turned_left.yaw == pytest.approx(-turned_right.yaw, abs=0.15)
    assert front.turned == "front" and front.score > 0.8


def _face(x: int, turned: str) -> Face:
    return Face((x, 10, 40, 50), 0.9, None, turned)


def test_facing_each_other_needs_the_left_face_turned_right_and_the_right_one_left() -> None:
    assert facing_each_other([_face(0, "right"), _face(200, "left")])
    assert facing_each_other([_face(200, "left"), _face(0, "right")])  # any order given
    assert facing_each_other([_face(0, "right"), _face(100, "front"), _face(200, "left")])
    assert not facing_each_other([_face(0, "left"), _face(200, "right")])
    assert not facing_each_other([_face(0, "right"), _face(200, "right")])
    assert not facing_each_other([_face(0, "front"), _face(200, "left")])
    assert not facing_each_other([_face(0, "right")])
    assert not facing_each_other([])


def test_a_missing_model_is_a_plain_error(tmp_path: Path) -> None:
    with pytest.raises(MediaError, match="missing"):
        YuNetDetector(tmp_path / "absent.onnx")
    broken = tmp_path / "broken.onnx"
    broken.write_bytes(b"<!DOCTYPE html>")
    with pytest.raises(MediaError, match="cannot be read"):
        YuNetDetector(broken)


def _damaged(table: FrameTable, index: int) -> FrameTable:
    """``table`` with frame ``index`` named by a tag no decoded picture carries (as a
    corrupt packet does): the real frame server on the real file cannot produce it."""
    tags = getattr(table, "tags", None)
    if tags is not None:
        changed = np.array(tags, copy=True)
        changed[index] = int(changed.max()) + 1_000_003
        return dataclasses.replace(table, tags=changed)
    pts = np.array(table.pts, copy=True)
    pts[index] += 1
    return dataclasses.replace(table, pts=pts)


def test_a_damaged_sampled_frame_is_marked_and_shows_the_picture_before(
        opened: Opened, analysed: FacesAnalysis, tmp_path: Path) -> None:
    film, info, table = opened
    facing = [n for n, s in enumerate(analysed.samples) if s.facing]
    position = facing[len(facing) // 2]  # mid-stretch: the picture before faces each other too
    sample = analysed.samples[position]
    result = analyse_faces(str(film.path), str(tmp_path), info,
                           _damaged(table, sample.frame))
    marked = result.samples[position]
    assert marked.damaged and marked.frame == sample.frame
    assert (marked.count, marked.facing) == (2, True)
    assert sum(s.damaged for s in result.samples) == 1
