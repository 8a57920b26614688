"""The supervision pack of one cycle (issue 6, item 4): pseudonymised clips and a summary.

The pack is a folder (and a .zip of it) holding the cycle's clips from the interaction film
and from the shared review film, rendered frame-exact and clean of metadata, and a PDF
summary: the cycle and its dates, the helping questions and their ratings, moments counted by
principle, the clips with their captions, the guider's reflections (cycle and review notes,
what the parent noticed, working points, notes of supervision sessions that took clips of
this cycle) and the guider's latest skills self-ratings.

Pseudonymised (DESIGN.md §5): the family code stands in for the family; names typed into
captions and notes are replaced by role words ("the child", "the parent"); file names carry
only the family code, the cycle and a number; original file names are left out.

Encrypted (issue 14, item 2; :mod:`.encrypted`): only ``OUT.7z`` is written at the
destination, an AES-256 7-Zip archive (headers encrypted too) holding ``OUT/…``; the plain
files are built inside the case folder and removed afterwards.

Layout of the folder ``OUT`` (and ``OUT.zip``)::

    OUT/<code>-cycle<N>-summary.pdf
    OUT/clips/<code>-cycle<N>-interaction-01.mp4, …-review-01.mp4, …
"""

from __future__ import annotations

import os
import re
import shutil
import threading
import zipfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from vigeditor.atomic import keep_private
from vigeditor.i18n import _
from vigeditor.media.render import render_clip
from vigeditor.project import audit, cycles, details
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
from vigeditor.project.consent_check import ConsentBasis, purpose_for, require_consent
from vigeditor.project.documents import encrypted
from vigeditor.project.documents.pdf import check_stop
from vigeditor.project.documents.supervision_summary import (
    PackClip,
    cycle_clips,
    write_summary,
)
from vigeditor.project.errors import CaseError
from vigeditor.project.exporting import check_destination, recording_media, with_notes
from vigeditor.project.model import Clip, Cycle, ExportRecord, Recording
from vigeditor.project.names import names_rule

Progress = Callable[[float], None]


@dataclass(frozen=True)
class SupervisionPack:
    """A written pack. ``notes`` says, in plain words, which damaged frames were replaced by
    the nearest good one ("Clip 3: Frame 45 was damaged; frame 44 was used."). When
    ``encrypted``, only ``zip_path`` (``OUT.7z``) exists; ``folder``, ``summary`` and the
    clips' files name the pack's places inside the archive."""

    folder: Path
    zip_path: Path
    summary: Path
    clips: tuple[PackClip, ...]
    record: ExportRecord
    notes: tuple[str, ...] = ()
    encrypted: bool = False

    @property
    def written(self) -> Path:
        """What the destination received: the archive when encrypted, else the folder."""
        return self.zip_path if self.encrypted else self.folder


@dataclass(frozen=True)
class _Plan:
    """Where a pack is built and written, and what its files are called."""

    cycle: Cycle
    folder: Path
    archive: Path
    building: Path
    stem: str
    code: str
    basis: ConsentBasis
    passphrase: str | None

    @property
    def written(self) -> Path:
        """What the destination receives: the archive when encrypted, else the folder."""
        return self.archive if self.passphrase else self.folder

    @property
    def outputs(self) -> list[Path]:
        return [self.archive] if self.passphrase else [self.folder, self.archive]

    def temps(self, case: Case) -> list[Path]:
        archive_temp = encrypted.archive_temp_prefix(self.archive)
        if self.passphrase:
            return [encrypted.build_prefix(case.folder, self.folder.name), archive_temp]
        return [self.folder.with_name(f".{self.folder.name}.part-"), archive_temp]


def safe_code(code: str) -> str:
    """The family code as a file-name part."""
    return re.sub(r"[^\w.-]+", "-", code).strip("-.") or "case"


def pack_paths(output: str | Path, *, suffix: str = ".zip") -> tuple[Path, Path]:
    """(folder, archive) for an output named ``OUT`` or ``OUT<suffix>`` (``.zip``, or
    ``.7z`` for an encrypted pack)."""
    target = Path(output).expanduser().absolute()  # the audit names where it went in full
    if target.suffix.lower() == suffix:
        return target.with_suffix(""), target
    return target, target.with_name(target.name + suffix)


