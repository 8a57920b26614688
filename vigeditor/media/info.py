"""What a probe finds out about a recording."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any


@dataclass(frozen=True)
class AudioStreamInfo:
    """One audio stream of a recording."""

    codec: str
    channels: int
    sample_rate: int
    language: str | None = None


@dataclass(frozen=True)
class MediaInfo:
    """The facts about a recording, as read from its container and packets.

    ``rotation`` is the clockwise turn in degrees (0, 90, 180, 270) a player applies to the
    coded picture to show it upright; ``display_width``/``display_height`` are the upright
    size. ``frames`` is exact: it counts the frame table, not ``duration × fps``.

    Picture facts (FFmpeg's names, as the first decoded frame carries them; "unknown" when
    untagged, and in facts cached before these were probed):

    * ``transfer``, ``primaries``, ``matrix``, ``colour_range``: colour properties, e.g.
      "arib-std-b67" (HLG) or "smpte2084" (PQ), "bt2020", "bt2020nc", "tv";
    * ``hdr``: PQ or HLG (ITU-R BT.2100), shown tone-mapped to SDR BT.709;
    * ``bit_depth``: bits per sample of the coded picture (8, 10, 12);
    * ``interlaced``: "progressive", "tt" (top field first) or "bb" (bottom field first),
      from the codec's field order or from FFmpeg's idet filter when the codec does not say.

    ``audio_unreadable``: a sound stream whose codec could not be identified; it is left out
    of ``audio`` and the video is used without it.
    """

    path: str
    container: str
    duration: float
    video_codec: str
    width: int
    height: int
    rotation: int
    display_width: int
    display_height: int
    fps: float
    vfr: bool
    frames: int
    audio: list[AudioStreamInfo] = field(default_factory=list)
    creation_time: str | None = None
    has_location: bool = False
    size_bytes: int = 0
    transfer: str = "unknown"
    primaries: str = "unknown"
    matrix: str = "unknown"
    colour_range: str = "unknown"
    hdr: bool = False
    bit_depth: int = 8
    interlaced: str = "unknown"
    #: a sound stream is there but its kind could not be identified: the video is used
    #: without it (see :attr:`notes`)
    audio_unreadable: bool = False

    @property
    def notes(self) -> list[str]:
        """Plain-language remarks for the guider about what could not be used."""
        from vigeditor.i18n import _

        if self.audio_unreadable:
            return [_("The sound in this recording could not be read; the video is used "
                      "without it.")]
        return []

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict (the ``vigeditor probe --json`` output)."""
        data = asdict(self)
        data["audio"] = [asdict(stream) for stream in self.audio]
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> MediaInfo:
        """The facts from :meth:`to_json`; keys missing from older output take their
        defaults, keys this version does not know are ignored."""
        known = {item.name for item in fields(cls)}
        values = {key: value for key, value in data.items() if key in known}
        values["audio"] = [AudioStreamInfo(**stream) for stream in data.get("audio", [])]
        return cls(**values)
