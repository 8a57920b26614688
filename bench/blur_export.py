"""Face blurring (issue 14): a 10-second 1080p export with faces blurred, beside the plain one.

    .venv/bin/python bench/blur_export.py [--repeats 2] [--face-height 100]

Uses (or generates, once, in bench/out/) 10 seconds of the face test footage at 1920×1080,
25 fps (tests/data/face_footage.py: three real face photographs sliding across the picture;
needs Debian's opencv-doc). In the same run it times ``render_clip`` of all 250 frames
plain, and the blurred export: ``track_faces`` (YuNet on every 2nd frame at the working
size, every 10th also at full size, on as many threads as cores) plus ``render_clip`` with
``FaceBlur`` keeping face 1; the plain export goes first in even runs and last in odd ones
(the shared machine's load drifts), and the target is checked on the median of the runs'
ratios. The blurred file is decoded back and
searched with the detector (every frame) to count unblurred faces of the others. It also
measures the smallest face tracked: 1-second 1080p clips of the footage with faces of
decreasing height. Prints figures; never fails on time (DESIGN.md §6).
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import av
from bench_media import DEFAULT_OUT
from common import Figure, machine_facts, median, print_table, timed

from tests.data.face_footage import FaceFootage, make_face_footage, missing_photos
from vigeditor.analysis.face_tracking import LOW_SCORE
from vigeditor.analysis.face_tracks import (
    FINE_EVERY,
    FINE_PIXELS,
    FaceBlur,
    track_faces,
    working_size,
)
from vigeditor.analysis.faces import YuNetDetector
from vigeditor.media.probe import open_recording
from vigeditor.media.render import render_clip

SIZE = (1920, 1080)
FRAMES = 250  # 10 s at 25 fps
TARGET = 2.0  # blurred export time ÷ plain export time
T = TypeVar("T")


def footage(out: Path, face_height: int) -> FaceFootage:
    """The 1080p footage, generated once into ``out``."""
    path = out / f"faces_1080p_{FRAMES}f_{face_height}px_v2.mp4"  # v2: fixed-speed slide
    made = FaceFootage(path, FRAMES, SIZE, face_height)
    if not path.exists():
        out.mkdir(parents=True, exist_ok=True)
        print(f"generating {path} …", flush=True)
        partial = path.with_suffix(".part.mp4")
        make_face_footage(partial, frames=FRAMES, size=SIZE, face_height=face_height)
        partial.rename(path)
    return made


def unblurred_others(path: Path, film: FaceFootage, kept_slot: int) -> tuple[int, ...]:
    """(frames, detections of the kept face, of the other faces, elsewhere) in an export:
    a detection belongs to the face whose pasted head holds its centre."""
    detector = YuNetDetector(min_score=LOW_SCORE)
    counts = [0, 0, 0, 0]
    with av.open(str(path)) as container:
        stream = container.streams.video[0]
        stream.thread_type = "AUTO"
        for index, frame in enumerate(container.decode(stream)):
            counts[0] += 1
            for face in detector.detect(frame.to_ndarray(format="rgb24")):
                slot = film.face_of(index, face.box)
                counts[1 if slot == kept_slot else 2 if slot is not None else 3] += 1
    return tuple(counts)


def smallest_found(work: Path, heights: tuple[int, ...]) -> list[Figure]:
    """Faces tracked by ``track_faces`` in 1-second 1080p clips with faces of these
    heights: faces found of 3, and the share of the frames each covers."""
    found = []
    for height in heights:
        film = make_face_footage(work / f"small-{height}.mp4", frames=25, size=SIZE,
                                 face_height=height)
        tracks = track_faces(film.path, 0, film.frames - 1)
        on_faces = {film.face_of(12, _pixels(face.boxes[12])) for face in tracks.faces
                    if 12 in face.boxes} - {None}
        found.append(f"{height} px: {len(on_faces)}/3")
    size, fine = working_size(SIZE), working_size(SIZE, pixels=FINE_PIXELS)
    return [Figure(f"Faces tracked in 1 s of 1080p by face height (detected at {size[0]}×"
                   f"{size[1]}, every {FINE_EVERY} frames at {fine[0]}×{fine[1]})",
                   "; ".join(found), "")]


def _pixels(box: tuple[float, float, float, float]) -> tuple[int, int, int, int]:
    x, y, w, h = box
    return round(x * SIZE[0]), round(y * SIZE[1]), round(w * SIZE[0]), round(h * SIZE[1])


def _cpu() -> float:
    """CPU seconds this process has used so far (all its threads)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _timed(func: Callable[[], T]) -> tuple[float, float, T]:
    """Wall and CPU seconds taken by ``func()``, and its result."""
    start = _cpu()
    seconds, result = timed(func)
    return seconds, _cpu() - start, result


