"""Corpus generators for the recording quirks real devices write and the app mishandles.

Each generator writes one small file into a folder and returns a :class:`CorpusFile` saying how
many pictures ffmpeg decodes from it and which code each one shows. The quirk itself is checked
against the bytes and ffprobe's packets in ``tests/data/test_corpus.py``.
"""

from __future__ import annotations

import subprocess
from fractions import Fraction
from pathlib import Path

from tests.data.corpus_encode import (
    CorpusFile,
    Encoding,
    encode,
    ffmpeg_binary,
    ffmpeg_encode,
    remux,
    x264,
)

TS_WRAP = 2**33  # the MPEG-TS 90 kHz clock counts modulo 2**33 (about 26.5 hours)


def avi_packed_b(folder: Path) -> CorpusFile:
    """MPEG-4 Part 2 in AVI with packed B-frames, as Xvid and DivX 5 wrote it.

    The real Xvid library (libxvid through ffmpeg) is used: with B-frames and an AVI it turns on
    Xvid's packed-bitstream mode, stores each P-VOP together with the B-VOP displayed before it
    in one chunk, writes a 6-byte not-coded VOP (N-VOP) placeholder in the next chunk, and marks
    the stream with the user data string ``DivX503b1393p``. DivX/Xvid camcorders and compact
    cameras, VirtualDub and DivX 5 encodes wrote files like this.
    """
    frames = 59
    # ffmpeg's libxvid wrapper has no encoder delay: the last picture, held back to become a
    # B-frame, is never written, so the file keeps one picture fewer than were fed in
    path = ffmpeg_encode(folder / "xvid-packed.avi", range(frames + 1), (320, 240), 25, [
        "-c:v", "libxvid", "-bf", "1", "-g", "12", "-q:v", "4", "-vtag", "XVID"])
    return CorpusFile(path, "avi_packed_b", frames, list(range(frames)),
                      "libxvid -bf 1 in AVI: P-VOP+B-VOP in one chunk then a 6-byte N-VOP "
                      "chunk, user data DivX503b1393p; an empty chunk at index 1 (the held-back "
                      "B-frame); ffmpeg's decoder unpacks it and warns 'packed B-frames'")


def mp4_pts_equals_dts(folder: Path) -> CorpusFile:
    """H.264 with B-frames in MP4 whose muxer wrote presentation time = decoding time.

    There is no ctts box, so every sample's pts equals its dts although the pictures are stored
    out of display order. Some dashcams, NVR/IP-camera exports and Android apps that mux a
    hardware encoder's B-frame output write files like this.
    """
    frames = 60
    source = encode(folder / "pts-dts-source.mp4", range(frames), Encoding(
        options=x264(bf="2", g="30")))
    try:
        path = remux(source, folder / "pts-equals-dts.mp4",
                     lambda index, packet: (index * packet.duration, index * packet.duration))
    finally:
        source.unlink()
    return CorpusFile(path, "mp4_pts_equals_dts", frames, list(range(frames)),
                      "libx264 bf=2 re-muxed with pts = dts = decode index: no ctts box, "
                      "has_b_frames=2; a reader that trusts pts shows B-frames out of order")


def ts_joined(folder: Path) -> CorpusFile:
    """Two AVCHD-like camcorder recordings (.MTS) joined byte-wise (``cat`` / ``copy /b``).

    Each part is H.264 with B-frames in a 192-byte-packet M2TS, as AVCHD camcorders write it,
    and each starts its clock afresh, so the timestamps jump back at the join while the
    pictures (codes) continue.
    """
    part_frames = 36
    parts = []
    for part in range(2):
        codes = range(part * part_frames, (part + 1) * part_frames)
        parts.append(encode(folder / f"joined-part{part}.mts", codes, Encoding(
            rate=Fraction(25), time_base=Fraction(1, 90000),
            pts=[index * 3600 for index in range(part_frames)], format="mpegts",
            container_options={"mpegts_m2ts_mode": "1"}, options=x264(bf="2", g="12"))))
    path = folder / "joined.mts"
    path.write_bytes(b"".join(part.read_bytes() for part in parts))
    part_bytes = parts[0].stat().st_size
    for part_path in parts:
        part_path.unlink()
    frames = 2 * part_frames
    return CorpusFile(path, "ts_joined", frames, list(range(frames)),
                      "two 36-frame M2TS (192-byte packets, libx264 bf=2) concatenated; raw "
                      "PES PTS restart at the join (byte offset in facts)",
                      {"join_offset": part_bytes})


def ts_wrap(folder: Path) -> CorpusFile:
    """MPEG-TS whose 33-bit 90 kHz clock wraps about one second into the file.

    A broadcast (DVB) recording from a set-top box or TV tuner starts wherever the channel's
    clock happens to be; once every 26.5 hours that is just before the wrap to zero.
    """
    frames, step = 60, 3600
    start = TS_WRAP - 90_000  # the first raw PTS about 1 s before the wrap
    path = encode(folder / "wrap.ts", range(frames), Encoding(
        rate=Fraction(25), time_base=Fraction(1, 90000),
        pts=[start + index * step for index in range(frames)], format="mpegts",
        options=x264(bf="2", g="12")))
    return CorpusFile(path, "ts_wrap", frames, list(range(frames)),
                      "libx264 bf=2 in MPEG-TS, raw PES PTS start about 90000 ticks before "
                      "2**33 and wrap to small values after about 25 frames")


