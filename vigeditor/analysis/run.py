"""The sound analysis of one recording, in stages that are cached and resumed.

:func:`analyse_sound` is the job: it decodes the sound once, then makes the waveform's peak
pyramid, the speech spans and the voice segments, writing each stage's result to the cache
folder (atomically) as soon as it is done, so a job stopped or killed part-way resumes at the
first stage not yet done. It reports progress (0…1) through
:func:`vigeditor.media.isolation.report_progress` when it runs in the isolated child (or to
``progress`` when given) and stops with :class:`AnalysisStopped` when ``should_stop`` says
so. :func:`analyse_recording` is what the app and the command call: the cached result when
every stage is done, otherwise the job in the isolated child (a hostile file's decoder crash
or hang costs an error message, never the app).

Cache files are named ``sound-<key>.<stage>.<ext>`` in the caller's cache folder (the case's
``cache/``), ``key`` from the file's identity (size and hashes, so a changed file is analysed
again), the timeline origin and :data:`VERSION`.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import av.error

from vigeditor.analysis.isolated import run_analysis
from vigeditor.analysis.peaks import PeakPyramid, build_pyramid
from vigeditor.analysis.sound import Sound, decode_sound
from vigeditor.analysis.speech import Span, speech_probabilities, speech_spans
from vigeditor.analysis.voices import Turn, VoiceSegment, turns, voice_segments
from vigeditor.atomic import write_atomically
from vigeditor.i18n import _
from vigeditor.media.errors import MediaError
from vigeditor.media.frame_table import file_identity
from vigeditor.media.isolation import report_progress

VERSION = 1  # raise when a stage's rules change: old cache files are then not used
STAGES = ("peaks", "speech", "voices")
#: share of the whole job: decoding, then each stage
_WEIGHTS = {"decode": 0.2, "peaks": 0.05, "speech": 0.4, "voices": 0.35}
_REPORT_STEP = 0.002  # the least progress worth reporting
_log = logging.getLogger("vigeditor.analysis")


class AnalysisStopped(MediaError):
    """The caller asked the analysis to stop; the stages done so far are cached."""


@dataclass(frozen=True)
class SoundAnalysis:
    """What the sound analysis found: ``seconds`` of sound (0 when the recording has none),
    the waveform ``peaks``, ``speech`` spans, ``voices`` (segments of speech labelled
    "adult", "child" or "unclear") and ``turns``; times in seconds on the recording's
    timeline (second 0 = the first picture)."""

    seconds: float
    peaks: PeakPyramid
    speech: tuple[Span, ...]
    voices: tuple[VoiceSegment, ...]
    turns: tuple[Turn, ...]


def cache_key(path: Path, origin: float) -> str:
    """The cache key of ``path``'s sound analysed with timeline origin ``origin``."""
    text = f"{file_identity(path)}:{origin:.6f}:{VERSION}"
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def stage_file(cache_dir: Path, key: str, stage: str) -> Path:
    """Where ``stage``'s result for ``key`` is cached."""
    return cache_dir / f"sound-{key}.{stage}.{'npz' if stage == 'peaks' else 'json'}"


def cached_analysis(path: Path, cache_dir: Path, origin: float = 0.0) -> SoundAnalysis | None:
    """The analysis from the cache when every stage is there, else None."""
    key = cache_key(path, origin)
    loaded = {stage: _load_stage(cache_dir, key, stage) for stage in STAGES}
    if any(value is None for value in loaded.values()):
        return None
    return _result(loaded)


def analyse_recording(path: Path, cache_dir: Path, origin: float = 0.0, *,
                      timeout: float = 60.0, progress: Callable[[float], None] | None = None,
                      should_stop: Callable[[], bool] | None = None) -> SoundAnalysis:
    """The sound analysis of ``path`` (see the module): from the cache, or computed in the
    isolated child. ``origin``: the container time (seconds) of the first picture,
    ``FrameTable.source_time(0)``. ``timeout`` counts from the last progress report.
    Raises MediaError when the sound cannot be read, the child crashes or hangs, or
    ``should_stop`` stopped it."""
    cached = cached_analysis(path, cache_dir, origin)
    if cached is not None:
        return cached
    return run_analysis(analyse_sound, str(path), str(cache_dir), origin, timeout=timeout,
                        label=path.name, progress=progress, should_stop=should_stop)


