"""What is under the pointer in the analysis lanes: a suggestion to select, or words for a
tooltip (the voice, the faces, a suggestion's reasons)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF
from PySide6.QtWidgets import QWidget

from vigeditor.media.frame_table import FrameTable
from vigeditor.ui.panels.palette_look import format_time
from vigeditor.ui.timeline.hits import Hit
from vigeditor.ui.timeline.lanes import LaneTracks, SuggestionMark
from vigeditor.ui.timeline.paint import Scene
from vigeditor.ui.timeline.paint_lanes import voice_words
from vigeditor.ui.timeline.tips import tooltip

NEAR_PX = 4.0  # a suggestion narrower than this is hit this far either side


def _tr(text: str) -> str:
    return QCoreApplication.translate("TimelineLanes", text)


def suggestion_at(scene: Scene, tracks: LaneTracks, pos: QPointF) -> Hit | None:
    """The suggestion whose mark is under ``pos`` (the nearest when marks are thin)."""
    rect = scene.lanes.extra.get("suggestions")
    if rect is None or not rect.contains(pos):
        return None
    view, best, distance = scene.view, None, NEAR_PX
    for mark in tracks.suggestions:
        left, right = view.x_of(mark.first), max(view.x_of(mark.last + 1),
                                                  view.x_of(mark.first) + 6)
        away = 0.0 if left <= pos.x() <= right else min(abs(pos.x() - left),
                                                         abs(pos.x() - right))
        if away <= distance:
            best, distance = mark, away
    return Hit("suggestion", (best.id,), best.first) if best is not None else None


def _at(frame: int, table: FrameTable | None) -> str:
    if table is None or not 0 <= frame < len(table):
        return str(frame)
    return f"{frame} ({format_time(table.time(frame))})"


def suggestion_text(mark: SuggestionMark, table: FrameTable | None) -> str:
    lines = [_tr("Suggested moment, frames {first} to {last}").format(
        first=_at(mark.first, table), last=_at(mark.last, table))]
    lines += [f"• {reason}" for reason in mark.reasons]
    lines.append(_tr("Not tagged: a principle key tags it, Delete dismisses it, N and "
                     "Shift+N go to the next and previous suggestion."))
    return "\n".join(lines)


def lane_tooltip(scene: Scene, tracks: LaneTracks, table: FrameTable | None,
                 pos: QPointF) -> str:
    """Words for what is under ``pos`` in an analysis lane ("" where there is nothing)."""
    hit = suggestion_at(scene, tracks, pos)
    if hit is not None:
        mark = tracks.suggestion(hit.ids[0])
        return suggestion_text(mark, table) if mark is not None else ""
    frame = scene.view.frame_at(pos.x())
    extra = scene.lanes.extra
    if "voices" in extra and extra["voices"].contains(pos):
        index = tracks.voices.at(frame)
        if index is None:
            return _tr("No speech here")
        return _tr("{voice} voice, frames {first} to {last} (by pitch: a guess, not who "
                   "it was)").format(voice=voice_words()[int(tracks.voices.kind[index])],
                                     first=int(tracks.voices.first[index]),
                                     last=int(tracks.voices.end[index]) - 1)
    if "faces" in extra and extra["faces"].contains(pos):
        index = tracks.faces.at(frame)
        if index is None:
            return ""
        level, facing = int(tracks.faces.kind[index]), bool(tracks.faces.flag[index])
        words = (_tr("No face found"), _tr("One face"), _tr("Two or more faces"))[level]
        return words + (_tr(", turned towards each other") if facing else "")
    if "wave" in extra and extra["wave"].contains(pos):
        return _tr("Sound at frame {frame}").format(frame=_at(frame, table))
    return ""


def any_tooltip(widget: QWidget, scene: Scene, tracks: LaneTracks, hit: Hit | None,
                pos: QPointF) -> str:
    """The timeline's tooltip at ``pos``: the item ``hit`` (a moment, cluster, clip or still)
    in words, else what the analysis lanes hold there."""
    data = getattr(widget, "data", None)
    if hit is not None and hit.kind != "suggestion" and data is not None:
        return tooltip(widget, data, scene.table, hit)
    return lane_tooltip(scene, tracks, scene.table, pos)


__all__ = ["any_tooltip", "lane_tooltip", "suggestion_at", "suggestion_text"]
