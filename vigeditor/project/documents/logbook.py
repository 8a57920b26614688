"""The guider's logbook across every case of a workspace (issue 6, item 5), as PDF or CSV.

Clients appear by family code only. Each case is read read-only (so a case open in the app
is still counted, as it was last saved); a case that cannot be read is listed with a plain
note instead of stopping the logbook.

Counting (targets are settings, ``Settings.logbook_targets``; AVIGuk defaults in DESIGN.md §2):

- a **cycle** counts once its shared review date is recorded and not in the future;
- a **client** is a case with at least one counted cycle;
- a **supervision** is a session recorded in a case; the same session recorded in several
  cases (same date and supervisor) counts once, and hours add up the minutes;
- stages are cumulative: stage 2 needs the stage-1 numbers plus its own "more" numbers, and
  so on; the stage reached is the last whose cumulative numbers are all met.

CSV columns (one header row, UTF-8 with a byte-order mark so spreadsheet programs read it):
``record`` (``cycle``, ``supervision`` or ``case-note``), ``family_code`` (for supervision:
the family codes of the cases it was recorded in, separated by ``;``), ``cycle``,
``filming_date``, ``review_date``, ``counted`` (``yes``/``no``), ``held_on``, ``minutes``,
``supervisor``, ``stage``, ``note``. Dates are ISO (YYYY-MM-DD). Every cell is quoted, and a
cell that a spreadsheet program would take for a formula (it starts with ``=``, ``+``, ``-``,
``@``, a tab or a carriage return: a family code, a supervisor's name or a folder name typed
that way) starts with a single quote ``'`` so it is shown as text, never run (OWASP "CSV
injection").

A case is counted once however often the workspace reaches it: a link to a case folder
(same folder once resolved) and a copy of a case (same identity: family code and the moment
the case was created, which a copy keeps) are listed with a note instead of being counted
again; of copies, the most recently changed one is counted.

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
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from vigeditor.i18n import _
from vigeditor.project import audit
from vigeditor.project.case import Case, now_stamp
from vigeditor.project.db import DB_NAME
from vigeditor.project.documents.logbook_document import (  # noqa: F401  (CSV_COLUMNS, stage_status: API)
    CSV_COLUMNS,
    MEASURES,
    logbook_csv,
    logbook_story,
    stage_status,
)
from vigeditor.project.documents.pdf import (
    atomic_file,
    check_target,
    temporary_prefix,
    write_report,
)
from vigeditor.project.errors import CaseError, CaseLockedError
from vigeditor.project.lock import CaseLock
from vigeditor.project.model import PURPOSES
from vigeditor.project.settings import Settings, load_settings
from vigeditor.project.workspace import list_cases

AUDIT_PURPOSE = "supervision"


@dataclass(frozen=True)
class LogbookCycle:
    family_code: str
    number: int
    filming_date: str | None
    review_date: str | None
    counted: bool


@dataclass
class LogbookSession:
    held_on: str
    minutes: int
    supervisor: str
    stage: int | None
    family_codes: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class LogbookCase:
    folder: Path
    family_code: str | None
    cycles: tuple[LogbookCycle, ...] = ()
    note: str | None = None  # why it is missing or shown as last saved
    readable: bool = True
    open_elsewhere: bool = False
    duplicate_of: Path | None = None  # the counted case this folder is a link to or a copy of
    identity: tuple[str, str] | None = None  # (family code, created at): a copy keeps it


@dataclass(frozen=True)
class StageProgress:
    stage: int
    needed: dict[str, int]  # cumulative targets
    done: dict[str, int]
    reached: bool

    @property
    def remaining(self) -> dict[str, int]:
        return {name: max(0, self.needed[name] - self.done[name]) for name in MEASURES}


@dataclass(frozen=True)
class Logbook:
    made_on: str
    cases: tuple[LogbookCase, ...]
    sessions: tuple[LogbookSession, ...]
    stages: tuple[StageProgress, ...]

    @property
    def cycles(self) -> list[LogbookCycle]:
        return [cycle for case in self.cases for cycle in case.cycles]

    @property
    def counted_cycles(self) -> int:
        return sum(cycle.counted for cycle in self.cycles)

    @property
    def clients(self) -> int:
        return sum(any(cycle.counted for cycle in case.cycles) for case in self.cases)

    @property
    def hours(self) -> float:
        return sum(session.minutes for session in self.sessions) / 60

    @property
    def stage_reached(self) -> int:
        reached = 0
        for progress in self.stages:
            if not progress.reached:
                break
            reached = progress.stage
        return reached

    @property
    def next_stage(self) -> StageProgress | None:
        return next((progress for progress in self.stages if not progress.reached), None)


@dataclass(frozen=True)
class LogbookExport:
    path: Path
    logbook: Logbook
    audited: tuple[Path, ...]  # cases whose audit log records this export
    not_audited: tuple[Path, ...]  # cases that could not be opened to record it


def build_logbook(workspace: Path, *, settings: Settings | None = None,
                  today: str | None = None) -> Logbook:
    """Read every case of ``workspace`` and count progress against the stage targets."""
    day = today or date.today().isoformat()
    cases: list[LogbookCase] = []
    sessions: dict[tuple[str, ...], LogbookSession] = {}
    for read, found in _unique_cases(Path(workspace), day):
        cases.append(read)
        for index, session in enumerate(found):
            who = session.supervisor.strip().casefold()
            key = (session.held_on, who) if who else (session.held_on, str(read.folder),
                                                      str(index))
            if key in sessions:
                merged = sessions[key]
                merged.minutes = max(merged.minutes, session.minutes)
                merged.family_codes += session.family_codes
            else:
                sessions[key] = session
    ordered = tuple(sorted(sessions.values(), key=lambda one: one.held_on))
    cases.sort(key=lambda one: (one.family_code or "", one.folder.name))
    partial = Logbook(day, tuple(cases), ordered, ())
    targets = (settings or load_settings()).logbook_targets
    done = {"cycles": partial.counted_cycles, "clients": partial.clients,
            "supervisions": len(ordered)}
    stages = []
    running = dict.fromkeys(MEASURES, 0)
    for key in sorted(targets, key=int):
        running = {name: running[name] + int(targets[key].get(name, 0)) for name in MEASURES}
        stages.append(StageProgress(int(key), dict(running), done,
                                    all(done[name] >= running[name] for name in MEASURES)))
    return Logbook(day, tuple(cases), ordered, tuple(stages))


def _unique_cases(workspace: Path, day: str
                  ) -> list[tuple[LogbookCase, list[LogbookSession]]]:
    """Every case of the workspace read once: links to one folder and copies of one case
    (same identity) after the first are listed with a note and nothing counted."""
    summaries = sorted(list_cases(workspace), key=lambda one: one.folder.name)
    by_path: dict[Path, Path] = {}
    read: list[tuple[LogbookCase, list[LogbookSession], float]] = []
    duplicates: list[LogbookCase] = []
    # real folders before links to them, so the folder's own name is the one counted
    for summary in sorted(summaries, key=lambda one: (one.folder.is_symlink(),
                                                      one.folder.name)):
        resolved = _resolved(summary.folder)
        if resolved in by_path:
            duplicates.append(LogbookCase(
                summary.folder, summary.family_code, note=_(
                    "The same case folder as {name} (a link to it): counted once.").format(
                    name=by_path[resolved].name), duplicate_of=by_path[resolved]))
            continue
        by_path[resolved] = summary.folder
        case, sessions = _read_case(summary.folder, summary.problem, day)
        read.append((case, sessions, summary.modified))
    counted: dict[tuple[str, str], LogbookCase] = {}
    # of copies, the most recently changed one is counted
    for case, _sessions, _modified in sorted(read, key=lambda one: -one[2]):
        if case.identity is not None:
            counted.setdefault(case.identity, case)
    result: list[tuple[LogbookCase, list[LogbookSession]]] = []
    for case, sessions, _modified in read:
        first = counted.get(case.identity) if case.identity is not None else None
        if first is not None and first is not case:
            duplicates.append(LogbookCase(
                case.folder, case.family_code, note=_(
                    "A copy of the case {name}: counted once, as {name} (changed more "
                    "recently).").format(name=first.folder.name),
                duplicate_of=first.folder, identity=case.identity))
            continue
        result.append((case, sessions))
    return result + [(case, []) for case in duplicates]


def _resolved(folder: Path) -> Path:
    try:
        return folder.resolve(strict=True)
    except (OSError, RuntimeError):
        return folder.absolute()


def _read_case(folder: Path, problem: str | None, day: str
               ) -> tuple[LogbookCase, list[LogbookSession]]:
    if problem:
        return LogbookCase(folder, None, note=problem, readable=False), []
    open_elsewhere = _is_open_elsewhere(folder)
    try:
        connection = sqlite3.connect(f"{(folder / DB_NAME).as_uri()}?mode=ro", uri=True,
                                     timeout=2.0)
        try:
            code, created = connection.execute("SELECT family_code, created_at FROM "
                                               "case_info WHERE id = 1").fetchone()
            cycle_rows = connection.execute("SELECT number, filming_date, review_date FROM "
                                            "cycles ORDER BY number").fetchall()
            session_rows = connection.execute("SELECT held_on, minutes, supervisor, stage "
                                              "FROM supervision_sessions ORDER BY held_on, id"
                                              ).fetchall()
        finally:
            connection.close()
    except (sqlite3.Error, TypeError):
        return LogbookCase(folder, None, note=_("The case file cannot be read, so this case "
                                                "is not counted."), readable=False), []
    cycles = tuple(LogbookCycle(code, number, filming, review,
                                bool(review) and review <= day)
                   for number, filming, review in cycle_rows)
    sessions = [LogbookSession(held_on, int(minutes), supervisor or "", stage, [code])
                for held_on, minutes, supervisor, stage in session_rows]
    note = _("Open in another vigeditor window: counted as last saved.") \
        if open_elsewhere else None
    identity = (code.strip().casefold(), created) if created else None
    return LogbookCase(folder, code, cycles, note, True, open_elsewhere,
                       identity=identity), sessions


def _is_open_elsewhere(folder: Path) -> bool:
    lock = CaseLock(folder)
    try:
        lock.acquire()
    except CaseLockedError:
        return True
    except CaseError:
        return False
    lock.release()
    return False


# -- writing ----------------------------------------------------------------------------------
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
            what = _("Logbook ({count} cycles of this case, dates and family code "
                     "only)").format(count=len(case.cycles))
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
