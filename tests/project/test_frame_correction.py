"""A recording whose table a full decode corrected keeps what the guider chose.

The packets of a damaged film claim a picture the decoder cannot make, so the fast table has
one frame too many after it. When the background check replaces the table, the case adopts
the decoder's count, and every moment, clip and still moves to the frame showing the same
picture; the case still opens afterwards.
"""

from __future__ import annotations

from pathlib import Path

from tests.data.corpus_damaged import make_damaged
from tests.data.reference import ffmpeg_frame_count
from tests.data.videos import read_code
from vigeditor.media.checking import verify_recording
from vigeditor.media.frame_server import FrameServer
from vigeditor.project import recordings
from vigeditor.project.case import Case
from vigeditor.project.clips import add_clip
from vigeditor.project.importing import import_recording
from vigeditor.project.moments import add_moment
from vigeditor.project.stills import add_still


def _code(case: Case, recording_id: int, frame: int) -> int:
    table = case.frame_table(recording_id)
    info, _table = verify_recording(case.recording_path(
        case.row("recordings", recording_id)), cache_dir=case.frame_table_dir)
    with FrameServer(info, table) as server:
        return read_code(server.serve(frame).picture)


def test_positions_follow_their_pictures(case: Case, tmp_path: Path) -> None:
    film, bad = make_damaged(tmp_path)
    recording = import_recording(case, film).recording
    old = case.frame_table(recording.id)
    assert old.method == "packets" and len(old) == recording.frames
    with FrameServer.open(case.recording_path(case.row("recordings", recording.id)),
                          cache_dir=case.frame_table_dir) as server:
        before = {frame: read_code(server.serve(frame).picture) for frame in (5, bad + 6, 38)}
    moment = add_moment(case, recording.id, 5)
    still = add_still(case, recording.id, bad + 6, caption="A smile")
    clip = add_clip(case, recording.id, bad + 6, 38)

    _info, new = verify_recording(film, cache_dir=case.frame_table_dir)
    assert new.method == "decoded" and len(new) == ffmpeg_frame_count(film) < len(old)
    moved = recordings.correct_frame_numbering(case, recording.id, old, new)

    assert moved >= 3
    assert recordings.get_recording(case, recording.id).frames == len(new)
    assert case.frame_table(recording.id).method == "decoded"  # the case opens its table
    rows = {name: case.row(name, item.id) for name, item in
            (("moments", moment), ("stills", still), ("clips", clip))}
    assert rows["moments"]["frame"] == 5
    assert _code(case, recording.id, rows["stills"]["frame"]) == before[bad + 6]
    assert _code(case, recording.id, rows["clips"]["in_frame"]) == before[bad + 6]
    assert _code(case, recording.id, rows["clips"]["out_frame"]) == before[38]
    assert rows["stills"]["time"] == new.time(rows["stills"]["frame"])
