"""Blurring faces in exports (issue 14, item 1): the faces of a clip or still, tracked and
cached in the case, and the guider's choice of the faces that stay visible.

This is the project layer's face API; the export dialog's preview and ``vigeditor faces``
build on it, and every picture export takes a ``blur`` argument built from it:

- :func:`faces_for_range`, :func:`faces_for_clip`, :func:`faces_for_still`: the
  :class:`~vigeditor.analysis.face_tracks.FaceTracks` of a range of a recording (faces
  numbered 1, 2, … stably; hand-drawn boxes after them; unsure frames), with the case's
  hand-drawn blur boxes of that range followed too. Cached as JSON in the case's
  ``cache/face-tracks/`` folder (never outside the case folder: issue 14, item 6), keyed by
  the recording's SHA-256, the range, the hand-drawn boxes in it and :data:`ENGINE`; a
  second call for the same range is instant.
- :class:`BlurChoice`: blur faces in one clip or still, keeping ``keep`` (face numbers)
  visible; ``tracks`` passes the preview's result so the export does not track again.
- :class:`DocumentBlur`: blur faces in a document made of several items (booklet, review
  pack, supervision pack); items without an explicit keep set keep
  :func:`~vigeditor.project.face_links.default_keep`.
- Hand-drawn boxes (:mod:`vigeditor.project.blur_boxes`) and person links
  (:mod:`vigeditor.project.face_links`) are re-exported here.

Errors: CaseError (plain words) when the recording is missing or changed, the range is not
in it, or the faces cannot be found (the face model cannot be read, the video cannot be
decoded); :class:`~vigeditor.media.errors.RenderCancelled` when ``cancel`` is set.
"""

from __future__ import annotations

import hashlib
import json
import logging
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from vigeditor.analysis import face_tracks
from vigeditor.analysis.face_tracks import FaceTracks, TrackedFace, track_faces
from vigeditor.atomic import write_atomically
from vigeditor.i18n import _
from vigeditor.media.errors import MediaError, RenderCancelled
from vigeditor.media.frame_server import FrameServer
from vigeditor.media.probe import open_recording
from vigeditor.project import store
from vigeditor.project.blur_boxes import (
    BlurBox,
    add_blur_box,
    list_blur_boxes,
    remove_blur_box,
)
from vigeditor.project.case import Case
from vigeditor.project.clips import get_clip
from vigeditor.project.errors import CaseError
from vigeditor.project.face_links import (
    FaceLink,
    default_keep,
    link_face,
    linked_faces,
    list_face_links,
    unlink_face,
)
from vigeditor.project.stills import get_still

#: the version of the tracking rules and of this cache: raise when either changes
ENGINE = f"face-tracks-{face_tracks.VERSION}.1"
CACHE_FOLDER = "face-tracks"
_DECODE_CACHE = 64 * 1024 * 1024
_log = logging.getLogger("vigeditor.project")

Progress = Callable[[float], None]
#: an item of a document: ("clip", clip id) or ("still", still id)
ItemKey = tuple[str, int]


@dataclass(frozen=True)
class BlurChoice:
    """Blur the faces of one clip or still, except the faces numbered in ``keep`` (numbers
    of :func:`faces_for_clip` / :func:`faces_for_still`). ``tracks``: those faces as the
    preview found them, so the export does not track again (used when they are of the
    item's frames and hold the item's hand-drawn boxes, else tracked again). Hand-drawn
    boxes are always blurred."""

    keep: frozenset[int] = frozenset()
    tracks: FaceTracks | None = None


@dataclass(frozen=True)
class DocumentBlur:
    """Blur faces in a document of several items (booklet, review pack, supervision pack).

    ``keep``: explicit keep sets by item, ``("clip", id)`` or ``("still", id)`` → face
    numbers (a booklet's clip is keyed by the clip: its numbers are those of
    :func:`faces_for_clip`); items not named keep
    :func:`~vigeditor.project.face_links.default_keep` for the export's purpose.
    ``tracks``: the preview's results by item (optional, as for :class:`BlurChoice`)."""

    keep: Mapping[ItemKey, frozenset[int]] = field(default_factory=dict)
    tracks: Mapping[ItemKey, FaceTracks] = field(default_factory=dict)

    def choice(self, kind: str, item_id: int) -> BlurChoice | None:
        """The item's explicit choice (with its tracks), or None: keep the default."""
        key = (kind, int(item_id))
        if key not in self.keep:
            return None
        return BlurChoice(frozenset(self.keep[key]), self.tracks.get(key))

    def known_tracks(self, kind: str, item_id: int) -> FaceTracks | None:
        """The preview's tracks of the item, if given."""
        return self.tracks.get((kind, int(item_id)))


