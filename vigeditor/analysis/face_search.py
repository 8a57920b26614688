"""The detector run on several frames at once (inside face_tracks).

:func:`detected` takes the frames of a range in order, as ``face_tracks`` serves them, and
gives each back in the same order with the faces found in it. The detector runs on
:data:`WORKERS` threads at once, each with a detector of its own (ONNX Runtime and OpenCV's
DNN release Python's lock while they compute; one call gains little from their own threads), so
the frames searched at the fine size (five times the working size's cost) no longer hold
up the others (docs/performance.md, "Face blurring").
"""

from __future__ import annotations

import os
import queue
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor

import numpy as np

from vigeditor.analysis.face_tracking import NORMAL_SCORE, Detection, iou
from vigeditor.analysis.faces import FaceDetector

#: detectors running at once (threads), at most the machine's cores
WORKERS = max(1, min(4, os.cpu_count() or 1))
#: frames handed to the detectors before the first of them is waited for: enough that while
#: one detector is busy with a frame searched at the fine size (five times the working
#: size's cost), the others need not wait for it (8 left each detector idle 18% of the
#: time; 16: tracking 2.6 → 2.25 s on the bench, docs/performance.md, "Face blurring").
#: Holds at most this many working-size pictures (1.5 MB each at 960×540) and the fine
#: ones among them (one in FINE_EVERY, 6 MB at 1920×1080)
_AHEAD = 16

#: (index, searched, picture at the working size or None, picture at the fine size or None)
Served = tuple[int, bool, "np.ndarray | None", "np.ndarray | None"]


def detectors(make: Callable[[], FaceDetector]) -> list[FaceDetector]:
    """:data:`WORKERS` detectors made by ``make`` (one per thread: they are not shared)."""
    return [make() for _worker in range(WORKERS)]


def detected(pictures: Iterator[Served], finders: list[FaceDetector]
             ) -> Iterator[tuple[Served, list[Detection] | None]]:
    """Each of ``pictures`` (in order) with the faces found in it: None when it is not
    searched or has no picture, else the working size's detections merged with the fine
    size's (:func:`merged`). ``finders``: one detector per thread (never two calls at once
    on one detector). A detector's error is raised here, for the frame it came from."""
    free: queue.SimpleQueue[FaceDetector] = queue.SimpleQueue()
    for finder in finders:
        free.put(finder)

    def search(item: Served) -> list[Detection] | None:
        _index, searched, picture, finer = item
        if not searched or picture is None:
            return None
        finder = free.get()
        try:
            found = found_in(finder, picture)
            return found if finer is None else merged(found, found_in(finder, finer))
        finally:
            free.put(finder)

    with ThreadPoolExecutor(max_workers=len(finders), thread_name_prefix="face-search") as pool:
        ahead: deque[tuple[Served, Future[list[Detection] | None]]] = deque()
        try:
            for item in pictures:
                ahead.append((item, pool.submit(search, item)))
                if len(ahead) > _AHEAD:
                    first, result = ahead.popleft()
                    yield first, result.result()
            while ahead:
                first, result = ahead.popleft()
                yield first, result.result()
        finally:
            for _item, waiting in ahead:
                waiting.cancel()


def merged(found: list[Detection], fine: list[Detection]) -> list[Detection]:
    """The working size's detections with the fine size's added, each replacing the working
    size's detection of the same face when it scores higher; those added are marked
    ``fine_only``, and those below the normal score (the fine size sees faint faces in wood
    grain and curtains) only continue a face already followed (face_tracking.Tracker)."""
    result = list(found)
    for small in fine:
        same = [at for at, big in enumerate(result) if iou(small.box, big.box) > 0.3]
        if small.score < NORMAL_SCORE and same:
            continue
        if not same:
            result.append(Detection(small.box, small.score, fine_only=True))
        elif result[same[0]].score < small.score:
            result[same[0]] = small
    return result


def found_in(finder: FaceDetector, picture: np.ndarray) -> list[Detection]:
    """The faces ``finder`` sees in ``picture``, boxes as fractions of it."""
    height, width = picture.shape[:2]
    return [Detection((face.box[0] / width, face.box[1] / height, face.box[2] / width,
                       face.box[3] / height), face.score) for face in finder.detect(picture)]
