"""Suggested moments: where in a recording to look first, ranked by evidence (issue 13).

From the sound analysis (:class:`~vigeditor.analysis.run.SoundAnalysis`: speech, voices,
turns) and the faces analysis (:class:`~vigeditor.analysis.faces_run.FacesAnalysis`: faces
sampled a few times a second), :func:`suggest` finds three kinds of stretch that VIG guiders
look for (the Principles of Attuned Interaction, DESIGN.md §2):

- **exchange**: one voice, then the other within :data:`EXCHANGE_GAP` seconds (receiving
  then responding, taking short turns); the strongest evidence is an exchange while two
  faces are turned towards each other;
- **waiting**: quiet of :data:`WAIT_MIN` … :data:`WAIT_MAX` seconds after the child's voice,
  before someone speaks again (giving time and space, waiting for the child's initiative);
- **face-to-face**: two faces turned towards each other for at least :data:`FACING_MIN`
  seconds (turning towards, eye contact).

Each has a score 0…1 built from named weights below: sound evidence and faces evidence add
up, so a suggestion made from one analysis alone (sound only, faces only) scores lower than
one both agree on. Overlapping suggestions are merged into the better one (its kind and
reasons; of the same kind, its span grows to cover both while it stays within
:data:`MAX_SECONDS`, a micro-clip's length: turns taken in a row become one), and at
most :data:`MAX_PER_MINUTE` suggestions are kept per minute of the timeline, the best ones.

Voices are "adult" and "child" as the pitch suggests (:mod:`.voices`), never who it was, and a
suggestion is only a place to look: the guider decides what it shows. Times are seconds on
the recording's timeline (second 0 = the first picture), as in both analyses.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from vigeditor.i18n import _, format_decimal

if TYPE_CHECKING:
    from vigeditor.analysis.faces_run import FaceSample, FacesAnalysis
    from vigeditor.analysis.run import SoundAnalysis
    from vigeditor.analysis.voices import Turn

KINDS = ("exchange", "waiting", "face-to-face")

# -- what counts (seconds) ---------------------------------------------------------------------
EXCHANGE_GAP = 1.5  # the other voice answers within this: a turn exchange (issue 13)
LEAD = 3.0  # seconds of a turn shown before its end, so a long turn is not all suggested
FOLLOW = 3.0  # seconds of the answer shown after it starts
WAIT_MIN = 1.5  # quiet after the child's voice that is waiting, not a quick answer
WAIT_MAX = 8.0  # longer quiet is no longer waiting for the child (someone left, a pause)
WAIT_AFTER = 1.5  # seconds of what follows the quiet that the suggestion shows
FACING_MIN = 1.5  # two faces turned towards each other at least this long
FACING_BRIDGE = 0.5  # a face missed by the detector this long does not break a stretch
FACING_MENTION = 0.5  # facing for at least this long is named in the reasons
MAX_SECONDS = 10.0  # a suggestion is at most a micro-clip long (DESIGN.md §1: rarely > 10 s)
MAX_PER_MINUTE = 6  # at most this many per minute of timeline: the lane is not flooded

# -- how much each piece of evidence weighs (scores add up to at most 1) ---------------------
EXCHANGE_BASE = 0.4  # one voice then the other
QUICK_BONUS = 0.1  # up to this for an answer at once (falls to 0 at EXCHANGE_GAP)
CHAIN_BONUS = 0.1  # the exchange is one of several in a row (giving and taking turns)
EXCHANGE_FACING = 0.4  # × the share of the exchange with two faces turned to each other
WAIT_BASE = 0.3  # quiet after the child's voice
WAIT_LONGER = 0.1  # up to this as the quiet grows to WAIT_MIN + 2 s
WAIT_FACING = 0.35  # × the share of the waiting with two faces turned to each other
FACING_BASE = 0.25  # a face-to-face stretch
FACING_LONGER = 0.15  # up to this as the stretch grows to FACING_MIN + 4.5 s
FACING_SPEECH = 0.1  # × the share of the stretch with speech


@dataclass(frozen=True)
class Suggestion:
    """A place worth looking at: ``start`` … ``end`` in seconds on the recording's timeline,
    ``kind`` (one of :data:`KINDS`), ``score`` 0…1 (higher: more evidence) and ``reasons``:
    sentences a guider understands, saying what was found."""

    start: float
    end: float
    kind: str
    score: float
    reasons: tuple[str, ...]


@dataclass
class _Candidate:
    start: float
    end: float
    kind: str
    score: float
    reasons: list[str] = field(default_factory=list)

    def overlaps(self, other: _Candidate) -> bool:
        return self.start < other.end and other.start < self.end


def suggest(sound: SoundAnalysis | None, faces: FacesAnalysis | None) -> list[Suggestion]:
    """The suggested moments of one recording (see the module), best first (equal scores
    in time order). Either analysis may be None (not done, no sound, no pictures): the
    suggestions then come from the other alone, with lower scores; both None gives []."""
    samples = _Faces(faces)
    found: list[_Candidate] = []
    if sound is not None:
        found += _exchanges(list(sound.turns), samples)
        found += _waits(sound, samples)
    found += _face_to_face(samples, sound)
    kept = _capped(_merged(found))
    return sorted((_final(candidate, samples) for candidate in kept),
                  key=lambda s: (-s.score, s.start))


class _Faces:
    """The faces samples (empty when there is no faces analysis) and shares of a span."""

    def __init__(self, faces: FacesAnalysis | None) -> None:
        self.samples: tuple[FaceSample, ...] = faces.samples if faces is not None else ()
        self.step = 1.0 / faces.rate if faces is not None and faces.rate > 0 else 0.25
        if faces is not None and not faces.complete and len(self.samples) > 1:
            # the keyframes pass: a sample stands for the time until the next (a GOP)
            times = [sample.time for sample in self.samples]
            gaps = sorted(b - a for a, b in itertools.pairwise(times))
            self.step = max(self.step, gaps[len(gaps) // 2])

    def __bool__(self) -> bool:
        return bool(self.samples)

    def inside(self, start: float, end: float) -> list[FaceSample]:
        """The samples in ``start`` … ``end``; the nearest one when none falls inside."""
        inside = [s for s in self.samples if start <= s.time < end]
        if inside or not self.samples:
            return inside
        middle = (start + end) / 2
        return [min(self.samples, key=lambda s: abs(s.time - middle))]

    def facing_share(self, start: float, end: float) -> float:
        """The share (0…1) of the samples in the span with two faces facing each other."""
        inside = self.inside(start, end)
        return sum(s.facing for s in inside) / len(inside) if inside else 0.0

    def facing_seconds(self, start: float, end: float) -> float:
        """About how long in the span two faces were facing each other (seconds)."""
        inside = [s for s in self.samples if start <= s.time < end]
        return min(end - start, sum(s.facing for s in inside) * self.step)


def _exchanges(turns: list[Turn], faces: _Faces) -> list[_Candidate]:
    """A candidate for each turn answered by the other voice within EXCHANGE_GAP."""
    quick = [index for index in range(1, len(turns)) if _answered(turns, index)]
    found = []
    for index in quick:
        first, answer = turns[index - 1], turns[index]
        gap = answer.gap if answer.gap is not None else 0.0
        start = max(first.start, first.end - LEAD)
        end = min(answer.end, answer.start + FOLLOW)
        score = (EXCHANGE_BASE + QUICK_BONUS * (1 - max(0.0, gap) / EXCHANGE_GAP)
                 + (CHAIN_BONUS if index - 1 in quick or index + 1 in quick else 0.0)
                 + EXCHANGE_FACING * faces.facing_share(start, end))
        found.append(_Candidate(start, end, "exchange", score,
                                [_exchange_reason(first.voice, answer.voice, gap)]))
    return found


def _answered(turns: list[Turn], index: int) -> bool:
    """Whether turn ``index`` answers the one before: the other voice, soon after."""
    turn = turns[index]
    return (turn.voice != turns[index - 1].voice and turn.gap is not None
            and turn.gap <= EXCHANGE_GAP)


def _exchange_reason(first: str, answer: str, gap: float) -> str:
    if gap <= 0.05:
        return (_("The adult spoke, then the child answered at once") if first == "adult"
                else _("The child spoke, then the adult answered at once"))
    text = (_("The adult spoke, then the child answered within {gap} s")
            if first == "adult" else
            _("The child spoke, then the adult answered within {gap} s"))
    return text.format(gap=format_decimal(gap))


def _waits(sound: SoundAnalysis, faces: _Faces) -> list[_Candidate]:
    """A candidate for each quiet of WAIT_MIN … WAIT_MAX after a child's turn."""
    found = []
    for turn in sound.turns:
        if turn.voice != "child":
            continue
        onset = _next_speech(sound, turn.end)
        if onset is None or not WAIT_MIN <= onset - turn.end <= WAIT_MAX:
            continue
        pause = onset - turn.end
        start = max(turn.start, turn.end - LEAD)
        end = min(onset + WAIT_AFTER, max(onset, sound.seconds))
        score = (WAIT_BASE + WAIT_LONGER * min(1.0, (pause - WAIT_MIN) / 2.0)
                 + WAIT_FACING * faces.facing_share(turn.end, onset))
        found.append(_Candidate(start, end, "waiting", score,
                                [_wait_reason(_voice_at(sound, onset), pause)]))
    return found


