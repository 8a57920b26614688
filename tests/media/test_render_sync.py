"""Issue 9: clips hold out − in + 1 frames, the right pictures, and sound in sync.

Everything here is checked against ffmpeg/ffprobe (the system's programs), never against
vigeditor's own reading of a file: the clip's frames are decoded by ffmpeg and their codes
read, the source's frame times and sound start come from ffprobe, and the expected sound is
the source's sound as ffmpeg decodes it, cut at the time ffprobe gives frame ``in``. The
clip's sound must line up with it within 10 ms (cross-correlation) and last as long as the
clip's pictures within one AAC frame (1024 samples).
"""

from __future__ import annotations

import json
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest

from tests.data.corpus_audio import (
    HELD_FRAME,
    HELD_MS,
    JOINED_PART_FRAMES,
    LATE_START,
    AudioRecording,
    make_audio_late,
    make_damaged_mjpeg,
    make_joined_audio,
    make_long_audio,
    make_vfr_audio,
)
from tests.data.videos import read_code
from vigeditor.media.probe import open_recording
from vigeditor.media.render import damage_notes, render_clip, render_still
from vigeditor.media.render_audio import NO_SEEK_BEFORE

FFMPEG = shutil.which("ffmpeg")
FFPROBE = shutil.which("ffprobe")
pytestmark = pytest.mark.skipif(not (FFMPEG and FFPROBE), reason="needs ffmpeg and ffprobe")

RATE = 48_000
SYNC_SECONDS = 0.010  # sound may be this far from its pictures
AAC_FRAME = 1024  # samples: the clip's sound lasts as long as its pictures within this


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, AudioRecording]:
    folder = tmp_path_factory.mktemp("corpus-audio")
    return {"late": make_audio_late(folder / "audio-late.mp4"),
            "vfr": make_vfr_audio(folder / "vfr-audio.mp4"),
            "damaged": make_damaged_mjpeg(folder / "webcam.avi"),
            "joined": make_joined_audio(folder),
            "long": make_long_audio(folder / "long.mp4")}


# -- what ffmpeg says ----------------------------------------------------------------------
def probe(path: Path, *arguments: str) -> dict:
    assert FFPROBE
    done = subprocess.run([FFPROBE, "-v", "error", "-of", "json", *arguments, str(path)],
                          capture_output=True, check=True, text=True)
    return json.loads(done.stdout)


def frame_times(path: Path) -> list[tuple[float, float]]:
    """(presentation time, display duration) in seconds of every video frame, in order; the
    last frame lasts until the end of the video stream (its start time plus duration: the
    MP4's own record of how long the track plays)."""
    frames = probe(path, "-select_streams", "v:0", "-show_entries", "frame=pts_time")["frames"]
    starts = [float(frame["pts_time"]) for frame in frames]
    stream = probe(path, "-select_streams", "v:0", "-show_entries",
                   "stream=start_time,duration")["streams"][0]
    end = float(stream["start_time"]) + float(stream.get("duration", "nan"))
    return list(zip(starts, np.diff([*starts, end]).tolist(), strict=True))


def sound_start(path: Path) -> float:
    return float(probe(path, "-select_streams", "a:0", "-show_entries",
                       "stream=start_time")["streams"][0]["start_time"])


def decoded_codes(path: Path) -> list[int]:
    """The frame codes of every picture ffmpeg decodes (no frames added or dropped)."""
    assert FFMPEG
    size = probe(path, "-select_streams", "v:0", "-show_entries",
                 "stream=width,height")["streams"][0]
    width, height = int(size["width"]), int(size["height"])
    raw = subprocess.run([FFMPEG, "-v", "error", "-i", str(path), "-map", "0:v:0",
                          "-fps_mode", "passthrough", "-f", "rawvideo", "-pix_fmt", "rgb24",
                          "-"], capture_output=True, check=True).stdout
    pictures = np.frombuffer(raw, np.uint8).reshape(-1, height, width, 3)
    return [read_code(picture) for picture in pictures]


def decoded_sound(path: Path) -> np.ndarray:
    """The first audio stream as ffmpeg decodes it: mono float32 at 48 kHz, from its start."""
    assert FFMPEG
    raw = subprocess.run([FFMPEG, "-v", "error", "-i", str(path), "-map", "0:a:0", "-ac", "1",
                          "-ar", str(RATE), "-f", "f32le", "-"], capture_output=True,
                         check=True).stdout
    return np.frombuffer(raw, np.float32)


@dataclass(frozen=True)
class Clip:
    """A rendered clip as ffmpeg sees it."""

    codes: list[int]
    times: list[tuple[float, float]]
    sound: np.ndarray
    sound_start: float

    @property
    def picture_seconds(self) -> float:
        return self.times[-1][0] + self.times[-1][1] - self.times[0][0]


