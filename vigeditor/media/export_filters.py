"""The ffmpeg program's filters that make an exported clip's frames what the viewer shows.

Frame N of an export must be the frame the guider saw (DESIGN.md §3 "Time is frames"):
deinterlaced by ``bwdif`` (send_frame: one frame out per frame in, so counts are kept) and in
SDR BT.709, tagged BT.709. The chain depends on what the ffmpeg binary can do:

* FFmpeg 8 or later (its ``scale`` filter has ``out_transfer``): libswscale's colour map with
  the same intent as the viewer (:mod:`vigeditor.media.colour`), so exports match it;
* otherwise ``zscale`` (zimg) and ``tonemap``: linear light with HDR reference white at
  203 cd/m² (``npl=203``, ITU-R BT.2408), BT.709 primaries, ``tonemap=clip`` (highlights above
  reference white clipped, as the viewer's relative-colorimetric intent does), BT.709 transfer
  and matrix, limited range (FFmpeg filter docs for zscale and tonemap).

SDR recordings only have their YCbCr matrix and range converted to BT.709 limited range, with
the same guess for untagged video as the viewer. HDR metadata (mastering display, content light
level) is removed from the frames so encoders do not label SDR pixels as HDR.
"""

from __future__ import annotations

import subprocess
import sys
from functools import lru_cache

from vigeditor.i18n import _
from vigeditor.media.colour import INTENT, ColourTags, scale_matrix
from vigeditor.media.errors import MediaError
from vigeditor.media.info import MediaInfo
from vigeditor.media.interlace import BOTTOM_FIRST, TOP_FIRST, UNKNOWN, bwdif_options
from vigeditor.media.pictures import PictureOptions, picture_options
from vigeditor.media.render_ffmpeg import ffmpeg_binary

Step = tuple[str, dict[str, str]]  # a filter's name and its options, as ffmpeg-python takes
_NO_WINDOW = getattr(subprocess, "CREATE_NO_WINDOW", 0) if sys.platform == "win32" else 0
_BT709 = {"color_primaries": "bt709", "color_trc": "bt709", "colorspace": "bt709"}
_HDR_SIDE_DATA = ("MASTERING_DISPLAY_METADATA", "CONTENT_LIGHT_LEVEL")
# zscale's names where they differ from FFmpeg's (libavfilter/vf_zscale.c)
_ZSCALE_NAMES = {"bt2020": "2020", "bt709": "709", "bt2020-10": "2020_10",
                 "bt2020-12": "2020_12", "smpte170m": "601"}


def ffmpeg_sdr_filter_steps(info: MediaInfo, options: PictureOptions | None = None, *,
                            binary: str | None = None) -> list[Step]:
    """The filters (name, options) to apply to the recording's video, first thing after the
    input (before ``trim``, so bwdif sees the frame before a clip's first frame), for
    ``binary`` (default: the export binary). ``stream.filter(name, **options)`` in
    ffmpeg-python. Raises MediaError when an HDR recording needs filters the binary lacks."""
    chosen = options if options is not None else picture_options()
    steps: list[Step] = []
    if not chosen.keep_fields and info.interlaced in (TOP_FIRST, BOTTOM_FIRST, UNKNOWN):
        steps.append(("bwdif", bwdif_options(info.interlaced)))
    tags = ColourTags(info.transfer, info.primaries, info.matrix, info.colour_range)
    program = binary or ffmpeg_binary()
    if tags.needs_mapping:
        steps += _mapping_steps(tags, program)
    else:
        matrix = scale_matrix(tags.matrix, info.width, info.height)
        full = tags.colour_range == "pc"
        steps += [("scale", {"in_color_matrix": matrix, "out_color_matrix": "bt709",
                             "in_range": "full" if full else "limited", "out_range": "limited"}),
                  ("format", {"pix_fmts": "yuv420p"})]
    steps.append(("setparams", {**_BT709, "range": "tv"}))
    return steps


def ffmpeg_sdr_filters(info: MediaInfo, options: PictureOptions | None = None, *,
                       binary: str | None = None) -> list[str]:
    """:func:`ffmpeg_sdr_filter_steps` as filter strings (``name=key=value:…``), to be
    joined with commas in a ``-vf`` or ``-filter_complex`` chain."""
    return [name + ("=" + ":".join(f"{key}={value}" for key, value in values.items())
                    if values else "")
            for name, values in ffmpeg_sdr_filter_steps(info, options, binary=binary)]


def bt709_output_options() -> dict[str, str]:
    """Output options that tag an exported video stream BT.709, limited range (ffmpeg-python
    ``output(..., **options)``)."""
    return {**_BT709, "color_range": "tv"}


def bt709_output_args() -> list[str]:
    """:func:`bt709_output_options` as ffmpeg command-line arguments."""
    return [item for key, value in bt709_output_options().items()
            for item in (f"-{key}", value)]


def _mapping_steps(tags: ColourTags, binary: str) -> list[Step]:
    """HDR or BT.2020 to SDR BT.709 for ``binary``, limited-range 4:2:0 out."""
    filters = binary_filters(binary)
    if scale_maps_colour(binary):
        steps = [("scale", {"in_transfer": tags.source_transfer,
                            "in_primaries": tags.source_primaries, "out_transfer": "bt709",
                            "out_primaries": "bt709", "intent": INTENT}),
                 ("format", {"pix_fmts": "gbrp16le"}),  # its 16-bit output is the accurate one
                 ("scale", {"out_color_matrix": "bt709", "out_range": "limited"})]
    elif {"zscale", "tonemap"} <= filters:
        transfer = _ZSCALE_NAMES.get(tags.source_transfer, tags.source_transfer)
        primaries = _ZSCALE_NAMES.get(tags.source_primaries, tags.source_primaries)
        steps = [("zscale", {"tin": transfer, "pin": primaries, "t": "linear", "npl": "203"}),
                 ("format", {"pix_fmts": "gbrpf32le"}),
                 ("zscale", {"p": "709"}),
                 ("tonemap", {"tonemap": "clip", "desat": "0"}),
                 ("zscale", {"t": "709", "m": "709", "r": "tv"})]
    else:
        raise MediaError(_("This video is in HDR colours, and the ffmpeg program in use "
                           "cannot convert them for export. Reinstall vigeditor."))
    steps.append(("format", {"pix_fmts": "yuv420p"}))
    if "sidedata" in filters:
        steps += [("sidedata", {"mode": "delete", "type": kind}) for kind in _HDR_SIDE_DATA]
    return steps


@lru_cache(maxsize=4)
def binary_filters(binary: str) -> frozenset[str]:
    """The names of the filters ``binary`` has (``ffmpeg -filters``); empty if it fails."""
    output = _run(binary, "-filters")
    return frozenset(parts[1] for line in output.splitlines()
                     if len(parts := line.split()) > 2 and "->" in parts[2])


@lru_cache(maxsize=4)
def scale_maps_colour(binary: str) -> bool:
    """Whether ``binary``'s scale filter maps transfer and primaries (FFmpeg 8 or later)."""
    return "out_transfer" in _run(binary, "-h", "filter=scale")


def _run(binary: str, *arguments: str) -> str:
    try:
        completed = subprocess.run([binary, "-hide_banner", *arguments], capture_output=True,
                                   text=True, timeout=20, check=False,
                                   creationflags=_NO_WINDOW)
    except (OSError, subprocess.SubprocessError):
        return ""
    return completed.stdout if completed.returncode == 0 else ""
