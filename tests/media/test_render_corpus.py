"""Issue 9: a clip from every kind of recording holds exactly frames in … out.

The conformance corpus (``tests/data/corpus.py``) has the files whose timestamps lie (packed
B-frames in AVI, MP4 with pts = dts, joined camcorder files, MPEG-TS clock wraps, duplicate
timestamps, webcam MJPEG with dropped frames) and the ordinary kinds. For each, a clip from a
quarter to three quarters of the way through is exported and decoded by ffmpeg: it must hold
out − in + 1 pictures showing the codes ffmpeg's own decode of the source shows for frames
in … out, and a still of frame ``in`` must show the same code as the clip's first picture.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import cv2

from tests.data.corpus import CorpusFile
from tests.data.videos import read_code
from tests.media.test_render_sync import decoded_codes, frame_times
from vigeditor.media.probe import open_recording
from vigeditor.media.render import render_clip, render_still


def test_a_clip_of_every_kind_holds_ffmpegs_frames(corpus_file: CorpusFile,
                                                   tmp_path: Path) -> None:
    item = corpus_file
    info, table = open_recording(item.path, cache_dir=tmp_path / "tables")
    first, last = item.frames // 4, max(item.frames // 4, 3 * item.frames // 4)
    result = render_clip(item.path, table, info, first, last, tmp_path / "clip.mp4")

    assert result.substituted == ()
    codes = decoded_codes(result.path)
    assert len(codes) == last - first + 1
    assert item.codes is not None
    assert codes == item.codes[first:last + 1]
    times = [start for start, _duration in frame_times(result.path)]
    assert all(later > earlier for earlier, later in itertools.pairwise(times))

    still = render_still(item.path, table, info, first, tmp_path / "still.png").path
    picture = cv2.cvtColor(cv2.imread(str(still)), cv2.COLOR_BGR2RGB)
    assert read_code(picture) == codes[0]
