"""The demo film's sound: two made-up voices taking turns, with no words and no real person.

Each phrase is built the way speech is made (a source-filter model): a train of glottal
pulses at the voice's pitch, with a falling intonation and a little jitter, shaped by vowel
resonances (formants) that glide from one vowel to the next, with short hiss ("s") and hum
("m") onsets. The carer's voice is low (about 112 Hz), the child's high (about 320 Hz, its
resonances 17 % higher: a smaller vocal tract). The speech detector (Silero VAD) takes these
phrases for speech, and the pitch tracker tells the two voices apart, so the demo case shows
voices, turns and suggested moments (tests/media/test_demo_sound.py checks this against the
real detector). Every 4 seconds the carer says something and the child answers; every third
time the carer stays quiet and waits for the child. Made with numpy alone, at run time.
"""

from __future__ import annotations

import numpy as np

RATE = 16000  # the voices are made at 16 kHz (what the analysis listens at), then resampled
CYCLE = 4.0  # seconds: one ball turn, one exchange
#: vowel formants F1-F4 in Hz (adult): a, i, o, e, u, ae
VOWELS = ((730, 1090, 2440, 3400), (270, 2290, 3010, 3700), (570, 840, 2410, 3400),
          (530, 1840, 2480, 3500), (300, 870, 2240, 3300), (660, 1720, 2410, 3400))
CARER = (112.0, 1.0, (("m", 0, 0.22), ("s", 3, 0.24), ("", 2, 0.2), ("m", 5, 0.3)))
CHILD = (320.0, 1.17, (("", 0, 0.2), ("s", 1, 0.25), ("m", 4, 0.3)))
CARER_AT, CHILD_AT = 0.2, 1.8  # seconds into each cycle
_HOP, _WINDOW = 128, 512

Syllable = tuple[str, int, float]  # onset ("", "s", "m"), vowel index, seconds


def _response(freqs: np.ndarray, formants: list[float]) -> np.ndarray:
    """The vocal tract's gain at ``freqs``: cascaded resonances and the source's tilt."""
    gain = np.ones_like(freqs)
    for order, centre in enumerate(formants):
        width = 50 + 0.06 * centre + 30 * order
        gain = gain / np.sqrt((1 - (freqs / centre) ** 2) ** 2 + (freqs * width / centre ** 2) ** 2)
    return gain / np.sqrt(1 + (freqs / 300) ** 2)


def _source(rng: np.random.Generator, pitch: float, count: int) -> np.ndarray:
    """Glottal pulses at a falling, slightly wavering pitch, with breath noise."""
    t = np.arange(count) / RATE
    total = count / RATE
    contour = pitch * (1.12 - 0.22 * t / total + 0.06 * np.sin(2 * np.pi * 2.3 * t / total))
    cycles = np.cumsum(contour) / RATE
    pulses = np.zeros(count)
    at = np.flatnonzero(np.diff(np.floor(cycles)) > 0)
    pulses[at] = 1 + 0.05 * rng.standard_normal(len(at))
    return pulses + 0.02 * rng.standard_normal(count)


def phrase(rng: np.random.Generator, pitch: float, scale: float,
           syllables: tuple[Syllable, ...]) -> np.ndarray:
    """One phrase (16 kHz samples, peak 1): the syllables filtered frame by frame."""
    starts = np.cumsum([0.0] + [length for _o, _v, length in syllables])
    count = int(starts[-1] * RATE)
    source, noise = _source(rng, pitch, count), rng.standard_normal(count)
    window, freqs = np.hanning(_WINDOW), np.fft.rfftfreq(_WINDOW, 1 / RATE)
    out = np.zeros(count)
    for first in range(0, count - _WINDOW, _HOP):
        middle = (first + _WINDOW / 2) / RATE
        index = min(len(syllables) - 1, int(np.searchsorted(starts, middle, side="right")) - 1)
        onset, vowel, length = syllables[index]
        into = (middle - starts[index]) / length
        before = VOWELS[syllables[index - 1][1] if index else vowel]
        glide = min(1.0, into / 0.35)
        formants = [scale * (a + (b - a) * glide) for a, b in zip(before, VOWELS[vowel],
                                                                   strict=True)]
        piece = source if not (onset == "s" and into < 0.3) else noise
        spectrum = np.fft.rfft(piece[first:first + _WINDOW] * window)
        if onset == "s" and into < 0.3:  # hiss
            spectrum *= (freqs > 3500) * 0.6 * (1 - into / 0.3)
        else:
            spectrum *= _response(freqs, formants) * np.sin(np.pi * min(1.0, into)) ** 0.6
            if onset == "m" and into < 0.25:  # hum through the nose
                spectrum *= (freqs < 500) * 1.5
        out[first:first + _WINDOW] += np.fft.irfft(spectrum, _WINDOW) * window
    peak = float(np.max(np.abs(out))) or 1.0
    return out / peak


def voices(seconds: float, rate: int) -> np.ndarray:
    """The demo's sound track at ``rate`` (float32, −1…1): quiet room noise, the carer's
    phrase and the child's answer in every :data:`CYCLE`, the carer quiet every third."""
    rng = np.random.default_rng(7)
    track = rng.standard_normal(int(seconds * RATE)) * 0.002
    for cycle in range(int(seconds // CYCLE)):
        base = cycle * CYCLE
        spoken = [(CHILD_AT, CHILD)] if cycle % 3 == 2 else [(CARER_AT, CARER),
                                                              (CHILD_AT, CHILD)]
        for offset, (pitch, scale, syllables) in spoken:
            piece = 0.35 * phrase(rng, pitch, scale, syllables)
            first = int((base + offset) * RATE)
            track[first:first + len(piece)] += piece[:max(0, len(track) - first)]
    if rate == RATE:
        return track.astype(np.float32)
    times = np.arange(int(seconds * rate)) / rate
    return np.interp(times, np.arange(len(track)) / RATE, track).astype(np.float32)


__all__ = ["CYCLE", "RATE", "phrase", "voices"]
