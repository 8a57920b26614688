"""The frame server returns exactly the frame asked for, proven by each frame's own code."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from tests.data.videos import read_code
from tests.media.conftest import Sample
from vigeditor.media.errors import MediaError
from vigeditor.media.frame_server import FrameServer


@pytest.fixture
def server(sample: Sample, table_cache: Path) -> FrameServer:
    with FrameServer.open(sample.path, cache_dir=table_cache) as opened:
        yield opened


def _shown(server: FrameServer, index: int) -> int:
    return read_code(server.frame(index))


def test_every_frame_forwards(server: FrameServer) -> None:
    assert [_shown(server, index) for index in range(len(server))] == list(range(len(server)))


def test_every_frame_backwards(server: FrameServer) -> None:
    backwards = list(range(len(server) - 1, -1, -1))
    assert [_shown(server, index) for index in backwards] == backwards


def test_random_access(server: FrameServer) -> None:
    order = random.Random(4).choices(range(len(server)), k=60)
    assert [_shown(server, index) for index in order] == order


def test_random_access_with_a_tiny_cache(sample: Sample, table_cache: Path) -> None:
    """With room for one frame every request decodes, and is still exact."""
    with FrameServer.open(sample.path, cache_dir=table_cache, cache_bytes=1) as server:
        order = random.Random(9).choices(range(len(server)), k=40)
        assert [_shown(server, index) for index in order] == order
        assert len(server._cache) <= 1


def test_every_frame_by_time(server: FrameServer) -> None:
    for index in range(len(server)):
        found, picture = server.frame_at(server.table.time(index))
        assert found == index
        assert read_code(picture) == index


def test_pictures_are_upright_and_scaled(server: FrameServer, sample: Sample) -> None:
    spec = sample.spec
    assert server.frame(0).shape == (spec.height, spec.width, 3)
    size = server.size_for_width(spec.width // 2)
    picture = server.frame(len(server) - 1, size=size)
    assert picture.shape == (size[1], size[0], 3)
    assert read_code(picture) == len(server) - 1


def test_stepping_back_inside_a_group_of_pictures_needs_no_decoding(
        samples: dict[str, Sample], table_cache: Path) -> None:
    with FrameServer.open(samples["cfr-h264-bframes"].path, cache_dir=table_cache) as server:
        keyframe = int(server.table.keyframes[2])
        end = server.table.gop_end(keyframe)
        server.frame(end)
        assert all(server.is_cached(index) for index in range(keyframe, end + 1))
        assert [_shown(server, index) for index in range(end, keyframe - 1, -1)] == list(
            range(end, keyframe - 1, -1))


def test_the_cache_stays_within_its_bound(samples: dict[str, Sample], table_cache: Path) -> None:
    path = samples["cfr-h264-bframes"].path
    with FrameServer.open(path, cache_dir=table_cache, cache_bytes=2_000_000) as server:
        for index in range(len(server)):
            server.frame(index)
            assert server.cached_bytes <= 2_000_000
        assert 0 < len(server._cache) < len(server)


def test_thumbnails_come_from_keyframes(server: FrameServer) -> None:
    strip = server.thumbnails(6, 80)
    assert strip and strip[0][0] == 0
    keyframes = set(server.table.keyframes.tolist())
    for index, picture in strip:
        assert index in keyframes
        assert picture.shape[1] == 80
        assert read_code(picture) == index


def test_a_frame_outside_the_recording_is_refused(server: FrameServer) -> None:
    with pytest.raises(MediaError, match="outside this recording"):
        server.frame(len(server))
    with pytest.raises(MediaError, match="outside this recording"):
        server.frame(-1)
    with pytest.raises(MediaError, match="negative"):
        server.frame_at(-0.5)


def test_idle_time_prefetches_the_previous_group_when_stepping_back(
        samples: dict[str, Sample], table_cache: Path) -> None:
    with FrameServer.open(samples["cfr-h264-bframes"].path, cache_dir=table_cache) as server:
        keyframe = int(server.table.keyframes[3])
        previous = int(server.table.keyframes[2])
        server.frame(keyframe + 2)
        server.frame(keyframe + 1)  # stepping backwards, near the start of a group
        assert not server.is_cached(keyframe - 1)
        assert server.idle_work(lambda: False)
        assert all(server.is_cached(index) for index in range(previous, keyframe))
        backwards = list(range(keyframe, previous - 1, -1))
        assert [_shown(server, index) for index in backwards] == backwards
        assert not server.idle_work(lambda: False) or server.is_cached(previous - 1)


def test_prefetching_stops_when_asked(samples: dict[str, Sample], table_cache: Path) -> None:
    with FrameServer.open(samples["cfr-h264-bframes"].path, cache_dir=table_cache) as server:
        keyframe = int(server.table.keyframes[3])
        server.frame(keyframe + 2)
        server.frame(keyframe + 1)
        server.idle_work(lambda: True)
        prefetched = [i for i in range(int(server.table.keyframes[2]), keyframe)
                      if server.is_cached(i)]
        assert len(prefetched) <= 1


def test_no_prefetch_when_stepping_forwards(samples: dict[str, Sample],
                                            table_cache: Path) -> None:
    with FrameServer.open(samples["cfr-h264-bframes"].path, cache_dir=table_cache) as server:
        keyframe = int(server.table.keyframes[3])
        server.frame(keyframe)
        server.frame(keyframe + 1)
        assert not server.idle_work(lambda: False)


def test_prefetching_resumes_where_it_stopped(samples: dict[str, Sample],
                                              table_cache: Path) -> None:
    with FrameServer.open(samples["cfr-h264-bframes"].path, cache_dir=table_cache) as server:
        keyframe = int(server.table.keyframes[3])
        previous = int(server.table.keyframes[2])
        server.frame(keyframe + 2)
        server.frame(keyframe + 1)
        calls = 0
        while not all(server.is_cached(i) for i in range(previous, keyframe)):
            budget = iter([False, False, True])  # two frames per idle moment
            assert server.idle_work(lambda budget=budget: next(budget))
            calls += 1
            assert calls <= (keyframe - previous) // 2 + 3, "prefetch starts over each time"
        assert [_shown(server, i) for i in range(keyframe, previous - 1, -1)] == list(
            range(keyframe, previous - 1, -1))


def test_the_last_frames_cost_no_second_decoding(sample: Sample, table_cache: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """Going forwards to the file's end decodes each packet once: the pictures the decoder
    gives at once when drained at the end are all kept (before, each of the last few frames
    read the whole file again: an export ending at the last frame decoded it 4 times)."""
    from vigeditor.media.decoder import Decoder

    decoded: list[object] = []
    plain = Decoder._decode

    def counted(context: object, packet: object) -> list:
        if packet is not None:
            decoded.append(packet)
        return plain(context, packet)

    monkeypatch.setattr(Decoder, "_decode", staticmethod(counted))
    with FrameServer.open(sample.path, cache_dir=table_cache) as server:
        frames = len(server)
        assert [_shown(server, index) for index in range(frames)] == list(range(frames))
        assert [_shown(server, index) for index in range(frames - 4, frames)] == list(
            range(frames - 4, frames))  # cached, or from a start at their keyframe
    assert len(decoded) <= frames + 2  # a file may hold a packet or two with no picture
