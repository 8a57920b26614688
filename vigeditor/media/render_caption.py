"""A caption as a transparent picture, laid over a clip's frames while rendering.

The caption is drawn here (Pillow, with the shipped DejaVu Sans, which covers Welsh and Dutch
letters) rather than by ffmpeg's ``drawtext`` (missing from some builds, and its text needs
escaping), and :class:`CaptionOverlay` blends it onto the RGB pictures of the clip.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from vigeditor.paths import resource_path

BAND_ALPHA = 170  # the dark band behind the text (0 transparent … 255 opaque)
MAX_LINES = 3


def caption_picture(text: str, width: int, height: int) -> np.ndarray:
    """An RGBA array (height × width × 4): ``text`` in white on a dark band at the bottom,
    wrapped to the width, transparent elsewhere."""
    picture = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    words = " ".join(text.split())
    if not words:
        return np.asarray(picture)
    size = max(10, round(min(width, height) * 0.055))
    margin = max(4, size // 2)
    font = _font(size)
    draw = ImageDraw.Draw(picture)
    lines = _wrap(draw, words, font, width - 2 * margin)
    line_height = round(size * 1.25)
    band = line_height * len(lines) + 2 * margin
    top = height - band
    draw.rectangle((0, top, width, height), fill=(0, 0, 0, BAND_ALPHA))
    for number, line in enumerate(lines):
        text_width = draw.textlength(line, font=font)
        draw.text(((width - text_width) / 2, top + margin + number * line_height), line,
                  font=font, fill=(255, 255, 255, 255))
    return np.asarray(picture)


def save_caption_picture(text: str, width: int, height: int, path: Path) -> Path:
    Image.fromarray(caption_picture(text, width, height), "RGBA").save(path, format="PNG")
    return path


class CaptionOverlay:
    """A caption blended onto RGB pictures of one size (``width`` × ``height`` pixels).

    Only the rows the caption covers are touched, with integer arithmetic, so laying it over
    a 1080p frame costs a few milliseconds.
    """

    def __init__(self, text: str, width: int, height: int) -> None:
        rgba = caption_picture(text, width, height)
        covered = np.flatnonzero(rgba[..., 3].any(axis=1))
        self.size = (width, height)
        self.top = int(covered[0]) if covered.size else height
        band = rgba[self.top:]
        self._alpha = band[..., 3:4].astype(np.uint16)
        self._keep = 255 - self._alpha
        self._paint = band[..., :3].astype(np.uint16) * self._alpha + 127

    def apply(self, picture: np.ndarray) -> np.ndarray:
        """``picture`` (height × width × 3, uint8) with the caption laid over it; the array
        is changed in place when it is writable, else a copy is returned."""
        if self.top >= picture.shape[0]:
            return picture
        if picture.shape[:2] != (self.size[1], self.size[0]):
            raise ValueError(f"caption made for {self.size}, picture is {picture.shape}")
        if not picture.flags.writeable:
            picture = picture.copy()
        region = picture[self.top:]
        blended = (region.astype(np.uint16) * self._keep + self._paint) // 255
        region[...] = blended.astype(np.uint8)
        return picture


def _wrap(draw: ImageDraw.ImageDraw, words: str, font: Any, room: float) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in words.split(" "):
        trial = f"{current} {word}".strip()
        if current and draw.textlength(trial, font=font) > room:
            lines.append(current)
            current = word
        else:
            current = trial
    if current:
        lines.append(current)
    if len(lines) > MAX_LINES:
        lines = [*lines[: MAX_LINES - 1], " ".join(lines[MAX_LINES - 1:])]
        while draw.textlength(lines[-1] + "…", font=font) > room and " " in lines[-1]:
            lines[-1] = lines[-1].rsplit(" ", 1)[0]
        lines[-1] += "…"
    return lines


@lru_cache(maxsize=8)
def _font(size: int) -> Any:
    for candidate in _font_files():
        try:
            return ImageFont.truetype(str(candidate), size)
        except OSError:
            continue
    return ImageFont.load_default(size)


def _font_files() -> list[Path]:
    files = [resource_path("fonts", "DejaVuSans.ttf")]
    try:
        import reportlab

        files.append(Path(reportlab.__file__).parent / "fonts" / "Vera.ttf")
    except ImportError:
        pass
    return [file for file in files if file.is_file()]
