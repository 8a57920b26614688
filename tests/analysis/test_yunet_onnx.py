"""YuNet through ONNX Runtime gives OpenCV's own ``cv2.FaceDetectorYN`` results.

The reference is OpenCV's implementation, run here on the same model file and pictures:
the test footage's real photographs (astronaut, messi, cameraman) at sizes that are and are
not multiples of 32, faces large and small, a picture with no face, both thresholds the app
uses.
"""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest

from tests.data.face_footage import FaceFootage, missing_photos
from vigeditor.analysis import yunet_onnx
from vigeditor.analysis.face_tracking import LOW_SCORE
from vigeditor.analysis.faces import YUNET_MODEL, YuNetDetector, models_dir

pytestmark = pytest.mark.skipif(missing_photos() is not None, reason=str(missing_photos()))

#: (picture size, face height, frame): 16:9 at the working and fine sizes, sizes that are
#: not multiples of 32, a small film, faces from 21 to 180 pixels
CASES = [((960, 540), 56, 3), ((1920, 1080), 32, 10), ((1000, 563), 120, 40),
         ((640, 360), 21, 0), ((853, 480), 180, 7), ((1280, 720), 90, 55)]


def _opencv_rows(picture: np.ndarray, min_score: float) -> np.ndarray:
    """OpenCV's FaceDetectorYN on the RGB ``picture`` (as the app builds it: NMS 0.3)."""
    net = cv2.FaceDetectorYN.create(str(models_dir() / YUNET_MODEL), "",
                                    (picture.shape[1], picture.shape[0]), min_score, 0.3)
    _count, rows = net.detect(cv2.cvtColor(picture, cv2.COLOR_RGB2BGR))
    return np.zeros((0, 15), np.float32) if rows is None else rows


def _sorted(rows: np.ndarray) -> np.ndarray:
    return rows[np.lexsort((rows[:, 1], rows[:, 0]))] if len(rows) else rows


@pytest.mark.parametrize("min_score", [LOW_SCORE, 0.75])
@pytest.mark.parametrize(("size", "face_height", "frame"), CASES)
def test_the_same_faces_as_opencv(size: tuple[int, int], face_height: int, frame: int,
                                  min_score: float) -> None:
    picture = FaceFootage(Path("unused.mp4"), 60, size, face_height).picture(frame)
    ours = _sorted(yunet_onnx.YuNetOnnxDetector(min_score=min_score).rows(picture))
    reference = _sorted(_opencv_rows(picture, min_score))
    assert len(reference) >= 1  # the footage has faces to find
    assert ours.shape == reference.shape
    np.testing.assert_allclose(ours[:, :14], reference[:, :14], atol=0.01)  # box, landmarks
    np.testing.assert_allclose(ours[:, 14], reference[:, 14], atol=1e-4)  # scores


def test_no_face_no_row() -> None:
    flat = np.full((540, 960, 3), 128, np.uint8)
    assert len(_opencv_rows(flat, LOW_SCORE)) == 0
    assert yunet_onnx.YuNetOnnxDetector(min_score=LOW_SCORE).detect(flat) == []


def test_faces_as_the_opencv_detector_gives_them() -> None:
    """detect() gives the same Face objects (box, score, yaw, turn) as YuNetDetector."""
    footage = FaceFootage(Path("unused.mp4"), 60, (1280, 720), 90)
    for frame in (0, 20, 45):
        picture = footage.picture(frame)
        ours = yunet_onnx.YuNetOnnxDetector(min_score=LOW_SCORE).detect(picture)
        theirs = YuNetDetector(min_score=LOW_SCORE).detect(picture)
        assert [face.box for face in ours] == [face.box for face in theirs]
        assert [face.turned for face in ours] == [face.turned for face in theirs]
        np.testing.assert_allclose([face.score for face in ours],
                                   [face.score for face in theirs], atol=1e-4)


def test_one_detector_serves_pictures_of_several_sizes() -> None:
    """The tracker alternates the working and the fine size on one detector."""
    detector = yunet_onnx.YuNetOnnxDetector(min_score=LOW_SCORE)
    small = FaceFootage(Path("unused.mp4"), 60, (960, 540), 56).picture(5)
    large = FaceFootage(Path("unused.mp4"), 60, (1920, 1080), 112).picture(5)
    first = detector.rows(small)
    detector.rows(large)
    np.testing.assert_array_equal(detector.rows(small), first)


def test_the_padding_is_black_after_a_larger_picture_of_the_same_padded_size() -> None:
    """640x640 then 610x610 (both padded to 640): the second is searched with black
    padding, as OpenCV pads it, not with the first picture's edge."""
    detector = yunet_onnx.YuNetOnnxDetector(min_score=LOW_SCORE)
    footage = FaceFootage(Path("unused.mp4"), 60, (640, 640), 150)
    detector.rows(footage.picture(4))
    smaller = footage.picture(9)[:610, :610]
    np.testing.assert_array_equal(detector.rows(smaller),
                                  yunet_onnx.YuNetOnnxDetector(min_score=LOW_SCORE).rows(smaller))
    blob = detector._blob(smaller)
    assert not blob[0, :, 610:, :].any() and not blob[0, :, :, 610:].any()


def test_a_grey_picture_is_searched_as_grey_colour() -> None:
    picture = FaceFootage(Path("unused.mp4"), 60, (640, 360), 80).picture(3)
    grey = cv2.cvtColor(picture, cv2.COLOR_RGB2GRAY)
    detector = yunet_onnx.YuNetOnnxDetector(min_score=LOW_SCORE)
    np.testing.assert_array_equal(detector.rows(grey),
                                  detector.rows(cv2.cvtColor(grey, cv2.COLOR_GRAY2RGB)))
    assert len(detector.rows(grey)) >= 1


def test_default_detector_is_onnx_runtime_else_opencv(monkeypatch: pytest.MonkeyPatch) -> None:
    assert yunet_onnx.available()  # a dependency of the app
    assert isinstance(yunet_onnx.default_detector(), yunet_onnx.YuNetOnnxDetector)
    monkeypatch.setattr(yunet_onnx, "available", lambda: False)
    assert isinstance(yunet_onnx.default_detector(), YuNetDetector)


def test_a_missing_model_is_a_plain_error(tmp_path: Path) -> None:
    from vigeditor.media.errors import MediaError

    with pytest.raises(MediaError, match="missing"):
        yunet_onnx.YuNetOnnxDetector(tmp_path / "none.onnx")
    broken = tmp_path / "broken.onnx"
    broken.write_bytes(b"not a model")
    with pytest.raises(MediaError, match="cannot be read"):
        yunet_onnx.YuNetOnnxDetector(broken)
