"""Scoring the sound analysis against the truth of a generated film.

- **Voice activity**: every 10 ms of the film is speech in the truth (inside an utterance)
  or not, and in the analysis (inside a speech span) or not. Precision = analysed speech that
  is true speech; recall = true speech that was found. As in the usual VAD and diarization
  scoring (NIST RT "no-score collar"), 10 ms steps within :data:`COLLAR` of an utterance's
  start or end are not scored: where a word's first or last sound fades in the noise is not
  a precise time.
- **Turn order**: the truth's turns are the utterances joined by the same rule the analysis
  uses (same voice, pause ≤ ``TURN_PAUSE``). A true turn counts as correct when the analysed
  turn that overlaps it most has the same voice and is not also the best match of the true
  turn before it (so two turns found as one, or a turn missed, count against).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from tests.analysis.material import Utterance
from vigeditor.analysis.voices import TURN_PAUSE, Turn

STEP = 0.01  # seconds per scored step
COLLAR = 0.1  # seconds either side of each true boundary that are not scored


@dataclass(frozen=True)
class Scores:
    precision: float
    recall: float
    turn_order: float
    turns_true: int
    turns_found: int

    def line(self) -> str:
        return (f"voice activity precision {self.precision:.3f}, recall {self.recall:.3f}; "
                f"turn order correct {self.turn_order:.3f} "
                f"({self.turns_true} true turns, {self.turns_found} found)")


def _mask(spans: list[tuple[float, float]], seconds: float) -> np.ndarray:
    mask = np.zeros(round(seconds / STEP), bool)
    for start, end in spans:
        mask[round(start / STEP):round(end / STEP)] = True
    return mask


def vad_scores(found: list[tuple[float, float]], truth: tuple[Utterance, ...],
               seconds: float) -> tuple[float, float]:
    """(precision, recall) of speech spans ``found`` (seconds) against ``truth``."""
    true = _mask([(u.start, u.end) for u in truth], seconds)
    got = _mask(found, seconds)
    scored = np.ones_like(true)
    for utterance in truth:
        for edge in (utterance.start, utterance.end):
            scored[max(0, round((edge - COLLAR) / STEP)):round((edge + COLLAR) / STEP)] = False
    hits = np.sum(got & true & scored)
    precision = hits / max(1, np.sum(got & scored))
    recall = hits / max(1, np.sum(true & scored))
    return float(precision), float(recall)


def true_turns(truth: tuple[Utterance, ...]) -> list[Turn]:
    joined: list[Turn] = []
    for u in truth:
        if joined and joined[-1].voice == u.speaker and u.start - joined[-1].end <= TURN_PAUSE:
            joined[-1] = Turn(joined[-1].start, u.end, u.speaker, joined[-1].gap)
        else:
            joined.append(Turn(u.start, u.end, u.speaker, None))
    return joined


def turn_order(found: tuple[Turn, ...] | list[Turn], truth: tuple[Utterance, ...]) -> float:
    """Share of true turns found in order with the right voice (see the module)."""
    expected = true_turns(truth)
    correct, previous_match = 0, None
    for turn in expected:
        overlaps = [max(0.0, min(turn.end, f.end) - max(turn.start, f.start)) for f in found]
        best = int(np.argmax(overlaps)) if overlaps and max(overlaps) > 0 else None
        if best is not None and found[best].voice == turn.voice and best != previous_match:
            correct += 1
        previous_match = best
    return correct / len(expected)


def score(analysis: object, truth: tuple[Utterance, ...], seconds: float) -> Scores:
    """All scores of a ``SoundAnalysis`` against ``truth``."""
    speech = [(s.start, s.end) for s in analysis.speech]  # type: ignore[attr-defined]
    found = analysis.turns  # type: ignore[attr-defined]
    precision, recall = vad_scores(speech, truth, seconds)
    return Scores(precision, recall, turn_order(found, truth), len(true_turns(truth)),
                  len(found))