def export_supervision_pack(case: Case, cycle_number: int, output: str | Path, *,
                            purpose: str | None = None, professional: str | None = None,
                            size: str = "original", passphrase: str | None = None,
                            blur: DocumentBlur | None = None,
                            progress: Progress | None = None,
                            cancel: threading.Event | None = None) -> SupervisionPack:
    """Write the pseudonymised supervision pack of cycle ``cycle_number``: the folder
    ``OUT`` and ``OUT.zip``, or, with a ``passphrase`` (at least
    :data:`encrypted.MIN_PASSPHRASE` characters; never stored), only the encrypted
    ``OUT.7z``. Refused (CaseError, nothing written) without consent, on an unknown cycle,
    a taken name or a short passphrase; RenderCancelled when ``cancel`` is set.
    ``blur``: blur faces in every clip (keyed ``("clip", id)``; tracking takes the first
    half of ``progress``); the audit entry records how many were blurred."""
    plan = _plan(case, cycle_number, output, purpose, professional, passphrase,
                 blurring=blur is not None)
    chosen = cycle_clips(case, plan.cycle)
    what = _("Supervision pack, cycle {number} ({count} clips and a summary)").format(
        number=plan.cycle.number, count=len(chosen))
    faces, progress = prepare_document(case, [("clip", clip.id) for _rec, clip in chosen],
                                       blur, plan.basis, progress, cancel)
    what = with_not_shown(with_blur(what, *counts(faces)), plan.basis)
    with audit.audited_export(
            case, what=what, purpose=plan.basis.purpose, destination=str(plan.written),
            outputs=plan.outputs, temps=plan.temps(case),
            consent_ids=plan.basis.consent_ids, pseudonymised=True,
            encrypted=bool(plan.passphrase), blurred_faces=counts(faces)[0]) as pending:
        try:
            written, damage = _build(case, plan, chosen, progress, cancel, faces)
            _deliver(plan, progress, cancel)
        finally:
            shutil.rmtree(plan.building, ignore_errors=True)
        pending.what = with_notes(what, damage)
    record = pending.record
    assert record is not None
    if progress:
        progress(1.0)
    packed = tuple(PackClip(item.clip_id, item.kind, item.in_frame, item.out_frame,
                            plan.folder / "clips" / item.file.name) for item in written)
    return SupervisionPack(plan.folder, plan.archive, plan.folder / f"{plan.stem}-summary.pdf",
                           packed, record, (*damage, *not_shown_note(plan.basis, sound=True)),
                           encrypted=bool(plan.passphrase))


def _plan(case: Case, cycle_number: int, output: str | Path, purpose: str | None,
          professional: str | None, passphrase: str | None, *, blurring: bool = False
          ) -> _Plan:
    """Check everything that can refuse the export, before anything is written."""
    cycle = cycles.cycle_by_number(case, int(cycle_number))
    if cycle is None:
        raise CaseError(_("There is no cycle {number} in this case.").format(
            number=cycle_number))
    if passphrase is not None:
        encrypted.check_passphrase(passphrase)
    suffix = encrypted.ARCHIVE_SUFFIX if passphrase is not None else ".zip"
    folder, archive = pack_paths(output, suffix=suffix)
    if not folder.parent.is_dir():
        raise CaseError(_("The folder {path} does not exist.").format(path=folder.parent))
    taken = archive if passphrase is not None else folder
    if taken.exists():
        raise CaseError(_("{path} already exists. Choose another name for the supervision "
                          "pack.").format(path=taken))
    check_destination(case, folder, archive)
    basis = require_consent(case, purpose_for("supervision", purpose),
                            professional=professional, blurring=blurring)
    code = details.get_details(case).family_code
    building = (encrypted.build_prefix(case.folder, folder.name) if passphrase is not None
                else folder.with_name(f".{folder.name}.part-"))
    return _Plan(cycle, folder, archive, building.with_name(f"{building.name}{os.getpid()}"),
                 f"{safe_code(code)}-cycle{cycle.number}", code, basis, passphrase)


