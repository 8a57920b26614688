"""Nothing lost, proven (issue 3, item 8): writers killed with SIGKILL at random moments
lose nothing they acknowledged; an import killed mid-copy leaves no referenced partial
file; a full disk during import gives a plain error and an unchanged case."""

from __future__ import annotations

import os
import random
import resource
import signal
import subprocess
import sys
import textwrap
import time
import traceback
from pathlib import Path

import pytest

from tests.data.videos import VideoSpec, make_video
from tests.project.helpers import snapshot
from vigeditor.project import cycles, moments, people, reviews
from vigeditor.project.case import Case

pytestmark = pytest.mark.skipif(os.name != "posix", reason="needs fork, SIGKILL, rlimits")
REPO = Path(__file__).resolve().parents[2]
KILLS = 200


def _write_forever(folder: Path, out: int, seed: int) -> None:
    """The writer: one operation after another, acknowledging each after its commit."""
    case = Case.open(folder)
    step = 0
    while True:
        kind = step % 4
        tag = f"{seed}-{step}"
        if kind == 0:
            line = f"person {people.add_person(case, f'p {tag}', 'carer').id} {tag}"
        elif kind == 1:
            line = f"moment {moments.add_moment(case, 1, step % 60, note=tag).id} {tag}"
        elif kind == 2:
            cycles.update_cycle(case, 1, notes=tag)
            line = f"notes 1 {tag}"
        else:  # two working points and a rating in one transaction
            reviews.record_after_review(case, 1, parent_noticed=tag,
                                        working_points=[f"{tag} a", f"{tag} b"],
                                        ratings={1: 1 + step % 10})
            line = f"review 1 {tag}"
        os.write(out, (line + "\n").encode())
        step += 1


def _fork_writer(folder: Path, seed: int) -> tuple[int, int]:
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child never returns into pytest
        os.close(read)
        try:
            _write_forever(folder, write, seed)
        except BaseException:
            os.write(write, ("crash " + traceback.format_exc().replace("\n", " | ")).encode())
        finally:
            os._exit(1)
    os.close(write)
    return pid, read


def _read_acknowledgements(handle: int, count: int) -> str:
    """What the writer printed until ``count`` complete lines (or its end), unbuffered."""
    data = b""
    while data.count(b"\n") < count:
        chunk = os.read(handle, 1)
        if not chunk:
            break
        data += chunk
    return data.decode()


def _read_all(handle: int) -> str:
    chunks = []
    while chunk := os.read(handle, 65536):
        chunks.append(chunk)
    os.close(handle)
    return b"".join(chunks).decode()


def _acknowledged(output: str) -> list[list[str]]:
    assert "crash" not in output, output
    complete = output[: output.rfind("\n") + 1]  # a half-written line was not acknowledged
    return [line.split(" ", 2) for line in complete.splitlines()]


Order = tuple[int, int]


def _order(tag: str) -> Order:
    seed, step = tag.split("-")
    return int(seed), int(step)


def _verify(case: Case, acked: list[list[str]]) -> Order | None:
    """Every acknowledged change is in the case; returns which notes update is there."""
    assert case.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    points = [p.text for p in cycles.list_working_points(case, 1)]
    for kind, row_id, tag in acked:
        if kind == "person":
            assert people.get_person(case, int(row_id)).name == f"p {tag}"
        elif kind == "moment":
            assert moments.get_moment(case, int(row_id)).note == tag
        elif kind == "review":
            assert {f"{tag} a", f"{tag} b"} <= set(points)
    stems = [text[:-2] for text in points]
    assert all(stems.count(stem) == 2 for stem in stems)  # never half of one operation
    notes = cycles.get_cycle(case, 1).notes
    return _order(notes) if notes else None