def examine(path: Path) -> Clip:
    return Clip(decoded_codes(path), frame_times(path), decoded_sound(path), sound_start(path))


def expected_sound(source: Path, first: int, seconds: float) -> np.ndarray:
    """The source's sound from the moment ffprobe says frame ``first`` is presented, for
    ``seconds``, silence where the source has no sound."""
    start = frame_times(source)[first][0]
    sound = decoded_sound(source)
    offset = round((start - sound_start(source)) * RATE)
    wanted = np.zeros(round(seconds * RATE), np.float32)
    lo, hi = max(0, offset), min(len(sound), offset + len(wanted))
    if hi > lo:
        wanted[lo - offset:hi - offset] = sound[lo:hi]
    return wanted


def lag_seconds(clip: np.ndarray, expected: np.ndarray) -> tuple[float, float]:
    """(lag, strength): how many seconds the clip's sound is late against ``expected`` (the
    peak of their cross-correlation within ±0.6 s) and the peak's normalised height."""
    size = 1 << int(np.ceil(np.log2(len(clip) + len(expected))))
    spectrum = np.fft.rfft(clip, size) * np.conj(np.fft.rfft(expected, size))
    correlation = np.fft.irfft(spectrum, size)
    reach = round(0.6 * RATE)
    lags = np.concatenate([np.arange(0, reach), np.arange(-reach, 0)])
    values = np.concatenate([correlation[:reach], correlation[-reach:]])
    best = int(np.argmax(values))
    strength = values[best] / (np.linalg.norm(clip) * np.linalg.norm(expected) + 1e-12)
    return lags[best] / RATE, float(strength)


def check_in_sync(made: Clip, source: Path, first: int) -> None:
    """The clip's sound is ``source``'s from its frame ``first`` on, within 10 ms, and lasts
    as long as the clip's pictures within one AAC frame."""
    start = made.times[0][0] - made.sound_start  # where the sound starts against picture 0
    expected = expected_sound(source, first, made.picture_seconds)
    lag, strength = lag_seconds(made.sound, expected)
    assert strength > 0.8, strength
    assert abs(lag - start) <= SYNC_SECONDS, (lag, start)
    assert abs(len(made.sound) / RATE - made.picture_seconds) <= AAC_FRAME / RATE


# -- the tests ---------------------------------------------------------------------------------
def test_the_generated_sources_are_what_they_claim(corpus: dict[str, AudioRecording]) -> None:
    late = corpus["late"].path
    heard = np.flatnonzero(np.abs(decoded_sound(late)) > 0.01)[0] / RATE  # after AAC priming
    onset = sound_start(late) + heard - frame_times(late)[0][0]
    assert onset == pytest.approx(LATE_START, abs=0.003)
    vfr = frame_times(corpus["vfr"].path)
    assert vfr[HELD_FRAME + 1][0] - vfr[HELD_FRAME][0] == pytest.approx(HELD_MS / 1000)
    codes = decoded_codes(corpus["damaged"].path)  # ffmpeg makes no picture of frame 17
    assert codes == [*range(17), *range(18, 40)]


@pytest.mark.parametrize(("first", "last"), [(5, 40), (30, 61), (0, 119)])
def test_sound_that_starts_late_stays_where_it_was(corpus: dict[str, AudioRecording],
                                                   table_cache: Path, tmp_path: Path,
                                                   first: int, last: int) -> None:
    source = corpus["late"].path
    info, table = open_recording(source, cache_dir=table_cache)
    result = render_clip(source, table, info, first, last, tmp_path / "clip.mp4")
    made = examine(result.path)

    assert made.codes == list(range(first, last + 1))
    assert result.substituted == ()
    check_in_sync(made, source, first)
    silent = max(0.0, LATE_START - frame_times(source)[first][0])  # before the sound starts
    if silent:
        quiet = made.sound[: round((silent - 0.03) * RATE)]
        assert np.sqrt(np.mean(quiet ** 2)) < 1e-3
    after = made.sound[round((silent + 0.03) * RATE):]
    assert np.sqrt(np.mean(after ** 2)) > 0.02  # the hum (and bursts) are there


def test_a_held_last_frame_lasts_as_long_as_its_sound(corpus: dict[str, AudioRecording],
                                                      table_cache: Path,
                                                      tmp_path: Path) -> None:
    source = corpus["vfr"].path
    info, table = open_recording(source, cache_dir=table_cache)
    first = 25
    result = render_clip(source, table, info, first, HELD_FRAME, tmp_path / "held.mp4")
    made = examine(result.path)
    truth = frame_times(source)

    assert made.codes == list(range(first, HELD_FRAME + 1))
    assert made.times[-1][1] == pytest.approx(HELD_MS / 1000, abs=0.002)
    wanted = [truth[k][0] - truth[first][0] for k in range(first, HELD_FRAME + 1)]
    assert [t - made.times[0][0] for t, _d in made.times] == pytest.approx(wanted, abs=0.002)
    assert made.picture_seconds == pytest.approx(
        truth[HELD_FRAME + 1][0] - truth[first][0], abs=0.002)
    check_in_sync(made, source, first)


