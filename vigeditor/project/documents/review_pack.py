"""The review pack: a cycle's shared review for the family to keep and watch again.

A folder (and a .zip of it) with the review's clips (MP4) and stills (JPEG) in review order
and an ``index.html`` that shows them one after another in any browser, offline: HTML5 video,
the captions in the family's words, previous/next, a slower button. No external resources,
no talking points (those are the guider's), no names: files are named by family code, cycle
and item number, and the captions and ``alt`` texts follow the names rule
(:func:`~vigeditor.project.documents.wording.names_rule`: names only in the family's own copy, and
only when ``names`` is chosen). Its purpose is ``family-copy`` by default, or
``professional`` naming who; no other purpose.
"""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import threading
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from string import Template

from vigeditor.atomic import keep_private
from vigeditor.i18n import _, current_language, screen_words
from vigeditor.media.render import RenderCancelled, render_clip, render_still
from vigeditor.paths import resource_path
from vigeditor.project import audit
from vigeditor.project.blur_export import (
    DocumentBlurs,
    counts,
    not_shown_note,
    prepare_document,
    with_blur,
    with_not_shown,
)
from vigeditor.project.blurring import DocumentBlur
from vigeditor.project.case import Case, fsync_dir
from vigeditor.project.clips import get_clip
from vigeditor.project.consent_check import purpose_for, require_consent
from vigeditor.project.cycles import cycle_by_number
from vigeditor.project.details import get_details
from vigeditor.project.documents.wording import long_date
from vigeditor.project.errors import CaseError
from vigeditor.project.exporting import check_destination, recording_media, with_notes
from vigeditor.project.model import Clip, Cycle, Still
from vigeditor.project.names import NameFilter, names_rule
from vigeditor.project.reviews import list_items
from vigeditor.project.stills import get_still

Progress = Callable[[float], None]
PACK_CLIP_SIZE = "1080p"  # a family's copy: phone 4K footage is cut down to 1080p
STILL_WEIGHT = 5  # a still costs about what rendering this many clip frames costs
ZIP_SHARE = 0.03  # share of the progress bar the zip takes


@dataclass(frozen=True)
class PackItem:
    """One clip or still of the pack, in review order (``number`` counts from 1)."""

    number: int
    clip: Clip | None
    still: Still | None

    @property
    def weight(self) -> int:
        if self.clip is not None:
            return self.clip.out_frame - self.clip.in_frame + 1
        return STILL_WEIGHT

    def file_name(self, prefix: str) -> str:
        kind = "clip.mp4" if self.clip is not None else "still.jpg"
        return f"{prefix}-{self.number:02d}-{kind}"

    @property
    def caption(self) -> str:
        item = self.clip if self.clip is not None else self.still
        return item.caption.strip() if item is not None else ""


def default_pack_name(case: Case, cycle_number: int) -> str:
    """A folder name for the pack: family code and cycle, no names."""
    return f"{_file_code(get_details(case).family_code)}-cycle{cycle_number}-review"


