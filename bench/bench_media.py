"""Media-engine benchmarks: frame table, first frame, stepping, random access, thumbnails, memory.

    .venv/bin/python bench/bench_media.py --seconds 120

Generates (once, then reuses) a 1080p30 H.264 recording with 2-second GOPs and B-frames whose
every frame shows its own number as a block code, measures the media engine on it beside
ffmpeg/ffprobe baselines timed in the same run, checks with the code that the frames returned
are the frames asked for, and prints a table. Targets are those of issue 2; the "meets" column
is informational: this script never fails on time (DESIGN.md §6).

Probing is timed through the shared, already started child (as the app does after
``prewarm()``) and through a new, unstarted one. The "held" section emulates a guider holding
or tapping the left arrow key, with ``FrameServer.idle_work`` running between requests as the
app's frame worker does. The load average is printed before each section: the figures are
only comparable between runs made under similar load.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np
from common import (
    Figure,
    PhoneSpec,
    load_average,
    machine_facts,
    make_phone_video,
    median,
    memory_status,
    ms,
    p50_p95,
    pct,
    print_table,
    read_code,
    run_timed,
    timed,
    tool,
)

from vigeditor.media import isolation
from vigeditor.media.frame_server import FrameServer
from vigeditor.media.frame_table import FrameTable, file_identity
from vigeditor.media.info import MediaInfo
from vigeditor.media.isolation import IsolatedWorker, shared_worker
from vigeditor.media.probe import inspect_recording, open_recording, preview_first_frame

DEFAULT_OUT = Path(__file__).resolve().parent / "out"
PREVIEW_WIDTH = 960
SECTIONS = ("table", "first", "step", "held", "random", "thumbs", "memory")
MB = 1024 * 1024
Size = tuple[int, int] | None


@dataclass
class Checks:
    """Proof that the benchmark measured the right frames: their codes, read back."""

    enabled: bool = True  # False for a recording without codes (--file)
    asked: int = 0
    right: int = 0
    wrong: list[str] = field(default_factory=list)

    def check(self, index: int, picture: np.ndarray, what: str) -> None:
        if not self.enabled:
            return
        self.asked += 1
        try:
            shown: int | None = read_code(picture)
        except ValueError:
            shown = None
        if shown == index:
            self.right += 1
        else:
            self.wrong.append(f"{what}: asked for {index}, got {shown}")


@dataclass
class Bench:
    """One recording under test and what every section needs."""

    path: Path
    info: MediaInfo
    table: FrameTable
    cache_bytes: int
    work: Path  # scratch folder for frame-table caches
    warm_cache: Path  # a frame-table cache that already holds this recording
    repeats: int
    rng: np.random.Generator
    checks: Checks = field(default_factory=Checks)

    def fresh_cache(self) -> Path:
        return Path(tempfile.mkdtemp(prefix="table-", dir=self.work))

    def server(self) -> FrameServer:
        return FrameServer(self.info, self.table, cache_bytes=self.cache_bytes)

    def preview(self) -> tuple[int, int]:
        width, height = self.info.display_width, self.info.display_height
        return PREVIEW_WIDTH, max(2, round(height * PREVIEW_WIDTH / width))

    def keyframes(self, count: int, *, skip_first: bool = True) -> list[int]:
        pool = self.table.keyframes[1:] if skip_first else self.table.keyframes
        chosen = self.rng.choice(pool, size=min(count, len(pool)), replace=False)
        return [int(value) for value in chosen]


# -- the recording --------------------------------------------------------------------------


def ensure_video(out: Path, seconds: int) -> Path:
    """The benchmark recording, generated unless a file made with the same settings exists."""
    spec = PhoneSpec(seconds=seconds)
    path = out / f"h264_1080p30_gop60_{seconds}s.mp4"
    stamp = path.with_suffix(".json")
    wanted = asdict(spec)
    if path.exists() and stamp.exists() and json.loads(stamp.read_text()) == wanted:
        print(f"Reusing {path}")
        return path
    print(f"Generating {path} ({seconds * spec.fps} frames; this takes a while) ...",
          flush=True)
    partial = path.with_name(path.stem + ".partial.mp4")
    elapsed, _made = timed(lambda: make_phone_video(partial, spec))
    partial.replace(path)
    stamp.write_text(json.dumps(wanted, indent=1))
    print(f"  generated in {elapsed:.0f} s")
    return path


def describe(bench: Bench) -> list[str]:
    info, table = bench.info, bench.table
    gops = np.diff(np.append(table.keyframes, len(table)))
    rate = info.size_bytes * 8 / info.duration / 1e6
    return [
        f"Recording: {bench.path.name}: {info.video_codec} {info.width}x{info.height}, "
        f"{info.fps:g} fps, {info.duration:.1f} s, {info.frames} frames, "
        f"{len(table.keyframes)} keyframes (GOP median {int(np.median(gops))} frames), "
        f"{info.size_bytes / MB:.0f} MiB = {rate:.1f} Mbit/s",
        f"Frame cache bound: {bench.cache_bytes // MB} MiB "
        f"(one decoded 1080p frame is {info.width * info.height * 1.5 / MB:.1f} MiB)",
    ]


# -- 1. frame table -------------------------------------------------------------------------


def ffprobe_packets(path: Path) -> tuple[list[str], int | None]:
    """The ffprobe packet-count command and the count it reports (None without ffprobe)."""
    ffprobe = tool("ffprobe")
    if ffprobe is None:
        return [], None
    command = [ffprobe, "-v", "error", "-count_packets", "-select_streams", "v:0",
               "-show_entries", "stream=nb_read_packets", "-of", "csv=p=0", str(path)]
    output = subprocess.run(command, capture_output=True, text=True, check=False).stdout
    return command, int(output.strip().rstrip(",")) if output.strip() else None


@contextlib.contextmanager
def probing_child(worker: IsolatedWorker) -> Iterator[IsolatedWorker]:
    """Send the probing jobs of ``open_recording``/``FrameServer.open`` to ``worker``.

    The app uses one shared child (``isolation.shared_worker()``), started at launch by
    ``prewarm()``. To time a first use, with the interpreter start paid by the job, the shared
    child is swapped for a new, unstarted one for the duration of the measurement.
    """
    saved = isolation._worker
    isolation._worker = worker
    try:
        yield worker
    finally:
        isolation._worker = saved


def warm_child(path: Path) -> IsolatedWorker:
    """The shared child, started and with its imports done, as in the app after ``prewarm()``."""
    worker = shared_worker()
    worker.start()
    worker.call(file_identity, str(path), timeout=60, label=path.name)  # waits for the imports
    return worker


def with_cold_child(job: Callable[[], object]) -> float:
    """Wall seconds of ``job`` when the probing child has not been started yet."""
    worker = IsolatedWorker()
    try:
        with probing_child(worker):
            elapsed, _result = timed(job)
    finally:
        worker.stop()
    return elapsed


def bench_table(bench: Bench) -> list[Figure]:
    seconds, repeats = bench.info.duration, bench.repeats
    warm_child(bench.path)
    warm = [timed(lambda: open_recording(bench.path, cache_dir=bench.fresh_cache()))[0]
            for _ in range(repeats)]
    cold = [with_cold_child(lambda: open_recording(bench.path, cache_dir=bench.fresh_cache()))
            for _ in range(repeats)]
    inside = [timed(lambda: inspect_recording(str(bench.path)))[0] for _ in range(repeats)]
    command, count = ffprobe_packets(bench.path)
    baseline = "ffprobe absent"
    if command:
        probe_time = median([run_timed(command) for _ in range(repeats)])
        baseline = f"ffprobe -count_packets: {realtime(seconds, probe_time)} ({count} packets)"

    def speed(times: list[float]) -> str:
        return realtime(seconds, median(times))

    note = f"median of {repeats}"
    return [
        Figure(f"Frame table, fresh cache, open_recording, warm child (as in the app), {note}",
               speed(warm), baseline, ">= 300x", seconds / median(warm) >= 300),
        Figure(f"Frame table, fresh cache, open_recording, cold child (first use), {note}",
               speed(cold), baseline, ">= 300x", seconds / median(cold) >= 300),
        Figure(f"Frame table, inspect_recording in-process, {note}", speed(inside), baseline,
               ">= 300x", seconds / median(inside) >= 300),
        Figure("  warm child overhead (IPC, pickling, identity hash, cache write)",
               ms(median(warm) - median(inside)), "", "", None),
        Figure("  cold child overhead (+ interpreter start and imports)",
               ms(median(cold) - median(inside)), "", "", None),
    ]


def realtime(seconds: float, wall: float) -> str:
    return f"{seconds / wall:.0f}x realtime ({ms(wall)})"


# -- 2. first frame -------------------------------------------------------------------------


def first_frame(bench: Bench, cache: Path, *, cold_child: bool = False) -> float:
    """Wall seconds from nothing to frame 0 of a newly opened file, with ``cache``."""
    shown: list[tuple[FrameServer, np.ndarray]] = []

    def job() -> None:
        shown.append(open_and_show(bench, cache))

    elapsed = with_cold_child(job) if cold_child else timed(job)[0]
    server, picture = shown[0]
    bench.checks.check(0, picture, "first frame")
    server.close()
    return elapsed


def open_and_show(bench: Bench, cache: Path) -> tuple[FrameServer, np.ndarray]:
    server = FrameServer.open(bench.path, cache_dir=cache, cache_bytes=bench.cache_bytes)
    return server, server.frame(0)


def bench_first(bench: Bench) -> list[Figure]:
    repeats = bench.repeats
    warm_child(bench.path)
    caches = [bench.fresh_cache() for _ in range(repeats)]
    warm = [first_frame(bench, cache) for cache in caches]
    cached = [first_frame(bench, cache) for cache in caches]
    cold = [first_frame(bench, bench.fresh_cache(), cold_child=True) for _ in range(repeats)]
    baseline = "ffmpeg absent"
    ffmpeg = tool("ffmpeg")
    if ffmpeg:
        command = [ffmpeg, "-v", "error", "-i", str(bench.path), "-frames:v", "1",
                   "-f", "null", "-"]
        baseline = f"ffmpeg -frames:v 1: {ms(median([run_timed(command) for _ in caches]))}"
    previews = []
    for _ in range(repeats):
        elapsed, picture = timed(functools.partial(preview_first_frame, bench.path, PREVIEW_WIDTH))
        bench.checks.check(0, picture, "previewed frame 0")
        previews.append(elapsed)
    note = f"median of {repeats}"
    return [
        Figure(f"First frame shown while the frame table is read (app: preview of frame 0 in "
               f"the warm child, {PREVIEW_WIDTH} wide), {note}", ms(median(previews)), baseline,
               "<= 500 ms", median(previews) <= 0.5),
        Figure(f"First frame of a new file, warm child (as in the app), fresh table cache, "
               f"{note}", ms(median(warm)), baseline, "<= 500 ms", median(warm) <= 0.5),
        Figure(f"First frame of a new file, cold child (first use), fresh table cache, {note}",
               ms(median(cold)), baseline, "<= 500 ms", median(cold) <= 0.5),
        Figure(f"First frame, frame table already cached, {note}", ms(median(cached)),
               baseline, "<= 500 ms", median(cached) <= 0.5),
    ]


# -- 3. stepping ----------------------------------------------------------------------------


def timed_frame(bench: Bench, server: FrameServer, index: int, size: Size,
                check: bool) -> float:
    elapsed, picture = timed(functools.partial(server.frame, index, size))
    if check:
        bench.checks.check(index, picture, f"frame {index} size {size}")
    return elapsed


def forward_steps(bench: Bench, size: Size, runs: int = 5, steps: int = 60) -> list[float]:
    """Latency of frame(i+1) right after frame(i), from random start points."""
    server, times = bench.server(), []
    for start in bench.rng.integers(0, len(bench.table) - steps - 1, size=runs):
        server.frame(int(start), size)
        for index in range(int(start) + 1, int(start) + steps + 1):
            times.append(timed_frame(bench, server, index, size, index % 10 == 0))
    server.close()
    return times


def backward_steps(bench: Bench, size: Size, runs: int = 5,
                   steps: int = 130) -> tuple[list[float], list[float]]:
    """Stepping back from random points: (steps served from the cache, steps into a new GOP)."""
    server, cached, entering = bench.server(), [], []
    for start in bench.rng.integers(steps, len(bench.table), size=runs):
        server.frame(int(start), size)
        for index in range(int(start) - 1, int(start) - steps - 1, -1):
            hit = server.is_cached(index)
            elapsed = timed_frame(bench, server, index, size, not hit or index % 10 == 0)
            (cached if hit else entering).append(elapsed)
    server.close()
    return cached, entering


def gop_entries(bench: Bench, size: Size, count: int = 20) -> list[float]:
    """Latency of frame(k-1) right after frame(k) for keyframes k, k-1 not yet decoded."""
    times = []
    for keyframe in bench.keyframes(count):
        server = bench.server()
        server.frame(keyframe, size)
        times.append(timed_frame(bench, server, keyframe - 1, size, True))
        server.close()
    return times


def ffmpeg_decode_per_frame(bench: Bench, size: Size, frames: int = 900) -> str:
    """ffmpeg's per-frame cost to decode and convert to RGB (throughput, threads auto)."""
    ffmpeg = tool("ffmpeg")
    if ffmpeg is None:
        return "ffmpeg absent"
    scale = f"scale={size[0]}:{size[1]}:flags=area," if size else ""
    command = [ffmpeg, "-v", "error", "-i", str(bench.path), "-frames:v", str(frames),
               "-vf", f"{scale}format=rgb24", "-f", "null", "-"]
    wall = median([run_timed(command) for _ in range(3)])
    return f"ffmpeg decode->rgb24: {ms(wall / frames)}/frame"


