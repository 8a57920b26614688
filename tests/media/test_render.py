"""The renderer (issue 6 item 1, issue 9): frame-exact clips and stills, upright, clean of
metadata.

Every exported clip is decoded and its frame codes read back: the clip holds exactly the
frames in … out, whatever the source (B-frames, variable rate, rotated HEVC in MOV, old AVI).
"""

from __future__ import annotations

import errno
import threading
from dataclasses import replace
from pathlib import Path

import av
import cv2
import numpy as np
import pytest

from tests.data.videos import frame_times, read_code, read_codes
from tests.media.conftest import Sample
from vigeditor.media import render
from vigeditor.media.errors import MediaError
from vigeditor.media.frame_server import FrameServer
from vigeditor.media.frame_table import FrameTable
from vigeditor.media.info import MediaInfo
from vigeditor.media.probe import open_recording
from vigeditor.media.render import (
    RenderCancelled,
    clip_output_size,
    count_video_frames,
    render_clip,
    render_still,
)

PERSONAL_KEYS = ("location", "creation_time", "make", "model", "gps", "xyz", "iso6709",
                 "date", "comment", "artist", "title")
#: (sample, in, out): in frames after the first GOP (so ffmpeg seeks) and not keyframes
RANGES = {
    "cfr-h264-bframes": (22, 50),  # gop 15, 3 B-frames
    "vfr-h264": (13, 44),          # gop 10, irregular timestamps
    "hevc-mov-rot90": (17, 35),    # gop 12, shown turned 90° clockwise
    "mpeg4-avi": (14, 37),         # gop 12, AVI
}


def _open(sample: Sample, table_cache: Path) -> tuple[MediaInfo, FrameTable]:
    return open_recording(sample.path, cache_dir=table_cache)


