"""Colour facts of decoded frames, and FFmpeg's own mapping of HDR and wide-gamut video to SDR.

Every picture the guider sees is in SDR BT.709 colours (DESIGN.md §3 "Time is frames"). Two
kinds of frame need more than a YCbCr→RGB matrix:

* HDR: BT.2020 primaries with the PQ (``smpte2084``) or HLG (``arib-std-b67``) transfer of
  ITU-R BT.2100, as phones record by default;
* SDR in BT.2020 primaries (wide gamut).

Their conversion is done by libswscale's colour management (FFmpeg 8's ``scale`` filter with
``out_transfer``/``out_primaries``/``intent``; libswscale/cms.c), never by hand. With the
``relative_colorimetric`` intent, HDR reference white (203 cd/m², ITU-R BT.2408) becomes SDR
peak white, colours stay as they are up to that brightness, and brighter highlights are
clipped keeping their hue (desaturated in IPT space). That is what the zscale + ``tonemap=clip``
reference chain of the ffmpeg program does (the tests compare against it).

Building libswscale's colour map costs seconds, and it is rebuilt whenever the picture size
changes, so it is sampled once into a Hald CLUT (a 64×64×64 table, FFmpeg's ``haldclut``
filter format) that every picture graph applies by tetrahedral interpolation (~6 ms for a
960-wide picture). The table is kept in memory and in the user's cache folder, keyed by the
libswscale version.
"""

from __future__ import annotations

import contextlib
import io
import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import av
import numpy as np

from vigeditor.atomic import write_atomically

# FFmpeg's names of the colour properties (libavutil/pixdesc.c: color_transfer_names,
# color_primaries_names, color_space_names, color_range_names), by enum value.
TRANSFER_NAMES = {1: "bt709", 2: "unknown", 4: "bt470m", 5: "bt470bg", 6: "smpte170m",
                  7: "smpte240m", 8: "linear", 9: "log100", 10: "log316",
                  11: "iec61966-2-4", 12: "bt1361e", 13: "iec61966-2-1", 14: "bt2020-10",
                  15: "bt2020-12", 16: "smpte2084", 17: "smpte428", 18: "arib-std-b67"}
PRIMARIES_NAMES = {1: "bt709", 2: "unknown", 4: "bt470m", 5: "bt470bg", 6: "smpte170m",
                   7: "smpte240m", 8: "film", 9: "bt2020", 10: "smpte428", 11: "smpte431",
                   12: "smpte432", 22: "ebu3213"}
MATRIX_NAMES = {0: "gbr", 1: "bt709", 2: "unknown", 4: "fcc", 5: "bt470bg", 6: "smpte170m",
                7: "smpte240m", 8: "ycgco", 9: "bt2020nc", 10: "bt2020c", 11: "smpte2085",
                14: "ictcp"}
RANGE_NAMES = {0: "unknown", 1: "tv", 2: "pc"}
_TRANSFER_VALUES = {name: value for value, name in TRANSFER_NAMES.items()}
_PRIMARIES_VALUES = {name: value for value, name in PRIMARIES_NAMES.items()}

PQ = "smpte2084"
HLG = "arib-std-b67"
HDR_TRANSFERS = frozenset({PQ, HLG})
#: libswscale's rendering intent (libswscale/swscale.h SwsIntent); see the module docstring
INTENT = "relative_colorimetric"

# vf_scale's in_color_matrix names for a frame's matrix (libavfilter/vf_scale.c)
_SCALE_MATRIX = {"bt709": "bt709", "bt470bg": "bt601", "smpte170m": "bt601", "fcc": "fcc",
                 "smpte240m": "smpte240m", "bt2020nc": "bt2020", "bt2020c": "bt2020"}
_HALD_LEVEL = 8  # a Hald CLUT of level 8 holds 64 entries per channel in a 512×512 image
_lock = threading.Lock()
_luts: dict[tuple[str, str], np.ndarray] = {}


@dataclass(frozen=True)
class ColourTags:
    """A frame's or stream's colour properties by FFmpeg name ("unknown" when untagged)."""

    transfer: str = "unknown"
    primaries: str = "unknown"
    matrix: str = "unknown"
    colour_range: str = "unknown"

    @classmethod
    def of(cls, source: Any) -> ColourTags:
        """The tags of an :class:`av.VideoFrame` or a video codec context."""
        return cls(transfer=TRANSFER_NAMES.get(int(source.color_trc or 2), "unknown"),
                   primaries=PRIMARIES_NAMES.get(int(source.color_primaries or 2), "unknown"),
                   matrix=MATRIX_NAMES.get(int(source.colorspace if source.colorspace
                                               is not None else 2), "unknown"),
                   colour_range=RANGE_NAMES.get(int(source.color_range or 0), "unknown"))

    def or_else(self, other: ColourTags) -> ColourTags:
        """These tags, with the unknown ones taken from ``other``."""
        def pick(mine: str, theirs: str) -> str:
            return theirs if mine == "unknown" else mine

        return ColourTags(pick(self.transfer, other.transfer),
                          pick(self.primaries, other.primaries),
                          pick(self.matrix, other.matrix),
                          pick(self.colour_range, other.colour_range))

    @property
    def hdr(self) -> bool:
        """PQ or HLG (ITU-R BT.2100)."""
        return self.transfer in HDR_TRANSFERS

    @property
    def needs_mapping(self) -> bool:
        """Whether more than a matrix is needed to show the frame in BT.709: HDR, or BT.2020
        primaries. Other SDR primaries (BT.601 525/625) are shown as BT.709, as players do."""
        return self.hdr or self.primaries == "bt2020"

    @property
    def source_transfer(self) -> str:
        """The transfer to map from: BT.709's when untagged (BT.2020 SDR uses the same)."""
        return "bt709" if self.transfer == "unknown" else self.transfer

    @property
    def source_primaries(self) -> str:
        """The primaries to map from: BT.2020 for HDR that does not say (BT.2100 has no
        other)."""
        if self.primaries == "unknown":
            return "bt2020" if self.needs_mapping else "bt709"
        return self.primaries


