"""Writing the guider's logbook as PDF or CSV, with an audit entry in every case it counts.

Every export writes an audit entry into each case it counts (purpose ``supervision``,
pseudonymised) before the file (state ``started``) and marks it ``done`` once the file is in
place, so a logbook that exists always has its entries (after a crash the next opening of a
case marks its entry ``interrupted``; see :mod:`vigeditor.project.audit`). A logbook holds
dates and family codes only, so it needs no consent of the family. A case open in another
vigeditor window gets its entry straight away: the logbook appends that one row to the case
file in a single SQLite transaction (SQLite lets a second program write a case file safely;
it waits while the window saves), without taking the case lock and without touching
anything else, so the window keeps working and shows the entry the next time it lists the
exports.
"""


from __future__ import annotations

import json
import sqlite3
from contextlib import ExitStack, suppress
from dataclasses import dataclass
from pathlib import Path

from vigeditor.i18n import _, ngettext
from vigeditor.project import audit
from vigeditor.project.case import Case
from vigeditor.project.db import DB_NAME
from vigeditor.project.documents.logbook.counting import Logbook, build_logbook
from vigeditor.project.documents.logbook.document import logbook_csv, logbook_story
from vigeditor.project.documents.pdf import (
    atomic_file,
    check_target,
    temporary_prefix,
    write_report,
)
from vigeditor.project.errors import CaseError, CaseLockedError
from vigeditor.project.model import PURPOSES
from vigeditor.project.settings import Settings
from vigeditor.project.store import now_stamp

AUDIT_PURPOSE = "supervision"


@dataclass(frozen=True)
class LogbookExport:
    path: Path
    logbook: Logbook
    audited: tuple[Path, ...]  # cases whose audit log records this export
    not_audited: tuple[Path, ...]  # cases that could not be opened to record it


def export_logbook(workspace: str | Path, output: str | Path, *,
                   settings: Settings | None = None, today: str | None = None
                   ) -> LogbookExport:
    """Write the logbook of ``workspace`` as PDF or CSV (by the suffix of ``output``)."""
    folder = Path(workspace).expanduser()
    if not folder.is_dir():
        raise CaseError(_("The workspace {path} does not exist.").format(path=folder))
    target = check_target(Path(output), (".pdf", ".csv"))
    logbook = build_logbook(folder, settings=settings, today=today)
    audited, missed = [], []
    pending = json.dumps({"outputs": [str(target.absolute())],
                          "temps": [str(temporary_prefix(target).absolute())]})
    open_elsewhere: list[tuple[Path, int]] = []
    with ExitStack() as stack:
        # every counted case gets its entry ("started") before the file is written, so a
        # logbook that exists always has its entries, even when the app dies right after the
        # rename (the next opening of the case marks the entry "interrupted")
        for case in logbook.cases:
            if case.duplicate_of is not None:
                continue  # its entry is in the case it links to or copies
            if not case.readable:
                missed.append(case.folder)
                continue
            what = ngettext("Logbook ({count} cycle of this case, dates and family code "
                            "only)", "Logbook ({count} cycles of this case, dates and family "
                            "code only)", len(case.cycles)).format(count=len(case.cycles))
            try:
                try:
                    opened = stack.enter_context(Case.open(case.folder))
                except CaseLockedError:
                    entry_id = _record_in_open_case(case.folder, what=what,
                                                    destination=str(target),
                                                    state=audit.STARTED, pending=pending)
                    open_elsewhere.append((case.folder, entry_id))
                else:
                    stack.enter_context(audit.audited_export(
                        opened, what=what, purpose=AUDIT_PURPOSE, destination=str(target),
                        outputs=[target], temps=[temporary_prefix(target)],
                        pseudonymised=True))
                audited.append(case.folder)
            except CaseError:
                missed.append(case.folder)
        try:
            with atomic_file(target) as temp:
                if target.suffix.lower() == ".csv":
                    temp.write_bytes(logbook_csv(logbook).encode("utf-8-sig"))
                else:
                    write_report(temp, logbook_story(logbook), title=_("VIG logbook"),
                                 subject=_("Cycles, clients and supervision (family codes "
                                           "only)"))
        except BaseException:
            for case_folder, entry_id in open_elsewhere:
                with suppress(CaseError):
                    _settle_in_open_case(case_folder, entry_id, None)
            raise
        for case_folder, entry_id in open_elsewhere:
            # if this fails the entry stays "started": the window's next opening of the case
            # marks it "interrupted" (the logbook exists)
            with suppress(CaseError):
                _settle_in_open_case(case_folder, entry_id, audit.DONE)
    # leaving the stack marks the entries of the cases opened here "done" and closes them
    return LogbookExport(target, logbook, tuple(audited), tuple(missed))


