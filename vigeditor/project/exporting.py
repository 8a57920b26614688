"""Exporting a case's clips and stills: consent first, then the file, then the audit entry.

Every export declares a purpose (DESIGN.md §5; a clip or still is ``family-copy`` unless the
guider picks another). The consent check runs before anything is written; the file is made
frame-exact and clean of metadata by :mod:`vigeditor.media.render`; the audit entry says what
left the case, where to and on what consent. The entry is written first (``started``) and
marked ``done`` when the file is in place; a failed export's file and entry are removed, and
an export cut short by a crash is settled on the next start (:mod:`.leftovers`), so nothing
leaves the case unrecorded. Nothing is written inside the case folder except under
``exports/``, and never over a file the case uses.

A damaged frame never fails an export: the nearest good frame is used, and the audit entry
says so in plain words ("Frame 45 was damaged; frame 44 was used."). Callers that want to
show this to the guider pass a list as ``notes``; the sentences are appended to it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from vigeditor.i18n import _
from vigeditor.media.frame_table import FrameTable
from vigeditor.media.info import MediaInfo
from vigeditor.media.probe import open_recording
from vigeditor.media.render import (
    CLIP_SUFFIXES,
    DEFAULT_SLOW_MOTION,
    RenderCancelled,
    render_clip,
    render_still,
    temporary_prefix,
)
from vigeditor.project import audit
from vigeditor.project.blur_export import (
    TRACKING_SHARE,
    ItemBlur,
    blur_for_item,
    counts,
    not_shown_note,
    scaled,
    with_blur,
    with_not_shown,
)
from vigeditor.project.blurring import BlurChoice
from vigeditor.project.case import Case
from vigeditor.project.clips import get_clip
from vigeditor.project.consent_check import ConsentBasis, purpose_for, require_consent
from vigeditor.project.errors import CaseError
from vigeditor.project.model import Clip, Still
from vigeditor.project.names import names_rule
from vigeditor.project.stills import get_still

Progress = Callable[[float], None]
STILL_SUFFIXES = (".png", ".jpg", ".jpeg")
MAX_AUDIT_NOTES = 20  # damage sentences written into one audit entry (the rest are counted)


def recording_media(case: Case, recording_id: int) -> tuple[Path, MediaInfo, FrameTable]:
    """The file, facts and frame table of one of the case's recordings (checked present and
    unchanged since import)."""
    table = case.frame_table(recording_id)
    row = case.row("recordings", recording_id)
    assert row is not None  # frame_table checked it
    path = case.recording_path(row)
    info, _table = open_recording(path, cache_dir=case.frame_table_dir)
    return path, info, table


def slow_motion_speed(slow_motion: bool | float | None) -> float | None:
    """The speed of a slow-motion copy: True means the default (half speed)."""
    if slow_motion is True:
        return DEFAULT_SLOW_MOTION
    if not slow_motion:
        return None
    return float(slow_motion)


def export_clip(case: Case, clip_id: int, output: str | Path, *, purpose: str | None = None,
                professional: str | None = None, size: str = "original",
                slow_motion: bool | float = False, burn_caption: bool = False,
                names: bool = False, blur: BlurChoice | None = None,
                progress: Progress | None = None, cancel: threading.Event | None = None,
                notes: list[str] | None = None) -> Path:
    """Export one clip as an MP4 file; refused (nothing written) without consent. Damaged
    frames that were replaced are described in the audit entry and appended to ``notes``.
    A burnt-in caption follows the names rule (:func:`names_rule`): its names are replaced
    before it is drawn unless the clip is the family's own copy and ``names`` is chosen.
    ``blur``: blur every face but ``blur.keep`` in every frame (faces tracked first, with
    the first part of ``progress``; the audit entry records how many were blurred); a
    tracking failure fails the export (CaseError), never an unblurred file."""
    clip = get_clip(case, clip_id)
    target = _target(case, output, CLIP_SUFFIXES, _("A clip"))
    purpose = purpose_for("clip", purpose)
    basis = require_consent(case, purpose, professional=professional,
                            blurring=blur is not None)
    source, info, table = recording_media(case, clip.recording_id)
    speed = slow_motion_speed(slow_motion)
    faces, progress = _item_blur(case, "clip", clip_id, blur, basis, progress, cancel)
    what = with_not_shown(with_blur(describe_clip(clip, size=size, slow_motion=speed,
                                                  caption=burn_caption), *counts(faces)),
                          basis)
    with audit.audited_export(case, what=what, purpose=purpose,
                              destination=str(target.resolve()), outputs=[target],
                              temps=[temporary_prefix(target)],
                              consent_ids=basis.consent_ids,
                              blurred_faces=counts(faces)[0]) as pending:
        result = render_clip(source, table, info, clip.in_frame, clip.out_frame, target,
                             size=size, slow_motion=speed,
                             caption=names_rule(case, purpose, names=names).clean(
                                 clip.caption) if burn_caption else None,
                             progress=progress, cancel=cancel,
                             picture_filter=None if faces is None else faces.filter)
        pending.what = with_notes(what, result.notes)
    if notes is not None:
        notes.extend([*result.notes, *not_shown_note(basis, sound=True)])
    return result.path


def export_still(case: Case, still_id: int, output: str | Path, *, purpose: str | None = None,
                 professional: str | None = None, blur: BlurChoice | None = None,
                 progress: Progress | None = None, cancel: threading.Event | None = None,
                 notes: list[str] | None = None) -> Path:
    """Export one still as a PNG or JPEG picture; refused (nothing written) without
    consent. A damaged frame gives the nearest good one, said in the audit entry and
    appended to ``notes``. ``blur``: as for :func:`export_clip`."""
    still = get_still(case, still_id)
    target = _target(case, output, STILL_SUFFIXES, _("A still"))
    purpose = purpose_for("still", purpose)
    basis = require_consent(case, purpose, professional=professional,
                            blurring=blur is not None)
    if cancel is not None and cancel.is_set():
        raise RenderCancelled
    source, info, table = recording_media(case, still.recording_id)
    faces, _rest = _item_blur(case, "still", still_id, blur, basis, progress, cancel)
    what = with_not_shown(with_blur(describe_still(still), *counts(faces)), basis)
    with audit.audited_export(case, what=what, purpose=purpose,
                              destination=str(target.resolve()), outputs=[target],
                              temps=[temporary_prefix(target)],
                              consent_ids=basis.consent_ids,
                              blurred_faces=counts(faces)[0]) as pending:
        result = render_still(source, table, info, still.frame, target,
                              picture_filter=None if faces is None else faces.filter)
        pending.what = with_notes(what, result.notes)
    if notes is not None:
        notes.extend([*result.notes, *not_shown_note(basis, sound=False)])
    if progress is not None:
        progress(1.0)
    return result.path


def _item_blur(case: Case, kind: str, item_id: int, blur: BlurChoice | None,
               basis: ConsentBasis, progress: Progress | None,
               cancel: threading.Event | None) -> tuple[ItemBlur | None, Progress | None]:
    """The item's blurring (None when not asked for) and the progress left for rendering:
    tracking takes the first :data:`TRACKING_SHARE` of the bar."""
    if blur is None:
        return None, progress
    faces = blur_for_item(case, kind, item_id, blur, purpose=basis.purpose,
                          professional=basis.professional,
                          progress=scaled(progress, 0.0, TRACKING_SHARE), cancel=cancel)
    return faces, scaled(progress, TRACKING_SHARE, 1.0)


def describe_clip(clip: Clip, *, size: str = "original", slow_motion: float | None = None,
                  caption: bool = False) -> str:
    """What an audit entry says about an exported clip."""
    text = _("clip {id} (recording {recording}, frames {in_} to {out})").format(
        id=clip.id, recording=clip.recording_id, in_=clip.in_frame, out=clip.out_frame)
    extras = [] if size == "original" else [size]
    if slow_motion:
        extras.append(_("slow motion ×{speed:g}").format(speed=slow_motion))
    if caption:
        extras.append(_("caption burnt in"))
    return f"{text}, {', '.join(extras)}" if extras else text


def describe_still(still: Still) -> str:
    return _("still {id} (recording {recording}, frame {frame})").format(
        id=still.id, recording=still.recording_id, frame=still.frame)


def with_notes(what: str, notes: list[str]) -> str:
    """An audit description followed by the damage sentences (at most
    :data:`MAX_AUDIT_NOTES`; the rest are counted)."""
    if not notes:
        return what
    shown = notes[:MAX_AUDIT_NOTES]
    if len(notes) > len(shown):
        shown.append(_("{count} more stretches of damaged frames were replaced.").format(
            count=len(notes) - len(shown)))
    return f"{what}. {' '.join(shown)}"


def audit_basis(case: Case, basis: ConsentBasis, *, what: str, destination: str,
                pseudonymised: bool = False) -> None:
    """Record an export that rests on ``basis`` (for exports made of several files)."""
    audit.record_export(case, what=what, purpose=basis.purpose, destination=destination,
                        consent_ids=basis.consent_ids, pseudonymised=pseudonymised)


def check_destination(case: Case, *paths: Path) -> None:
    """Refuse, before anything is written, an export into the case folder outside its
    ``exports/`` folder, or over a file the case uses (a recording, the case file)."""
    folder = case.folder.resolve()
    exports = (folder / "exports").resolve()
    used = {Path(case.recording_path(row)).resolve()
            for row in case.rows("SELECT * FROM recordings")}
    for path in paths:
        where = Path(path).expanduser().resolve()
        if where in used:
            raise CaseError(_("{path} is a recording of this case; an export cannot be saved "
                              "over it. Choose another name.").format(path=path))
        inside = where.is_relative_to(folder) and not where.is_relative_to(exports)
        if inside or where in (folder, exports):
            raise CaseError(_("Exports cannot be saved inside the case folder, except in its "
                              "exports folder ({exports}). Choose another place.").format(
                exports=exports))


def _target(case: Case, output: str | Path, suffixes: tuple[str, ...], what: str) -> Path:
    target = Path(output).expanduser()
    if target.suffix.lower() not in suffixes:
        raise CaseError(_("{what} is saved as {suffixes}, not {name}.").format(
            what=what, suffixes=" / ".join(suffixes), name=target.name))
    if not target.parent.is_dir():
        raise CaseError(_("The folder {folder} does not exist.").format(folder=target.parent))
    check_destination(case, target)
    return target
