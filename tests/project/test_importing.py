"""Import: copy with progress and cancel, verified by SHA-256, recognised when already
imported, linked in place on request; an unreadable file leaves the case unchanged."""

from __future__ import annotations

import hashlib
import itertools
import shutil
import threading
from pathlib import Path

import pytest

from tests.data.videos import VideoSpec, make_audio_only, make_truncated, make_video
from tests.project.helpers import snapshot
from vigeditor.media.errors import MediaError
from vigeditor.project import importing, moments, recordings
from vigeditor.project.case import Case
from vigeditor.project.errors import CaseError, ImportCancelled
from vigeditor.project.events import CaseChanged, Changed
from vigeditor.project.importing import import_recording


@pytest.fixture(scope="module")
def second_video(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_video(tmp_path_factory.mktemp("second") / "review film.mp4",
                      VideoSpec(frames=45, width=160, height=120, fps=25))


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _media_files(case: Case) -> list[str]:
    return sorted(path.name for path in case.media_dir.iterdir())


def test_import_copies_verifies_and_records(case: Case, video: Path) -> None:
    events: list[CaseChanged] = []
    case.changed.connect(events.append)
    seen: list[tuple[int, int]] = []
    result = import_recording(case, video, cycle=2, kind="interaction", title="Bath",
                              progress=lambda done, total: seen.append((done, total)))
    recording = result.recording
    assert not result.already_there
    assert recording.file == f"media/{video.name}" and not recording.linked
    copy = case.folder / recording.file
    assert copy.read_bytes() == video.read_bytes()
    assert recording.sha256 == _sha(video)
    assert (recording.frames, recording.size_bytes) == (60, video.stat().st_size)
    assert recording.info["frames"] == 60 and recording.info["width"] == 160
    assert recording.duration == pytest.approx(2.0)
    assert seen[-1] == (2 * video.stat().st_size, 2 * video.stat().st_size)
    assert all(a[0] <= b[0] for a, b in itertools.pairwise(seen))
    cycle = case.rows("SELECT number FROM cycles WHERE id = ?", [recording.cycle_id])
    assert cycle == [{"number": 2}]
    assert set(events[-1].changes) == {Changed("recording", recording.id, "added"),
                                       Changed("cycle", recording.cycle_id, "added")}
    assert _media_files(case) == [video.name]


def test_the_same_file_is_recognised_not_copied_twice(case: Case, video: Path,
                                                      tmp_path: Path) -> None:
    first = import_recording(case, video).recording
    renamed = shutil.copy(video, tmp_path / "same film, other name.mp4")
    again = import_recording(case, renamed, kind="review")
    assert again.already_there and again.recording == first
    assert len(recordings.list_recordings(case)) == 1
    assert _media_files(case) == [video.name]
    linked = import_recording(case, video, link=True)
    assert linked.already_there and linked.recording == first


def test_same_names_get_numbered(case: Case, video: Path, second_video: Path,
                                 tmp_path: Path) -> None:
    import_recording(case, video)
    other = tmp_path / video.name
    shutil.copy(second_video, other)
    result = import_recording(case, other)
    assert result.recording.file == "media/family-film (2).mp4"


def test_link_refers_to_the_file_in_place(case: Case, second_video: Path) -> None:
    result = import_recording(case, second_video, link=True, kind="review")
    recording = result.recording
    assert recording.linked and recording.kind == "review"
    assert Path(recording.file) == second_video.resolve()
    assert _media_files(case) == []
    moment = moments.add_moment(case, recording.id, 44)
    assert moment.time == pytest.approx(44 / 25)


@pytest.mark.parametrize("how", ["event", "callable"])
def test_cancel_stops_the_import_and_leaves_the_case(case: Case, video: Path,
                                                     monkeypatch: pytest.MonkeyPatch,
                                                     how: str) -> None:
    monkeypatch.setattr(importing, "CHUNK", 1024)
    before = snapshot(case)
    stop = threading.Event()

    def progress(done: int, _total: int) -> None:
        if done >= 3 * 1024:
            stop.set()

    cancel = stop if how == "event" else stop.is_set
    with pytest.raises(ImportCancelled, match="was stopped"):
        import_recording(case, video, progress=progress, cancel=cancel)
    assert snapshot(case) == before
    assert _media_files(case) == []


@pytest.mark.parametrize("kind", ["text", "audio-only", "truncated", "empty"])
def test_an_unreadable_file_is_refused_and_the_case_unchanged(case: Case, video: Path,
                                                              tmp_path: Path,
                                                              kind: str) -> None:
    bad = tmp_path / f"bad-{kind}.mp4"
    if kind == "text":
        bad.write_text("not a video\n" * 100)
    elif kind == "audio-only":
        make_audio_only(bad)
    elif kind == "truncated":
        make_truncated(video, bad, keep=0.4)
    else:
        bad.write_bytes(b"")
    before = snapshot(case)
    with pytest.raises((MediaError, CaseError)) as caught:
        import_recording(case, bad)
    assert str(caught.value) and "Traceback" not in str(caught.value)
    assert snapshot(case) == before
    assert _media_files(case) == []
    with pytest.raises((MediaError, CaseError)):
        import_recording(case, bad, link=True)
    assert snapshot(case) == before


def test_a_copy_that_does_not_match_is_refused(case: Case, video: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """The read-back of the copy is compared with the hash of what was read from the source."""
    real_copy = importing._copy

    def copy_then_damage(job: importing._Job, temp: Path) -> str:
        digest = real_copy(job, temp)
        data = bytearray(temp.read_bytes())
        data[len(data) // 2] ^= 0xFF  # a bit flipped on the way to the disk
        temp.write_bytes(bytes(data))
        return digest

    monkeypatch.setattr(importing, "_copy", copy_then_damage)
    before = snapshot(case)
    with pytest.raises(CaseError, match="does not match the original"):
        import_recording(case, video)
    assert snapshot(case) == before
    assert _media_files(case) == []


def test_missing_file_and_bad_options_are_refused(case: Case, video: Path,
                                                  tmp_path: Path) -> None:
    with pytest.raises(CaseError, match="not a file"):
        import_recording(case, tmp_path / "nowhere.mp4")
    with pytest.raises(CaseError, match="must be one of"):
        import_recording(case, video, kind="holiday")
    with pytest.raises(CaseError, match="from 1 to 999"):
        import_recording(case, video, cycle=0)
    assert recordings.list_recordings(case) == []


def test_an_import_is_undoable(case: Case, video: Path) -> None:
    before = snapshot(case)
    result = import_recording(case, video, cycle=1)
    after = snapshot(case)
    case.history.undo()
    assert snapshot(case) == before
    assert (case.folder / result.recording.file).exists()  # kept, so redo can restore it
    assert recordings.unreferenced_media(case) == [result.recording.file]
    case.history.redo()
    assert snapshot(case) == after
    assert recordings.unreferenced_media(case) == []


def test_a_moved_linked_file_is_reported_plainly(case: Case, second_video: Path,
                                                 tmp_path: Path) -> None:
    moved = shutil.copy(second_video, tmp_path / "to-move.mp4")
    recording = import_recording(case, moved, link=True).recording
    Path(moved).unlink()
    case.close()
    with Case.open(case.folder) as reopened, pytest.raises(CaseError, match="is missing"):
        moments.add_moment(reopened, recording.id, 3)


def test_an_import_in_a_worker_thread_while_the_guider_keeps_tagging(
        case_with_recording: Case, second_video: Path) -> None:
    """DESIGN.md §3: imports run in workers; the case is used from both threads at once."""
    case = case_with_recording
    outcome: list[object] = []

    def work() -> None:
        try:
            outcome.append(import_recording(case, second_video, cycle=2))
        except BaseException as error:  # reported to the test below
            outcome.append(error)

    worker = threading.Thread(target=work)
    worker.start()
    tagged = [moments.add_moment(case, 1, frame).id for frame in range(0, 60, 2)]
    worker.join(timeout=60)
    assert len(outcome) == 1 and isinstance(outcome[0], importing.Imported), outcome
    assert [m.id for m in moments.list_moments(case, 1)] == tagged
    assert [r.original_name for r in recordings.list_recordings(case)] == [
        "family-film.mp4", "review film.mp4"]
    assert case.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_recording_whose_timestamps_lie_is_indexed_by_decoding(case: Case,
                                                                 corpus: dict) -> None:
    """Packed B-frames (an Xvid camcorder): the table is built by decoding, with progress,
    and the case records ffmpeg's own frame count."""
    from tests.data.reference import ffmpeg_frame_count

    item = corpus["avi_packed_b"]
    reports: list[tuple[int, int]] = []
    imported = import_recording(case, item.path, progress=lambda done, total:
                                reports.append((done, total)))
    assert imported.recording.frames == ffmpeg_frame_count(item.path) == item.frames
    assert reports and all(0 <= done <= total for done, total in reports)
