"""The faces of an exported range, tracked frame by frame, and the blurring of those not kept.

Issue 14: an export can blur the faces of people who have not consented. :func:`track_faces`
runs the faces lane's detector (YuNet:
:func:`vigeditor.analysis.yunet_onnx.default_detector`, here with the low threshold
:data:`~vigeditor.analysis.face_tracking.LOW_SCORE`) on every :data:`STEP`-th frame of the
range (and its last; the frames between take the union of the boxes around them, so they
are covered however the face moved), served exactly by
:class:`~vigeditor.media.frame_server.FrameServer` at a working size of at most
:data:`WORK_PIXELS` pixels (never larger than the picture; 960×540 for 16:9, where YuNet
reliably finds faces from about 50 pixels high in 1080p), and every :data:`FINE_EVERY`
frames also at a fine size of up to :data:`FINE_PIXELS` (the whole 1080p picture: faces down
to about 16-20 pixels high; figures in docs/performance.md, "Face blurring"); a face found
only there is followed between those frames by interpolation. It joins the detections into
tracks (:mod:`vigeditor.analysis.face_tracking`: filled gaps, held ends, unsure frames) and
follows hand-drawn boxes (:mod:`vigeditor.analysis.face_manual`).

The result, :class:`FaceTracks`, gives each face a **number**: 1, 2, … by first appearance,
then left to right; hand-drawn boxes come after the detected faces, so adding one never
renumbers a face the guider has ticked. Boxes are fractions of the upright display picture
(x, y, width, height), so one result serves every export size. It can be cached as JSON.

:func:`boxes_to_blur` gives, for one frame, every face not kept and every hand-drawn box,
enlarged by :data:`MARGIN` (hair, chin, a turning head); :class:`FaceBlur` is the picture
filter the renderer takes (``render_clip(..., picture_filter=FaceBlur(...))``): it pixelates
those boxes (:func:`vigeditor.media.pixelate.pixelate`) on a copy of the picture.
"""

from __future__ import annotations

import contextlib
import json
import threading
from collections import deque
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from vigeditor.analysis import face_manual, face_search
from vigeditor.analysis.face_search import Served
from vigeditor.analysis.face_signature import Signature
from vigeditor.analysis.face_signature import similarity as signature_similarity
from vigeditor.analysis.face_tracking import (
    LOW_SCORE,
    Box,
    RawTrack,
    Tracker,
)
from vigeditor.analysis.faces import FaceDetector
from vigeditor.analysis.yunet_onnx import default_detector
from vigeditor.i18n import _
from vigeditor.media.errors import MediaError, RenderCancelled
from vigeditor.media.frame_server import FrameServer
from vigeditor.media.pixelate import pixelate

__all__ = ["MARGIN", "WORK_PIXELS", "Box", "FaceBlur", "FaceTracks", "RenderCancelled",
           "TrackedFace", "boxes_to_blur", "similarity", "track_faces", "working_size"]

VERSION = 4  # of the JSON form and the tracking rules: raise when either changes
WORK_PIXELS = 960 * 540  # the detector's picture is at most this many pixels
FINE_PIXELS = 1920 * 1080  # … and every FINE_EVERY frames at most this many (small faces)
#: the smallest face found, as a share of the picture's height (docs/performance.md): at the
#: fine size (1080 lines) such a face is 54 pixels high, above YuNet's reliable ~30
SMALLEST_FACE = 0.05
FINE_EVERY = 10  # frames between two searches at the fine size (at most MAX_GAP)
#: how much a face's box is enlarged on each side before blurring, as shares of its width
#: (left, right) and height (top: hair; bottom: chin and neck)
MARGIN = {"side": 0.25, "top": 0.45, "bottom": 0.25}
_DECODE_CACHE = 64 * 1024 * 1024
_REPORT_EVERY = 4  # frames between two progress reports
_AHEAD = 3  # frames decoded ahead of the detector
#: frames between two searches at the working size: the frames between are covered by the
#: union of the boxes around them (face_tracking.fill), so a face is covered wherever it
#: went; halves the tracking time (docs/performance.md, "Face blurring")
STEP = 2
_SKIPPED = np.zeros((0, 0, 3), np.uint8)  # the "picture" of a frame decoded, not searched


@dataclass(frozen=True)
class TrackedFace:
    """One face through the range: ``number`` (1-based, stable: see the module), ``boxes``
    (frame index → Box, fractions of the upright picture, for every frame it is present),
    ``best_frame`` (where it is seen best: for a thumbnail), ``manual`` (a hand-drawn box,
    followed) and ``signature`` (colour histograms of the face and the clothes below it:
    :mod:`vigeditor.analysis.face_signature`)."""

    number: int
    boxes: dict[int, Box]
    best_frame: int
    manual: bool = False
    signature: Signature | None = None

    def box_at(self, frame: int) -> Box | None:
        """The face's box in ``frame``, None when it is not there."""
        return self.boxes.get(frame)


