"""Fuzz run (issue 10): mutated files of the conformance corpus through the command line.

Each mutated file is made from one corpus file with a seeded RNG (``Random(f"{seed}-{n}")``
picks the source file and the mutation: bit flips, truncation, random overwrites of ranges,
header corruption, or a mix). For each file the script runs ``vigeditor probe FILE`` and
``vigeditor frame FILE --index 0 -o OUT.png`` (and ``vigeditor check FILE`` on every
``--check-every``-th file) as subprocesses in their own session, and records the exit code,
whether stderr holds a traceback (a line starting ``Traceback``), exits other than 0/1/2
(a signal counts), answers over 10 s, the peak memory of the whole process tree (``wait4``)
and of the isolated reader child (``python -m vigeditor.media.isolation``; its VmHWM polled
from /proc every 20 ms). Findings are printed with the seed and file number so that one
file can be made again with ``--only N``. Never fails on time.

    .venv/bin/python bench/bench_fuzz.py --files 1000 --workers 2
    .venv/bin/python bench/bench_fuzz.py --only 417 --keep      # make file 417 again
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import subprocess
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from common import REPO, machine_facts

VIG = REPO / ".venv" / "bin" / "vigeditor"
SLOW = 10.0
ISOLATION = b"vigeditor.media.isolation"


def markdown_table(header: list[str], rows: list[list[str]]) -> None:
    print("| " + " | ".join(header) + " |")
    print("|" + "|".join("---" for _ in header) + "|")
    for row in rows:
        print("| " + " | ".join(row) + " |")


def corpus_files(folder: Path) -> list[Path]:
    if not folder.is_dir() or not any(folder.iterdir()):
        from tests.data.corpus import make_corpus
        make_corpus(folder)
    return sorted(path for path in folder.iterdir() if path.is_file())


def mutate(data: bytes, rng: random.Random) -> tuple[bytes, str]:
    """One mutated copy of ``data`` and a description of what was done."""
    buf = bytearray(data)
    kind = rng.choice(["flip", "truncate", "overwrite", "header", "mix"])
    steps = [kind] if kind != "mix" else rng.sample(["flip", "overwrite", "header", "truncate"],
                                                    rng.randint(2, 3))
    said = []
    for step in steps:
        if not buf:
            break
        if step == "flip":
            count = rng.choice([1, 2, 8, 32, 256])
            for _ in range(count):
                at = rng.randrange(len(buf))
                buf[at] ^= 1 << rng.randrange(8)
            said.append(f"flip x{count}")
        elif step == "truncate":
            keep = rng.randrange(len(buf))
            del buf[keep:]
            said.append(f"truncate@{keep}")
        elif step == "overwrite":
            ranges = rng.randint(1, 4)
            for _ in range(ranges):
                at = rng.randrange(len(buf))
                size = min(len(buf) - at, rng.choice([4, 16, 64, 512, 4096]))
                fill = rng.choice(["random", "zero", "ff"])
                chunk = (bytes(rng.getrandbits(8) for _ in range(size)) if fill == "random"
                         else (b"\0" if fill == "zero" else b"\xff") * size)
                buf[at:at + size] = chunk
            said.append(f"overwrite x{ranges}")
        else:  # header: the first 256 bytes hold the container's boxes/elements/headers
            span = min(len(buf), 256)
            for _ in range(rng.randint(1, 6)):
                at = rng.randrange(span)
                buf[at] = rng.choice([0, 0xFF, 0x7F, 0x80, rng.getrandbits(8)])
            if rng.random() < 0.3 and span >= 8:  # a huge box / element size
                at = rng.randrange(span - 4)
                buf[at:at + 4] = rng.choice([b"\xff\xff\xff\xff", b"\x7f\xff\xff\xff",
                                             b"\0\0\0\1", b"\0\0\0\0"])
            said.append("header")
    return bytes(buf), "+".join(said)


@dataclass
class Run:
    number: int
    source: str
    mutation: str
    command: str
    code: int
    seconds: float
    traceback: bool
    tree_kb: int
    reader_kb: int
    stderr_tail: str = ""


@dataclass
class Totals:
    runs: list[Run] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)


def _reader_peak(session: int, seen: dict[int, int]) -> None:
    """VmHWM of every isolated reader in ``session`` (the process group of the command)."""
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as handle:
                stat = handle.read()
            fields = stat[stat.rfind(b")") + 2:].split()
            if int(fields[3]) != session:  # field 6 (session) after the name
                continue
            with open(f"/proc/{entry.name}/cmdline", "rb") as handle:
                if ISOLATION not in handle.read():
                    continue
            with open(f"/proc/{entry.name}/status", "rb") as handle:
                for line in handle:
                    if line.startswith(b"VmHWM:"):
                        pid = int(entry.name)
                        seen[pid] = max(seen.get(pid, 0), int(line.split()[1]))
        except (OSError, ValueError, IndexError):
            continue


def run_one(args: list[str], hard_timeout: float,
            scratch: Path) -> tuple[int, float, str, int, int]:
    """Exit code (negative: signal; 124: our timeout), seconds, stderr, tree and reader KB."""
    err_path = scratch / f"err-{threading.get_ident()}.txt"
    with open(err_path, "wb") as err:
        start = time.monotonic()
        child = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=err,
                                 stdin=subprocess.DEVNULL, start_new_session=True, cwd=scratch)
        seen: dict[int, int] = {}
        code, usage, timed_out = None, None, False
        while True:
            pid, status, usage = os.wait4(child.pid, os.WNOHANG)
            if pid:
                code = os.waitstatus_to_exitcode(status)
                child.returncode = code
                break
            if time.monotonic() - start > hard_timeout:
                timed_out = True
                with _suppress():
                    os.killpg(child.pid, signal.SIGKILL)
                _pid, status, usage = os.wait4(child.pid, 0)
                child.returncode = os.waitstatus_to_exitcode(status)
                break
            _reader_peak(child.pid, seen)
            time.sleep(0.02)
        seconds = time.monotonic() - start
        with _suppress():  # anything the command left behind in its session
            os.killpg(child.pid, signal.SIGKILL)
    stderr = err_path.read_text(errors="replace")
    return (124 if timed_out else code, seconds, stderr, usage.ru_maxrss,
            max(seen.values(), default=0))


class _suppress:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> bool:
        return exc[0] is not None and issubclass(exc[0], OSError)  # type: ignore[arg-type]


def fuzz_file(number: int, seed: int, sources: list[Path], work: Path, check_every: int,
              hard_timeout: float, keep: bool) -> list[Run]:
    rng = random.Random(f"{seed}-{number}")
    source = rng.choice(sources)
    data, mutation = mutate(source.read_bytes(), rng)
    scratch = work / f"f{number}"
    scratch.mkdir(parents=True, exist_ok=True)
    target = scratch / f"mut-{number}{source.suffix}"
    target.write_bytes(data)
    commands = [("probe", [str(VIG), "probe", str(target)]),
                ("frame", [str(VIG), "frame", str(target), "--index", "0", "-o",
                           str(scratch / "out.png")])]
    if check_every and number % check_every == 0:
        commands.append(("check", [str(VIG), "check", str(target)]))
    runs = []
    for name, args in commands:
        code, seconds, stderr, tree_kb, reader_kb = run_one(args, hard_timeout, scratch)
        has_tb = any(line.startswith("Traceback") for line in stderr.splitlines())
        runs.append(Run(number, source.name, mutation, name, code, seconds, has_tb, tree_kb,
                        reader_kb, " | ".join(stderr.strip().splitlines()[-3:])[:300]))
    if not keep:
        shutil.rmtree(scratch, ignore_errors=True)
    return runs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=20261130)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--check-every", type=int, default=10)
    parser.add_argument("--hard-timeout", type=float, default=60.0)
    parser.add_argument("--budget", type=float, default=0.0,
                        help="stop starting new files after this many seconds (0: no limit)")
    parser.add_argument("--only", type=int, default=None, help="make and run file N only")
    parser.add_argument("--keep", action="store_true", help="keep the mutated files")
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "out" / "fuzz")
    options = parser.parse_args()

    sources = corpus_files(options.out / "corpus")
    work = options.out / "work"
    work.mkdir(parents=True, exist_ok=True)
    numbers = [options.only] if options.only is not None else list(range(options.files))
    print("\n".join(machine_facts()))
    print(f"{len(sources)} corpus files, {len(numbers)} mutated files, seed {options.seed}, "
          f"{options.workers} workers")
    started = time.monotonic()
    totals = Totals()
    done_files = 0

    def task(number: int) -> None:
        nonlocal done_files
        if options.budget and time.monotonic() - started > options.budget:
            return
        runs = fuzz_file(number, options.seed, sources, work, options.check_every,
                         options.hard_timeout, options.keep or options.only is not None)
        with totals.lock:
            totals.runs.extend(runs)
            done_files += 1
            for run in runs:
                bad = run.code not in (0, 1, 2) or run.traceback or run.seconds > SLOW
                if bad or options.only is not None:
                    label = "FINDING" if bad else "result"
                    print(f"{label} file {run.number} ({run.source}, {run.mutation}) "
                          f"{run.command}: exit {run.code}, {run.seconds:.1f} s, "
                          f"traceback={run.traceback}: {run.stderr_tail}", flush=True)
            if done_files % 50 == 0:
                print(f"  {done_files} files, {time.monotonic() - started:.0f} s", flush=True)

    with ThreadPoolExecutor(max_workers=options.workers) as pool:
        list(pool.map(task, numbers))
    elapsed = time.monotonic() - started

    rows = []
    for name in ("probe", "frame", "check"):
        runs = [run for run in totals.runs if run.command == name]
        if not runs:
            continue
        codes: dict[int, int] = {}
        for run in runs:
            codes[run.code] = codes.get(run.code, 0) + 1
        durations = sorted(run.seconds for run in runs)
        rows.append([name, str(len(runs)),
                     ", ".join(f"{code}: {count}" for code, count in sorted(codes.items())),
                     str(sum(run.code not in (0, 1, 2) for run in runs)),
                     str(sum(run.traceback for run in runs)),
                     str(sum(run.seconds > SLOW for run in runs)),
                     f"{durations[len(durations) // 2]:.2f} / {durations[-1]:.2f}",
                     f"{max(run.tree_kb for run in runs) / 1024:.0f}",
                     f"{max(run.reader_kb for run in runs) / 1024:.0f}"])
    print(f"\n{done_files} mutated files in {elapsed:.0f} s")
    markdown_table(["command", "runs", "exit codes", "crashes (not 0/1/2)", "tracebacks",
                 f"over {SLOW:.0f} s", "median / max s", "peak tree MB",
                 "peak isolated reader MB"], rows)
    mutations: dict[str, int] = {}
    for run in totals.runs:
        if run.command == "probe":
            key = run.mutation.split("+")[0].split(" ")[0].split("@")[0]
            mutations[key] = mutations.get(key, 0) + 1
    print("first mutation of each file:", mutations)


if __name__ == "__main__":
    main()