def export_review_pack(case: Case, cycle_number: int, output_dir: str | Path, *,
                       purpose: str | None = None, professional: str | None = None,
                       names: bool = False, blur: DocumentBlur | None = None,
                       progress: Progress | None = None,
                       cancel: threading.Event | None = None,
                       notes: list[str] | None = None) -> tuple[Path, Path]:
    """Write the review pack of cycle ``cycle_number`` to the folder ``output_dir`` and a .zip
    beside it; returns (folder, zip). Refused, with nothing written, without consent.
    Damaged frames that were replaced are said in the audit entry and appended to
    ``notes`` ("Item 2: Frame 45 was damaged; frame 44 was used."). ``blur``: blur faces
    in every clip and still (items keyed ``("clip", id)``/``("still", id)``; tracking takes
    the first half of ``progress``); the audit entry records how many were blurred."""
    cycle = cycle_by_number(case, int(cycle_number))
    if cycle is None:
        raise CaseError(_("There is no cycle {number} in this case.").format(
            number=cycle_number))
    items = _pack_items(case, cycle)
    folder = Path(output_dir).expanduser()
    archive = folder.with_name(folder.name + ".zip")
    _check_destination(folder, archive)
    check_destination(case, folder, archive)
    purpose = purpose_for("review-pack", purpose)
    basis = require_consent(case, purpose, professional=professional,
                            blurring=blur is not None)
    names_filter = names_rule(case, basis.purpose, names=names)
    faces, progress = prepare_document(case, [_item_key(item) for item in items], blur,
                                       basis, progress, cancel)
    blurred = counts(faces)
    prefix = f"{_file_code(get_details(case).family_code)}-cycle{cycle.number}"
    building = folder.with_name(f".{folder.name}.building-{os.getpid()}")
    archive_temp = archive.with_name(f".{archive.name}.building-{os.getpid()}")
    placed = False
    with audit.audited_export(
            case, what=with_not_shown(_what(cycle, items, [], blurred), basis),
            purpose=basis.purpose,
            destination=f"{folder.resolve()} ; {archive.resolve()}", outputs=[folder, archive],
            temps=[folder.with_name(f".{folder.name}.building-"),
                   archive.with_name(f".{archive.name}.building-")],
            consent_ids=basis.consent_ids, pseudonymised=names_filter.enabled,
            blurred_faces=blurred[0]) as pending:
        try:
            _clear(building)
            building.mkdir()
            damage = _render_items(case, items, building, prefix, progress, cancel, faces)
            (building / "index.html").write_text(
                render_index(items, prefix, cycle, names_filter), encoding="utf-8")
            if cancel is not None and cancel.is_set():
                raise RenderCancelled
            if folder.exists():
                folder.rmdir()  # checked empty above
            os.rename(keep_private(building), folder)
            placed = True
            _write_zip(folder, archive_temp)
            os.replace(keep_private(archive_temp), archive)
            fsync_dir(folder.parent)
            pending.what = with_notes(with_not_shown(_what(cycle, items, [], blurred), basis),
                                      damage)
        except BaseException:
            _clear(building)
            archive_temp.unlink(missing_ok=True)
            if placed:
                _clear(folder)
                archive.unlink(missing_ok=True)
            raise
    if notes is not None:
        notes.extend([*damage, *not_shown_note(basis, sound=True)])
    if progress is not None:
        progress(1.0)
    return folder, archive


def _what(cycle: Cycle, items: list[PackItem], damage: list[str],
          blurred: tuple[int | None, int]) -> str:
    """The audit entry's words, in the guider's language whatever the pack's."""
    with screen_words():
        return with_blur(_describe(cycle, items, damage), *blurred)


def _describe(cycle: Cycle, items: list[PackItem], damage: list[str]) -> str:
    """What the audit entry says about the pack (and any damaged frames replaced)."""
    what = _("review pack of cycle {number} ({clips} clips, {stills} stills)").format(
        number=cycle.number, clips=sum(1 for item in items if item.clip is not None),
        stills=sum(1 for item in items if item.still is not None))
    return with_notes(what, damage)


def render_index(items: list[PackItem], prefix: str, cycle: Cycle,
                 names_filter: NameFilter | None = None) -> str:
    """The pack's ``index.html``: every item in order, self-contained; captions and ``alt``
    texts pass through ``names_filter`` (the export's names rule)."""
    template = Template(resource_path("templates", "review-pack.html").read_text(
        encoding="utf-8"))
    heading = _("Our shared review, cycle {number}").format(number=cycle.number)
    if cycle.review_date:
        heading = _("{heading} ({date})").format(heading=heading,
                                                 date=long_date(cycle.review_date))
    clean = names_filter.clean if names_filter is not None else (lambda text: text or "")
    sections = [_section(item, prefix, len(items), clean(item.caption)) for item in items]
    language = current_language()  # the family's, inside document_language (vigeditor.i18n)
    return template.substitute(
        lang=html.escape(language), title=html.escape(heading), heading=html.escape(heading),
        navigation=html.escape(_("Clips and stills")), previous=html.escape(_("Previous")),
        next=html.escape(_("Next")), slower=html.escape(_("Slow motion")),
        of_text=json.dumps(_("{n} of {total}")).replace("</", "<\\/"),
        items="\n".join(sections))


