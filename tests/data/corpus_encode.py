"""Encoding helpers shared by the corpus generators (:mod:`tests.data.corpus`).

Every picture shows its frame code (see :mod:`tests.data.videos`). Recordings are written either
through PyAV (:func:`encode`) or through the system ``ffmpeg`` binary fed raw pictures on a pipe
(:func:`ffmpeg_encode`); :func:`remux` rewrites the packets of a file with changed timestamps.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path

import av
import numpy as np

from tests.data.videos import draw_code


@dataclass
class CorpusFile:
    """One generated recording and what ffmpeg's decoder must give back from it.

    ``frames`` is the number of pictures ``ffmpeg -fps_mode passthrough`` decodes from the first
    video stream; ``codes`` the code each of them shows, in decoder output order (None when the
    pictures carry no code).
    """

    path: Path
    kind: str
    frames: int
    codes: list[int] | None
    notes: str
    facts: dict[str, object] = field(default_factory=dict)  # generator-side numbers for tests


@dataclass
class Encoding:
    """How :func:`encode` writes a recording with PyAV."""

    codec: str = "libx264"
    size: tuple[int, int] = (320, 240)  # coded width, height
    rate: Fraction = Fraction(30)
    time_base: Fraction | None = None  # of the frame timestamps; 1/rate when None
    pts: Sequence[int] | None = None  # one per picture, in time_base units; 0, 1, 2... when None
    options: dict[str, str] = field(default_factory=dict)
    container_options: dict[str, str] = field(default_factory=dict)
    format: str | None = None
    pix_fmt: str = "yuv420p"
    sample_aspect: Fraction | None = None
    rotation_cw: int = 0  # pictures are stored turned; a player must turn them this far


def pictures(codes: Iterable[int], width: int, height: int,
             rotation_cw: int = 0) -> Iterator[np.ndarray]:
    """Coded RGB pictures: upright code pictures turned anticlockwise by ``rotation_cw``."""
    turns = rotation_cw // 90
    upright_w, upright_h = (height, width) if turns % 2 else (width, height)
    for code in codes:
        picture = draw_code(code, upright_w, upright_h)
        yield np.ascontiguousarray(np.rot90(picture, k=turns)) if turns else picture


def x264(**extra: str) -> dict[str, str]:
    """Quick libx264 options (veryfast, quiet) plus ``extra``."""
    return {"preset": "veryfast", "x264-params": "log-level=error", **extra}


def encode(path: Path, codes: Sequence[int], how: Encoding) -> Path:
    """Write one video stream whose picture ``i`` shows ``codes[i]``, using PyAV."""
    path.parent.mkdir(parents=True, exist_ok=True)
    time_base = how.time_base or 1 / how.rate
    with av.open(str(path), "w", format=how.format, options=how.container_options) as container:
        stream = _add_stream(container, how, time_base)
        width, height = how.size
        for index, picture in enumerate(pictures(codes, width, height, how.rotation_cw)):
            frame = av.VideoFrame.from_ndarray(picture, format="rgb24")
            frame.pts = how.pts[index] if how.pts is not None else index
            frame.time_base = time_base
            for packet in stream.encode(frame):
                container.mux(packet)
        for packet in stream.encode():
            container.mux(packet)
    return path


def _add_stream(container: av.container.OutputContainer, how: Encoding,
                time_base: Fraction) -> av.VideoStream:
    stream = container.add_stream(how.codec, rate=how.rate)
    stream.width, stream.height = how.size
    stream.pix_fmt = how.pix_fmt
    stream.time_base = time_base
    stream.codec_context.time_base = time_base
    if how.sample_aspect is not None:
        stream.codec_context.sample_aspect_ratio = how.sample_aspect
    stream.options = dict(how.options)
    if how.rotation_cw:
        stream.set_display_rotation(-how.rotation_cw)
    return stream


def ffmpeg_binary() -> str:
    """The system ffmpeg binary; RuntimeError if there is none."""
    binary = shutil.which("ffmpeg")
    if binary is None:
        raise RuntimeError("the corpus needs the ffmpeg program on PATH (apt install ffmpeg)")
    return binary


def ffmpeg_encode(path: Path, codes: Sequence[int], size: tuple[int, int], rate: int,
                  output_args: Sequence[str]) -> Path:
    """Write ``path`` with the ffmpeg binary, feeding the code pictures as raw RGB on stdin.

    ``output_args`` go between the input and the output name (codec, options, ``-f``). An
    output name of ``pipe:1`` writes through a pipe (ffmpeg cannot seek back into the file).
    """
    width, height = size
    command = [ffmpeg_binary(), "-nostdin", "-hide_banner", "-loglevel", "error", "-y",
               "-f", "rawvideo", "-pix_fmt", "rgb24", "-s", f"{width}x{height}", "-r", str(rate),
               "-i", "pipe:0", *output_args]
    raw = b"".join(picture.tobytes() for picture in pictures(codes, width, height))
    if output_args and output_args[-1] == "pipe:1":
        with path.open("wb") as out:
            done = subprocess.run(command, input=raw, stdout=out, stderr=subprocess.PIPE,
                                  check=False)
    else:
        done = subprocess.run([*command, str(path)], input=raw, capture_output=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"ffmpeg could not write {path.name}: {done.stderr.decode()[-800:]}")
    return path


Retime = Callable[[int, av.Packet], tuple[int | None, int | None]]


def remux(source: Path, target: Path, retime: Retime, format: str | None = None,
          options: dict[str, str] | None = None) -> Path:
    """Copy the video packets of ``source`` into ``target`` with new (pts, dts).

    ``retime(index, packet)`` gets each non-empty packet in decoding order and returns the
    timestamps to write, in the stream's time base.
    """
    with av.open(str(source)) as reader, av.open(
            str(target), "w", format=format, options=options or {}) as writer:
        in_stream = reader.streams.video[0]
        out_stream = writer.add_stream_from_template(in_stream)
        index = 0
        for packet in reader.demux(in_stream):
            if packet.size == 0:
                continue
            packet.pts, packet.dts = retime(index, packet)
            packet.stream = out_stream
            writer.mux(packet)
            index += 1
    return target