def test_joined_recordings_take_the_sound_of_the_same_part(
        corpus: dict[str, AudioRecording], table_cache: Path, tmp_path: Path) -> None:
    joined = corpus["joined"]
    info, table = open_recording(joined.path, cache_dir=table_cache)
    assert len(table) == 2 * JOINED_PART_FRAMES
    first, last = JOINED_PART_FRAMES + 6, JOINED_PART_FRAMES + 30  # in the second part
    result = render_clip(joined.path, table, info, first, last, tmp_path / "joined.mp4")
    made = examine(result.path)

    assert made.codes == list(range(first, last + 1))
    check_in_sync(made, joined.parts[1], first - JOINED_PART_FRAMES)  # not the first part's


def test_sound_far_into_a_file_is_found_by_seeking(corpus: dict[str, AudioRecording],
                                                    table_cache: Path, tmp_path: Path) -> None:
    source = corpus["long"].path
    info, table = open_recording(source, cache_dir=table_cache)
    assert table.source_time(352) >= NO_SEEK_BEFORE  # so the sound is read after a seek
    result = render_clip(source, table, info, 352, 381, tmp_path / "late-in-file.mp4")
    made = examine(result.path)

    assert made.codes == list(range(352, 382))
    check_in_sync(made, source, 352)


def test_slow_motion_keeps_the_silence_before_late_sound(corpus: dict[str, AudioRecording],
                                                         table_cache: Path,
                                                         tmp_path: Path) -> None:
    source = corpus["late"].path
    info, table = open_recording(source, cache_dir=table_cache)
    result = render_clip(source, table, info, 6, 29, tmp_path / "slow.mp4", slow_motion=0.5)
    made = examine(result.path)

    assert made.codes == list(range(6, 30))
    assert made.picture_seconds == pytest.approx(2 * 24 / 30, abs=0.002)
    assert abs(len(made.sound) / RATE - made.picture_seconds) <= AAC_FRAME / RATE
    silent = 2 * (LATE_START - frame_times(source)[6][0])  # 0.6 s of silence at half speed
    assert np.sqrt(np.mean(made.sound[: round((silent - 0.05) * RATE)] ** 2)) < 1e-3
    assert np.sqrt(np.mean(made.sound[round((silent + 0.05) * RATE):] ** 2)) > 0.02


def test_clips_are_tagged_bt709(corpus: dict[str, AudioRecording], table_cache: Path,
                                tmp_path: Path) -> None:
    source = corpus["late"].path
    info, table = open_recording(source, cache_dir=table_cache)
    result = render_clip(source, table, info, 3, 9, tmp_path / "tags.mp4")
    stream = probe(result.path, "-select_streams", "v:0", "-show_entries",
                   "stream=color_space,color_transfer,color_primaries,color_range,profile,"
                   "pix_fmt")["streams"][0]
    assert stream == {"color_space": "bt709", "color_transfer": "bt709",
                      "color_primaries": "bt709", "color_range": "tv", "profile": "High",
                      "pix_fmt": "yuv420p"}


def test_a_damaged_frame_is_replaced_and_reported(corpus: dict[str, AudioRecording],
                                                  table_cache: Path, tmp_path: Path) -> None:
    source = corpus["damaged"].path
    info, table = open_recording(source, cache_dir=table_cache)
    result = render_clip(source, table, info, 10, 25, tmp_path / "over-damage.mp4")
    made = examine(result.path)

    assert result.substituted == ((17, 16),)
    assert result.notes == ["Frame 17 was damaged; frame 16 was used."]
    assert made.codes == [*range(10, 17), 16, *range(18, 26)]  # out − in + 1 pictures
    check_in_sync(made, source, 10)

    still = render_still(source, table, info, 17, tmp_path / "still.png")
    assert still.substituted == ((17, 16),)
    starts_damaged = render_clip(source, table, info, 17, 19, tmp_path / "from-17.mp4")
    assert starts_damaged.substituted == ((17, 16),)
    assert decoded_codes(starts_damaged.path) == [16, 18, 19]


def test_damage_notes_group_runs_of_frames() -> None:
    assert damage_notes([]) == []
    assert damage_notes([(45, 44), (46, 44), (47, 44), (90, 91)]) == [
        "Frames 45 to 47 were damaged; frame 44 was used.",
        "Frame 90 was damaged; frame 91 was used."]
