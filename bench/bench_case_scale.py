"""Case-store benchmark: a large case opens quickly and lists a recording's moments fast.

    .venv/bin/python bench/bench_case_scale.py

Builds a case with 20 cycles, 40 recordings, 10,000 moments and 500 clips (one real small
recording, imported as a guider would; the other 39 rows describe 10-minute films and share
its file), then times opening the case (lock, integrity check, migrations check, change-log
triggers) and listing one recording's moments, beside plain sqlite3 doing the same reads in
the same run. Targets are those of issue 3 item 9; the "meets" column is informational:
this script never fails on time (DESIGN.md §6).
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from common import Figure, machine_facts, ms, p50_p95, pct, print_table, timed

from tests.data.videos import VideoSpec, make_video
from vigeditor.project import clips, moments
from vigeditor.project.case import Case
from vigeditor.project.importing import import_recording

CYCLES, RECORDINGS, MOMENTS, CLIPS = 20, 40, 10_000, 500
FILM_FRAMES, FPS = 18_000, 30  # the synthetic recordings are 10-minute films


def build(folder: Path) -> None:
    """The large case: real operations for the first recording, bulk rows for the rest."""
    video = make_video(folder.parent / "film.mp4", VideoSpec(frames=60, width=160, height=120))
    rng = random.Random(3)
    codes: list[str] = []
    with Case.create(folder, family_code="BENCH") as case:
        first = import_recording(case, video, cycle=1).recording
        codes = case.scheme.codes()
        row = case.row("recordings", first.id)
        assert row is not None
        with case.db.atomic():
            for number in range(2, CYCLES + 1):
                case.db.execute("INSERT INTO cycles (number) VALUES (?)", [number])
            for index in range(2, RECORDINGS + 1):
                case.db.execute(
                    "INSERT INTO recordings (cycle_id, kind, file, original_name, sha256, "
                    "size_bytes, frames, duration, media_info, imported_at) VALUES "
                    "(?, 'interaction', ?, ?, ?, ?, ?, ?, ?, ?)",
                    [1 + (index - 1) // 2, row["file"], f"film {index}.mp4",
                     f"{index:064x}", row["size_bytes"], FILM_FRAMES, FILM_FRAMES / FPS,
                     row["media_info"], row["imported_at"]])
            case.db.conn.executemany(
                "INSERT INTO moments (recording_id, frame, time, principles, who, note) "
                "VALUES (?, ?, ?, ?, ?, ?)", _moments(rng, codes))
            case.db.conn.executemany(
                "INSERT INTO clips (recording_id, in_frame, in_time, out_frame, out_time, "
                "caption, principles) VALUES (?, ?, ?, ?, ?, ?, ?)", _clips(rng, codes))


def _moments(rng: random.Random, codes: list[str]) -> list[tuple[object, ...]]:
    rows = []
    for index in range(MOMENTS):
        recording = 2 + index % (RECORDINGS - 1)
        frame = rng.randrange(FILM_FRAMES)
        rows.append((recording, frame, frame / FPS, json.dumps(rng.sample(codes, 2)),
                     "child initiative", f"moment {index}"))
    return rows


def _clips(rng: random.Random, codes: list[str]) -> list[tuple[object, ...]]:
    rows = []
    for index in range(CLIPS):
        start = rng.randrange(FILM_FRAMES - 300)
        end = start + rng.randrange(30, 300)
        rows.append((2 + index % (RECORDINGS - 1), start, start / FPS, end, end / FPS,
                     f"clip {index}", json.dumps([rng.choice(codes)])))
    return rows


def measure(folder: Path, repeats: int) -> list[Figure]:
    opens = [timed(lambda: Case.open(folder).close())[0] for _ in range(repeats)]
    raw_opens = [timed(lambda: _raw_open(folder))[0] for _ in range(repeats)]
    with Case.open(folder) as case:
        target = 7
        count = len(moments.list_moments(case, target))
        listing = [timed(lambda: moments.list_moments(case, target))[0] for _ in range(repeats)]
        raw = [timed(lambda: case.db.execute(
            "SELECT * FROM moments WHERE recording_id = ? ORDER BY frame", [target]
        ).fetchall())[0] for _ in range(repeats)]
        clip_list = [timed(lambda: clips.list_clips(case, target))[0] for _ in range(repeats)]
        adds, undos = _edits(case, repeats)
    return [
        Figure("open case (10,000 moments)", p50_p95(opens), p50_p95(raw_opens) +
               " plain connect+count", "< 1 s", pct(opens, 95) < 1.0),
        Figure(f"list one recording's moments ({count})", p50_p95(listing),
               p50_p95(raw) + " plain SELECT", "< 50 ms", pct(listing, 95) < 0.050),
        Figure("list one recording's clips", p50_p95(clip_list)),
        Figure("tag a moment (one committed operation)", p50_p95(adds)),
        Figure("undo tagging a moment", p50_p95(undos)),
    ]


def _raw_open(folder: Path) -> None:
    connection = sqlite3.connect(folder / "case.sqlite")
    connection.execute("SELECT count(*) FROM moments").fetchone()
    connection.close()


def _edits(case: Case, repeats: int) -> tuple[list[float], list[float]]:
    adds, undos = [], []
    for index in range(repeats):
        adds.append(timed(lambda i=index: moments.add_moment(case, 1, i % 60))[0])
        undos.append(timed(case.history.undo)[0])
    return adds, undos


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=30)
    args = parser.parse_args()
    print("\n".join(machine_facts()))
    with tempfile.TemporaryDirectory(prefix="vig-bench-case-") as temp:
        folder = Path(temp) / "large.vigcase"
        started = time.perf_counter()
        build(folder)
        size = (folder / "case.sqlite").stat().st_size
        print(f"built {CYCLES} cycles, {RECORDINGS} recordings, {MOMENTS:,} moments, "
              f"{CLIPS} clips in {ms(time.perf_counter() - started)}; case.sqlite "
              f"{size / 1e6:.1f} MB")
        print_table("Case store", measure(folder, args.repeats))
    return 0


if __name__ == "__main__":
    sys.exit(main())
