"""The workspace: the folder where the guider's cases live, and what is in it.

Default: ``<Documents>/vigeditor``; the ``workspace`` setting or ``VIGEDITOR_WORKSPACE``
overrides it. Listing reads each case file read-only, so it works while a case is open.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from vigeditor.i18n import _
from vigeditor.project.case import SUFFIX
from vigeditor.project.db import DB_NAME
from vigeditor.project.errors import CaseError
from vigeditor.project.lock import CaseLock
from vigeditor.project.settings import Settings, load_settings


@dataclass(frozen=True)
class CaseSummary:
    """One case in the workspace; ``problem`` says why its details could not be read."""

    folder: Path
    family_code: str | None
    guider: str | None
    end_of_involvement: str | None
    modified: float
    problem: str | None = None


def default_workspace(settings: Settings | None = None) -> Path:
    override = os.environ.get("VIGEDITOR_WORKSPACE")
    if override:
        return Path(override)
    chosen = (settings or load_settings()).workspace
    if chosen:
        return Path(chosen)
    from platformdirs import user_documents_dir

    return Path(user_documents_dir()) / "vigeditor"


def list_cases(folder: Path | None = None) -> list[CaseSummary]:
    """The cases in the workspace, most recently changed first."""
    root = folder or default_workspace()
    if not root.is_dir():
        return []
    found = [_summary(path) for path in root.iterdir()
             if path.is_dir() and path.suffix == SUFFIX and not path.name.startswith(".")]
    return sorted(found, key=lambda summary: summary.modified, reverse=True)


def _summary(folder: Path) -> CaseSummary:
    database = folder / DB_NAME
    modified = max((p.stat().st_mtime for p in folder.glob(f"{DB_NAME}*")), default=0.0)
    try:
        connection = sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True, timeout=2.0)
        try:
            row = connection.execute("SELECT family_code, guider, end_of_involvement FROM "
                                     "case_info WHERE id = 1").fetchone()
        finally:
            connection.close()
    except sqlite3.Error:
        return CaseSummary(folder, None, None, None, modified,
                           _("The case file cannot be read."))
    if row is None:
        return CaseSummary(folder, None, None, None, modified, _("The case has no details."))
    return CaseSummary(folder, row[0], row[1], row[2], modified)


def retention_due(cases: list[CaseSummary], months: int, today: date | None = None
                  ) -> list[CaseSummary]:
    """Cases whose end of involvement is more than ``months`` months ago (DESIGN.md §5)."""
    day = today or date.today()
    due = []
    for summary in cases:
        if not summary.end_of_involvement:
            continue
        ended = date.fromisoformat(summary.end_of_involvement)
        month = ended.month - 1 + months
        year, month = ended.year + month // 12, month % 12 + 1
        limit = _clamped(year, month, ended.day)
        if day > limit:
            due.append(summary)
    return due


def _clamped(year: int, month: int, day: int) -> date:
    while True:
        try:
            return date(year, month, day)
        except ValueError:
            day -= 1


def delete_case(folder: Path) -> None:
    """Delete a case folder completely; refused while the case is open anywhere."""
    if not (folder / DB_NAME).is_file() or folder.suffix != SUFFIX:
        raise CaseError(_("{path} is not a vigeditor case; nothing was deleted.").format(
            path=folder))
    lock = CaseLock(folder)
    lock.acquire()
    try:
        doomed = folder.with_name(f".{folder.name}.deleting")
        os.rename(folder, doomed)
    finally:
        lock.release()
    shutil.rmtree(doomed)
