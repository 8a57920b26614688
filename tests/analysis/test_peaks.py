"""The waveform's peak pyramid: exact min/max per part at every level, files, real sound."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from tests.analysis.material import SpeechFilm
from vigeditor.analysis.peaks import FACTOR, FINEST, LEVELS, PeakPyramid, build_pyramid
from vigeditor.analysis.sound import decode_sound

RATE = 16_000


@pytest.fixture(scope="module")
def noise() -> np.ndarray:
    generator = np.random.default_rng(1)
    return (generator.standard_normal(RATE * 20) * 0.3).clip(-1, 1).astype(np.float32)


@pytest.mark.parametrize("level", range(LEVELS))
def test_parts_aligned_with_a_level_are_exact(noise: np.ndarray, level: int) -> None:
    pyramid = build_pyramid(noise, RATE)
    size = FINEST * FACTOR ** level  # samples per part
    count = min(len(noise) // size, 500)
    low, high = pyramid.peaks(0.0, count * size / RATE, count)
    blocks = noise[: count * size].reshape(count, size)
    assert np.allclose(low, blocks.min(axis=1), atol=1 / 32767)
    assert np.allclose(high, blocks.max(axis=1), atol=1 / 32767)


def test_any_zoom_covers_the_span(noise: np.ndarray) -> None:
    """Unaligned parts: every part's peaks lie within the true peaks of a slightly wider
    stretch and reach at least those of the stretch inside it."""
    pyramid = build_pyramid(noise, RATE)
    start, end, buckets = 3.217, 11.9, 731
    low, high = pyramid.peaks(start, end, buckets)
    edges = np.linspace(start, end, buckets + 1)
    widen = pyramid.bucket_seconds(LEVELS - 1)
    for k in range(buckets):
        inner = noise[int(np.ceil(edges[k] * RATE)):int(edges[k + 1] * RATE)]
        outer = noise[max(0, int((edges[k] - widen) * RATE)):int((edges[k + 1] + widen) * RATE)]
        assert outer.min() - 1e-4 <= low[k] <= inner.min() + 1e-4
        assert inner.max() - 1e-4 <= high[k] <= outer.max() + 1e-4


def test_single_frame_zoom_and_outside(noise: np.ndarray) -> None:
    pyramid = build_pyramid(noise, RATE)
    low, high = pyramid.peaks(5.0, 5.04, 200)  # one 25-fps frame over 200 pixels
    assert low.shape == high.shape == (200,)
    assert np.all(low <= high) and np.all(high > 0)
    low, high = pyramid.peaks(19.0, 23.0, 4)  # the sound ends at 20 s
    assert high[0] > 0 and np.all(high[2:] == 0) and np.all(low[2:] == 0)
    with pytest.raises(ValueError):
        pyramid.peaks(2.0, 2.0, 10)
    with pytest.raises(ValueError):
        pyramid.peaks(0.0, 1.0, 0)


def test_save_and_load(noise: np.ndarray, tmp_path: Path) -> None:
    pyramid = build_pyramid(noise[: RATE * 3 + 77], RATE)
    loaded = PeakPyramid.load(pyramid.save(tmp_path / "w.npz"))
    assert loaded.seconds == pytest.approx(pyramid.seconds)
    for ours, theirs in zip(pyramid.lows + pyramid.highs, loaded.lows + loaded.highs,
                            strict=True):
        assert np.array_equal(ours, theirs)
    assert [p.name for p in tmp_path.iterdir()] == ["w.npz"]  # no temporary file left


def test_empty_sound() -> None:
    pyramid = build_pyramid(np.zeros(0, np.float32), RATE)
    low, high = pyramid.peaks(0.0, 1.0, 10)
    assert pyramid.seconds == 0 and not low.any() and not high.any()


def test_speech_is_louder_than_pauses(speech_film: SpeechFilm) -> None:
    sound = decode_sound(speech_film.path)
    pyramid = build_pyramid(sound.samples, sound.rate)
    _low, high = pyramid.peaks(0.0, speech_film.seconds, 280)  # 0.1 s a part
    first = speech_film.utterances[0]
    speech = high[int(first.start * 10):int(first.end * 10)]
    assert speech.max() > 4 * high[: int(first.start * 10) - 1].max()  # against the noise
