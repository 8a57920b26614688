"""Films with speech at known times, for measuring the sound analysis against the truth.

Speech comes from ``espeak-ng`` (Debian package ``espeak-ng``): a low adult-like voice
(``en+m3``, pitch 35) and a high child-like voice (``en+f4``, pitch 99, faster), placed at
known times over steady background noise (room rumble and hiss, about 20 dB below the
speech) with one clatter of toy blocks in a pause, which is sound but not speech. The picture
is a still background (the sound analysis does not look at it), 25 fps H.264, the sound AAC
at 48 kHz in MP4.

The truth of each utterance is the span of its synthesised samples from the first to the last
one above 2% of its peak (espeak-ng's own leading and trailing silence left out).
"""

from __future__ import annotations

import io
import shutil
import subprocess
import wave
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

import av
import numpy as np

RATE = 48_000  # samples per second of the film's sound
FPS = 25
VOICES = {"adult": ("en+m3", 35, 140), "child": ("en+f4", 99, 165)}  # voice, pitch, words/min
#: (start seconds, speaker, words): the default ~28 s conversation
SCRIPT: tuple[tuple[float, str, str], ...] = (
    (0.8, "adult", "Shall we build a tower together?"),
    (3.6, "child", "Yes, a big red one."),
    (6.0, "adult", "Which block goes first?"),
    (8.2, "child", "This one, the blue one."),
    (10.5, "adult", "Good choice, put it down gently."),
    (12.85, "child", "Okay!"),  # answers at once: no pause between the two voices
    (16.0, "child", "Look, it is very tall now!"),
    (18.6, "adult", "Wow, you did that all by yourself."),
    (21.5, "child", "Can I put the last one on?"),
    (23.8, "adult", "Go on then, carefully."),
    (26.0, "child", "Done!"),
)
CLATTER = (14.0, 14.6)  # seconds: toy blocks falling, in the pause
SECONDS = 28.0


@dataclass(frozen=True)
class Utterance:
    """One utterance's truth: ``start`` and ``end`` in seconds from the film's start."""

    start: float
    end: float
    speaker: str  # "adult" or "child"
    words: str


@dataclass(frozen=True)
class SpeechFilm:
    """A generated film and the truth about its speech, in time order."""

    path: Path
    utterances: tuple[Utterance, ...]
    seconds: float


def have_espeak() -> bool:
    return shutil.which("espeak-ng") is not None


def speak(words: str, speaker: str) -> np.ndarray:
    """``words`` said by ``speaker``'s voice: float32 samples at :data:`RATE`."""
    voice, pitch, speed = VOICES[speaker]
    wav = subprocess.run(["espeak-ng", "-v", voice, "-p", str(pitch), "-s", str(speed),
                          "--stdout", words], capture_output=True, check=True).stdout
    with wave.open(io.BytesIO(wav)) as reader:
        rate = reader.getframerate()
        raw = np.frombuffer(reader.readframes(reader.getnframes()), dtype=np.int16)
    samples = raw.astype(np.float32) / 32768.0
    times = np.arange(round(len(samples) * RATE / rate)) / RATE
    return np.interp(times, np.arange(len(samples)) / rate, samples).astype(np.float32)


def _trimmed(samples: np.ndarray) -> tuple[int, int]:
    loud = np.flatnonzero(np.abs(samples) > 0.02 * np.abs(samples).max())
    return int(loud[0]), int(loud[-1]) + 1


def background(seconds: float, seed: int = 3, level: float = 0.012) -> np.ndarray:
    """Room noise: low rumble plus hiss, RMS about ``level``."""
    generator = np.random.default_rng(seed)
    white = generator.standard_normal(round(seconds * RATE)).astype(np.float32)
    rumble = np.convolve(white, np.ones(48, np.float32) / 48, mode="same") * 4
    noise = rumble + 0.3 * white
    return (noise * level / noise.std()).astype(np.float32)


