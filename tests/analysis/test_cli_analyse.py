"""``vigeditor analyse``: voices and turns in seconds and exact frames; plain errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.analysis.material import SCRIPT, SpeechFilm, have_espeak, mix, write_film
from tests.data.videos import VideoSpec, make_video
from vigeditor.cli import main
from vigeditor.media.probe import open_recording


def test_json(speech_film: SpeechFilm, tmp_path: Path,
              capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyse", str(speech_film.path), "--json", "--cache", str(tmp_path)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["computed"] == ["speech", "voices", "turns", "faces", "suggestions"]
    _info, table = open_recording(speech_film.path)
    assert data["frames"] == len(table)
    assert [t["voice"] for t in data["turns"]][:4] == ["adult", "child", "adult", "child"]
    for item in data["voices"] + data["turns"] + data["speech"]:
        assert item["first_frame"] == table.index_at(item["start"])
        assert table.time(item["first_frame"]) <= item["start"]
        assert item["first_frame"] <= item["last_frame"] < len(table)
        assert table.time(item["last_frame"]) < item["end"]
    assert {v["voice"] for v in data["voices"]} <= {"adult", "child", "unclear"}
    suggested = data["suggestions"]
    assert suggested and [s["score"] for s in suggested] == sorted(
        (s["score"] for s in suggested), reverse=True)
    for item in suggested:
        assert item["kind"] in ("exchange", "waiting", "face-to-face") and item["reasons"]
        assert item["first_frame"] == table.index_at(item["start"])
        assert item["first_frame"] <= item["last_frame"] < len(table)
    assert any("answered within" in reason for s in suggested for reason in s["reasons"])


def test_frames_of_a_variable_rate_film(tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    """Frames shown 20 and 60 ms in turn: frame numbers come from the frame table's times,
    so they differ from seconds × 25 and each start lies within its frame's display time."""
    if not have_espeak():
        pytest.skip("espeak-ng (Debian package espeak-ng) is not installed")
    sound, _truth = mix(SCRIPT[:4], 10.0, clatters=())
    film = write_film(tmp_path / "phone.mp4", sound, variable=True)
    assert main(["analyse", str(film), "--json", "--cache", str(tmp_path / "c")]) == 0
    data = json.loads(capsys.readouterr().out)
    _info, table = open_recording(film)
    assert table.is_variable_rate()
    assert len(data["turns"]) == 4
    naive = 0
    for item in data["speech"] + data["turns"]:
        first = item["first_frame"]
        assert table.time(first) <= item["start"] < table.time(first + 1)
        naive += first == int(item["start"] * 25)
    assert naive < len(data["speech"] + data["turns"])


def test_text(speech_film: SpeechFilm, tmp_path: Path,
              capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyse", str(speech_film.path), "--cache", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "Turns (" in out and "adult" in out and "child" in out and "frames" in out
    assert "Suggested moments (" in out and "turn exchange" in out


def test_no_sound(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    silent = make_video(tmp_path / "silent.mp4", VideoSpec(frames=10))
    assert main(["analyse", str(silent), "--cache", str(tmp_path / "c")]) == 0
    assert "No speech found." in capsys.readouterr().out


@pytest.mark.parametrize("name", ["missing.mp4", "junk.mp4"])
def test_plain_errors(name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / name
    if name == "junk.mp4":
        path.write_bytes(b"no film here" * 50)
    assert main(["analyse", str(path), "--cache", str(tmp_path / "c")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and err.count("\n") == 1 and "Traceback" not in err