def scale_matrix(matrix: str, width: int, height: int) -> str:
    """The ``in_color_matrix`` of FFmpeg's ``scale`` filter for a YCbCr frame's ``matrix``.

    Untagged frames get the usual guess of players (mpv's ``mp_csp_guess_colorspace``,
    libplacebo): BT.709 for HD (``width >= 1280`` or ``height > 576``), BT.601 below.
    """
    known = _SCALE_MATRIX.get(matrix)
    if known:
        return known
    return "bt709" if width >= 1280 or height > 576 else "bt601"


def is_full_range(tags: ColourTags, pix_fmt: str) -> bool:
    """Whether YCbCr samples use the full 0–255 range (JPEG ``yuvj`` formats or ``pc``);
    untagged video is limited range (ITU-R BT.709/BT.601 studio range)."""
    return tags.colour_range == "pc" or pix_fmt.startswith("yuvj")


def mapping_lut(tags: ColourTags) -> av.VideoFrame:
    """The Hald CLUT (rgb48le, 512×512) taking R'G'B' in ``tags``' transfer and primaries to
    SDR BT.709 R'G'B', made by libswscale: built once per process (seconds; cached on disk),
    then a fresh frame per caller (a graph of its own may hold it)."""
    key = (tags.source_transfer, tags.source_primaries)
    with _lock:
        if key not in _luts:
            _luts[key] = _load_or_make_lut(*key)
        table = _luts[key]
    return av.VideoFrame.from_ndarray(table, format="rgb48le")


def _load_or_make_lut(transfer: str, primaries: str) -> np.ndarray:
    path = _lut_path(transfer, primaries)
    table: np.ndarray | None = None
    with contextlib.suppress(OSError, ValueError):
        table = np.load(path, allow_pickle=False)
    size = _HALD_LEVEL ** 3
    if table is None or table.shape != (size, size, 3) or table.dtype != np.uint16:
        table = _make_lut(transfer, primaries)
        with contextlib.suppress(OSError):
            path.parent.mkdir(parents=True, exist_ok=True)
            buffer = io.BytesIO()
            np.save(buffer, table, allow_pickle=False)
            write_atomically(path, lambda stream: stream.write(buffer.getvalue()))
    return np.ascontiguousarray(table)


def _make_lut(transfer: str, primaries: str) -> np.ndarray:
    """An identity Hald CLUT (red varies fastest, then green, then blue: FFmpeg's haldclut
    filter docs) tagged ``transfer``/``primaries``, run through libswscale's colour map."""
    entries = _HALD_LEVEL * _HALD_LEVEL
    size = _HALD_LEVEL ** 3
    index = np.arange(entries ** 3)
    steps = np.stack([index % entries, (index // entries) % entries, index // entries ** 2],
                     axis=1)
    identity = np.round(steps * (65535 / (entries - 1))).astype(np.uint16)
    frame = av.VideoFrame.from_ndarray(identity.reshape(size, size, 3), format="rgb48le")
    frame.color_trc = _TRANSFER_VALUES[transfer]
    frame.color_primaries = _PRIMARIES_VALUES.get(primaries, 9)
    frame.colorspace = 0  # RGB
    frame.color_range = 2  # RGB is always full range
    graph = av.filter.Graph()
    source = graph.add("buffer", f"video_size={size}x{size}:pix_fmt=rgb48le:time_base=1/25:"
                                 "pixel_aspect=1/1:colorspace=0:range=2")
    mapping = graph.add("scale", f"out_transfer=bt709:out_primaries=bt709:intent={INTENT}")
    output = graph.add("format", "rgb48le")
    sink = graph.add("buffersink")
    source.link_to(mapping)
    mapping.link_to(output)
    output.link_to(sink)
    graph.configure()
    source.push(frame)
    return np.ascontiguousarray(graph.pull().to_ndarray())


def _lut_path(transfer: str, primaries: str) -> Path:
    """Where the table is cached: beside the frame tables (``VIGEDITOR_CACHE_DIR`` or the
    user cache folder, as :func:`vigeditor.media.probe.default_cache_dir`)."""
    override = os.environ.get("VIGEDITOR_CACHE_DIR")
    if override:
        base = Path(override)
    else:
        from platformdirs import user_cache_dir

        base = Path(user_cache_dir("vigeditor", appauthor=False))
    major, minor, micro = av.library_versions["libswscale"]
    return (base / "colour-maps" /
            f"{transfer}-{primaries}-{INTENT}-swscale{major}.{minor}.{micro}.npy")