@dataclass
class HeldKey:
    """What a guider stepping back at a steady pace sees, with idle prefetch between steps."""

    steps: list[float] = field(default_factory=list)  # latency of every backward step
    entries: list[float] = field(default_factory=list)  # of the steps that enter a new GOP
    inside: list[float] = field(default_factory=list)  # of the other steps
    served_from_cache: int = 0  # GOP entries whose frame was already decoded
    prefetched: list[int] = field(default_factory=list)  # frames of that GOP ready on entry


def idle_until(server: FrameServer, due: float) -> None:
    """As the app's frame worker does between requests: idle work until the next is due."""

    def should_stop() -> bool:
        return time.perf_counter() >= due

    while not should_stop() and server.idle_work(should_stop):
        pass
    remaining = due - time.perf_counter()
    if remaining > 0:
        time.sleep(remaining)


def held_key(bench: Bench, size: Size, interval: float, runs: int, steps: int) -> HeldKey:
    """Step back ``steps`` frames from random points, one request every ``interval`` seconds.

    Between requests ``FrameServer.idle_work`` runs until the next request is due, as
    ``vigeditor.ui.editor.frame_worker`` does. A step's latency runs from the moment its request is
    due (including any overrun of the idle work) to the frame being ready. A step slower than
    the interval delays the next request (no idle time then); the app would coalesce the
    queued key repeats into one request instead.
    """
    result, table = HeldKey(), bench.table
    keyframes = {int(value) for value in table.keyframes}
    for start in bench.rng.integers(steps + 1, len(table), size=runs):
        server = bench.server()
        server.frame(int(start), size)
        due = time.perf_counter() + interval
        for index in range(int(start) - 1, int(start) - steps - 1, -1):
            idle_until(server, due)
            entering = index + 1 in keyframes
            if entering:
                first = table.keyframe_at_or_before(index)
                ready = sum(server.is_cached(i) for i in range(first, index + 1))
                result.prefetched.append(ready)
                result.served_from_cache += server.is_cached(index)
            picture = server.frame(index, size)
            latency = time.perf_counter() - due
            if entering or index % 10 == 0:
                bench.checks.check(index, picture, f"held key, frame {index} size {size}")
            result.steps.append(latency)
            (result.entries if entering else result.inside).append(latency)
            due = max(due + interval, time.perf_counter())
        server.close()
    return result


