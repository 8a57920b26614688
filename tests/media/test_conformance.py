"""Frame truth on every kind of recording a guider brings (the conformance corpus).

For each kind in ``tests/data/corpus.py`` — files with the quirks of camcorders, phones,
webcams and editing apps, every frame showing its number — the app's frame N must be
ffmpeg's frame N (``select=eq(n\\,N)``): the same count, the same picture (mean absolute
difference ≤ 2 of 255) forwards, backwards and at random, times that never go backwards,
and ``vigeditor check`` must find every frame reachable and exact.
"""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import pytest

from tests.data.corpus import KINDS, CorpusFile
from tests.data.reference import ffmpeg_codes, ffmpeg_frames
from tests.data.videos import read_code
from vigeditor.media.checking import check_recording, verify_recording
from vigeditor.media.frame_server import FrameServer
from vigeditor.media.probe import open_recording

QUIRKS = ("avi_packed_b", "mp4_pts_equals_dts", "ts_joined", "ts_wrap", "dup_pts",
          "mjpeg_dropped", "avi_h264_bframes", "cut_mid_gop")


@pytest.fixture(scope="module")
def references(corpus: dict[str, CorpusFile]) -> dict[str, np.ndarray]:
    """ffmpeg's decode of every frame of every kind, upright and with square pixels."""
    return {kind: ffmpeg_frames(item.path) for kind, item in corpus.items()}


def _orders(count: int) -> dict[str, list[int]]:
    shuffled = list(range(count))
    random.Random(count).shuffle(shuffled)
    return {"forward": list(range(count)), "backward": list(range(count - 1, -1, -1)),
            "random": shuffled}


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_every_frame_is_ffmpegs_frame(kind: str, corpus: dict[str, CorpusFile],
                                      references: dict[str, np.ndarray],
                                      tmp_path: Path) -> None:
    item, reference = corpus[kind], references[kind]
    info, table = open_recording(item.path, cache_dir=tmp_path)
    assert len(table) == len(reference) == item.frames
    assert info.frames == len(table)
    assert (info.display_width, info.display_height) == (reference.shape[2], reference.shape[1])
    for order, indices in _orders(len(table)).items():
        with FrameServer(info, table) as server:
            for index in indices:
                served = server.serve(index)
                assert not served.damaged, f"{kind} {order}: frame {index} damaged"
                difference = np.abs(served.picture.astype(np.int16)
                                    - reference[index].astype(np.int16)).mean()
                assert difference <= 2, f"{kind} {order}: frame {index} differs by {difference}"
                assert read_code(served.picture) == item.codes[index]


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_times_never_go_backwards(kind: str, corpus: dict[str, CorpusFile],
                                  tmp_path: Path) -> None:
    _info, table = open_recording(corpus[kind].path, cache_dir=tmp_path)
    assert np.all(np.diff(table.pts) > 0)
    for index in range(len(table)):
        assert table.index_at(table.time(index)) == index
        assert table.display_duration(index) > 0
    middle = (table.time(len(table) // 2) + table.time(len(table) // 2 + 1)) / 2
    assert table.index_at(middle) == len(table) // 2


@pytest.mark.parametrize("kind", QUIRKS)
def test_quirks_need_no_trust_in_timestamps(kind: str, corpus: dict[str, CorpusFile],
                                            tmp_path: Path) -> None:
    """Where a fast table is used at all, a full decode confirms it; where not, the table
    was built by decoding."""
    _info, table = open_recording(corpus[kind].path, cache_dir=tmp_path)
    if table.method == "packets":
        _info, confirmed = verify_recording(corpus[kind].path, cache_dir=tmp_path)
        assert confirmed.method == "packets" and confirmed.verified
    else:
        assert table.method == "decoded" and table.verified


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_check_finds_every_frame_reachable_and_exact(kind: str,
                                                     corpus: dict[str, CorpusFile]) -> None:
    report = check_recording(corpus[kind].path)
    assert report.frames == corpus[kind].frames
    assert report.ok, report.to_json()


def test_thumbnails_show_their_keyframes(corpus: dict[str, CorpusFile], tmp_path: Path) -> None:
    for kind in QUIRKS:
        item = corpus[kind]
        with FrameServer.open(item.path, cache_dir=tmp_path) as server:
            for index, picture in server.thumbnails(6, 160):
                assert read_code(picture) == item.codes[index], kind


def test_reference_codes_are_the_corpus_codes(corpus: dict[str, CorpusFile]) -> None:
    """The corpus says what ffmpeg shows; if this fails, fix the generator, not the app."""
    for kind in QUIRKS:
        assert ffmpeg_codes(corpus[kind].path) == corpus[kind].codes, kind


def test_a_table_built_by_decoding_reports_progress(corpus: dict[str, CorpusFile],
                                                    tmp_path: Path) -> None:
    """The child process reports how far it has read (the editor shows it)."""
    shares: list[float] = []
    _info, table = open_recording(corpus["avi_packed_b"].path, cache_dir=tmp_path,
                                  progress=shares.append)
    assert table.method == "decoded"
    assert shares and all(0 <= share <= 1 for share in shares)
