"""The timeline's copy of one recording's moments, clips and stills, kept up to date by events.

Loaded in full when the recording changes; afterwards each ``CaseChanged`` event updates
only the items it names (one row read per change), so tagging a moment in a recording with
10,000 moments does not re-read them all.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
from PySide6.QtGui import QColor

from vigeditor.project import clips, moments, stills
from vigeditor.project.case import Case
from vigeditor.project.errors import CaseError
from vigeditor.project.events import CaseChanged, Changed
from vigeditor.ui.timeline.model import ClipTrack, Clusters, MomentTrack, StillTrack, cluster

FULL_RELOAD_AFTER = 100  # changes in one event; more than this re-reads the whole kind
_SOURCES: dict[str, tuple[Callable[[Case, int], list[Any]], Callable[[Case, int], Any]]] = {
    "moment": (moments.list_moments, moments.get_moment),
    "clip": (clips.list_clips, clips.get_clip),
    "still": (stills.list_stills, stills.get_still),
}


class TimelineData:
    """Tracks of the current recording, the principle filter's mask, and marker clusters."""

    def __init__(self, case: Case) -> None:
        self.case = case
        scheme = case.scheme
        self.colours = [QColor(group.colour) for group in scheme.groups]
        self.keys = [group.hotkey for group in scheme.groups]
        self.recording_id: int | None = None
        self.items: dict[str, dict[int, Any]] = {kind: {} for kind in _SOURCES}
        self.moments = MomentTrack()
        self.clips = ClipTrack()
        self.stills = StillTrack()
        self.filter = ""
        self.mask = np.ones(0, dtype=bool)
        self._shown = np.zeros(0, dtype=np.int64)
        self.version = 0  # changes whenever the markers to draw change

    def load(self, recording_id: int | None) -> None:
        """Read every moment, clip and still of ``recording_id`` (None: empty)."""
        self.recording_id = recording_id
        for kind, (lister, _getter) in _SOURCES.items():
            found = lister(self.case, recording_id) if recording_id is not None else []
            self.items[kind] = {item.id: item for item in found}
            self._rebuild(kind)

    def apply(self, event: CaseChanged) -> bool:
        """Update from a change event; True if anything the timeline shows changed."""
        if self.recording_id is None:
            return False
        touched = False
        for kind, (lister, getter) in _SOURCES.items():
            changes = event.of_kind(kind)
            if not changes:
                continue
            if len(changes) > FULL_RELOAD_AFTER:
                found = lister(self.case, self.recording_id)
                self.items[kind] = {item.id: item for item in found}
                changed = True
            else:
                results = [self._apply_one(kind, getter, change) for change in changes]
                changed = True in results
            if changed:
                self._rebuild(kind)
                touched = True
        return touched

    def _apply_one(self, kind: str, getter: Callable[[Case, int], Any],
                   change: Changed) -> bool:
        items = self.items[kind]
        if change.action != "removed":
            try:
                item = getter(self.case, change.id)
            except CaseError:
                item = None
            if item is not None and item.recording_id == self.recording_id:
                items[change.id] = item
                return True
        return items.pop(change.id, None) is not None

    def _rebuild(self, kind: str) -> None:
        values = self.items[kind].values()
        if kind == "moment":
            self.moments = MomentTrack.build(values, self.case.scheme)
            self.set_filter(self.filter, force=True)
        elif kind == "clip":
            self.clips = ClipTrack.build(values, self.case.scheme)
        else:
            self.stills = StillTrack.build(values)

    def set_filter(self, code: str, force: bool = False) -> None:
        """Show only moments passing the principle filter ``code`` ("" shows all)."""
        if code == self.filter and not force:
            return
        self.filter = code
        self.mask = self.moments.matching(code)
        self._shown = np.flatnonzero(self.mask)
        self.version += 1

    def clusters(self, pixels_per_frame: float) -> Clusters:
        """The shown moments' markers at this zoom, nearby ones merged into clusters."""
        x = (self.moments.frames[self._shown] + 0.5) * pixels_per_frame
        return cluster(x.astype(np.float64), self._shown)

    def cluster_members(self, clusters: Clusters, position: int) -> tuple[int, ...]:
        """The moment ids in cluster number ``position``."""
        begin = int(np.searchsorted(self._shown, clusters.first[position]))
        indices = self._shown[begin:begin + int(clusters.count[position])]
        return tuple(self.moments.moments[index].id for index in indices.tolist())

    def frame_of(self, moment_id: int) -> int:
        return int(self.moments.frames[self.moments.index_of[moment_id]])