def held_key_figures(bench: Bench, size: Size, label: str, interval: float, runs: int,
                     steps: int, what: str) -> list[Figure]:
    held = held_key(bench, size, interval, runs, steps)
    gop = int(np.median(np.diff(bench.table.keyframes)))
    pace = f"{what}, 1 step per {interval * 1000:.0f} ms, idle prefetch"
    ready = (f"{held.served_from_cache}/{len(held.entries)} entries already decoded; "
             f"frames of the new GOP ready on entry: median {median(held.prefetched):.0f} "
             f"of {gop}")
    return [
        Figure(f"Backward step entering a new GOP p50/p95, {pace}, {label}",
               p50_p95(held.entries), ready, "p95 <= 400 ms", pct(held.entries, 95) <= 0.400),
        Figure(f"Backward step inside a GOP p50/p95 (idle-work overrun included), {pace}, "
               f"{label}", p50_p95(held.inside), "", "p95 <= 50 ms",
               pct(held.inside, 95) <= 0.050),
        Figure(f"Backward step, all steps p50/p95, {pace}, {label}", p50_p95(held.steps),
               f"{runs} runs x {steps} steps", "", None),
    ]


def bench_step(bench: Bench) -> list[Figure]:
    figures = []
    for label, size in (("1080p", None), (f"{PREVIEW_WIDTH} wide", bench.preview())):
        forward = forward_steps(bench, size)
        cached, entering = backward_steps(bench, size)
        entering += gop_entries(bench, size)
        baseline = ffmpeg_decode_per_frame(bench, size)
        figures += [
            Figure(f"Forward step p50/p95, {label}", p50_p95(forward), baseline,
                   "p95 <= 30 ms", pct(forward, 95) <= 0.030),
            Figure(f"Backward step inside cached GOP p50/p95, {label}", p50_p95(cached),
                   "", "p95 <= 50 ms", pct(cached, 95) <= 0.050),
            Figure(f"Backward step entering a new GOP p50/p95, worst case: no idle time, "
                   f"{label}", p50_p95(entering), ffmpeg_seek_baseline(bench, gop_last=True),
                   "p95 <= 400 ms", pct(entering, 95) <= 0.400),
        ]
    return figures


