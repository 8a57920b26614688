"""A conformance corpus: one small recording for each kind of file real devices write.

Every picture shows its frame code (:func:`tests.data.videos.draw_code`). ``KINDS`` maps a kind
to the generator that writes it into a folder and returns a :class:`CorpusFile` saying how many
pictures ffmpeg's decoder gives back and which code each shows; ``make_corpus`` writes them
all. The kinds the app mishandles live in :mod:`tests.data.corpus_quirks`; the kinds here are
ones it handles and must keep handling. ``tests/data/reference.py`` reads any of them the way
the ffmpeg program does; ``tests/data/fixtures.py`` offers them to tests.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from fractions import Fraction
from pathlib import Path

from tests.data.corpus_encode import CorpusFile, Encoding, encode, ffmpeg_encode, x264
from tests.data.corpus_quirks import QUIRK_KINDS
from tests.data.videos import vfr_timestamps

__all__ = ["KINDS", "QUIRK_KINDS", "CorpusFile", "make_corpus"]


def _plain(path: Path, kind: str, frames: int, notes: str,
           facts: dict[str, object] | None = None) -> CorpusFile:
    """A corpus entry whose decoded frame n shows code n."""
    return CorpusFile(path, kind, frames, list(range(frames)), notes, facts or {})


def vfr(folder: Path) -> CorpusFile:
    """Variable frame rate: a phone camera that stretches and drops frames in low light."""
    frames = 64
    stamps = [ms * 90 for ms in vfr_timestamps(frames)]
    path = encode(folder / "phone-vfr.mp4", range(frames), Encoding(
        time_base=Fraction(1, 90000), pts=stamps, options=x264(bf="2", g="30")))
    return _plain(path, "vfr", frames, "libx264 bf=2 in MP4, steps of 17-100 ms between frames",
                  {"stamps": stamps})


def _rotated(folder: Path, turn: int) -> CorpusFile:
    """A phone held upright or upside down: the sensor's picture plus a display matrix."""
    frames = 40
    path = encode(folder / f"phone-rot{turn}.mp4", range(frames), Encoding(
        size=(320, 240), rotation_cw=turn, options=x264(bf="2", g="20")))
    return _plain(path, f"rot{turn}", frames,
                  f"coded 320x240 turned; display matrix asks for a {turn} degree clockwise turn")


def rot90(folder: Path) -> CorpusFile:
    """Portrait phone video (iPhone, Android): coded landscape, rotation 90 in the matrix."""
    return _rotated(folder, 90)


def rot180(folder: Path) -> CorpusFile:
    """Phone held upside down: rotation 180 in the display matrix."""
    return _rotated(folder, 180)


def rot270(folder: Path) -> CorpusFile:
    """Portrait phone video held the other way round: rotation 270 in the display matrix."""
    return _rotated(folder, 270)


def anamorphic(folder: Path) -> CorpusFile:
    """PAL widescreen SD (DV / DVD camcorder transcode): 720x576 stored, shown as 1024x576."""
    frames = 40
    path = encode(folder / "pal-widescreen.mp4", range(frames), Encoding(
        size=(720, 576), rate=Fraction(25), sample_aspect=Fraction(64, 45),
        options=x264(bf="2", g="12", crf="30")))
    return _plain(path, "anamorphic", frames, "libx264 720x576 with SAR 64:45 (16:9 PAL)")


def mp4_edit_list(folder: Path) -> CorpusFile:
    """Ordinary H.264 MP4 with B-frames: an edit list hides the decoder's reordering delay."""
    frames = 60
    path = encode(folder / "edit-list.mp4", range(frames), Encoding(options=x264(bf="2", g="15")))
    return _plain(path, "mp4_edit_list", frames, "libx264 bf=2: ctts box and an elst whose "
                  "media time skips the B-frame delay, as ffmpeg, HandBrake and phones write")


def bframes_no_edit_list(folder: Path) -> CorpusFile:
    """H.264 B-frames in MP4 without an edit list (``-use_editlist 0``, older muxers, GoPro).

    The first picture's presentation time is then not zero but the reordering delay.
    """
    frames = 60
    path = encode(folder / "no-edit-list.mp4", range(frames), Encoding(
        options=x264(bf="2", g="15"), container_options={"use_editlist": "0"}))
    return _plain(path, "bframes_no_edit_list", frames,
                  "libx264 bf=2, mov muxer use_editlist=0: no elst, first pts > 0")


def open_gop(folder: Path) -> CorpusFile:
    """Open GOPs (x264 ``open-gop=1``): B-frames after a non-IDR keyframe refer back past it.

    Broadcast encoders, MPEG-2/AVCHD camcorders and some HandBrake presets write open GOPs.
    """
    frames = 72
    path = encode(folder / "open-gop.mp4", range(frames), Encoding(options=x264(
        bf="3", g="24", **{"x264-params": "log-level=error:open-gop=1:scenecut=0:b-pyramid=0"})))
    return _plain(path, "open_gop", frames,
                  "libx264 open-gop=1 keyint 24 bf=3: keyframes 24, 48 are recovery-point "
                  "I-frames followed (in decode order) by B-frames shown before them")


def gop250(folder: Path) -> CorpusFile:
    """A 250-frame GOP (x264's default keyint, as OBS and screen recorders use)."""
    frames = 320
    path = encode(folder / "gop250.mp4", range(frames), Encoding(
        size=(160, 120), options=x264(bf="3", g="250", sc_threshold="0")))
    return _plain(path, "gop250", frames, "libx264 160x120, keyframes only at 0 and 250")


