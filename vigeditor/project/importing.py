"""Bringing a recording into a case: copied and verified, or linked in place.

A copy is written to a temporary name in ``media/`` while its SHA-256 is computed, flushed
to disk, read back and checked against that hash, and only then renamed and recorded. The
file is probed and indexed (in a child process, by the media engine) before the case
refers to it, so an unreadable file is refused and the case stays as it was. A file whose
hash is already in the case is recognised and not imported twice.
"""

from __future__ import annotations

import errno
import hashlib
import json
import logging
import os
import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from vigeditor.i18n import _
from vigeditor.media.errors import MediaError
from vigeditor.media.frame_table import FrameTable
from vigeditor.media.info import MediaInfo
from vigeditor.media.probe import DEFAULT_TIMEOUT, open_recording
from vigeditor.project import store
from vigeditor.project.case import TEMP_SUFFIX, Case, fsync_dir
from vigeditor.project.cycles import cycle_by_number, cycle_values, insert_cycle
from vigeditor.project.errors import CaseError, ImportCancelled
from vigeditor.project.leftovers import write_import_marker
from vigeditor.project.model import RECORDING_KINDS, Recording
from vigeditor.project.recordings import find_by_hash, get_recording
from vigeditor.project.store import now_stamp

CHUNK = 1 << 20
Progress = Callable[[int, int], object]
Cancel = threading.Event | Callable[[], bool] | None
_DISK_FULL = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}
_log = logging.getLogger("vigeditor.project")


@dataclass(frozen=True)
class Imported:
    """The recording in the case; ``already_there`` when the same file was imported before."""

    recording: Recording
    already_there: bool = False