def bench_held(bench: Bench) -> list[Figure]:
    """Stepping back at a guider's pace, at the viewer's size (the app asks for that)."""
    label, size = f"{PREVIEW_WIDTH} wide", bench.preview()
    return [
        *held_key_figures(bench, size, label, 1 / 30, runs=6, steps=150, what="held key"),
        *held_key_figures(bench, size, label, 0.150, runs=3, steps=150, what="tapped key"),
    ]


# -- 4. random access -----------------------------------------------------------------------


def ffmpeg_seek_baseline(bench: Bench, *, gop_last: bool, count: int = 10) -> str:
    """ffmpeg process: accurate seek and decode of one frame (incl. process start)."""
    ffmpeg = tool("ffmpeg")
    if ffmpeg is None:
        return "ffmpeg absent"
    if gop_last:
        indices = [keyframe - 1 for keyframe in bench.keyframes(count)]
    else:
        indices = [int(i) for i in bench.rng.integers(0, len(bench.table), size=count)]
    times = []
    for index in indices:
        command = [ffmpeg, "-v", "error", "-ss", f"{bench.table.time(index):.6f}",
                   "-i", str(bench.path), "-frames:v", "1", "-vf", "format=rgb24",
                   "-f", "null", "-"]
        times.append(run_timed(command))
    what = "last frame of a GOP" if gop_last else "random frame"
    return f"ffmpeg -ss, {what}: {p50_p95(times)}"


