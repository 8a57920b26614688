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
from pathlib import Path
from typing import TypeVar

import numpy as np

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from tests.data.videos import VideoSpec, make_video, read_code  # noqa: E402

__all__ = ["REPO", "Figure", "VideoSpec", "make_video", "read_code"]

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


def machine_facts() -> list[str]:
    """Lines describing the machine and the libraries the figures depend on."""
    import av

    ffprobe = tool("ffprobe")
    ffmpeg_line = "absent"
    if ffprobe:
        version = subprocess.run([ffprobe, "-version"], capture_output=True, text=True)
        ffmpeg_line = version.stdout.splitlines()[0] if version.stdout else "unknown"
    libav = av.library_versions.get("libavcodec", ())
    load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
    return [
        f"CPU: {cpu_model()} x {os.cpu_count()} (nproc {len(os.sched_getaffinity(0))})",
        f"OS: {platform.platform()}",
        f"Python {platform.python_version()}, PyAV {av.__version__} "
        f"(libavcodec {'.'.join(map(str, libav))}), NumPy {np.__version__}",
        f"Baseline tools: {ffmpeg_line}",
        f"Load average at start (1, 5, 15 min): {load}",
    ]


def memory_status() -> dict[str, int]:
    """VmRSS and VmHWM (peak RSS) of this process, in bytes."""
    status: dict[str, int] = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _sep, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            status[key] = int(value.split()[0]) * 1024
    return status