def _next_speech(sound: SoundAnalysis, after: float) -> float | None:
    """When speech next starts after ``after`` (seconds); ``after`` itself when speech
    goes on there, None when no more speech follows."""
    for span in sound.speech:
        if span.start <= after + 0.05 < span.end:
            return after
        if span.start > after:
            return span.start
    return None


def _voice_at(sound: SoundAnalysis, onset: float) -> str:
    """The voice of the speech starting at ``onset`` ("unclear" when none is labelled)."""
    for segment in sound.voices:
        if segment.end > onset + 0.05:
            return segment.voice
    return "unclear"


def _wait_reason(next_voice: str, pause: float) -> str:
    if next_voice == "adult":
        text = _("The adult waited {pause:.1f} s after the child spoke")
    elif next_voice == "child":
        text = _("After the child spoke, {pause:.1f} s of quiet, then the child spoke again")
    else:
        text = _("{pause:.1f} s of quiet after the child spoke")
    return text.format(pause=pause)


def _face_to_face(faces: _Faces, sound: SoundAnalysis | None) -> list[_Candidate]:
    """A candidate for each stretch of two faces facing each other (at most MAX_SECONDS
    of it: the start), of at least FACING_MIN seconds."""
    found = []
    for start, end in _facing_stretches(faces):
        seconds = end - start
        end = min(end, start + MAX_SECONDS)
        score = (FACING_BASE + FACING_LONGER * min(1.0, (seconds - FACING_MIN) / 4.5)
                 + FACING_SPEECH * _speech_share(sound, start, end))
        found.append(_Candidate(start, end, "face-to-face", score))
    return found


