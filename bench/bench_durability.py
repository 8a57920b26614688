"""Durability run (issue 10): writers SIGKILLed at random moments lose nothing they
acknowledged, leave no export without its audit entry and no temporary file after the next
start.

One case (a small generated film imported, people with consent, captioned stills and clips)
and one export folder outside it. Each round forks a writer that opens the case and does
random operations: add a moment, clip or still; import a film (a fresh copy each time: the
film plus an MP4 ``free`` box naming the operation, so every import copies and probes);
export a still (PNG), a clip (MP4) or a booklet (PDF) into the export folder. After each
committed operation the writer writes an acknowledgement line to a pipe. The driver kills it
with SIGKILL after a random delay, then opens the case as the next start would
(``Case.open`` runs ``leftovers.reconcile``) and checks:

- every acknowledged change is there (moments, clips, stills by their text; imports by
  recording and file; exports by file and a ``done`` audit entry);
- every file or folder in the export folder has an audit entry (``audit.list_exports``);
- no temporary file remains in the case folder or the export folder (names starting with
  ``.importing-`` or ``.vig-``, containing ``.vig-``, or ending with ``Case``'s
  ``TEMP_SUFFIX``), and no file in ``media/`` that no recording uses;
- ``PRAGMA integrity_check`` is ``ok``;
- and, for information, whether any process of the killed writer's group (ffmpeg, the
  isolated reader) was still running when the case was opened again.

    .venv/bin/python bench/bench_durability.py --kills 500
    .venv/bin/python bench/bench_durability.py --kills 500 --budget 900   # stop early
"""

from __future__ import annotations

import argparse
import contextlib
import os
import random
import shutil
import signal
import struct
import sys
import time
import traceback
from collections import Counter
from pathlib import Path

from common import REPO, machine_facts

from tests.data.videos import VideoSpec, make_video  # common puts the repository on sys.path
from tests.project.test_booklet import fill_family
from vigeditor.project import audit, clips, moments, stills
from vigeditor.project.case import TEMP_SUFFIX, Case
from vigeditor.project.documents.booklet.booklet import export_booklet
from vigeditor.project.exporting import export_clip, export_still
from vigeditor.project.importing import import_recording

FRAMES = 60
WEIGHTS = {"moment": 3, "clip": 2, "still": 2, "import": 1, "export-still": 2,
           "export-clip": 1, "booklet": 1}


def tagged_film(film: bytes, folder: Path, tag: str) -> Path:
    """The film with a ``free`` box carrying ``tag`` appended: a different file each time."""
    payload = tag.encode()
    path = folder / f"film-{tag}.mp4"
    path.write_bytes(film + struct.pack(">I", 8 + len(payload)) + b"free" + payload)
    return path


def writer(folder: Path, exports: Path, sources: Path, film: bytes, out: int,
           seed: int) -> None:
    """Random operations, one after another; an acknowledgement line after each commit."""
    rng = random.Random(seed)
    kinds, weights = zip(*WEIGHTS.items(), strict=True)
    case = Case.open(folder)
    os.write(out, b"ready\n")
    step = 0
    while True:
        kind = rng.choices(kinds, weights)[0]
        tag = f"{seed}-{step}"
        step += 1
        try:
            if kind == "moment":
                line = f"moment {moments.add_moment(case, 1, rng.randrange(FRAMES), note=tag).id}"
            elif kind == "clip":
                start = rng.randrange(FRAMES - 10)
                added = clips.add_clip(case, 1, start, start + rng.randint(2, 9), title=tag)
                line = f"clip {added.id}"
            elif kind == "still":
                line = f"still {stills.add_still(case, 1, rng.randrange(FRAMES), caption=tag).id}"
            elif kind == "import":
                imported = import_recording(case, tagged_film(film, sources, tag), cycle=1)
                line = f"import {imported.recording.id} {imported.recording.file}"
            elif kind == "export-still":
                target = exports / f"still-{tag}.png"
                export_still(case, rng.choice([1, 2, 3]), target)
                line = f"export {target.name}"
            elif kind == "export-clip":
                target = exports / f"clip-{tag}.mp4"
                export_clip(case, rng.choice([1, 2]), target)
                line = f"export {target.name}"
            else:
                target = exports / f"booklet-{tag}.pdf"
                export_booklet(case, target, still_ids=[1, 2], clip_ids=[1])
                line = f"export {target.name}"
        except Exception as error:  # an operation that failed is a finding, not a crash
            text = f"{type(error).__name__}: {error}".replace("\n", " ")
            os.write(out, f"error {kind} {tag} {text}\n".encode())
            continue
        os.write(out, f"{line} {tag}\n".encode())