def fragmented_mp4(folder: Path) -> CorpusFile:
    """Fragmented MP4 (``frag_keyframe+empty_moov``): OBS, browser and live-stream recordings."""
    frames = 60
    path = encode(folder / "fragmented.mp4", range(frames), Encoding(
        options=x264(bf="2", g="15"),
        container_options={"movflags": "frag_keyframe+empty_moov"}))
    return _plain(path, "fragmented_mp4", frames,
                  "libx264 bf=2; empty moov, one moof/mdat per 15-frame GOP")


def mkv_no_duration(folder: Path) -> CorpusFile:
    """Matroska written live to a pipe: no duration and no cues (streamed capture, OBS crash)."""
    frames = 50
    path = ffmpeg_encode(folder / "live.mkv", range(frames), (320, 240), 30, [
        "-c:v", "libx264", "-preset", "veryfast", "-bf", "2", "-g", "15",
        "-f", "matroska", "pipe:1"])
    return _plain(path, "mkv_no_duration", frames,
                  "ffmpeg libx264 to matroska on pipe:1: no Duration, no Cues")


def screen_gaps(folder: Path) -> CorpusFile:
    """A screen recording (QuickTime, Game Bar) that writes a frame only when the screen changes.

    Seconds pass between some frames; the track uses QuickTime's 600 ticks per second.
    """
    stamps, now = [], 0
    for burst, gap in ((12, 1.5), (8, 4.0), (10, 2.5), (10, 0.0)):
        for index in range(burst):
            stamps.append(now + index * 20)  # 30 fps within a burst
        now = stamps[-1] + int(gap * 600)
    path = encode(folder / "screen.mov", range(len(stamps)), Encoding(
        time_base=Fraction(1, 600), pts=stamps, format="mov", options=x264(bf="0", g="60"),
        container_options={"video_track_timescale": "600"}))
    return _plain(path, "screen_gaps", len(stamps),
                  "libx264 in MOV (timescale 600), bursts at 30 fps with 1.5-4 s gaps",
                  {"stamps": stamps})


def fps240(folder: Path) -> CorpusFile:
    """240 frames per second, as a phone's slow-motion mode records."""
    frames = 120
    path = encode(folder / "slowmo-240.mp4", range(frames), Encoding(
        rate=Fraction(240), options=x264(bf="2", g="60")))
    return _plain(path, "fps240", frames, "libx264 at 240 fps, half a second")


def odd_size(folder: Path) -> CorpusFile:
    """An odd picture size: a browser's MediaRecorder capture of a window (VP8 in WebM)."""
    frames = 40
    path = encode(folder / "window-321x239.webm", range(frames), Encoding(
        codec="libvpx", size=(321, 239), options={"deadline": "realtime", "cpu-used": "8",
                                                  "b": "400k"}))
    return _plain(path, "odd_size", frames, "libvpx VP8 321x239 (odd width and height)")


def vp9_webm(folder: Path) -> CorpusFile:
    """Two-pass VP9 in WebM (as YouTube and ffmpeg two-pass encodes), with hidden alt-ref frames.

    An alt-ref frame is decoded but never shown; WebM stores it with the next shown frame in
    one superframe packet, so packets and shown pictures still match one to one.
    """
    frames = 48
    log = folder / "vp9-2pass"
    common = ["-c:v", "libvpx-vp9", "-pix_fmt", "yuv420p", "-b:v", "300k", "-g", "48",
              "-auto-alt-ref", "1", "-lag-in-frames", "25", "-passlogfile", str(log)]
    ffmpeg_encode(folder / "vp9-pass1", range(frames), (320, 240), 30,
                  [*common, "-pass", "1", "-cpu-used", "8", "-f", "null"])
    path = ffmpeg_encode(folder / "vp9.webm", range(frames), (320, 240), 30,
                         [*common, "-pass", "2", "-cpu-used", "4"])
    for leftover in folder.glob(f"{log.name}*"):
        leftover.unlink()
    return _plain(path, "vp9_webm", frames,
                  "ffmpeg libvpx-vp9 two-pass, auto-alt-ref: some packets are superframes "
                  "(hidden alt-ref + shown frame, index byte 0b110xxxxx at the end)")


NORMAL_KINDS: dict[str, Callable[[Path], CorpusFile]] = {
    "vfr": vfr, "rot90": rot90, "rot180": rot180, "rot270": rot270, "anamorphic": anamorphic,
    "mp4_edit_list": mp4_edit_list, "bframes_no_edit_list": bframes_no_edit_list,
    "open_gop": open_gop, "gop250": gop250, "fragmented_mp4": fragmented_mp4,
    "mkv_no_duration": mkv_no_duration, "screen_gaps": screen_gaps, "fps240": fps240,
    "odd_size": odd_size, "vp9_webm": vp9_webm,
}

KINDS: dict[str, Callable[[Path], CorpusFile]] = {**QUIRK_KINDS, **NORMAL_KINDS}


def make_corpus(folder: Path, kinds: Iterable[str] | None = None,
                workers: int = 2) -> dict[str, CorpusFile]:
    """Write the corpus (all kinds, or the named ones) into ``folder``; kind -> CorpusFile."""
    folder.mkdir(parents=True, exist_ok=True)
    names = list(KINDS if kinds is None else kinds)
    with ThreadPoolExecutor(max_workers=workers) as pool:
        made = list(pool.map(lambda name: KINDS[name](folder), names))
    return dict(zip(names, made, strict=True))
