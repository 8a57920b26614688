"""What a crash left half-done, found and settled when a case is opened (DESIGN.md §3
"Nothing lost"): exports whose audit entry is still ``started`` and imports that were being
put into ``media/``.

- An unfinished export: its temporary files beside the destination are removed; its entry
  becomes ``interrupted`` when its files are in place (the export exists and stays
  recorded) or ``not written`` when none is.
- An unfinished import: the copy in ``media/`` that no recording refers to is removed (its
  intent marker, written before the copy was renamed into place, names it).
- An unfinished atomic write (a frame table saved to ``cache/``, say): its temporary file.
- The plain build folder of an encrypted pack (``cache/.export-build-*``, see
  :mod:`vigeditor.project.documents.encrypted`): removed, whatever its entry says.

:func:`vigeditor.project.settling.settle_workspace` does the same at app start for every
case of the workspace that is not open elsewhere.
"""

from __future__ import annotations

import json
import logging
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from vigeditor.project import audit
from vigeditor.project.store import OpenCase

_log = logging.getLogger("vigeditor.project")
IMPORT_MARKER_PREFIX = ".importing-"
ATOMIC_PREFIX = ".vig-"  # vigeditor.atomic.write_atomically's default prefix
IMPORT_MARKER_SUFFIX = ".intent"
BUILD_PREFIX = ".export-build-"  # plain build folders of encrypted packs, in cache/


@dataclass
class Reconciled:
    """What :func:`reconcile` did."""

    interrupted: list[int] = field(default_factory=list)
    not_written: list[int] = field(default_factory=list)
    removed: list[Path] = field(default_factory=list)


def reconcile(case: OpenCase) -> Reconciled:
    """Settle unfinished exports and imports of ``case`` (called by :meth:`Case.open`)."""
    done = Reconciled()
    for entry in audit.unfinished(case):
        outputs, temps = audit.pending_paths(case, entry.id)
        for prefix in temps:
            for path in audit.remove_temporaries(prefix):
                _log.info("removing temporary file of an interrupted export: %s", path)
                done.removed.append(path)
        if any(path.exists() for path in outputs):
            audit.set_state(case, entry.id, audit.INTERRUPTED)
            done.interrupted.append(entry.id)
        else:
            audit.set_state(case, entry.id, audit.NOT_WRITTEN)
            done.not_written.append(entry.id)
    done.removed.extend(_unfinished_imports(case))
    done.removed.extend(_unfinished_writes(case))
    done.removed.extend(sweep_builds(case.folder))
    return done


def sweep_builds(case_folder: Path) -> list[Path]:
    """Remove every plain build folder of an encrypted pack left in the case's ``cache/``.
    Call only while the case is locked (no export of it can be under way then)."""
    removed: list[Path] = []
    cache = case_folder / "cache"
    for path in sorted(cache.glob(f"{BUILD_PREFIX}*")) if cache.is_dir() else []:
        _log.info("removing the plain build folder of an interrupted export: %s", path)
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)
        removed.append(path)
    return removed


def _unfinished_writes(case: OpenCase) -> list[Path]:
    """Temporary files of atomic writes a kill stopped between writing and renaming (frame
    tables, pictures, settings: :func:`vigeditor.atomic.write_atomically`'s ``.vig-*.tmp``),
    anywhere in the case folder; the case is locked, so nothing else is writing them."""
    removed = []
    for path in case.folder.rglob(f"{ATOMIC_PREFIX}*.tmp"):
        if path.is_file():
            _log.info("removing the temporary file of an unfinished write: %s", path)
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed


def import_marker(case: OpenCase, final: Path) -> Path:
    """The marker that says ``final`` (in ``media/``) is being imported."""
    return case.media_dir / f"{IMPORT_MARKER_PREFIX}{final.name}{IMPORT_MARKER_SUFFIX}"


def write_import_marker(case: OpenCase, temp: Path, final: Path) -> Path:
    marker = import_marker(case, final)
    marker.write_text(json.dumps({"temp": temp.name, "final": final.name}), encoding="utf-8")
    return marker


def _unfinished_imports(case: OpenCase) -> list[Path]:
    removed: list[Path] = []
    used = {Path(row["file"]).name for row in case.rows("SELECT file FROM recordings")}
    for marker in case.media_dir.glob(f"{IMPORT_MARKER_PREFIX}*{IMPORT_MARKER_SUFFIX}"):
        try:
            names = json.loads(marker.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            names = {}
        for key in ("temp", "final"):
            name = Path(str(names.get(key) or "")).name
            if not name or name in used:
                continue
            path = case.media_dir / name
            if path.is_file():
                _log.info("removing the copy of an import that never finished: %s", path)
                path.unlink(missing_ok=True)
                removed.append(path)
        marker.unlink(missing_ok=True)
    return removed
