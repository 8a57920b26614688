"""Export benchmarks: a 10-second 1080p clip and a 3-clip review pack, beside plain ffmpeg.

    .venv/bin/python bench/bench_export.py

Uses (or generates, once) the 1080p30 H.264 recording of ``bench_media.py`` (2-second GOPs,
2 B-frames, every frame showing its number). It times ``render_clip`` on a 10-second range
that starts mid-GOP, beside ``ffmpeg -ss … -i … -frames:v N -c:v libx264 -preset veryfast``
of the same frames run by the same ffmpeg binary in the same run; then a review pack of three
clips and two stills from a case (consent checked, audit written, zip made), beside the three
plain ffmpeg commands. The frame codes of the exports are read back to prove they hold the
frames asked for. Prints figures; never fails on time (DESIGN.md §6).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

import av
from bench_media import DEFAULT_OUT, ensure_video
from common import (
    Figure,
    ffmpeg_binary,
    machine_facts,
    median,
    print_table,
    read_code,
    run_timed,
    timed,
)

from vigeditor.media.probe import open_recording
from vigeditor.media.render import CRF, PRESET, count_video_frames, render_clip

CLIP_SECONDS = 10
PACK_CLIPS = ((1234, 120), (1805, 150), (2703, 90))  # (in frame, frames): 4, 5 and 3 s


def baseline_command(source: Path, seconds: float, frames: int, output: Path,
                     crf: int | None = None) -> list[str]:
    """The plain re-encode of the same frames (accurate input seek, as people type it)."""
    quality = ["-crf", str(crf)] if crf is not None else []
    return [ffmpeg_binary(), "-v", "error", "-y", "-ss", f"{seconds:.6f}", "-i", str(source),
            "-frames:v", str(frames), "-an", "-c:v", "libx264", "-preset", PRESET, *quality,
            str(output)]


def codes(path: Path, every: int = 1) -> list[int]:
    """Frame codes of a video (every ``every``-th frame, to save time at 1080p)."""
    with av.open(str(path)) as container:
        stream = container.streams.video[0]
        stream.thread_type = "AUTO"
        return [read_code(frame.to_ndarray(format="rgb24"))
                for number, frame in enumerate(container.decode(stream))
                if number % every == 0]


def bench_clip(source: Path, work: Path, repeats: int) -> list[Figure]:
    info, table = open_recording(source, cache_dir=work / "tables")
    first = 1805  # frame 1805 is 5 frames after a keyframe
    frames = CLIP_SECONDS * 30
    last = first + frames - 1
    ours, plain = [], []
    for run in range(repeats):
        output = work / f"clip-{run}.mp4"
        seconds, _ = timed(lambda output=output: render_clip(source, table, info, first, last,
                                                             output))
        ours.append(seconds)
        plain.append(run_timed(baseline_command(source, table.time(first), frames,
                                                work / f"plain-{run}.mp4")))
    same_crf = run_timed(baseline_command(source, table.time(first), frames,
                                          work / "plain-crf.mp4", crf=CRF))
    made = codes(work / "clip-0.mp4")
    exact = made == list(range(first, last + 1))
    plain_codes = codes(work / "plain-0.mp4")
    plain_exact = plain_codes == list(range(first, last + 1))
    size_ours = (work / "clip-0.mp4").stat().st_size / 1e6
    size_plain = (work / "plain-0.mp4").stat().st_size / 1e6
    print(f"clip: {len(made)} frames, first {made[0]}, last {made[-1]}, exact: {exact}; "
          f"plain ffmpeg: {len(plain_codes)} frames, exact: {plain_exact}")
    print(f"clip runs: {', '.join(f'{s:.2f}' for s in ours)} s; "
          f"plain: {', '.join(f'{s:.2f}' for s in plain)} s")
    return [
        Figure(f"10 s 1080p clip (300 frames, starts mid-GOP), median of {repeats}",
               f"{median(ours):.2f} s ({CLIP_SECONDS / median(ours):.2f}x realtime)",
               f"plain ffmpeg: {median(plain):.2f} s "
               f"({CLIP_SECONDS / median(plain):.2f}x realtime)"),
        Figure("", "", f"plain ffmpeg at our CRF {CRF} (1 run): {same_crf:.2f} s"),
        Figure("Frames exactly in … out (codes read back)",
               f"{'yes' if exact else 'NO'} ({len(made)} frames)",
               f"{'yes' if plain_exact else 'no'} ({len(plain_codes)} frames)"),
        Figure(f"File size (CRF {CRF} vs ffmpeg's default CRF 23)", f"{size_ours:.1f} MB",
               f"{size_plain:.1f} MB"),
    ]


def bench_pack(source: Path, work: Path, repeats: int) -> list[Figure]:
    from vigeditor.project.case import Case
    from vigeditor.project.clips import add_clip
    from vigeditor.project.documents.review_pack import export_review_pack
    from vigeditor.project.importing import import_recording
    from vigeditor.project.people import add_person, give_consent
    from vigeditor.project.reviews import add_item
    from vigeditor.project.stills import add_still

    with Case.create(work / "bench", family_code="BENCH-1") as case:
        recording = import_recording(case, source, cycle=1, link=True).recording
        for name, role in (("Carer", "carer"), ("Child", "child")):
            person = add_person(case, name, role)
            give_consent(case, person.id, "family-copy", "2025-01-01")
        for number, (first, frames) in enumerate(PACK_CLIPS):
            clip = add_clip(case, recording.id, first, first + frames - 1,
                            caption=f"Clip {number + 1}: you waited")
            add_item(case, 1, clip_id=clip.id)
            if number < 2:
                still = add_still(case, recording.id, first + 10, caption="A smile")
                add_item(case, 1, still_id=still.id)
        table = case.frame_table(recording.id)
        ours, plain = [], []
        for run in range(repeats):
            seconds, made = timed(lambda run=run: export_review_pack(case, 1,
                                                                     work / f"pack-{run}"))
            ours.append(seconds)
            total = 0.0
            for number, (first, frames) in enumerate(PACK_CLIPS):
                total += run_timed(baseline_command(
                    source, table.time(first), frames, work / f"plain-pack-{run}-{number}.mp4"))
            plain.append(total)
        folder, archive = made
        clips = sorted(folder.glob("*-clip.mp4"))
        exact = all(count_video_frames(path) == frames and codes(path, every=frames - 1) ==
                    [first, first + frames - 1]
                    for path, (first, frames) in zip(clips, PACK_CLIPS, strict=True))
        size = archive.stat().st_size / 1e6
    print(f"pack runs: {', '.join(f'{s:.2f}' for s in ours)} s; "
          f"plain: {', '.join(f'{s:.2f}' for s in plain)} s")
    return [
        Figure(f"Review pack: 3 clips (12 s, 360 frames) + 2 stills + index + zip, "
               f"median of {repeats}", f"{median(ours):.2f} s",
               f"3 plain ffmpeg clips: {median(plain):.2f} s"),
        Figure("Pack clips exact (count, first and last code)", "yes" if exact else "NO",
               ""),
        Figure("Pack .zip size", f"{size:.1f} MB", ""),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--seconds", type=int, default=120,
                        help="length of the generated recording (default 120)")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args(argv)
    source = ensure_video(args.out, args.seconds)
    binary = ffmpeg_binary()
    version = subprocess.run([binary, "-version"], capture_output=True, text=True)
    print("\n".join(machine_facts()))
    print(f"Export ffmpeg: {binary} ({version.stdout.splitlines()[0]})")
    with tempfile.TemporaryDirectory(prefix="vig-bench-export-") as folder:
        work = Path(folder)
        figures = bench_clip(source, work, args.repeats)
        figures += bench_pack(source, work, args.repeats)
    print_table("Exports", figures)
    return 0


if __name__ == "__main__":
    sys.exit(main())
