"""A clip's sound, cut by the source's own timeline and encoded as AAC.

The sound of a clip is what played with its pictures in the source: the samples of the first
audio stream from the moment frame ``in`` is presented on the container's clock
(``FrameTable.source_time``), for as long as the clip's pictures last, including the display
time of its last frame. Where the clock starts again (recordings joined end to end), the
sound is taken from the same part of the file as the pictures. Decoded sound is placed by
its own timestamps on that clock, so sound that starts after the picture (or has gaps) keeps
its place and silence fills where the source had none; it is never slid to the start of the
clip. Damaged sound packets become silence too. A slow-motion copy is slowed with ffmpeg's
``atempo`` (pitch kept) and then padded or trimmed to exactly the slowed length of the
pictures.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Any

import av
import av.error
import numpy as np

from vigeditor.media.frame_table import NO_STAMP, FrameTable

_log = logging.getLogger("vigeditor.media")

AUDIO_BIT_RATE = 160_000  # bits per second
AAC_FRAME = 1024  # samples per AAC frame
AAC_RATES = (8000, 11025, 12000, 16000, 22050, 24000, 32000, 44100, 48000, 64000, 88200,
             96000)
FALLBACK_RATE = 48_000  # samples per second, for sources at a rate AAC does not have
SEEK_MARGIN = 2.0  # seconds before the clip at which decoding starts
NO_SEEK_BEFORE = 30.0  # seconds: clips that start earlier are decoded from the file's start
RESTART_GAP = 1.0  # seconds: a timestamp this far behind the one before restarts the clock


@dataclass(frozen=True)
class Sound:
    """Samples of a clip's sound: ``samples`` is float32, channels × count, at ``rate``
    samples per second, in channel layout ``layout`` ("mono" or "stereo")."""

    samples: np.ndarray
    rate: int
    layout: str

    @property
    def seconds(self) -> float:
        return self.samples.shape[1] / self.rate


def clip_seconds(table: FrameTable, first: int, last: int) -> float:
    """Seconds the pictures ``first … last`` last at normal speed: from frame ``first`` to
    the end of frame ``last``'s display time."""
    return table.time(last) - table.time(first) + table.display_duration(last)


def clip_sound(source: Path, table: FrameTable, first: int, last: int,
               speed: float = 1.0) -> Sound:
    """The sound that played with frames ``first … last`` of ``source``, slowed to ``speed``
    (1 = normal), lasting exactly as long as those pictures at that speed."""
    window = _Window(table.source_time(first), clock_part(table, first))
    seconds = clip_seconds(table, first, last)
    sound = _cut(source, window, seconds)
    if speed != 1.0:
        sound = _slowed(sound, speed)
    wanted = round(seconds / speed * sound.rate)
    return Sound(_fit(sound.samples, wanted), sound.rate, sound.layout)


def encode_sound(stream: Any, sound: Sound) -> list[av.Packet]:
    """AAC packets of ``sound`` from ``stream`` (an AAC stream added with :func:`add_stream`),
    in time order, the first sample at time 0."""
    packets: list[av.Packet] = []
    samples = sound.samples
    for offset in range(0, samples.shape[1], AAC_FRAME):
        chunk = np.ascontiguousarray(samples[:, offset:offset + AAC_FRAME])
        frame = av.AudioFrame.from_ndarray(chunk, format="fltp", layout=sound.layout)
        frame.sample_rate = sound.rate
        frame.pts = offset
        frame.time_base = Fraction(1, sound.rate)
        packets.extend(stream.encode(frame))
    packets.extend(stream.encode(None))
    return packets


def add_stream(container: Any, rate: int, layout: str) -> Any:
    """An AAC stream (160 kbit/s, bit-exact) for sound at ``rate`` in ``layout``."""
    stream = container.add_stream("aac", rate=rate, options={"flags": "+bitexact"})
    stream.layout = layout
    stream.bit_rate = AUDIO_BIT_RATE
    stream.time_base = Fraction(1, rate)
    return stream


def sound_format(source: Path) -> tuple[int, str] | None:
    """(rate, layout) a clip of ``source`` gets: the source's rate when AAC has it, mono or
    stereo; None when the first audio stream cannot be decoded."""
    try:
        with av.open(str(source), metadata_errors="ignore") as container:
            if not container.streams.audio:
                return None
            context = container.streams.audio[0].codec_context
            if context is None or context.codec is None:
                return None  # a sound stream of a kind that cannot be identified
            rate, channels = int(context.sample_rate or 0), int(context.channels or 0)
    except (av.error.FFmpegError, OSError) as error:
        _log.warning("sound of %s cannot be read: %s", source.name, error)
        return None
    if rate <= 0:
        return None
    return (rate if rate in AAC_RATES else FALLBACK_RATE), ("mono" if channels == 1
                                                           else "stereo")


# -- decoding and placing ----------------------------------------------------------------------
@dataclass(frozen=True)
class _Window:
    """Where a clip's sound is on the source's clock: from ``start`` seconds, in the
    ``part``-th stretch of the file over which the clock ran on (0 unless the clock started
    again, as in camcorder files joined end to end)."""

    start: float
    part: int


def _cut(source: Path, window: _Window, seconds: float) -> Sound:
    """``seconds`` of sound from ``window``, silence where the file has none."""
    chosen = sound_format(source)
    rate, layout = chosen if chosen is not None else (FALLBACK_RATE, "stereo")
    buffer = np.zeros((1 if layout == "mono" else 2, round(seconds * rate)), np.float32)
    if chosen is None:
        return Sound(buffer, rate, layout)
    seek = window.start - SEEK_MARGIN
    try:
        if window.part or window.start < NO_SEEK_BEFORE or not _place_from(
                source, seek, window, buffer, rate, layout):
            buffer[:] = 0  # read from the beginning (a seek landed after the clip's start)
            _place_from(source, None, window, buffer, rate, layout)
    except (av.error.FFmpegError, OSError) as error:
        _log.warning("sound of %s could not be decoded: %s", source.name, error)
    return Sound(buffer, rate, layout)


