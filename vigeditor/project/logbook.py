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
``supervisor``, ``stage``, ``note``. Dates are ISO (YYYY-MM-DD).

Every export writes an audit entry into each case it lists that can be opened (purpose
``supervision``, pseudonymised); a logbook holds dates and family codes only, so it needs no
consent of the family.
"""

from __future__ import annotations

import csv
import io
import sqlite3
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from reportlab.platypus import Flowable, Paragraph

from vigeditor.i18n import _
from vigeditor.project import audit
from vigeditor.project.booklet_pdf import (
    atomic_file,
    check_target,
    markup_text,
    report_styles,
    report_table,
    write_report,
)
from vigeditor.project.booklet_text import long_date
from vigeditor.project.case import Case
from vigeditor.project.db import DB_NAME
from vigeditor.project.errors import CaseError, CaseLockedError
from vigeditor.project.lock import CaseLock
from vigeditor.project.settings import Settings, load_settings
from vigeditor.project.workspace import list_cases

CSV_COLUMNS = ("record", "family_code", "cycle", "filming_date", "review_date", "counted",
               "held_on", "minutes", "supervisor", "stage", "note")
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
    for summary in sorted(list_cases(Path(workspace)), key=lambda one: one.folder.name):
        read, found = _read_case(summary.folder, summary.problem, day)
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


def _read_case(folder: Path, problem: str | None, day: str
               ) -> tuple[LogbookCase, list[LogbookSession]]:
    if problem:
        return LogbookCase(folder, None, note=problem, readable=False), []
    open_elsewhere = _is_open_elsewhere(folder)
    try:
        connection = sqlite3.connect(f"{(folder / DB_NAME).as_uri()}?mode=ro", uri=True,
                                     timeout=2.0)
        try:
            code = connection.execute("SELECT family_code FROM case_info WHERE id = 1"
                                      ).fetchone()[0]
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
    return LogbookCase(folder, code, cycles, note, True, open_elsewhere), sessions


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
    with atomic_file(target) as temp:
        if target.suffix.lower() == ".csv":
            temp.write_bytes(logbook_csv(logbook).encode("utf-8-sig"))
        else:
            write_report(temp, _story(logbook), title=_("VIG logbook"),
                         subject=_("Cycles, clients and supervision (family codes only)"))
    audited, missed = [], []
    for case in logbook.cases:
        if not case.readable or case.open_elsewhere:
            missed.append(case.folder)
            continue
        try:
            with Case.open(case.folder) as opened:
                audit.record_export(opened, what=_("Logbook ({count} cycles of this case, "
                                                   "dates and family code only)").format(
                    count=len(case.cycles)), purpose="supervision",
                    destination=str(target), pseudonymised=True)
            audited.append(case.folder)
        except CaseError:
            missed.append(case.folder)
    return LogbookExport(target, logbook, tuple(audited), tuple(missed))


def logbook_csv(logbook: Logbook) -> str:
    """The logbook as CSV text (columns: see the module docstring)."""
    stream = io.StringIO()
    writer = csv.DictWriter(stream, CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for case in logbook.cases:
        for cycle in case.cycles:
            writer.writerow({"record": "cycle", "family_code": cycle.family_code,
                             "cycle": cycle.number, "filming_date": cycle.filming_date or "",
                             "review_date": cycle.review_date or "",
                             "counted": "yes" if cycle.counted else "no"})
        if case.note:
            writer.writerow({"record": "case-note", "family_code": case.family_code or "",
                             "note": f"{case.folder.name}: {case.note}"})
    for session in logbook.sessions:
        writer.writerow({"record": "supervision",
                         "family_code": ";".join(dict.fromkeys(session.family_codes)),
                         "held_on": session.held_on, "minutes": session.minutes,
                         "supervisor": session.supervisor, "stage": session.stage or ""})
    return stream.getvalue()


def stage_status(progress: StageProgress) -> str:
    if progress.reached:
        return _("reached")
    remaining = progress.remaining
    parts = [_("{count} more {what}").format(count=remaining[name], what=_(name))
             for name in MEASURES if remaining[name]]
    return _("to go: {parts}").format(parts=", ".join(parts))


def _story(logbook: Logbook) -> list[Flowable]:
    styles = report_styles()
    reached = logbook.stage_reached
    upcoming = logbook.next_stage
    headline = _("Stage reached: {stage}.").format(stage=reached) if reached else \
        _("Stage 1 not reached yet.")
    if upcoming is not None:
        headline += " " + _("For stage {stage}, {status}.").format(
            stage=upcoming.stage, status=stage_status(upcoming))
    story: list[Flowable] = [
        Paragraph(_("VIG logbook"), styles["title"]),
        Paragraph(_("Made on {day}. Clients are shown by family code only.").format(
            day=long_date(logbook.made_on)), styles["small"]),
        Paragraph(markup_text(headline), styles["body"]),
        Paragraph(_("Summary"), styles["h2"]),
        report_table([[_("Cycles counted"), _("Clients"), _("Supervisions"),
                       _("Supervision hours")],
                      [str(logbook.counted_cycles), str(logbook.clients),
                       str(len(logbook.sessions)), f"{logbook.hours:.1f}"]],
                     [123, 123, 123, 126]),
        Paragraph(_("Progress against the stage targets"), styles["h2"]),
        report_table([[_("Stage"), _("Needs in all (cycles / clients / supervisions)"),
                       _("Done"), _("Status")]] +
                     [[str(progress.stage), " / ".join(str(progress.needed[name])
                                                       for name in MEASURES),
                       " / ".join(str(progress.done[name]) for name in MEASURES),
                       stage_status(progress)] for progress in logbook.stages],
                     [45, 170, 80, 200]),
        Paragraph(_("A cycle counts once its shared review has taken place; a client is a "
                    "family with at least one counted cycle; a session recorded in more "
                    "than one case (same date and supervisor) counts once."),
                  styles["small"]),
        Paragraph(_("Cycles"), styles["h2"])]
    rows: list[list[object]] = [[_("Family code"), _("Cycle"), _("Filming"),
                                 _("Shared review"), _("Counted")]]
    for cycle in logbook.cycles:
        rows.append([cycle.family_code, str(cycle.number), long_date(cycle.filming_date) or "–",
                     long_date(cycle.review_date) or "–",
                     _("yes") if cycle.counted else _("not yet")])
    story.append(report_table(rows, [120, 50, 120, 120, 85]) if len(rows) > 1 else
                 Paragraph(_("No cycles recorded yet."), styles["body"]))
    story.append(Paragraph(_("Supervision"), styles["h2"]))
    rows = [[_("Date"), _("Minutes"), _("Supervisor"), _("Stage"), _("Cases")]]
    rows += [[long_date(session.held_on), str(session.minutes), session.supervisor or "–",
              str(session.stage or "–"), ", ".join(dict.fromkeys(session.family_codes))]
             for session in logbook.sessions]
    story.append(report_table(rows, [110, 55, 140, 45, 145]) if len(rows) > 1 else
                 Paragraph(_("No supervision sessions recorded yet."), styles["body"]))
    notes = [case for case in logbook.cases if case.note]
    if notes:
        story.append(Paragraph(_("Notes"), styles["h2"]))
        story += [Paragraph(markup_text(f"{case.family_code or case.folder.name}: {case.note}"),
                            styles["body"]) for case in notes]
    return story