def _build(case: Case, plan: _Plan, chosen: list[tuple[Recording, Clip]],
           progress: Progress | None, cancel: threading.Event | None,
           faces: DocumentBlurs | None = None) -> tuple[list[PackClip], list[str]]:
    """Render the clips (faces blurred by ``faces``) and write the summary into
    ``plan.building``."""
    shutil.rmtree(plan.building, ignore_errors=True)
    try:
        (plan.building / "clips").mkdir(parents=True)
        written, damage = _render(case, chosen, plan.building, plan.stem, progress, cancel,
                                  faces)
        check_stop(cancel)
        write_summary(case, plan.cycle, plan.code, written,
                      names_rule(case, plan.basis.purpose),
                      plan.building / f"{plan.stem}-summary.pdf")
    except OSError as error:
        raise CaseError(_("The supervision pack could not be written in {path}: "
                          "{reason}.").format(path=plan.building.parent,
                                              reason=error.strerror or error)) from error
    return written, damage


def _deliver(plan: _Plan, progress: Progress | None,
             cancel: threading.Event | None) -> None:
    """Put the built pack at the destination: encrypted into ``OUT.7z``, or renamed into
    the folder ``OUT`` and zipped into ``OUT.zip``."""
    if plan.passphrase:
        def report(share: float) -> None:
            if progress:
                progress(0.95 + 0.05 * share)

        encrypted.write_archive(plan.building, plan.folder.name, plan.archive,
                                plan.passphrase, progress=report, cancel=cancel)
        return
    try:
        os.rename(keep_private(plan.building), plan.folder)
    except OSError as error:
        raise CaseError(_("The supervision pack could not be written in {path}: "
                          "{reason}.").format(path=plan.folder.parent,
                                              reason=error.strerror or error)) from error
    fsync_dir(plan.folder.parent)
    _zip(plan.folder, plan.archive)  # when it fails, the folder is removed too


def _render(case: Case, chosen: list[tuple[Recording, Clip]], building: Path, stem: str,
            progress: Progress | None, cancel: threading.Event | None,
            faces: DocumentBlurs | None = None) -> tuple[list[PackClip], list[str]]:
    """Render the clips (faces blurred by ``faces``); returns them and what was said
    about damaged frames."""
    counts: Counter[str] = Counter()
    total = sum(clip.out_frame - clip.in_frame + 1 for _recording, clip in chosen) or 1
    done = 0
    written = []
    damage: list[str] = []
    for recording, clip in chosen:
        check_stop(cancel)
        counts[recording.kind] += 1
        target = building / "clips" / f"{stem}-{recording.kind}-{counts[recording.kind]:02d}.mp4"
        source, media_info, table = recording_media(case, recording.id)
        frames = clip.out_frame - clip.in_frame + 1

        def report(share: float, before: int = done, frames: int = frames) -> None:
            if progress:
                progress(0.95 * (before + share * frames) / total)

        result = render_clip(source, table, media_info, clip.in_frame, clip.out_frame, target,
                             progress=report, cancel=cancel,
                             picture_filter=None if faces is None else faces.filter(
                                 "clip", clip.id))
        damage += [_("Clip {id}: {note}").format(id=clip.id, note=note)
                   for note in result.notes]
        done += frames
        written.append(PackClip(clip.id, recording.kind, clip.in_frame, clip.out_frame,
                                target))
    return written, damage


def _zip(folder: Path, zip_path: Path) -> None:
    temp = zip_path.with_name(f".{zip_path.name}.part-{os.getpid()}")
    try:
        with zipfile.ZipFile(temp, "w") as archive:
            for path in sorted(folder.rglob("*")):
                if path.is_file():
                    method = zipfile.ZIP_STORED if path.suffix == ".mp4" else \
                        zipfile.ZIP_DEFLATED
                    archive.write(path, f"{folder.name}/{path.relative_to(folder).as_posix()}",
                                  compress_type=method)
        with open(temp, "rb+") as stream:
            os.fsync(stream.fileno())
        os.replace(keep_private(temp), zip_path)
    except OSError as error:
        temp.unlink(missing_ok=True)
        raise CaseError(_("The .zip of the supervision pack could not be made, so the pack "
                          "was not kept: {reason}.").format(
            reason=error.strerror or error)) from error


