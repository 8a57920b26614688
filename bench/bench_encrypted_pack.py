"""Encrypted supervision pack: the cost of locking a pack (issue 14, item 2).

    .venv/bin/python bench/bench_encrypted_pack.py

A case on the 1080p30 recording of ``bench_media.py`` with the three clips of
``bench_export.py`` (4, 5 and 3 s); the supervision pack of its cycle written plain (folder
and .zip) and encrypted (only OUT.7z: copy filter + AES-256, headers encrypted, by py7zr),
in the same run, and the encryption step alone (the built pack encrypted again). Prints
figures; never fails on time (DESIGN.md §6).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

from bench_export import PACK_CLIPS
from bench_media import DEFAULT_OUT, ensure_video
from common import Figure, machine_facts, median, print_table, timed

PASSPHRASE = "bench passphrase"


def bench(source: Path, work: Path, repeats: int) -> list[Figure]:
    from vigeditor.project.case import Case
    from vigeditor.project.clips import add_clip
    from vigeditor.project.documents.encrypted import write_archive
    from vigeditor.project.documents.supervision_pack import export_supervision_pack
    from vigeditor.project.importing import import_recording
    from vigeditor.project.people import add_person, give_consent

    plain, locked, alone = [], [], []
    with Case.create(work / "bench", family_code="BENCH-1") as case:
        recording = import_recording(case, source, cycle=1, link=True).recording
        person = add_person(case, "Carer", "carer")
        give_consent(case, person.id, "supervision", "2025-01-01")
        for first, frames in PACK_CLIPS:
            add_clip(case, recording.id, first, first + frames - 1)
        for run in range(repeats):
            seconds, made = timed(lambda run=run: export_supervision_pack(
                case, 1, work / f"plain-{run}"))
            plain.append(seconds)
            seconds, sealed = timed(lambda run=run: export_supervision_pack(
                case, 1, work / f"locked-{run}", passphrase=PASSPHRASE))
            locked.append(seconds)
            again = work / f"again-{run}.7z"
            seconds, _path = timed(lambda again=again, made=made: write_archive(
                made.folder, made.folder.name, again, PASSPHRASE))
            alone.append(seconds)
        size = sum(path.stat().st_size for path in made.folder.rglob("*") if path.is_file())
        archive = sealed.zip_path.stat().st_size
    shutil.rmtree(work, ignore_errors=True)
    print(f"plain: {', '.join(f'{s:.2f}' for s in plain)} s; "
          f"encrypted: {', '.join(f'{s:.2f}' for s in locked)} s; "
          f"encryption alone: {', '.join(f'{s:.2f}' for s in alone)} s")
    return [
        Figure(f"Supervision pack, 3 clips (12 s 1080p) + summary, plain (folder + .zip), "
               f"median of {repeats}", f"{median(plain):.2f} s", ""),
        Figure("The same, encrypted (only OUT.7z)", f"{median(locked):.2f} s",
               f"{median(locked) / median(plain):.2f}x plain"),
        Figure("Encryption step alone (py7zr, copy + AES-256)", f"{median(alone):.2f} s",
               f"{size / 1e6 / median(alone):.0f} MB/s"),
        Figure("Pack size: files / .7z", f"{size / 1e6:.1f} MB / {archive / 1e6:.1f} MB", ""),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--seconds", type=int, default=120,
                        help="length of the generated recording (default 120)")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args(argv)
    source = ensure_video(args.out, args.seconds)
    print("\n".join(machine_facts()))
    with tempfile.TemporaryDirectory(prefix="vig-bench-encrypted-") as folder:
        figures = bench(source, Path(folder), args.repeats)
    print_table("Encrypted supervision pack", figures)
    return 0


if __name__ == "__main__":
    sys.exit(main())