def random_cold(bench: Bench, count: int = 100) -> list[float]:
    """frame(i) for random i, each on a newly made server: nothing cached, decoder unplaced."""
    times = []
    for index in bench.rng.integers(0, len(bench.table), size=count):
        server = bench.server()
        times.append(timed_frame(bench, server, int(index), None, True))
        server.close()
    return times


def random_mixed(bench: Bench, count: int = 100) -> tuple[list[float], int]:
    """One server, cache kept: half the requests anywhere, half within 2 s of the last one."""
    server, times, hits = bench.server(), [], 0
    index, last = 0, len(bench.table) - 1
    for _ in range(count):
        if bench.rng.random() < 0.5:
            index = int(bench.rng.integers(0, last + 1))
        else:
            index = int(np.clip(index + bench.rng.integers(-60, 61), 0, last))
        hits += server.is_cached(index)
        times.append(timed_frame(bench, server, index, None, True))
    server.close()
    return times, hits


def bench_random(bench: Bench) -> list[Figure]:
    cold = random_cold(bench)
    mixed, hits = random_mixed(bench)
    baseline = ffmpeg_seek_baseline(bench, gop_last=False)
    return [
        Figure("Random exact access p50/p95, cold (new server each), 1080p", p50_p95(cold),
               baseline, "p95 <= 400 ms", pct(cold, 95) <= 0.400),
        Figure(f"Random exact access p50/p95, mixed (cache kept, {hits} hits), 1080p",
               p50_p95(mixed), baseline, "p95 <= 400 ms", pct(mixed, 95) <= 0.400),
    ]


