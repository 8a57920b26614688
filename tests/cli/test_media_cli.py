"""`vigeditor probe` and `vigeditor frame`: JSON facts, exact frames, plain errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import cv2
import pytest

from tests.data.videos import VideoSpec, make_video, read_code, vfr_timestamps
from vigeditor.cli import main

REQUIRED_KEYS = {"frames", "duration", "fps", "vfr", "width", "height", "rotation",
                 "display_width", "display_height", "video_codec", "audio", "has_location"}


@pytest.fixture(scope="module")
def rotated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cli")
    return make_video(folder / "portrait.mov", VideoSpec(codec="libx265", frames=30, width=240,
                                                         height=320, rotation_cw=90, gop=8))


@pytest.fixture(scope="module")
def vfr(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cli-vfr")
    return make_video(folder / "phone.mp4", VideoSpec(frames=40, pts_ms=vfr_timestamps(40)))


def _read_png(path: Path) -> int:
    return read_code(cv2.cvtColor(cv2.imread(str(path)), cv2.COLOR_BGR2RGB))


def test_probe_json(rotated: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["probe", str(rotated), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data.keys() >= REQUIRED_KEYS
    assert (data["frames"], data["rotation"], data["vfr"]) == (30, 90, False)
    assert (data["display_width"], data["display_height"]) == (240, 320)
    assert (data["width"], data["height"]) == (320, 240)
    assert data["video_codec"] == "hevc" and data["audio"] == []


def test_probe_text_is_readable(vfr: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["probe", str(vfr)]) == 0
    out = capsys.readouterr().out
    assert "frames: 40" in out and "variable rate" in out


def test_frame_by_index_is_exact_and_upright(rotated: Path, tmp_path: Path) -> None:
    out = tmp_path / "still.png"
    assert main(["frame", str(rotated), "--index", "17", "-o", str(out)]) == 0
    assert _read_png(out) == 17
    assert cv2.imread(str(out)).shape == (320, 240, 3)


def test_frame_by_time_uses_the_frame_table(vfr: Path, tmp_path: Path) -> None:
    stamps = vfr_timestamps(40)
    out = tmp_path / "at-time.png"
    # a moment just after frame 9 starts, on a variable-rate film: time x fps would miss it
    assert main(["frame", str(vfr), "--time", f"{stamps[9] / 1000 + 0.005}", "-o",
                 str(out)]) == 0
    assert _read_png(out) == 9


@pytest.mark.parametrize("arguments, words", [
    (["probe", "{missing}"], "does not exist"),
    (["frame", "{video}", "--index", "999", "-o", "{out}"], "outside this recording"),
    (["frame", "{video}", "--index", "1", "-o", "{bad_out}"], ".png or .jpg"),
    (["frame", "{video}", "-o", "{out}"], "one of the arguments"),
])
def test_errors_are_one_plain_line(arguments: list[str], words: str, vfr: Path, tmp_path: Path,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    values = {"missing": str(tmp_path / "gone.mp4"), "video": str(vfr),
              "out": str(tmp_path / "f.png"), "bad_out": str(tmp_path / "f.gif")}
    filled = [argument.format(**values) for argument in arguments]
    assert _status(filled) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and err.count("\n") == 1 and words in err


def _status(arguments: list[str]) -> int:
    """The exit status, whether main returns it or argparse exits with it."""
    try:
        return main(arguments)
    except SystemExit as exit_:
        return int(exit_.code or 0)


def test_a_bad_file_in_a_real_process(tmp_path: Path) -> None:
    """The installed command: exit status 2, one error line, no traceback."""
    text = tmp_path / "notes.mp4"
    text.write_text("hello")
    result = subprocess.run([sys.executable, "-m", "vigeditor", "probe", str(text), "--json"],
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and "not a video" in lines[0]
