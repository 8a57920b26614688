"""Counting a workspace's cases for the guider's logbook.

Counting (targets are settings, ``Settings.logbook_targets``; AVIGuk defaults in DESIGN.md §2):

- a **cycle** counts once its shared review date is recorded and not in the future;
- a **client** is a case with at least one counted cycle;
- a **supervision** is a session recorded in a case; the same session recorded in several
  cases (same date and supervisor) counts once, and hours add up the minutes;
- stages are cumulative: stage 2 needs the stage-1 numbers plus its own "more" numbers, and
  so on; the stage reached is the last whose cumulative numbers are all met.

A case is counted once however often the workspace reaches it: a link to a case folder
(same folder once resolved) and a copy of a case (same identity: family code and the moment
the case was created, which a copy keeps) are listed with a note instead of being counted
again; of copies, the most recently changed one is counted.
"""


from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from vigeditor.i18n import _
from vigeditor.project.db import DB_NAME
from vigeditor.project.errors import CaseError, CaseLockedError
from vigeditor.project.lock import CaseLock
from vigeditor.project.settings import Settings, load_settings
from vigeditor.project.workspace import list_cases

MEASURES = ("cycles", "clients", "supervisions")


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


