"""A case folder (``<name>.vigcase``): create, open, lock, close, and run operations.

Every change to a case goes through :meth:`Case.operation`: one transaction, a record of
what changed (for undo and redo), then one :class:`~vigeditor.project.events.CaseChanged`
event after the commit.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from vigeditor.errors import explain_os_error, write_problem
from vigeditor.i18n import N_, _, screen_language
from vigeditor.media.errors import MediaError
from vigeditor.media.frame_table import FrameTable
from vigeditor.project import changes
from vigeditor.project.changes import Change, RowChange, UndoLog
from vigeditor.project.db import DB_NAME, connect
from vigeditor.project.errors import CaseError
from vigeditor.project.events import CaseChanged, Signal
from vigeditor.project.lock import CaseLock
from vigeditor.project.scheme import Scheme, default_scheme_text, in_language
from vigeditor.project.store import clean_family_code, now_stamp

SUFFIX = ".vigcase"
FOLDERS = ("media", "cache", "exports")
TEMP_SUFFIX = ".part"
_log = logging.getLogger("vigeditor.project")

#: the default traject plan headings (DESIGN.md §2); a case may rename, add and remove them
PLAN_HEADINGS = (N_("Basic Communication"), N_("Daily Life"), N_("Development of the Child"),
                 N_("Development of the Parent"), N_("Neighbourhood/Community"))


def case_folder(path: str | os.PathLike[str]) -> Path:
    """The folder of the case named by ``path`` (``.vigcase`` added when missing)."""
    folder = Path(path).expanduser()
    if folder.suffix == SUFFIX or (folder / DB_NAME).exists():
        return folder
    return folder.with_name(folder.name + SUFFIX)


def new_case_folder(parent: str | os.PathLike[str], family_code: str) -> Path:
    """The folder a new case gets in ``parent``: named after its family code, with
    ``.vigcase`` added (``parent/JF-7.vigcase``). The New case dialog and ``vigeditor case
    new`` both name a case this way. CaseError when the family code cannot be one."""
    return case_folder(Path(parent).expanduser() / clean_family_code(family_code))


class Case:
    """An open case; use as a context manager or call :meth:`close`."""

    def __init__(self, folder: Path, db: Database, lock: CaseLock) -> None:
        self.folder = folder
        self.db = db
        self._lock = lock
        self.changed: Signal[CaseChanged] = Signal()
        self.history = UndoLog()
        self._columns = changes.table_columns(db)
        changes.install_log(db, self._columns)
        self._tables: dict[int, FrameTable] = {}
        self._scheme: Scheme | None = None
        self.last_change: Change | None = None
        # one connection shared by the UI thread and workers (imports): one user at a time
        self._guard = threading.RLock()

    # -- opening and closing -------------------------------------------------------------
    @classmethod
    def create(cls, path: str | os.PathLike[str], *, family_code: str,
               guider: str | None = None, service: str | None = None,
               scheme_text: str | None = None) -> Case:
        """Make a new case folder (built aside, then renamed into place) and open it."""
        folder = case_folder(path)
        code = clean_family_code(family_code)
        text = scheme_text if scheme_text is not None else default_scheme_text()
        Scheme.parse(text)
        if folder.exists():
            raise CaseError(_("{path} already exists. Choose another name or folder for "
                              "the new case.").format(path=folder))
        if not folder.parent.is_dir():
            raise CaseError(_("The folder {path} does not exist.").format(path=folder.parent))
        building = folder.with_name(f".{folder.name}.creating-{os.getpid()}")
        try:
            _build(building, code, guider, service, text)
            os.rename(building, folder)
        except BaseException as error:
            # nothing half-made is left behind, whatever stopped the build
            shutil.rmtree(building, ignore_errors=True)
            if isinstance(error, OSError):
                raise CaseError(explain_os_error(error, folder.parent) or _(
                    "The case could not be created in {path}: {reason}.").format(
                    path=folder.parent, reason=error.strerror or error)) from error
            if isinstance(error, CaseError | sqlite3.Error):
                problem = write_problem(folder.parent)
                if problem is not None:
                    raise CaseError(explain_os_error(problem, folder.parent)
                                    or str(problem)) from error
            raise
        fsync_dir(folder.parent)
        return cls.open(folder)

    @classmethod
    def open(cls, path: str | os.PathLike[str]) -> Case:
        folder = case_folder(path)
        if not folder.exists():
            raise CaseError(_("There is no case at {path}.").format(path=folder))
        if not (folder / DB_NAME).is_file():
            raise CaseError(_("{path} is not a vigeditor case (there is no case file in "
                              "it).").format(path=folder))
        lock = CaseLock(folder)
        lock.acquire()
        try:
            for name in FOLDERS:
                (folder / name).mkdir(exist_ok=True)
            db = connect(folder / DB_NAME)
        except BaseException:
            lock.release()
            raise
        case = cls(folder, db, lock)
        case._remove_unfinished_imports()
        from vigeditor.project.leftovers import reconcile  # it builds on case and audit

        reconcile(case)
        return case

    def close(self) -> None:
        with self._guard:
            if not self._lock.held:
                return
            with suppress(sqlite3.Error):
                self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self.db.close()
            self._lock.release()
            self._tables.clear()

    @property
    def is_open(self) -> bool:
        return self._lock.held

    def __enter__(self) -> Case:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Case({str(self.folder)!r})"

    # -- folders -------------------------------------------------------------------------
    @property
    def media_dir(self) -> Path:
        return self.folder / "media"

    @property
    def cache_dir(self) -> Path:
        return self.folder / "cache"

    @property
    def exports_dir(self) -> Path:
        return self.folder / "exports"

    @property
    def frame_table_dir(self) -> Path:
        return self.cache_dir / "frame-tables"

    def _remove_unfinished_imports(self) -> None:
        """Temporary files of imports that never finished (a crash, a power cut)."""
        for leftover in self.media_dir.glob(f".importing-*{TEMP_SUFFIX}"):
            _log.info("removing unfinished import %s", leftover)
            leftover.unlink(missing_ok=True)

    # -- reading ---------------------------------------------------------------------------
    @property
    def scheme(self) -> Scheme:
        if self._scheme is None:
            with self._guard:
                row = self.db.execute("SELECT scheme FROM case_info WHERE id = 1").fetchone()
            # names and hotkeys in the guider's language; codes as stored (scheme.in_language)
            self._scheme = in_language(Scheme.parse(row[0]), screen_language())
        return self._scheme

    def row(self, table: str, row_id: int) -> dict[str, Any] | None:
        self._check_open()
        with self._guard:
            cursor = self.db.execute(f"SELECT * FROM {table} WHERE id = ?", [row_id])
            found = cursor.fetchone()
        if found is None:
            return None
        return {column[0]: value for column, value in zip(cursor.description, found,
                                                             strict=True)}

    def rows(self, sql: str, params: list[Any] | tuple[Any, ...] = ()) -> list[dict[str, Any]]:
        self._check_open()
        with self._guard:
            return list(self.db.query(sql, list(params)))

    def recording_path(self, recording: dict[str, Any]) -> Path:
        file = Path(recording["file"])
        return file if recording["linked"] else self.folder / file

    def frame_table(self, recording_id: int) -> FrameTable:
        """The frame table of one of the case's recordings (cached in ``cache/``)."""
        from vigeditor.media.probe import open_recording

        if recording_id in self._tables:
            return self._tables[recording_id]
        recording = self.row("recordings", recording_id)
        if recording is None:
            raise CaseError(_("There is no recording {id} in this case.").format(id=recording_id))
        path = self.recording_path(recording)
        if not path.is_file():
            raise CaseError(_("The video of recording {id} ({name}) is missing: {path} was "
                              "moved or deleted.").format(id=recording_id,
                                                          name=recording["original_name"],
                                                          path=path))
        try:
            _info, table = open_recording(path, cache_dir=self.frame_table_dir)
        except MediaError as error:
            raise CaseError(str(error)) from error
        if len(table) != recording["frames"]:
            raise CaseError(_("The video of recording {id} ({name}) has changed since it was "
                              "imported.").format(id=recording_id, name=recording["original_name"]))
        self._tables[recording_id] = table
        return table

    # -- writing ---------------------------------------------------------------------------
    @contextmanager
    def operation(self, label: str, *, undoable: bool = True) -> Iterator[Database]:
        """One user-level operation: a transaction, then a recorded Change and an event."""
        self._check_open()
        with self._guard:
            if self.db.conn.in_transaction:
                raise RuntimeError("case operations do not nest")
            with _plain_sqlite_errors(), self.db.atomic():
                changes.clear_log(self.db)
                yield self.db
                rows = changes.read_log(self.db, self._columns)
            self._after_commit(rows)
            change = Change(label, rows, self._apply)
            if not rows:
                return
            if undoable:
                self.history.record(change)
            self.last_change = change
        self.changed.emit(CaseChanged(label, "do", change.events(),
                                      change if undoable else None))

    def _apply(self, change: Change, forward: bool) -> None:
        self._check_open()
        expected = {(row.table, row.row_id) for row in change.rows}
        with self._guard, _plain_sqlite_errors(), self.db.atomic():
            changes.clear_log(self.db)
            changes.apply_states(self.db, change.rows, forward)
            touched = changes.read_log(self.db, self._columns)
            if any((row.table, row.row_id) not in expected for row in touched):
                raise CaseError(_("This step can no longer be undone or redone: the case "
                                  "has changed since."))
            self._after_commit(change.rows)
        origin = "redo" if forward else "undo"
        self.changed.emit(CaseChanged(change.label, origin, change.events(forward), change))

    def _after_commit(self, rows: tuple[RowChange, ...]) -> None:
        for row in rows:
            if row.table == "case_info":
                self._scheme = None
            if row.table == "recordings":
                self._tables.pop(row.row_id, None)

    def _check_open(self) -> None:
        if not self._lock.held:
            raise CaseError(_("The case {name} is closed.").format(name=self.folder.name))


@contextmanager
def _plain_sqlite_errors() -> Iterator[None]:
    try:
        yield
    except sqlite3.IntegrityError as error:
        _log.error("refused by the database: %s", error)
        raise CaseError(_("This change was not saved: it breaks a rule of the case "
                          "({reason}).").format(reason=error)) from error
    except sqlite3.OperationalError as error:
        if "full" in str(error):
            raise CaseError(_("This change was not saved: the disk is full. Free some space "
                              "and try again.")) from error
        raise


def _build(folder: Path, family_code: str, guider: str | None, service: str | None,
           scheme_text: str) -> None:
    folder.mkdir()
    for name in FOLDERS:
        (folder / name).mkdir()
    db = connect(folder / DB_NAME)
    try:
        with db.atomic():
            db["case_info"].insert({
                "id": 1, "family_code": family_code, "guider": guider or None,
                "service": service or None, "scheme": scheme_text, "created_at": now_stamp(),
                "started": datetime.now().date().isoformat()})
            for position, heading in enumerate(PLAN_HEADINGS):
                db["plan_sections"].insert({"position": position, "heading": _(heading)})
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.close()


def fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)
