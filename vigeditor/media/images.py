"""Writing pictures (PNG/JPEG) safely: a temporary name, flushed, then renamed."""

from __future__ import annotations

import os
from pathlib import Path

import cv2
import numpy as np

from vigeditor.atomic import write_atomically
from vigeditor.i18n import _
from vigeditor.media.errors import MediaError

_FORMATS = {".png": ".png", ".jpg": ".jpg", ".jpeg": ".jpg"}


def encode_picture(picture: np.ndarray, suffix: str) -> bytes:
    """An RGB array as PNG or JPEG bytes (no metadata is written)."""
    extension = _FORMATS.get(suffix.lower())
    if extension is None:
        raise MediaError(_("Pictures can be saved as .png or .jpg, not {suffix}.")
                         .format(suffix=suffix or _("a file without an extension")))
    params = [cv2.IMWRITE_JPEG_QUALITY, 92] if extension == ".jpg" else []
    ok, data = cv2.imencode(extension, cv2.cvtColor(picture, cv2.COLOR_RGB2BGR), params)
    if not ok:
        raise MediaError(_("The picture could not be encoded."))
    return data.tobytes()


def save_picture(picture: np.ndarray, path: str | os.PathLike[str]) -> Path:
    """Write an RGB array to ``path`` atomically; MediaError with a plain message on failure."""
    target = Path(path)
    data = encode_picture(picture, target.suffix)
    try:
        write_atomically(target, lambda stream: stream.write(data))
    except OSError as error:
        raise MediaError(_("The picture could not be saved to {path}: {reason}.")
                         .format(path=target, reason=error.strerror or error)) from error
    return target
