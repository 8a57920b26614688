"""The export dialog's face preview, the work behind it (no widgets here): which pictures an
export carries, their faces found in a worker, a frame of the preview decoded, and the
guider's choice turned into the ``blur=`` argument of the export (issue 14, item 1).

Work functions take ``(progress, cancel, ...)`` as :class:`vigeditor.ui.tasks.TaskRunner`
runs them, and return their result with the ``token`` they were given, so a result that
arrives for something no longer shown is dropped; a plain error or a cancel comes back as a
:class:`Failed` result with its token instead of an exception.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from PySide6.QtCore import QCoreApplication

from vigeditor.analysis.face_tracks import FaceTracks, working_size
from vigeditor.errors import PLAIN_ERRORS
from vigeditor.media.errors import RenderCancelled
from vigeditor.media.frame_server import FrameServer
from vigeditor.media.probe import open_recording
from vigeditor.project import blurring, clips, cycles, reviews, stills
from vigeditor.project.blurring import BlurChoice, DocumentBlur, ItemKey
from vigeditor.project.case import Case
from vigeditor.project.documents.booklet.items import booklet_items
from vigeditor.project.documents.supervision_summary import cycle_clips
from vigeditor.project.face_thumbnails import face_thumbnails

PREVIEW_PIXELS = 960 * 540  # the preview's picture is decoded at most this large
THUMBNAIL_HEIGHT = 64  # pixels: a face's thumbnail in the list
#: the exports that carry pictures, so offer blurring
PICTURE_KINDS = ("clip", "still", "booklet", "review-pack", "supervision")
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Failed:
    """A piece of preview work that did not finish: ``message`` in plain words (empty when
    it was cancelled)."""

    token: int
    message: str = ""


@dataclass(frozen=True)
class ItemFaces:
    """The faces of one item (clip or still) as the preview shows them: ``tracks``,
    numbered ``thumbnails`` (RGB), ``linked`` (face number → person id), ``default`` (the
    faces kept visible unless the guider chooses), the ``frame`` shown first (where the
    faces are best seen) and its ``picture`` (RGB, unblurred)."""

    token: int
    key: ItemKey
    recording_id: int
    tracks: FaceTracks
    thumbnails: dict[int, np.ndarray]
    linked: dict[int, int]
    default: frozenset[int]
    frame: int
    picture: np.ndarray


@dataclass(frozen=True)
class Shown:
    """A frame decoded for the preview: ``frame`` and its RGB ``picture``."""

    token: int
    frame: int
    picture: np.ndarray


@dataclass(frozen=True)
class FacesChoice:
    """The guider's choice in the preview: the faces kept visible by item, and the items'
    tracks (only the items the preview showed; others keep the default)."""

    keep: Mapping[ItemKey, frozenset[int]] = field(default_factory=dict)
    tracks: Mapping[ItemKey, FaceTracks] = field(default_factory=dict)


def export_items(case: Case, kind: str, options: Mapping[str, Any]) -> list[tuple[ItemKey, str]]:
    """The clips and stills an export of ``kind`` carries, given the dialog's ``options``
    (its clip, still or cycle), each with a label ("Clip 3: Playing"); empty for an export
    without pictures or when nothing is chosen."""
    if kind in ("clip", "still"):
        chosen = options.get(kind)
        return [] if chosen is None else [((kind, int(chosen)), _label(case, kind, int(chosen)))]
    if kind == "booklet":
        return [(key, _label(case, *key)) for key in (
            ("still", item.still.id) if item.still is not None else ("clip", item.clip.id)
            for item in booklet_items(case) if item.still is not None or item.clip is not None)]
    cycle = next((c for c in cycles.list_cycles(case) if c.number == options.get("cycle")),
                 None)
    if cycle is None:
        return []
    if kind == "review-pack":
        keys = [("clip", row.clip_id) if row.clip_id is not None else ("still", row.still_id)
                for row in reviews.list_items(case, cycle.id)]
        return [((k, int(i)), _label(case, k, int(i))) for k, i in keys if i is not None]
    if kind == "supervision":
        return [(("clip", clip.id), _label(case, "clip", clip.id))
                for _recording, clip in cycle_clips(case, cycle)]
    return []


def _label(case: Case, kind: str, item_id: int) -> str:
    if kind == "clip":
        clip = clips.get_clip(case, item_id)
        name, words = QCoreApplication.translate("FacesPanel", "Clip"), clip.title or clip.caption
    else:
        name = QCoreApplication.translate("FacesPanel", "Still")
        words = stills.get_still(case, item_id).caption
    return f"{name} {item_id}: {words[:40]}".rstrip(": ")


def best_frame(tracks: FaceTracks) -> int:
    """The frame where the faces are best seen: among the faces' best frames, the one
    where the most faces are present (ties: the earliest); ``tracks.first`` without faces."""
    candidates = sorted({face.best_frame for face in tracks.faces})
    if not candidates:
        return tracks.first
    return max(candidates, key=lambda frame: (
        sum(1 for face in tracks.faces if frame in face.boxes), -frame))


def find_faces(progress: Progress, _cancel: threading.Event, token: int,
               cancel: threading.Event, case: Case, key: ItemKey, purpose: str | None,
               professional: str | None, shown: int | None = None) -> ItemFaces | Failed:
    """The faces of item ``key`` (tracked, or from the case's cache), their thumbnails,
    links and default, and the picture of frame ``shown`` (default :func:`best_frame`).
    ``cancel``: the caller's own stop (set at once, even before the task is known to it)."""
    try:
        recording_id, first, last = blurring.item_range(case, *key)
        tracks = blurring.faces_for_range(
            case, recording_id, first, last, cancel=cancel,
            progress=lambda share: progress(int(share * 1000), 1000))
        if cancel.is_set():
            raise RenderCancelled
        frame = best_frame(tracks) if shown is None else min(max(shown, first), last)
        thumbnails = face_thumbnails(case, recording_id, tracks, height=THUMBNAIL_HEIGHT)
        linked = blurring.linked_faces(case, recording_id, tracks)
        default = default_for(case, recording_id, tracks, purpose, professional)
        picture = preview_picture(case, recording_id, frame)
    except RenderCancelled:
        return Failed(token)
    except PLAIN_ERRORS as error:
        return Failed(token, str(error))
    return ItemFaces(token, key, recording_id, tracks, thumbnails, linked, default, frame,
                     picture)


def default_for(case: Case, recording_id: int, tracks: FaceTracks, purpose: str | None,
                professional: str | None) -> frozenset[int]:
    """:func:`~vigeditor.project.face_links.default_keep` (nothing kept without a
    purpose: every face blurred)."""
    if not purpose:
        return frozenset()
    return blurring.default_keep(case, recording_id, tracks, purpose,
                                 professional=professional or None)


def show_frame(_progress: Progress, _cancel: threading.Event, token: int, case: Case,
               recording_id: int, frame: int) -> Shown | Failed:
    """Frame ``frame`` of the recording decoded for the preview."""
    try:
        return Shown(token, frame, preview_picture(case, recording_id, frame))
    except PLAIN_ERRORS as error:
        return Failed(token, str(error))


def preview_picture(case: Case, recording_id: int, frame: int) -> np.ndarray:
    """The exact picture of ``frame`` (RGB, at most :data:`PREVIEW_PIXELS` pixels).
    MediaError when it cannot be decoded."""
    table = case.frame_table(recording_id)
    row = case.row("recordings", recording_id)
    assert row is not None  # frame_table checked it
    info, _table = open_recording(case.recording_path(row), cache_dir=case.frame_table_dir)
    with FrameServer(info, table) as server:
        size = working_size(server.display_size, pixels=PREVIEW_PIXELS)
        return server.serve(frame, size).picture


def item_blur(case: Case, kind: str, options: Mapping[str, Any],
              cancel: threading.Event | None = None) -> BlurChoice | None:
    """The ``blur=`` argument of a clip or still export (``kind``) from ``options["blur"]``
    (a :class:`FacesChoice`, or None: no blurring). An item the preview did not show (its
    faces were still being found) keeps the default, worked out here, in the export's
    thread: the faces of linked people with consent for the purpose."""
    choice = options.get("blur")
    if not isinstance(choice, FacesChoice):
        return None
    key = (kind, int(options[kind]))
    if key in choice.keep:
        return BlurChoice(frozenset(choice.keep[key]), choice.tracks.get(key))
    recording_id, _first, _last = blurring.item_range(case, *key)
    tracks = blurring.faces_for_item(case, *key, cancel=cancel)
    return BlurChoice(default_for(case, recording_id, tracks, options.get("purpose"),
                                  options.get("professional")), tracks)


def document_blur(options: Mapping[str, Any]) -> DocumentBlur | None:
    """The ``blur=`` argument of a booklet, review pack or supervision pack: the ticks of
    the items the preview showed (the others keep the default), or None: no blurring."""
    choice = options.get("blur")
    if not isinstance(choice, FacesChoice):
        return None
    return DocumentBlur(dict(choice.keep), dict(choice.tracks))
