"""The quick first faces pass: keyframes only, so the faces lane is there within the minute.

The full faces analysis (:mod:`vigeditor.analysis.faces_run`) samples 4 frames a second; on
H.264 that means decoding every frame of the film, about 5x realtime for 1080p on 2 cores
(docs/performance.md). A keyframe needs only its own packet, so :func:`analyse_faces_keyframes`
samples only keyframes (:func:`keyframe_frames`): at most ``rate`` a second (a keyframe
closer than 1/``rate`` seconds to the previous sample is skipped) and, where keyframes are
further apart, nothing in between (the full pass fills in afterwards). Each keyframe is
decoded alone (:meth:`vigeditor.media.decoder.Decoder.picture_alone`, the picture known by
its packet, so a sample's ``frame`` is exactly the picture decoded); where that does not
give it (a damaged keyframe, a file read from its start) the frame server serves it as the
full pass does. Cached as ``faces-keyframes-<key>.json``, saved and resumed like the full
pass (:func:`vigeditor.analysis.faces_run.collect`).

:func:`best_faces` is "the best faces analysis available" from the cache: the full one when
complete, else the first pass when complete, else None.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from vigeditor.analysis.faces import FaceDetector
from vigeditor.analysis.faces_run import (
    DEFAULT_RATE,
    DEFAULT_WIDTH,
    KEYFRAMES,
    FaceSample,
    FacesAnalysis,
    cached_faces,
    cached_pass,
    collect,
    detected,
    faces_cache_key,
)
from vigeditor.analysis.isolated import run_analysis
from vigeditor.analysis.yunet_onnx import default_detector
from vigeditor.media.decoder import Decoder
from vigeditor.media.errors import MediaError
from vigeditor.media.frame_server import FrameServer, ServedFrame
from vigeditor.media.frame_table import FrameTable
from vigeditor.media.info import MediaInfo
from vigeditor.media.pictures import make_picture

_SERVER_CACHE = 16 * 1024 * 1024  # bytes of decoded frames the fallback server may keep


def keyframe_frames(table: FrameTable, rate: float = DEFAULT_RATE) -> list[int]:
    """The keyframe indices to sample, ascending: every keyframe of ``table`` except those
    less than 1/``rate`` seconds after the previous one kept."""
    frames: list[int] = []
    gap = 1.0 / rate
    last = -gap
    for keyframe in (int(index) for index in table.keyframes):
        seconds = table.time(keyframe)
        if seconds - last >= gap - 1e-9:
            frames.append(keyframe)
            last = seconds
    return frames


def cached_keyframes(path: Path, cache_dir: Path, rate: float = DEFAULT_RATE,
                     width: int = DEFAULT_WIDTH) -> FacesAnalysis | None:
    """The complete first pass from the cache, else None (no model is loaded)."""
    return cached_pass(path, cache_dir, KEYFRAMES, rate, width)


def best_faces(path: Path, cache_dir: Path, rate: float = DEFAULT_RATE,
               width: int = DEFAULT_WIDTH) -> FacesAnalysis | None:
    """The best faces analysis in the cache: the full one (``pass_`` "full") when complete,
    else the keyframes pass (``pass_`` "keyframes") when complete, else None."""
    full = cached_faces(path, cache_dir, rate, width)
    return full if full is not None else cached_keyframes(path, cache_dir, rate, width)


def analyse_keyframes_recording(path: Path, cache_dir: Path, info: MediaInfo,
                                table: FrameTable, *, rate: float = DEFAULT_RATE,
                                width: int = DEFAULT_WIDTH, timeout: float = 60.0,
                                progress: Callable[[float], None] | None = None,
                                should_stop: Callable[[], bool] | None = None
                                ) -> FacesAnalysis:
    """The first pass of ``path`` (see the module): from the cache, or computed in the
    isolated child. ``timeout`` (seconds) counts from the last progress report. Raises
    MediaError when the pictures cannot be read, the face model is missing, the child
    crashes or hangs, or ``should_stop`` stopped it (AnalysisStopped)."""
    cached = cached_keyframes(path, cache_dir, rate, width)
    if cached is not None:
        return cached
    return run_analysis(analyse_faces_keyframes, str(path), str(cache_dir), info, table,
                        rate, width, timeout=timeout, label=path.name, progress=progress,
                        should_stop=should_stop)


def analyse_faces_keyframes(path: str, cache_dir: str, info: MediaInfo, table: FrameTable,
                            rate: float = DEFAULT_RATE, width: int = DEFAULT_WIDTH,
                            progress: Callable[[float], None] | None = None,
                            should_stop: Callable[[], bool] | None = None,
                            detector: FaceDetector | None = None) -> FacesAnalysis:
    """The job (see the module); ``path`` and ``cache_dir`` are strings so it can be sent
    to the isolated child. Raises MediaError when the pictures cannot be decoded or the
    model is missing, AnalysisStopped when ``should_stop`` returned True."""
    finder = detector if detector is not None else default_detector()
    frames = keyframe_frames(table, rate)
    source = _Keyframes(info, table, width)
    try:
        samples = collect(Path(path), Path(cache_dir), KEYFRAMES, frames,
                          lambda todo: source.samples(finder, todo),
                          key=faces_cache_key(Path(path), rate, width, finder.name,
                                              KEYFRAMES),
                          progress=progress, should_stop=should_stop)
    finally:
        source.close()
    return FacesAnalysis(rate, width, finder.name, tuple(samples), KEYFRAMES)


class _Keyframes:
    """Keyframes' pictures ``width`` pixels wide (never wider than the picture): each
    decoded from its own packet, else served by a frame server (made when first needed)."""

    def __init__(self, info: MediaInfo, table: FrameTable, width: int) -> None:
        self.info, self.table = info, table
        self._decoder = Decoder(info.path, table)
        self._server: FrameServer | None = None
        display_w, display_h = info.display_width, info.display_height
        shown = min(width, display_w)
        self.size = (shown, max(2, round(display_h * shown / display_w)))
        self.scale = display_w / self.size[0]

    def samples(self, detector: FaceDetector, frames: list[int]) -> Iterator[FaceSample]:
        """A sample for each keyframe of ``frames`` (ascending)."""
        for index in frames:
            seconds = self.table.time(index)
            alone = None
            if self.table.tag_kind != "serial" and not self.table.is_damaged(index):
                alone = self._decoder.picture_alone(index)
            if alone is not None:
                picture = make_picture(alone, self.info, self.size)
                yield detected(detector, picture, seconds, index, self.scale)
                continue
            try:
                served = self._served(index)
            except MediaError:
                yield FaceSample(round(seconds, 4), index, 0, False, (), True)
                continue
            yield detected(detector, served.picture, seconds, index, self.scale,
                           damaged=served.damaged)

    def _served(self, index: int) -> ServedFrame:
        if self._server is None:
            self._server = FrameServer(self.info, self.table, cache_bytes=_SERVER_CACHE)
        return self._server.serve(index, self.size)

    def close(self) -> None:
        self._decoder.close()
        if self._server is not None:
            self._server.close()
