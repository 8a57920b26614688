"""The audit log of exports (DESIGN.md §5): what left the case, when, where to, on what
consent.

An export's entry is written *before* its files (state ``started``, naming the files it will
write and the temporary names it uses beside them) and marked ``done`` once they are in
place, so an export that exists always has an entry. When an export fails, what it wrote is
removed and its entry with it (nothing left the case). When the app dies in between, the
next opening of the case (:mod:`vigeditor.project.leftovers`) removes the temporary files
and marks the entry ``interrupted`` (the export exists) or ``not written``. Entries are
otherwise never undone or edited."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path

from vigeditor.i18n import _
from vigeditor.project import store
from vigeditor.project.model import PURPOSES, ExportRecord
from vigeditor.project.store import OpenCase, now_stamp

STARTED = "started"
DONE = "done"
INTERRUPTED = "interrupted"
NOT_WRITTEN = "not written"


def record_export(case: OpenCase, *, what: str, purpose: str, destination: str,
                  consent_ids: Iterable[int] = (), pseudonymised: bool = False,
                  blurred_faces: int | None = None, encrypted: bool = False) -> ExportRecord:
    """Append an audit entry for an export that has been written. ``blurred_faces``: how
    many faces were blurred (None when blurring was not asked for); ``encrypted``: written
    as an encrypted archive."""
    entry_id = _insert(case, what=what, purpose=purpose, destination=destination,
                       consent_ids=consent_ids, pseudonymised=pseudonymised, state=DONE,
                       pending="", blurred_faces=blurred_faces, encrypted=encrypted)
    return ExportRecord.from_row(store.require(case, "export_audit", entry_id))


def list_exports(case: OpenCase) -> list[ExportRecord]:
    rows = case.rows("SELECT * FROM export_audit ORDER BY exported_at, id")
    return [ExportRecord.from_row(row) for row in rows]


@dataclass
class PendingExport:
    """An export under way: its entry (state ``started``) and what it writes. ``what`` may
    be changed before the export ends (damage notes are known only after rendering), and
    so may ``blurred_faces`` (known once the faces are tracked) and ``encrypted``."""

    entry_id: int
    what: str
    outputs: list[Path]
    temps: list[Path]
    before: dict[str, tuple[int, int, int] | None] = field(default_factory=dict)
    record: ExportRecord | None = None
    blurred_faces: int | None = None
    encrypted: bool = False


@contextmanager
def audited_export(case: OpenCase, *, what: str, purpose: str, destination: str,
                   outputs: Sequence[Path], temps: Sequence[Path] = (),
                   consent_ids: Iterable[int] = (), pseudonymised: bool = False,
                   blurred_faces: int | None = None,
                   encrypted: bool = False) -> Iterator[PendingExport]:
    """Write the entry (``started``), run the block that writes ``outputs``, mark the entry
    ``done``. If the block (or the marking) fails, the outputs it wrote, the ``temps`` and
    the entry are removed. ``temps`` are path prefixes: any file or folder beside them whose
    name starts with theirs is a temporary of this export."""
    outputs = [Path(path).absolute() for path in outputs]
    temps = [Path(path).absolute() for path in temps]
    pending_json = json.dumps({"outputs": [str(path) for path in outputs],
                               "temps": [str(path) for path in temps]})
    entry_id = _insert(case, what=what, purpose=purpose, destination=destination,
                       consent_ids=consent_ids, pseudonymised=pseudonymised, state=STARTED,
                       pending=pending_json, blurred_faces=blurred_faces, encrypted=encrypted)
    pending = PendingExport(entry_id, what, outputs, temps,
                            {str(path): _signature(path) for path in outputs},
                            blurred_faces=blurred_faces, encrypted=encrypted)
    try:
        yield pending
        description = store.text(pending.what, _("description of the export"), required=True)
        with case.operation(_("Record export"), undoable=False) as db:
            db.execute("UPDATE export_audit SET state = ?, what = ?, pending = '', "
                       "blurred_faces = ?, encrypted = ? WHERE id = ?",
                       [DONE, description, pending.blurred_faces, int(pending.encrypted),
                        entry_id])
        pending.record = ExportRecord.from_row(store.require(case, "export_audit", entry_id))
    except BaseException:
        for path in outputs:
            if _signature(path) != pending.before[str(path)]:
                remove_path(path)  # written (or replaced) by this export
        for prefix in temps:
            remove_temporaries(prefix)
        with suppress(Exception), case.operation(_("Record export"), undoable=False) as db:
            db.execute("DELETE FROM export_audit WHERE id = ? AND state = ?",
                       [entry_id, STARTED])
        raise


def unfinished(case: OpenCase) -> list[ExportRecord]:
    rows = case.rows("SELECT * FROM export_audit WHERE state = ? ORDER BY id", [STARTED])
    return [ExportRecord.from_row(row) for row in rows]


def pending_paths(case: OpenCase, entry_id: int) -> tuple[list[Path], list[Path]]:
    """(outputs, temporary prefixes) an unfinished export named in its entry."""
    row = store.require(case, "export_audit", entry_id)
    try:
        pending = json.loads(row.get("pending") or "{}")
    except ValueError:
        pending = {}
    return ([Path(path) for path in pending.get("outputs", [])],
            [Path(path) for path in pending.get("temps", [])])


def set_state(case: OpenCase, entry_id: int, state: str) -> None:
    with case.operation(_("Record export"), undoable=False) as db:
        db.execute("UPDATE export_audit SET state = ?, pending = '' WHERE id = ?",
                   [state, entry_id])


def remove_temporaries(prefix: Path) -> list[Path]:
    """Remove the files and folders beside ``prefix`` whose names start with its name."""
    removed: list[Path] = []
    folder = prefix.parent
    if not prefix.name or not folder.is_dir():
        return removed
    with suppress(OSError):
        for entry in folder.iterdir():
            if entry.name.startswith(prefix.name):
                remove_path(entry)
                removed.append(entry)
    return removed


def remove_path(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        with suppress(OSError):
            path.unlink(missing_ok=True)


def _signature(path: Path) -> tuple[int, int, int] | None:
    try:
        stat = os.stat(path)
    except OSError:
        return None
    return (stat.st_ino, stat.st_size, stat.st_mtime_ns)


def _insert(case: OpenCase, *, what: str, purpose: str, destination: str,
            consent_ids: Iterable[int], pseudonymised: bool, state: str, pending: str,
            blurred_faces: int | None = None, encrypted: bool = False) -> int:
    consents = sorted({int(consent_id) for consent_id in consent_ids})
    for consent_id in consents:
        store.require(case, "consents", consent_id)
    values = {"exported_at": now_stamp(),
              "what": store.text(what, _("description of the export"), required=True),
              "purpose": store.choice(purpose, _("purpose"), PURPOSES),
              "destination": store.text(destination, _("destination"), required=True),
              "consent_ids": json.dumps(consents), "pseudonymised": int(pseudonymised),
              "state": state, "pending": pending,
              "blurred_faces": None if blurred_faces is None else int(blurred_faces),
              "encrypted": int(encrypted)}
    with case.operation(_("Record export"), undoable=False) as db:
        return int(store.insert(db, "export_audit", values))