def bench(film: FaceFootage, work: Path, repeats: int) -> list[Figure]:
    info, table = open_recording(film.path, cache_dir=work / "tables")
    last = FRAMES - 1
    runs: list[tuple[float, float, float, float, float, float]] = []
    for run in range(repeats):
        def plain_export(run: int = run) -> tuple[float, float, object]:
            return _timed(lambda: render_clip(film.path, table, info, 0, last,
                                              work / f"plain-{run}.mp4"))
        before = plain_export() if run % 2 == 0 else None  # alternate the order: load drifts
        track_wall, track_cpu, tracks = _timed(lambda: track_faces(film.path, 0, last))
        render_wall, render_cpu, _ = _timed(lambda run=run, tracks=tracks: render_clip(
            film.path, table, info, 0, last, work / f"blurred-{run}.mp4",
            picture_filter=FaceBlur(tracks, keep={1})))
        plain_wall, plain_cpu, _ = before if before is not None else plain_export()
        runs.append((plain_wall, track_wall, render_wall, plain_cpu, track_cpu, render_cpu))
        print(f"run {run}: plain {plain_wall:.2f} s, blurred {track_wall + render_wall:.2f} s "
              f"(tracking {track_wall:.2f} s) = {(track_wall + render_wall) / plain_wall:.2f}x; "
              f"CPU plain {plain_cpu:.1f} s, blurred {track_cpu + render_cpu:.1f} s "
              f"(tracking {track_cpu:.1f} s); faces {tracks.numbers}, unsure frames "
              f"{len(tracks.unsure)}, load {os.getloadavg()[0]:.1f}", flush=True)
    return _figures(runs, *unblurred_others(work / "blurred-0.mp4", film, kept_slot=0))


def _figures(runs: list[tuple[float, float, float, float, float, float]], frames: int,
             kept: int, others: int, stray: int) -> list[Figure]:
    plain, tracking, rendering, plain_cpu, track_cpu, render_cpu = (
        [run[at] for run in runs] for at in range(6))
    blurred = [t + r for t, r in zip(tracking, rendering, strict=True)]
    ratios = [b / p for b, p in zip(blurred, plain, strict=True)]
    blurred_cpu = [t + r for t, r in zip(track_cpu, render_cpu, strict=True)]
    cpu_ratios = [b / p for b, p in zip(blurred_cpu, plain_cpu, strict=True)]
    return [
        Figure(f"10 s 1080p25 clip ({FRAMES} frames), median of {len(runs)}: blurred export "
               "(tracking + blurring + encoding)",
               f"{median(blurred):.2f} s (tracking {median(tracking):.2f} s)",
               f"plain render_clip: {median(plain):.2f} s"),
        Figure("Blurred ÷ plain: median of the runs' ratios (each run: plain and blurred "
               "one after the other); ratio of the medians",
               f"{median(ratios):.2f}×; {median(blurred) / median(plain):.2f}×", "",
               f"≤ {TARGET:.0f}× plain", median(ratios) <= TARGET),
        Figure("CPU seconds (all threads), medians: plain; blurred (tracking); blurred ÷ "
               "plain (what a loaded machine sees)",
               f"{median(plain_cpu):.1f}; {median(blurred_cpu):.1f} "
               f"({median(track_cpu):.1f}); {median(cpu_ratios):.2f}×", ""),
        Figure("Blurring + encoding alone (tracks ready, as after the export dialog's "
               "preview)", f"{median(rendering):.2f} s "
               f"({median([r / p for r, p in zip(rendering, plain, strict=True)]):.2f}× plain)",
               ""),
        Figure("Blurred export decoded, detector at the low threshold: frames, detections "
               "of the kept face, of the other faces, elsewhere (background)",
               f"{frames}, {kept}, {others}, {stray}", "", "others 0", others == 0),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--repeats", type=int, default=2)
    parser.add_argument("--face-height", type=int, default=100,
                        help="face height in the 1080p footage, pixels (default 100)")
    args = parser.parse_args(argv)
    if missing_photos() is not None:
        print(f"cannot run: {missing_photos()}", file=sys.stderr)
        return 2
    print("\n".join(machine_facts()))
    film = footage(args.out, args.face_height)
    with tempfile.TemporaryDirectory(prefix="vig-bench-blur-") as folder:
        figures = bench(film, Path(folder), args.repeats)
        figures += smallest_found(Path(folder), (12, 16, 20, 24, 32, 48))
    print_table("Face blurring", figures)
    return 0


if __name__ == "__main__":
    sys.exit(main())