@dataclass(frozen=True)
class FaceTracks:
    """The faces of frames ``first … last`` (inclusive) and the frames where detection was
    unsure (sorted). ``faces`` are in number order."""

    first: int
    last: int
    faces: tuple[TrackedFace, ...]
    unsure: tuple[int, ...] = ()

    def unsure_stretches(self) -> list[tuple[int, int]]:
        """The unsure frames as stretches ``[(first, last), …]`` (inclusive frame indices):
        frames closer than :data:`STEP` + 1 apart join one stretch, since the detector only
        looks at every STEP-th frame (0, 2, 4 → (0, 4)); a lone frame is ``(frame, frame)``
        (issue 14)."""
        return joined_stretches(self.unsure)

    def face(self, number: int) -> TrackedFace:
        """The face numbered ``number``; KeyError when there is none."""
        for face in self.faces:
            if face.number == number:
                return face
        raise KeyError(number)

    @property
    def numbers(self) -> list[int]:
        """The numbers of the detected (not hand-drawn) faces."""
        return [face.number for face in self.faces if not face.manual]

    def to_json(self) -> str:
        """This result as JSON text (for the case's cache folder)."""
        return json.dumps({"version": VERSION, "first": self.first, "last": self.last,
                           "unsure": list(self.unsure),
                           "faces": [_face_json(face) for face in self.faces]})

    @classmethod
    def from_json(cls, text: str) -> FaceTracks:
        """A result from :meth:`to_json`'s text. ValueError when it is not one (or of
        another version: the caller then tracks again)."""
        try:
            data: dict[str, Any] = json.loads(text)
            if data.get("version") != VERSION:
                raise ValueError(f"face tracks of version {data.get('version')}")
            faces = tuple(TrackedFace(
                int(item["number"]),
                {int(frame): _box(box) for frame, box in item["boxes"].items()},
                int(item["best_frame"]), bool(item["manual"]), item.get("signature"))
                for item in data["faces"])
            return cls(int(data["first"]), int(data["last"]), faces,
                       tuple(int(frame) for frame in data["unsure"]))
        except (KeyError, TypeError, AttributeError) as error:
            raise ValueError(f"not face tracks: {error}") from error


def joined_stretches(frames: Iterable[int], gap: int = STEP) -> list[tuple[int, int]]:
    """Frame indices as sorted stretches ``[(first, last), …]``: two frames at most ``gap``
    frames apart are in the same stretch."""
    runs: list[tuple[int, int]] = []
    for frame in sorted(set(frames)):
        if runs and frame - runs[-1][1] <= gap:
            runs[-1] = (runs[-1][0], frame)
        else:
            runs.append((frame, frame))
    return runs


def _face_json(face: TrackedFace) -> dict[str, Any]:
    return {"number": face.number, "best_frame": face.best_frame, "manual": face.manual,
            "signature": face.signature,
            "boxes": {str(frame): [round(value, 5) for value in box]
                      for frame, box in face.boxes.items()}}


def _box(values: Sequence[float]) -> Box:
    x, y, w, h = (float(value) for value in values)
    return (x, y, w, h)


def similarity(a: TrackedFace | Signature, b: TrackedFace | Signature) -> float:
    """How alike two faces (or signatures) look, 0…1 (``cv2.compareHist``: see
    :mod:`vigeditor.analysis.face_signature`); 0.0 when either has no signature."""
    first = a.signature if isinstance(a, TrackedFace) else a
    second = b.signature if isinstance(b, TrackedFace) else b
    return signature_similarity(first or {}, second or {})


def working_size(display: tuple[int, int], width: int | None = None,
                 pixels: int = WORK_PIXELS) -> tuple[int, int]:
    """The size (width, height) pictures of ``display`` size are detected at: ``width``
    when given, else at most ``pixels`` pixels, never larger than ``display``."""
    display_w, display_h = display
    if width is None:
        scale = min(1.0, (pixels / (display_w * display_h)) ** 0.5)
        width = round(display_w * scale)
    width = max(16, min(display_w, int(width)))
    return width, max(2, round(display_h * width / display_w))


def fine_size(display: tuple[int, int]) -> tuple[int, int]:
    """The size (width, height) of the search for small faces: :data:`FINE_PIXELS` pixels
    at ``display``'s shape, films smaller than that upscaled (issue 14: a face of
    :data:`SMALLEST_FACE` of the picture's height must be large enough for YuNet, whatever
    the film's own size)."""
    display_w, display_h = display
    scale = (FINE_PIXELS / (display_w * display_h)) ** 0.5
    width = max(16, round(display_w * scale))
    return width, max(2, round(display_h * width / display_w))


