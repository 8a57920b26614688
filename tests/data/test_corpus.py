"""The conformance corpus: ffmpeg decodes what each generator promises, and each quirk is real."""

from __future__ import annotations

import subprocess
from collections import Counter
from collections.abc import Callable
from fractions import Fraction
from itertools import pairwise

import av
import numpy as np
import pytest

from tests.data.container_bytes import (
    avi_index,
    mp4_boxes,
    mp4_edit_lists,
    ts_packet_size,
    ts_video_pts,
    vop_types,
)
from tests.data.corpus import KINDS, CorpusFile
from tests.data.corpus_encode import ffmpeg_binary
from tests.data.corpus_quirks import QUIRK_KINDS, TS_WRAP
from tests.data.fixtures import corpus, corpus_file  # noqa: F401  (pytest fixtures)
from tests.data.reference import (
    QUIET,
    display_shape,
    ffmpeg_codes,
    ffmpeg_frame,
    ffmpeg_frame_count,
    ffmpeg_frames,
    ffprobe_json,
    ffprobe_packets,
)
from tests.data.videos import read_code


def test_ffmpeg_decodes_the_promised_codes(corpus_file: CorpusFile) -> None:  # noqa: F811
    codes = ffmpeg_codes(corpus_file.path)
    assert codes == corpus_file.codes
    assert len(codes) == corpus_file.frames


def _stream(item: CorpusFile) -> dict:
    return ffprobe_json(item.path, "-select_streams", "v:0", "-show_streams")["streams"][0]


def _times(item: CorpusFile, key: str = "pts") -> list[int]:
    return [int(packet[key]) for packet in ffprobe_packets(item.path) if key in packet]


def _keyframes(item: CorpusFile) -> list[int]:
    return [index for index, packet in enumerate(ffprobe_packets(item.path))
            if "K" in packet["flags"]]


def _box_kinds(item: CorpusFile) -> list[str]:
    return [kind for kind, _ in mp4_boxes(item.path)]


def check_avi_packed_b(item: CorpusFile) -> None:
    assert b"DivX503b1393p" in item.path.read_bytes()
    with av.open(str(item.path)) as container:
        chunks = [bytes(packet) for packet in container.demux(video=0) if packet.size]
    types = [vop_types(chunk) for chunk in chunks]
    packed = [index for index, kinds in enumerate(types) if kinds in ("PB", "IB")]
    assert len(packed) > 20
    assert all(len(chunks[index + 1]) <= 8 for index in packed if index + 1 < len(chunks))
    assert [size for _, _, size in avi_index(item.path)].count(0) == 1
    assert len(chunks) == item.frames


def check_mp4_pts_equals_dts(item: CorpusFile) -> None:
    packets = ffprobe_packets(item.path)
    assert all(packet["pts"] == packet["dts"] for packet in packets)
    assert int(_stream(item)["has_b_frames"]) > 0
    assert "ctts" not in _box_kinds(item)


