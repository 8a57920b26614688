"""The detector run on several frames at once (face_search): order, one call per detector."""

from __future__ import annotations

import threading
import time

import numpy as np
import pytest

from vigeditor.analysis.face_search import Served, detected
from vigeditor.analysis.faces import Face


class _Slow:
    """A detector that finds one face at x = the picture's first value, slowly, and notes
    when two threads call it at once."""

    def __init__(self) -> None:
        self.busy = threading.Lock()
        self.overlapped = False
        self.calls = 0

    def detect(self, picture: np.ndarray) -> list[Face]:
        if not self.busy.acquire(blocking=False):
            self.overlapped = True
            return []
        try:
            self.calls += 1
            time.sleep(0.002)
            return [Face((int(picture[0, 0, 0]), 0, 10, 10), 0.9, None, "front")]
        finally:
            self.busy.release()


def _pictures(count: int) -> list[Served]:
    items: list[Served] = []
    for index in range(count):
        picture = np.full((20, 100, 3), index, np.uint8)
        fine = np.full((40, 200, 3), index, np.uint8) if index % 10 == 0 else None
        items.append((index, index % 2 == 0, picture if index != 7 else None, fine))
    return items


def test_frames_come_back_in_order_with_their_faces() -> None:
    finders = [_Slow(), _Slow(), _Slow()]
    results = list(detected(iter(_pictures(40)), finders))  # type: ignore[arg-type]
    assert [item[0] for item, _found in results] == list(range(40))
    for (index, searched, _picture, _fine), found in results:
        if not searched:
            assert found is None
            continue
        assert found is not None and found[0].box[0] == pytest.approx(index / 100)
    assert not any(finder.overlapped for finder in finders)
    assert sum(finder.calls for finder in finders) == 20 + 4  # 20 searched, 4 also fine


def test_a_detector_error_is_raised_for_its_frame() -> None:
    class Broken(_Slow):
        def detect(self, picture: np.ndarray) -> list[Face]:
            raise RuntimeError("model failed")

    with pytest.raises(RuntimeError, match="model failed"):
        list(detected(iter(_pictures(5)), [Broken()]))  # type: ignore[arg-type]
