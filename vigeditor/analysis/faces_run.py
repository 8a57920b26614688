"""The faces analysis of one recording: faces sampled a few times a second, cached, resumed.

:func:`analyse_faces` is the job. It takes :data:`DEFAULT_RATE` samples per second of the
recording's timeline; each sample is the frame on screen at that time (looked up in the frame
table, never seconds × frame rate), decoded through :class:`vigeditor.media.frame_server.
FrameServer` at a reduced width (:data:`DEFAULT_WIDTH` pixels) and given to the face detector
(:func:`vigeditor.analysis.yunet_onnx.default_detector`). Every :data:`CHUNK` samples the results
so far are written to the cache folder (atomically), so a job stopped or killed part-way
resumes after its last saved sample. Progress (0…1) goes to
:func:`vigeditor.media.isolation.report_progress` in the isolated child (or to ``progress``);
``should_stop`` ends it with :class:`vigeditor.analysis.run.AnalysisStopped`.
:func:`analyse_faces_recording` is what the app and the command call: the cached result when
complete, otherwise the job in the isolated child.

Cache file: ``faces-<key>.json`` in the caller's cache folder, ``key`` from the file's
identity, the rate, the width, the detector and :data:`VERSION`. The quick first pass on
keyframes (:mod:`vigeditor.analysis.faces_pass`) is cached beside it as
``faces-keyframes-<key>.json`` and runs through the same :func:`collect` loop.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from vigeditor.analysis.faces import (
    YUNET_MODEL,
    Face,
    FaceDetector,
    YuNetDetector,
    facing_each_other,
)
from vigeditor.analysis.isolated import run_analysis
from vigeditor.analysis.run import AnalysisStopped
from vigeditor.analysis.yunet_onnx import default_detector
from vigeditor.atomic import write_atomically
from vigeditor.i18n import _
from vigeditor.media.errors import MediaError
from vigeditor.media.frame_server import FrameServer
from vigeditor.media.frame_table import FrameTable, file_identity
from vigeditor.media.info import MediaInfo
from vigeditor.media.isolation import report_progress

VERSION = 1  # raise when the rules change: old cache files are then not used
DEFAULT_RATE = 4.0  # samples per second of the timeline
DEFAULT_WIDTH = 480  # pixels: the width pictures are decoded at for the detector
CHUNK = 40  # samples between two saves of the partial result
FULL = "full"  # FacesAnalysis.pass_ of the analysis at ``rate`` samples a second
KEYFRAMES = "keyframes"  # … of the quick first pass on keyframes only
_REPORT_EVERY = 4  # samples between two progress reports (each crosses the child's pipe)
_DECODE_CACHE = 64 * 1024 * 1024  # bytes of decoded frames the frame server may keep
_log = logging.getLogger("vigeditor.analysis")


@dataclass(frozen=True)
class SampledFace:
    """One face in a sample: ``box`` (x, y, width, height) in pixels of the upright
    picture at the recording's display size, ``score`` (0…1) and ``turned`` ("left",
    "right" or "front", as seen in the picture)."""

    box: tuple[int, int, int, int]
    score: float
    turned: str


@dataclass(frozen=True)
class FaceSample:
    """The faces in one sampled frame: ``time`` (seconds on the recording's timeline,
    second 0 = the first picture: the frame's own start time), ``frame`` (frame-table
    index), ``count`` of faces, ``facing`` (two of them turned towards each other), the
    ``faces`` left to right, and ``damaged``: the frame could not be decoded, so the
    faces are those of the nearest earlier good picture, or none when there is none."""

    time: float
    frame: int
    count: int
    facing: bool
    faces: tuple[SampledFace, ...]
    damaged: bool = False


@dataclass(frozen=True)
class FacesAnalysis:
    """What the faces analysis found: ``samples`` in time order, taken ``rate`` times a
    second from pictures ``width`` pixels wide, by ``detector`` ("yunet" …). ``pass_`` says
    which: :data:`FULL` (every 1/``rate`` seconds) or :data:`KEYFRAMES` (the quick first
    pass: keyframes only, at most ``rate`` a second, so gaps of a GOP's length)."""

    rate: float
    width: int
    detector: str
    samples: tuple[FaceSample, ...]
    pass_: str = FULL

    @property
    def complete(self) -> bool:
        """True for the full analysis, False for the keyframes-only first pass."""
        return self.pass_ == FULL


def sample_frames(table: FrameTable, rate: float = DEFAULT_RATE) -> list[int]:
    """The frame indices to sample: the frame on screen at every 1/``rate`` seconds of the
    timeline from 0, each once, in order."""
    frames: list[int] = []
    count = int(table.duration * rate) + 1
    for step in range(count):
        seconds = step / rate
        if seconds >= table.duration:
            break
        index = table.index_at(seconds)
        if not frames or index > frames[-1]:
            frames.append(index)
    return frames


def faces_cache_key(path: Path, rate: float, width: int, detector: str,
                    pass_: str = FULL) -> str:
    """The cache key of ``path``'s faces analysed with these settings in pass ``pass_``
    (and the shipped model, so a new model analyses again)."""
    text = f"{file_identity(path)}:{rate:.4f}:{width}:{detector}:{YUNET_MODEL}:{VERSION}"
    if pass_ != FULL:
        text += f":{pass_}"
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def faces_cache_file(cache_dir: Path, key: str, pass_: str = FULL) -> Path:
    """Where the faces analysis for ``key`` (pass ``pass_``) is cached."""
    return cache_dir / (f"faces-{key}.json" if pass_ == FULL else f"faces-{pass_}-{key}.json")


def cached_pass(path: Path, cache_dir: Path, pass_: str, rate: float = DEFAULT_RATE,
                width: int = DEFAULT_WIDTH) -> FacesAnalysis | None:
    """Pass ``pass_``'s complete result from the cache, else None (no model is loaded)."""
    detector = YuNetDetector.name
    key = faces_cache_key(path, rate, width, detector, pass_)
    saved = _load(faces_cache_file(cache_dir, key, pass_))
    if saved is None or not saved[1]:
        return None
    return FacesAnalysis(rate, width, detector, tuple(saved[0]), pass_)


def cached_faces(path: Path, cache_dir: Path, rate: float = DEFAULT_RATE,
                 width: int = DEFAULT_WIDTH) -> FacesAnalysis | None:
    """The complete faces analysis from the cache, else None (cheap: no model is loaded)."""
    return cached_pass(path, cache_dir, FULL, rate, width)


def analyse_faces_recording(path: Path, cache_dir: Path, info: MediaInfo, table: FrameTable,
                            *, rate: float = DEFAULT_RATE, width: int = DEFAULT_WIDTH,
                            timeout: float = 60.0,
                            progress: Callable[[float], None] | None = None,
                            should_stop: Callable[[], bool] | None = None) -> FacesAnalysis:
    """The faces analysis of ``path`` (see the module), whose probe and frame table are
    ``info`` and ``table`` (:func:`vigeditor.media.probe.open_recording`): from the cache,
    or computed in the isolated child. ``timeout`` (seconds) counts from the last progress
    report. Raises MediaError when the pictures cannot be read, the face model is missing,
    the child crashes or hangs, or ``should_stop`` stopped it."""
    cached = cached_faces(path, cache_dir, rate, width)
    if cached is not None:
        return cached
    return run_analysis(analyse_faces, str(path), str(cache_dir), info, table, rate, width,
                        timeout=timeout, label=path.name, progress=progress,
                        should_stop=should_stop)


def analyse_faces(path: str, cache_dir: str, info: MediaInfo, table: FrameTable,
                  rate: float = DEFAULT_RATE, width: int = DEFAULT_WIDTH,
                  progress: Callable[[float], None] | None = None,
                  should_stop: Callable[[], bool] | None = None,
                  detector: FaceDetector | None = None) -> FacesAnalysis:
    """The job (see the module); ``path`` and ``cache_dir`` are strings so it can be sent
    to the isolated child. Raises MediaError when the pictures cannot be decoded or the
    model is missing, AnalysisStopped when ``should_stop`` returned True."""
    finder = detector if detector is not None else default_detector()
    frames = sample_frames(table, rate)
    server = FrameServer(info, table, cache_bytes=_DECODE_CACHE)
    try:
        samples = collect(Path(path), Path(cache_dir), FULL, frames,
                          lambda todo: _samples(server, finder, todo, width),
                          key=faces_cache_key(Path(path), rate, width, finder.name),
                          progress=progress, should_stop=should_stop)
    finally:
        server.close()
    return FacesAnalysis(rate, width, finder.name, tuple(samples))


def collect(path: Path, folder: Path, pass_: str, frames: list[int],
            sampler: Callable[[list[int]], Iterator[FaceSample]], *, key: str,
            progress: Callable[[float], None] | None = None,
            should_stop: Callable[[], bool] | None = None) -> list[FaceSample]:
    """The samples of ``frames`` (ascending frame indices) made by ``sampler``, resumed from
    and saved to pass ``pass_``'s cache file for ``key`` in ``folder`` every :data:`CHUNK`
    samples (atomically), and complete at the end. Progress 0…1 goes to ``progress`` (else
    :func:`report_progress`). Raises AnalysisStopped when ``should_stop`` returned True
    (the samples so far saved), MediaError from ``sampler``."""
    with contextlib.suppress(OSError):
        folder.mkdir(parents=True, exist_ok=True)
    target = faces_cache_file(folder, key, pass_)
    samples = _resumed(_load(target), frames)
    report = progress or report_progress
    for done, sample in enumerate(sampler(frames[len(samples):]), len(samples)):
        samples.append(sample)
        if (done + 1) % CHUNK == 0:
            _save(target, samples, complete=False)
        if (done + 1) % _REPORT_EVERY == 0:
            report((done + 1) / max(1, len(frames)))
        if should_stop is not None and should_stop():
            _save(target, samples, complete=False)
            raise AnalysisStopped(_("Analysing {name} was stopped.").format(name=path.name))
    _save(target, samples, complete=True)
    report(1.0)
    return samples


def _resumed(saved: tuple[list[FaceSample], bool] | None, frames: list[int]
             ) -> list[FaceSample]:
    """The saved samples to keep: all of them when they are the first of ``frames``."""
    if saved is None:
        return []
    samples = saved[0]
    return samples if [s.frame for s in samples] == frames[:len(samples)] else []


def _samples(server: FrameServer, detector: FaceDetector, frames: list[int],
             width: int) -> Iterator[FaceSample]:
    """A sample for each of ``frames`` (ascending), decoded ``width`` pixels wide (never
    wider than the picture)."""
    display_w, _display_h = server.display_size
    size = server.size_for_width(min(width, display_w))
    scale = display_w / size[0]
    for index in frames:
        try:
            served = server.serve(index, size)
        except MediaError:
            yield FaceSample(round(server.table.time(index), 4), index, 0, False, (), True)
            continue
        yield detected(detector, served.picture, server.table.time(index), index, scale,
                       damaged=served.damaged)


def detected(detector: FaceDetector, picture: Any, seconds: float, index: int,
             scale: float, *, damaged: bool = False) -> FaceSample:
    """The sample of frame ``index`` (at ``seconds``) from its RGB ``picture``, boxes
    multiplied by ``scale`` (display width ÷ picture width)."""
    faces = detector.detect(picture)
    return FaceSample(round(seconds, 4), index, len(faces), facing_each_other(faces),
                      tuple(_scaled(face, scale) for face in faces), damaged)


def _scaled(face: Face, scale: float) -> SampledFace:
    x, y, w, h = face.box
    box = (round(x * scale), round(y * scale), round(w * scale), round(h * scale))
    return SampledFace(box, round(face.score, 3), face.turned)


def _save(target: Path, samples: list[FaceSample], *, complete: bool) -> None:
    """Cache the samples so far; a read-only or full disk costs only the resume."""
    data = json.dumps({"complete": complete,
                       "samples": [asdict(sample) for sample in samples]}).encode()
    try:
        write_atomically(target, lambda stream: stream.write(data))
    except OSError as error:
        _log.warning("cannot cache the faces in %s: %s", target.name, error)


def _load(source: Path) -> tuple[list[FaceSample], bool] | None:
    """The cached samples and whether they are complete; None when there is no readable
    cache file."""
    if not source.exists():
        return None
    try:
        saved: dict[str, Any] = json.loads(source.read_text())
        samples = [FaceSample(item["time"], item["frame"], item["count"], item["facing"],
                              tuple(SampledFace(tuple(face["box"]), face["score"],
                                                face["turned"]) for face in item["faces"]),
                              bool(item.get("damaged", False)))
                   for item in saved["samples"]]
        return samples, bool(saved["complete"])
    except (OSError, ValueError, TypeError, KeyError) as error:
        _log.warning("ignoring the unreadable cache file %s: %s", source.name, error)
        return None