def fork_writer(folder: Path, exports: Path, sources: Path, film: bytes,
                seed: int) -> tuple[int, int]:
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read)
        os.setpgid(0, 0)  # its own group: ffmpeg and the isolated reader can be found
        try:
            writer(folder, exports, sources, film, write, seed)
        except BaseException:
            os.write(write, ("crash " + traceback.format_exc().replace("\n", " | ")).encode())
        finally:
            os._exit(1)
    os.close(write)
    return pid, read


def read_all(handle: int) -> str:
    chunks = []
    while chunk := os.read(handle, 65536):
        chunks.append(chunk)
    os.close(handle)
    return b"".join(chunks).decode(errors="replace")


def group_alive(group: int) -> list[str]:
    """Command lines of processes still in process group ``group``."""
    alive = []
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry.name}/stat").read_bytes()
            fields = stat[stat.rfind(b")") + 2:].split()
            if fields[0] != b"Z" and int(fields[2]) == group:
                cmd = Path(f"/proc/{entry.name}/cmdline").read_bytes().replace(b"\0", b" ")
                alive.append(cmd.decode(errors="replace")[:120])
        except (OSError, ValueError, IndexError):
            continue
    return alive


def is_temporary(name: str) -> bool:
    return (name.startswith((".importing-", ".vig-")) or ".vig-" in name
            or name.endswith(TEMP_SUFFIX))


def temporaries(*folders: Path) -> list[Path]:
    found = []
    for folder in folders:
        for path in folder.rglob("*"):
            if is_temporary(path.name):
                found.append(path)
    return found


def verify(case: Case, acked: list[list[str]], exports: Path) -> dict[str, list[str]]:
    """What is wrong with the case after a kill (empty lists when nothing)."""
    problems: dict[str, list[str]] = {"lost": [], "unaudited": [], "left": [], "integrity": []}
    result = case.db.execute("PRAGMA integrity_check").fetchall()
    if [tuple(row) for row in result] != [("ok",)]:
        problems["integrity"].append(str([tuple(row) for row in result]))
    entries = audit.list_exports(case)
    # the destination as recorded (booklets keep the path as given, clips and stills resolve
    # it), made absolute against the working folder both processes share
    by_destination = {str(Path(entry.destination).resolve()): entry for entry in entries}
    for parts in acked:
        kind, tag = parts[0], parts[-1]
        try:
            if kind == "moment":
                ok = moments.get_moment(case, int(parts[1])).note == tag
            elif kind == "clip":
                ok = clips.get_clip(case, int(parts[1])).title == tag
            elif kind == "still":
                ok = stills.get_still(case, int(parts[1])).caption == tag
            elif kind == "import":
                row = case.db.execute("SELECT file FROM recordings WHERE id = ?",
                                      [int(parts[1])]).fetchone()
                ok = row is not None and row[0] == parts[2] and (case.folder / parts[2]).is_file()
            else:  # export
                target = exports / parts[1]
                entry = by_destination.get(str(target.resolve()))
                ok = target.exists() and entry is not None and entry.state == "done"
        except Exception as error:  # a missing row raises
            ok = False
            tag = f"{tag} ({type(error).__name__})"
        if not ok:
            problems["lost"].append(" ".join(parts))
    destinations = " ".join(by_destination)
    for path in exports.iterdir():
        if not is_temporary(path.name) and str(path.resolve()) not in destinations:
            problems["unaudited"].append(path.name)
    problems["left"] += [str(path) for path in temporaries(case.folder, exports)]
    used = {Path(row[0]).name for row in case.db.execute("SELECT file FROM recordings")}
    problems["left"] += [f"untracked {path.name}" for path in case.media_dir.iterdir()
                         if path.name not in used and not is_temporary(path.name)]
    return problems