def analyse_sound(path: str, cache_dir: str, origin: float = 0.0,
                  progress: Callable[[float], None] | None = None,
                  should_stop: Callable[[], bool] | None = None) -> SoundAnalysis:
    """The job (see the module); ``path`` and ``cache_dir`` are strings so it can be sent
    to the isolated child. Raises MediaError when the sound cannot be decoded,
    AnalysisStopped when ``should_stop`` returned True."""
    file_path, folder = Path(path), Path(cache_dir)
    with contextlib.suppress(OSError):
        folder.mkdir(parents=True, exist_ok=True)
    key = cache_key(file_path, origin)
    job = _Job(progress or report_progress, should_stop, file_path.name)
    loaded: dict[str, Any] = {stage: _load_stage(folder, key, stage) for stage in STAGES}
    missing = [stage for stage in STAGES if loaded[stage] is None]
    if missing:
        sound = _decode(file_path, origin, job)
        for stage in missing:
            loaded[stage] = _compute(stage, sound, loaded, job)
            _save_stage(folder, key, stage, loaded[stage])
    job.report("voices", 1.0)
    return _result(loaded)


class _Job:
    """Progress of the whole job from each part's own 0…1, and the stop check."""

    def __init__(self, progress: Callable[[float], None],
                 should_stop: Callable[[], bool] | None, name: str) -> None:
        self._progress, self._should_stop, self.name = progress, should_stop, name
        self._told = -1.0

    def report(self, part: str, fraction: float) -> None:
        done = 0.0
        for name, weight in _WEIGHTS.items():
            if name == part:
                break
            done += weight
        overall = min(1.0, done + _WEIGHTS[part] * max(0.0, min(1.0, fraction)))
        if overall - self._told >= _REPORT_STEP or (overall == 1.0 and self._told < 1.0):
            self._told = overall  # not every packet: each report crosses a pipe
            self._progress(overall)
        if self._should_stop is not None and self._should_stop():
            raise AnalysisStopped(_("Analysing {name} was stopped.").format(name=self.name))

    def part(self, name: str) -> Callable[[float], None]:
        return lambda fraction: self.report(name, fraction)


def _decode(path: Path, origin: float, job: _Job) -> Sound:
    try:
        return decode_sound(path, origin, job.part("decode"))
    except (av.error.FFmpegError, OSError) as error:
        _log.warning("sound of %s cannot be decoded: %s", path.name, error)
        raise MediaError(_("The sound of {name} cannot be read.").format(name=path.name),
                         path=str(path)) from None


def _compute(stage: str, sound: Sound, loaded: dict[str, Any], job: _Job) -> Any:
    job.report(stage, 0.0)
    if stage == "peaks":
        return build_pyramid(sound.samples, sound.rate)
    if stage == "speech":
        if len(sound.samples) == 0:
            return []
        probabilities = speech_probabilities(sound.samples, sound.rate, job.part("speech"))
        return speech_spans(probabilities, sound.rate)
    return voice_segments(sound.samples, sound.rate, loaded["speech"], job.part("voices"))


def _save_stage(folder: Path, key: str, stage: str, value: Any) -> None:
    """Cache a stage's result; a read-only or full disk costs only the resume."""
    target = stage_file(folder, key, stage)
    try:
        if stage == "peaks":
            value.save(target)
        else:
            data = json.dumps([asdict(item) for item in value]).encode()
            write_atomically(target, lambda stream: stream.write(data))
    except OSError as error:
        _log.warning("cannot cache the %s of %s: %s", stage, key, error)


def _load_stage(folder: Path, key: str, stage: str) -> Any:
    """A cached stage's result, or None when it is not there or cannot be read."""
    source = stage_file(folder, key, stage)
    if not source.exists():
        return None
    try:
        if stage == "peaks":
            return PeakPyramid.load(source)
        items = json.loads(source.read_text())
        kind = Span if stage == "speech" else VoiceSegment
        return [kind(**item) for item in items]
    except (OSError, ValueError, TypeError, KeyError) as error:
        _log.warning("ignoring the unreadable cache file %s: %s", source.name, error)
        return None


def _result(loaded: dict[str, Any]) -> SoundAnalysis:
    segments = list(loaded["voices"])
    return SoundAnalysis(loaded["peaks"].seconds, loaded["peaks"], tuple(loaded["speech"]),
                         tuple(segments), tuple(turns(segments)))
