"""Settling what a crash left half-done in every case of the workspace, at app start (issue
14, item 6; DESIGN.md §3 "Nothing lost").

Opening a case settles its own leftovers (:mod:`vigeditor.project.leftovers`), but a case
the guider does not open again would keep, until then, the plain build folder of an
encrypted pack and the temporary files of an export beside its destination. At start the
app therefore looks at each case of the workspace: one with something to settle (an export
entry still ``started``, a build folder, an import marker) is opened — which settles it —
and closed at once; a case open in another window or program is skipped (it settles its
own when it is next opened), and no case is left locked.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from vigeditor.project import audit
from vigeditor.project.case import Case
from vigeditor.project.db import DB_NAME
from vigeditor.project.errors import CaseError, CaseLockedError
from vigeditor.project.leftovers import BUILD_PREFIX, IMPORT_MARKER_PREFIX
from vigeditor.project.workspace import list_cases

_log = logging.getLogger("vigeditor.project")


@dataclass
class Settled:
    """One case settled at start: the export entries that were still ``started`` (now
    ``interrupted`` or ``not written``) and the plain build folders that were removed."""

    folder: Path
    entries: list[int] = field(default_factory=list)
    builds: list[Path] = field(default_factory=list)


def settle_workspace(workspace: Path | None = None) -> list[Settled]:
    """Settle the unfinished exports and imports of every case in ``workspace`` (default:
    the app's workspace) that needs it and is not open elsewhere. Never raises for one case
    (a case that cannot be opened is left as it is and logged)."""
    settled = []
    for summary in list_cases(workspace):
        entries = _started_entries(summary.folder)
        builds = sorted((summary.folder / "cache").glob(f"{BUILD_PREFIX}*"))
        markers = list((summary.folder / "media").glob(f"{IMPORT_MARKER_PREFIX}*"))
        if not (entries or builds or markers):
            continue
        try:
            with Case.open(summary.folder) as case:  # opening settles it
                left = {record.id for record in audit.unfinished(case)}
        except CaseLockedError:
            continue  # open in another window or program: it settles its own
        except (CaseError, OSError, sqlite3.Error) as error:
            _log.warning("could not settle the leftovers of %s: %s", summary.folder, error)
            continue
        settled.append(Settled(summary.folder, [entry for entry in entries
                                                if entry not in left],
                               [path for path in builds if not path.exists()]))
    return settled


def _started_entries(folder: Path) -> list[int]:
    """The ids of the case's export entries still ``started`` (read only, no lock); an
    unreadable case file counts as nothing to settle (opening it says what is wrong)."""
    database = folder / DB_NAME
    if not database.is_file():
        return []
    try:
        connection = sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True, timeout=2.0)
        try:
            rows = connection.execute("SELECT id FROM export_audit WHERE state = ?",
                                      [audit.STARTED]).fetchall()
        finally:
            connection.close()
    except sqlite3.Error:
        return []
    return [int(row[0]) for row in rows]