def track_faces(source: FrameServer | str | Path, first: int, last: int, *,
                manual: Iterable[tuple[int, Box]] = (), detector: FaceDetector | None = None,
                width: int | None = None, progress: Callable[[float], None] | None = None,
                cancel: threading.Event | None = None) -> FaceTracks:
    """The faces of frames ``first … last`` (inclusive; a still is ``first == last``) of
    ``source`` (a frame server, or a recording's path, then probed and opened here), see the
    module. ``manual``: hand-drawn boxes (frame, Box) to follow through the range.
    ``detector``: default YuNet at the low threshold; ``width``: the detection width in
    pixels (default: :func:`working_size`). ``progress`` gets 0…1. Raises RenderCancelled
    when ``cancel`` is set, MediaError when the recording or the face model cannot be read
    or the range is outside the recording."""
    if last < first:
        raise MediaError(_("Faces cannot be tracked from frame {first} to frame {last}: the "
                           "range is empty.").format(first=first, last=last))
    hand = [(int(frame), _box(box)) for frame, box in manual]
    finders = ([detector] if detector is not None  # one: it may not be safe in threads
               else face_search.detectors(lambda: default_detector(LOW_SCORE)))
    own = not isinstance(source, FrameServer)
    server = (FrameServer.open(source, cache_bytes=_DECODE_CACHE) if own
              else source)  # type: ignore[arg-type]
    try:
        server.table.check_index(first)
        server.table.check_index(last)
        size = working_size(server.display_size, width)
        fine = fine_size(server.display_size)
        sizes = (size, fine if fine[0] >= 1.5 * size[0] else None)
        greys = face_manual.GreyFrames(first) if hand else None
        tracker = _detect_all(server, finders, sizes, first, last, greys, progress, cancel)
    finally:
        if own:
            server.close()
    raw, unsure = tracker.finish()
    faces = _numbered(raw)
    for number, (frame, box) in enumerate(hand, len(faces) + 1):
        faces.append(_manual_face(number, frame, box, greys, unsure))  # type: ignore[arg-type]
    if progress is not None:
        progress(1.0)
    return FaceTracks(first, last, tuple(faces), tuple(sorted(unsure)))


def _detect_all(server: FrameServer, finders: list[FaceDetector],
                sizes: tuple[tuple[int, int], tuple[int, int] | None], first: int, last: int,
                greys: face_manual.GreyFrames | None, progress: Callable[[float], None] | None,
                cancel: threading.Event | None) -> Tracker:
    """Detect on every :data:`STEP`-th frame of the range and on its last, in order (the
    decoder runs forwards), at the working size, and every :data:`FINE_EVERY` frames also at
    the fine size when given (and on the last); the frames between are only decoded (damaged
    ones are unsure) and covered by the tracker (:func:`~vigeditor.analysis.face_tracking.fill`)."""
    tracker = Tracker(first, last, FINE_EVERY if sizes[1] else 0, STEP)
    total = last - first + 1
    served = _served(server, first, last, sizes, greys is not None)
    pictures = face_search.detected(served, finders)
    with contextlib.closing(served), contextlib.closing(pictures):
        for done, ((index, searched, picture, finer), found) in enumerate(pictures, 1):
            if cancel is not None and cancel.is_set():
                raise RenderCancelled
            if picture is None:
                tracker.damaged(index)
            elif searched and found is not None:
                tracker.add(index, found, picture, fine=finer is not None)
            _after(done, total, picture, greys, progress)
    return tracker


def _searched(index: int, first: int, last: int) -> bool:
    """Whether frame ``index`` is searched for faces: every :data:`STEP`-th frame, every
    :data:`FINE_EVERY`-th and the last (both also searched at the fine size)."""
    offset = index - first
    return offset % STEP == 0 or offset % FINE_EVERY == 0 or index == last


def _after(done: int, total: int, picture: np.ndarray | None,
           greys: face_manual.GreyFrames | None,
           progress: Callable[[float], None] | None) -> None:
    if greys is not None:
        greys.add(picture)
    if progress is not None and done % _REPORT_EVERY == 0:
        progress(0.99 * done / total)