def _record_in_open_case(folder: Path, *, what: str, destination: str,
                         state: str = audit.DONE, pending: str = "") -> int:
    """Append the logbook's audit entry to a case open in another vigeditor window.

    One INSERT in one ``BEGIN IMMEDIATE`` transaction: SQLite serialises it with the
    window's own writes (waiting up to the busy timeout while the window saves) and the
    window's undo history, kept per connection, never sees it. Only the columns every
    schema version has are written, and ``state`` and ``pending`` where the case has them
    (schema 3); columns added later keep their defaults. Returns the entry's id; raises
    CaseError when the row cannot be written.
    """
    path = folder / DB_NAME
    try:
        connection = sqlite3.connect(str(path), timeout=10.0, isolation_level=None)
    except sqlite3.Error as error:
        raise CaseError(str(error)) from error
    try:
        connection.execute("PRAGMA busy_timeout = 10000")
        connection.execute("PRAGMA synchronous = FULL")
        connection.execute("BEGIN IMMEDIATE")
        try:
            columns = {row[1] for row in connection.execute(
                "PRAGMA table_info(export_audit)")}
            needed = {"exported_at", "what", "purpose", "destination", "consent_ids",
                      "pseudonymised"}
            if not needed <= columns or AUDIT_PURPOSE not in PURPOSES:
                raise CaseError(_("The case {name} has no audit log this version of "
                                  "vigeditor can write.").format(name=folder.name))
            names = ["exported_at", "what", "purpose", "destination", "consent_ids",
                     "pseudonymised"]
            values: list[object] = [now_stamp(), what.strip(), AUDIT_PURPOSE,
                                    destination.strip(), "[]", 1]
            if {"state", "pending"} <= columns:
                names += ["state", "pending"]
                values += [state, pending]
            cursor = connection.execute(
                f"INSERT INTO export_audit ({', '.join(names)}) VALUES "
                f"({', '.join('?' * len(names))})", values)
            entry_id = int(cursor.lastrowid or 0)
            connection.execute("COMMIT")
        except BaseException:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            raise
    except sqlite3.Error as error:
        raise CaseError(_("The audit entry could not be written into the case {name}, "
                          "which is open in another window: {reason}.").format(
            name=folder.name, reason=error)) from error
    finally:
        connection.close()
    return entry_id


def _settle_in_open_case(folder: Path, entry_id: int, state: str | None) -> None:
    """Mark the logbook's ``started`` entry in a case open in another window ``state``, or
    remove it (``None``: the logbook was not written); one statement, as above."""
    try:
        connection = sqlite3.connect(str(folder / DB_NAME), timeout=10.0,
                                     isolation_level=None)
        try:
            connection.execute("PRAGMA busy_timeout = 10000")
            connection.execute("PRAGMA synchronous = FULL")
            columns = {row[1] for row in connection.execute(
                "PRAGMA table_info(export_audit)")}
            if "state" not in columns:
                return  # an older case: its entry was written as done
            if state is None:
                connection.execute("DELETE FROM export_audit WHERE id = ? AND state = ?",
                                   [entry_id, audit.STARTED])
            else:
                connection.execute("UPDATE export_audit SET state = ?, pending = '' "
                                   "WHERE id = ? AND state = ?",
                                   [state, entry_id, audit.STARTED])
        finally:
            connection.close()
    except sqlite3.Error as error:
        raise CaseError(_("The audit entry could not be written into the case {name}, "
                          "which is open in another window: {reason}.").format(
            name=folder.name, reason=error)) from error
