"""Pictures in SDR BT.709 without combing: HDR tone mapping, deinterlacing, YCbCr matrices;
the facts probe reports about them; and the ffmpeg filters that give exports the same frames.

References are the system ffmpeg's own filters (zscale + tonemap, bwdif) on the same frame.
"""

from __future__ import annotations

import os
import subprocess
import threading
from pathlib import Path

import av
import numpy as np
import pytest
from av.video.reformatter import Colorspace

from tests.data import corpus_hdr as corpus
from tests.data.corpus_encode import ffmpeg_binary
from tests.data.videos import read_code
from tests.media.conftest import Sample
from vigeditor.media import probe
from vigeditor.media.info import MediaInfo
from vigeditor.media.pictures import (
    PictureOptions,
    make_picture,
    prepare_pictures,
    set_picture_options,
)
from vigeditor.media.render import render_clip

pytestmark = pytest.mark.skipif(not corpus.system_ffmpeg_can_make_hdr(),
                                reason="the system ffmpeg lacks zscale or libx265")
# ffmpeg's zscale + tonemap conversion of HDR to SDR BT.709 (HDR reference white 203 cd/m²)
ZSCALE_SDR = ("zscale=t=linear:npl=203,format=gbrpf32le,zscale=p=bt709,"
              "tonemap=tonemap=clip:desat=0,zscale=t=bt709,format=rgb24")
BWDIF = "bwdif=mode=send_frame:parity=tff:deint=all"
ORANGE = (230, 120, 30)


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("pictures")
    return {
        "hlg": corpus.hdr_hlg(folder / "iphone-hlg.mov"),
        "pq": corpus.hdr_pq(folder / "hdr10-pq.mp4"),
        "tff": corpus.interlaced_tff(folder / "camcorder.mts"),
        "unflagged": corpus.interlaced_unflagged(folder / "capture.avi"),
    }


def _info(path: Path, tmp_path: Path) -> MediaInfo:
    return probe.probe(path, cache_dir=tmp_path / "tables")


def _frames(path: Path) -> list[av.VideoFrame]:
    with av.open(str(path)) as container:
        return list(container.decode(video=0))


def _mad(first: np.ndarray, second: np.ndarray) -> float:
    """Mean absolute difference of two pictures, in 8-bit levels."""
    return float(np.abs(first.astype(np.int16) - second.astype(np.int16)).mean())


def _comb(picture: np.ndarray) -> float:
    """How combed the moving area is: mean difference of adjacent lines (different fields)
    minus that of lines two apart (same field), in grey levels; about 0 when deinterlaced."""
    height = picture.shape[0]
    top, bottom = (int(height * share) for share in corpus.MOVING_ROWS)
    grey = picture[top + 2 : bottom - 2].astype(np.float32).mean(axis=2)
    return float(np.abs(np.diff(grey, axis=0)).mean() - np.abs(grey[2:] - grey[:-2]).mean())


def _ffmpeg_frame(path: Path, index: int, before: str, after: str = "format=rgb24"
                  ) -> np.ndarray:
    """Frame ``index`` (counted after ``before``) as the system ffmpeg gives it, as RGB."""
    filters = f"{before},select=eq(n\\,{index}),{after}"
    raw = subprocess.run([ffmpeg_binary(), "-nostdin", "-v", "error", "-i", str(path),
                          "-vf", filters, "-fps_mode", "passthrough", "-frames:v", "1",
                          "-f", "rawvideo", "pipe:1"], capture_output=True, check=True).stdout
    with av.open(str(path)) as container:
        stream = container.streams.video[0]
        shape = (stream.codec_context.height, stream.codec_context.width, 3)
    return np.frombuffer(raw, dtype=np.uint8).reshape(shape)