def clock_part(table: FrameTable, index: int) -> int:
    """How many times the container's clock jumped back (by over :data:`RESTART_GAP`) up to
    frame ``index``: joined recordings start their clocks afresh, so the same clock time
    occurs once in every part."""
    stamps, base = table.source_pts, table.source_time_base
    if stamps is None or base is None:
        return 0
    known = stamps[: index + 1]
    known = known[known != NO_STAMP].astype(np.float64) * float(base)
    return int(np.count_nonzero(np.diff(known) < -RESTART_GAP))


def _place_from(source: Path, seek: float | None, window: _Window, buffer: np.ndarray,
                rate: int, layout: str) -> bool:
    """Decode the first audio stream (from ``seek`` seconds, or the start) and place the
    samples of ``window``'s part into ``buffer`` (sample 0 at ``window.start``) by their
    timestamps. Returns False when a seek landed after the start (sound may be missed)."""
    start = window.start
    end = start + buffer.shape[1] / rate
    resampler = av.AudioResampler(format="fltp", layout=layout, rate=rate)
    with av.open(str(source), metadata_errors="ignore") as container:
        stream = container.streams.audio[0]
        if seek is not None:
            container.seek(max(0, int(seek / stream.time_base)), stream=stream, backward=True)
        following: float | None = None  # where the next frame goes when it has no timestamp
        for frame in _frames(container, stream, window.part, start - SEEK_MARGIN):
            at = float(frame.pts * frame.time_base) if frame.pts is not None else following
            if at is None:
                continue
            if seek is not None and following is None and at > start:
                return False
            if at >= end:
                break
            samples = [out.to_ndarray() for out in resampler.resample(frame)]
            if samples:
                _place(buffer, np.concatenate(samples, axis=1), round((at - start) * rate))
            following = at + frame.samples / frame.sample_rate
    return True


def _frames(container: Any, stream: Any, part: int, earliest: float) -> Iterator[Any]:
    """Decoded frames of ``stream`` in clock part ``part`` from ``earliest`` seconds on
    (earlier packets are read but not decoded); a packet the decoder refuses is skipped, so
    damaged sound becomes silence."""
    current, previous = 0, None
    for packet in container.demux(stream):
        if packet.pts is not None:
            at = float(packet.pts * packet.time_base)
            if previous is not None and at < previous - RESTART_GAP:
                current += 1
            previous = at
            if current < part or (current == part and at < earliest):
                continue
            if current > part:
                return
        try:
            yield from packet.decode()
        except (av.error.FFmpegError, ValueError) as error:
            _log.info("skipping a damaged sound packet at %s: %s", packet.pts, error)


def _place(buffer: np.ndarray, samples: np.ndarray, offset: int) -> None:
    """Copy ``samples`` into ``buffer`` from sample ``offset`` (may be negative), clipped."""
    skip = max(0, -offset)
    begin = max(0, offset)
    count = min(samples.shape[1] - skip, buffer.shape[1] - begin)
    if count > 0:
        buffer[:, begin:begin + count] = samples[:buffer.shape[0], skip:skip + count]


def _fit(samples: np.ndarray, wanted: int) -> np.ndarray:
    """``samples`` cut or padded with silence to exactly ``wanted`` samples."""
    if samples.shape[1] >= wanted:
        return samples[:, :wanted]
    padding = np.zeros((samples.shape[0], wanted - samples.shape[1]), np.float32)
    return np.concatenate([samples, padding], axis=1)


# -- slow motion -------------------------------------------------------------------------------
def _slowed(sound: Sound, speed: float) -> Sound:
    """``sound`` played at ``speed`` × normal speed, pitch kept (ffmpeg's ``atempo``)."""
    graph = av.filter.Graph()
    nodes = [graph.add_abuffer(format="fltp", sample_rate=sound.rate, layout=sound.layout,
                               time_base=Fraction(1, sound.rate))]
    nodes += [graph.add("atempo", f"{tempo:.6f}") for tempo in tempo_steps(speed)]
    nodes.append(graph.add("abuffersink"))
    graph.link_nodes(*nodes).configure()
    pieces: list[np.ndarray] = []
    for offset in range(0, sound.samples.shape[1] + 1, AAC_FRAME):
        chunk = sound.samples[:, offset:offset + AAC_FRAME]
        if chunk.shape[1]:
            frame = av.AudioFrame.from_ndarray(np.ascontiguousarray(chunk), format="fltp",
                                               layout=sound.layout)
            frame.sample_rate, frame.pts = sound.rate, offset
            graph.push(frame)
        else:
            graph.push(None)
        pieces += _pull_all(graph)
    joined = np.concatenate(pieces, axis=1) if pieces else sound.samples[:, :0]
    return Sound(joined.astype(np.float32), sound.rate, sound.layout)


def _pull_all(graph: Any) -> list[np.ndarray]:
    pieces = []
    while True:
        try:
            pieces.append(graph.pull().to_ndarray())
        except (av.error.BlockingIOError, av.error.EOFError):
            return pieces


def tempo_steps(speed: float) -> list[float]:
    """``atempo`` factors whose product is ``speed`` (each at least 0.5, as atempo needs)."""
    if speed == 1.0:
        return []
    steps: list[float] = []
    remaining = speed
    while remaining < 0.5:
        steps.append(0.5)
        remaining /= 0.5
    steps.append(remaining)
    return steps
