"""Benchmark: the family notes booklet with 20 stills from a 1080p film (issue 6; target ≤ 3 s).

Prints the booklet's time beside two baselines measured in the same run: decoding the same 20
frames with PyAV alone (a fresh FrameServer, full 1080p), and reportlab writing 20 plain
image pages from JPEGs encoded beforehand. Never fails on time (DESIGN.md §6).

    .venv/bin/python bench/bench_booklet.py [--seconds 12] [--repeats 3]
"""

from __future__ import annotations

import argparse
import io
import shutil
import sys
import tempfile
from pathlib import Path

from common import (
    REPO,
    Figure,
    PhoneSpec,
    machine_facts,
    make_phone_video,
    median,
    print_table,
    timed,
)

sys.path.insert(0, str(REPO))

STILLS = 20


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=12)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "out")
    args = parser.parse_args()

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    from vigeditor.media.frame_server import FrameServer
    from vigeditor.media.images import encode_picture
    from vigeditor.project import people, stills
    from vigeditor.project.case import Case
    from vigeditor.project.documents.booklet.booklet import export_booklet
    from vigeditor.project.exporting import recording_media
    from vigeditor.project.importing import import_recording

    spec = PhoneSpec(seconds=args.seconds)
    film = args.out / f"phone_1080p30_{args.seconds}s_v{spec.version}.mp4"
    if not film.exists():
        print(f"generating {film.name} …", flush=True)
        make_phone_video(film, spec)
    print("\n".join(machine_facts()))
    with tempfile.TemporaryDirectory(prefix="bench-booklet-") as scratch:
        work = Path(scratch)
        case = Case.create(work / "bench", family_code="BENCH")
        try:
            recording = import_recording(case, film, cycle=1, link=True).recording \
                if _can_link() else import_recording(case, film, cycle=1).recording
            person = people.add_person(case, "Carer", "carer")
            people.give_consent(case, person.id, "family-copy", "2026-01-01")
            step = recording.frames // STILLS
            frames = [index * step + step // 2 for index in range(STILLS)]
            for number, frame in enumerate(frames, start=1):
                stills.add_still(case, recording.id, frame,
                                 caption=f"Moment {number}: you waited and the baby smiled.")
            _path, info, table = recording_media(case, recording.id)
            case.frame_table(recording.id)

            booklet_a4 = []
            booklet_a5 = []
            for repeat in range(args.repeats):
                seconds, made = timed(lambda r=repeat: export_booklet(
                    case, work / f"booklet-{r}.pdf"))
                booklet_a4.append(seconds)
                seconds, _made5 = timed(lambda r=repeat: export_booklet(
                    case, work / f"booklet-a5-{r}.pdf", a5=True))
                booklet_a5.append(seconds)

            def decode_only() -> list[object]:
                with FrameServer(info, table) as server:
                    return [server.frame(frame) for frame in frames]

            decode = [timed(decode_only)[0] for _ in range(args.repeats)]
            with FrameServer(info, table) as server:
                jpegs = [encode_picture(server.frame(frame, (1366, 768)), ".jpg")
                         for frame in frames]

            def plain_pages() -> None:
                canvas = Canvas(str(work / "plain.pdf"), pagesize=A4)
                for data in jpegs:
                    canvas.drawImage(ImageReader(io.BytesIO(data)), 52, 300, 491, 276)
                    canvas.showPage()
                canvas.save()

            plain = [timed(plain_pages)[0] for _ in range(args.repeats)]
            size_a4 = (work / "booklet-0.pdf").stat().st_size
            pages = made.pages
        finally:
            case.close()
            shutil.rmtree(work / "bench.vigcase", ignore_errors=True)

    baseline = (f"decode the 20 frames (PyAV, 1080p): {median(decode):.2f} s; "
                f"reportlab 20 pages from ready JPEGs: {median(plain):.2f} s")
    print_table(f"Family notes booklet, 20 stills from a {args.seconds} s 1080p film "
                f"(median of {args.repeats})", [
                    Figure(f"A4 booklet ({pages} pages, {size_a4 / 1e6:.1f} MB)",
                           f"{median(booklet_a4):.2f} s", baseline, "≤ 3 s",
                           median(booklet_a4) <= 3.0),
                    Figure("A5 folded booklet (imposed 2-up)", f"{median(booklet_a5):.2f} s",
                           "", "≤ 3 s", median(booklet_a5) <= 3.0)])


def _can_link() -> bool:
    import inspect

    from vigeditor.project.importing import import_recording

    return "link" in inspect.signature(import_recording).parameters


if __name__ == "__main__":
    main()
