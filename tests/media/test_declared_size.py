"""Issue 10, item 13: a tiny file declaring a huge picture is refused before decoding, and
the isolated reader's memory is bounded whatever a file declares."""

from __future__ import annotations

import os
import resource
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

from vigeditor.media.limits import MAX_PIXELS, MAX_SIDE, READER_MEMORY, too_large

ROOT = str(Path(__file__).resolve().parents[2])
GENERIC = "did not expect"


def _chunk(kind: bytes, data: bytes) -> bytes:
    return (struct.pack(">I", len(data)) + kind + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))


def huge_png(path: Path, width: int = 16000, height: int = 16000, depth: int = 8) -> Path:
    """A few hundred bytes: a header declaring ``width``×``height`` RGB and four rows."""
    header = struct.pack(">IIBBBBB", width, height, depth, 2, 0, 0, 0)
    rows = b"".join(b"\0" + b"\0" * (width * 3 * depth // 8) for _ in range(4))
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header)
                     + _chunk(b"IDAT", zlib.compress(rows, 9)) + _chunk(b"IEND", b""))
    return path


def _probe_in_child(path: Path, cwd: Path) -> tuple[subprocess.CompletedProcess[str], int]:
    """``vigeditor probe`` as a real process; returns it and the largest resident size (KiB)
    of any process it waited for (the isolated reader included)."""
    script = ("import resource, subprocess, sys\n"
              "run = subprocess.run([sys.executable, '-m', 'vigeditor', 'probe', sys.argv[1]],"
              " capture_output=True, text=True)\n"
              "sys.stdout.write(run.stdout); sys.stderr.write(run.stderr)\n"
              "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr)\n"
              "sys.exit(run.returncode)\n")
    done = subprocess.run([sys.executable, "-c", script, str(path)], cwd=cwd, text=True,
                          capture_output=True, timeout=120,
                          env={**os.environ, "VIGEDITOR_LOG_DIR": str(cwd), "PYTHONPATH": ROOT})
    *lines, peak = done.stderr.strip().splitlines()
    return subprocess.CompletedProcess(done.args, done.returncode, done.stdout,
                                       "\n".join(lines)), int(peak)


def test_a_tiny_file_declaring_16000_squared_is_refused_plainly_and_cheaply(
        tmp_path: Path) -> None:
    path = huge_png(tmp_path / "photo.png")
    assert path.stat().st_size < 1000
    run, peak_kib = _probe_in_child(path, tmp_path)
    assert run.returncode == 2
    assert run.stderr.count("\n") == 0 and run.stderr.startswith("error: ")
    assert GENERIC not in run.stderr and "Traceback" not in run.stderr
    assert "16000×16000" in run.stderr and "photo.png" in run.stderr
    # the picture alone would be 768 MB; the whole reader stays far below that
    assert peak_kib < 300_000, f"reader peaked at {peak_kib} KiB"


def test_the_bound_holds_even_when_a_decoder_is_asked_directly(tmp_path: Path) -> None:
    """In a process bounded as the reader is, decoding a declared 16000×16000 16-bit picture
    (2 GB) fails instead of taking the memory."""
    if not sys.platform.startswith("linux"):
        pytest.skip("the address-space bound is Linux only")
    path = huge_png(tmp_path / "deep.png", depth=16)
    script = ("import sys, av, resource\n"
              "from vigeditor.media.limits import bound_memory\n"
              "bound_memory(1 << 30)\n"
              "try:\n"
              "    with av.open(sys.argv[1]) as c:\n"
              "        next(c.decode(video=0))\n"
              "    print('decoded')\n"
              "except (MemoryError, av.error.FFmpegError) as error:\n"
              "    print('refused', type(error).__name__)\n"
              # VmHWM, not ru_maxrss: ru_maxrss survives exec, so a child forked from a big
              # test process would report the parent's peak
              "print([line.split()[1] for line in open('/proc/self/status')\n"
              "       if line.startswith('VmHWM:')][0])\n")
    done = subprocess.run([sys.executable, "-c", script, str(path)], text=True,
                          capture_output=True, timeout=120,
                          env={**os.environ, "PYTHONPATH": ROOT})
    verdict, peak = done.stdout.strip().splitlines()[-2:]
    assert verdict.startswith("refused"), done.stdout + done.stderr
    assert int(peak) < (1 << 30) // 1024


def test_the_child_is_bounded_and_ordinary_sizes_pass() -> None:
    from vigeditor.media.isolation import run_isolated

    soft, _hard = run_isolated(resource.getrlimit, resource.RLIMIT_AS, timeout=30,
                               label="limit") if sys.platform.startswith("linux") else (0, 0)
    if sys.platform.startswith("linux"):
        assert 0 < soft <= READER_MEMORY
    for width, height in ((1920, 1080), (3840, 2160), (7680, 4320), (8192, 4320),
                          (1080, 1920), (4000, 3000)):
        assert not too_large(width, height)
    for width, height in ((16000, 16000), (MAX_SIDE + 1, 100), (100, MAX_SIDE + 1),
                          (8000, 8000)):
        assert too_large(width, height)
    assert MAX_PIXELS >= 8192 * 4320
