"""Helpers shared by the benchmarks: timing, percentiles, a table of figures, machine facts.

Benchmarks print figures beside a baseline measured in the same run and never fail on time
(DESIGN.md §6). Importing this module also puts the repository root on ``sys.path`` so the
test-video generators in ``tests/data`` (not an installed package) can be used.
"""

from __future__ import annotations

import os
import platform
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import TypeVar

import av
import numpy as np

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from tests.data.videos import draw_code, read_code  # noqa: E402

__all__ = ["REPO", "Figure", "PhoneSpec", "cpu_model", "ffmpeg_binary", "load_average",
           "machine_facts", "make_phone_video", "median", "memory_status", "ms", "p50_p95",
           "pct", "print_table", "read_code", "run_timed", "timed", "tool"]

T = TypeVar("T")


def timed(func: Callable[[], T]) -> tuple[float, T]:
    """Wall seconds taken by ``func()`` and its result."""
    start = time.perf_counter()
    result = func()
    return time.perf_counter() - start, result


def run_timed(command: Sequence[str]) -> float:
    """Wall seconds of an external command (NaN, with its stderr shown, if it fails)."""
    start = time.perf_counter()
    completed = subprocess.run(list(command), capture_output=True, check=False)
    elapsed = time.perf_counter() - start
    if completed.returncode != 0:
        print(f"  ! {command[0]} failed: {completed.stderr.decode(errors='replace')[:300]}")
        return float("nan")
    return elapsed


def ffmpeg_binary() -> str:
    """The ffmpeg program for baselines: the system's, else the imageio-ffmpeg wheel's."""
    system = shutil.which("ffmpeg")
    if system:
        return system
    import imageio_ffmpeg

    return str(imageio_ffmpeg.get_ffmpeg_exe())


def tool(name: str) -> str | None:
    """The path of an external program, or None (the figure is then reported as absent)."""
    return shutil.which(name)


def median(values: Sequence[float]) -> float:
    return float(np.median(values)) if len(values) else float("nan")


def pct(values: Sequence[float], q: float) -> float:
    return float(np.percentile(values, q)) if len(values) else float("nan")


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def p50_p95(values: Sequence[float]) -> str:
    """'p50 / p95' in milliseconds, with the sample count."""
    return f"{ms(pct(values, 50))} / {ms(pct(values, 95))} (n={len(values)})"


@dataclass
class Figure:
    """One row of the results table."""

    name: str
    value: str
    baseline: str = ""
    target: str = ""
    meets: bool | None = None

    @property
    def verdict(self) -> str:
        return {None: "", True: "meets", False: "misses"}[self.meets]


def print_table(title: str, figures: Sequence[Figure]) -> None:
    """A Markdown table (readable in a terminal, pasteable into docs/performance.md)."""
    header = ("Figure", "vigeditor", "Baseline (same run)", "Target", "")
    rows = [header] + [(f.name, f.value, f.baseline, f.target, f.verdict) for f in figures]
    widths = [max(len(row[column]) for row in rows) for column in range(len(header))]
    print(f"\n### {title}\n")
    for number, row in enumerate(rows):
        print("| " + " | ".join(cell.ljust(width) for cell, width in zip(row, widths,
                                                                          strict=True)) + " |")
        if number == 0:
            print("|" + "|".join("-" * (width + 2) for width in widths) + "|")


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def load_average() -> str:
    """The 1, 5 and 15 minute load averages (other people's work on a shared machine)."""
    return ", ".join(f"{value:.2f}" for value in os.getloadavg())


