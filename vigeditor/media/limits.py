"""Bounds on what the isolated reader does with a hostile file (DESIGN.md §3).

A picture's header can declare any size; decoders allocate what it declares before finding
that the data is missing. Sizes no camera writes are refused, plainly, before any decoding,
and the reader process's address space is capped, so no file can make it take the computer's
memory.
"""

from __future__ import annotations

import contextlib
import logging
import re
import sys
from pathlib import Path

import av
import av.error
import av.logging

from vigeditor.i18n import _
from vigeditor.media.errors import MediaError

#: the largest side vigeditor reads (8K UHD is 7680×4320; DCI 8K 8192×4320)
MAX_SIDE = 8192
#: the most pixels in one picture vigeditor reads (8192×4320 is 35.4 megapixels)
MAX_PIXELS = 40_000_000
#: the reader process's address-space cap: decoding 8K HEVC with threads, the frame cache
#: and PyAV/NumPy need well under 2 GiB; a declared 16000×16000 picture alone wants 0.8–2 GB
READER_MEMORY = 4 << 30
_M_ARENA_MAX = -8  # glibc's mallopt parameter
_SIZE_IN_LOG = re.compile(r"Picture size (\d+)x(\d+)")
_log = logging.getLogger("vigeditor.media")


def too_large(width: int, height: int) -> bool:
    return width > MAX_SIDE or height > MAX_SIDE or width * height > MAX_PIXELS


def size_refused(name: str, width: int, height: int) -> MediaError:
    return MediaError(_(
        "{name} declares a picture of {width}×{height} pixels, larger than any camera "
        "records (vigeditor reads up to {side} pixels a side and {mp} megapixels). It is "
        "not a recording vigeditor can use.").format(
        name=name, width=width, height=height, side=MAX_SIDE, mp=MAX_PIXELS // 1_000_000))


def check_declared_size(path: str) -> None:
    """Refuse a file whose video declares a picture size no camera writes, without decoding
    a picture of that size (FFmpeg is told to refuse more than :data:`MAX_PIXELS`)."""
    level = av.logging.get_level()
    av.logging.set_level(av.logging.ERROR)
    try:
        with av.logging.Capture() as logs:
            try:
                container = av.open(path, metadata_errors="ignore",
                                    options={"max_pixels": str(MAX_PIXELS)})
            except (av.error.FFmpegError, OSError, ValueError):
                container = None  # not ours to explain: the caller's own open says why
        if container is not None:
            with container:
                for stream in container.streams.video:
                    width = int(stream.codec_context.width or 0)
                    height = int(stream.codec_context.height or 0)
                    if too_large(width, height):
                        raise size_refused(Path(path).name, width, height)
    finally:
        av.logging.set_level(level)
    for _level, _name, message in logs:
        found = _SIZE_IN_LOG.search(message)
        if found and too_large(int(found[1]), int(found[2])):
            raise size_refused(Path(path).name, int(found[1]), int(found[2]))


def bound_memory(limit: int = READER_MEMORY) -> None:
    """Cap this process's address space at ``limit`` bytes (Linux; elsewhere nothing).
    An allocation past it fails (MemoryError or an FFmpeg error) instead of swapping the
    computer to a halt."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes
    import resource

    # glibc gives each thread its own 64 MiB heap arena by default: on a many-core
    # computer the decoder threads' arenas alone would reserve gigabytes of address space
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None).mallopt(_M_ARENA_MAX, 4)
    try:
        _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard != resource.RLIM_INFINITY:
            limit = min(limit, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (OSError, ValueError) as error:
        _log.info("could not bound the reader's memory: %s", error)