def test_killed_writers_lose_nothing_acknowledged(case_with_recording: Case) -> None:
    folder = case_with_recording.folder
    from vigeditor.project.questions import add_question

    add_question(case_with_recording, "How can I help Sam settle?")
    case_with_recording.close()
    rng = random.Random(20240301)
    everything: list[list[str]] = []
    silent_rounds = 0
    latest_notes: Order | None = None
    started = time.monotonic()
    for round_number in range(KILLS):
        pid, pipe = _fork_writer(folder, round_number)
        # kill after a chosen number of acknowledgements (none in some rounds), then a random
        # moment more: how many land depends on the count, never on the machine's speed
        early = _read_acknowledgements(pipe, rng.choice((0, 1, 2, 3, 4, 5)))
        time.sleep(rng.uniform(0.0, 0.02))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        acked = _acknowledged(early + _read_all(pipe))
        everything += acked
        silent_rounds += not acked
        notes = [_order(tag) for kind, _id, tag in acked if kind == "notes"]
        latest_notes = max(notes) if notes else latest_notes
        with Case.open(folder) as case:
            found = _verify(case, acked)
        # the last acknowledged update is there (or one after it, committed unacknowledged)
        assert latest_notes is None or (found is not None and found >= latest_notes)
    with Case.open(folder) as case:
        _verify(case, everything)
    elapsed = time.monotonic() - started
    print(f"{KILLS} kills, {len(everything)} acknowledged operations, {silent_rounds} kills "
          f"before the first commit, {elapsed:.1f} s")
    assert len(everything) > 2 * KILLS  # at least the counted acknowledgements (2.5 a round)


IMPORT_CHILD = textwrap.dedent("""
    import sys, time
    from vigeditor.project import importing
    from vigeditor.project.case import Case
    importing.CHUNK = 4096
    phase = sys.argv[3]
    seen = set()
    def progress(done, total):
        now = "copy" if done <= total // 2 else "verify"
        if now not in seen:
            seen.add(now)
            print(now, flush=True)
        if now == phase:
            time.sleep(0.01)
    with Case.open(sys.argv[1]) as case:
        importing.import_recording(case, sys.argv[2], progress=progress)
    print("done", flush=True)
""")


@pytest.fixture(scope="module")
def big_video(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A textured recording of a few hundred kilobytes (many copy chunks)."""
    return make_video(tmp_path_factory.mktemp("big") / "long film.mp4",
                      VideoSpec(frames=90, width=320, height=240, texture=True))


@pytest.mark.parametrize("phase", ["copy", "verify"])
def test_an_import_killed_midway_leaves_no_referenced_partial_file(
        case: Case, big_video: Path, phase: str) -> None:
    before = snapshot(case)
    case.close()
    child = subprocess.Popen([sys.executable, "-c", IMPORT_CHILD, str(case.folder),
                              str(big_video), phase], stdout=subprocess.PIPE, text=True,
                             cwd=REPO)
    assert child.stdout is not None
    for line in child.stdout:
        if line.strip() == phase:
            time.sleep(0.05)
            break
    child.send_signal(signal.SIGKILL)
    child.wait()
    partial = list(case.folder.joinpath("media").iterdir())
    assert [path.name.startswith(".importing-") for path in partial] == [True]
    size, full = partial[0].stat().st_size, big_video.stat().st_size
    assert (0 < size < full) if phase == "copy" else (size == full)
    with Case.open(case.folder) as reopened:
        assert snapshot(reopened) == before
        assert list(reopened.media_dir.iterdir()) == []  # the partial copy was cleared


def _limit_file_size(limit: int) -> None:
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))


def test_a_full_disk_during_import_is_a_plain_error_and_the_case_unchanged(
        case: Case, big_video: Path) -> None:
    before = snapshot(case)
    case.close()
    limit = big_video.stat().st_size // 3
    completed = subprocess.run(
        [sys.executable, "-m", "vigeditor", "case", "import", str(case.folder),
         str(big_video)], capture_output=True, text=True, cwd=REPO, timeout=120,
        preexec_fn=lambda: _limit_file_size(limit), check=False)
    assert completed.returncode == 2, completed.stderr
    assert completed.stderr.startswith("error: There is not enough room on the disk")
    assert "Traceback" not in completed.stderr
    assert completed.stderr.count("\n") == 1
    with Case.open(case.folder) as reopened:
        assert snapshot(reopened) == before
        assert list(reopened.media_dir.iterdir()) == []