def check_ts_joined(item: CorpusFile) -> None:
    assert ts_packet_size(item.path.read_bytes()) == 192
    stamps = ts_video_pts(item.path)
    jumps = [index for index in range(1, len(stamps)) if stamps[index - 1] - stamps[index] > 90_000]
    assert jumps == [item.frames // 2]
    assert stamps[jumps[0]] == stamps[0]


def check_ts_wrap(item: CorpusFile) -> None:
    stamps = ts_video_pts(item.path)
    assert TS_WRAP - stamps[0] < 2 * 90_000
    drops = [stamps[index - 1] - stamps[index] for index in range(1, len(stamps))
             if stamps[index - 1] > stamps[index] + 90_000]
    assert len(drops) == 1 and abs(drops[0] - TS_WRAP) < 90_000
    assert max(stamps) < TS_WRAP


def check_dup_pts(item: CorpusFile) -> None:
    repeats = [pts for pts, count in Counter(_times(item)).items() if count > 1]
    assert len(repeats) >= 3


def check_mjpeg_dropped(item: CorpusFile) -> None:
    sizes = [size for _, _, size in avi_index(item.path)]
    assert len(sizes) == 60 and sizes.count(0) == len(item.facts["dropped"])
    dts = _times(item, "dts")
    assert max(later - earlier for earlier, later in pairwise(dts)) == 4
    assert _stream(item)["codec_name"] == "mjpeg"


def check_vfr(item: CorpusFile) -> None:
    pts = sorted(_times(item))
    assert len({later - earlier for earlier, later in pairwise(pts)}) >= 5


def _check_rotation(item: CorpusFile, turn: int) -> None:
    rotations = [data.get("rotation") for data in _stream(item).get("side_data_list", [])]
    assert [(-rotation) % 360 for rotation in rotations if rotation is not None] == [turn]
    # without autorotation the pictures are not upright, so no code can be read
    raw = subprocess.run([ffmpeg_binary(), *QUIET, "-noautorotate", "-i", str(item.path),
                          "-frames:v", "1", "-f", "rawvideo", "-pix_fmt", "rgb24", "pipe:1"],
                         capture_output=True, check=True).stdout
    with pytest.raises(ValueError):  # stored turned: coded 320x240 whatever the rotation
        read_code(np.frombuffer(raw, np.uint8).reshape(240, 320, 3))


def check_anamorphic(item: CorpusFile) -> None:
    assert _stream(item)["sample_aspect_ratio"] == "64:45"
    picture = ffmpeg_frame(item.path, 7)
    assert picture.shape == (576, 1024, 3)
    assert read_code(picture) == 7


def check_mp4_edit_list(item: CorpusFile) -> None:
    assert "ctts" in _box_kinds(item)
    (entries,) = mp4_edit_lists(item.path)
    assert entries[0][1] > 0  # media time: the B-frame delay is cut


def check_bframes_no_edit_list(item: CorpusFile) -> None:
    kinds = _box_kinds(item)
    assert "ctts" in kinds and "elst" not in kinds
    assert min(_times(item)) > 0


def check_open_gop(item: CorpusFile) -> None:
    packets = ffprobe_packets(item.path)
    pts = [int(packet["pts"]) for packet in packets]
    leading = [key for key in _keyframes(item)[1:] if pts[key + 1] < pts[key]]
    assert len(leading) >= 2  # B-frames after a later keyframe are shown before it


def check_gop250(item: CorpusFile) -> None:
    assert _keyframes(item) == [0, 250] and item.frames >= 300


def check_fragmented_mp4(item: CorpusFile) -> None:
    kinds = _box_kinds(item)
    assert kinds.count("moof") >= 4 and "mvex" in kinds


def check_mkv_no_duration(item: CorpusFile) -> None:
    found = ffprobe_json(item.path, "-show_format")["format"]
    assert "duration" not in found and found["format_name"].startswith("matroska")
    assert b"\x1c\x53\xbb\x6b" not in item.path.read_bytes()  # no Cues element


def check_screen_gaps(item: CorpusFile) -> None:
    pts = _times(item)
    assert max(later - earlier for earlier, later in pairwise(pts)) >= 2 * 600
    assert _stream(item)["time_base"] == "1/600"


def check_fps240(item: CorpusFile) -> None:
    assert Fraction(_stream(item)["r_frame_rate"]) == 240


def check_odd_size(item: CorpusFile) -> None:
    stream = _stream(item)
    assert stream["width"] % 2 == 1 and stream["height"] % 2 == 1


def check_vp9_webm(item: CorpusFile) -> None:
    assert _stream(item)["codec_name"] == "vp9"
    with av.open(str(item.path)) as container:
        ends = [bytes(packet)[-1] for packet in container.demux(video=0) if packet.size]
    assert any(end & 0xE0 == 0xC0 for end in ends)  # a superframe index: hidden alt-ref


def check_avi_h264_bframes(item: CorpusFile) -> None:
    assert _stream(item)["codec_name"] == "h264" and int(_stream(item)["has_b_frames"]) > 0
    with av.open(str(item.path)) as container:
        stamps = [packet.pts for packet in container.demux(video=0) if packet.size]
    assert stamps == sorted(stamps), "made-up timestamps increase in decode order"


def check_cut_mid_gop(item: CorpusFile) -> None:
    packets = ffprobe_packets(item.path)
    assert "K" not in packets[0]["flags"] and len(packets) > item.frames


QUIRK_CHECKS: dict[str, Callable[[CorpusFile], None]] = {
    "avi_packed_b": check_avi_packed_b, "mp4_pts_equals_dts": check_mp4_pts_equals_dts,
    "ts_joined": check_ts_joined, "ts_wrap": check_ts_wrap, "dup_pts": check_dup_pts,
    "mjpeg_dropped": check_mjpeg_dropped, "vfr": check_vfr,
    "rot90": lambda item: _check_rotation(item, 90),
    "rot180": lambda item: _check_rotation(item, 180),
    "rot270": lambda item: _check_rotation(item, 270),
    "anamorphic": check_anamorphic, "mp4_edit_list": check_mp4_edit_list,
    "bframes_no_edit_list": check_bframes_no_edit_list, "open_gop": check_open_gop,
    "gop250": check_gop250, "fragmented_mp4": check_fragmented_mp4,
    "mkv_no_duration": check_mkv_no_duration, "screen_gaps": check_screen_gaps,
    "fps240": check_fps240, "odd_size": check_odd_size, "vp9_webm": check_vp9_webm,
    "avi_h264_bframes": check_avi_h264_bframes, "cut_mid_gop": check_cut_mid_gop,
}


def test_every_kind_has_a_quirk_check() -> None:
    assert set(QUIRK_CHECKS) == set(KINDS)
    assert set(QUIRK_KINDS) <= set(KINDS)


def test_the_file_really_has_its_quirk(corpus_file: CorpusFile) -> None:  # noqa: F811
    QUIRK_CHECKS[corpus_file.kind](corpus_file)


def test_each_kind_is_described(corpus_file: CorpusFile) -> None:  # noqa: F811
    assert corpus_file.kind in KINDS and corpus_file.notes
    assert KINDS[corpus_file.kind].__doc__
    assert corpus_file.path.stat().st_size < 400_000


@pytest.mark.parametrize("kind", ["rot90", "ts_joined", "mjpeg_dropped", "avi_packed_b"])
def test_single_frames_match_the_whole_file_run(corpus: dict[str, CorpusFile],  # noqa: F811
                                                kind: str) -> None:
    item = corpus[kind]
    for n in (0, item.frames // 2, item.frames - 1):
        picture = ffmpeg_frame(item.path, n, width=120)
        assert picture.shape[1] == 120 and picture.shape[0] % 2 == 0
        assert read_code(picture) == item.codes[n]
    assert ffmpeg_frame_count(item.path) == item.frames


def test_frame_shape_is_upright_with_square_pixels(corpus: dict[str, CorpusFile]) -> None:  # noqa: F811
    assert display_shape(corpus["rot90"].path).width == 240
    assert ffmpeg_frame(corpus["rot270"].path, 3).shape == (320, 240, 3)
    assert ffmpeg_frame(corpus["odd_size"].path, 0).shape == (239, 321, 3)
    assert ffmpeg_frames(corpus["anamorphic"].path, width=256).shape == (40, 144, 256, 3)
    with pytest.raises(IndexError):
        ffmpeg_frame(corpus["vfr"].path, 10_000)
