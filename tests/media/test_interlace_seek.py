"""Interlaced recordings: frame N is ffmpeg's bwdif frame N however the guider reaches it.

bwdif (send_frame) makes each frame from the frame before, the frame and the frame after.
Reached by seeking (a keyframe, stepping back, a still or a clip), the frame server must give
the same picture as the ffmpeg program deinterlacing the whole stream.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import numpy as np
import pytest

from tests.data import corpus_hdr
from tests.data.corpus_encode import ffmpeg_binary
from tests.data.videos import read_code
from vigeditor.media.frame_server import FrameServer

KINDS = {"avchd_tff": (corpus_hdr.interlaced_tff, "tff", "tt"),
         "dv_bff": (corpus_hdr.dv_interlaced, "bff", "flagged")}


@pytest.fixture(scope="module")
def films(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("interlaced")
    return {kind: make(folder / f"{kind}.{'mts' if 'avchd' in kind else 'avi'}")
            for kind, (make, _parity, _facts) in KINDS.items()}


def _ffmpeg_bwdif(path: Path, parity: str, size: tuple[int, int]) -> np.ndarray:
    """Every frame as the ffmpeg program deinterlaces the stream, at the display size."""
    width, height = size
    raw = subprocess.run(
        [ffmpeg_binary(), "-nostdin", "-v", "error", "-i", str(path), "-vf",
         f"bwdif=mode=send_frame:parity={parity}:deint=all,scale={width}:{height}:"
         "flags=bicubic,format=rgb24", "-fps_mode", "passthrough", "-f", "rawvideo",
         "pipe:1"], capture_output=True, check=True).stdout
    return np.frombuffer(raw, dtype=np.uint8).reshape(-1, height, width, 3)


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_frames_reached_any_way_are_ffmpegs_deinterlaced_frames(
        kind: str, films: dict[str, Path], tmp_path: Path) -> None:
    _make, parity, facts = KINDS[kind]
    with FrameServer.open(films[kind], cache_dir=tmp_path) as opened:
        info, table = opened.info, opened.table
    assert info.interlaced == facts
    reference = _ffmpeg_bwdif(films[kind], parity, (info.display_width, info.display_height))
    assert len(reference) == len(table)
    keyframes = [int(k) for k in table.keyframes]
    after_keys = [k + 1 for k in keyframes if k + 1 < len(table)]
    wanted = [*reversed(keyframes), *after_keys, 20, 19, 18, 0, len(table) - 1]
    with FrameServer(info, table) as server:
        for index in wanted:
            picture = server.serve(index).picture
            difference = np.abs(picture.astype(np.int16) - reference[index]).mean()
            assert difference <= 2, f"{kind}: frame {index} differs by {difference:.2f}"
            assert read_code(picture) == index