# -- 5. thumbnails --------------------------------------------------------------------------


def thumbnail_strip(bench: Bench, count: int, width: int) -> float:
    server = bench.server()
    elapsed, pictures = timed(lambda: server.thumbnails(count, width))
    for index, picture in pictures:
        bench.checks.check(index, picture, f"thumbnail {index}")
    server.close()
    return elapsed


def bench_thumbs(bench: Bench, count: int = 60, width: int = 160) -> list[Figure]:
    ours = median([thumbnail_strip(bench, count, width) for _ in range(3)])
    baseline = "ffmpeg absent"
    ffmpeg = tool("ffmpeg")
    if ffmpeg:
        command = [ffmpeg, "-v", "error", "-skip_frame", "nokey", "-i", str(bench.path),
                   "-vf", f"scale={width}:-2,format=rgb24", "-fps_mode", "vfr",
                   "-f", "null", "-"]
        wall = median([run_timed(command) for _ in range(3)])
        baseline = (f"ffmpeg -skip_frame nokey, all {len(bench.table.keyframes)} "
                    f"keyframes: {ms(wall)}")
    return [Figure(f"Thumbnail strip, {count} x {width} px", ms(ours), baseline, "", None)]


# -- 6. memory ------------------------------------------------------------------------------


def memory_workload(server: FrameServer, rng: np.random.Generator) -> int:
    """Stepping as a guider does: far forward (cache overflows), back, then jumps.

    Returns the most bytes the cache held at any point."""
    frames, most = len(server), 0

    def show(index: int) -> None:
        nonlocal most
        server.frame(index)
        most = max(most, server.cached_bytes)

    start = int(rng.integers(0, max(1, frames - 901)))
    for index in range(start, min(frames, start + 900)):
        show(index)
    for index in range(min(frames, start + 900) - 1, max(-1, start + 660), -1):
        show(index)
    for index in rng.integers(0, frames, size=20):
        show(int(index))
    return most


def memory_child(path: Path, cache_dir: Path, cache_mb: int) -> int:
    """Run in a fresh interpreter: report RSS after imports and peak RSS after the workload."""
    before = memory_status()
    server = FrameServer.open(path, cache_dir=cache_dir, cache_bytes=cache_mb * MB)
    most_cached = memory_workload(server, np.random.default_rng(3))
    after = memory_status()
    report = {"rss_imports": before["VmRSS"], "peak": after["VmHWM"],
              "cached": server.cached_bytes, "most_cached": most_cached}
    server.close()
    print(json.dumps(report))
    return 0


