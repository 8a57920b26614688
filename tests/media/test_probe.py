"""Probe and frame table: facts of each kind of recording, and plain errors for bad files."""

from __future__ import annotations

from pathlib import Path

import av
import numpy as np
import pytest

from tests.media.conftest import Sample
from vigeditor.media import isolation, probe
from vigeditor.media.errors import MediaError
from vigeditor.media.frame_table import file_identity


def test_probe_finds_the_facts(sample: Sample, tmp_path: Path) -> None:
    info = probe.probe(sample.path, cache_dir=tmp_path)
    spec = sample.spec
    assert info.frames == spec.frames
    assert info.video_codec == sample.codec
    assert info.rotation == spec.rotation_cw
    assert (info.display_width, info.display_height) == (spec.width, spec.height)
    coded = (spec.height, spec.width) if spec.rotation_cw in (90, 270) else (spec.width,
                                                                             spec.height)
    assert (info.width, info.height) == coded
    assert info.vfr == bool(spec.pts_ms)
    assert len(info.audio) == (1 if spec.audio else 0)
    if not spec.pts_ms:
        assert info.fps == pytest.approx(spec.fps, rel=1e-3)
        assert info.duration == pytest.approx(spec.frames / spec.fps, rel=1e-3)


def test_location_and_creation_time_are_reported(samples: dict[str, Sample],
                                                 tmp_path: Path) -> None:
    tagged = probe.probe(samples["h264-with-audio"].path, cache_dir=tmp_path)
    plain = probe.probe(samples["cfr-h264-bframes"].path, cache_dir=tmp_path)
    assert tagged.has_location and not plain.has_location
    assert tagged.creation_time is not None and tagged.creation_time.startswith("2026-05-01")
    assert tagged.audio[0].codec == "aac" and tagged.audio[0].sample_rate == 48000


def test_frame_table_equals_a_full_decode(sample: Sample, tmp_path: Path) -> None:
    _info, table = probe.open_recording(sample.path, cache_dir=tmp_path)
    with av.open(str(sample.path)) as container:
        decoded = [frame.pts for frame in container.decode(video=0)]
    assert table.pts.tolist() == decoded
    assert table.keyframes[0] == 0 and np.all(np.diff(table.keyframes) > 0)


def test_variable_rate_times_follow_the_timestamps(samples: dict[str, Sample],
                                                   tmp_path: Path) -> None:
    sample = samples["vfr-h264"]
    _info, table = probe.open_recording(sample.path, cache_dir=tmp_path)
    assert sample.spec.pts_ms is not None
    for index, stamp in enumerate(sample.spec.pts_ms):
        assert table.time(index) == pytest.approx(stamp / 1000, abs=1e-3)
        assert table.index_at(stamp / 1000) == index
    # halfway between two frames the earlier one is still on screen
    middle = (sample.spec.pts_ms[3] + sample.spec.pts_ms[4]) / 2000
    assert table.index_at(middle) == 3


def test_a_second_open_uses_the_cache(samples: dict[str, Sample], tmp_path: Path,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    path = samples["cfr-h264-bframes"].path
    first_info, first_table = probe.open_recording(path, cache_dir=tmp_path)

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the file was read again although its table was cached")

    monkeypatch.setattr(probe, "run_isolated", refuse)
    info, table = probe.open_recording(path, cache_dir=tmp_path)
    assert info == first_info
    assert table.pts.tolist() == first_table.pts.tolist()
    assert (tmp_path / f"{file_identity(path)}.frames.npz").exists()


def test_a_changed_file_is_read_again(samples: dict[str, Sample], tmp_path: Path) -> None:
    copy = tmp_path / "copy.mp4"
    copy.write_bytes(samples["cfr-h264-bframes"].path.read_bytes())
    assert probe.probe(copy, cache_dir=tmp_path / "cache").frames == 75
    copy.write_bytes(samples["mpeg4-avi"].path.read_bytes())
    assert probe.probe(copy, cache_dir=tmp_path / "cache").frames == 50


@pytest.mark.parametrize("kind, words", [
    ("empty", "is empty"),
    ("text-named-mp4", "not a video file"),
    ("audio-only", "no video"),
    ("truncated", "seems incomplete"),
    ("truncated-faststart", "ends early"),
])
def test_bad_files_give_a_plain_media_error(bad_files: dict[str, Path], kind: str, words: str,
                                            tmp_path: Path) -> None:
    with pytest.raises(MediaError) as caught:
        probe.probe(bad_files[kind], cache_dir=tmp_path)
    message = str(caught.value)
    assert words in message
    assert bad_files[kind].name in message
    assert "Traceback" not in message and "\n" not in message


def test_missing_file_and_folder_are_refused(tmp_path: Path) -> None:
    with pytest.raises(MediaError, match="does not exist"):
        probe.probe(tmp_path / "nowhere.mp4", cache_dir=tmp_path)
    with pytest.raises(MediaError, match="is a folder"):
        probe.probe(tmp_path, cache_dir=tmp_path)


def crash_hard(_path: str) -> None:
    """Stands in for a decoder that crashes the process (run in the child)."""
    import os

    os.abort()


def hang(_path: str) -> None:
    """Stands in for a decoder that never returns (run in the child)."""
    import time

    time.sleep(60)


@pytest.fixture
def worker(monkeypatch: pytest.MonkeyPatch) -> isolation.IsolatedWorker:
    """A child of its own, started where it can import this test module."""
    monkeypatch.setenv("PYTHONPATH", str(Path(__file__).resolve().parents[2]))
    own = isolation.IsolatedWorker()
    yield own
    own.stop()


def test_a_crashing_reader_costs_an_error_not_the_app(worker: isolation.IsolatedWorker,
                                                      samples: dict[str, Sample]) -> None:
    with pytest.raises(MediaError, match="stopped unexpectedly"):
        worker.call(crash_hard, "film.mp4", timeout=30, label="film.mp4")
    # the next job gets a fresh child and works
    path = str(samples["mpeg4-avi"].path)
    info, _table = worker.call(probe.inspect_recording, path, timeout=30, label="x")
    assert info.frames == 50


def test_a_hanging_reader_is_stopped_after_the_timeout(worker: isolation.IsolatedWorker) -> None:
    with pytest.raises(MediaError, match="took longer than 2 seconds"):
        worker.call(hang, "film.mp4", timeout=2, label="film.mp4")
    assert worker.pid is None


def test_one_child_serves_many_files(worker: isolation.IsolatedWorker,
                                     samples: dict[str, Sample]) -> None:
    pids = set()
    for sample in samples.values():
        info, table = worker.call(probe.inspect_recording, str(sample.path), timeout=30,
                                  label=sample.path.name)
        assert len(table) == info.frames == sample.spec.frames
        pids.add(worker.pid)
    assert len(pids) == 1 and None not in pids


def test_frame_zero_is_previewed_upright_without_a_table(sample: Sample, tmp_path: Path) -> None:
    from tests.data.videos import read_code

    picture = probe.preview_first_frame(sample.path, 160)
    assert picture.shape[1] == 160
    expected_h = round(sample.spec.height * 160 / sample.spec.width)
    assert abs(picture.shape[0] - expected_h) <= 1
    assert read_code(picture) == 0
