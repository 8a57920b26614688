"""Who spoke when: an adult-like or a child-like voice, told apart by pitch, and turns.

The pitch (fundamental frequency, F0) of every 10 ms of speech is tracked with WORLD's DIO
estimator and refined with StoneMask (``pyworld``, MIT licence), only inside the voice
detector's speech spans; where DIO finds too little voicing to tell (a low voice under
low-frequency noise), that stretch is tracked again with WORLD's slower Harvest.

Typical speaking F0 is about 100–120 Hz for men, 200–220 Hz for women and 250–400 Hz for
young children (Titze, *Principles of Voice Production*, 1994, ch. 8; Baken & Orlikoff,
*Clinical Measurement of Speech and Voice*, 2000): a stretch whose median F0 is below
:data:`ADULT_BELOW` is "adult", above :data:`CHILD_ABOVE` "child", and in between, or with
too little voicing to tell, "unclear". So a high adult voice (many mothers') may come out
"unclear" or "child", a deep child's voice "adult": the labels say what the pitch suggests,
never who it was.

A speech span where the pitch moves from one side to the other is cut where it moves (one
voice answering the other without a pause); pieces shorter than :data:`MIN_PIECE` are not
cut off. Turns join consecutive adult or child segments of the same voice with pauses of at
most :data:`TURN_PAUSE` between them; "unclear" ones neither start nor end a turn.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from vigeditor.analysis.speech import Span

ADULT_BELOW = 230.0  # Hz: median pitch below this is an adult-like voice
CHILD_ABOVE = 270.0  # Hz: median pitch above this is a child-like voice
F0_FLOOR, F0_CEILING = 60.0, 650.0  # Hz: the pitch range searched
FRAME = 0.01  # seconds between pitch values
MIN_VOICED = 8  # voiced pitch values (80 ms) a segment needs to be labelled
MIN_PIECE = 0.3  # seconds: the shortest piece a speech span is cut into
TURN_PAUSE = 2.0  # seconds: a longer pause starts a new turn even in the same voice
_SMOOTH = 15  # voiced values (150 ms) in the running median that decides where a span is cut
VOICES = ("adult", "child", "unclear")


@dataclass(frozen=True)
class VoiceSegment:
    """Speech by one voice: ``start`` … ``end`` in seconds, ``voice`` one of :data:`VOICES`,
    ``pitch`` the median F0 in Hz of its voiced parts (None when it had too few)."""

    start: float
    end: float
    voice: str
    pitch: float | None


@dataclass(frozen=True)
class Turn:
    """One voice's turn: ``start`` … ``end`` in seconds, ``voice`` "adult" or "child";
    ``gap`` is the seconds of silence since the previous turn ended (None for the first;
    negative where the voices overlapped)."""

    start: float
    end: float
    voice: str
    gap: float | None


def track_pitch(samples: np.ndarray, rate: int, careful: bool = False) -> np.ndarray:
    """F0 in Hz (float64, shape (n,), one value per :data:`FRAME` seconds from sample 0,
    0 where unvoiced) of ``samples`` (float mono at ``rate``): by DIO, or with ``careful``
    by WORLD's Harvest (about 40 times slower, but it still finds a low voice's pitch
    under low-frequency room noise where DIO finds next to none)."""
    import pyworld

    x = np.ascontiguousarray(samples, dtype=np.float64)
    if len(x) < rate * FRAME * 4:
        return np.zeros(max(0, int(len(x) / rate / FRAME)))
    if careful:
        return np.asarray(pyworld.harvest(x, rate, f0_floor=F0_FLOOR, f0_ceil=F0_CEILING,
                                          frame_period=FRAME * 1000)[0])
    f0, times = pyworld.dio(x, rate, f0_floor=F0_FLOOR, f0_ceil=F0_CEILING,
                            frame_period=FRAME * 1000, allowed_range=0.2)
    return np.asarray(pyworld.stonemask(x, f0, times, rate))


def label(pitch: np.ndarray) -> tuple[str, float | None]:
    """The voice (see the module) and median F0 of a stretch from its pitch values."""
    voiced = pitch[pitch > 0]
    if len(voiced) < MIN_VOICED:
        return "unclear", None
    median = float(np.median(voiced))
    if median < ADULT_BELOW:
        return "adult", median
    if median > CHILD_ABOVE:
        return "child", median
    return "unclear", median


def voice_segments(samples: np.ndarray, rate: int, spans: list[Span],
                   progress: Callable[[float], None] | None = None) -> list[VoiceSegment]:
    """The voice segments of ``spans`` (speech, seconds) in ``samples`` (float mono at
    ``rate``, sample 0 at second 0), in time order."""
    segments: list[VoiceSegment] = []
    for number, span in enumerate(spans):
        begin, end = round(span.start * rate), round(span.end * rate)
        pitch = track_pitch(samples[begin:end], rate)
        for first, last in _pieces(pitch):
            voice, median = label(pitch[first:last])
            if median is None:  # too little voicing found: ask the careful tracker
                piece = samples[begin + round(first * FRAME * rate):
                                begin + round(last * FRAME * rate)]
                voice, median = label(track_pitch(piece, rate, careful=True))
            start = span.start + first * FRAME
            stop = span.end if last >= len(pitch) else span.start + last * FRAME
            segments.append(VoiceSegment(round(start, 3), round(stop, 3), voice, median))
        if progress is not None:
            progress((number + 1) / len(spans))
    return segments


def _pieces(pitch: np.ndarray) -> list[tuple[int, int]]:
    """Where to cut a span: (first, last) pitch-value ranges covering all of it, cut where
    the running median of the voiced values crosses from one voice's side to the other."""
    voiced = np.flatnonzero(pitch > 0)
    if len(pitch) == 0 or len(voiced) < 2 * MIN_VOICED:
        return [(0, len(pitch))]
    sides = _sides(pitch[voiced])
    cuts = [0]
    for k in np.flatnonzero(np.diff(sides) != 0):
        cut = (int(voiced[k]) + int(voiced[k + 1]) + 1) // 2
        if (cut - cuts[-1]) * FRAME >= MIN_PIECE and (len(pitch) - cut) * FRAME >= MIN_PIECE:
            cuts.append(cut)
    cuts.append(len(pitch))
    return list(itertools.pairwise(cuts))


def _sides(voiced: np.ndarray) -> np.ndarray:
    """Per voiced value: −1 on the adult side of the middle of the unclear band, +1 on the
    child side, from a running median (so single octave errors do not cut)."""
    middle = np.log((ADULT_BELOW + CHILD_ABOVE) / 2)
    logs = np.log(voiced)
    half = _SMOOTH // 2
    padded = np.pad(logs, half, mode="edge")
    windows = np.lib.stride_tricks.sliding_window_view(padded, _SMOOTH)
    return np.where(np.median(windows, axis=1) < middle, -1, 1)


def turns(segments: list[VoiceSegment]) -> list[Turn]:
    """The turns of ``segments`` (see the module), in time order."""
    found: list[Turn] = []
    for segment in segments:
        if segment.voice not in ("adult", "child"):
            continue
        if (found and found[-1].voice == segment.voice
                and segment.start - found[-1].end <= TURN_PAUSE):
            last = found[-1]
            found[-1] = Turn(last.start, max(last.end, segment.end), last.voice, last.gap)
            continue
        gap = round(segment.start - found[-1].end, 3) if found else None
        found.append(Turn(segment.start, segment.end, segment.voice, gap))
    return found