def faces_for_range(case: Case, recording_id: int, first: int, last: int, *,
                    progress: Progress | None = None,
                    cancel: threading.Event | None = None) -> FaceTracks:
    """The faces of frames ``first … last`` (inclusive; frame-table indices) of the
    recording, following the hand-drawn boxes drawn in that range; cached (see the
    module). ``progress`` gets 0…1. CaseError in plain words when they cannot be found;
    RenderCancelled when ``cancel`` is set."""
    recording = store.require(case, "recordings", recording_id)
    first = store.frame(recording, first, _("first frame"))
    last = store.frame(recording, last, _("last frame"))
    if last < first:
        raise CaseError(_("Faces cannot be found from frame {first} to frame {last}: the "
                          "range is empty.").format(first=first, last=last))
    boxes = list_blur_boxes(case, recording_id, first, last)
    cache = cache_path(case, str(recording["sha256"]), first, last, boxes)
    cached = _read_cache(cache, first, last)
    if cached is not None:
        if progress is not None:
            progress(1.0)
        return cached
    tracks = _track(case, recording_id, first, last, boxes, progress, cancel)
    tracks = FaceTracks.from_json(tracks.to_json())  # as a cached call gives them
    _write_cache(cache, tracks)
    return tracks


def faces_for_clip(case: Case, clip_id: int, *, progress: Progress | None = None,
                   cancel: threading.Event | None = None) -> FaceTracks:
    """The faces of a clip's frames (its in … out frames): :func:`faces_for_range`."""
    clip = get_clip(case, clip_id)
    return faces_for_range(case, clip.recording_id, clip.in_frame, clip.out_frame,
                           progress=progress, cancel=cancel)


def faces_for_still(case: Case, still_id: int, *, progress: Progress | None = None,
                    cancel: threading.Event | None = None) -> FaceTracks:
    """The faces of a still's one frame: :func:`faces_for_range`."""
    still = get_still(case, still_id)
    return faces_for_range(case, still.recording_id, still.frame, still.frame,
                           progress=progress, cancel=cancel)


def item_range(case: Case, kind: str, item_id: int) -> tuple[int, int, int]:
    """(recording id, first, last) of a clip's or a still's frames."""
    if kind == "clip":
        clip = get_clip(case, item_id)
        return clip.recording_id, clip.in_frame, clip.out_frame
    if kind == "still":
        still = get_still(case, item_id)
        return still.recording_id, still.frame, still.frame
    raise CaseError(_("There is no kind of item called '{kind}'.").format(kind=kind))


def faces_for_item(case: Case, kind: str, item_id: int, *, progress: Progress | None = None,
                   cancel: threading.Event | None = None) -> FaceTracks:
    """:func:`faces_for_clip` or :func:`faces_for_still`, by ``kind``."""
    recording_id, first, last = item_range(case, kind, item_id)
    return faces_for_range(case, recording_id, first, last, progress=progress, cancel=cancel)


def usable_tracks(case: Case, recording_id: int, tracks: FaceTracks | None, first: int,
                  last: int) -> bool:
    """Whether ``tracks`` (from a preview) are of frames ``first … last`` and hold the
    hand-drawn boxes drawn there now (one manual face per box)."""
    if tracks is None or (tracks.first, tracks.last) != (first, last):
        return False
    manual = sum(1 for face in tracks.faces if face.manual)
    return manual == len(list_blur_boxes(case, recording_id, first, last))


def cache_path(case: Case, sha256: str, first: int, last: int, boxes: list[BlurBox]) -> Path:
    """Where the faces of a range are cached: ``cache/face-tracks/faces-<key>.json``."""
    key = json.dumps({"engine": ENGINE, "recording": sha256, "first": first, "last": last,
                      "manual": [[box.frame, list(box.box)] for box in boxes]},
                     sort_keys=True)
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]
    return case.cache_dir / CACHE_FOLDER / f"faces-{digest}.json"


def _track(case: Case, recording_id: int, first: int, last: int, boxes: list[BlurBox],
           progress: Progress | None, cancel: threading.Event | None) -> FaceTracks:
    table = case.frame_table(recording_id)
    row = case.row("recordings", recording_id)
    assert row is not None  # frame_table checked it
    try:
        info, _table = open_recording(case.recording_path(row), cache_dir=case.frame_table_dir)
        with FrameServer(info, table, cache_bytes=_DECODE_CACHE) as server:
            return track_faces(server, first, last,
                               manual=[(box.frame, box.box) for box in boxes],
                               progress=progress, cancel=cancel)
    except RenderCancelled:
        raise
    except MediaError as error:
        raise CaseError(_("The faces of recording {id} could not be found, so faces cannot "
                          "be blurred: {reason}").format(id=recording_id,
                                                         reason=error)) from error


def _read_cache(path: Path, first: int, last: int) -> FaceTracks | None:
    try:
        tracks = FaceTracks.from_json(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return tracks if (tracks.first, tracks.last) == (first, last) else None


def _write_cache(path: Path, tracks: FaceTracks) -> None:
    """Write the cache file; a failure (a full disk) only costs tracking again later."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, lambda stream: stream.write(tracks.to_json().encode("utf-8")))
    except OSError as error:
        _log.warning("face tracks not cached in %s: %s", path, error)


__all__ = ["ENGINE", "BlurBox", "BlurChoice", "DocumentBlur", "FaceLink", "FaceTracks",
           "ItemKey", "TrackedFace", "add_blur_box", "cache_path", "default_keep",
           "faces_for_clip", "faces_for_item", "faces_for_range", "faces_for_still",
           "item_range", "link_face", "linked_faces", "list_blur_boxes", "list_face_links",
           "remove_blur_box", "unlink_face", "usable_tracks"]
