"""Which stills and clips go in the family notes booklet, in what order, with which frame."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from vigeditor.project import clips, cycles, recordings, stills
from vigeditor.project.case import Case
from vigeditor.project.model import Clip, Recording, Still


@dataclass(frozen=True)
class BookletItem:
    """A still or a clip chosen for the booklet, with the frame that pictures it."""

    recording: Recording
    frame: int
    caption: str
    cycle_number: int | None
    filming_date: str | None
    still: Still | None = None
    clip: Clip | None = None



def booklet_items(case: Case, *, still_ids: Sequence[int] | None = None,
                  clip_ids: Sequence[int] | None = None) -> list[BookletItem]:
    """The stills and clips for the booklet in cycle order (by default every captioned still
    and clip of the interaction films)."""
    by_id = {recording.id: recording for recording in recordings.list_recordings(case)}
    numbers = {cycle.id: cycle for cycle in cycles.list_cycles(case)}
    chosen_stills = [stills.get_still(case, still_id) for still_id in still_ids] \
        if still_ids is not None else [still for still in stills.list_stills(case)
                                       if still.caption.strip() and
                                       by_id[still.recording_id].kind == "interaction"]
    chosen_clips = [clips.get_clip(case, clip_id) for clip_id in clip_ids] \
        if clip_ids is not None else [clip for clip in clips.list_clips(case)
                                      if clip.caption.strip() and
                                      by_id[clip.recording_id].kind == "interaction"]
    if still_ids is not None and clip_ids is None:
        chosen_clips = []
    if clip_ids is not None and still_ids is None:
        chosen_stills = []
    items = []
    for still in chosen_stills:
        items.append(_item(by_id[still.recording_id], numbers, still.frame, still.caption,
                           still=still))
    for clip in chosen_clips:
        frame = clip.key_frame if clip.key_frame is not None else clip.in_frame
        items.append(_item(by_id[clip.recording_id], numbers, frame,
                           clip.caption or clip.title, clip=clip))
    return sorted(items, key=lambda item: (item.cycle_number or 10**6, item.recording.id,
                                           item.frame))


def _item(recording: Recording, numbers: dict[int, object], frame: int, caption: str,
          **which: object) -> BookletItem:
    cycle = numbers.get(recording.cycle_id) if recording.cycle_id is not None else None
    return BookletItem(recording, frame, caption, getattr(cycle, "number", None),
                       getattr(cycle, "filming_date", None), **which)  # type: ignore[arg-type]