def measure_memory(bench: Bench, cache_mb: int) -> dict[str, int]:
    command = [sys.executable, str(Path(__file__).resolve()), "--memory-child",
               "--cache-mb", str(cache_mb), "--table-cache", str(bench.warm_cache),
               "--file", str(bench.path)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        print(f"  ! memory child failed: {done.stderr[-500:]}")
        return {}
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def bench_memory(bench: Bench) -> list[Figure]:
    figures = []
    bound_mb = bench.cache_bytes // MB
    for cache_mb in sorted({bound_mb, 128}, reverse=True):
        report = measure_memory(bench, cache_mb)
        if not report:
            continue
        peak, limit = report["peak"], (cache_mb + 150) * MB
        figures.append(Figure(
            f"Peak RSS, stepping workload, cache bound {cache_mb} MiB",
            f"{peak / MB:.0f} MiB (bound + {(peak - cache_mb * MB) / MB:.0f})",
            f"interpreter after imports: {report['rss_imports'] / MB:.0f} MiB; cache held "
            f"at most {report['most_cached'] / MB:.0f} MiB",
            f"<= {cache_mb + 150} MiB", peak <= limit))
    return figures


# -- running --------------------------------------------------------------------------------


RUNNERS: dict[str, Callable[[Bench], list[Figure]]] = {
    "table": bench_table, "first": bench_first, "step": bench_step, "held": bench_held,
    "random": bench_random, "thumbs": bench_thumbs, "memory": bench_memory,
}


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=120,
                        help="length of the generated 1080p H.264 recording (default 120)")
    parser.add_argument("--cache-mb", type=int, default=512,
                        help="frame cache bound in MiB (default 512)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT,
                        help="folder for generated media (default bench/out/)")
    parser.add_argument("--repeats", type=int, default=5,
                        help="repeats of the whole-file figures, median reported (default 5)")
    parser.add_argument("--only", default=",".join(SECTIONS),
                        help=f"comma-separated sections to run, of: {', '.join(SECTIONS)}")
    parser.add_argument("--seed", type=int, default=2)
    parser.add_argument("--file", type=Path,
                        help="measure this recording instead of a generated one (it carries no "
                             "frame codes, so frames are not verified)")
    parser.add_argument("--memory-child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--table-cache", type=Path, help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def run(args: argparse.Namespace, work: Path) -> None:
    path = args.file or ensure_video(args.out, args.seconds)
    warm = work / "warm"
    info, table = open_recording(path, cache_dir=warm)
    bench = Bench(path, info, table, args.cache_mb * MB, work, warm, args.repeats,
                  np.random.default_rng(args.seed), Checks(enabled=args.file is None))
    print("\n".join(describe(bench)), flush=True)
    figures: list[Figure] = []
    for section in [name.strip() for name in args.only.split(",") if name.strip()]:
        print(f"running {section} (load average {load_average()}) ...", flush=True)
        figures += RUNNERS[section](bench)
    print(f"Load average at the end (1, 5, 15 min): {load_average()}")
    print_table(f"Media engine, {path.name}", figures)
    checks = bench.checks
    if not checks.enabled:
        print("\nframes verified: not checked (--file: the recording carries no frame codes)")
        return
    print(f"\nframes verified: {checks.right}/{checks.asked}")
    for problem in checks.wrong[:10]:
        print(f"  WRONG FRAME: {problem}")


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.memory_child:
        return memory_child(args.file, args.table_cache, args.cache_mb)
    print("vigeditor media-engine benchmark (figures only; nothing here fails on time)")
    print("\n".join(machine_facts()))
    print("Command: " + " ".join([Path(sys.executable).name, *sys.argv]))
    with tempfile.TemporaryDirectory(prefix="vig-bench-") as work:
        run(args, Path(work))
    return 0


if __name__ == "__main__":
    sys.exit(main())
