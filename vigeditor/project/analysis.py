"""The analysis of one of the case's recordings, and the suggested moments it gives (issue 13).

:func:`analyse_for_case` is what the app runs in the background after an import (and the
command line can run), in stages: the sound analysis
(:func:`vigeditor.analysis.run.analyse_recording`); the quick first faces pass on keyframes
(:func:`vigeditor.analysis.faces_pass.analyse_keyframes_recording`, seconds for a 10-minute
film), after which the suggested moments are stored a first time
(:func:`vigeditor.analysis.suggest.suggest`,
:func:`vigeditor.project.suggestions.replace_suggestions`, which keeps the guider's
decisions); then the full faces analysis at 4 samples a second
(:func:`vigeditor.analysis.faces_run.analyse_faces_recording`, minutes) and the suggestions
stored again. Each analysis runs in the isolated child and is cached in the case's
``cache/`` folder (so a stopped or interrupted analysis resumes where it was, and a second
run is instant). Nothing is uploaded; nothing but the suggestions is written to the case
file.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from vigeditor.analysis.faces_pass import analyse_keyframes_recording
from vigeditor.analysis.faces_run import FacesAnalysis, analyse_faces_recording, cached_faces
from vigeditor.analysis.run import AnalysisStopped, SoundAnalysis, analyse_recording
from vigeditor.analysis.suggest import suggest
from vigeditor.media.errors import MediaError
from vigeditor.project.case import Case
from vigeditor.project.errors import CaseError
from vigeditor.project.exporting import recording_media
from vigeditor.project.model import SuggestedMoment
from vigeditor.project.suggestions import replace_suggestions

#: shares of the whole progress (0…1): the sound, the faces' keyframes pass; the full faces
#: pass has the rest (decoding pictures 4 times a second costs most: docs/performance.md)
SOUND_SHARE = 0.15
KEYFRAMES_SHARE = 0.1
#: the stages ``on_stage`` hears of, in order
STAGES = ("sound", "faces-keyframes", "faces")
TIMEOUT = 120.0  # seconds without progress from the isolated child before it counts as hung

Progress = Callable[[float], None]
StopCheck = Callable[[], bool]
StageHook = Callable[[str], None]
T = TypeVar("T")


def analyse_for_case(case: Case, recording_id: int, *, progress: Progress | None = None,
                     should_stop: StopCheck | None = None, faces: bool = True,
                     on_stage: StageHook | None = None) -> list[SuggestedMoment]:
    """Analyse the recording's sound and (with ``faces``) its faces, and store the
    suggested moments found; returns the open suggestions now stored, in time order.

    ``progress`` gets 0…1 over every part (sound first); ``should_stop`` is asked often and
    stops the work when it returns True, with the parts done so far cached (a new call
    resumes). ``on_stage`` is called (in the calling thread) with each of :data:`STAGES`
    once it is done: "sound" (cached), "faces-keyframes" (the first pass cached and the
    suggestions from it stored; left out when the full faces analysis was cached already),
    "faces" (the full pass cached, the suggestions stored again). Raises
    :class:`~vigeditor.analysis.run.AnalysisStopped` when stopped (the suggestions of a
    finished first pass stay stored), and :class:`CaseError` when the recording is not in
    the case, its video is missing or changed, or its sound or pictures cannot be analysed
    (the message says which)."""
    path, info, table = recording_media(case, recording_id)
    cache, told = case.cache_dir, on_stage or (lambda _stage: None)
    sound_part = SOUND_SHARE if faces else 1.0
    sound: SoundAnalysis = _plainly(lambda: analyse_recording(
        path, cache, table.source_time(0), timeout=TIMEOUT,
        progress=_scaled(progress, 0.0, sound_part), should_stop=should_stop), should_stop)
    told("sound")
    found_faces: FacesAnalysis | None = None
    if faces:
        middle = sound_part + KEYFRAMES_SHARE
        if cached_faces(path, cache) is None:
            first = _plainly(lambda: analyse_keyframes_recording(
                path, cache, info, table, timeout=TIMEOUT,
                progress=_scaled(progress, sound_part, middle), should_stop=should_stop),
                should_stop)
            replace_suggestions(case, recording_id, suggest(sound, first))
            told("faces-keyframes")
        found_faces = _plainly(lambda: analyse_faces_recording(
            path, cache, info, table, timeout=TIMEOUT,
            progress=_scaled(progress, middle, 1.0), should_stop=should_stop),
            should_stop)
    stored = replace_suggestions(case, recording_id, suggest(sound, found_faces))
    if faces:
        told("faces")
    if progress is not None:
        progress(1.0)
    return stored


def _plainly(work: Callable[[], T], should_stop: StopCheck | None) -> T:
    """``work()``; its MediaError as AnalysisStopped when it was asked to stop (the
    isolated child, stopped, says only MediaError), else as a CaseError."""
    try:
        return work()
    except AnalysisStopped:
        raise
    except MediaError as error:
        if should_stop is not None and should_stop():
            raise AnalysisStopped(str(error)) from error
        raise CaseError(str(error)) from error


def _scaled(progress: Progress | None, start: float, end: float) -> Progress | None:
    """``progress`` taking a part's own 0…1 as ``start`` … ``end`` of the whole."""
    if progress is None:
        return None
    report = progress
    return lambda fraction: report(start + (end - start) * max(0.0, min(1.0, fraction)))
