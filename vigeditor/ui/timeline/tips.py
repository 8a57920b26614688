"""Tooltips for what is under the pointer on the timeline: principles in words, notes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from vigeditor.media.frame_table import FrameTable
from vigeditor.ui.numbers import decimal
from vigeditor.ui.panels.palette_look import codes_tooltip, format_time

if TYPE_CHECKING:
    from vigeditor.ui.timeline.data import TimelineData
    from vigeditor.ui.timeline.hits import Hit



def _tr(text: str, count: int = -1) -> str:
    """``text`` translated (``%n`` and its plural forms for ``count`` when given)."""
    return QCoreApplication.translate("TimelineTips", text, "", count)


def _at(frame: int, table: FrameTable | None) -> str:
    if table is None or not 0 <= frame < len(table):
        return str(frame)
    return f"{frame} ({format_time(table.time(frame))})"


def tooltip(widget: QWidget, data: TimelineData, table: FrameTable | None, hit: Hit) -> str:
    """Plain text describing ``hit`` (a moment, cluster, clip or still)."""
    scheme = data.case.scheme
    if hit.kind == "cluster":
        frames = [data.frame_of(moment_id) for moment_id in hit.ids]
        return _tr("%n moment(s), frames {first} to {last}. Click to zoom in.",
                   len(hit.ids)).format(first=min(frames), last=max(frames))
    if hit.kind == "moment":
        moment = data.moments.moments[data.moments.index_of[hit.ids[0]]]
        lines = [_tr("Moment {number}, frame {frame}").format(
            number=data.moments.number(moment.id), frame=_at(moment.frame, table))]
        if moment.end_frame is not None:
            lines.append(_tr("Until frame {frame}").format(
                frame=_at(moment.end_frame, table)))
        lines.append(codes_tooltip(scheme, moment.principles) if moment.principles
                     else _tr("No principle yet"))
        if moment.who:
            lines.append(_tr("Who acts: {who}").format(who=moment.who))
        if moment.note:
            lines.append(moment.note)
        return "\n".join(lines)
    if hit.kind == "clip":
        clip = next(c for c in data.clips.clips if c.id == hit.ids[0])
        lines = [clip.title or _tr("Untitled clip"),
                 _tr("Frames {first} to {last} ({seconds} s)").format(
                     first=_at(clip.in_frame, table), last=_at(clip.out_frame, table),
                     seconds=decimal(clip.seconds))]
        return "\n".join(lines + [line for line in (
            codes_tooltip(scheme, clip.principles), clip.caption) if line])
    still = next(s for s in data.stills.stills if s.id == hit.ids[0])
    lines = [_tr("Still, frame {frame}").format(frame=_at(still.frame, table))]
    return "\n".join(lines + [line for line in (
        codes_tooltip(scheme, still.principles), still.caption) if line])
