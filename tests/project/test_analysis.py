"""The analysis of a case's recording and its suggested moments, measured against a film with
known truth (issue 13, "Proof"): speech turns planted while two faces are turned towards each
other, among distractors (one voice alone, faces turned away, silence)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.analysis.material import have_espeak
from tests.analysis.suggest_material import AWAY, ONE, SuggestFilm, make_suggest_film
from vigeditor.analysis import faces_pass, faces_run, run
from vigeditor.analysis.run import AnalysisStopped
from vigeditor.project.analysis import SOUND_SHARE, STAGES, analyse_for_case
from vigeditor.project.case import Case
from vigeditor.project.errors import CaseError
from vigeditor.project.importing import import_recording
from vigeditor.project.model import SuggestedMoment
from vigeditor.project.suggestions import dismiss_suggestion, list_suggestions

TARGET = 0.8  # issue 13: share of planted exchanges found among the top suggestions


@pytest.fixture(scope="module")
def film(tmp_path_factory: pytest.TempPathFactory) -> SuggestFilm:
    if not have_espeak():
        pytest.skip("espeak-ng (Debian package espeak-ng) is not installed")
    pytest.importorskip("skimage", reason="scikit-image (the dev extra) makes the test film")
    return make_suggest_film(tmp_path_factory.mktemp("suggest") / "together.mp4")


@pytest.fixture(scope="module")
def template(film: SuggestFilm, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("suggest-case") / "family.vigcase"
    with Case.create(folder, family_code="FAM-S") as case:
        import_recording(case, film.path, cycle=1)
    return folder


@pytest.fixture
def family(template: Path, tmp_path: Path) -> Iterator[Case]:
    folder = tmp_path / "family.vigcase"
    shutil.copytree(template, folder)
    case = Case.open(folder)
    yield case
    case.close()


def _seconds(case: Case, found: SuggestedMoment) -> tuple[float, float]:
    table = case.frame_table(found.recording_id)
    return table.time(found.start_frame), table.time(found.end_frame) + \
        table.display_duration(found.end_frame)


def _overlaps(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _no_analysis(*_args: object, **_kwargs: object) -> None:
    raise AssertionError("the analysis ran again instead of coming from the cache")


def test_planted_exchanges_are_found_among_the_top_suggestions(family: Case,
                                                               film: SuggestFilm) -> None:
    progress: list[float] = []
    stored = analyse_for_case(family, 1, progress=progress.append)
    assert progress == sorted(progress) and progress[-1] == 1.0 and len(progress) > 5
    top = sorted(stored, key=lambda s: -s.score)[:len(film.planted)]
    spans = [(_seconds(family, s), s) for s in top]
    found = [any(s.kind == "exchange" and _overlaps(span, planted) for span, s in spans)
             for planted in film.planted]
    share = sum(found) / len(found)
    print(f"\nsuggested moments: {sum(found)} of {len(found)} planted turn exchanges found "
          f"among the top {len(top)} suggestions (share {share:.2f}; {len(stored)} in all)")
    for span, suggestion in spans:
        print(f"  {span[0]:6.2f}-{span[1]:6.2f} s  {suggestion.kind:12} "
              f"{suggestion.score:.3f}  {'; '.join(suggestion.reasons)}")
    assert share >= TARGET
    distractors = [(start, end) for start, end, shown in film.faces if shown in (AWAY, ONE)]
    assert not any(_overlaps(span, d) for span, _s in spans for d in distractors)
    assert all(any("Two faces turned towards each other" in r for r in s.reasons)
               for s in top)


def test_a_second_run_comes_from_the_cache_and_keeps_decisions(
        family: Case, monkeypatch: pytest.MonkeyPatch) -> None:
    first = analyse_for_case(family, 1)
    dismiss_suggestion(family, first[0].id)
    monkeypatch.setattr(run, "run_analysis", _no_analysis)
    monkeypatch.setattr(faces_run, "run_analysis", _no_analysis)
    again = analyse_for_case(family, 1)
    assert [(s.start_frame, s.reasons) for s in again] == [
        (s.start_frame, s.reasons) for s in first[1:]]
    assert len(list_suggestions(family, 1, include_closed=True)) == len(first)


def test_stopped_in_the_sound_then_resumed(family: Case) -> None:
    seen: list[float] = []
    with pytest.raises(AnalysisStopped):
        analyse_for_case(family, 1, progress=seen.append,
                         should_stop=lambda: bool(seen) and seen[-1] > SOUND_SHARE / 2)
    assert list_suggestions(family, 1) == []  # nothing stored from half a sound analysis
    assert analyse_for_case(family, 1)


def test_stopped_in_the_full_faces_pass_keeps_the_first_pass_then_resumes(
        family: Case, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[float] = []
    with pytest.raises(AnalysisStopped):
        analyse_for_case(family, 1, progress=seen.append,
                         should_stop=lambda: bool(seen) and seen[-1] > 0.5)
    first = list_suggestions(family, 1)
    assert first  # the first pass's suggestions stay stored
    assert faces_pass.best_faces(family.recording_path(family.row("recordings", 1)),
                                 family.cache_dir).pass_ == "keyframes"
    monkeypatch.setattr(run, "run_analysis", _no_analysis)  # the sound part was cached
    monkeypatch.setattr(faces_pass, "run_analysis", _no_analysis)  # and the first pass
    assert analyse_for_case(family, 1)


def test_stages_are_told_in_order_with_suggestions_after_the_first_pass(
        family: Case, film: SuggestFilm) -> None:
    path = family.recording_path(family.row("recordings", 1))
    heard: list[tuple[str, list[SuggestedMoment], str | None]] = []

    def on_stage(stage: str) -> None:
        best = faces_pass.best_faces(path, family.cache_dir)
        heard.append((stage, list_suggestions(family, 1), best.pass_ if best else None))

    stored = analyse_for_case(family, 1, on_stage=on_stage)
    assert [stage for stage, _s, _p in heard] == list(STAGES)
    assert heard[0][1:] == ([], None)  # the sound alone stores nothing
    _stage, early, pass_ = heard[1]
    assert pass_ == "keyframes" and early  # suggestions within the minute
    assert heard[2][2] == "full" and heard[2][1] == stored
    spans = [_seconds(family, s) for s in sorted(early, key=lambda s: -s.score)[:5]]
    found = sum(any(_overlaps(span, planted) for span in spans) for planted in film.planted)
    print(f"\nafter the keyframes pass: {found} of {len(film.planted)} planted exchanges "
          f"among the top 5 of {len(early)} suggestions")
    assert found / len(film.planted) >= TARGET
    again: list[str] = []
    analyse_for_case(family, 1, on_stage=again.append)
    assert again == ["sound", "faces"]  # the full faces cached: no first pass again


def test_sound_alone_scores_lower(family: Case) -> None:
    with_faces = max(s.score for s in analyse_for_case(family, 1))
    sound_only = analyse_for_case(family, 1, faces=False)
    assert sound_only and all(s.kind != "face-to-face" for s in sound_only)
    assert max(s.score for s in sound_only) < with_faces


def test_plain_error_for_a_missing_recording(family: Case) -> None:
    with pytest.raises(CaseError, match="no recording 9"):
        analyse_for_case(family, 9)