def clatter(seconds: float, seed: int = 5) -> np.ndarray:
    """Toy blocks falling: a few sharp decaying knocks."""
    generator = np.random.default_rng(seed)
    out = np.zeros(round(seconds * RATE), np.float32)
    for at in np.linspace(0, seconds - 0.12, 5):
        knock = generator.standard_normal(round(0.08 * RATE)).astype(np.float32)
        knock *= np.exp(-np.arange(len(knock)) / (0.012 * RATE)).astype(np.float32) * 0.5
        begin = round(at * RATE)
        out[begin:begin + len(knock)] += knock[: len(out) - begin]
    return out


def mix(script: tuple[tuple[float, str, str], ...], seconds: float,
        clatters: tuple[tuple[float, float], ...] = (CLATTER,), seed: int = 3,
        noise: float = 0.012) -> tuple[np.ndarray, tuple[Utterance, ...]]:
    """The film's sound (float32 at :data:`RATE`) and the truth of its utterances; speech
    peaks at 0.5, ``noise`` is the background's RMS."""
    sound = background(seconds, seed, noise)
    spoken: dict[tuple[str, str], np.ndarray] = {}
    truth = []
    for start, speaker, words in script:
        samples = spoken.setdefault((speaker, words), speak(words, speaker))
        first, last = _trimmed(samples)
        begin = round(start * RATE)
        piece = samples[first:last] * (0.5 / np.abs(samples).max())
        sound[begin:begin + len(piece)] += piece[: len(sound) - begin]
        truth.append(Utterance(start, start + len(piece) / RATE, speaker, words))
    for begin_s, end_s in clatters:
        begin = round(begin_s * RATE)
        knocks = clatter(end_s - begin_s)
        sound[begin:begin + len(knocks)] += knocks
    return np.clip(sound, -1, 1), tuple(truth)


def write_film(path: Path, sound: np.ndarray, size: tuple[int, int] = (320, 180),
               variable: bool = False) -> Path:
    """A film of a still background picture (25 fps H.264, or with ``variable`` frames
    shown alternately 20 and 60 ms, as phones' variable frame rate does) with ``sound``
    (AAC, mono)."""
    seconds = len(sound) / RATE
    width, height = size
    ramp = np.linspace(40, 200, width, dtype=np.float32)[None, :, None]
    picture = np.repeat(ramp, height, axis=0).repeat(3, axis=2).astype(np.uint8)
    base = Fraction(1, 1000) if variable else Fraction(1, FPS)
    stamps = [index // 2 * 80 + index % 2 * 20 for index in range(int(seconds * 25))]
    with av.open(str(path), "w") as container:
        video = container.add_stream("libx264", rate=FPS)
        video.width, video.height, video.pix_fmt = width, height, "yuv420p"
        video.time_base = video.codec_context.time_base = base
        video.options = {"g": str(FPS * 2), "preset": "ultrafast", "bf": "0"}
        audio = container.add_stream("aac", rate=RATE)
        audio.layout = "mono"
        for index in range(int(seconds * FPS)):
            frame = av.VideoFrame.from_ndarray(picture, format="rgb24")
            frame.pts, frame.time_base = (stamps[index] if variable else index), base
            container.mux(video.encode(frame))
        container.mux(video.encode())
        for start in range(0, len(sound), 1024):
            chunk = sound[start:start + 1024].reshape(1, -1)
            frame = av.AudioFrame.from_ndarray(np.ascontiguousarray(chunk), format="fltp",
                                               layout="mono")
            frame.sample_rate, frame.pts = RATE, start
            container.mux(audio.encode(frame))
        container.mux(audio.encode())
    return path


def make_speech_film(path: Path, script: tuple[tuple[float, str, str], ...] = SCRIPT,
                     seconds: float = SECONDS, noise: float = 0.012) -> SpeechFilm:
    """The default conversation (or ``script``) as a film at ``path``, with its truth."""
    sound, truth = mix(script, seconds, noise=noise)
    write_film(path, sound)
    return SpeechFilm(path, truth, seconds)


def long_script(seconds: float) -> tuple[tuple[float, str, str], ...]:
    """The default conversation repeated to fill ``seconds`` (for the benchmark)."""
    script = []
    for round_start in np.arange(0, seconds - SECONDS + 1e-6, SECONDS):
        script += [(float(round_start) + at, who, words) for at, who, words in SCRIPT]
    return tuple(script)