def machine_facts() -> list[str]:
    """Lines describing the machine and the libraries the figures depend on."""
    import av

    ffprobe = tool("ffprobe")
    ffmpeg_line = "absent"
    if ffprobe:
        version = subprocess.run([ffprobe, "-version"], capture_output=True, text=True)
        ffmpeg_line = version.stdout.splitlines()[0] if version.stdout else "unknown"
    libav = av.library_versions.get("libavcodec", ())
    return [
        f"CPU: {cpu_model()} x {os.cpu_count()} (nproc {len(os.sched_getaffinity(0))})",
        f"OS: {platform.platform()}",
        f"Python {platform.python_version()}, PyAV {av.__version__} "
        f"(libavcodec {'.'.join(map(str, libav))}), NumPy {np.__version__}",
        f"Baseline tools: {ffmpeg_line}",
        f"Load average at start (1, 5, 15 min): {load_average()}",
    ]


def memory_status() -> dict[str, int]:
    """VmRSS and VmHWM (peak RSS) of this process, in bytes."""
    status: dict[str, int] = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _sep, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            status[key] = int(value.split()[0]) * 1024
    return status


# -- a phone-like test recording -----------------------------------------------------------


@dataclass(frozen=True)
class PhoneSpec:
    """A recording that costs a decoder what phone footage costs, with frame-number codes.

    ``tests.data.videos.make_video`` scrolls one fixed noise picture, which x264 predicts
    almost for free: its predicted frames come out at about 2 KB and all the bits sit in
    keyframes (about 860 KB each), so decoding is unlike a phone's. Here a smooth scene pans
    under fresh sensor-like noise every frame, which gives phone-like frame sizes (keyframes
    about 230 KB, P-frames about 75 KB at 8-9 Mbit/s). The top of every frame carries the
    block code of ``tests.data.videos``, so ``read_code`` proves which frame was returned.
    """

    seconds: int
    width: int = 1920
    height: int = 1080
    fps: int = 30
    gop: int = 60
    bframes: int = 2
    crf: int = 20
    noise_sigma: float = 4.0
    preset: str = "veryfast"
    version: int = 1


def _scene(spec: PhoneSpec, pan: int, rng: np.random.Generator) -> list[np.ndarray]:
    """A few noisy versions of a wide, smooth scene (noise pool: no noise repeats soon)."""
    height, width = spec.height, spec.width + pan
    y, x = np.mgrid[0:height, 0:width].astype(np.float32)
    light = 110 + 50 * np.sin(x / 37.0) * np.cos(y / 53.0) + 40 * np.sin((x + y) / 211.0)
    blocks = np.kron(rng.integers(0, 60, size=(height // 8 + 1, width // 8 + 1)),
                     np.ones((8, 8)))[:height, :width].astype(np.float32)
    grey = light + blocks - 30
    pool = []
    for _ in range(8):
        noisy = grey + rng.normal(0, spec.noise_sigma, size=grey.shape).astype(np.float32)
        rgb = np.stack([noisy, noisy * 0.9 + 10, noisy * 0.8 + 20], axis=2)
        pool.append(rgb.clip(0, 255).astype(np.uint8))
    return pool


def make_phone_video(path: Path, spec: PhoneSpec) -> Path:
    """Write ``spec`` as H.264 in MP4; frame ``i`` shows the number ``i``."""
    rng, pan, time_base = np.random.default_rng(7), 600, Fraction(1, spec.fps)
    pool = _scene(spec, pan, rng)
    path.parent.mkdir(parents=True, exist_ok=True)
    with av.open(str(path), "w", format="mp4") as container:
        stream = container.add_stream("libx264", rate=Fraction(spec.fps))
        stream.width, stream.height, stream.pix_fmt = spec.width, spec.height, "yuv420p"
        stream.codec_context.time_base = time_base
        stream.options = {"g": str(spec.gop), "bf": str(spec.bframes), "preset": spec.preset,
                          "crf": str(spec.crf)}
        for index in range(spec.seconds * spec.fps):
            shift = (2 * index) % pan
            texture = pool[index % len(pool)][:, shift : shift + spec.width]
            picture = draw_code(index, spec.width, spec.height, texture)
            frame = av.VideoFrame.from_ndarray(picture, format="rgb24")
            frame.pts, frame.time_base = index, time_base
            container.mux(stream.encode(frame))
        container.mux(stream.encode())
    return path
