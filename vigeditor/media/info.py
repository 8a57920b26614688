"""What a probe finds out about a recording."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
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

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict (the ``vigeditor probe --json`` output)."""
        data = asdict(self)
        data["audio"] = [asdict(stream) for stream in self.audio]
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> MediaInfo:
        fields = dict(data)
        fields["audio"] = [AudioStreamInfo(**stream) for stream in data.get("audio", [])]
        return cls(**fields)
