"""Frame truth benchmark: building frame tables (fast and decode-verified) and stepping on HDR.

Prints, beside ffmpeg decoding the same file in the same run:

* frame table × realtime, fast path (packets, warm child) and decode-verified path (every
  frame decoded in the child), on a 1080p H.264 film (default: the 10-minute film of
  docs/performance.md, ``--film``) and on a 1080p HEVC 10-bit HLG film;
* forward step and backward step (inside a GOP) p95 on the HLG film, tone-mapped to SDR,
  960 pixels wide (targets: forward ≤ 30 ms, back inside a GOP ≤ 50 ms).

    .venv/bin/python bench/bench_frame_truth.py [--film FILE] [--hlg-seconds 20]

Never fails on time (DESIGN.md §6).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import (  # type: ignore[import-not-found]
    REPO,
    Figure,
    load_average,
    machine_facts,
    ms,
    p50_p95,
    pct,
    print_table,
    run_timed,
    timed,
)

from vigeditor.media.checking import decoded_index_job
from vigeditor.media.frame_server import FrameServer
from vigeditor.media.isolation import IsolatedWorker
from vigeditor.media.probe import inspect_recording, open_recording

OUT = REPO / "bench" / "out"
STEP_WIDTH = 960


def make_hlg_film(path: Path, seconds: int) -> Path:
    """1080p30 HEVC Main 10, BT.2020 HLG, 1-second GOPs with B-frames (an iPhone-like film)
    made with the system ffmpeg: testsrc2 converted to HLG by zscale, encoded by x265."""
    if path.exists():
        print(f"Reusing {path}")
        return path
    print(f"Generating {path} ({seconds} s; this takes a while) ...", flush=True)
    chain = ("format=yuv420p,setparams=color_primaries=bt709:color_trc=bt709:"
             "colorspace=bt709:range=tv,zscale=t=linear:npl=203,format=gbrpf32le,"
             "zscale=p=bt2020:t=arib-std-b67:m=bt2020nc:r=tv,format=yuv420p10le")
    partial = path.with_name(path.stem + ".partial.mp4")
    subprocess.run(["ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i",
                    f"testsrc2=size=1920x1080:rate=30:duration={seconds}", "-vf", chain,
                    "-c:v", "libx265", "-preset", "ultrafast", "-x265-params",
                    "log-level=error:keyint=30:bframes=3:colorprim=bt2020:transfer="
                    "arib-std-b67:colormatrix=bt2020nc", "-tag:v", "hvc1", str(partial)],
                   check=True)
    partial.replace(path)
    return path


def table_figures(path: Path, label: str) -> list[Figure]:
    """Fast and decode-verified table builds in a warm child, beside ffmpeg decoding."""
    worker = IsolatedWorker()
    worker.start()
    info, _table = open_recording(path, cache_dir=Path(tempfile.mkdtemp()))
    seconds = info.duration
    try:
        worker.call(inspect_recording, str(path), timeout=600, label=path.name)  # warm up
        fast, _ = timed(lambda: worker.call(inspect_recording, str(path), timeout=600,
                                            label=path.name))
        full, decoded = timed(lambda: worker.call(decoded_index_job, str(path), timeout=600,
                                                  label=path.name))
    finally:
        worker.stop()
    decode = run_timed(["ffmpeg", "-v", "error", "-i", str(path), "-map", "0:v:0",
                        "-f", "null", "-"])
    probe = run_timed(["ffprobe", "-v", "error", "-select_streams", "v:0", "-count_packets",
                       "-show_entries", "stream=nb_read_packets", str(path)])
    baseline = f"ffmpeg decode: {seconds / decode:.1f}x ({ms(decode)})"
    assert len(decoded) == info.frames, "the decoded table must count every frame"
    return [
        Figure(f"{label}: frame table, packets (fast path)", f"{seconds / fast:.0f}x ({ms(fast)})",
               f"ffprobe -count_packets: {seconds / probe:.0f}x ({ms(probe)})", "", None),
        Figure(f"{label}: frame table, decode-verified", f"{seconds / full:.1f}x ({ms(full)})",
               baseline, "", None),
    ]


def step_figures(path: Path) -> list[Figure]:
    """Forward and backward stepping on the HLG film, tone-mapped, 960 wide."""
    info, table = open_recording(path, cache_dir=Path(tempfile.mkdtemp()))
    forward: list[float] = []
    backward: list[float] = []
    for start in (int(k) for k in table.keyframes[2:7]):
        with FrameServer(info, table) as server:
            size = server.size_for_width(STEP_WIDTH)
            server.serve(start, size)
            for index in range(start + 1, min(start + 25, len(table))):
                forward.append(timed(lambda i=index, s=server, z=size: s.serve(i, z))[0])
            for index in range(min(start + 23, len(table) - 1), start, -1):
                backward.append(timed(lambda i=index, s=server, z=size: s.serve(i, z))[0])
    return [
        Figure("HLG 1080p → SDR 960 wide: forward step p50 / p95", p50_p95(forward), "",
               "p95 ≤ 30 ms", pct(forward, 95) <= 0.030),
        Figure("HLG 1080p → SDR 960 wide: back step inside a GOP p50 / p95", p50_p95(backward),
               "", "p95 ≤ 50 ms", pct(backward, 95) <= 0.050),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--film", type=Path, default=OUT / "concat_5x120s_600s.mp4",
                        help="the 1080p H.264 film (see docs/performance.md)")
    parser.add_argument("--hlg-seconds", type=int, default=20)
    args = parser.parse_args(argv)
    if not shutil.which("ffmpeg"):
        print("ffmpeg is needed for the baselines", file=sys.stderr)
        return 2
    OUT.mkdir(parents=True, exist_ok=True)
    for fact in machine_facts():
        print(fact)
    hlg = make_hlg_film(OUT / f"hevc10_hlg_1080p30_{args.hlg_seconds}s.mp4", args.hlg_seconds)
    started = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    print(f"Started {started}, load {load_average()}")
    figures: list[Figure] = []
    if args.film.exists():
        figures += table_figures(args.film, f"H.264 1080p {args.film.name}")
    else:
        print(f"(no {args.film}: run bench_media.py as docs/performance.md says to make it)")
    figures += table_figures(hlg, "HEVC 10-bit HLG 1080p")
    print(f"load {load_average()}")
    figures += step_figures(hlg)
    print_table("Frame truth", figures)
    return 0


if __name__ == "__main__":
    sys.exit(main())
