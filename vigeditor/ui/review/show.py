"""A cycle's shared review plan resolved for showing: each item's recording, frames and words.

Qt-free data (besides the translation helper): the presentation, the presenter view and the
builder all read the same :class:`ShowItem` list. Frames are indices into the recording's
frame table; nothing here computes a frame from a time.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from vigeditor.media.frame_table import FrameTable
from vigeditor.project import clips, reviews, stills
from vigeditor.project.case import Case
from vigeditor.project.model import ReviewItem
from vigeditor.ui.numbers import decimal


def _tr(text: str) -> str:
    return QCoreApplication.translate("Review", text)


@dataclass(frozen=True)
class ShowItem:
    """One clip or still of the review, ready to show.

    A clip plays ``first`` … ``last`` (its in and out frames) and then holds ``hold`` (its key
    frame, or its out frame when it has none). A still shows ``first`` (== ``last`` == ``hold``).
    """

    item_id: int
    kind: str  # "clip" or "still"
    source_id: int  # the clip's or the still's id
    recording_id: int
    path: Path
    table: FrameTable
    first: int
    last: int
    hold: int
    title: str
    caption: str
    talking_points: str
    slow_motion: bool = False
    aspect: float = 4 / 3  # display width / height of the upright picture

    def fit(self, box: tuple[int, int]) -> tuple[int, int]:
        """The largest even picture size with this item's proportions inside ``box``."""
        width, height = box
        if width / max(1, height) > self.aspect:
            width = round(height * self.aspect)
        else:
            height = round(width / self.aspect)
        return max(2, width // 2 * 2), max(2, height // 2 * 2)

    @property
    def is_clip(self) -> bool:
        return self.kind == "clip"

    @property
    def seconds(self) -> float:
        """From the start of the in frame to the end of the out frame (0 for a still)."""
        if not self.is_clip:
            return 0.0
        return end_time(self.table, self.last) - self.table.time(self.first)

    @property
    def name(self) -> str:
        """The title, or a plain description when the item has none."""
        if self.title:
            return self.title
        if self.is_clip:
            return _tr("Clip, frames {first}–{last}").format(first=self.first, last=self.last)
        return _tr("Still, frame {frame}").format(frame=self.first)


def end_time(table: FrameTable, index: int) -> float:
    """When frame ``index`` leaves the screen (the next frame's time, or the recording's end)."""
    if index + 1 < len(table):
        return table.time(index + 1)
    return table.duration


def frame_seconds(table: FrameTable, index: int) -> float:
    """How long frame ``index`` stays on screen at normal speed."""
    return max(0.001, end_time(table, index) - table.time(index))


def resolve(case: Case, item: ReviewItem) -> ShowItem:
    """One review item with its clip or still, recording path and frame table."""
    if item.clip_id is not None:
        clip = clips.get_clip(case, item.clip_id)
        recording_id, first, last = clip.recording_id, clip.in_frame, clip.out_frame
        hold = clip.key_frame if clip.key_frame is not None else clip.out_frame
        title, caption, kind, source = clip.title, clip.caption, "clip", clip.id
        slow = clip.slow_motion
    else:
        still = stills.get_still(case, item.still_id)  # type: ignore[arg-type]
        recording_id, first = still.recording_id, still.frame
        last = hold = first
        title, caption, kind, source, slow = "", still.caption, "still", still.id, False
    row = case.row("recordings", recording_id)
    path = case.recording_path(row)  # type: ignore[arg-type]
    info = json.loads(row["media_info"]) if row and row.get("media_info") else {}
    aspect = int(info.get("display_width") or 4) / max(1, int(info.get("display_height") or 3))
    return ShowItem(item.id, kind, source, recording_id, path, case.frame_table(recording_id),
                    first, last, hold, title, caption, item.talking_points, slow, aspect)


def load_show(case: Case, cycle_id: int) -> list[ShowItem]:
    """The cycle's review items in order, resolved (frame tables may be read from disk)."""
    return [resolve(case, item) for item in reviews.list_items(case, cycle_id)]


def format_seconds(seconds: float) -> str:
    """A short duration for guiders: "4.0 s", or "1:05" from a minute on."""
    if seconds < 60:
        return _tr("{seconds} s").format(seconds=decimal(seconds))
    whole = round(seconds)
    return f"{whole // 60}:{whole % 60:02d}"