@pytest.mark.parametrize("kind", ["hlg", "pq"])
def test_hdr_is_tone_mapped_to_the_sdr_original(kind: str, files: dict[str, Path],
                                                tmp_path: Path) -> None:
    info = _info(files[kind], tmp_path)
    frames = _frames(files[kind])
    for index in (0, 13, 29):
        picture = make_picture(frames[index], info, None)
        original = corpus.sdr_original(index)
        reference = _ffmpeg_frame(files[kind], index, "null", ZSCALE_SDR)
        naive = frames[index].to_ndarray(format="rgb24")
        assert read_code(picture) == index
        assert _mad(picture, original) <= 25
        assert _mad(picture, reference) <= 12
        assert _mad(naive, original) > max(25.0, 2 * _mad(picture, original)), "washed out"
        white = corpus.patch_centre(4)
        assert picture[white].min() >= 215 > naive[white].max()


def test_hdr_pictures_of_any_size_in_any_thread(files: dict[str, Path], tmp_path: Path) -> None:
    info = _info(files["hlg"], tmp_path)
    prepare_pictures(info)
    maps = Path(os.environ["VIGEDITOR_CACHE_DIR"]) / "colour-maps"
    assert list(maps.glob("arib-std-b67-bt2020-*.npy")), "the colour map is kept for next time"
    frame = _frames(files["hlg"])[7]
    here = make_picture(frame, info, (160, 120))
    found: list[np.ndarray] = []
    worker = threading.Thread(target=lambda: found.append(make_picture(frame, info, (160, 120))))
    worker.start()
    worker.join()
    assert here.shape == (120, 160, 3) and read_code(here) == 7
    assert np.array_equal(found[0], here)


def _export(path: Path, tmp_path: Path) -> tuple[MediaInfo, Path]:
    """The whole recording exported as a clip by the app's renderer."""
    info, table = probe.open_recording(path, cache_dir=tmp_path / "tables")
    clip = tmp_path / "clip.mp4"
    render_clip(path, table, info, 0, len(table) - 1, clip)
    return info, clip


@pytest.mark.parametrize("kind", ["hlg", "pq"])
def test_exported_hdr_is_sdr_tagged_bt709(kind: str, files: dict[str, Path],
                                          tmp_path: Path) -> None:
    info, clip = _export(files[kind], tmp_path)
    exported = _info(clip, tmp_path)
    assert (exported.transfer, exported.primaries, exported.matrix, exported.hdr) == (
        "bt709", "bt709", "bt709", False)
    frames = _frames(clip)
    assert len(frames) == info.frames
    kinds = {str(data.type) for data in frames[0].side_data}
    assert not any("MASTERING" in name or "LIGHT_LEVEL" in name for name in kinds)
    for index in (0, 29):
        picture = make_picture(frames[index], exported, None)
        assert read_code(picture) == index
        assert _mad(picture, corpus.sdr_original(index)) <= 25


def test_interlaced_pictures_show_no_combing(files: dict[str, Path], tmp_path: Path) -> None:
    info = _info(files["tff"], tmp_path)
    frames = _frames(files["tff"])
    for index in range(4, 10):
        previous, following = frames[index - 1], frames[index + 1]
        whole = make_picture(frames[index], info, None, previous=previous, following=following)
        alone = make_picture(frames[index], info, None)
        fields = make_picture(frames[index], info, None, previous=previous, following=following,
                              options=PictureOptions(keep_fields=True))
        raw = frames[index].to_ndarray(format="rgb24")
        assert _comb(raw) > 4 and _comb(fields) > 4, "the corpus must comb undeinterlaced"
        assert abs(_comb(whole)) < 0.5 and abs(_comb(alone)) < 0.5
        assert read_code(whole) == read_code(alone) == read_code(fields) == index


def test_deinterlaced_frames_are_ffmpeg_bwdif_frames(files: dict[str, Path],
                                                     tmp_path: Path) -> None:
    info = _info(files["tff"], tmp_path)
    frames = _frames(files["tff"])
    last = len(frames) - 1

    def picture(index: int) -> np.ndarray:
        return make_picture(frames[index], info, None,
                            previous=frames[index - 1] if index else None,
                            following=frames[index + 1] if index < last else None)

    stepped = [picture(index) for index in range(8, 13)]  # forwards, as the guider steps
    for index in (0, 10, 12, last):
        reference = _ffmpeg_frame(files["tff"], index, BWDIF,
                                  "scale=in_color_matrix=bt709:in_range=limited,format=rgb24")
        assert _mad(picture(index), reference) < 0.5
    assert np.array_equal(picture(10), stepped[2]), "a frame must not depend on the way there"


