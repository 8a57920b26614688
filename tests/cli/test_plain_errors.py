"""Issue 10, items 10, 11 and 14: plain errors from real processes, never the generic one.

Disk full is made with RLIMIT_FSIZE=0 in the child (every write past 0 bytes fails with
EFBIG, SIGXFSZ being ignored by Python); no permission with a child that has dropped every
capability (root without CAP_DAC_OVERRIDE meets mode 000 like anyone else).
"""

from __future__ import annotations

import os
import resource
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from vigeditor.errors import terminal_safe

GENERIC = "did not expect"
PYTHON_CMD = [sys.executable, "-c", "import sys; from vigeditor.cli import main; "
              "sys.exit(main(sys.argv[1:]))"]
SETPRIV = shutil.which("setpriv")


def _run(args: list[str], cwd: Path, *, full_disk: bool = False, no_caps: bool = False,
         log_dir: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "VIGEDITOR_LOG_DIR": str(log_dir or cwd / "logs"),
           "PYTHONPATH": str(Path(__file__).resolve().parents[2])}

    def limit() -> None:
        if full_disk:
            resource.setrlimit(resource.RLIMIT_FSIZE, (0, 0))

    prefix = [SETPRIV, "--bounding-set=-all", "--inh-caps=-all"] if no_caps else []
    return subprocess.run([*prefix, *PYTHON_CMD, *args], cwd=cwd, env=env, text=True,  # type: ignore[list-item]
                          capture_output=True, preexec_fn=limit, timeout=120)


def _plain(result: subprocess.CompletedProcess[str]) -> str:
    """The one ``error:`` line, checked: exit 2, no traceback, not the generic message."""
    assert result.returncode == 2, result
    assert "Traceback" not in result.stderr, result.stderr
    assert GENERIC not in result.stderr, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    return lines[0]


@pytest.fixture()
def work(tmp_path: Path) -> Path:
    made = _run(["case", "new", "fam", "--family", "AB1"], tmp_path)
    assert made.returncode == 0, made.stderr
    return tmp_path


def test_case_new_on_a_full_disk_says_so_and_leaves_nothing(work: Path) -> None:
    before = sorted(p.name for p in work.iterdir())
    line = _plain(_run(["case", "new", "other", "--family", "AB2"], work, full_disk=True))
    assert "full" in line and str(work) in line
    assert "damaged" not in line and "creating" not in line
    assert sorted(p.name for p in work.iterdir()) == before


@pytest.mark.parametrize("args", [
    ["case", "show", "fam"],
    ["case", "person", "fam", "--name", "Sam", "--role", "carer"],
    ["case", "consent", "fam", "--person", "Sam", "--purpose", "review",
     "--given", "2026-01-01"],
])
def test_every_case_command_on_a_full_disk_says_so(work: Path, args: list[str]) -> None:
    line = _plain(_run(args, work, full_disk=True))
    assert "full" in line and "fam.vigcase" in line
    shown = _run(["case", "show", "fam", "--json"], work)
    assert shown.returncode == 0 and "Sam" not in shown.stdout


needs_setpriv = pytest.mark.skipif(
    SETPRIV is None or os.name != "posix",
    reason="dropping capabilities needs util-linux setpriv on Linux")


@needs_setpriv
@pytest.mark.parametrize("command", ["probe", "import"])
def test_a_file_without_read_permission_is_named(work: Path, command: str) -> None:
    locked = work / "locked.mp4"
    locked.write_bytes(b"\0" * 4096)
    locked.chmod(0)
    args = ["probe", "locked.mp4"] if command == "probe" else [
        "case", "import", "fam", "locked.mp4"]
    line = _plain(_run(args, work, no_caps=True))
    assert "not allowed" in line and "locked.mp4" in line


@needs_setpriv
def test_a_case_folder_without_write_permission_is_named(work: Path) -> None:
    (work / "fam.vigcase").chmod(0o555)
    (work / "fam.vigcase" / "case.lock").chmod(0o444)
    line = _plain(_run(["case", "person", "fam", "--name", "Sam", "--role", "carer"], work,
                       no_caps=True))
    assert "fam.vigcase" in line and ("not allowed" in line or "cannot be opened" in line)