def _served(server: FrameServer, first: int, last: int,
            sizes: tuple[tuple[int, int], tuple[int, int] | None],
            every_picture: bool = False) -> Iterator[Served]:
    """(index, searched, picture, finer) for ``first … last``: whether the frame is searched
    (:func:`_searched`), its picture at the working size (None when it cannot be decoded, or
    when it is not searched and ``every_picture`` is false: then it is only decoded, and
    damaged when that fails, ``searched`` False and ``finer`` None), and on every
    :data:`FINE_EVERY`-th frame and the last the picture at the fine size (else None; the
    last so that the range ends with a search that finds every face: issue 14); decoded
    :data:`_AHEAD` frames ahead on a worker thread while the detector runs."""
    size, fine = sizes

    def serve(index: int) -> Served:
        searched = _searched(index, first, last)
        if not (searched or every_picture):
            decoded = server.decoded_frame(index)  # in order: the decoder runs forwards
            good = decoded is not None and not decoded.is_corrupt
            return index, False, _SKIPPED if good else None, None
        try:
            picture = server.serve(index, size).picture
        except MediaError:
            return index, searched, None, None
        if not searched or fine is None or ((index - first) % FINE_EVERY and index != last):
            return index, searched, picture, None
        try:
            return index, searched, picture, server.serve(index, fine).picture
        except MediaError:  # cannot happen after the frame was served: it is cached
            return index, searched, picture, None

    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="face-frames") as pool:
        ahead: deque[Future[Served]] = deque()
        following = first
        try:
            while following <= last or ahead:
                while following <= last and len(ahead) < _AHEAD:
                    ahead.append(pool.submit(serve, following))
                    following += 1
                yield ahead.popleft().result()
        finally:
            for waiting in ahead:
                waiting.cancel()


def _numbered(raw: list[RawTrack]) -> list[TrackedFace]:
    """Detected tracks numbered by first appearance, then left to right."""
    def order(track: RawTrack) -> tuple[int, float]:
        start = min(track.detections)
        return start, track.detections[start].box[0]
    return [TrackedFace(number, track.boxes, track.best[2], False, track.signature)
            for number, track in enumerate(sorted(raw, key=order), 1)]


def _manual_face(number: int, frame: int, box: Box, greys: face_manual.GreyFrames,
                 unsure: set[int]) -> TrackedFace:
    if not greys.first <= frame <= greys.last:
        raise MediaError(_("A blur box drawn on frame {frame} is outside the frames "
                           "{first} to {last}.").format(frame=frame, first=greys.first,
                                                       last=greys.last))
    boxes, lost = face_manual.follow(greys, frame, box)
    unsure.update(lost)
    return TrackedFace(number, boxes, frame, True, None)


def boxes_to_blur(tracks: FaceTracks, keep: Collection[int], frame: int) -> list[Box]:
    """The boxes to pixelate in ``frame``: every face whose number is not in ``keep`` and
    every hand-drawn box there, each enlarged by :data:`MARGIN` and clipped to the picture.
    A frame outside the range (a damaged frame replaced by one before it) takes the boxes
    of the range's nearest frame."""
    frame = min(max(int(frame), tracks.first), tracks.last)
    kept = set(keep)
    return [enlarged(box) for face in tracks.faces
            if face.manual or face.number not in kept
            if (box := face.boxes.get(frame)) is not None]


def enlarged(box: Box) -> Box:
    """``box`` grown by :data:`MARGIN` on each side, clipped to the picture (0…1)."""
    x, y, w, h = box
    left, right = x - w * MARGIN["side"], x + w * (1 + MARGIN["side"])
    top, bottom = y - h * MARGIN["top"], y + h * (1 + MARGIN["bottom"])
    left, top, right, bottom = max(0.0, left), max(0.0, top), min(1.0, right), min(1.0, bottom)
    return (left, top, max(0.0, right - left), max(0.0, bottom - top))


class FaceBlur:
    """The picture filter for the renderer: ``blur(frame, picture)`` gives ``picture`` (RGB
    uint8, H×W×3, any export size) with :func:`boxes_to_blur` pixelated, on a copy (the
    picture itself is never changed: the renderer may show it again for a damaged frame);
    the same array when there is nothing to blur in that frame."""

    def __init__(self, tracks: FaceTracks, keep: Collection[int] = ()) -> None:
        self.tracks = tracks
        self.keep = frozenset(int(number) for number in keep)

    @property
    def blurred_count(self) -> int:
        """How many faces are blurred: faces not kept plus hand-drawn boxes."""
        return sum(1 for face in self.tracks.faces
                   if face.manual or face.number not in self.keep)

    def __call__(self, frame: int, picture: np.ndarray) -> np.ndarray:
        boxes = boxes_to_blur(self.tracks, self.keep, frame)
        if not boxes:
            return picture
        height, width = picture.shape[:2]
        return pixelate(picture, [_pixels(box, width, height) for box in boxes])


def _pixels(box: Box, width: int, height: int) -> tuple[int, int, int, int]:
    """A fractional box in pixels, rounded outwards (never smaller than the box)."""
    left, top = int(np.floor(box[0] * width)), int(np.floor(box[1] * height))
    right = int(np.ceil((box[0] + box[2]) * width))
    bottom = int(np.ceil((box[1] + box[3]) * height))
    return left, top, right - left, bottom - top