@dataclass(frozen=True)
class _Job:
    source: Path
    size: int
    progress: Progress | None
    cancel: Cancel

    def report(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress(done, total)

    def check_cancel(self) -> None:
        stop = self.cancel.is_set() if isinstance(self.cancel, threading.Event) else \
            bool(self.cancel and self.cancel())
        if stop:
            raise ImportCancelled(_("The import of {name} was stopped. The case is "
                                    "unchanged.").format(name=self.source.name))


def import_recording(case: Case, source: str | os.PathLike[str], *, kind: str = "interaction",
                     cycle: int | None = None, link: bool = False, title: str = "",
                     progress: Progress | None = None, cancel: Cancel = None,
                     timeout: float = DEFAULT_TIMEOUT) -> Imported:
    """Import ``source`` into the case (copy by default, or ``link`` to it in place).

    ``cycle`` is a cycle number (made if the case has no such cycle yet); ``progress`` is
    called with (bytes done, bytes in all); ``cancel`` (an Event or a callable) stops it.
    """
    path = Path(source).expanduser()
    if not path.is_file():
        raise CaseError(_("{path} is not a file that can be imported.").format(path=path))
    fields = {"kind": store.choice(kind, _("kind of recording"), RECORDING_KINDS),
              "title": store.text(title, _("title"), limit=200), "cycle": cycle}
    if cycle is not None and cycle_by_number(case, cycle) is None:
        cycle_values(case, cycle)
    job = _Job(path, path.stat().st_size, progress, cancel)
    if link:
        return _link(case, job, fields, timeout)
    return _copy_in(case, job, fields, timeout)


def _link(case: Case, job: _Job, fields: dict[str, Any], timeout: float) -> Imported:
    digest = _hash_file(job, offset=0, total=job.size)
    existing = find_by_hash(case, digest)
    if existing is not None:
        return Imported(existing, True)
    info, _table = _probe(case, job, job.source, timeout)
    target = job.source.resolve()
    recording_id = _record(case, fields, target.as_posix(), True, job, digest, info)
    return Imported(get_recording(case, recording_id))


def _copy_in(case: Case, job: _Job, fields: dict[str, Any], timeout: float) -> Imported:
    if case.rows("SELECT 1 FROM recordings WHERE size_bytes = ? LIMIT 1", [job.size]):
        existing = find_by_hash(case, _hash_file(job, offset=0, total=job.size))
        if existing is not None:
            return Imported(existing, True)
    _probe(case, job, job.source, timeout)  # refuse an unreadable file before copying it
    temp = case.media_dir / f".importing-{secrets.token_hex(8)}{TEMP_SUFFIX}"
    final: Path | None = None
    marker: Path | None = None
    try:
        digest = _copy(job, temp)
        existing = find_by_hash(case, digest)
        if existing is not None:
            return Imported(existing, True)
        if _hash_file(job, offset=job.size, total=2 * job.size, path=temp) != digest:
            raise CaseError(_("The copy of {name} does not match the original (the disk may "
                              "be failing). Nothing was imported.").format(name=job.source.name))
        final = _free_name(case.media_dir, job.source.name)
        # the intent first: a crash from here on leaves a copy no recording refers to,
        # which the next opening of the case removes (vigeditor.project.leftovers)
        marker = write_import_marker(case, temp, final)
        fsync_dir(case.media_dir)
        os.rename(temp, final)
        fsync_dir(case.media_dir)
        info, _table = _probe(case, job, final, timeout)
        recording_id = _record(case, fields, f"media/{final.name}", False, job, digest, info)
        final = None  # committed: the case refers to the file now
        return Imported(get_recording(case, recording_id))
    finally:
        temp.unlink(missing_ok=True)
        if final is not None:
            final.unlink(missing_ok=True)
        if marker is not None:
            marker.unlink(missing_ok=True)


def _probe(case: Case, job: _Job, path: Path, timeout: float) -> tuple[MediaInfo, FrameTable]:
    """Probe and index ``path``. Where the file's timestamps are in doubt its frame table is
    built by decoding every frame, which is reported as progress and can be cancelled."""
    def stop() -> bool:
        try:
            job.check_cancel()
        except ImportCancelled:
            return True
        return False

    try:
        return open_recording(path, timeout=timeout, cache_dir=case.frame_table_dir,
                              progress=lambda share: job.report(int(share * job.size), job.size),
                              should_stop=stop)
    except MediaError:
        job.check_cancel()  # a stop asked for by the guider is a cancel, not a bad file
        raise


def _record(case: Case, fields: dict[str, Any], file: str, linked: bool, job: _Job,
            digest: str, info: MediaInfo) -> int:
    values = {"kind": fields["kind"], "title": fields["title"], "file": file,
              "linked": int(linked), "original_name": job.source.name, "sha256": digest,
              "size_bytes": job.size, "frames": info.frames, "duration": info.duration,
              "media_info": json.dumps({**info.to_json(), "path": file}),
              "imported_at": now_stamp()}
    number = fields["cycle"]
    label = _("Import {name}").format(name=job.source.name)
    with case.operation(label) as db:
        cycle = cycle_by_number(case, number) if number is not None else None
        if number is not None and cycle is None:
            values["cycle_id"] = insert_cycle(db, cycle_values(case, number))
        elif cycle is not None:
            values["cycle_id"] = cycle.id
        return store.insert(db, "recordings", values)


def _copy(job: _Job, temp: Path) -> str:
    """Copy the source to ``temp`` (flushed to disk); returns the SHA-256 of what was read."""
    digest = hashlib.sha256()
    done = 0
    try:
        with job.source.open("rb") as reader, temp.open("xb") as writer:
            while chunk := reader.read(CHUNK):
                job.check_cancel()
                writer.write(chunk)
                digest.update(chunk)
                done += len(chunk)
                job.report(done, 2 * job.size)
            writer.flush()
            os.fsync(writer.fileno())
    except OSError as error:
        raise _copy_error(job.source, error) from error
    if done != job.size:
        raise CaseError(_("{name} changed while it was being imported. Nothing was imported; "
                          "try again.").format(name=job.source.name))
    return digest.hexdigest()


def _hash_file(job: _Job, *, offset: int, total: int, path: Path | None = None) -> str:
    digest = hashlib.sha256()
    done = offset
    try:
        with (path or job.source).open("rb") as reader:
            done = _hash_stream(reader, digest, job, done, total)
    except OSError as error:
        raise CaseError(_("{name} could not be read: {reason}.").format(
            name=job.source.name, reason=error.strerror or error)) from error
    return digest.hexdigest()


def _hash_stream(reader: BinaryIO, digest: Any, job: _Job, done: int, total: int) -> int:
    while chunk := reader.read(CHUNK):
        job.check_cancel()
        digest.update(chunk)
        done += len(chunk)
        job.report(done, total)
    return done


def _copy_error(source: Path, error: OSError) -> CaseError:
    if error.errno in _DISK_FULL:
        return CaseError(_("There is not enough room on the disk to import {name}. Free some "
                           "space and try again. The case is unchanged.").format(name=source.name))
    _log.error("copying %s failed: %s", source, error)
    return CaseError(_("{name} could not be copied into the case: {reason}. The case is "
                       "unchanged.").format(name=source.name, reason=error.strerror or error))


def _free_name(folder: Path, name: str) -> Path:
    """``name`` in ``folder``, numbered if a file of that name is there already."""
    clean = "".join(c if c.isprintable() and c not in '<>:"|?*' else "_" for c in name)
    stem, suffix = os.path.splitext(clean.lstrip(".") or "recording")
    candidate = folder / f"{stem}{suffix}"
    number = 2
    while candidate.exists():
        candidate = folder / f"{stem} ({number}){suffix}"
        number += 1
    return candidate

