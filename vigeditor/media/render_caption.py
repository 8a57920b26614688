"""A caption as a transparent picture, to be laid over a clip's frames while rendering.

ffmpeg's ``drawtext`` filter is missing from some builds and needs its text escaped for the
filter-graph syntax, so the caption is drawn here (Pillow, with the shipped DejaVu Sans, which
covers Welsh and Dutch letters) and overlaid with ``overlay``, which every build has.
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
