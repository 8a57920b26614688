"""Suggested moments from hand-made sound and faces analyses (fast; no films)."""

from __future__ import annotations

import itertools
from typing import Any

import pytest

from vigeditor.analysis import suggest as rules
from vigeditor.analysis.faces_run import FaceSample, FacesAnalysis
from vigeditor.analysis.run import SoundAnalysis
from vigeditor.analysis.speech import Span
from vigeditor.analysis.suggest import Suggestion, suggest
from vigeditor.analysis.voices import VoiceSegment, turns

Said = tuple[float, float, str]  # start, end, voice


def _sound(said: list[Said], seconds: float = 60.0) -> SoundAnalysis:
    segments = [VoiceSegment(start, end, voice, 150.0 if voice == "adult" else 320.0)
                for start, end, voice in said]
    peaks: Any = None  # suggest() never looks at the waveform
    return SoundAnalysis(seconds, peaks, tuple(Span(s.start, s.end) for s in segments),
                         tuple(segments), tuple(turns(segments)))


def _faces(facing: list[tuple[float, float]], seconds: float = 60.0, *,
           count: int = 2) -> FacesAnalysis:
    """4 samples a second; two faces in every one, facing inside the ``facing`` spans."""
    samples = []
    for step in range(int(seconds * 4)):
        time = step / 4
        inside = any(start <= time < end for start, end in facing)
        samples.append(FaceSample(time, step * 6, count, inside and count >= 2, ()))
    return FacesAnalysis(4.0, 480, "test", tuple(samples))


def _overlapping(found: list[Suggestion]) -> bool:
    ordered = sorted(found, key=lambda s: s.start)
    return any(a.end > b.start for a, b in itertools.pairwise(ordered))


def test_nothing_to_go_on_suggests_nothing() -> None:
    assert suggest(None, None) == []
    assert suggest(_sound([]), _faces([])) == []


def test_an_exchange_while_facing_each_other_ranks_first_and_says_why() -> None:
    sound = _sound([(10.0, 12.0, "adult"), (12.8, 14.0, "child"),  # answered: faces facing
                    (30.0, 32.0, "adult"), (32.8, 34.0, "child")])  # answered: faces away
    found = suggest(sound, _faces([(9.0, 15.0)]))
    best = found[0]
    assert best.kind == "exchange" and 10.0 <= best.start < 12.0 and best.end > 12.8
    assert best.score >= 0.8
    assert "The adult spoke, then the child answered within 0.8 s" in best.reasons
    assert any(reason.startswith("Two faces turned towards each other for")
               for reason in best.reasons)
    other = next(s for s in found if s.start >= 29.0)
    assert other.kind == "exchange" and other.score < best.score - 0.3
    assert not any("faces" in reason for reason in other.reasons)


def test_sound_alone_or_faces_alone_score_lower() -> None:
    said = [(10.0, 12.0, "adult"), (12.5, 14.0, "child")]
    both = suggest(_sound(said), _faces([(9.0, 15.0)]))[0]
    sound_only = suggest(_sound(said), None)[0]
    faces_only = suggest(None, _faces([(9.0, 15.0)]))[0]
    assert sound_only.kind == "exchange" and faces_only.kind == "face-to-face"
    assert both.score > sound_only.score > faces_only.score > 0
    assert sound_only.score <= 0.6 and faces_only.score <= 0.5
    assert faces_only.reasons == ("Two faces turned towards each other for 6.0 s",)
    assert (faces_only.start, faces_only.end) == (9.0, 15.0)


def test_a_slow_answer_is_no_exchange_but_waiting_after_the_child() -> None:
    found = suggest(_sound([(5.0, 7.0, "child"), (9.1, 11.0, "adult")]), None)
    assert [s.kind for s in found] == ["waiting"]
    assert found[0].reasons == ("The adult waited 2.1 s after the child spoke",)
    assert found[0].start <= 7.0 and found[0].end > 9.1


def test_waiting_then_the_child_again_and_too_long_a_quiet() -> None:
    again = suggest(_sound([(5.0, 7.0, "child"), (9.5, 10.5, "child")]), None)
    assert again[0].kind == "waiting"
    assert "then the child spoke again" in again[0].reasons[0]
    assert suggest(_sound([(5.0, 7.0, "child"), (20.0, 21.0, "adult")]), None) == []
    assert suggest(_sound([(5.0, 7.0, "adult"), (9.5, 10.5, "adult")]), None) == []


def test_waiting_while_facing_scores_more_than_waiting_alone() -> None:
    said = [(5.0, 7.0, "child"), (9.1, 11.0, "adult")]
    alone = suggest(_sound(said), None)[0]
    facing = [s for s in suggest(_sound(said), _faces([(6.0, 11.0)])) if s.kind == "waiting"]
    assert facing and facing[0].score > alone.score


def test_overlapping_suggestions_merge_and_none_overlap() -> None:
    said = [(10.0, 11.5, "adult"), (12.0, 13.0, "child"), (13.5, 14.5, "adult"),
            (15.0, 16.0, "child")]
    found = suggest(_sound(said), _faces([(9.0, 17.0)]))
    assert len(found) == 1
    merged = found[0]
    assert merged.kind == "exchange" and merged.start == 10.0 and merged.end == 16.0
    assert len([r for r in merged.reasons if "answered" in r]) == 2  # the same words once
    assert not _overlapping(found)


def test_long_turns_and_long_stretches_stay_micro_clip_long() -> None:
    found = suggest(_sound([(0.0, 20.0, "adult"), (20.5, 40.0, "child")]),
                    _faces([(0.0, 60.0)]))
    assert all(s.end - s.start <= rules.MAX_SECONDS + 1e-9 for s in found)
    assert not _overlapping(found)


def test_at_most_so_many_per_minute_the_best_kept() -> None:
    said: list[Said] = []
    for k in range(15):  # an exchange every 4 s, the later ones while facing
        said += [(k * 4.0, k * 4.0 + 1.0, "adult"), (k * 4.0 + 1.2, k * 4.0 + 1.8, "child")]
    found = suggest(_sound(said, 120.0), _faces([(40.0, 60.0)], 120.0))
    assert len(found) == rules.MAX_PER_MINUTE
    assert sum(s.start >= 40.0 for s in found) == 5  # the exchanges while facing first
    assert [s.score for s in found] == sorted((s.score for s in found), reverse=True)


def test_detector_flicker_does_not_break_a_stretch() -> None:
    faces = _faces([(2.0, 4.0), (4.25, 6.0)])  # one sample missed at 4.0 s
    found = suggest(None, faces)
    assert [(s.start, s.end) for s in found] == [(2.0, 6.0)]
    assert suggest(None, _faces([(2.0, 3.0)])) == []  # shorter than FACING_MIN


@pytest.mark.parametrize("kind", rules.KINDS)
def test_scores_stay_between_0_and_1(kind: str) -> None:
    said = [(k * 3.0, k * 3.0 + 1.0, "adult" if k % 2 else "child") for k in range(20)]
    for found in suggest(_sound(said), _faces([(0.0, 60.0)])):
        assert 0.0 <= found.score <= 1.0 and found.kind in rules.KINDS
