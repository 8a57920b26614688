"""Opening ``case.sqlite``: WAL, foreign keys, an integrity check and forward migrations."""

from __future__ import annotations

import errno
import logging
import os
import sqlite3
from pathlib import Path

from sqlite_utils import Database

from vigeditor.errors import explain_os_error, nearest_folder, write_problem
from vigeditor.i18n import _
from vigeditor.project.errors import CaseError
from vigeditor.project.schema import MIGRATIONS, Migration

DB_NAME = "case.sqlite"
_log = logging.getLogger("vigeditor.project")


def connect(path: Path, *, migrations: list[Migration] | None = None) -> Database:
    """Open (creating if absent) a case database, checked and migrated to the latest schema.

    ``migrations`` is for tests that build a database of an earlier version.
    """
    steps = MIGRATIONS if migrations is None else migrations
    try:
        # shared between threads by Case, which lets one thread at a time use it
        connection = sqlite3.connect(str(path), timeout=10.0, check_same_thread=False)
        db = Database(connection, execute_plugins=False)
    except sqlite3.Error as error:
        raise _unreadable(path, error) from error
    try:
        _configure(db)
        check_integrity(db, path)
        migrate(db, steps)
    except BaseException:
        db.close()
        raise
    return db


def _configure(db: Database) -> None:
    try:
        db.enable_wal()
        db.execute("PRAGMA foreign_keys = ON")
        # FULL: a commit is on the disk before the guider is told it is done
        db.execute("PRAGMA synchronous = FULL")
        db.execute("PRAGMA busy_timeout = 10000")
    except sqlite3.Error as error:
        raise _unreadable(Path(db.conn.execute("PRAGMA database_list").fetchone()[2]),
                          error) from error


def check_integrity(db: Database, path: Path) -> None:
    """Raise CaseError with a plain message if SQLite finds the database damaged."""
    try:
        rows = [row[0] for row in db.execute("PRAGMA integrity_check").fetchall()]
        broken_links = db.execute("PRAGMA foreign_key_check").fetchall()
    except sqlite3.DatabaseError as error:
        raise _unreadable(path, error) from error
    if rows != ["ok"] or broken_links:
        _log.error("integrity check of %s failed: %s %s", path, rows[:20], broken_links[:20])
        raise CaseError(_("The case file {name} is damaged and cannot be opened safely. "
                          "Restore the case folder from a backup.").format(name=path.parent.name))


def _unreadable(path: Path, error: Exception) -> CaseError:
    _log.error("cannot open case database %s: %s", path, error)
    if isinstance(error, sqlite3.OperationalError):
        # "disk I/O error", "unable to open": the disk may refuse, the file be fine
        refused = storage_problem(path)
        if refused is not None:
            return refused
    return CaseError(_("The case file in {name} cannot be read: it is damaged or not a "
                       "vigeditor case.").format(name=path.parent.name))


def storage_problem(path: Path) -> CaseError | None:
    """Why the case file ``path`` cannot be used, when the disk is the reason: its folder
    refuses writes (full, read-only, no permission) or the file's permissions refuse reading
    or writing. ``None`` when the disk lets vigeditor read and write there."""
    problem = write_problem(nearest_folder(path.parent))
    if problem is not None:
        return CaseError(explain_os_error(problem, path.parent) or str(problem))
    if path.exists() and not os.access(path, os.R_OK | os.W_OK):
        return CaseError(explain_os_error(PermissionError(errno.EACCES, "", str(path)))
                         or str(path))
    return None


def schema_version(db: Database) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def migrate(db: Database, migrations: list[Migration] = MIGRATIONS) -> int:
    """Bring the database up to ``len(migrations)``, one transaction per step."""
    version = schema_version(db)
    if version > len(migrations):
        raise CaseError(_("This case was saved by a newer version of vigeditor. Update "
                          "vigeditor to open it."))
    for number in range(version, len(migrations)):
        with db.atomic():
            migrations[number](db)
            db.execute(f"PRAGMA user_version = {number + 1}")
        _log.info("case schema migrated to version %d", number + 1)
    return len(migrations)
