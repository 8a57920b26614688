"""YuNet run by ONNX Runtime: the same model, boxes and scores as ``cv2.FaceDetectorYN``,
in less than half its time on a CPU (issue 14: the face tracking of a blurred export).

The model file is the one :class:`~vigeditor.analysis.faces.YuNetDetector` reads
(``resources/models``). What is done around the network follows OpenCV's own
``FaceDetectorYNImpl`` (``modules/objdetect/src/face_detect.cpp``, OpenCV 4.8–5.0), so that
the two give the same faces (``tests/analysis/test_yunet_onnx.py`` compares them frame by
frame):

- the picture is padded at its right and bottom with black to a multiple of 32 pixels and
  made a blob (BGR, float, unscaled: what ``cv2.dnn.blobFromImage`` makes, written here
  channel by channel into a buffer kept per size, five times quicker);
- for each stride s of 8, 16 and 32 and each cell (row r, column c) of the padded picture's
  grid at that stride: score = √(clamp(cls) × clamp(obj)); centre ((c + dx)·s, (r + dy)·s),
  size (e^dw·s, e^dh·s); landmark n at ((kx_n + c)·s, (ky_n + r)·s);
- faces at or above the score threshold are reduced by ``cv2.dnn.NMSBoxes`` on their boxes
  truncated to whole pixels (the NMS threshold, top 5000).

Rows are OpenCV's: x, y, width, height, five landmarks (x, y each: right eye, left eye, nose
tip, right and left mouth corners), score. :func:`available` says whether ONNX Runtime can
be imported; without it the callers use OpenCV's detector.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

import cv2
import numpy as np

from vigeditor.analysis import faces
from vigeditor.analysis.faces import YUNET_MODEL, Face, FaceDetector, YuNetDetector, yunet_face
from vigeditor.i18n import _
from vigeditor.media.errors import MediaError

STRIDES = (8, 16, 32)
DIVISOR = 32  # the padded picture's width and height are multiples of this
TOP_K = 5000  # OpenCV's default for FaceDetectorYN
_OUTPUTS = [f"{kind}_{stride}" for kind in ("cls", "obj", "bbox", "kps") for stride in STRIDES]


def available() -> bool:
    """True when ONNX Runtime can be imported (it is a dependency; a missing one falls back
    to OpenCV's detector, slower, same faces)."""
    return importlib.util.find_spec("onnxruntime") is not None


def default_detector(min_score: float = 0.75) -> FaceDetector:
    """The detector the app uses (faces lane, face blurring): YuNet with the shipped model,
    run by ONNX Runtime (:class:`YuNetOnnxDetector`: the same faces as OpenCV's, in less
    than half the time), or by OpenCV (:class:`~vigeditor.analysis.faces.YuNetDetector`)
    where ONNX Runtime cannot be imported. ``min_score``: the confidence threshold. Raises
    MediaError when the model is missing or cannot be read."""
    if available():
        return YuNetOnnxDetector(min_score=min_score)
    return YuNetDetector(min_score=min_score)


class YuNetOnnxDetector:
    """YuNet through ONNX Runtime (see the module), on one thread per detector (the tracker
    runs one detector per core). ``min_score``: the score threshold, ``nms``: the overlap
    threshold of the non-maximum suppression (as OpenCV's ``FaceDetectorYN.create``).
    Raises MediaError when the model file is missing or cannot be read."""

    name = "yunet"

    def __init__(self, model: Path | None = None, *, min_score: float = 0.75,
                 nms: float = 0.3) -> None:
        import onnxruntime  # a dependency: imported here so the module loads without it

        path = model if model is not None else faces.models_dir() / YUNET_MODEL
        if not path.is_file():
            raise MediaError(_("The face model {name} is missing.").format(name=path.name))
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        options.log_severity_level = 3  # errors only
        try:
            self._session: Any = onnxruntime.InferenceSession(
                str(path), options, providers=["CPUExecutionProvider"])
        except Exception as error:  # onnxruntime raises its own, unexported classes
            raise MediaError(_("The face model {name} cannot be read.").format(
                name=path.name)) from error
        self.min_score, self.nms = float(min_score), float(nms)
        self._blobs: dict[tuple[int, int, int, int], np.ndarray] = {}

    def detect(self, picture: np.ndarray) -> list[Face]:
        """The faces in the RGB ``picture`` (height × width × 3, uint8), left to right,
        boxes in its pixels."""
        return sorted((yunet_face(row) for row in self.rows(picture)),
                      key=lambda face: face.box[0])

    def rows(self, picture: np.ndarray) -> np.ndarray:
        """OpenCV's result rows (N × 15, float32; see the module) for the RGB ``picture``."""
        blob = self._blob(picture)
        outputs = dict(zip(_OUTPUTS, self._session.run(_OUTPUTS, {"input": blob}),
                           strict=True))
        found = np.concatenate([self._decoded(outputs, stride, blob.shape[3] // stride)
                                for stride in STRIDES])
        if len(found) <= 1:
            return found
        boxes = [[int(x), int(y), int(w), int(h)] for x, y, w, h in found[:, :4]]
        keep = cv2.dnn.NMSBoxes(boxes, found[:, 14].tolist(), self.min_score, self.nms,
                                eta=1.0, top_k=TOP_K)
        return found[np.asarray(keep, dtype=int).reshape(-1)]

    def _blob(self, picture: np.ndarray) -> np.ndarray:
        """The network's input for the RGB (or grey) ``picture``: 1 × 3 × padded height ×
        padded width, float32, channels B, G, R, black where padded."""
        if picture.ndim == 2:  # a grey picture: its grey in all three channels
            picture = cv2.cvtColor(picture, cv2.COLOR_GRAY2RGB)
        height, width = picture.shape[:2]
        shape = (1, 3, -(-height // DIVISOR) * DIVISOR, -(-width // DIVISOR) * DIVISOR)
        blob = self._blobs.get(shape)
        if blob is None:
            blob = self._blobs[shape] = np.zeros(shape, np.float32)
        blob[0, :, height:, :] = 0  # the padding black again: a larger picture of the same
        blob[0, :, :height, width:] = 0  # padded size may have been here before
        for channel in range(3):
            blob[0, 2 - channel, :height, :width] = picture[:, :, channel]
        return blob

    def _decoded(self, outputs: dict[str, np.ndarray], stride: int, cols: int) -> np.ndarray:
        """The rows of one stride's cells scoring at least ``min_score``."""
        cls = np.clip(outputs[f"cls_{stride}"].reshape(-1), 0.0, 1.0)
        obj = np.clip(outputs[f"obj_{stride}"].reshape(-1), 0.0, 1.0)
        score = np.sqrt(cls * obj)
        cells = np.flatnonzero(score >= self.min_score)
        if not len(cells):
            return np.zeros((0, 15), np.float32)
        column = (cells % cols).astype(np.float32)
        row = (cells // cols).astype(np.float32)
        bbox = outputs[f"bbox_{stride}"].reshape(-1, 4)[cells]
        kps = outputs[f"kps_{stride}"].reshape(-1, 10)[cells]
        width, height = np.exp(bbox[:, 2]) * stride, np.exp(bbox[:, 3]) * stride
        centre_x, centre_y = (column + bbox[:, 0]) * stride, (row + bbox[:, 1]) * stride
        marks = np.empty_like(kps)
        marks[:, 0::2] = (kps[:, 0::2] + column[:, None]) * stride
        marks[:, 1::2] = (kps[:, 1::2] + row[:, None]) * stride
        return np.column_stack([centre_x - width / 2, centre_y - height / 2, width, height,
                                marks, score[cells]]).astype(np.float32)


__all__ = ["STRIDES", "YuNetOnnxDetector", "available", "default_detector"]