def _facing_stretches(faces: _Faces) -> list[tuple[float, float]]:
    """(start, end) seconds of the runs of facing samples, bridging short misses."""
    stretches: list[list[float]] = []
    for sample in faces.samples:
        if not sample.facing:
            continue
        if stretches and sample.time - stretches[-1][1] <= FACING_BRIDGE + 1e-6:
            stretches[-1][1] = sample.time + faces.step
        else:
            stretches.append([sample.time, sample.time + faces.step])
    return [(start, end) for start, end in stretches if end - start >= FACING_MIN - 1e-6]


def _speech_share(sound: SoundAnalysis | None, start: float, end: float) -> float:
    """The share (0…1) of ``start`` … ``end`` with speech."""
    if sound is None or end <= start:
        return 0.0
    spoken = sum(max(0.0, min(end, s.end) - max(start, s.start)) for s in sound.speech)
    return min(1.0, spoken / (end - start))


def _merged(found: list[_Candidate]) -> list[_Candidate]:
    """Overlapping candidates merged into the better one (see the module); none of the
    results overlap."""
    kept: list[_Candidate] = []
    for candidate in sorted(found, key=lambda c: (-c.score, c.start)):
        into = next((k for k in kept if k.overlaps(candidate)), None)
        if into is None:
            kept.append(candidate)
            continue
        start, end = min(into.start, candidate.start), max(into.end, candidate.end)
        grown = _Candidate(start, end, into.kind, into.score)
        if into.kind == candidate.kind and end - start <= MAX_SECONDS and not any(
                k is not into and k.overlaps(grown) for k in kept):
            into.start, into.end = start, end
        shared = min(into.end, candidate.end) - max(into.start, candidate.start)
        if shared >= (candidate.end - candidate.start) / 2:  # mostly inside: its reasons hold
            into.reasons += [r for r in candidate.reasons if r not in into.reasons]
    return kept


def _capped(kept: list[_Candidate]) -> list[_Candidate]:
    """The best MAX_PER_MINUTE candidates of each minute of the timeline (by start)."""
    per_minute: dict[int, int] = {}
    chosen = []
    for candidate in sorted(kept, key=lambda c: (-c.score, c.start)):
        minute = int(candidate.start // 60)
        if per_minute.get(minute, 0) < MAX_PER_MINUTE:
            per_minute[minute] = per_minute.get(minute, 0) + 1
            chosen.append(candidate)
    return chosen


def _final(candidate: _Candidate, faces: _Faces) -> Suggestion:
    """The suggestion, with what the faces showed over its whole span as a reason."""
    reasons = list(candidate.reasons)
    facing = faces.facing_seconds(candidate.start, candidate.end)
    if facing >= FACING_MENTION:
        reasons.append(_("Two faces turned towards each other for {seconds:.1f} s").format(
            seconds=facing))
    return Suggestion(round(candidate.start, 3), round(candidate.end, 3), candidate.kind,
                      round(min(1.0, max(0.0, candidate.score)), 3), tuple(reasons))