def _section(item: PackItem, prefix: str, total: int, text: str) -> str:
    name = html.escape(item.file_name(prefix), quote=True)
    caption = html.escape(text)
    number = html.escape(_("{n} of {total}").format(n=item.number, total=total))
    if item.clip is not None:
        media = (f'<video src="{name}" controls playsinline preload="metadata">'
                 f'<a href="{name}">{name}</a></video>')
        slow = ' data-slow="1"' if item.clip.slow_motion else ""
    else:
        alt = html.escape(text or _("Still {n}").format(n=item.number), quote=True)
        media = f'<img src="{name}" alt="{alt}">'
        slow = ""
    figcaption = f"<figcaption>{caption}</figcaption>" if caption else ""
    return (f'<section class="item" id="item-{item.number}"{slow}>\n'
            f'  <div class="number">{number}</div>\n'
            f'  <figure>{media}{figcaption}</figure>\n</section>')


def _pack_items(case: Case, cycle: Cycle) -> list[PackItem]:
    rows = list_items(case, cycle.id)
    if not rows:
        raise CaseError(_("The shared review of cycle {number} has no clips or stills yet, so "
                          "there is nothing to put in a review pack.").format(
                              number=cycle.number))
    return [PackItem(number, get_clip(case, row.clip_id) if row.clip_id is not None else None,
                     get_still(case, row.still_id) if row.still_id is not None else None)
            for number, row in enumerate(rows, start=1)]


def _item_key(item: PackItem) -> tuple[str, int]:
    """The item's key in a :class:`DocumentBlur`: ("clip", id) or ("still", id)."""
    if item.clip is not None:
        return ("clip", item.clip.id)
    assert item.still is not None
    return ("still", item.still.id)


def _render_items(case: Case, items: list[PackItem], folder: Path, prefix: str,
                  progress: Progress | None, cancel: threading.Event | None,
                  faces: DocumentBlurs | None = None) -> list[str]:
    """Render every item into ``folder`` (through its face blurring, if any); returns what
    was said about damaged frames."""
    total = sum(item.weight for item in items)
    done = 0
    damage: list[str] = []

    def report(share: float, weight: int) -> None:
        if progress is not None:
            progress((1 - ZIP_SHARE) * (done + share * weight) / total)

    for item in items:
        if cancel is not None and cancel.is_set():
            raise RenderCancelled
        target = folder / item.file_name(prefix)
        blurring = None if faces is None else faces.filter(*_item_key(item))
        if item.clip is not None:
            clip = item.clip
            source, info, table = recording_media(case, clip.recording_id)
            result = render_clip(source, table, info, clip.in_frame, clip.out_frame, target,
                                 size=PACK_CLIP_SIZE, cancel=cancel,
                                 picture_filter=blurring,
                                 progress=lambda share, weight=item.weight: report(share,
                                                                                   weight))
        elif item.still is not None:
            source, info, table = recording_media(case, item.still.recording_id)
            result = render_still(source, table, info, item.still.frame, target,
                                  picture_filter=blurring)
        else:
            continue
        damage += [_("Item {n}: {note}").format(n=item.number, note=note)
                   for note in result.notes]
        done += item.weight
        report(0.0, 0)
    return damage


def _write_zip(folder: Path, archive: Path) -> None:
    """A zip of ``folder`` (media stored as they are: they are compressed already)."""
    try:
        with zipfile.ZipFile(archive, "w") as bundle:
            for file in sorted(folder.iterdir()):
                packed = zipfile.ZIP_DEFLATED if file.suffix == ".html" else zipfile.ZIP_STORED
                bundle.write(file, f"{folder.name}/{file.name}", compress_type=packed)
        with open(archive, "rb+") as stream:
            os.fsync(stream.fileno())
    except OSError as error:
        raise CaseError(_("The .zip of the review pack could not be written: {reason}.")
                        .format(reason=error.strerror or error)) from error


def _check_destination(folder: Path, archive: Path) -> None:
    if not folder.parent.is_dir():
        raise CaseError(_("The folder {folder} does not exist.").format(folder=folder.parent))
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise CaseError(_("{path} already exists and is not empty. Choose another name for the "
                          "review pack.").format(path=folder))
    if archive.exists():
        raise CaseError(_("{path} already exists. Choose another name for the review pack.")
                        .format(path=archive))


def _clear(path: Path) -> None:
    if path.is_dir():
        shutil.rmtree(path, ignore_errors=True)
    elif path.exists():
        path.unlink(missing_ok=True)


def _file_code(code: str) -> str:
    """The family code made safe for file names on every system."""
    cleaned = re.sub(r"[^A-Za-z0-9_-]+", "-", code).strip("-")
    return cleaned or "family"
