"""HDR films (iPhone HLG, HDR10 PQ): every frame, reached any way, is the SDR picture.

Frame N is the N-th decoded picture tone-mapped to SDR BT.709; forwards, backwards and at
random it shows its own number and stays within 25 of 255 of the SDR original it was made
from (the same bar the issue sets).
"""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import pytest

from tests.data import corpus_hdr
from tests.data.videos import read_code
from vigeditor.media.frame_server import FrameServer

pytestmark = pytest.mark.skipif(not corpus_hdr.system_ffmpeg_can_make_hdr(),
                                reason="the system ffmpeg lacks zscale or libx265")


@pytest.fixture(scope="module")
def films(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("hdr")
    return {"hlg": corpus_hdr.hdr_hlg(folder / "iphone-hlg.mov"),
            "pq": corpus_hdr.hdr_pq(folder / "hdr10-pq.mp4")}


@pytest.mark.parametrize("kind", ["hlg", "pq"])
def test_every_hdr_frame_any_way_is_its_sdr_picture(kind: str, films: dict[str, Path],
                                                     tmp_path: Path) -> None:
    with FrameServer.open(films[kind], cache_dir=tmp_path) as opened:
        info, table = opened.info, opened.table
    assert info.hdr and info.frames == len(table) == 30
    shuffled = list(range(len(table)))
    random.Random(5).shuffle(shuffled)
    orders = [list(range(len(table))), list(range(len(table) - 1, -1, -1)), shuffled]
    for order in orders:
        with FrameServer(info, table) as server:
            for index in order:
                picture = server.serve(index).picture
                assert read_code(picture) == index
                original = corpus_hdr.sdr_original(index)
                difference = np.abs(picture.astype(np.int16) - original).mean()
                assert difference <= 25, f"{kind}: frame {index} is {difference:.1f} away"
