"""Issue 10, item 12: a sound stream whose kind cannot be identified does not cost the video.

The file is a real Matroska recording (H.264 + AAC) whose audio track's codec id is changed
to one FFmpeg does not know, as a camera's private sound format would look to it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import av
import pytest

from tests.data.videos import VideoSpec, make_video
from vigeditor.media.probe import probe
from vigeditor.media.render_audio import sound_format

ROOT = str(Path(__file__).resolve().parents[2])


@pytest.fixture(scope="module")
def unknown_sound(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("unknown-sound")
    source = make_video(folder / "with-sound.mp4", VideoSpec(frames=20, audio=True, gop=10))
    remuxed = folder / "with-sound.mkv"
    with av.open(str(source)) as inp, av.open(str(remuxed), "w") as out:
        streams = {stream.index: out.add_stream_from_template(stream) for stream in inp.streams}
        for packet in inp.demux():
            if packet.dts is None:
                continue
            packet.stream = streams[packet.stream.index]
            out.mux(packet)
    data = remuxed.read_bytes()
    assert data.count(b"A_AAC") == 1
    target = folder / "camera.mkv"
    target.write_bytes(data.replace(b"A_AAC", b"A_ZZZ"))
    with av.open(str(target)) as check:  # FFmpeg sees a sound stream it cannot identify
        assert check.streams.audio and check.streams.audio[0].codec_context is None
    return target


def test_probe_uses_the_video_and_says_the_sound_was_unreadable(unknown_sound: Path,
                                                                tmp_path: Path) -> None:
    info = probe(unknown_sound, cache_dir=tmp_path)
    assert info.frames == 20 and info.width == 320
    assert info.audio == [] and info.audio_unreadable
    assert any("sound" in note and "could not be read" in note for note in info.notes)
    assert info.to_json()["audio_unreadable"] is True
    assert sound_format(unknown_sound) is None  # a clip of it is made without sound


def _cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", "import sys; from vigeditor.cli import main; "
                           "sys.exit(main(sys.argv[1:]))", *args], cwd=cwd, text=True,
                          capture_output=True, timeout=120,
                          env={**os.environ, "VIGEDITOR_LOG_DIR": str(cwd), "PYTHONPATH": ROOT})


def test_cli_probe_and_import_say_the_sound_could_not_be_read(unknown_sound: Path,
                                                              tmp_path: Path) -> None:
    shown = _cli("probe", str(unknown_sound), cwd=tmp_path)
    assert shown.returncode == 0, shown.stderr
    assert "sound in this recording could not be read" in shown.stdout
    assert _cli("case", "new", "fam", "--family", "AB1", cwd=tmp_path).returncode == 0
    imported = _cli("case", "import", "fam", str(unknown_sound), cwd=tmp_path)
    assert imported.returncode == 0, imported.stderr
    assert "20 frames" in imported.stdout
    assert "sound in camera.mkv could not be read" in imported.stdout


def test_ordinary_sound_is_not_flagged(tmp_path: Path) -> None:
    path = make_video(tmp_path / "ok.mp4", VideoSpec(frames=10, audio=True))
    info = probe(path, cache_dir=tmp_path)
    assert len(info.audio) == 1 and not info.audio_unreadable and info.notes == []