def _no_leftovers(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


@pytest.mark.parametrize("key", sorted(RANGES))
def test_a_clip_holds_exactly_its_frames_upright(key: str, samples: dict[str, Sample],
                                                 table_cache: Path, tmp_path: Path,
                                                 caplog: pytest.LogCaptureFixture) -> None:
    info, table = _open(samples[key], table_cache)
    first, last = RANGES[key]
    assert first not in set(table.keyframes.tolist())
    assert table.keyframe_at_or_before(first) > 0
    with caplog.at_level("WARNING", logger="vigeditor.media"):
        output = render_clip(samples[key].path, table, info, first, last,
                             tmp_path / "clip.mp4").path
    assert not caplog.records  # exact at the first attempt (the seek did not mislead)

    assert output == tmp_path / "clip.mp4"
    assert read_codes(output) == list(range(first, last + 1))  # read_code also checks upright
    with av.open(str(output)) as container:
        stream = container.streams.video[0]
        assert stream.codec_context.name == "h264"
        assert stream.codec_context.pix_fmt == "yuv420p"
        assert (stream.codec_context.width, stream.codec_context.height) == (
            info.display_width, info.display_height)
        assert next(container.decode(stream)).rotation == 0  # no display matrix left
    assert _no_leftovers(tmp_path) == ["clip.mp4"]


def test_variable_rate_timing_is_kept(samples: dict[str, Sample], table_cache: Path,
                                      tmp_path: Path) -> None:
    info, table = _open(samples["vfr-h264"], table_cache)
    first, last = RANGES["vfr-h264"]
    output = render_clip(samples["vfr-h264"].path, table, info, first, last,
                         tmp_path / "vfr.mp4").path
    expected = [table.time(index) - table.time(first) for index in range(first, last + 1)]
    assert frame_times(output) == pytest.approx(expected, abs=0.002)


def test_the_whole_recording_and_single_frames(samples: dict[str, Sample], table_cache: Path,
                                               tmp_path: Path) -> None:
    info, table = _open(samples["cfr-h264-bframes"], table_cache)
    last = len(table) - 1
    whole = render_clip(samples["cfr-h264-bframes"].path, table, info, 0, last,
                        tmp_path / "whole.mp4").path
    assert read_codes(whole) == list(range(len(table)))
    one = render_clip(samples["cfr-h264-bframes"].path, table, info, last, last,
                      tmp_path / "last.mp4").path
    assert read_codes(one) == [last]


def test_metadata_is_stripped_and_sound_kept(samples: dict[str, Sample], table_cache: Path,
                                             tmp_path: Path) -> None:
    sample = samples["h264-with-audio"]
    info, table = _open(sample, table_cache)
    assert info.has_location and info.creation_time  # the source does carry them
    output = render_clip(sample.path, table, info, 10, 30, tmp_path / "clean.mp4").path

    with av.open(str(output)) as container:
        tags = {key.lower(): value for key, value in container.metadata.items()}
        for stream in container.streams:
            tags.update({f"{stream.type}:{key.lower()}": value
                         for key, value in stream.metadata.items()})
        kinds = sorted(stream.type for stream in container.streams)
        audio = container.streams.audio[0]
        audio_seconds = float(audio.duration * audio.time_base)
        assert audio.codec_context.name == "aac"
    assert kinds == ["audio", "video"]  # no data, subtitle or attachment streams
    found = [key for key in tags if any(word in key for word in PERSONAL_KEYS)]
    assert found == [], tags
    assert not any("lavf" in str(value).lower() for value in tags.values())  # bit-exact mux
    assert audio_seconds == pytest.approx(21 / 30, abs=0.05)
    assert b"+52.2053" not in output.read_bytes()
    assert read_codes(output) == list(range(10, 31))


def test_a_source_without_sound_gives_a_clip_without_sound(
        samples: dict[str, Sample], table_cache: Path, tmp_path: Path) -> None:
    info, table = _open(samples["cfr-h264-bframes"], table_cache)
    output = render_clip(samples["cfr-h264-bframes"].path, table, info, 3, 9,
                         tmp_path / "silent.mp4").path
    with av.open(str(output)) as container:
        assert [stream.type for stream in container.streams] == ["video"]


def test_slow_motion_shows_the_same_frames_slower(samples: dict[str, Sample],
                                                  table_cache: Path, tmp_path: Path) -> None:
    sample = samples["h264-with-audio"]
    info, table = _open(sample, table_cache)
    normal = render_clip(sample.path, table, info, 5, 24, tmp_path / "normal.mp4").path
    slow = render_clip(sample.path, table, info, 5, 24, tmp_path / "slow.mp4",
                       slow_motion=0.5).path

    assert read_codes(slow) == read_codes(normal) == list(range(5, 25))
    assert frame_times(slow) == pytest.approx([2 * t for t in frame_times(normal)], abs=0.002)
    with av.open(str(slow)) as container:
        audio = container.streams.audio[0]
        assert float(audio.duration * audio.time_base) == pytest.approx(2 * 20 / 30, abs=0.08)


def test_a_caption_is_burnt_into_the_picture(samples: dict[str, Sample], table_cache: Path,
                                             tmp_path: Path) -> None:
    sample = samples["cfr-h264-bframes"]
    info, table = _open(sample, table_cache)
    plain = render_clip(sample.path, table, info, 20, 25, tmp_path / "plain.mp4").path
    captioned = render_clip(sample.path, table, info, 20, 25, tmp_path / "captioned.mp4",
                            caption="You waited for Robin — ŵ, ë: 100% \"lovely\" {x}").path

    def pictures(path: Path) -> list[np.ndarray]:
        with av.open(str(path)) as container:
            return [frame.to_ndarray(format="rgb24")
                    for frame in container.decode(container.streams.video[0])]

    before, after = pictures(plain), pictures(captioned)
    assert len(before) == len(after) == 6
    height = before[0].shape[0]
    for one, two in zip(before, after, strict=True):
        top = np.abs(one[: height // 2].astype(int) - two[: height // 2].astype(int)).mean()
        bottom = np.abs(one[-height // 8:].astype(int) - two[-height // 8:].astype(int)).mean()
        assert top < 3 and bottom > 20
        patched = two.copy()
        patched[height // 2:] = one[height // 2:]
        assert read_code(patched) == read_code(one)


def test_stills_are_exact_upright_and_plain(samples: dict[str, Sample], table_cache: Path,
                                            tmp_path: Path) -> None:
    sample = samples["hevc-mov-rot90"]
    info, table = _open(sample, table_cache)
    png = render_still(sample.path, table, info, 17, tmp_path / "still.png").path
    jpeg = render_still(sample.path, table, info, 18, tmp_path / "still.jpg").path

    for path, frame in ((png, 17), (jpeg, 18)):
        picture = cv2.cvtColor(cv2.imread(str(path)), cv2.COLOR_BGR2RGB)
        assert picture.shape[:2] == (info.display_height, info.display_width)
        assert read_code(picture) == frame
    data = png.read_bytes()
    assert not any(chunk in data for chunk in (b"tEXt", b"iTXt", b"zTXt", b"eXIf", b"tIME"))
    assert b"Exif" not in jpeg.read_bytes()[:4096]


def test_sizes_fit_a_box_and_never_enlarge() -> None:
    def info(width: int, height: int) -> MediaInfo:
        return MediaInfo(path="x", container="mp4", duration=1.0, video_codec="h264",
                         width=width, height=height, rotation=0, display_width=width,
                         display_height=height, fps=30.0, vfr=False, frames=30)

    assert clip_output_size(info(3840, 2160), "1080p") == (1920, 1080)
    assert clip_output_size(info(3840, 2160), "720p") == (1280, 720)
    assert clip_output_size(info(1080, 1920), "720p") == (720, 1280)
    assert clip_output_size(info(1440, 1080), "720p") == (960, 720)
    assert clip_output_size(info(320, 240), "1080p") == (320, 240)
    assert clip_output_size(info(321, 241), "original") == (322, 242)
    with pytest.raises(MediaError, match="size"):
        clip_output_size(info(320, 240), "4k")


def test_a_smaller_size_is_rendered(samples: dict[str, Sample], table_cache: Path,
                                    tmp_path: Path) -> None:
    sample = samples["cfr-h264-bframes"]
    info, table = _open(sample, table_cache)
    big = replace(info, display_width=2560, display_height=1920)  # pretend: scale 320x240 up
    output = render_clip(sample.path, table, big, 4, 8, tmp_path / "small.mp4", size="720p").path
    with av.open(str(output)) as container:
        context = container.streams.video[0].codec_context
        assert (context.width, context.height) == (960, 720)
    assert read_codes(output) == [4, 5, 6, 7, 8]


def test_cancel_leaves_nothing(samples: dict[str, Sample], table_cache: Path,
                               tmp_path: Path) -> None:
    sample = samples["cfr-h264-bframes"]
    info, table = _open(sample, table_cache)
    cancel = threading.Event()
    seen: list[float] = []

    def stop_at_once(share: float) -> None:
        seen.append(share)
        cancel.set()

    with pytest.raises(RenderCancelled, match="stopped"):
        render_clip(sample.path, table, info, 0, len(table) - 1, tmp_path / "clip.mp4",
                    progress=stop_at_once, cancel=cancel)
    assert seen and _no_leftovers(tmp_path) == []

    with pytest.raises(RenderCancelled):
        render_clip(sample.path, table, info, 0, 5, tmp_path / "clip.mp4", cancel=cancel)
    assert _no_leftovers(tmp_path) == []


def test_progress_reaches_the_end(samples: dict[str, Sample], table_cache: Path,
                                  tmp_path: Path) -> None:
    sample = samples["vfr-h264"]
    info, table = _open(sample, table_cache)
    seen: list[float] = []
    render_clip(sample.path, table, info, 0, 40, tmp_path / "clip.mp4", progress=seen.append)
    assert seen[-1] == 1.0 and seen == sorted(seen)


def test_a_failing_write_leaves_nothing_and_says_so_plainly(
        samples: dict[str, Sample], table_cache: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    sample = samples["cfr-h264-bframes"]
    info, table = _open(sample, table_cache)
    out = tmp_path / "out"
    out.mkdir()
    written: list[int] = []

    def full_disk(container: object, packet: object) -> None:
        if len(written) == 3:  # some packets are on disk, then the disk is full
            raise OSError(errno.ENOSPC, "No space left on device")
        written.append(1)
        real_mux(container, packet)

    real_mux = render.mux
    monkeypatch.setattr(render, "mux", full_disk)
    with pytest.raises(MediaError, match="the disk is full") as raised:
        render_clip(sample.path, table, info, 0, 40, out / "clip.mp4")
    assert "Traceback" not in str(raised.value) and len(written) == 3
    assert _no_leftovers(out) == []

    def broken(container: object, packet: object) -> None:
        raise av.error.InvalidDataError(errno.EINVAL, "Invalid data found")

    monkeypatch.setattr(render, "mux", broken)
    with pytest.raises(MediaError, match="could not make the video"):
        render_clip(sample.path, table, info, 0, 5, out / "clip.mp4")
    assert _no_leftovers(out) == []


def test_mistakes_are_refused_plainly(samples: dict[str, Sample], table_cache: Path,
                                      tmp_path: Path) -> None:
    sample = samples["cfr-h264-bframes"]
    info, table = _open(sample, table_cache)
    with pytest.raises(MediaError, match="cannot be before"):
        render_clip(sample.path, table, info, 9, 3, tmp_path / "a.mp4")
    with pytest.raises(MediaError, match="outside this recording"):
        render_clip(sample.path, table, info, 0, len(table), tmp_path / "a.mp4")
    with pytest.raises(MediaError, match="does not exist"):
        render_clip(sample.path, table, info, 0, 3, tmp_path / "nowhere" / "a.mp4")
    with pytest.raises(MediaError, match=r"\.mp4"):
        render_clip(sample.path, table, info, 0, 3, tmp_path / "a.avi")
    with pytest.raises(MediaError, match="Slow motion"):
        render_clip(sample.path, table, info, 0, 3, tmp_path / "a.mp4", slow_motion=2.0)
    assert _no_leftovers(tmp_path) == []


def test_the_rendered_frame_count_is_checked(samples: dict[str, Sample], table_cache: Path,
                                             tmp_path: Path) -> None:
    sample = samples["cfr-h264-bframes"]
    info, table = _open(sample, table_cache)
    output = render_clip(sample.path, table, info, 2, 11, tmp_path / "clip.mp4").path
    assert count_video_frames(output) == 10
    with FrameServer(info, table) as server:  # the frame server agrees with the clip
        assert read_code(server.frame(2)) == read_codes(output)[0]
