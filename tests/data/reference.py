"""What the ffmpeg program's own decoder gives for a recording: the reference a reader must match.

Pictures come out as ``ffmpeg -i FILE -fps_mode passthrough`` decodes them from the first video
stream: every decoded frame, in decoder output order, nothing dropped or repeated, turned upright
(ffmpeg autorotates by the display matrix) and stretched to square pixels by the sample aspect
ratio, read as RGB through a rawvideo pipe.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

import numpy as np

from tests.data.videos import read_code

QUIET = ["-nostdin", "-hide_banner", "-loglevel", "error"]


def _binary(name: str) -> str:
    binary = shutil.which(name)
    if binary is None:
        raise RuntimeError(f"the {name} program is not on PATH; the ffmpeg reference needs it "
                           "(apt install ffmpeg)")
    return binary


def _run(command: list[str], path: Path) -> bytes:
    done = subprocess.run(command, capture_output=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{Path(command[0]).name} failed on {path}: "
                           f"{done.stderr.decode(errors='replace')[-800:]}")
    return done.stdout


def ffprobe_json(path: Path, *args: str) -> dict:
    """ffprobe's JSON answer for ``path`` with the given show/select arguments."""
    return json.loads(_run([_binary("ffprobe"), *QUIET[1:], "-of", "json", *args, str(path)], path))


def ffprobe_packets(path: Path) -> list[dict]:
    """The first video stream's packets as ffprobe lists them (pts, dts, size, flags...)."""
    return ffprobe_json(path, "-select_streams", "v:0", "-show_packets").get("packets", [])


@dataclass(frozen=True)
class Shape:
    """The size of the pictures ffmpeg outputs: upright, square pixels."""

    width: int
    height: int

    def scaled(self, width: int | None) -> Shape:
        """This shape scaled to ``width``, keeping the aspect ratio, with an even height."""
        if width is None:
            return self
        height = max(2, round(width * self.height / self.width / 2) * 2)
        return Shape(width, height)


def display_shape(path: Path) -> Shape:
    """The upright, square-pixel size of the first video stream's pictures."""
    stream = ffprobe_json(path, "-select_streams", "v:0", "-show_streams")["streams"][0]
    width, height = int(stream["width"]), int(stream["height"])
    sar = stream.get("sample_aspect_ratio", "1:1")
    aspect = Fraction(*map(int, sar.split(":"))) if sar not in ("0:1", "N/A") else Fraction(1)
    width = int(width * aspect)  # as ffmpeg's scale=iw*sar:ih rounds it
    rotation = 0
    for data in stream.get("side_data_list", []):
        rotation = int(data.get("rotation", rotation))
    if abs(rotation) % 180 == 90:
        width, height = height, width
    return Shape(width, height)


def _decode(path: Path, shape: Shape, select: int | None = None) -> np.ndarray:
    """Decoded RGB pictures (frames × height × width × 3) through a rawvideo pipe."""
    filters = ([rf"select=eq(n\,{select})"] if select is not None else []) + [
        f"scale={shape.width}:{shape.height}", "setsar=1"]
    command = [_binary("ffmpeg"), *QUIET, "-i", str(path), "-map", "0:v:0",
               "-vf", ",".join(filters), "-fps_mode", "passthrough",
               *(["-frames:v", "1"] if select is not None else []),
               "-f", "rawvideo", "-pix_fmt", "rgb24", "pipe:1"]
    raw = _run(command, path)
    return np.frombuffer(raw, dtype=np.uint8).reshape(-1, shape.height, shape.width, 3)


def ffmpeg_frame(path: Path, n: int, width: int | None = None) -> np.ndarray:
    """Decoded frame ``n`` as upright, square-pixel RGB (height × width × 3).

    Equivalent to ``ffmpeg -i FILE -vf "select=eq(n\\,N),scale=iw*sar:ih,setsar=1"
    -fps_mode passthrough -frames:v 1``, optionally scaled to ``width`` (even height).
    IndexError if the file decodes to fewer than ``n + 1`` frames.
    """
    pictures = _decode(Path(path), display_shape(Path(path)).scaled(width), select=n)
    if not len(pictures):
        raise IndexError(f"{path} has no decoded frame {n}")
    return pictures[0].copy()


def ffmpeg_frames(path: Path, width: int | None = None) -> np.ndarray:
    """Every decoded frame (frames × height × width × 3 RGB), upright with square pixels."""
    return _decode(Path(path), display_shape(Path(path)).scaled(width))


def ffmpeg_codes(path: Path, width: int = 160) -> list[int]:
    """The code every decoded frame shows, in output order (-1 where none can be read).

    One ffmpeg run decodes the whole file at ``width`` pixels across.
    """
    codes = []
    for picture in ffmpeg_frames(path, width):
        try:
            codes.append(read_code(picture))
        except ValueError:
            codes.append(-1)
    return codes


def ffmpeg_frame_count(path: Path) -> int:
    """How many frames ``ffmpeg -fps_mode passthrough`` decodes from the first video stream."""
    return len(_decode(Path(path), Shape(8, 8)))
