"""Generated recordings shared by the media tests (made once per test session)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.data.videos import (
    VideoSpec,
    make_audio_only,
    make_truncated,
    make_video,
    vfr_timestamps,
)


@dataclass(frozen=True)
class Sample:
    """A generated recording and what a probe must find in it."""

    name: str
    path: Path
    spec: VideoSpec
    codec: str


SPECS: dict[str, tuple[str, VideoSpec, str]] = {
    "cfr-h264-bframes": ("cfr.mp4", VideoSpec(frames=75, bframes=3, gop=15), "h264"),
    "vfr-h264": ("vfr.mp4", VideoSpec(frames=64, pts_ms=vfr_timestamps(64), gop=10), "h264"),
    "hevc-mov-rot90": ("rotated.mov", VideoSpec(codec="libx265", frames=40, width=240,
                                                height=320, rotation_cw=90, gop=12), "hevc"),
    "mpeg4-avi": ("old-camera.avi", VideoSpec(codec="mpeg4", frames=50, fps=25, gop=12,
                                              options={"qscale": "3"}), "mpeg4"),
    "h264-with-audio": ("with-audio.mp4", VideoSpec(frames=45, audio=True, gop=12, metadata={
        "location": "+52.2053+000.1218/", "creation_time": "2026-05-01T10:00:00Z"}), "h264"),
}


@pytest.fixture(scope="session")
def samples(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Sample]:
    folder = tmp_path_factory.mktemp("recordings")
    return {key: Sample(key, make_video(folder / name, spec), spec, codec)
            for key, (name, spec, codec) in SPECS.items()}


@pytest.fixture(params=sorted(SPECS))
def sample(request: pytest.FixtureRequest, samples: dict[str, Sample]) -> Sample:
    return samples[request.param]


@pytest.fixture(scope="session")
def table_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A frame-table cache shared by tests that are not about caching."""
    return tmp_path_factory.mktemp("frame-tables")


@pytest.fixture(scope="session")
def bad_files(tmp_path_factory: pytest.TempPathFactory,
              samples: dict[str, Sample]) -> dict[str, Path]:
    """Files a guider might pick by mistake, or that a failed copy left behind."""
    folder = tmp_path_factory.mktemp("bad")
    empty = folder / "empty.mp4"
    empty.write_bytes(b"")
    text = folder / "notes.mp4"
    text.write_text("Notes from the visit on Tuesday.\n" * 40, encoding="utf-8")
    faststart = make_video(folder / "faststart.mp4", VideoSpec(
        frames=60, container_options={"movflags": "+faststart"}))
    return {
        "empty": empty,
        "text-named-mp4": text,
        "audio-only": make_audio_only(folder / "voice-memo.mp4"),
        "truncated": make_truncated(samples["cfr-h264-bframes"].path, folder / "cut.mp4"),
        "truncated-faststart": make_truncated(faststart, folder / "cut-faststart.mp4", 0.6),
    }