def dup_pts(folder: Path) -> CorpusFile:
    """Matroska from a capture program that stamps frames on arrival with a millisecond clock.

    A USB webcam that stalls delivers the late frame together with the next one, so both get
    the same timestamp (OBS, ffmpeg ``-f dshow`` with wall-clock stamps and browser
    MediaRecorder files show this). MP4 cannot hold it: ffmpeg's mov muxer refuses two
    samples with one dts ("Invalid argument"), so the file is Matroska, whose muxer accepts it.
    """
    frames = 48
    stamps = [round(index * 1000 / 30) for index in range(frames)]
    for late in range(5, frames - 1, 9):  # every 9th frame arrives with the one after it
        stamps[late] = stamps[late + 1]
    path = encode(folder / "webcam-dup.mkv", range(frames), Encoding(
        time_base=Fraction(1, 1000), pts=stamps,
        options=x264(bf="0", tune="zerolatency", g="30")))
    return CorpusFile(path, "dup_pts", frames, list(range(frames)),
                      "libx264 without B-frames in Matroska (1 ms clock); frames 5, 14, 23, ... "
                      "share the timestamp of the frame after them",
                      {"stamps": stamps})


def mjpeg_dropped(folder: Path) -> CorpusFile:
    """MJPEG in AVI from a webcam capture that dropped frames.

    Video-for-Windows capture (VirtualDub, webcam utilities, compact cameras' AVI mode) keeps
    the AVI's constant frame rate by writing an empty chunk for each frame that never arrived.
    The pictures show their capture slot, so the decoded codes have gaps where frames dropped.
    """
    slots = 60
    dropped = {7, 15, 16, 30, 31, 32, 45}
    kept = [slot for slot in range(slots) if slot not in dropped]
    path = encode(folder / "webcam-mjpeg.avi", kept, Encoding(
        codec="mjpeg", pts=kept, pix_fmt="yuvj422p", options={"q:v": "5"}))
    return CorpusFile(path, "mjpeg_dropped", len(kept), kept,
                      "PyAV mjpeg (4:2:2) in AVI at 30 fps with 7 of 60 slots missing; the AVI "
                      "muxer writes zero-size 00dc chunks for them and codes skip those slots",
                      {"dropped": sorted(dropped)})


def avi_h264_bframes(folder: Path) -> CorpusFile:
    """H.264 with B-frames in AVI, as some action cameras, dashcams and old capture tools
    write it (and ``ffmpeg -i x -c:v libx264 out.avi``). AVI stores no presentation times:
    the demuxer makes them up in decode order, so they cannot tell which picture is which.
    """
    frames = 60
    path = ffmpeg_encode(folder / "h264-bframes.avi", range(frames), (320, 240), 25, [
        "-c:v", "libx264", "-preset", "veryfast", "-bf", "3", "-g", "24"])
    return CorpusFile(path, "avi_h264_bframes", frames, list(range(frames)),
                      "libx264 bf=3 in AVI: packets in decode order carry made-up, increasing "
                      "timestamps; pictures come out of the decoder in another order")


def cut_mid_gop(folder: Path) -> CorpusFile:
    """A recording cut without re-encoding in the middle of a group of pictures, as quick
    trimming tools (LosslessCut, ``ffmpeg -ss … -c copy``, phone gallery trims) leave it:
    the first packets need a keyframe the file no longer has, so the decoder makes no
    pictures of them and the first picture is that of the next keyframe."""
    full = encode(folder / "cut-source.mp4", range(90), Encoding(
        options=x264(bf="2", g="30")))
    path = folder / "cut-mid-gop.mp4"
    try:
        done = subprocess.run([ffmpeg_binary(), "-nostdin", "-loglevel", "error", "-y",
                               "-i", str(full), "-ss", "1.3", "-c", "copy", "-copyinkf",
                               str(path)], capture_output=True, check=False)
        if done.returncode != 0:
            raise RuntimeError(done.stderr.decode()[-800:])
    finally:
        full.unlink()
    return CorpusFile(path, "cut_mid_gop", 28, list(range(62, 90)),
                      "libx264 bf=2 g=30 cut at 1.3 s with -c copy -copyinkf: 49 packets, the "
                      "first not a keyframe; the decoder's first picture is frame 62 (60 and "
                      "61 fall before the edit list's start), so 28 pictures")


QUIRK_KINDS = {
    "avi_packed_b": avi_packed_b,
    "mp4_pts_equals_dts": mp4_pts_equals_dts,
    "ts_joined": ts_joined,
    "ts_wrap": ts_wrap,
    "dup_pts": dup_pts,
    "mjpeg_dropped": mjpeg_dropped,
    "avi_h264_bframes": avi_h264_bframes,
    "cut_mid_gop": cut_mid_gop,
}