def prepare(root: Path) -> tuple[Path, Path, Path, bytes]:
    if root.exists():
        shutil.rmtree(root)
    root.mkdir(parents=True)
    film_path = make_video(root / "family-film.mp4", VideoSpec(frames=FRAMES, width=160,
                                                               height=120))
    folder = root / "family.vigcase"
    with Case.create(folder, family_code="FAM-1", guider="Guider G") as case:
        import_recording(case, film_path, cycle=1)
        fill_family(case)
    exports = root / "exports-outside"
    exports.mkdir()
    sources = root / "sources"
    sources.mkdir()
    return folder, exports, sources, film_path.read_bytes()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--kills", type=int, default=500)
    parser.add_argument("--seed", type=int, default=20261130)
    parser.add_argument("--max-delay", type=float, default=1.2,
                        help="kill 0.25 s + uniform(0, this) seconds after the fork")
    parser.add_argument("--budget", type=float, default=0.0,
                        help="stop after this many seconds (0: no limit)")
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "out" / "durability")
    options = parser.parse_args()
    options.out = options.out.resolve()
    print("\n".join(machine_facts()))
    folder, exports, sources, film = prepare(options.out)
    rng = random.Random(options.seed)
    everything: list[list[str]] = []
    kinds: Counter[str] = Counter()
    problems: dict[str, list[str]] = {"lost": [], "unaudited": [], "left": [], "integrity": []}
    errors: list[str] = []
    crashes: list[str] = []
    orphans: list[str] = []
    integrity_ok = rounds = silent = 0
    states: Counter[str] = Counter()
    started = time.monotonic()
    for round_number in range(options.kills):
        if options.budget and time.monotonic() - started > options.budget:
            break
        seed = options.seed * 10_000 + round_number
        pid, pipe = fork_writer(folder, exports, sources, film, seed)
        delay = rng.uniform(0.0, options.max_delay)
        time.sleep(0.25 + delay)  # about how long the fork needs to open the case
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        output = read_all(pipe)
        rounds += 1
        left_running = group_alive(pid)
        if left_running:
            orphans.append(f"round {round_number}: {left_running}")
        complete = output[: output.rfind("\n") + 1]
        acked = []
        for line in complete.splitlines():
            parts = line.split(" ")
            if parts[0] == "error":
                errors.append(f"round {round_number} seed {seed}: {line}")
            elif parts[0] == "crash":
                crashes.append(f"round {round_number} seed {seed}: {line}")
            elif parts[0] != "ready":
                acked.append(parts)
                kinds[parts[0]] += 1
        if "crash" in output[len(complete):]:
            crashes.append(f"round {round_number} seed {seed}: {output[len(complete):][:500]}")
        silent += not acked
        everything += acked
        with Case.open(folder) as case:  # reconciles, as the next start does
            found = verify(case, acked, exports)
        integrity_ok += not found["integrity"]
        for key, values in found.items():
            problems[key] += [f"round {round_number} seed {seed} delay "
                              f"{0.25 + delay:.2f}: {value}" for value in values]
            if values:
                print(f"FINDING {key}: round {round_number} seed {seed}: {values[:5]}",
                      flush=True)
        if left_running:  # the killed writer's children: ours to end
            with contextlib.suppress(OSError):
                os.killpg(pid, signal.SIGKILL)
        if (round_number + 1) % 50 == 0:
            print(f"  {round_number + 1} kills, {len(everything)} acknowledged, "
                  f"{time.monotonic() - started:.0f} s", flush=True)
    with Case.open(folder) as case:
        final = verify(case, everything, exports)
        states.update(entry.state for entry in audit.list_exports(case))
    elapsed = time.monotonic() - started
    print(f"\n{rounds} SIGKILLs in {elapsed:.0f} s; {len(everything)} acknowledged operations "
          f"({dict(kinds)}); {silent} kills before the first acknowledgement")
    print("| figure | value |\n|---|---|")
    print(f"| SIGKILLs | {rounds} |")
    print(f"| acknowledged operations | {len(everything)} |")
    print(f"| acknowledged changes lost (after each kill) | {len(problems['lost'])} |")
    print(f"| acknowledged changes lost (all, at the end) | {len(final['lost'])} |")
    print(f"| export files/folders without audit entry | {len(problems['unaudited'])} "
          f"(at the end: {len(final['unaudited'])}) |")
    print(f"| temporary/untracked files left after the next start | {len(problems['left'])} "
          f"(at the end: {len(final['left'])}) |")
    print(f"| integrity_check ok | {integrity_ok} of {rounds} opens "
          f"(final: {'ok' if not final['integrity'] else final['integrity']}) |")
    print(f"| audit entries by state at the end | {dict(states)} |")
    print(f"| writer children still running at the next open | {len(orphans)} rounds |")
    print(f"| operations that raised (not killed) | {len(errors)} |")
    print(f"| writer crashes | {len(crashes)} |")
    for title, values in (("lost", problems["lost"] + final["lost"]),
                          ("unaudited", problems["unaudited"]), ("left", problems["left"]),
                          ("integrity", problems["integrity"]), ("orphans", orphans),
                          ("errors", errors), ("crashes", crashes)):
        for value in values[:15]:
            print(f"{title}: {value}")
        if len(values) > 15:
            print(f"{title}: ... {len(values) - 15} more")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