@pytest.mark.parametrize("kind", ["file", "read-only"])
def test_a_log_folder_that_cannot_be_written_never_shows_a_traceback(
        work: Path, kind: str) -> None:
    if kind == "file":
        logs = work / "logs-is-a-file"
        logs.write_text("not a folder")
        run = _run(["case", "show", "fam"], work, log_dir=logs)
    else:
        if SETPRIV is None:
            pytest.skip("dropping capabilities needs util-linux setpriv")
        logs = work / "ro-logs"
        logs.mkdir()
        logs.chmod(0o555)
        run = _run(["case", "show", "fam"], work, log_dir=logs, no_caps=True)
    assert run.returncode == 0, run.stderr
    assert run.stderr == ""
    assert "AB1" in run.stdout
    # an error still comes out as one plain line, with no logging noise around it
    _plain(_run(["probe", "missing.mp4"], work, log_dir=logs))


def test_a_log_file_on_a_full_disk_never_shows_a_traceback(work: Path) -> None:
    run = _run(["case", "show", "fam", "--json"], work, full_disk=True)
    _plain(run)  # the case cannot be opened on a full disk: said plainly, logging is silent
    assert "Logging error" not in run.stderr


def test_a_fifo_is_not_called_empty(tmp_path: Path) -> None:
    fifo = tmp_path / "camera.mp4"
    os.mkfifo(fifo)
    line = _plain(_run(["probe", "camera.mp4"], tmp_path))
    assert "not a regular file" in line and "empty" not in line


def test_frame_rejects_nan_and_negative_width(tmp_path: Path) -> None:
    for extra in (["--time", "nan"], ["--index", "1", "--width", "-7"]):
        line = _plain(_run(["frame", "x.mp4", *extra, "-o", "x.png"], tmp_path))
        assert "time" in line or "width" in line


def test_control_and_bidi_characters_in_names_are_escaped(tmp_path: Path) -> None:
    name = "nope\x1b[31mred\u202eevil\u2066.mp4"
    line = _plain(_run(["probe", name], tmp_path))
    assert "\x1b" not in line and "\u202e" not in line and "\u2066" not in line
    assert "\\x1b[31mred\\u202eevil\\u2066.mp4" in line


def test_terminal_safe_keeps_ordinary_letters() -> None:
    assert terminal_safe("Zoë's clip 動画.mp4") == "Zoë's clip 動画.mp4"
    assert terminal_safe("a\nb\u200fc") == "a\\x0ab\\u200fc"


def test_names_printed_on_standard_output_are_escaped_too(tmp_path: Path) -> None:
    import json

    from tests.data.videos import VideoSpec, make_video

    name = "clip\x1b[2J\u202eevil.mp4"
    make_video(tmp_path / name, VideoSpec(frames=5))
    shown = _run(["probe", name], tmp_path)
    assert shown.returncode == 0, shown.stderr
    assert "\x1b" not in shown.stdout and "\u202e" not in shown.stdout
    assert "clip\\x1b[2J\\u202eevil.mp4" in shown.stdout
    as_json = _run(["probe", name, "--json"], tmp_path)
    assert "\u202e" not in as_json.stdout
    assert json.loads(as_json.stdout)["path"] == name  # JSON's own escapes: still the name


@needs_setpriv
@pytest.mark.parametrize(("mode", "command"), [
    (0o000, ["case", "show", "fam"]),
    (0o000, ["case", "person", "fam", "--name", "Sam", "--role", "carer"]),
    (0o444, ["case", "person", "fam", "--name", "Sam", "--role", "carer"]),
])
def test_a_case_file_without_permission_is_not_called_damaged(
        work: Path, mode: int, command: list[str]) -> None:
    (work / "fam.vigcase" / "case.sqlite").chmod(mode)
    line = _plain(_run(command, work, no_caps=True))
    assert "not allowed" in line and "case.sqlite" in line and "damaged" not in line