def test_deinterlaced_export_keeps_every_frame(files: dict[str, Path], tmp_path: Path) -> None:
    info, clip = _export(files["tff"], tmp_path)
    pictures = [frame.to_ndarray(format="rgb24") for frame in _frames(clip)]
    assert [read_code(picture) for picture in pictures] == list(range(info.frames))
    assert max(abs(_comb(picture)) for picture in pictures) < 1


def test_probe_reports_colour_and_fields(files: dict[str, Path], samples: dict[str, Sample],
                                         tmp_path: Path) -> None:
    expected = {  # transfer, primaries, hdr, bit depth, fields
        "hlg": ("arib-std-b67", "bt2020", True, 10, "progressive"),
        "pq": ("smpte2084", "bt2020", True, 10, "progressive"),
        "tff": ("bt709", "bt709", False, 8, "tt"),
        "unflagged": ("unknown", "unknown", False, 8, "bb"),  # found by idet
    }
    paths = {**files, "sdr": samples["cfr-h264-bframes"].path}
    expected["sdr"] = ("unknown", "unknown", False, 8, "progressive")
    for kind, facts in expected.items():
        info = _info(paths[kind], tmp_path)
        assert (info.transfer, info.primaries, info.hdr, info.bit_depth, info.interlaced
                ) == facts, kind
        assert MediaInfo.from_json(info.to_json()) == info


@pytest.mark.parametrize(("matrix", "full_range", "tagged", "size"), [
    ("bt601", False, True, (320, 240)),
    ("bt709", False, True, (320, 240)),
    ("bt709", True, True, (320, 240)),
    ("bt709", False, False, (1280, 720)),  # untagged HD: BT.709, as players guess
    ("bt601", False, False, (320, 240)),  # untagged SD: BT.601
])
def test_a_colour_patch_comes_out_right(matrix: str, full_range: bool, tagged: bool,
                                        size: tuple[int, int], tmp_path: Path) -> None:
    path = corpus.sdr_matrix(tmp_path / "patch.mp4", ORANGE, matrix, full_range=full_range,
                             tagged=tagged, size=size)
    info = _info(path, tmp_path)
    frame = _frames(path)[1]
    picture = make_picture(frame, info, None)
    width, height = size
    centre = (int(height * 0.7), width // 3)
    assert read_code(picture) == 1
    assert np.abs(picture[centre].astype(int) - ORANGE).max() <= 4
    other = Colorspace.ITU601 if matrix == "bt709" else Colorspace.ITU709
    wrong = frame.to_ndarray(format="rgb24", src_colorspace=other)[centre]
    assert np.abs(wrong.astype(int) - ORANGE).max() >= 8, "the test must tell matrices apart"


def test_facts_from_before_picture_facts_still_work(files: dict[str, Path],
                                                    tmp_path: Path) -> None:
    info = _info(files["tff"], tmp_path)
    old = {key: value for key, value in info.to_json().items()
           if key not in ("transfer", "primaries", "matrix", "colour_range", "hdr",
                          "bit_depth", "interlaced")}
    stale = MediaInfo.from_json({**old, "a_fact_from_the_future": 1})
    assert (stale.interlaced, stale.hdr, stale.transfer) == ("unknown", False, "unknown")
    frames = _frames(files["tff"])
    picture = make_picture(frames[5], stale, None, previous=frames[4], following=frames[6])
    assert abs(_comb(picture)) < 0.5, "a frame flagged interlaced is deinterlaced"


def test_the_keep_fields_setting(files: dict[str, Path], tmp_path: Path) -> None:
    info = _info(files["tff"], tmp_path)
    frames = _frames(files["tff"])
    assert abs(_comb(make_picture(frames[5], info, None))) < 0.5  # default: deinterlaced
    set_picture_options(PictureOptions(keep_fields=True))
    try:
        assert _comb(make_picture(frames[5], info, None)) > 4
        _info_again, clip = _export(files["tff"], tmp_path)
        assert max(_comb(frame.to_ndarray(format="rgb24")) for frame in _frames(clip)) > 4
    finally:
        set_picture_options(PictureOptions())
